// expect: MLE
class Solution {
    public int findKthLargest(int[] nums, int k) {
        List<long[]> hog = new ArrayList<>();
        while (true) hog.add(new long[1 << 21]);
    }
}
