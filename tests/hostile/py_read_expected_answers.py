# expect: WA
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os
        found = []
        for path in ['problems/kth-largest/cases/hidden', '../problems/kth-largest/CANARY.txt',
                     '@PROBLEMS@/kth-largest/CANARY.txt', '@PROBLEMS@/kth-largest/cases/examples/1.out',
                     '/proc/self/cwd/problems/kth-largest/CANARY.txt', '@ROOT@/problems/kth-largest/cases/examples/1.out',
                     os.environ.get('GRADER_PROBLEMS', '/nonexistent') + '/kth-largest/CANARY.txt']:
            try:
                found.append(path + ': ' + (str(os.listdir(path)) if os.path.isdir(path) else open(path).read()))
            except OSError as e:
                found.append(path + ': ' + type(e).__name__)
        print('\n'.join(found))
        return -1
