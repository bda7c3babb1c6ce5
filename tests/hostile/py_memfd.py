# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os
        fd = os.memfd_create('hog')
        os.ftruncate(fd, 1 << 31)
        return sorted(nums)[-k]
