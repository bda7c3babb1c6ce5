// Expected: MLE — a "counting" table with one slot per possible *pair* of
// values: correct on small inputs, but it asks for ~1.6 GB on large ones.
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        if nums.len() <= 1000 {
            let mut sorted = nums;
            sorted.sort_unstable_by(|a, b| b.cmp(a));
            return sorted[k as usize - 1];
        }
        // Grow a table of 8-byte counters, touching every page, until it is huge.
        let mut table: Vec<Vec<u64>> = Vec::new();
        for chunk in 0..200 {
            table.push(vec![chunk as u64 + 1; 1 << 20]);
        }
        let mut sorted = nums;
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        sorted[k as usize - 1] + (table.len() as i32 - 200)
    }
}
