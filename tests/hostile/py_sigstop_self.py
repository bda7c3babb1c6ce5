# expect: TLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os, signal
        # One stop request was seen lost while another thread was mid-syscall; keep asking.
        for _ in range(10**6):
            os.kill(os.getpid(), signal.SIGSTOP)
        return sorted(nums)[-k]
