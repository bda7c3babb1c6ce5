// Expected: WA — smashes the two heaviest stones but never puts the leftover
// stone (y - x) back into the heap (Example 1 gives 0 instead of 1).
class Solution {
    public int lastStoneWeight(int[] stones) {
        PriorityQueue<Integer> pq = new PriorityQueue<>((a, b) -> b - a);
        for (int s : stones) pq.offer(s);
        while (pq.size() > 1) {
            pq.poll();
            pq.poll();
        }
        return pq.isEmpty() ? 0 : pq.peek();
    }
}
