// Expected: WA, caught only by random testing — min and max are found in one pass with `if x < min {..} else if x > max {..}` from (i32::MAX, i32::MIN), so a first element that is the strict maximum never updates max.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        if nums.len() == 1 {
            return nums[0];
        }
        let k = k as usize;
        // Cheap answers for the two ends.
        let (mut min, mut max) = (i32::MAX, i32::MIN);
        for &x in &nums {
            if x < min {
                min = x;
            } else if x > max {
                max = x;
            }
        }
        if k == 1 {
            return max;
        }
        if k == nums.len() {
            return min;
        }
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
