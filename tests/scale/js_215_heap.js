// scale: kth-largest same n=n|n_log_n k=log_k|1
// MinPriorityQueue (LeetCode's datastructures-js) of the k largest: O(n log k).
var findKthLargest = function(nums, k) {
    const heap = new MinPriorityQueue();
    for (const x of nums) {
        if (heap.size() < k) heap.enqueue(x);
        else if (x > heap.front()) { heap.dequeue(); heap.enqueue(x); }
    }
    return heap.front();
};
