// Expected: Accepted — two heaps; prints a few debug lines per case (on creation
// and for the first three numbers only) to stdout and stderr.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    small: BinaryHeap<i32>,
    large: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        println!("MedianFinder created");
        eprintln!("debug: two empty heaps");
        MedianFinder { small: BinaryHeap::new(), large: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.small.push(num);
        let top = self.small.pop().unwrap();
        self.large.push(Reverse(top));
        if self.large.len() > self.small.len() {
            let Reverse(x) = self.large.pop().unwrap();
            self.small.push(x);
        }
        if self.small.len() + self.large.len() <= 3 {
            println!("added {}: small = {:?}, large = {:?}", num, self.small, self.large);
        }
    }

    fn find_median(&self) -> f64 {
        if self.small.len() > self.large.len() {
            *self.small.peek().unwrap() as f64
        } else {
            (*self.small.peek().unwrap() as f64 + self.large.peek().unwrap().0 as f64) / 2.0
        }
    }
}
