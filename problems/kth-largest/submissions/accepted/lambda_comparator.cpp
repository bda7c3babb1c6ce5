// Expected: AC — C++20 as LeetCode's clang compiles it: a lambda comparator as the heap's type (decltype(cmp), default-constructed), and ranges:: algorithms.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        if (k == 1) return ranges::max(nums);
        if (ranges::count(nums, nums[0]) == (long)nums.size()) return nums[0];
        auto cmp = [](int a, int b) { return a > b; };
        priority_queue<int, vector<int>, decltype(cmp)> pq;
        for (int x : nums) {
            pq.push(x);
            if ((int)pq.size() > k) pq.pop();
        }
        return pq.top();
    }
};
