// expect: RE
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        std::process::Command::new("sleep").arg("1000").spawn().unwrap();
        nums.sort();
        nums[nums.len() - k as usize]
    }
}
