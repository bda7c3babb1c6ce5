// expect: RE
class Solution {
    public int findKthLargest(int[] nums, int k) {
        System.exit(0);
        return 0;
    }
}
