# Expected: TLE — k rounds of "find the maximum, remove it": O(n * k) list
# scans, about 5 * 10^9 steps on the large cases.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        for _ in range(k - 1):
            nums.remove(max(nums))
        return max(nums)
