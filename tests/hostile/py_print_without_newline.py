# expect: AC
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        print('no newline here', end='')
        return sorted(nums)[-k]
