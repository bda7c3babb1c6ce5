// expect: CE
#include "@HOME@/secret.txt"
#include "@PROBLEMS@/kth-largest/CANARY.txt"
class Solution { public: int findKthLargest(vector<int>& nums, int k) { return 0; } };
