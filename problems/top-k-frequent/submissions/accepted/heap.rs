// Expected: Accepted — count with a HashMap, keep a min-heap of (count, value)
// of size k; O(n + d log k) for d distinct values.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, i32> = HashMap::new();
        for num in nums {
            *count.entry(num).or_insert(0) += 1;
        }
        let k = k as usize;
        let mut heap = BinaryHeap::with_capacity(k + 1);
        for (num, c) in count {
            heap.push(Reverse((c, num)));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.into_iter().map(|Reverse((_, num))| num).collect()
    }
}
