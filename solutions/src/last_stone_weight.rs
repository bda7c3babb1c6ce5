//! LeetCode 1046, "Last Stone Weight".
//!
//! Each turn, smash the two heaviest stones `y >= x` together: if they weigh
//! the same both vanish, otherwise one stone of weight `y - x` remains. When
//! at most one stone is left, return its weight (or 0 if none is left).
//!
//! Constraints: `1 <= stones.len() <= 30`, weights in `[1, 1000]`.

use crate::heap::MaxHeap;

/// Max-heap simulation.
///
/// Idea: each turn needs the two heaviest stones, which are the two top pops
/// of a max-heap; a leftover stone is pushed back.
///
/// Invariant: the heap holds exactly the stones still on the table, and
/// every turn removes at least one stone, so there are at most `n - 1` turns.
///
/// Time O(n log n), space O(n).
pub fn reference(stones: &[i32]) -> i32 {
    let mut table = MaxHeap::from_vec(stones.to_vec());
    while let Some(heaviest) = table.pop() {
        let Some(second) = table.pop() else {
            return heaviest;
        };
        if heaviest > second {
            table.push(heaviest - second);
        }
    }
    0
}

/// Oracle: sort the stones again every turn and smash the last two.
///
/// Time O(n^2 log n), space O(n).
pub fn naive(stones: &[i32]) -> i32 {
    let mut table = stones.to_vec();
    while table.len() > 1 {
        table.sort_unstable();
        let heaviest = table.pop().expect("len > 1");
        let second = table.pop().expect("len > 1");
        if heaviest != second {
            table.push(heaviest - second);
        }
    }
    table.first().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_shapes::int_vec;
    use proptest::prelude::*;

    #[test]
    fn leetcode_examples() {
        assert_eq!(reference(&[2, 7, 4, 1, 8, 1]), 1);
        assert_eq!(reference(&[1]), 1);
        assert_eq!(naive(&[2, 7, 4, 1, 8, 1]), 1);
        assert_eq!(naive(&[1]), 1);
    }

    #[test]
    fn everything_can_vanish() {
        assert_eq!(reference(&[5, 5]), 0);
        assert_eq!(reference(&[1000, 1000, 1000, 1000]), 0);
        assert_eq!(naive(&[3, 2, 1]), 0);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn reference_matches_naive(stones in int_vec(1, 1000, 1..=30)) {
            prop_assert_eq!(reference(&stones), naive(&stones));
        }

        #[test]
        fn small_weights_collide_often(stones in int_vec(1, 4, 1..=30)) {
            prop_assert_eq!(reference(&stones), naive(&stones));
        }
    }
}
