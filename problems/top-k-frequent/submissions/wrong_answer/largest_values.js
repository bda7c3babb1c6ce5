// Expected: Wrong Answer — counts the frequencies but then pushes the VALUES into
// the heap, so it returns the k largest distinct values instead of the k most
// frequent ones (Example 1 gives [3,2] instead of [1,2]).
/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var topKFrequent = function(nums, k) {
    const count = new Map();
    for (const num of nums) {
        count.set(num, (count.get(num) || 0) + 1);
    }
    const heap = new MaxPriorityQueue();
    for (const num of count.keys()) {
        heap.enqueue(num);
    }
    const result = [];
    for (let i = 0; i < k; i++) {
        result.push(heap.dequeue());
    }
    return result;
};
