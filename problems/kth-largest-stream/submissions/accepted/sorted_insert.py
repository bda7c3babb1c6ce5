# Expected: Accepted — no heap: keeps only the k largest numbers in a sorted
# list, inserts with bisect.insort and drops the smallest when there are more
# than k. The k-th largest is then the first item. O(k) per add for the shift
# (a fast memmove), fine at these limits.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.top = sorted(nums)[-k:] if nums else []

    def add(self, val: int) -> int:
        insort(self.top, val)
        if len(self.top) > self.k:
            self.top.pop(0)
        return self.top[0]
