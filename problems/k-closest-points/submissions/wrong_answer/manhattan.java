// Expected: WA — ranks the points by |x| + |y| (Manhattan distance) instead of
// the Euclidean distance (Example 2 picks [5,-1] instead of [-2,4]).
class Solution {
    public int[][] kClosest(int[][] points, int k) {
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> (Math.abs(b[0]) + Math.abs(b[1])) - (Math.abs(a[0]) + Math.abs(a[1])));
        for (int[] p : points) {
            pq.offer(p);
            if (pq.size() > k) pq.poll();
        }
        int[][] res = new int[k][];
        for (int i = 0; i < k; i++) res[i] = pq.poll();
        return res;
    }
}
