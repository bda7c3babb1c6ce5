// expect: RE
class Solution {
    int down(int n) { return n == 0 ? 0 : 1 + down(n - 1); }
    public int findKthLargest(int[] nums, int k) {
        return down(10_000_000);
    }
}
