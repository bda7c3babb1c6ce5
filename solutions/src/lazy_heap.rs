//! A heap that can remove any element, by deleting it lazily.
//!
//! A binary heap can only take elements off the top. To remove some other
//! value `x`, [`LazyHeap`] does not search for it: it records "one copy of `x`
//! is dead" in a map of pending deletions, and the dead copy is thrown away
//! only when it reaches the top. Equal values are interchangeable, so it never
//! matters *which* copy of `x` is the dead one.
//!
//! Invariants:
//! - `live` is the number of elements a caller has pushed and not yet popped
//!   or removed; the heap also holds `sum(pending)` dead copies.
//! - The top of the inner heap is never a pending deletion (it is *purged*
//!   after every change), so [`LazyHeap::peek`] can take `&self`.

use crate::heap::{BinaryHeap, HeapOrder, MaxFirst, MinFirst};
use std::collections::HashMap;
use std::hash::Hash;

/// A binary heap with lazy deletion of arbitrary values.
#[derive(Clone, Debug)]
pub struct LazyHeap<T, O> {
    heap: BinaryHeap<T, O>,
    pending: HashMap<T, usize>,
    live: usize,
}

/// A lazy-deletion heap with the smallest live value on top.
pub type LazyMinHeap<T> = LazyHeap<T, MinFirst>;

/// A lazy-deletion heap with the largest live value on top.
pub type LazyMaxHeap<T> = LazyHeap<T, MaxFirst>;

impl<T: Ord + Hash, O: HeapOrder> Default for LazyHeap<T, O> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Ord + Hash, O: HeapOrder> LazyHeap<T, O> {
    /// An empty heap.
    pub fn new() -> Self {
        Self {
            heap: BinaryHeap::new(),
            pending: HashMap::new(),
            live: 0,
        }
    }

    /// Number of live elements (dead copies waiting in the heap don't count).
    pub fn len(&self) -> usize {
        self.live
    }

    /// True when no live element is left.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The top live element, in O(1).
    pub fn peek(&self) -> Option<&T> {
        self.heap.peek()
    }

    /// Adds `item` in amortised O(log n).
    ///
    /// If a copy of `item` is waiting to be deleted, that copy is revived
    /// instead (its pending count drops by one), which keeps the heap small.
    pub fn push(&mut self, item: T) {
        self.live += 1;
        if let Some(count) = self.pending.get_mut(&item) {
            *count -= 1;
            if *count == 0 {
                self.pending.remove(&item);
            }
        } else {
            self.heap.push(item);
        }
    }

    /// Removes and returns the top live element, in amortised O(log n).
    pub fn pop(&mut self) -> Option<T> {
        let top = self.heap.pop()?;
        self.live -= 1;
        self.purge_top();
        Some(top)
    }

    /// Marks one copy of `item` as deleted, in amortised O(log n).
    ///
    /// The caller must only remove values that are live in this heap; the
    /// heap cannot check this cheaply, and a wrong removal corrupts `len`.
    ///
    /// # Panics
    ///
    /// Panics if the heap has no live element at all.
    pub fn remove(&mut self, item: T) {
        assert!(self.live > 0, "LazyHeap::remove on an empty heap");
        self.live -= 1;
        *self.pending.entry(item).or_insert(0) += 1;
        self.purge_top();
    }

    /// Pops dead copies off the top until the top is live (or the heap is
    /// empty). Each dead copy is popped once, which pays for its `remove`.
    fn purge_top(&mut self) {
        while let Some(top) = self.heap.peek() {
            let Some(count) = self.pending.get_mut(top) else {
                break;
            };
            *count -= 1;
            if *count == 0 {
                self.pending.remove(top);
            }
            self.heap.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// One step of a random workout; `Remove(i)` removes the live value with
    /// rank `i % len` in sorted order, so it always names a live value.
    #[derive(Clone, Debug)]
    enum Op {
        Push(i32),
        Pop,
        Remove(usize),
    }

    fn ops() -> impl Strategy<Value = Vec<Op>> {
        let op = prop_oneof![
            4 => (-20..=20i32).prop_map(Op::Push),
            1 => Just(Op::Pop),
            2 => any::<usize>().prop_map(Op::Remove),
        ];
        prop::collection::vec(op, 0..250)
    }

    /// A sorted multiset: value -> number of live copies.
    #[derive(Default)]
    struct Model(BTreeMap<i32, usize>);

    impl Model {
        fn add(&mut self, x: i32) {
            *self.0.entry(x).or_insert(0) += 1;
        }
        fn take(&mut self, x: i32) {
            let count = self.0.get_mut(&x).expect("value is live");
            *count -= 1;
            if *count == 0 {
                self.0.remove(&x);
            }
        }
        fn len(&self) -> usize {
            self.0.values().sum()
        }
        fn nth(&self, rank: usize) -> i32 {
            self.0
                .iter()
                .flat_map(|(&x, &c)| std::iter::repeat_n(x, c))
                .nth(rank)
                .expect("rank < len")
        }
    }

    #[test]
    fn removed_values_never_surface() {
        let mut heap = LazyMinHeap::new();
        for x in [5, 1, 3, 1] {
            heap.push(x);
        }
        heap.remove(1);
        heap.remove(3);
        assert_eq!(heap.len(), 2);
        assert_eq!(heap.pop(), Some(1));
        assert_eq!(heap.peek(), Some(&5));
        heap.remove(5);
        assert!(heap.is_empty());
        assert_eq!(heap.pop(), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn matches_a_sorted_multiset(ops in ops(), max_on_top in any::<bool>()) {
            let mut min = LazyMinHeap::new();
            let mut max = LazyMaxHeap::new();
            let mut model = Model::default();
            for op in ops {
                match op {
                    Op::Push(x) => { min.push(x); max.push(x); model.add(x); }
                    Op::Pop if model.len() == 0 => {
                        prop_assert_eq!(min.pop(), None);
                        prop_assert_eq!(max.pop(), None);
                    }
                    Op::Pop => {
                        // Pop from one heap, remove the same value from the other.
                        let (smallest, largest) = (model.nth(0), model.nth(model.len() - 1));
                        if max_on_top {
                            prop_assert_eq!(max.pop(), Some(largest));
                            min.remove(largest);
                            model.take(largest);
                        } else {
                            prop_assert_eq!(min.pop(), Some(smallest));
                            max.remove(smallest);
                            model.take(smallest);
                        }
                    }
                    Op::Remove(_) if model.len() == 0 => {}
                    Op::Remove(i) => {
                        let x = model.nth(i % model.len());
                        min.remove(x);
                        max.remove(x);
                        model.take(x);
                    }
                }
                prop_assert_eq!(min.len(), model.len());
                prop_assert_eq!(max.len(), model.len());
                prop_assert_eq!(min.peek(), model.0.keys().next());
                prop_assert_eq!(max.peek(), model.0.keys().next_back());
            }
        }
    }
}
