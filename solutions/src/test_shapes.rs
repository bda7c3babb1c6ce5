//! Input shapes shared by the property tests (compiled for tests only).
//!
//! Uniformly random arrays rarely hit the cases where heap code goes wrong:
//! many duplicates, all-equal arrays, already sorted input, values at the
//! constraint bounds, `k` at either end of its range. These strategies mix
//! those shapes in on purpose, each with a fair share of the cases.

use proptest::prelude::*;
use std::ops::RangeInclusive;

/// Arrays of values in `lo..=hi` with a length in `len`, drawn from a mix of
/// shapes: uniform, bound-heavy, few distinct values, all equal, sorted
/// ascending and sorted descending.
pub fn int_vec(lo: i32, hi: i32, len: RangeInclusive<usize>) -> BoxedStrategy<Vec<i32>> {
    let uniform = prop::collection::vec(lo..=hi, len.clone());
    let bound_heavy = prop::collection::vec(prop_oneof![Just(lo), Just(hi), lo..=hi], len.clone());
    let few_distinct_len = len.clone();
    let few_distinct = prop::collection::vec(lo..=hi, 1..=3).prop_flat_map(move |pool| {
        prop::collection::vec(prop::sample::select(pool), few_distinct_len.clone())
    });
    let all_equal = (lo..=hi, len.clone()).prop_map(|(x, n)| vec![x; n]);
    let ascending = uniform.clone().prop_map(|mut v| {
        v.sort_unstable();
        v
    });
    let descending = uniform.clone().prop_map(|mut v| {
        v.sort_unstable_by(|a, b| b.cmp(a));
        v
    });
    prop_oneof![
        uniform,
        bound_heavy,
        few_distinct,
        all_equal,
        ascending,
        descending
    ]
    .boxed()
}

/// A `k` in `1..=n` that is `1` or `n` about a third of the time each.
///
/// # Panics
///
/// Panics if `n == 0`, as no valid `k` exists then.
pub fn k_for(n: usize) -> BoxedStrategy<usize> {
    assert!(n > 0, "k_for needs a non-empty input");
    prop_oneof![Just(1), Just(n), 1..=n].boxed()
}

/// An array from [`int_vec`] (whose `len` must not include 0) paired with
/// a `k` from [`k_for`].
pub fn int_vec_and_k(
    lo: i32,
    hi: i32,
    len: RangeInclusive<usize>,
) -> BoxedStrategy<(Vec<i32>, usize)> {
    int_vec(lo, hi, len)
        .prop_flat_map(|v| {
            let n = v.len();
            (Just(v), k_for(n))
        })
        .boxed()
}

/// Float comparison used by the median problems: equal within `1e-5`.
pub fn close(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() <= 1e-5)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    #[test]
    fn shapes_respect_their_bounds() {
        let mut runner = TestRunner::deterministic();
        let strategy = int_vec_and_k(-3, 7, 1..=20);
        for _ in 0..500 {
            let (v, k) = strategy.new_tree(&mut runner).unwrap().current();
            assert!((1..=20).contains(&v.len()));
            assert!(v.iter().all(|x| (-3..=7).contains(x)));
            assert!((1..=v.len()).contains(&k));
        }
    }

    #[test]
    fn close_compares_lengths_and_values() {
        assert!(close(&[1.0, 2.5], &[1.0, 2.500_000_1]));
        assert!(!close(&[1.0], &[1.0, 2.0]));
        assert!(!close(&[1.0], &[1.1]));
    }
}
