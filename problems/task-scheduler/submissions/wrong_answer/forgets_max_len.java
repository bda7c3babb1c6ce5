// Expected: WA — the counting formula (maxCount - 1) * (n + 1) + ties without
// taking the max with tasks.length: when there are enough other tasks to fill
// every idle slot it undercounts (Example 2 gives 4 instead of 6).
class Solution {
    public int leastInterval(char[] tasks, int n) {
        int[] cnt = new int[26];
        for (char t : tasks) cnt[t - 'A']++;
        int maxCount = Arrays.stream(cnt).max().getAsInt();
        int ties = 0;
        for (int c : cnt) {
            if (c == maxCount) ties++;
        }
        return (maxCount - 1) * (n + 1) + ties;
    }
}
