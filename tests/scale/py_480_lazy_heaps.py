# scale: sliding-window-median same n=n|n_log_n k=log_k|1|k
# Two heaps with lazy deletion: O(n log k).
class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        low, high = [], []
        for x in sorted(nums[:k]):
            heapq.heappush(high, x)
        for _ in range(k // 2):
            heapq.heappush(low, -heapq.heappop(high))
        gone = defaultdict(int)

        def median():
            return float(high[0]) if k % 2 else (high[0] - low[0]) / 2

        def clean(heap, sign):
            while heap and gone[sign * heap[0]]:
                gone[sign * heap[0]] -= 1
                heapq.heappop(heap)

        out = [median()]
        for i in range(k, len(nums)):
            old, new = nums[i - k], nums[i]
            gone[old] += 1
            shift = -1 if old >= high[0] else 1
            if new >= high[0]:
                heapq.heappush(high, new)
                shift += 1
            else:
                heapq.heappush(low, -new)
                shift -= 1
            if shift > 0:
                heapq.heappush(low, -heapq.heappop(high))
            elif shift < 0:
                heapq.heappush(high, -heapq.heappop(low))
            clean(high, 1)
            clean(low, -1)
            out.append(median())
        return out
