// Expected: WA — the counting formula (maxCount - 1) * (n + 1) + ties without
// taking the max with tasks.size(): when there are enough other tasks to fill
// every idle slot it undercounts (Example 2 gives 4 instead of 6).
class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        vector<int> cnt(26, 0);
        for (char t : tasks) cnt[t - 'A']++;
        int maxCount = *max_element(cnt.begin(), cnt.end());
        int ties = count(cnt.begin(), cnt.end(), maxCount);
        return (maxCount - 1) * (n + 1) + ties;
    }
};
