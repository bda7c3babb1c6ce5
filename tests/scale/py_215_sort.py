# scale: kth-largest same n=n|n_log_n k=1|log_k
# sorted() then index: O(n log n).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums)[-k]
