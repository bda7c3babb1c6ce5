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
        for (string path : {"/tmp/hostile-escape", "@HOME@/hostile-escape", "@CACHE@/hostile-escape", "@PROBLEMS@/kth-largest/hostile-escape", "@ROOT@/hostile-escape", "@PROBLEMS@/kth-largest/statement.md"}) {
            ofstream out(path, ios::app);
            out << "escaped" << endl;
            cout << path << (out ? ": written" : ": refused") << endl;
        }
        return -1;
    }
};
