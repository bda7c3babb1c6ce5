// Expected: Runtime Error — counting sort over the value range, but the bucket
// array has 20000 slots instead of 20001 (-10^4..=10^4), so the value 10000
// indexes out of bounds. Passes both examples; panics on the hidden
// "constraint-bounds" case.
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut count = vec![0; 20000];
        for &num in &nums {
            count[(num + 10000) as usize] += 1;
        }
        let mut remaining = k;
        for i in (0..count.len()).rev() {
            remaining -= count[i];
            if remaining <= 0 {
                return i as i32 - 10000;
            }
        }
        unreachable!()
    }
}
