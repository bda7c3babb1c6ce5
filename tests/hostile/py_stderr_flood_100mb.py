# expect: OLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import sys
        for _ in range(100):
            sys.stderr.write('e' * (1 << 20))
        return sorted(nums)[-k]
