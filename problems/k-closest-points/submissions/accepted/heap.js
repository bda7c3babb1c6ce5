// Expected: Accepted — a MaxPriorityQueue keyed by the squared distance keeps the
// k closest points seen so far; the farthest of them is dropped first. O(n log k).
/**
 * @param {number[][]} points
 * @param {number} k
 * @return {number[][]}
 */
var kClosest = function(points, k) {
    const heap = new MaxPriorityQueue((p) => p[0] * p[0] + p[1] * p[1]);
    for (const point of points) {
        heap.enqueue(point);
        if (heap.size() > k) {
            heap.dequeue();
        }
    }
    return heap.toArray();
};
