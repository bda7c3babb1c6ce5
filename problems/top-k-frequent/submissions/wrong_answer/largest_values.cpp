// Expected: WA — counts the frequencies but then pushes the VALUES into the heap,
// so it returns the k largest distinct values instead of the k most frequent
// ones (Example 1 gives [3,2] instead of [1,2]).
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> freq;
        for (int n : nums) freq[n]++;
        priority_queue<int, vector<int>, greater<int>> pq;
        for (auto& [num, cnt] : freq) {
            pq.push(num);
            if ((int)pq.size() > k) pq.pop();
        }
        vector<int> res;
        while (!pq.empty()) {
            res.push_back(pq.top());
            pq.pop();
        }
        return res;
    }
};
