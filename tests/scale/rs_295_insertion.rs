// scale: median-stream worse n=n^2
// A sorted Vec kept by scanning for the place and inserting: O(n) per add.
struct MedianFinder {
    sorted: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { sorted: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        let mut at = 0;
        while at < self.sorted.len() && self.sorted[at] < num {
            at += 1;
        }
        self.sorted.insert(at, num);
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
