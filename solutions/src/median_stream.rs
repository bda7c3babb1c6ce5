//! LeetCode 295, "Find Median from Data Stream".
//!
//! A class with `addNum(num)` and `findMedian()`: numbers arrive one at a
//! time, and at any point the median of everything so far can be asked for.
//! The median of an even count is the mean of the two middle values.
//!
//! Constraints: values in `[-1e5, 1e5]`, at least one number before any
//! `findMedian`, up to `5e4` calls.

use crate::median_heaps::MedianHeaps;

/// The two-heap solution.
///
/// Idea: keep the lower half of the numbers in a max-heap and the upper half
/// in a min-heap, sized so the lower half has the same count or one more.
/// The median is then the lower top, or the mean of both tops. The heap work
/// lives in [`MedianHeaps`]; this type only gives it LeetCode's method names.
///
/// Invariants: see [`MedianHeaps`] (split and balance).
///
/// Time O(log n) per `add_num`, O(1) per `find_median`; space O(n).
#[derive(Clone, Debug, Default)]
pub struct MedianFinder {
    heaps: MedianHeaps,
}

impl MedianFinder {
    /// An empty stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one number to the stream.
    pub fn add_num(&mut self, num: i32) {
        self.heaps.insert(num);
    }

    /// The median of all numbers added so far.
    ///
    /// # Panics
    ///
    /// Panics if no number has been added.
    pub fn find_median(&self) -> f64 {
        self.heaps.median()
    }
}

/// Oracle: keeps every number in a `Vec` and sorts a copy on each query.
///
/// Time O(1) per `add_num`, O(n log n) per `find_median`; space O(n).
#[derive(Clone, Debug, Default)]
pub struct NaiveMedianFinder {
    nums: Vec<i32>,
}

impl NaiveMedianFinder {
    /// An empty stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one number to the stream.
    pub fn add_num(&mut self, num: i32) {
        self.nums.push(num);
    }

    /// The median of all numbers added so far.
    ///
    /// # Panics
    ///
    /// Panics if no number has been added.
    pub fn find_median(&self) -> f64 {
        assert!(!self.nums.is_empty(), "median of an empty stream");
        let mut sorted = self.nums.clone();
        sorted.sort_unstable();
        let mid = sorted.len() / 2;
        if sorted.len() % 2 == 1 {
            f64::from(sorted[mid])
        } else {
            (f64::from(sorted[mid - 1]) + f64::from(sorted[mid])) / 2.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_shapes::int_vec;
    use proptest::prelude::*;

    #[test]
    fn leetcode_example() {
        let mut finder = MedianFinder::new();
        finder.add_num(1);
        finder.add_num(2);
        assert_eq!(finder.find_median(), 1.5);
        finder.add_num(3);
        assert_eq!(finder.find_median(), 2.0);
    }

    #[test]
    fn negatives_and_bounds() {
        let mut finder = MedianFinder::new();
        for x in [-100_000, 100_000, -1] {
            finder.add_num(x);
        }
        assert_eq!(finder.find_median(), -1.0);
        finder.add_num(-2);
        assert_eq!(finder.find_median(), -1.5);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Long streams; after each add, a coin decides whether to query.
        #[test]
        fn reference_matches_naive(
            nums in int_vec(-100_000, 100_000, 1..=400),
            queries in prop::collection::vec(any::<bool>(), 400),
        ) {
            let mut fast = MedianFinder::new();
            let mut slow = NaiveMedianFinder::new();
            for (i, &x) in nums.iter().enumerate() {
                fast.add_num(x);
                slow.add_num(x);
                if queries[i] || i + 1 == nums.len() {
                    let (got, want) = (fast.find_median(), slow.find_median());
                    prop_assert!((got - want).abs() <= 1e-5, "after {} adds: {} vs {}", i + 1, got, want);
                }
            }
        }
    }
}
