// Expected: Accepted — two heaps of (value, index) with lazy deletion: values that
// left the window stay in a heap until they reach its top; the halves are
// balanced by their counts of live values. O(n log n); the median is computed in
// f64 so two values near i32::MAX do not overflow.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let n = nums.len();
        let mut low: BinaryHeap<(i32, usize)> = BinaryHeap::new();
        let mut high: BinaryHeap<Reverse<(i32, usize)>> = BinaryHeap::new();
        let mut in_low = vec![false; n];
        let (mut low_live, mut high_live) = (0usize, 0usize);
        let mut result = Vec::with_capacity(n + 1 - k);

        for i in 0..n {
            // Everything with index < start has left the window.
            let start = (i + 1).saturating_sub(k);
            let prune_low = |h: &mut BinaryHeap<(i32, usize)>| {
                while matches!(h.peek(), Some(&(_, j)) if j < start) {
                    h.pop();
                }
            };
            let prune_high = |h: &mut BinaryHeap<Reverse<(i32, usize)>>| {
                while matches!(h.peek(), Some(&Reverse((_, j))) if j < start) {
                    h.pop();
                }
            };

            // The value leaving the window (if any) only updates the live counts.
            if i >= k {
                if in_low[i - k] { low_live -= 1 } else { high_live -= 1 }
            }
            prune_low(&mut low);
            prune_high(&mut high);

            // Insert the new value on its side.
            let item = (nums[i], i);
            if low_live > 0 && item <= *low.peek().unwrap() {
                low.push(item);
                in_low[i] = true;
                low_live += 1;
            } else {
                high.push(Reverse(item));
                high_live += 1;
            }

            // Rebalance: low holds as many live values as high, or one more.
            while low_live > high_live + 1 {
                prune_low(&mut low);
                let top = low.pop().unwrap();
                in_low[top.1] = false;
                high.push(Reverse(top));
                low_live -= 1;
                high_live += 1;
            }
            while high_live > low_live {
                prune_high(&mut high);
                let Reverse(top) = high.pop().unwrap();
                in_low[top.1] = true;
                low.push(top);
                high_live -= 1;
                low_live += 1;
            }
            prune_low(&mut low);
            prune_high(&mut high);

            if i + 1 >= k {
                let a = low.peek().unwrap().0 as f64;
                if k % 2 == 1 {
                    result.push(a);
                } else {
                    let b = high.peek().unwrap().0 .0 as f64;
                    result.push((a + b) / 2.0);
                }
            }
        }
        result
    }
}
