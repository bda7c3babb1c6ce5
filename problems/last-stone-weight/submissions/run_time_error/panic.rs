// Expected: Runtime Error — assumes one stone always survives and panics
// explicitly when none is left, instead of returning 0. Passes both examples;
// panics on the hidden "two equal stones" case.
use std::collections::BinaryHeap;

impl Solution {
    pub fn last_stone_weight(stones: Vec<i32>) -> i32 {
        let mut heap = BinaryHeap::from(stones);
        while heap.len() > 1 {
            let y = heap.pop().unwrap();
            let x = heap.pop().unwrap();
            if y != x {
                heap.push(y - x);
            }
        }
        match heap.pop() {
            Some(stone) => stone,
            None => panic!("no stone left"),
        }
    }
}
