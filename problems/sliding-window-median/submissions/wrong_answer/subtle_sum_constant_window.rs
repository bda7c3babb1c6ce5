// Expected: WA, caught only by random testing — a "constant window" shortcut tests running_sum == k * (lower median), which also holds whenever the lower median equals the window mean, and then returns the lower median alone for an even window.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut lo: BinaryHeap<i32> = BinaryHeap::new();
        let mut hi: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        // Values that left the window but are still buried in a heap.
        let mut delayed: HashMap<i32, usize> = HashMap::new();
        for &x in &nums[..k] {
            lo.push(x);
        }
        for _ in 0..k / 2 {
            let x = lo.pop().unwrap();
            hi.push(Reverse(x));
        }
        let median = |lo: &BinaryHeap<i32>, hi: &BinaryHeap<Reverse<i32>>| -> f64 {
            let a = *lo.peek().unwrap() as f64;
            if k % 2 == 1 {
                a
            } else {
                (a + hi.peek().unwrap().0 as f64) / 2.0
            }
        };
        // Running sum of the window, for an O(1) "all values equal" check.
        let mut sum: i64 = nums[..k].iter().map(|&x| x as i64).sum();
        let mut result = Vec::with_capacity(nums.len() - k + 1);
        result.push(median(&lo, &hi));
        for i in k..nums.len() {
            let out = nums[i - k];
            let inn = nums[i];
            sum += inn as i64 - out as i64;
            // balance = change of lo's live size minus change of hi's live size
            let mut balance: i32 = 0;
            *delayed.entry(out).or_insert(0) += 1;
            if out <= *lo.peek().unwrap() {
                balance -= 1;
            } else {
                balance += 1;
            }
            if inn <= *lo.peek().unwrap() {
                balance += 1;
                lo.push(inn);
            } else {
                balance -= 1;
                hi.push(Reverse(inn));
            }
            if balance < 0 {
                let Reverse(x) = hi.pop().unwrap();
                lo.push(x);
                balance += 1;
            }
            if balance > 0 {
                let x = lo.pop().unwrap();
                hi.push(Reverse(x));
            }
            while let Some(&t) = lo.peek() {
                match delayed.get_mut(&t) {
                    Some(c) if *c > 0 => {
                        *c -= 1;
                        lo.pop();
                    }
                    _ => break,
                }
            }
            while let Some(&Reverse(t)) = hi.peek() {
                match delayed.get_mut(&t) {
                    Some(c) if *c > 0 => {
                        *c -= 1;
                        hi.pop();
                    }
                    _ => break,
                }
            }
            let mid = *lo.peek().unwrap();
            if sum == k as i64 * mid as i64 {
                // Every value in the window equals the median.
                result.push(mid as f64);
            } else {
                result.push(median(&lo, &hi));
            }
        }
        result
    }
}
