// Expected: TLE — pops n - k values from a min-heap with a "do-while" style loop:
// the pop and the counter run before the exit test, so when k == nums.len()
// (n - k == 0) the counter never equals 0 and the loop never ends.
// Passes both examples; loops forever on the hidden case with a single element.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let n = nums.len();
        let to_remove = n - k as usize;
        let mut heap: BinaryHeap<Reverse<i32>> = nums.into_iter().map(Reverse).collect();
        let mut removed = 0;
        let mut smallest_left = 0;
        loop {
            heap.pop();
            removed += 1;
            if let Some(&Reverse(top)) = heap.peek() {
                smallest_left = top;
            }
            if removed == to_remove {
                break;
            }
        }
        smallest_left
    }
}
