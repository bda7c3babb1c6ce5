# expect: OLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        while True:
            print('flood' * 1000)
