// Expected: Accepted — simulates the CPU: a MaxPriorityQueue of the remaining
// counts, and a Queue of [count, time it is ready again] for tasks cooling down;
// when nothing is ready the clock jumps to the next ready time.
/**
 * @param {character[]} tasks
 * @param {number} n
 * @return {number}
 */
var leastInterval = function(tasks, n) {
    const count = new Map();
    for (const task of tasks) {
        count.set(task, (count.get(task) || 0) + 1);
    }
    const heap = new MaxPriorityQueue();
    for (const c of count.values()) {
        heap.enqueue(c);
    }
    const cooling = new Queue();
    let time = 0;
    while (!heap.isEmpty() || !cooling.isEmpty()) {
        if (heap.isEmpty()) {
            // Idle until the first cooling task is ready.
            time = cooling.front()[1];
            heap.enqueue(cooling.dequeue()[0]);
        }
        time++;
        const left = heap.dequeue() - 1;
        if (left > 0) {
            // It may run again at time + n + 1.
            cooling.enqueue([left, time + n]);
        }
        while (!cooling.isEmpty() && cooling.front()[1] <= time) {
            heap.enqueue(cooling.dequeue()[0]);
        }
    }
    return time;
};
