# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import ctypes
        ctypes.string_at(0)
