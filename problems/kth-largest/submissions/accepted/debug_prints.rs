// Expected: Accepted — max-heap built in O(n), then k - 1 pops; prints a few
// debug lines to stdout and stderr (a handful per case), which must not affect the verdict.
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        println!("n = {}, k = {}", nums.len(), k);
        let mut heap = BinaryHeap::from(nums);
        eprintln!("largest value: {:?}", heap.peek());
        for _ in 1..k {
            heap.pop();
        }
        let answer = *heap.peek().unwrap();
        println!("answer = {}", answer);
        eprintln!("{} values left in the heap", heap.len());
        answer
    }
}
