// Expected: TLE — randomized quickselect (with LeetCode's `rand` crate) whose two-way
// partition puts every value equal to the pivot on one side: quadratic when all values are equal.
use rand::Rng;
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let target = nums.len() - k as usize;
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        let mut rng = rand::thread_rng();
        loop {
            let p = rng.gen_range(lo..=hi);
            nums.swap(p, hi);
            let pivot = nums[hi];
            let mut store = lo;
            for i in lo..hi { if nums[i] < pivot { nums.swap(i, store); store += 1; } }
            nums.swap(store, hi);
            if store == target { return nums[store]; }
            if store < target { lo = store + 1; } else { hi = store - 1; }
        }
    }
}
