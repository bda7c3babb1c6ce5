// expect: AC
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
static int depth(int n);
static int (*volatile next_level)(int) = depth;
static int depth(int n) { volatile char pad[32]; pad[0] = 1; if (n == 0) return 1; int below = next_level(n - 1); return below + pad[0]; }
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        if (depth(100000) != 100001) return -1;
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
