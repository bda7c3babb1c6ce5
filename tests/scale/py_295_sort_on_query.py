# scale: median-stream worse n=n^2_log_n|n^2
# Appends, then sorts the whole list on every query: O(n log n) per query.
class MedianFinder:
    def __init__(self):
        self.v = []

    def addNum(self, num: int) -> None:
        self.v.append(num)

    def findMedian(self) -> float:
        v = sorted(self.v)
        n = len(v)
        return float(v[n // 2]) if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
