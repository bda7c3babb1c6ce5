// Expected: Accepted — a MaxPriorityQueue keyed by the squared distance keeps the
// k closest points seen so far; the farthest of them is dropped first. O(n log k).
function kClosest(points: number[][], k: number): number[][] {
    const heap = new MaxPriorityQueue<number[]>((p) => p[0] * p[0] + p[1] * p[1]);
    for (const point of points) {
        heap.enqueue(point);
        if (heap.size() > k) {
            heap.dequeue();
        }
    }
    return heap.toArray();
};
