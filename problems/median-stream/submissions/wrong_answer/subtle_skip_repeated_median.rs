// Expected: WA, caught only by random testing — "a run of equal numbers sitting
// at the median cannot move it, so skip the repeats": true at that moment, but
// the skipped copies are missing from every later median.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    low: BinaryHeap<i32>,
    high: BinaryHeap<Reverse<i32>>,
    last: Option<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { low: BinaryHeap::new(), high: BinaryHeap::new(), last: None }
    }

    fn add_num(&mut self, num: i32) {
        let repeat = self.last == Some(num);
        self.last = Some(num);
        if repeat && self.low.len() + self.high.len() >= 3 && num as f64 == self.find_median() {
            return;
        }
        self.low.push(num);
        let top = self.low.pop().unwrap();
        self.high.push(Reverse(top));
        if self.high.len() > self.low.len() {
            let Reverse(x) = self.high.pop().unwrap();
            self.low.push(x);
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
