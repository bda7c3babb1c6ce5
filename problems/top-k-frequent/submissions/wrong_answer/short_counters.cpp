// Expected: WA — frequencies kept in `short`: a value with 32768 copies or more
// wraps (to a negative or a small count) and drops out of the top k.
// Caught by large/one-dominant-k-one (one value holds 70000 of 100000).
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, short> cnt;
        for (int x : nums) cnt[x]++;
        vector<pair<short, int>> v;
        for (auto& [x, c] : cnt) v.push_back({c, x});
        sort(v.begin(), v.end(), greater<pair<short, int>>());
        vector<int> res;
        for (int i = 0; i < k; i++) res.push_back(v[i].second);
        return res;
    }
};
