// Expected: WA — keeps a max-heap of size k, so it returns the k-th SMALLEST
// value instead of the k-th largest (Example 1 gives 2 instead of 5).
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        priority_queue<int> pq;
        for (int x : nums) {
            pq.push(x);
            if ((int)pq.size() > k) pq.pop();
        }
        return pq.top();
    }
};
