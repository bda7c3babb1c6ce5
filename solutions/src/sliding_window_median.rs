//! LeetCode 480, "Sliding Window Median".
//!
//! For every window of `k` consecutive elements of `nums`, from left to
//! right, report the window's median (the mean of the two middle values when
//! `k` is even). There are `nums.len() - k + 1` windows.
//!
//! Constraints: `1 <= k <= nums.len() <= 1e5`, values span the full `i32`
//! range, so the mean of two values must be taken in `f64`: in `i32`,
//! `i32::MAX + i32::MAX` overflows.

use crate::median_heaps::MedianHeaps;

/// Two heaps with lazy deletion, slid along the array.
///
/// Idea: keep the window in a [`MedianHeaps`] (lower half in a max-heap,
/// upper half in a min-heap). Sliding by one inserts the entering value and
/// removes the leaving one; the removal is lazy (the leaving value is only
/// marked, and discarded when it reaches a heap's top), so no heap search is
/// needed.
///
/// Invariant: before recording window `i`, the structure holds exactly
/// `nums[i..i + k]` as live values, split and balanced around the median.
///
/// Time O(n log n) amortised (each heap can hold up to `n` stale copies in the
/// worst case), space O(n).
///
/// # Panics
///
/// Panics if `k` is 0 or larger than `nums.len()`.
pub fn reference(nums: &[i32], k: usize) -> Vec<f64> {
    assert!((1..=nums.len()).contains(&k), "k must be in 1..=nums.len()");
    let mut window = MedianHeaps::new();
    for &x in &nums[..k] {
        window.insert(x);
    }
    let mut medians = Vec::with_capacity(nums.len() - k + 1);
    medians.push(window.median());
    for (&entering, &leaving) in nums[k..].iter().zip(nums) {
        window.insert(entering);
        window.remove(leaving);
        medians.push(window.median());
    }
    medians
}

/// Oracle: sort a copy of each window.
///
/// Time O(n k log k), space O(k) besides the output.
///
/// # Panics
///
/// Panics if `k` is 0 or larger than `nums.len()`.
pub fn naive(nums: &[i32], k: usize) -> Vec<f64> {
    assert!((1..=nums.len()).contains(&k), "k must be in 1..=nums.len()");
    nums.windows(k)
        .map(|window| {
            let mut sorted = window.to_vec();
            sorted.sort_unstable();
            if k % 2 == 1 {
                f64::from(sorted[k / 2])
            } else {
                (f64::from(sorted[k / 2 - 1]) + f64::from(sorted[k / 2])) / 2.0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_shapes::{close, int_vec_and_k};
    use proptest::prelude::*;

    #[test]
    fn leetcode_examples() {
        let nums = [1, 3, -1, -3, 5, 3, 6, 7];
        let want = [1.0, -1.0, -1.0, 3.0, 5.0, 6.0];
        assert!(close(&reference(&nums, 3), &want));
        assert!(close(&naive(&nums, 3), &want));

        let nums = [1, 2, 3, 4, 2, 3, 1, 4, 2];
        let want = [2.0, 3.0, 3.0, 3.0, 2.0, 3.0, 2.0];
        assert!(close(&reference(&nums, 3), &want));
    }

    #[test]
    fn even_windows_at_the_i32_bounds() {
        let nums = [i32::MAX, i32::MAX, i32::MIN, i32::MIN];
        let want = [f64::from(i32::MAX), -0.5, f64::from(i32::MIN)];
        assert_eq!(reference(&nums, 2), want);
        assert_eq!(naive(&nums, 2), want);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn reference_matches_naive((nums, k) in int_vec_and_k(i32::MIN, i32::MAX, 1..=200)) {
            let got = reference(&nums, k);
            let want = naive(&nums, k);
            prop_assert!(close(&got, &want), "k = {}: {:?} vs {:?}", k, got, want);
        }

        #[test]
        fn small_values_with_many_ties((nums, k) in int_vec_and_k(-3, 3, 1..=200)) {
            prop_assert!(close(&reference(&nums, k), &naive(&nums, k)));
        }
    }
}
