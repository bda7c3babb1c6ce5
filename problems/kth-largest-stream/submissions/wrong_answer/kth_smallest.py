# Expected: Wrong Answer — keeps a max-heap (negated values) of the k SMALLEST
# numbers, so add returns the k-th smallest instead of the k-th largest.
# Example 1 already fails: the first add returns 4 (right by chance), the
# second returns 4 again instead of 5.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = []
        for x in nums:
            self._push(x)

    def _push(self, x):
        heappush(self.heap, -x)
        if len(self.heap) > self.k:
            heappop(self.heap)

    def add(self, val: int) -> int:
        self._push(val)
        return -self.heap[0]
