// Expected: TLE — copy-paste slip in the rebalancing: when the lower half grows
// bigger, its top is popped and pushed back into the SAME heap, so the loop
// condition never changes. Passes the example (it only ever grows the upper
// half); loops forever as soon as a number below the upper half's minimum
// arrives while the halves are equal (hidden cases 04, 05, ...).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    lo: BinaryHeap<i32>,
    hi: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { lo: BinaryHeap::new(), hi: BinaryHeap::new() }
    }

    // Invariant: hi holds the same number of elements as lo, or one more.
    fn add_num(&mut self, num: i32) {
        if self.hi.is_empty() || num >= self.hi.peek().unwrap().0 {
            self.hi.push(Reverse(num));
        } else {
            self.lo.push(num);
        }
        while self.hi.len() > self.lo.len() + 1 {
            let Reverse(x) = self.hi.pop().unwrap();
            self.lo.push(x);
        }
        while self.lo.len() > self.hi.len() {
            let x = self.lo.pop().unwrap();
            self.lo.push(x);
        }
    }

    fn find_median(&self) -> f64 {
        if self.hi.len() > self.lo.len() {
            self.hi.peek().unwrap().0 as f64
        } else {
            (*self.lo.peek().unwrap() as f64 + self.hi.peek().unwrap().0 as f64) / 2.0
        }
    }
}
