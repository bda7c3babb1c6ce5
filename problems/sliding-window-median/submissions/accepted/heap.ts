// Expected: Accepted — two heaps with lazy deletion: a MaxPriorityQueue for the
// lower half, a MinPriorityQueue for the upper half, and a Map of values waiting
// to be removed once they reach a top. O(n log n).
function medianSlidingWindow(nums: number[], k: number): number[] {
    const low = new MaxPriorityQueue<number>();
    const high = new MinPriorityQueue<number>();
    const delayed = new Map<number, number>();
    let lowSize = 0;
    let highSize = 0;

    const prune = (heap: MinPriorityQueue<number> | MaxPriorityQueue<number>): void => {
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
    const add = (num: number): void => {
        if (low.isEmpty() || num <= low.front()) {
            low.enqueue(num);
            lowSize++;
        } else {
            high.enqueue(num);
            highSize++;
        }
        balance();
    };
    const remove = (num: number): void => {
        delayed.set(num, (delayed.get(num) ?? 0) + 1);
        if (num <= low.front()) {
            lowSize--;
            if (num === low.front()) prune(low);
        } else {
            highSize--;
            if (num === high.front()) prune(high);
        }
        balance();
    };
    const median = (): number => (k % 2 === 1 ? low.front() : (low.front() + high.front()) / 2);

    const result: number[] = [];
    for (let i = 0; i < nums.length; i++) {
        add(nums[i]);
        if (i >= k) remove(nums[i - k]);
        if (i >= k - 1) result.push(median());
    }
    return result;
};
