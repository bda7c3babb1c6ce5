// Expected: TLE — stores the numbers unsorted and, since findMedian only gets
// &self, clones and sorts the whole Vec on every findMedian: O(n log n) per call,
// ~25000 sorts of up to 25000 values on the large random case. Correct on every
// small case.
struct MedianFinder {
    nums: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { nums: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.nums.push(num);
    }

    fn find_median(&self) -> f64 {
        let mut sorted = self.nums.clone();
        sorted.sort();
        let n = sorted.len();
        if n % 2 == 1 {
            sorted[n / 2] as f64
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0
        }
    }
}
