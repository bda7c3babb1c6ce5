//! LeetCode 23, "Merge k Sorted Lists".
//!
//! Merge `k` lists, each sorted ascending, into one sorted list. Linked lists
//! are written as arrays here, the way LeetCode shows them. The outer list may
//! be empty, and any inner list may be empty.
//!
//! Constraints: `0 <= k <= 1e4`, total length `<= 1e4`, values in
//! `[-1e4, 1e4]`.

use crate::heap::MinHeap;

/// k-way merge with a min-heap holding the front of each non-empty list.
///
/// Idea: the smallest remaining value overall is the smallest of the lists'
/// current fronts. The heap holds one `(value, list index, position)` entry
/// per list that still has elements; pop the smallest, emit it, and push the
/// next element of the same list.
///
/// Invariant: the output is sorted and holds everything before each list's
/// current position; the heap holds exactly each unfinished list's front.
///
/// Time O(N log k) for `N` values in total, space O(k) besides the output.
pub fn reference(lists: &[Vec<i32>]) -> Vec<i32> {
    let total = lists.iter().map(Vec::len).sum();
    let mut merged = Vec::with_capacity(total);
    let mut fronts: MinHeap<(i32, usize, usize)> = lists
        .iter()
        .enumerate()
        .filter_map(|(list, values)| values.first().map(|&v| (v, list, 0)))
        .collect();
    while let Some((value, list, pos)) = fronts.pop() {
        merged.push(value);
        if let Some(&next) = lists[list].get(pos + 1) {
            fronts.push((next, list, pos + 1));
        }
    }
    merged
}

/// Oracle: concatenate everything and sort.
///
/// Time O(N log N), space O(N).
pub fn naive(lists: &[Vec<i32>]) -> Vec<i32> {
    let mut all: Vec<i32> = lists.concat();
    all.sort_unstable();
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_shapes::int_vec;
    use proptest::prelude::*;

    fn sorted_list(max_len: usize) -> impl Strategy<Value = Vec<i32>> {
        int_vec(-10_000, 10_000, 0..=max_len).prop_map(|mut v| {
            v.sort_unstable();
            v
        })
    }

    /// A few longer lists, many one-node or empty lists, or a mix, with the
    /// outer list itself sometimes empty.
    fn lists() -> impl Strategy<Value = Vec<Vec<i32>>> {
        prop_oneof![
            prop::collection::vec(sorted_list(30), 0..=8),
            prop::collection::vec(sorted_list(1), 0..=40),
            prop::collection::vec(prop_oneof![sorted_list(0), sorted_list(10)], 0..=15),
        ]
    }

    #[test]
    fn leetcode_examples() {
        let lists = vec![vec![1, 4, 5], vec![1, 3, 4], vec![2, 6]];
        assert_eq!(reference(&lists), vec![1, 1, 2, 3, 4, 4, 5, 6]);
        assert_eq!(naive(&lists), vec![1, 1, 2, 3, 4, 4, 5, 6]);
        assert_eq!(reference(&[]), Vec::<i32>::new());
        assert_eq!(reference(&[vec![]]), Vec::<i32>::new());
    }

    #[test]
    fn empty_lists_in_the_middle() {
        let lists = vec![vec![2], vec![], vec![-1, 3], vec![]];
        assert_eq!(reference(&lists), vec![-1, 2, 3]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn reference_matches_naive(lists in lists()) {
            prop_assert_eq!(reference(&lists), naive(&lists));
        }
    }
}
