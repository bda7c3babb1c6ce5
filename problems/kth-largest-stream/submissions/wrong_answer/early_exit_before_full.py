# Expected: Wrong Answer, found only by random testing — an "optimisation" that
# returns at once when val is below the current top, written before the check
# that the heap already holds k numbers (the `self.heap and` guard only avoids
# the crash on an empty heap). When nums has exactly k - 1 numbers and the
# first add is smaller than all of them, val is dropped: that add returns
# min(nums) instead of val, and the heap stays one short. Every example and
# hidden case passes (none has that pattern); a random input with
# k = len(nums) + 1 and a small first value exposes it.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = nums[:]
        heapify(self.heap)
        while len(self.heap) > k:
            heappop(self.heap)

    def add(self, val: int) -> int:
        if self.heap and val < self.heap[0]:
            return self.heap[0]
        heappush(self.heap, val)
        if len(self.heap) > self.k:
            heappop(self.heap)
        return self.heap[0]
