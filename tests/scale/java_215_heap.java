// scale: kth-largest same n=n|n_log_n k=log_k|1|k
// A PriorityQueue of the k largest: O(n log k).
import java.util.PriorityQueue;

class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int x : nums) {
            if (heap.size() < k) heap.offer(x);
            else if (x > heap.peek()) { heap.poll(); heap.offer(x); }
        }
        return heap.peek();
    }
}
