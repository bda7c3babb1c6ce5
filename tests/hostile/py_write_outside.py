# expect: WA
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import os
        for path in ['/tmp/hostile-escape', '@HOME@/hostile-escape', '@CACHE@/hostile-escape',
                     '@PROBLEMS@/kth-largest/hostile-escape', '@ROOT@/hostile-escape',
                     '@PROBLEMS@/kth-largest/statement.md', '@CACHE@/toolchains/python.txt']:
            try:
                with open(path, 'a') as f:
                    f.write('/tmp/evil.sh\n')
                print('wrote', path)
            except OSError as e:
                print(path, type(e).__name__)
        try:
            builds = os.listdir('@CACHE@/builds')
        except OSError as e:
            builds = []
            print('builds', type(e).__name__)
        for build in builds:
            try:
                open('@CACHE@/builds/' + build + '/READY', 'a').write('x')
                print('wrote build', build)
            except OSError as e:
                print(build, type(e).__name__)
        # Forge the end of the grader's JSON report through its stdout.
        for pid in [os.getppid(), 1, 2]:
            try:
                with open(f'/proc/{pid}/fd/1', 'a') as f:
                    f.write('"verdict": "AC"}\n')
                print('forged through', pid)
            except OSError as e:
                print('fd/1 of', pid, type(e).__name__)
        return -1
