//! LeetCode 973, "K Closest Points to Origin".
//!
//! Return the `k` points nearest to `(0, 0)` by Euclidean distance, in any
//! order. The input guarantees the answer is unique: the k-th and (k+1)-th
//! smallest distances differ.
//!
//! Constraints: `1 <= k <= points.len() <= 1e4`, coordinates in
//! `[-1e4, 1e4]`.

use crate::heap::MaxHeap;

/// Squared distance to the origin, in `i64`. Comparing squares avoids
/// `sqrt` and its rounding; `i64` keeps `x*x + y*y` exact whatever the
/// coordinates' size.
fn squared_distance([x, y]: [i32; 2]) -> i64 {
    let (x, y) = (i64::from(x), i64::from(y));
    x * x + y * y
}

/// A max-heap of size `k` keyed by squared distance.
///
/// Idea: the mirror image of Kth Largest. To keep the `k` *smallest*
/// distances, hold them in a max-heap: its top is the farthest of the
/// current candidates, and a nearer point replaces it.
///
/// Invariant: after reading `points[..i]` (with `i >= k`) the heap holds
/// `k` points of that prefix, none farther than any point left out.
///
/// Time O(n log k), space O(k).
///
/// # Panics
///
/// Panics if `k` is 0 or larger than `points.len()`.
pub fn reference(points: &[[i32; 2]], k: usize) -> Vec<[i32; 2]> {
    assert!(
        (1..=points.len()).contains(&k),
        "k must be in 1..=points.len()"
    );
    let mut nearest: MaxHeap<(i64, [i32; 2])> = points[..k]
        .iter()
        .map(|&p| (squared_distance(p), p))
        .collect();
    for &p in &points[k..] {
        let d = squared_distance(p);
        if nearest.peek().is_some_and(|&(farthest, _)| d < farthest) {
            nearest.replace_top((d, p));
        }
    }
    nearest
        .into_sorted_vec()
        .into_iter()
        .map(|(_, p)| p)
        .collect()
}

/// Oracle: sort all points by squared distance and take the first `k`.
///
/// Time O(n log n), space O(n).
///
/// # Panics
///
/// Panics if `k` is 0 or larger than `points.len()`.
pub fn naive(points: &[[i32; 2]], k: usize) -> Vec<[i32; 2]> {
    assert!(
        (1..=points.len()).contains(&k),
        "k must be in 1..=points.len()"
    );
    let mut sorted = points.to_vec();
    sorted.sort_by_key(|&p| squared_distance(p));
    sorted.truncate(k);
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sorted(mut points: Vec<[i32; 2]>) -> Vec<[i32; 2]> {
        points.sort_unstable();
        points
    }

    /// Points from a tiny grid (many equal distances), at the bounds, or
    /// anywhere, paired with a `k` that leaves the answer unique: `k = n`, or
    /// a cut between two different distances.
    fn input() -> impl Strategy<Value = (Vec<[i32; 2]>, usize)> {
        let coord = prop_oneof![
            -3..=3i32,
            prop_oneof![Just(-10_000), Just(10_000), Just(9_999)],
            -10_000..=10_000i32,
        ];
        let point = [coord.clone(), coord];
        prop::collection::vec(point, 1..=150).prop_flat_map(|points| {
            let mut dists: Vec<i64> = points.iter().map(|&p| squared_distance(p)).collect();
            dists.sort_unstable();
            let n = dists.len();
            let unique_ks: Vec<usize> = (1..=n)
                .filter(|&k| k == n || dists[k - 1] != dists[k])
                .collect();
            (Just(points), prop::sample::select(unique_ks))
        })
    }

    #[test]
    fn leetcode_examples() {
        assert_eq!(reference(&[[1, 3], [-2, 2]], 1), vec![[-2, 2]]);
        assert_eq!(
            sorted(reference(&[[3, 3], [5, -1], [-2, 4]], 2)),
            vec![[-2, 4], [3, 3]]
        );
        assert_eq!(naive(&[[1, 3], [-2, 2]], 1), vec![[-2, 2]]);
    }

    #[test]
    fn far_corners_do_not_overflow() {
        let points = [[10_000, -10_000], [-10_000, 9_999], [0, 0]];
        assert_eq!(
            sorted(reference(&points, 2)),
            vec![[-10_000, 9_999], [0, 0]]
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn reference_matches_naive((points, k) in input()) {
            let got = sorted(reference(&points, k));
            prop_assert_eq!(got.len(), k);
            prop_assert_eq!(got, sorted(naive(&points, k)));
        }
    }
}
