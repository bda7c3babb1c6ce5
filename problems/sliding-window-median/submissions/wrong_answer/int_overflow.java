// Expected: WA — an otherwise fine two-heap solution (lazy deletion, O(n log n))
// that adds the two middle values as ints before converting to double: the sum
// overflows when both are near Integer.MAX_VALUE (Example 1 passes;
// hidden/06-max-pair-sum-overflows gives -1.0 instead of 2147483647.0).
class Solution {
    private final PriorityQueue<Integer> lo = new PriorityQueue<>(Collections.reverseOrder());
    private final PriorityQueue<Integer> hi = new PriorityQueue<>();
    private final Map<Integer, Integer> dead = new HashMap<>();
    private int loSize = 0, hiSize = 0;

    public double[] medianSlidingWindow(int[] nums, int k) {
        double[] res = new double[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            if (lo.isEmpty() || nums[i] <= lo.peek()) {
                lo.offer(nums[i]);
                loSize++;
            } else {
                hi.offer(nums[i]);
                hiSize++;
            }
            if (i >= k) {
                int out = nums[i - k];
                dead.merge(out, 1, Integer::sum);
                if (out <= lo.peek()) {
                    loSize--;
                    if (out == lo.peek()) prune(lo);
                } else {
                    hiSize--;
                    if (out == hi.peek()) prune(hi);
                }
            }
            balance();
            prune(lo);
            prune(hi);
            if (i >= k - 1) res[i - k + 1] = median(k);
        }
        return res;
    }

    private void prune(PriorityQueue<Integer> heap) {
        while (!heap.isEmpty()) {
            Integer c = dead.get(heap.peek());
            if (c == null) break;
            if (c == 1) dead.remove(heap.peek());
            else dead.put(heap.peek(), c - 1);
            heap.poll();
        }
    }

    private void balance() {
        if (loSize > hiSize + 1) {
            hi.offer(lo.poll());
            loSize--;
            hiSize++;
            prune(lo);
        } else if (loSize < hiSize) {
            lo.offer(hi.poll());
            hiSize--;
            loSize++;
            prune(hi);
        }
    }

    private double median(int k) {
        if (k % 2 == 1) return lo.peek();
        return (lo.peek() + hi.peek()) / 2.0;
    }
}
