# expect: AC
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        def down(n):
            return 0 if n == 0 else 1 + down(n - 1)
        assert down(10**5) == 10**5
        return sorted(nums)[-k]
