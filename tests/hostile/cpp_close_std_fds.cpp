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
        close(0);
        close(1);
        close(2);
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
