// expect: AC
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let big: Vec<u8> = Vec::with_capacity(8 << 30);
        std::hint::black_box(&big);
        nums.sort();
        nums[nums.len() - k as usize]
    }
}
