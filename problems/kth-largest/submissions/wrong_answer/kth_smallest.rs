// Expected: Wrong Answer — keeps a max-heap of size k, so it returns the k-th
// SMALLEST value instead of the k-th largest (Example 1 gives 2 instead of 5).
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let k = k as usize;
        let mut heap = BinaryHeap::new();
        for num in nums {
            heap.push(num);
            if heap.len() > k {
                heap.pop();
            }
        }
        *heap.peek().unwrap()
    }
}
