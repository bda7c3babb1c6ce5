// Expected: WA, caught only by random testing — a fast path "if the sum of all
// numbers equals count × the lower middle, every number is that value, so it is
// the median". Equal numbers do give that sum, but so can others: [-3, 1, 2, 4]
// sums to 4 = 4 × 1 (the lower middle), so this returns 1 instead of 1.5. It
// takes an even count of small numbers whose mean hits the lower middle exactly,
// which the fixed cases never do.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    low: BinaryHeap<i32>,
    high: BinaryHeap<Reverse<i32>>,
    sum: i64,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder {
            low: BinaryHeap::new(),
            high: BinaryHeap::new(),
            sum: 0,
        }
    }

    fn add_num(&mut self, num: i32) {
        self.sum += num as i64;
        if self.low.peek().map_or(true, |&top| num <= top) {
            self.low.push(num);
        } else {
            self.high.push(Reverse(num));
        }
        if self.low.len() > self.high.len() + 1 {
            let x = self.low.pop().unwrap();
            self.high.push(Reverse(x));
        } else if self.high.len() > self.low.len() {
            let Reverse(x) = self.high.pop().unwrap();
            self.low.push(x);
        }
    }

    fn find_median(&self) -> f64 {
        let mid = *self.low.peek().unwrap();
        let count = (self.low.len() + self.high.len()) as i64;
        // "All equal" fast path (wrong: the mean can equal the middle by chance).
        if self.sum == count * mid as i64 || self.low.len() > self.high.len() {
            mid as f64
        } else {
            (mid as f64 + self.high.peek().unwrap().0 as f64) / 2.0
        }
    }
}
