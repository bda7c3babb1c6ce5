// scale: median-stream same n=n_log_n|n
// Max-heap of the lower half, min-heap of the upper half: O(log n) per add.
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
        if self.low.peek().is_none_or(|&top| num <= top) {
            self.low.push(num);
        } else {
            self.high.push(Reverse(num));
        }
        if self.low.len() > self.high.len() + 1 {
            self.high.push(Reverse(self.low.pop().unwrap()));
        } else if self.high.len() > self.low.len() {
            self.low.push(self.high.pop().unwrap().0);
        }
    }

    fn find_median(&self) -> f64 {
        if self.low.len() > self.high.len() {
            *self.low.peek().unwrap() as f64
        } else {
            (*self.low.peek().unwrap() as f64 + self.high.peek().unwrap().0 as f64) / 2.0
        }
    }
}
