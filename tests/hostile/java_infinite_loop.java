// expect: TLE
class Solution {
    public int findKthLargest(int[] nums, int k) {
        long x = 0;
        while (x >= 0) x = (x + 1) % 1000;
        return (int) x;
    }
}
