# Expected: WA — sorts once and smashes neighbours, never re-sorting the leftovers.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        stones = sorted(stones, reverse=True)
        while len(stones) > 1:
            y, x = stones[0], stones[1]
            stones = stones[2:] + ([y - x] if y != x else [])
        return stones[0] if stones else 0
