// Expected: TLE — k rounds of "find the maximum, erase it": O(n * k) with
// vector::erase, far over the limit when n = 10^5 and k = n / 2.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        for (int round = 1; round < k; ++round) {
            auto it = max_element(nums.begin(), nums.end());
            nums.erase(it);
        }
        return *max_element(nums.begin(), nums.end());
    }
};
