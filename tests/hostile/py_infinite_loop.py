# expect: TLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        while True:
            pass
