// Expected: Wrong Answer — counts the frequencies but then pushes the VALUES into
// the heap, so it returns the k largest distinct values instead of the k most
// frequent ones (Example 1 gives [3,2] instead of [1,2]).
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, i32> = HashMap::new();
        for num in nums {
            *count.entry(num).or_insert(0) += 1;
        }
        let mut heap: BinaryHeap<i32> = count.keys().copied().collect();
        let mut result = Vec::new();
        for _ in 0..k {
            result.push(heap.pop().unwrap());
        }
        result
    }
}
