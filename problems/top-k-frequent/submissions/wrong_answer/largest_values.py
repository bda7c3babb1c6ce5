# Expected: WA — returns the k largest distinct values instead of the k most frequent.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return heapq.nlargest(k, set(nums))
