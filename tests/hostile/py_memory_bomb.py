# expect: MLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        hog = []
        while True:
            hog.append(bytearray(1 << 24))
