// expect: WA
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        for (string path : {"@PROBLEMS@/kth-largest/CANARY.txt", "@ROOT@/problems/kth-largest/cases/examples/1.out", "/proc/self/cwd/CANARY.txt", "@HOME@/secret.txt", "/etc/passwd", "/etc/shadow"}) {
            ifstream in(path);
            stringstream text;
            text << in.rdbuf();
            cout << path << ": " << (in ? text.str() : string("cannot open")) << endl;
        }
        return -1;
    }
};
