// Expected: AC — randomized quickselect with a three-way partition, using the
// `rand` crate that LeetCode's Rust judge provides. Equal values are grouped
// around the pivot, so all-equal inputs stay linear.
use rand::Rng;

impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let target = nums.len() - k as usize; // index in ascending order
        let (mut lo, mut hi) = (0usize, nums.len());
        let mut rng = rand::thread_rng();
        loop {
            let pivot = nums[rng.gen_range(lo..hi)];
            // [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
            let (mut lt, mut i, mut gt) = (lo, lo, hi);
            while i < gt {
                if nums[i] < pivot {
                    nums.swap(i, lt);
                    lt += 1;
                    i += 1;
                } else if nums[i] > pivot {
                    gt -= 1;
                    nums.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            if target < lt {
                hi = lt;
            } else if target >= gt {
                lo = gt;
            } else {
                return pivot;
            }
        }
    }
}
