# expect: WA
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os
        for path in ['@HOME@/secret.txt', os.path.expanduser('~/secret.txt'), '/root/.bash_history']:
            try:
                print(open(path).read())
            except OSError as e:
                print(path, type(e).__name__)
        return -1
