// Expected: Time Limit Exceeded — keeps the numbers in arrival order and, on
// every add, copies the whole stream into a new Vec and sorts it from largest
// to smallest: O(m log m) per call for a stream of m numbers, 10^4 sorts of
// 10^4..2*10^4 unsorted values on a large case. Correct on every small case.
struct KthLargest {
    k: usize,
    nums: Vec<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        KthLargest { k: k as usize, nums }
    }

    fn add(&mut self, val: i32) -> i32 {
        self.nums.push(val);
        let mut ordered: Vec<i32> = self.nums.iter().copied().collect();
        ordered.sort_by(|a, b| b.cmp(a));
        ordered[self.k - 1]
    }
}
