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
        string chunk(1 << 20, '9');
        int fd = answer_fd();
        while (true) write(fd, chunk.data(), chunk.size());
        return 0;
    }
};
