# Expected: AC — count with Counter, keep the k most frequent with heapq.nlargest.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = Counter(nums)
        return heapq.nlargest(k, count.keys(), key=count.get)
