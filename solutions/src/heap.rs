//! An array-backed binary heap, written out so the sifts can be read.
//!
//! The heap lives in a `Vec<T>`: the children of slot `i` are `2i + 1` and
//! `2i + 2`, its parent is `(i - 1) / 2`. Which element belongs on top is
//! decided by a zero-sized [`HeapOrder`] marker, so [`MinHeap`] and
//! [`MaxHeap`] are the same code with a different comparison.
//!
//! Invariant (the *heap property*): no element is above its parent, that is,
//! `!O::is_above(&items[i], &items[parent(i)])` for every `i > 0`. The top of
//! the heap is therefore always at `items[0]`.

use std::marker::PhantomData;

/// Decides which of two elements sits nearer the top of a heap.
pub trait HeapOrder {
    /// True when `a` must be popped before `b`.
    fn is_above<T: Ord>(a: &T, b: &T) -> bool;
}

/// Order for a min-heap: the smallest element is on top.
#[derive(Clone, Copy, Debug, Default)]
pub struct MinFirst;

/// Order for a max-heap: the largest element is on top.
#[derive(Clone, Copy, Debug, Default)]
pub struct MaxFirst;

impl HeapOrder for MinFirst {
    fn is_above<T: Ord>(a: &T, b: &T) -> bool {
        a < b
    }
}

impl HeapOrder for MaxFirst {
    fn is_above<T: Ord>(a: &T, b: &T) -> bool {
        a > b
    }
}

/// A binary heap whose top is chosen by the order `O`.
#[derive(Clone, Debug)]
pub struct BinaryHeap<T, O> {
    items: Vec<T>,
    order: PhantomData<O>,
}

/// A heap that pops its smallest element first.
pub type MinHeap<T> = BinaryHeap<T, MinFirst>;

/// A heap that pops its largest element first.
pub type MaxHeap<T> = BinaryHeap<T, MaxFirst>;

impl<T: Ord, O: HeapOrder> Default for BinaryHeap<T, O> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Ord, O: HeapOrder> BinaryHeap<T, O> {
    /// An empty heap.
    pub fn new() -> Self {
        Self::from_vec(Vec::new())
    }

    /// Builds a heap from any vector in O(n) time ("bottom-up heapify").
    ///
    /// Leaves are already heaps of one element, so only the first `n / 2`
    /// slots need a `sift_down`, done from the last parent back to the root.
    /// Most slots are near the bottom and sift only a short way, which is why
    /// the total work is linear rather than `n log n`.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self {
            items,
            order: PhantomData,
        };
        let len = heap.items.len();
        for i in (0..len / 2).rev() {
            heap.sift_down(i, len);
        }
        heap
    }

    /// Number of elements in the heap.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when the heap holds nothing.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The top element, if any, in O(1).
    pub fn peek(&self) -> Option<&T> {
        self.items.first()
    }

    /// Adds an element in O(log n): append it, then sift it up.
    pub fn push(&mut self, item: T) {
        self.items.push(item);
        self.sift_up(self.items.len() - 1);
    }

    /// Removes and returns the top element in O(log n).
    ///
    /// The last element is moved into the root's slot and sifted down.
    pub fn pop(&mut self) -> Option<T> {
        let last = self.items.len().checked_sub(1)?;
        self.items.swap(0, last);
        let top = self.items.pop();
        self.sift_down(0, self.items.len());
        top
    }

    /// Replaces the top element with `item` and returns the old top, in
    /// O(log n) with a single sift. On an empty heap this is a plain push.
    ///
    /// This is the move a size-k heap makes when a better candidate arrives.
    pub fn replace_top(&mut self, item: T) -> Option<T> {
        if self.items.is_empty() {
            self.items.push(item);
            return None;
        }
        let old = std::mem::replace(&mut self.items[0], item);
        self.sift_down(0, self.items.len());
        Some(old)
    }

    /// All elements in the order `pop` would return them (ascending for a
    /// [`MinHeap`], descending for a [`MaxHeap`]), by in-place heapsort in
    /// O(n log n).
    pub fn into_sorted_vec(mut self) -> Vec<T> {
        // Each step moves the current top to the end of the shrinking heap,
        // so the vector ends up in reverse pop order.
        for end in (1..self.items.len()).rev() {
            self.items.swap(0, end);
            self.sift_down(0, end);
        }
        self.items.reverse();
        self.items
    }

    /// Moves the element at `i` up while it belongs above its parent.
    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let parent = (i - 1) / 2;
            if !O::is_above(&self.items[i], &self.items[parent]) {
                break;
            }
            self.items.swap(i, parent);
            i = parent;
        }
    }

    /// Moves the element at `i` down, within `items[..end]`, while one of its
    /// children belongs above it. Each step swaps with the higher child.
    fn sift_down(&mut self, mut i: usize, end: usize) {
        loop {
            let left = 2 * i + 1;
            if left >= end {
                break;
            }
            let right = left + 1;
            let mut child = left;
            if right < end && O::is_above(&self.items[right], &self.items[left]) {
                child = right;
            }
            if !O::is_above(&self.items[child], &self.items[i]) {
                break;
            }
            self.items.swap(i, child);
            i = child;
        }
    }
}

