// Expected: Accepted — two heaps: a MaxPriorityQueue for the lower half and a
// MinPriorityQueue for the upper half, the lower half one larger when the count
// is odd. O(log n) per addNum, O(1) per findMedian.
var MedianFinder = function() {
    this.low = new MaxPriorityQueue();
    this.high = new MinPriorityQueue();
};

/** 
 * @param {number} num
 * @return {void}
 */
MedianFinder.prototype.addNum = function(num) {
    this.low.enqueue(num);
    this.high.enqueue(this.low.dequeue());
    if (this.high.size() > this.low.size()) {
        this.low.enqueue(this.high.dequeue());
    }
};

/**
 * @return {number}
 */
MedianFinder.prototype.findMedian = function() {
    if (this.low.size() > this.high.size()) {
        return this.low.front();
    }
    return (this.low.front() + this.high.front()) / 2;
};

/** 
 * Your MedianFinder object will be instantiated and called as such:
 * var obj = new MedianFinder()
 * obj.addNum(num)
 * var param_2 = obj.findMedian()
 */
