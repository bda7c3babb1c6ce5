// expect: TLE
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let mut x: u64 = 0;
        loop {
            x = std::hint::black_box(x + 1);
        }
    }
}
