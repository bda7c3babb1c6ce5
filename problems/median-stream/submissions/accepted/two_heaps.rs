// Expected: Accepted — two heaps: each number goes to the half it belongs to
// (compared with the lower half's maximum), then the sizes are rebalanced so the
// lower half has the same number of elements or one more.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    lower: BinaryHeap<i32>,
    upper: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        Self { lower: BinaryHeap::new(), upper: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        match self.lower.peek() {
            Some(&max_low) if num > max_low => self.upper.push(Reverse(num)),
            _ => self.lower.push(num),
        }
        if self.lower.len() > self.upper.len() + 1 {
            let x = self.lower.pop().unwrap();
            self.upper.push(Reverse(x));
        } else if self.upper.len() > self.lower.len() {
            let Reverse(x) = self.upper.pop().unwrap();
            self.lower.push(x);
        }
    }

    fn find_median(&self) -> f64 {
        let total = self.lower.len() + self.upper.len();
        let max_low = *self.lower.peek().unwrap() as f64;
        if total % 2 == 1 {
            max_low
        } else {
            let min_high = self.upper.peek().map(|r| r.0).unwrap() as f64;
            (max_low + min_high) / 2.0
        }
    }
}
