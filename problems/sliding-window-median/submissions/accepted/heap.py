# Expected: AC — two heaps with lazy deletion; sizes tracked by a balance counter.
class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        low, high = [], []  # low: max-heap (negated), high: min-heap
        for x in sorted(nums[:k]):
            heappush(high, x)
        for _ in range(k // 2):
            heappush(low, -heappop(high))
        # Invariant: high has the extra element when k is odd.
        delayed = defaultdict(int)

        def median():
            return float(high[0]) if k % 2 else (high[0] - low[0]) / 2

        def prune(heap, sign):
            while heap and delayed[sign * heap[0]]:
                delayed[sign * heap[0]] -= 1
                heappop(heap)

        out = [median()]
        for i in range(k, len(nums)):
            out_num, in_num = nums[i - k], nums[i]
            balance = 0
            delayed[out_num] += 1
            if out_num >= high[0]:
                balance -= 1  # high lost one
            else:
                balance += 1  # low lost one
            if in_num >= high[0]:
                heappush(high, in_num)
                balance += 1
            else:
                heappush(low, -in_num)
                balance -= 1
            if balance > 0:  # high too big
                heappush(low, -heappop(high))
            elif balance < 0:  # low too big
                heappush(high, -heappop(low))
            prune(high, 1)
            prune(low, -1)
            out.append(median())
        return out
