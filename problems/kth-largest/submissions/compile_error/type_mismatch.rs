// Expected: Compile Error — counting sort over the value range that returns the
// bucket index (a usize) shifted back by 10000, without converting to i32:
// "mismatched types: expected `i32`, found `usize`".
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut count = vec![0; 20001];
        for &num in &nums {
            count[(num + 10000) as usize] += 1;
        }
        let mut remaining = k;
        for i in (0..count.len()).rev() {
            remaining -= count[i];
            if remaining <= 0 {
                return i - 10000;
            }
        }
        unreachable!()
    }
}
