# Expected: Runtime Error — the early exit reads self.heap[0] before checking
# that the heap is full. The order of the two tests is wrong: when nums is
# empty (so k = 1) the first add indexes an empty list and raises
# "IndexError: list index out of range" (hidden cases 01 and 20). Otherwise the size
# check still protects the result, so every other case is answered correctly.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = nums[:]
        heapify(self.heap)
        while len(self.heap) > k:
            heappop(self.heap)

    def add(self, val: int) -> int:
        if val <= self.heap[0] and len(self.heap) == self.k:
            return self.heap[0]
        heappush(self.heap, val)
        if len(self.heap) > self.k:
            heappop(self.heap)
        return self.heap[0]
