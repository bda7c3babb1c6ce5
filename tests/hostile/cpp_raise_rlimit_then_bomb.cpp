// expect: MLE
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        rlimit inf{RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_DATA, &inf);
        setrlimit(RLIMIT_AS, &inf);
        vector<vector<char>> hog;
        while (true) hog.emplace_back(1 << 24, 'x');
        return 0;
    }
};
