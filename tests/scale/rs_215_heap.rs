// scale: kth-largest same n=n k=log_k|1
// A min-heap of the k largest seen so far: O(n log k).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let k = k as usize;
        let mut heap = BinaryHeap::with_capacity(k + 1);
        for x in nums {
            if heap.len() < k {
                heap.push(Reverse(x));
            } else if x > heap.peek().unwrap().0 {
                heap.pop();
                heap.push(Reverse(x));
            }
        }
        heap.peek().unwrap().0
    }
}
