# expect: RE
import os, stat
def answer_fd():
    for fd in range(3, 64):
        try:
            if stat.S_ISFIFO(os.fstat(fd).st_mode) and os.get_blocking(fd) is not None and fd != 0:
                import fcntl
                if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY:
                    return fd
        except OSError:
            pass
    return 1
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        os.write(answer_fd(), b'garbage on the channel\n')
        return sorted(nums)[-k]
