# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os
        for fd in (0, 1, 2):
            os.close(fd)
        return sorted(nums)[-k]
