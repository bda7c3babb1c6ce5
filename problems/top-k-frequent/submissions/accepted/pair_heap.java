// Expected: AC — LeetCode's javafx.util.Pair (getKey/getValue) in a min-heap of (count, value) of size k.
import javafx.util.Pair;

class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int n : nums) count.merge(n, 1, Integer::sum);
        PriorityQueue<Pair<Integer, Integer>> heap = new PriorityQueue<>((a, b) -> a.getKey() - b.getKey());
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            heap.offer(new Pair<>(e.getValue(), e.getKey()));
            if (heap.size() > k) heap.poll();
        }
        int[] res = new int[k];
        for (int i = k - 1; i >= 0; --i) res[i] = heap.poll().getValue();
        return res;
    }
}
