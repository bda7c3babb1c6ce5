// Expected: WA — smashes the two heaviest stones but never puts the leftover
// stone (y - x) back into the heap (Example 1 gives 0 instead of 1).
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        priority_queue<int> pq(stones.begin(), stones.end());
        while (pq.size() > 1) {
            pq.pop();
            pq.pop();
        }
        return pq.empty() ? 0 : pq.top();
    }
};
