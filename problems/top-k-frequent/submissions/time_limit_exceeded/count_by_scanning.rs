// Expected: TLE — counts each element's frequency by scanning the whole array
// again for every position (O(n^2) = 10^10 steps at n = 10^5), then keeps the
// distinct values with the highest counts. Correct, far too slow.
impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut pairs: Vec<(usize, i32)> = Vec::with_capacity(nums.len());
        for &x in &nums {
            let count = nums.iter().filter(|&&y| y == x).count();
            pairs.push((count, x));
        }
        pairs.sort_unstable_by(|a, b| b.cmp(a));
        pairs.dedup();
        pairs.iter().take(k as usize).map(|&(_, x)| x).collect()
    }
}
