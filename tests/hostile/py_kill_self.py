# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os, signal
        os.kill(os.getpid(), signal.SIGKILL)
