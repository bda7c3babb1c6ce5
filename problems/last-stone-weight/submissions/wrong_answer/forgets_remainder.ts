// Expected: Wrong Answer — smashes the two heaviest stones but never puts the
// leftover stone (y - x) back into the heap (Example 1 gives 0 instead of 1).
function lastStoneWeight(stones: number[]): number {
    const heap = new MaxPriorityQueue<number>();
    for (const stone of stones) {
        heap.enqueue(stone);
    }
    while (heap.size() > 1) {
        heap.dequeue();
        heap.dequeue();
    }
    return heap.isEmpty() ? 0 : heap.front();
};
