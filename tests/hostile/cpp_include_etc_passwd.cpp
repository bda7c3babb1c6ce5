// expect: CE
#include "/etc/passwd"
class Solution { public: int findKthLargest(vector<int>& nums, int k) { return 0; } };
