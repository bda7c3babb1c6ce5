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
        while (true) fork();
        return 0;
    }
};
