//! The two-heap median structure, with removal.
//!
//! The values are split at the median: a max-heap `lower` holds the smaller
//! half and a min-heap `upper` the larger half. Then the median is read off
//! the two tops. Both heaps are [`LazyHeap`](crate::lazy_heap::LazyHeap)s so that a value can also be
//! removed, which is what a sliding window needs.
//!
//! Invariants, restored after every insert and remove:
//! - *split*: every live value in `lower` is `<=` every live value in `upper`;
//! - *balance*: `lower.len() == upper.len()` or `lower.len() == upper.len() + 1`.
//!
//! So for an odd count the median is the top of `lower`, and for an even
//! count it is the mean of both tops.

use crate::lazy_heap::{LazyMaxHeap, LazyMinHeap};

/// A multiset of `i32` that reports its median in O(1) and accepts inserts
/// and removals in amortised O(log n).
#[derive(Clone, Debug, Default)]
pub struct MedianHeaps {
    lower: LazyMaxHeap<i32>,
    upper: LazyMinHeap<i32>,
}

impl MedianHeaps {
    /// An empty structure.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of values held.
    pub fn len(&self) -> usize {
        self.lower.len() + self.upper.len()
    }

    /// True when no value is held (by balance, `upper` is empty whenever
    /// `lower` is).
    pub fn is_empty(&self) -> bool {
        self.lower.is_empty()
    }

    /// Adds `x`: it goes to `lower` if it is no larger than `lower`'s top,
    /// else to `upper`; then the halves are rebalanced.
    pub fn insert(&mut self, x: i32) {
        match self.lower.peek() {
            Some(&top) if x > top => self.upper.push(x),
            _ => self.lower.push(x),
        }
        self.rebalance();
    }

    /// Removes one copy of `x`, which must be held (the structure does not
    /// check this).
    ///
    /// By the split invariant, a value `<=` the top of `lower` can be found
    /// in `lower` (if it equals the top, the top itself is a copy), and any
    /// larger value is in `upper`.
    ///
    /// # Panics
    ///
    /// Panics if the structure is empty.
    pub fn remove(&mut self, x: i32) {
        let top = *self.lower.peek().expect("MedianHeaps::remove on empty");
        if x <= top {
            self.lower.remove(x);
        } else {
            self.upper.remove(x);
        }
        self.rebalance();
    }

    /// The median of the held values.
    ///
    /// For an even count it is the mean of the two middle values, computed
    /// in `f64` so that `i32::MAX + i32::MAX` cannot overflow.
    ///
    /// # Panics
    ///
    /// Panics if the structure is empty.
    pub fn median(&self) -> f64 {
        let low = *self.lower.peek().expect("median of an empty MedianHeaps");
        if self.lower.len() > self.upper.len() {
            f64::from(low)
        } else {
            let high = *self.upper.peek().expect("balance: upper is not empty");
            (f64::from(low) + f64::from(high)) / 2.0
        }
    }

    /// Moves one top across if either half has grown too big. One insert or
    /// remove changes a size by one, so a single move is always enough.
    fn rebalance(&mut self) {
        if self.lower.len() > self.upper.len() + 1 {
            let moved = self.lower.pop().expect("lower is not empty");
            self.upper.push(moved);
        } else if self.upper.len() > self.lower.len() {
            let moved = self.upper.pop().expect("upper is not empty");
            self.lower.push(moved);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The median of `values` by sorting a copy.
    fn sorted_median(values: &[i32]) -> f64 {
        let mut sorted = values.to_vec();
        sorted.sort_unstable();
        let mid = sorted.len() / 2;
        if sorted.len() % 2 == 1 {
            f64::from(sorted[mid])
        } else {
            (f64::from(sorted[mid - 1]) + f64::from(sorted[mid])) / 2.0
        }
    }

    #[test]
    fn extreme_values_do_not_overflow() {
        let mut heaps = MedianHeaps::new();
        heaps.insert(i32::MAX);
        heaps.insert(i32::MAX);
        assert_eq!(heaps.median(), f64::from(i32::MAX));
        heaps.insert(i32::MIN);
        heaps.remove(i32::MAX);
        assert_eq!(heaps.median(), -0.5);
        assert_eq!(heaps.len(), 2);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Random inserts and removals; `Err(i)` removes the value at
        /// position `i % len` of the current contents.
        #[test]
        fn median_matches_sorting(
            ops in prop::collection::vec(
                prop_oneof![
                    3 => prop_oneof![any::<i32>(), -5..=5i32].prop_map(Ok),
                    2 => any::<usize>().prop_map(Err),
                ],
                1..200,
            )
        ) {
            let mut heaps = MedianHeaps::new();
            let mut model: Vec<i32> = Vec::new();
            for op in ops {
                match op {
                    Ok(x) => { heaps.insert(x); model.push(x); }
                    Err(_) if model.is_empty() => {}
                    Err(i) => {
                        let x = model.swap_remove(i % model.len());
                        heaps.remove(x);
                    }
                }
                prop_assert_eq!(heaps.len(), model.len());
                prop_assert_eq!(heaps.is_empty(), model.is_empty());
                if !model.is_empty() {
                    prop_assert_eq!(heaps.median(), sorted_median(&model));
                }
            }
        }
    }
}
