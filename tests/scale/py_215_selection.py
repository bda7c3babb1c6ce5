# scale: kth-largest worse n=n k=k
# k passes of max() + remove(): O(n·k).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        nums = list(nums)
        for _ in range(k - 1):
            nums.remove(max(nums))
        return max(nums)
