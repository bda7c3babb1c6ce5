// scale: kth-largest worse n=n|n_log_n k=k
// k rounds of selection from the top: O(n·k).
class Solution {
    public int findKthLargest(int[] nums, int k) {
        int n = nums.length;
        for (int r = 0; r < k; r++) {
            int best = r;
            for (int i = r + 1; i < n; i++) if (nums[i] > nums[best]) best = i;
            int t = nums[r]; nums[r] = nums[best]; nums[best] = t;
        }
        return nums[k - 1];
    }
}
