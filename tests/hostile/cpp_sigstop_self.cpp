// expect: TLE
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        // One stop request can be lost while another thread is mid-syscall; keep asking.
        for (int i = 0; i < 1000000; i++) kill(getpid(), SIGSTOP);
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
