//! LeetCode 215, "Kth Largest Element in an Array".
//!
//! Given `nums` and `k`, return the element that would sit at position `k`
//! (1-based) if `nums` were sorted in descending order. Duplicates count
//! separately: in `[3, 3, 1]` the 2nd largest is `3`.
//!
//! Constraints: `1 <= k <= nums.len() <= 1e5`, values in `[-1e4, 1e4]`.

use crate::heap::MinHeap;

/// Keeps the `k` largest elements seen so far in a min-heap of size `k`.
///
/// Idea: scan the array once. The heap holds the current top `k`, and its
/// smallest member (the heap's top) is the weakest of them. A new element
/// only matters if it beats that weakest member, in which case it replaces
/// it. After the scan the top of the heap is the k-th largest.
///
/// Invariant: after reading `nums[..i]` (with `i >= k`) the heap holds
/// exactly the `k` largest elements of that prefix, as a multiset.
///
/// Time O(n log k), space O(k). (Quickselect reaches O(n) on average; the
/// heap version is the one that also works on a stream.)
///
/// # Panics
///
/// Panics if `k` is 0 or larger than `nums.len()`.
pub fn reference(nums: &[i32], k: usize) -> i32 {
    assert!((1..=nums.len()).contains(&k), "k must be in 1..=nums.len()");
    let mut top_k = MinHeap::from_vec(nums[..k].to_vec());
    for &x in &nums[k..] {
        if top_k.peek().is_some_and(|&weakest| x > weakest) {
            top_k.replace_top(x);
        }
    }
    *top_k.peek().expect("k >= 1")
}

/// Oracle: sort a copy in descending order and index it.
///
/// Time O(n log n), space O(n).
///
/// # Panics
///
/// Panics if `k` is 0 or larger than `nums.len()`.
pub fn naive(nums: &[i32], k: usize) -> i32 {
    assert!((1..=nums.len()).contains(&k), "k must be in 1..=nums.len()");
    let mut sorted = nums.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted[k - 1]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_shapes::int_vec_and_k;
    use proptest::prelude::*;

    #[test]
    fn leetcode_examples() {
        assert_eq!(reference(&[3, 2, 1, 5, 6, 4], 2), 5);
        assert_eq!(reference(&[3, 2, 3, 1, 2, 4, 5, 5, 6], 4), 4);
        assert_eq!(naive(&[3, 2, 1, 5, 6, 4], 2), 5);
        assert_eq!(naive(&[3, 2, 3, 1, 2, 4, 5, 5, 6], 4), 4);
    }

    #[test]
    fn single_element_and_duplicates() {
        assert_eq!(reference(&[-10_000], 1), -10_000);
        assert_eq!(reference(&[3, 3, 1], 2), 3);
        assert_eq!(reference(&[7, 7, 7, 7], 4), 7);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn reference_matches_naive((nums, k) in int_vec_and_k(-10_000, 10_000, 1..=300)) {
            prop_assert_eq!(reference(&nums, k), naive(&nums, k));
        }
    }
}
