// scale: median-stream worse n=n^2|n_log_n|n
// A sorted array kept by a linear scan and splice: O(n) per add.
var MedianFinder = function() {
    this.v = [];
};
MedianFinder.prototype.addNum = function(num) {
    const v = this.v;
    let i = 0;
    while (i < v.length && v[i] < num) i++;
    v.splice(i, 0, num);
};
MedianFinder.prototype.findMedian = function() {
    const v = this.v, n = v.length;
    return n % 2 ? v[n >> 1] : (v[n / 2 - 1] + v[n / 2]) / 2;
};
