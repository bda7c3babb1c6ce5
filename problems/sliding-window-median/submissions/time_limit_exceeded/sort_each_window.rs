// Expected: TLE — copies and sorts every window (O(n k log k)), correct but far
// too slow when n = 10^5 and k = 5 * 10^4.
impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut out = Vec::with_capacity(nums.len() - k + 1);
        for start in 0..=nums.len() - k {
            let mut window = nums[start..start + k].to_vec();
            window.sort_unstable();
            let median = if k % 2 == 1 {
                window[k / 2] as f64
            } else {
                (window[k / 2 - 1] as f64 + window[k / 2] as f64) / 2.0
            };
            out.push(median);
        }
        out
    }
}
