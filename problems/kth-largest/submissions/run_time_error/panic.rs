// Expected: Runtime Error — an off-by-one input check: k == nums.len() is legal,
// but this code panics on it (the hidden single-element case has n = k = 1).
// Passes both examples.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let k = k as usize;
        if k >= nums.len() {
            panic!("k = {} is out of range for {} numbers", k, nums.len());
        }
        let mut heap = BinaryHeap::new();
        for num in nums {
            heap.push(Reverse(num));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.peek().unwrap().0
    }
}
