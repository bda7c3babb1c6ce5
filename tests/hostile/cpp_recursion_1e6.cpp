// expect: RE
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
static int depth(int n);
static int (*volatile next_level)(int) = depth;
// 10^6 frames of ~300 bytes: past the 64 MiB stack LeetCode-like judges give.
static int depth(int n) {
    volatile char pad[256];
    for (int i = 0; i < 256; i++) pad[i] = (char) i;  // all of it, or the compiler shrinks it
    if (n == 0) return 0;
    int below = next_level(n - 1);
    return below + pad[n % 256];
}
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        depth(1000000);
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
