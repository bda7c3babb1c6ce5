# Expected: WA — sorts ascending and takes index k-1: the k-th smallest.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums)[k - 1]
