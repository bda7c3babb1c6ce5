// Expected: Wrong Answer — counts the frequencies but then pushes the VALUES into
// the heap, so it returns the k largest distinct values instead of the k most
// frequent ones (Example 1 gives [3,2] instead of [1,2]).
function topKFrequent(nums: number[], k: number): number[] {
    const count = new Map<number, number>();
    for (const num of nums) {
        count.set(num, (count.get(num) ?? 0) + 1);
    }
    const heap = new MaxPriorityQueue<number>();
    for (const num of count.keys()) {
        heap.enqueue(num);
    }
    const result: number[] = [];
    for (let i = 0; i < k; i++) {
        result.push(heap.dequeue());
    }
    return result;
};
