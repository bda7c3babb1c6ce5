// Expected: Wrong Answer — a correct two-heap, lazy-deletion solution except that it
// halves the sum of the two middle values with `>> 1`: that truncates (2.5 becomes
// 2) and wraps past 2^31. Both examples have odd k; the hidden even-k cases fail.
/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var medianSlidingWindow = function(nums, k) {
    const low = new MaxPriorityQueue();
    const high = new MinPriorityQueue();
    const delayed = new Map();
    let lowSize = 0;
    let highSize = 0;

    const prune = (heap) => {
        while (!heap.isEmpty() && delayed.get(heap.front()) > 0) {
            const top = heap.dequeue();
            delayed.set(top, delayed.get(top) - 1);
        }
    };
    const balance = () => {
        if (lowSize > highSize + 1) {
            high.enqueue(low.dequeue());
            lowSize--;
            highSize++;
            prune(low);
        } else if (lowSize < highSize) {
            low.enqueue(high.dequeue());
            highSize--;
            lowSize++;
            prune(high);
        }
    };
    const add = (num) => {
        if (low.isEmpty() || num <= low.front()) {
            low.enqueue(num);
            lowSize++;
        } else {
            high.enqueue(num);
            highSize++;
        }
        balance();
    };
    const remove = (num) => {
        delayed.set(num, (delayed.get(num) || 0) + 1);
        if (num <= low.front()) {
            lowSize--;
            if (num === low.front()) prune(low);
        } else {
            highSize--;
            if (num === high.front()) prune(high);
        }
        balance();
    };
    const median = () => (k % 2 === 1 ? low.front() : (low.front() + high.front()) >> 1);

    const result = [];
    for (let i = 0; i < nums.length; i++) {
        add(nums[i]);
        if (i >= k) remove(nums[i - k]);
        if (i >= k - 1) result.push(median());
    }
    return result;
};
