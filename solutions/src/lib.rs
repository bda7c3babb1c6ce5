//! Reference solutions, naive oracles and the heap tools they are built on,
//! for the grader's eight built-in heap problems.
//!
//! The grader uses this crate twice: a problem's `reference` answers every
//! test case, and its `naive` version (sort everything, recompute each
//! window, simulate slot by slot) is the slow but obviously correct oracle
//! the reference is property-tested against. The crate is also meant to be
//! read: each solution's doc comment states the idea, the invariant that
//! makes it correct, and its time and space cost.
//!
//! # Heap tools
//!
//! - [`heap`]: an array-backed binary heap ([`heap::MinHeap`],
//!   [`heap::MaxHeap`]) with visible `sift_up`/`sift_down` and O(n) heapify.
//! - [`lazy_heap`]: a heap that removes arbitrary values by lazy deletion.
//! - [`median_heaps`]: the two-heap median structure, with removal.
//!
//! # Problems
//!
//! | module | LeetCode | entry points |
//! |---|---|---|
//! | [`kth_largest`] | 215 Kth Largest Element in an Array | `reference`, `naive` |
//! | [`top_k_frequent`] | 347 Top K Frequent Elements | `reference`, `naive` |
//! | [`merge_k_lists`] | 23 Merge k Sorted Lists | `reference`, `naive` |
//! | [`median_stream`] | 295 Find Median from Data Stream | `MedianFinder`, `NaiveMedianFinder` |
//! | [`sliding_window_median`] | 480 Sliding Window Median | `reference`, `naive` |
//! | [`task_scheduler`] | 621 Task Scheduler | `reference`, `simulate`, `naive` |
//! | [`k_closest`] | 973 K Closest Points to Origin | `reference`, `naive` |
//! | [`last_stone_weight`] | 1046 Last Stone Weight | `reference`, `naive` |
//!
//! Inputs are assumed to satisfy each problem's stated constraints; a
//! solution may panic on input outside them (such as `k == 0`).

pub mod heap;
pub mod lazy_heap;
pub mod median_heaps;

pub mod k_closest;
pub mod kth_largest;
pub mod last_stone_weight;
pub mod median_stream;
pub mod merge_k_lists;
pub mod sliding_window_median;
pub mod task_scheduler;
pub mod top_k_frequent;

#[cfg(test)]
mod test_shapes;
