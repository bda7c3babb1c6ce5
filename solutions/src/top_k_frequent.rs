//! LeetCode 347, "Top K Frequent Elements".
//!
//! Return the `k` values that occur most often in `nums`, in any order. The
//! input guarantees the answer is unique: the k-th and (k+1)-th highest
//! frequencies differ.
//!
//! Constraints: `1 <= nums.len() <= 1e5`, values in `[-1e4, 1e4]`, `k` between
//! 1 and the number of distinct values.

use crate::heap::MinHeap;
use std::collections::HashMap;

/// How many times each value occurs.
fn count(nums: &[i32]) -> HashMap<i32, usize> {
    let mut counts = HashMap::new();
    for &x in nums {
        *counts.entry(x).or_insert(0) += 1;
    }
    counts
}

/// Counts the values, then keeps the `k` most frequent in a min-heap of
/// `(count, value)` pairs of size `k`.
///
/// Idea: the same "size-k heap" as Kth Largest, keyed by frequency. The
/// heap's top is the least frequent of the current candidates; a value with
/// a higher count replaces it.
///
/// Invariant: after offering `d'` of the distinct values, the heap holds the
/// `min(k, d')` most frequent of them.
///
/// Time O(n + d log k) for `d` distinct values, space O(d).
///
/// An alternative is *bucket sort*: counts are at most `n`, so put each value
/// in bucket `count` (a `Vec<Vec<i32>>` of `n + 1` buckets) and read the
/// buckets from the highest down until `k` values are taken: O(n) time.
pub fn reference(nums: &[i32], k: usize) -> Vec<i32> {
    let mut top_k: MinHeap<(usize, i32)> = MinHeap::new();
    for (value, freq) in count(nums) {
        if top_k.len() < k {
            top_k.push((freq, value));
        } else if top_k.peek().is_some_and(|&(weakest, _)| freq > weakest) {
            top_k.replace_top((freq, value));
        }
    }
    top_k
        .into_sorted_vec()
        .into_iter()
        .map(|(_, v)| v)
        .collect()
}

/// Oracle: count, sort all distinct values by descending count, take `k`.
///
/// Time O(n + d log d), space O(d).
pub fn naive(nums: &[i32], k: usize) -> Vec<i32> {
    let mut by_count: Vec<(usize, i32)> = count(nums).into_iter().map(|(v, c)| (c, v)).collect();
    by_count.sort_unstable_by(|a, b| b.cmp(a));
    by_count.into_iter().take(k).map(|(_, v)| v).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sorted(mut v: Vec<i32>) -> Vec<i32> {
        v.sort_unstable();
        v
    }

    /// Distinct values with counts (small counts make many near-ties), laid
    /// out shuffled or grouped, paired with a `k` at which the answer is
    /// unique: `k = d`, or a cut between two different counts.
    fn input() -> impl Strategy<Value = (Vec<i32>, usize)> {
        let value = prop_oneof![Just(-10_000), Just(10_000), -10_000..=10_000i32];
        let count = prop_oneof![1..=3usize, 1..=30usize];
        prop::collection::btree_map(value, count, 1..=40).prop_flat_map(|counts| {
            let mut freqs: Vec<usize> = counts.values().copied().collect();
            freqs.sort_unstable_by(|a, b| b.cmp(a));
            let d = freqs.len();
            let unique_ks: Vec<usize> = (1..=d)
                .filter(|&k| k == d || freqs[k - 1] != freqs[k])
                .collect();
            let nums: Vec<i32> = counts
                .iter()
                .flat_map(|(&v, &c)| std::iter::repeat_n(v, c))
                .collect();
            let layout = prop_oneof![Just(nums.clone()), Just(nums).prop_shuffle()];
            (layout, prop::sample::select(unique_ks))
        })
    }

    #[test]
    fn leetcode_examples() {
        assert_eq!(sorted(reference(&[1, 1, 1, 2, 2, 3], 2)), vec![1, 2]);
        assert_eq!(reference(&[1], 1), vec![1]);
        assert_eq!(sorted(naive(&[1, 1, 1, 2, 2, 3], 2)), vec![1, 2]);
        assert_eq!(sorted(reference(&[4, 1, -1, 2, -1, 2, 3], 2)), vec![-1, 2]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn reference_matches_naive((nums, k) in input()) {
            let got = sorted(reference(&nums, k));
            prop_assert_eq!(got.len(), k);
            prop_assert_eq!(got, sorted(naive(&nums, k)));
        }
    }
}
