# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os, time
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                time.sleep(1000)
            os._exit(0)
        return sorted(nums)[-k]
