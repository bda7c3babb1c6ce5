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
        int made = 0;
        for (int i = 0; i < 100000; i++) {
            pthread_t t;
            if (pthread_create(&t, nullptr, [](void*) -> void* { sleep(1000); return nullptr; }, nullptr) != 0) break;
            made++;
        }
        cerr << made << " threads" << endl;
        sort(nums.begin(), nums.end());
        return nums[nums.size() - k];
    }
};
