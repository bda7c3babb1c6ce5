// Expected: WA — an otherwise fine two-heap solution (lazy deletion, O(n log n))
// that averages the two middle values in long long but divides with integer
// division, so an even window loses the .5 (Example 1 has no even window;
// hidden/03-window-size-two gives 2.0 instead of 2.5).
class Solution {
public:
    vector<double> medianSlidingWindow(vector<int>& nums, int k) {
        priority_queue<int> lo;                                // lower half, max-heap
        priority_queue<int, vector<int>, greater<int>> hi;     // upper half, min-heap
        unordered_map<int, int> dead;
        int loSize = 0, hiSize = 0;                            // live elements in each heap
        auto prune = [&](auto& heap) {
            while (!heap.empty()) {
                auto it = dead.find(heap.top());
                if (it == dead.end() || it->second == 0) break;
                if (--it->second == 0) dead.erase(it);
                heap.pop();
            }
        };
        auto balance = [&]() {
            if (loSize > hiSize + 1) {
                hi.push(lo.top()); lo.pop();
                loSize--; hiSize++;
                prune(lo);
            } else if (loSize < hiSize) {
                lo.push(hi.top()); hi.pop();
                hiSize--; loSize++;
                prune(hi);
            }
        };
        auto median = [&]() -> double {
            if (k % 2 == 1) return lo.top();
            return ((long long)lo.top() + hi.top()) / 2;
        };
        vector<double> res;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (lo.empty() || nums[i] <= lo.top()) {
                lo.push(nums[i]); loSize++;
            } else {
                hi.push(nums[i]); hiSize++;
            }
            if (i >= k) {
                int out = nums[i - k];
                dead[out]++;
                if (out <= lo.top()) {
                    loSize--;
                    if (out == lo.top()) prune(lo);
                } else {
                    hiSize--;
                    if (out == hi.top()) prune(hi);
                }
            }
            balance();
            prune(lo);
            prune(hi);
            if (i >= k - 1) res.push_back(median());
        }
        return res;
    }
};
