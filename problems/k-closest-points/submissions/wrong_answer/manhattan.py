# Expected: WA — ranks points by |x| + |y| instead of the Euclidean distance.
class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        return sorted(points, key=lambda p: abs(p[0]) + abs(p[1]))[:k]
