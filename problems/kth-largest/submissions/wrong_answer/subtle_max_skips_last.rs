// Expected: WA, caught only by random testing — the k == 1 shortcut scans for the maximum with `1..n - 1` and never looks at the last element.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let n = nums.len();
        let k = k as usize;
        if k == 1 {
            // Fast path: the largest element, one pass.
            let mut best = nums[0];
            for i in 1..n - 1 {
                if nums[i] > best {
                    best = nums[i];
                }
            }
            return best;
        }
        // Min-heap of the k largest seen so far.
        let mut heap = BinaryHeap::with_capacity(k + 1);
        for &x in &nums {
            heap.push(Reverse(x));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.peek().unwrap().0
    }
}
