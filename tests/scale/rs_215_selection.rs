// scale: kth-largest worse n=n|n_log_n k=k
// k passes, each finding and removing the largest left: O(n·k).
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let mut last = 0;
        for _ in 0..k {
            let mut best = 0;
            for i in 1..nums.len() {
                if nums[i] > nums[best] {
                    best = i;
                }
            }
            last = nums.swap_remove(best);
        }
        last
    }
}
