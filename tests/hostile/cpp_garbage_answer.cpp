// expect: RE
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
#include <sys/stat.h>
static int answer_fd() {
    for (int fd = 3; fd < 64; fd++) {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode) && (fcntl(fd, F_GETFL) & O_ACCMODE) == O_WRONLY) return fd;
    }
    return 1;
}
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        string line = "garbage\n";
        write(answer_fd(), line.data(), line.size());
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
