// expect: RE
class Solution {
    public int findKthLargest(int[] nums, int k) {
        try {
            Runtime.getRuntime().exec(new String[] {"sleep", "1000"});
        } catch (java.io.IOException e) {
            throw new RuntimeException(e);
        }
        Arrays.sort(nums);
        return nums[nums.length - k];
    }
}
