// Expected: Accepted — a MinPriorityQueue (LeetCode's global, priority-queue v6
// API) that keeps the k largest values seen so far; its front is the answer. O(n log k).
/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    const heap = new MinPriorityQueue();
    for (const num of nums) {
        heap.enqueue(num);
        if (heap.size() > k) {
            heap.dequeue();
        }
    }
    return heap.front();
};
