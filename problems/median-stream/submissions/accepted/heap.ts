// Expected: Accepted — two heaps: a MaxPriorityQueue for the lower half and a
// MinPriorityQueue for the upper half, the lower half one larger when the count
// is odd. O(log n) per addNum, O(1) per findMedian.
class MedianFinder {
    private low: MaxPriorityQueue<number>;
    private high: MinPriorityQueue<number>;

    constructor() {
        this.low = new MaxPriorityQueue<number>();
        this.high = new MinPriorityQueue<number>();
    }

    addNum(num: number): void {
        this.low.enqueue(num);
        this.high.enqueue(this.low.dequeue());
        if (this.high.size() > this.low.size()) {
            this.low.enqueue(this.high.dequeue());
        }
    }

    findMedian(): number {
        if (this.low.size() > this.high.size()) {
            return this.low.front();
        }
        return (this.low.front() + this.high.front()) / 2;
    }
}

/**
 * Your MedianFinder object will be instantiated and called as such:
 * var obj = new MedianFinder()
 * obj.addNum(num)
 * var param_2 = obj.findMedian()
 */
