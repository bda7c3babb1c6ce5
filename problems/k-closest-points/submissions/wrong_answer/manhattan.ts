// Expected: Wrong Answer — ranks the points by |x| + |y| (Manhattan distance)
// instead of the Euclidean distance (Example 2 picks [5,-1] instead of [-2,4]).
function kClosest(points: number[][], k: number): number[][] {
    const heap = new MaxPriorityQueue<number[]>((p) => Math.abs(p[0]) + Math.abs(p[1]));
    for (const point of points) {
        heap.enqueue(point);
        if (heap.size() > k) {
            heap.dequeue();
        }
    }
    return heap.toArray();
};
