# Expected: Accepted — the reference solution: a min-heap that holds the k
# largest numbers seen so far, so its top is the k-th largest. O((n + q) log k)
# for n initial numbers and q calls to add, O(k) memory.
import heapq
from typing import List


class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = list(nums)
        heapq.heapify(self.heap)
        # Keep only the k largest; nums may also hold k - 1 numbers (or none).
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        elif val > self.heap[0]:
            heapq.heapreplace(self.heap, val)
        return self.heap[0]


# Your KthLargest object will be instantiated and called as such:
# obj = KthLargest(k, nums)
# param_1 = obj.add(val)
