// expect: CE
// A compile that does not end on its own (constexpr work g++ would grind
// through for many minutes): the compile time limit stops it.
constexpr long spin() {
    long x = 0;
    for (long i = 0; i < 200000; i++)
        for (long j = 0; j < 200000; j++) x += (i ^ j) % 7;
    return x;
}
constexpr long forever = spin();
class Solution { public: int findKthLargest(vector<int>& nums, int k) { return (int) forever; } };
