# Expected: AC — a SortedList window (sortedcontainers is available on LeetCode).
from sortedcontainers import SortedList


class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        window = SortedList(nums[:k])
        out = []
        for i in range(k, len(nums) + 1):
            if k % 2:
                out.append(float(window[k // 2]))
            else:
                out.append((window[k // 2 - 1] + window[k // 2]) / 2)
            if i < len(nums):
                window.remove(nums[i - k])
                window.add(nums[i])
        return out
