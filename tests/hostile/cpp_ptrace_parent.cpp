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
        long r = ptrace(PTRACE_ATTACH, getppid(), nullptr, nullptr);
        cerr << "ptrace: " << r << endl;
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
