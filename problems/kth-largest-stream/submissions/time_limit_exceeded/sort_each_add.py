# Expected: Time Limit Exceeded — stores every number in arrival order and
# sorts a fresh copy of the whole stream on every add: O(m log m) per call for
# a stream of m numbers. With 10^4 initial numbers and 10^4 adds that is 10^4
# full sorts of 10^4..2*10^4 unsorted values. Correct on every small case.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.nums = list(nums)

    def add(self, val: int) -> int:
        self.nums.append(val)
        ordered = sorted(self.nums, reverse=True)
        return ordered[self.k - 1]
