# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import mmap
        m = mmap.mmap(-1, 1 << 31)
        for i in range(0, 1 << 31, 4096):
            m[i] = 1
        return sorted(nums)[-k]
