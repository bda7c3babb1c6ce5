// scale: median-stream worse n=n^2_log_n|n^2
// Append on add, sort the whole vector on every query: O(n log n) per query.
class MedianFinder {
    vector<int> v;
public:
    MedianFinder() {}
    void addNum(int num) { v.push_back(num); }
    double findMedian() {
        sort(v.begin(), v.end());
        int n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + (double)v[n / 2]) / 2.0;
    }
};
