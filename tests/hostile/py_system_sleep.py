# expect: AC
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os, subprocess
        os.system('sleep 1000')
        try:
            subprocess.Popen(['sleep', '1000'])
        except OSError:
            pass
        return sorted(nums)[-k]
