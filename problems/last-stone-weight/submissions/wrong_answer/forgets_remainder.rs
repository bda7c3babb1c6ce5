// Expected: Wrong Answer — smashes the two heaviest stones but never puts the
// leftover stone (y - x) back into the heap (Example 1 gives 0 instead of 1).
use std::collections::BinaryHeap;

impl Solution {
    pub fn last_stone_weight(stones: Vec<i32>) -> i32 {
        let mut heap = BinaryHeap::from(stones);
        while heap.len() > 1 {
            heap.pop();
            heap.pop();
        }
        heap.pop().unwrap_or(0)
    }
}
