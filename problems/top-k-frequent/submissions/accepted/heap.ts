// Expected: Accepted — counts with a Map, then keeps the k most frequent
// [value, count] pairs in a MinPriorityQueue keyed by the count. O(n log k).
function topKFrequent(nums: number[], k: number): number[] {
    const count = new Map<number, number>();
    for (const num of nums) {
        count.set(num, (count.get(num) ?? 0) + 1);
    }
    const heap = new MinPriorityQueue<[number, number]>((entry) => entry[1]);
    for (const entry of count) {
        heap.enqueue(entry);
        if (heap.size() > k) {
            heap.dequeue();
        }
    }
    const result: number[] = [];
    while (!heap.isEmpty()) {
        result.push(heap.dequeue()[0]);
    }
    return result;
};
