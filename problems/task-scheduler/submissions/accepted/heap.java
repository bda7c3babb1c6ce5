// Expected: AC — max-heap of remaining counts, simulated in rounds of n + 1 slots.
class Solution {
    public int leastInterval(char[] tasks, int n) {
        int[] cnt = new int[26];
        for (char t : tasks) cnt[t - 'A']++;
        PriorityQueue<Integer> pq = new PriorityQueue<>(Collections.reverseOrder());
        for (int c : cnt) {
            if (c > 0) pq.offer(c);
        }
        int time = 0;
        while (!pq.isEmpty()) {
            List<Integer> left = new ArrayList<>();
            int done = 0;
            for (int slot = 0; slot <= n && !pq.isEmpty(); slot++) {
                int c = pq.poll();
                if (c > 1) left.add(c - 1);
                done++;
            }
            pq.addAll(left);
            time += pq.isEmpty() ? done : n + 1;
        }
        return time;
    }
}
