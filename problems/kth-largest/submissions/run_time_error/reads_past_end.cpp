// Expected: RE — the loop runs to i <= n and reads nums[n], one past the end.
// Unchecked, that read returns whatever lies after the array (often a small
// number, so the answer may even look right); the grader builds C++ with
// bounds-checked containers, so it is a runtime error, as on LeetCode.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        priority_queue<int, vector<int>, greater<int>> top;
        int n = nums.size();
        for (int i = 0; i <= n; i++) {
            top.push(nums[i]);
            if ((int)top.size() > k) top.pop();
        }
        return top.top();
    }
};
