// scale: kth-largest worse n=n|n_log_n k=k
// k rounds of selection sort from the top: O(n·k).
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        int n = nums.size();
        for (int r = 0; r < k; r++) {
            int best = r;
            for (int i = r + 1; i < n; i++)
                if (nums[i] > nums[best]) best = i;
            swap(nums[r], nums[best]);
        }
        return nums[k - 1];
    }
};
