// scale: last-stone-weight same n=n_log_n|n
// priority_queue: O(n log n).
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        priority_queue<int> pq(stones.begin(), stones.end());
        while (pq.size() > 1) {
            int y = pq.top(); pq.pop();
            int x = pq.top(); pq.pop();
            if (y > x) pq.push(y - x);
        }
        return pq.empty() ? 0 : pq.top();
    }
};
