# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        def down(n):
            return 0 if n == 0 else 1 + down(n - 1)
        down(10**6)
        return sorted(nums)[-k]
