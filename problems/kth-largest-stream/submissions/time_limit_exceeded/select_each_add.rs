// Expected: Time Limit Exceeded — keeps the numbers in arrival order and, on
// every add, copies them and moves the largest remaining value to the front k
// times: O(k·m) per call for a stream of m numbers, about 10^11 steps on a
// large case (k in the thousands, 10^4 adds to a stream of 10^4). Correct on
// every small case. (It replaces a copy-and-sort on every add, which took
// 1.0–1.3 s of CPU on a large case: too close to the 1 s limit to be sure
// of a TLE on every machine.)
struct KthLargest {
    k: usize,
    nums: Vec<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        KthLargest {
            k: k as usize,
            nums,
        }
    }

    fn add(&mut self, val: i32) -> i32 {
        self.nums.push(val);
        let mut v = self.nums.clone();
        for r in 0..self.k {
            let mut best = r;
            for i in r + 1..v.len() {
                if v[i] > v[best] {
                    best = i;
                }
            }
            v.swap(r, best);
        }
        v[self.k - 1]
    }
}
