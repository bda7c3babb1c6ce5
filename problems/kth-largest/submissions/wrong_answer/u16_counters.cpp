// Expected: WA — counting sort whose counters are `unsigned short` ("to save
// memory"): a value seen 65536 times or more wraps around, so the scan from the
// top runs past it. Only large/all-equal-k-half (100000 copies, k = 50000) has
// that many copies; random inputs are far too small for it.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        static unsigned short cnt[20001];
        memset(cnt, 0, sizeof cnt);
        for (int x : nums) cnt[x + 10000]++;
        for (int v = 20000; v >= 0; v--) {
            k -= cnt[v];
            if (k <= 0) return v - 10000;
        }
        return -10000;
    }
};
