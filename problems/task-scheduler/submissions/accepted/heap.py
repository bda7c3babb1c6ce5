# Expected: AC — max-heap of remaining counts, simulated in rounds of n + 1 slots.
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        heap = [-c for c in Counter(tasks).values()]
        heapify(heap)
        time = 0
        while heap:
            done = []
            slots = 0
            for _ in range(n + 1):
                if heap:
                    c = heappop(heap) + 1
                    if c:
                        done.append(c)
                    slots += 1
            for c in done:
                heappush(heap, c)
            time += slots if not heap else n + 1
        return time
