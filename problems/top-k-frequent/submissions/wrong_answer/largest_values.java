// Expected: WA — counts the frequencies but then keeps the k largest VALUES in
// the heap instead of the k most frequent ones (Example 1 gives [3,2] instead
// of [1,2]).
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int n : nums) count.merge(n, 1, Integer::sum);
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int n : count.keySet()) {
            heap.add(n);
            if (heap.size() > k) heap.poll();
        }
        int[] res = new int[k];
        for (int i = k - 1; i >= 0; --i) res[i] = heap.poll();
        return res;
    }
}
