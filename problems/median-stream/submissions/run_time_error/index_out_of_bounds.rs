// Expected: Runtime Error — sorted Vec with a hand-written linear search for the
// insertion point that forgets the `i < len` bound: a number larger than every
// stored one walks past the end ("index out of bounds"). The example's second
// addNum already triggers it.
struct MedianFinder {
    sorted: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { sorted: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        if self.sorted.is_empty() {
            self.sorted.push(num);
            return;
        }
        let mut i = 0;
        while self.sorted[i] < num {
            i += 1;
        }
        self.sorted.insert(i, num);
    }

    fn find_median(&self) -> f64 {
        let n = self.sorted.len();
        if n % 2 == 1 {
            self.sorted[n / 2] as f64
        } else {
            (self.sorted[n / 2 - 1] as f64 + self.sorted[n / 2] as f64) / 2.0
        }
    }
}
