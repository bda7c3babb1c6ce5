# scale: median-stream worse n=n^2|n_log_n|n
# A sorted list kept by a linear scan and list.insert: O(n) per add.
class MedianFinder:
    def __init__(self):
        self.v = []

    def addNum(self, num: int) -> None:
        v = self.v
        i = 0
        while i < len(v) and v[i] < num:
            i += 1
        v.insert(i, num)

    def findMedian(self) -> float:
        v = self.v
        n = len(v)
        return float(v[n // 2]) if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
