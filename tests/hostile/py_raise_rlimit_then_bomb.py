# expect: MLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import resource
        for r in [resource.RLIMIT_DATA, resource.RLIMIT_AS]:
            try:
                resource.setrlimit(r, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
            except (ValueError, OSError):
                pass
        hog = []
        while True:
            hog.append(bytearray(1 << 24))