impl<T: Ord, O: HeapOrder> FromIterator<T> for BinaryHeap<T, O> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self::from_vec(iter.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::cmp::Reverse;
    use std::collections::BinaryHeap as StdHeap;

    /// One step of a random heap workout.
    #[derive(Clone, Debug)]
    enum Op {
        Push(i32),
        Pop,
        ReplaceTop(i32),
    }

    fn ops() -> impl Strategy<Value = Vec<Op>> {
        let op = prop_oneof![
            3 => (-50..=50i32).prop_map(Op::Push),
            2 => Just(Op::Pop),
            1 => (-50..=50i32).prop_map(Op::ReplaceTop),
        ];
        prop::collection::vec(op, 0..200)
    }

    #[test]
    fn examples() {
        let mut min = MinHeap::from_vec(vec![5, 3, 8, 1, 9, 2]);
        assert_eq!(min.peek(), Some(&1));
        min.push(0);
        assert_eq!(min.pop(), Some(0));
        assert_eq!(min.replace_top(7), Some(1));
        assert_eq!(min.into_sorted_vec(), vec![2, 3, 5, 7, 8, 9]);

        let max: MaxHeap<i32> = [4, 1, 7].into_iter().collect();
        assert_eq!(max.len(), 3);
        assert_eq!(max.into_sorted_vec(), vec![7, 4, 1]);

        let mut empty = MaxHeap::<i32>::new();
        assert!(empty.is_empty());
        assert_eq!(empty.pop(), None);
        assert_eq!(empty.replace_top(3), None);
        assert_eq!(empty.peek(), Some(&3));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn max_heap_pops_like_std(ops in ops()) {
            let mut ours = MaxHeap::new();
            let mut std = StdHeap::new();
            for op in ops {
                match op {
                    Op::Push(x) => { ours.push(x); std.push(x); }
                    Op::Pop => prop_assert_eq!(ours.pop(), std.pop()),
                    Op::ReplaceTop(x) => {
                        let old = std.pop();
                        std.push(x);
                        prop_assert_eq!(ours.replace_top(x), old);
                    }
                }
                prop_assert_eq!(ours.peek(), std.peek());
                prop_assert_eq!(ours.len(), std.len());
            }
        }

        #[test]
        fn min_heap_pops_like_std(ops in ops()) {
            let mut ours = MinHeap::new();
            let mut std = StdHeap::new();
            for op in ops {
                match op {
                    Op::Push(x) => { ours.push(x); std.push(Reverse(x)); }
                    Op::Pop => prop_assert_eq!(ours.pop(), std.pop().map(|r| r.0)),
                    Op::ReplaceTop(x) => {
                        let old = std.pop().map(|r| r.0);
                        std.push(Reverse(x));
                        prop_assert_eq!(ours.replace_top(x), old);
                    }
                }
                prop_assert_eq!(ours.peek(), std.peek().map(|r| &r.0));
            }
        }

        #[test]
        fn heapify_then_pop_all_is_sorted(items in prop::collection::vec(any::<i32>(), 0..300)) {
            let mut ascending = items.clone();
            ascending.sort_unstable();

            let mut min = MinHeap::from_vec(items.clone());
            let popped: Vec<i32> = std::iter::from_fn(|| min.pop()).collect();
            prop_assert_eq!(&popped, &ascending);
            prop_assert_eq!(MinHeap::from_vec(items.clone()).into_sorted_vec(), ascending.clone());

            let descending: Vec<i32> = ascending.into_iter().rev().collect();
            let mut max = MaxHeap::from_vec(items.clone());
            let popped: Vec<i32> = std::iter::from_fn(|| max.pop()).collect();
            prop_assert_eq!(&popped, &descending);
            prop_assert_eq!(MaxHeap::from_vec(items).into_sorted_vec(), descending);
        }
    }
}
