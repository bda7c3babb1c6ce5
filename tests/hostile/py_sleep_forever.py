# expect: TLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import time
        time.sleep(10**6)
