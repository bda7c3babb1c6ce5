// expect: MLE
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let mut hog: Vec<Vec<u8>> = Vec::new();
        loop {
            hog.push(vec![1u8; 1 << 24]);
        }
    }
}
