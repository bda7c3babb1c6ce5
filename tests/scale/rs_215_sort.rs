// scale: kth-largest same n=n_log_n|n k=1|log_k
// Sort everything, pick the k-th from the end: O(n log n), whatever k is.
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        nums.sort_unstable();
        nums[nums.len() - k as usize]
    }
}
