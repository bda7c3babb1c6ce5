# Expected: Wrong Answer — heapifies all of nums in the constructor but never
# pops it down to k values. add keeps the heap at its size (replace the top
# when the new value is larger), so when nums has more than k numbers the top
# is the (len(nums))-th largest, not the k-th. Example 1 (4 numbers, k = 3)
# returns 3 for the first add instead of 4.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = nums
        heapify(self.heap)

    def add(self, val: int) -> int:
        if len(self.heap) < self.k:
            heappush(self.heap, val)
        elif val > self.heap[0]:
            heapreplace(self.heap, val)
        return self.heap[0]
