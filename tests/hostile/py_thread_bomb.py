# expect: RE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import threading, time
        while True:
            threading.Thread(target=time.sleep, args=(1000,), daemon=True).start()
