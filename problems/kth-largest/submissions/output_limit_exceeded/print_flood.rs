// Expected: Output Limit Exceeded — a debugging loop that forgets to advance its
// counter, so it prints "popped ..." forever once k >= 2 (Example 1 already).
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut heap = BinaryHeap::from(nums);
        let mut popped = 1;
        while popped < k {
            let top = heap.pop();
            println!("popped {:?}, {} left", top, heap.len());
        }
        *heap.peek().unwrap()
    }
}
