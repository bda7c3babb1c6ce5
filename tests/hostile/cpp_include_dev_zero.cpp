// expect: CE
#include </dev/zero>
class Solution { public: int findKthLargest(vector<int>& nums, int k) { return 0; } };
