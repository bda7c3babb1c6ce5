// Expected: TLE — k rounds of "find the maximum, remove it" on an ArrayList:
// O(n * k), far over the limit when n = 10^5 and k = n / 2.
class Solution {
    public int findKthLargest(int[] nums, int k) {
        List<Integer> list = new ArrayList<>();
        for (int x : nums) list.add(x);
        for (int round = 1; round < k; round++) {
            int best = 0;
            for (int i = 1; i < list.size(); i++) if (list.get(i) > list.get(best)) best = i;
            list.remove(best);
        }
        return Collections.max(list);
    }
}
