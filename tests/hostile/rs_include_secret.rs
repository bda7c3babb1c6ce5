// expect: CE
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let secret = include_str!("@HOME@/secret.txt");
        secret.len() as i32 + k + nums[0]
    }
}
