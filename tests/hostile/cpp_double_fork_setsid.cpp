// expect: AC
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        if (fork() == 0) { setsid(); if (fork() == 0) { sleep(1000); } _exit(0); }
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
