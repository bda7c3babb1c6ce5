// scale: kth-largest same n=n k=log_k|1
// priority_queue with greater<>: the k largest so far, O(n log k).
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        priority_queue<int, vector<int>, greater<int>> heap;
        for (int x : nums) {
            if ((int)heap.size() < k) heap.push(x);
            else if (x > heap.top()) { heap.pop(); heap.push(x); }
        }
        return heap.top();
    }
};
