// expect: WA
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        for p in ["@PROBLEMS@/kth-largest/CANARY.txt", "@HOME@/secret.txt", "/etc/passwd"] {
            println!("{p}: {:?}", std::fs::read_to_string(p));
        }
        -1
    }
}
