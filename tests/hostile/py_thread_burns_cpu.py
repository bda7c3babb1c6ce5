# expect: TLE
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import threading, time
        def burn():
            while True:
                pass
        threading.Thread(target=burn, daemon=True).start()
        time.sleep(10**6)
