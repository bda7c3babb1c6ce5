# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os
        os._exit(0)
