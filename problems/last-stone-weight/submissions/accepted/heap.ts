// Expected: Accepted — a MaxPriorityQueue: smash the two heaviest stones, put the
// difference back when it is not zero; O(n log n).
function lastStoneWeight(stones: number[]): number {
    const heap = new MaxPriorityQueue<number>();
    for (const stone of stones) {
        heap.enqueue(stone);
    }
    while (heap.size() > 1) {
        const y = heap.dequeue();
        const x = heap.dequeue();
        if (y !== x) {
            heap.enqueue(y - x);
        }
    }
    return heap.isEmpty() ? 0 : heap.front();
};
