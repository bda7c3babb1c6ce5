// Expected: WA, caught only by random testing — shortcut "an even number of stones with an even total weight always cancels out" returns 0, but only the parity of the answer is fixed, not its value.
use std::collections::BinaryHeap;

impl Solution {
    pub fn last_stone_weight(stones: Vec<i32>) -> i32 {
        let total: i32 = stones.iter().sum();
        // The last stone keeps the parity of the total weight.
        if stones.len() % 2 == 0 && total % 2 == 0 {
            return 0;
        }
        let mut heap: BinaryHeap<i32> = stones.into_iter().collect();
        while heap.len() > 1 {
            let y = heap.pop().unwrap();
            let x = heap.pop().unwrap();
            if y > x {
                heap.push(y - x);
            }
        }
        heap.pop().unwrap_or(0)
    }
}
