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
        char* big = (char*) malloc(8ULL << 30);
        if (!big) return -1;
        big[0] = 1;
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
