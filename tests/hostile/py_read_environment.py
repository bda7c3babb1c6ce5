# expect: WA
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os
        print(dict(os.environ))
        for p in ['/proc/self/environ', '/proc/1/environ', '/proc/1/cmdline']:
            try:
                print(p, open(p, 'rb').read())
            except OSError as e:
                print(p, type(e).__name__)
        return -1
