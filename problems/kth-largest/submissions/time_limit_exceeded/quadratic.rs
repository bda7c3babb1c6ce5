// Expected: TLE — k rounds of "find the maximum with a linear scan, then
// Vec::remove it": O(n * k), about 5 * 10^9 steps at n = 10^5, k = n / 2.
// Correct on every small case.
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut nums = nums;
        let mut answer = 0;
        for _ in 0..k {
            let mut best = 0;
            for i in 1..nums.len() {
                if nums[i] > nums[best] {
                    best = i;
                }
            }
            answer = nums.remove(best);
        }
        answer
    }
}
