// scale: last-stone-weight same n=n_log_n|n
// LeetCode's MaxPriorityQueue: O(n log n).
var lastStoneWeight = function(stones) {
    const pq = new MaxPriorityQueue();
    for (const s of stones) pq.enqueue(s);
    while (pq.size() > 1) {
        const y = pq.dequeue(), x = pq.dequeue();
        const a = typeof y === 'object' ? y.element : y;
        const b = typeof x === 'object' ? x.element : x;
        if (a !== b) pq.enqueue(a - b);
    }
    if (pq.size() === 0) return 0;
    const f = pq.front();
    return typeof f === 'object' ? f.element : f;
};
