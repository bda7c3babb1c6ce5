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
        int r = system("sleep 1000");
        (void) r;
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
