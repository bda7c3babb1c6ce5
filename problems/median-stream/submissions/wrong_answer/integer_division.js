// Expected: Wrong Answer — two heaps, but the average of the two middle values is
// rounded down with Math.floor, so an even count loses the .5 (Example 1 gives
// 1 instead of 1.5).
class MedianFinder {
    constructor() {
        this.low = new MaxPriorityQueue();
        this.high = new MinPriorityQueue();
    }

    addNum(num) {
        this.low.enqueue(num);
        this.high.enqueue(this.low.dequeue());
        if (this.high.size() > this.low.size()) {
            this.low.enqueue(this.high.dequeue());
        }
    }

    findMedian() {
        if (this.low.size() > this.high.size()) {
            return this.low.front();
        }
        return Math.floor((this.low.front() + this.high.front()) / 2);
    }
}
