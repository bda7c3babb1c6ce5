// scale: sliding-window-median worse n=n k=k|k_log_k
// Copy and sort every window: O(n·k log k).
impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut out = Vec::with_capacity(nums.len() + 1 - k);
        for start in 0..=nums.len() - k {
            let mut w = nums[start..start + k].to_vec();
            w.sort_unstable();
            out.push(if k % 2 == 1 {
                w[k / 2] as f64
            } else {
                (w[k / 2 - 1] as f64 + w[k / 2] as f64) / 2.0
            });
        }
        out
    }
}
