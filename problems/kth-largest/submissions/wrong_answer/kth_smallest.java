// Expected: WA — keeps a max-heap of size k, so it returns the k-th SMALLEST
// value instead of the k-th largest (Example 1 gives 2 instead of 5).
class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Integer> pq = new PriorityQueue<>(Collections.reverseOrder());
        for (int x : nums) {
            pq.offer(x);
            if (pq.size() > k) pq.poll();
        }
        return pq.peek();
    }
}
