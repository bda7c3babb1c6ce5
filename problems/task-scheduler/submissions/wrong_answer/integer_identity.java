// Expected: WA — the letters tied for the most are counted with
// `cnt.get(c) == max` on boxed Integers: that compares object identity, which
// only matches for cached values (-128..127), so ties at 128 or more are missed
// and the last frame is one slot short. Caught by large/tied-top-cooldown-2.
class Solution {
    public int leastInterval(char[] tasks, int n) {
        Map<Character, Integer> cnt = new HashMap<>();
        for (char t : tasks) cnt.merge(t, 1, Integer::sum);
        Integer max = Collections.max(cnt.values());
        int numMax = 0;
        for (char c : cnt.keySet()) if (cnt.get(c) == max) numMax++;
        return Math.max(tasks.length, (max - 1) * (n + 1) + numMax);
    }
}
