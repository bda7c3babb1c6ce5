# scale: last-stone-weight worse n=n^2_log_n|n^2|n^2
# sort() every round: O(n^2 log n) (Timsort is near-linear on the almost-sorted list: ~n^2).
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        stones = list(stones)
        while len(stones) > 1:
            stones.sort()
            y = stones.pop()
            x = stones.pop()
            if y > x:
                stones.append(y - x)
        return stones[0] if stones else 0
