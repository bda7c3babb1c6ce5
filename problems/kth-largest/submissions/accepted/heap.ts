// Expected: Accepted — a MinPriorityQueue<number> (LeetCode's global,
// priority-queue v6 API) that keeps the k largest values seen so far. O(n log k).
function findKthLargest(nums: number[], k: number): number {
    const heap = new MinPriorityQueue<number>();
    for (const num of nums) {
        heap.enqueue(num);
        if (heap.size() > k) {
            heap.dequeue();
        }
    }
    return heap.front();
};
