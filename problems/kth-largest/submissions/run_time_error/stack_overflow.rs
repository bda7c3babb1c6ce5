// Expected: Runtime Error (stack overflow) — recursive quickselect that splits the
// values into ">= pivot" and "< pivot". When the pivot is the smallest value of
// the part (e.g. all values equal), the ">= pivot" side is the whole part again,
// so the recursion never shrinks and never reaches its base case: infinite
// (non-tail) recursion, which overflows any stack size. Passes both examples.
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        Self::select(nums, k as usize)
    }

    fn select(nums: Vec<i32>, k: usize) -> i32 {
        if nums.len() == 1 {
            return nums[0];
        }
        let pivot = nums[nums.len() / 2];
        let (high, low): (Vec<i32>, Vec<i32>) = nums.into_iter().partition(|&x| x >= pivot);
        if k <= high.len() {
            Self::select(high, k)
        } else {
            let skipped = high.len();
            Self::select(low, k - skipped)
        }
    }
}
