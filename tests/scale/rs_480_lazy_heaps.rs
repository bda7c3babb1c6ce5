// scale: sliding-window-median same n=n|n_log_n k=log_k|1|k
// Two heaps with lazy deletion (a map of values waiting to leave): O(n log k).
use std::collections::{BinaryHeap, HashMap};
use std::cmp::Reverse;

impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut low: BinaryHeap<i32> = BinaryHeap::new();
        let mut high: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        let mut gone: HashMap<i32, usize> = HashMap::new();
        let (mut low_n, mut high_n) = (0usize, 0usize);
        let mut out = Vec::with_capacity(nums.len() + 1 - k);
        fn prune_low(h: &mut BinaryHeap<i32>, gone: &mut HashMap<i32, usize>) {
            while let Some(&x) = h.peek() {
                match gone.get_mut(&x) {
                    Some(c) if *c > 0 => { *c -= 1; h.pop(); }
                    _ => break,
                }
            }
        }
        fn prune_high(h: &mut BinaryHeap<Reverse<i32>>, gone: &mut HashMap<i32, usize>) {
            while let Some(&Reverse(x)) = h.peek() {
                match gone.get_mut(&x) {
                    Some(c) if *c > 0 => { *c -= 1; h.pop(); }
                    _ => break,
                }
            }
        }
        for i in 0..nums.len() {
            let x = nums[i];
            if low.peek().map_or(true, |&top| x <= top) { low.push(x); low_n += 1; } else { high.push(Reverse(x)); high_n += 1; }
            if i >= k {
                let y = nums[i - k];
                *gone.entry(y).or_insert(0) += 1;
                if low.peek().map_or(false, |&top| y <= top) { low_n -= 1; } else { high_n -= 1; }
                prune_low(&mut low, &mut gone);
                prune_high(&mut high, &mut gone);
            }
            while low_n > high_n + 1 {
                let t = low.pop().unwrap(); high.push(Reverse(t)); low_n -= 1; high_n += 1;
                prune_low(&mut low, &mut gone);
            }
            while high_n > low_n {
                let Reverse(t) = high.pop().unwrap(); low.push(t); high_n -= 1; low_n += 1;
                prune_high(&mut high, &mut gone);
            }
            if i + 1 >= k {
                let a = *low.peek().unwrap() as f64;
                out.push(if k % 2 == 1 { a } else { (a + high.peek().unwrap().0 as f64) / 2.0 });
            }
        }
        out
    }
}
