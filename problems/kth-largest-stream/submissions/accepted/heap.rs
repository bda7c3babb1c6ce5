// Expected: Accepted — min-heap (BinaryHeap of Reverse) capped at k values:
// push every number, pop whenever the heap holds more than k, answer with the
// top. O(log k) per add.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i32>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl KthLargest {

    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut s = KthLargest { k: k as usize, heap: BinaryHeap::with_capacity(k as usize + 1) };
        for x in nums {
            s.push(x);
        }
        s
    }

    fn push(&mut self, x: i32) {
        self.heap.push(Reverse(x));
        if self.heap.len() > self.k {
            self.heap.pop();
        }
    }

    fn add(&mut self, val: i32) -> i32 {
        self.push(val);
        self.heap.peek().unwrap().0
    }
}

/**
 * Your KthLargest object will be instantiated and called as such:
 * let obj = KthLargest::new(k, nums);
 * let ret_1: i32 = obj.add(val);
 */
