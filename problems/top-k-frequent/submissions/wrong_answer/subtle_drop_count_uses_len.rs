// Expected: WA, caught only by random testing — for k > n / 2 it drops the `nums.len() - k` least frequent values instead of `distinct - k`, which removes real answers whenever nums has duplicates.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut count: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0) += 1;
        }
        if k > nums.len() / 2 {
            // Most values are kept: find the few to drop instead (max-heap of the least frequent).
            let drop = nums.len() - k;
            let mut heap: BinaryHeap<(usize, i32)> = BinaryHeap::new();
            for (&x, &c) in &count {
                heap.push((c, x));
                if heap.len() > drop {
                    heap.pop();
                }
            }
            let dropped: HashSet<i32> = heap.into_iter().map(|(_, x)| x).collect();
            return count.keys().copied().filter(|x| !dropped.contains(x)).collect();
        }
        let mut heap: BinaryHeap<Reverse<(usize, i32)>> = BinaryHeap::new();
        for (&x, &c) in &count {
            heap.push(Reverse((c, x)));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.into_iter().map(|Reverse((_, x))| x).collect()
    }
}
