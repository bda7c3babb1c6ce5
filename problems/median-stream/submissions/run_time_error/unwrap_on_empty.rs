// Expected: Runtime Error — findMedian reads both heap tops up front with
// .peek().unwrap(); with a single number the upper heap is still empty, so the
// unwrap panics ("called `Option::unwrap()` on a `None` value"). Passes the
// example (its first findMedian comes after two numbers); panics on the hidden
// single-add case.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    low: BinaryHeap<i32>,
    high: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { low: BinaryHeap::new(), high: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.low.push(num);
        let top = self.low.pop().unwrap();
        self.high.push(Reverse(top));
        if self.high.len() > self.low.len() {
            let Reverse(x) = self.high.pop().unwrap();
            self.low.push(x);
        }
    }

    fn find_median(&self) -> f64 {
        let a = *self.low.peek().unwrap() as f64;
        let b = self.high.peek().unwrap().0 as f64;
        if self.low.len() > self.high.len() {
            a
        } else {
            (a + b) / 2.0
        }
    }
}
