// Expected: Wrong Answer — an otherwise fine two-heap solution (lazy deletion,
// O(n log n)) that averages the two middle values in i32: low + high wraps around
// when both are near i32::MAX (wrapping_add, so it never panics) and the median
// comes out negative. Passes both examples; fails the hidden overflow cases.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut low: BinaryHeap<(i32, usize)> = BinaryHeap::new();
        let mut high: BinaryHeap<Reverse<(i32, usize)>> = BinaryHeap::new();
        let mut in_low = vec![false; nums.len()];
        let mut low_count = 0;
        let mut high_count = 0;
        let mut answer = Vec::new();

        for i in 0..nums.len() {
            let start = if i + 1 >= k { i + 1 - k } else { 0 };
            if i >= k {
                if in_low[i - k] {
                    low_count -= 1;
                } else {
                    high_count -= 1;
                }
            }
            while low.peek().map_or(false, |t| t.1 < start) {
                low.pop();
            }
            while high.peek().map_or(false, |t| t.0 .1 < start) {
                high.pop();
            }

            if low_count > 0 && (nums[i], i) <= *low.peek().unwrap() {
                low.push((nums[i], i));
                in_low[i] = true;
                low_count += 1;
            } else {
                high.push(Reverse((nums[i], i)));
                high_count += 1;
            }

            while low_count > high_count + 1 {
                while low.peek().unwrap().1 < start {
                    low.pop();
                }
                let top = low.pop().unwrap();
                in_low[top.1] = false;
                high.push(Reverse(top));
                low_count -= 1;
                high_count += 1;
            }
            while high_count > low_count {
                while high.peek().unwrap().0 .1 < start {
                    high.pop();
                }
                let Reverse(top) = high.pop().unwrap();
                in_low[top.1] = true;
                low.push(top);
                high_count -= 1;
                low_count += 1;
            }
            while low.peek().map_or(false, |t| t.1 < start) {
                low.pop();
            }
            while high.peek().map_or(false, |t| t.0 .1 < start) {
                high.pop();
            }

            if i + 1 >= k {
                let a = low.peek().unwrap().0;
                if k % 2 == 1 {
                    answer.push(a as f64);
                } else {
                    let b = high.peek().unwrap().0 .0;
                    answer.push(a.wrapping_add(b) as f64 / 2.0);
                }
            }
        }
        answer
    }
}
