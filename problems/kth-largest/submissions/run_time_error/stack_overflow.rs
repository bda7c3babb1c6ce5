// Expected: Runtime Error (stack overflow) — recursive quickselect that puts the
// values >= pivot on one side. When the pivot is the smallest value of the part
// (e.g. all values equal), that side is the whole part again, so the recursion
// never shrinks and never reaches its base case: infinite recursion, which
// overflows any stack size. Passes both examples.
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        Self::select(&nums, k as usize)
    }

    fn select(nums: &[i32], k: usize) -> i32 {
        if nums.len() == 1 {
            return nums[0];
        }
        let pivot = nums[nums.len() / 2];
        let high: Vec<i32> = nums.iter().copied().filter(|&x| x >= pivot).collect();
        let low: Vec<i32> = nums.iter().copied().filter(|&x| x < pivot).collect();
        if k <= high.len() {
            Self::select(&high, k)
        } else {
            Self::select(&low, k - high.len())
        }
    }
}
