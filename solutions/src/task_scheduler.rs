//! LeetCode 621, "Task Scheduler".
//!
//! A CPU runs one task or idles in each time slot. Two runs of the same task
//! letter must be at least `n` slots apart (`n` other slots between them).
//! Return the fewest slots that run every task.
//!
//! Constraints: tasks are `'A'..='Z'`, `1 <= tasks.len() <= 1e4`,
//! `0 <= n <= 100`.

use crate::heap::MaxHeap;

/// How many times each letter occurs, indexed by `letter - 'A'`.
///
/// # Panics
///
/// Panics on a task outside `'A'..='Z'`.
fn letter_counts(tasks: &[char]) -> [usize; 26] {
    let mut counts = [0; 26];
    for &task in tasks {
        assert!(
            task.is_ascii_uppercase(),
            "task {task:?} is not in 'A'..='Z'"
        );
        counts[usize::from(task as u8 - b'A')] += 1;
    }
    counts
}

/// Converts a slot count to LeetCode's return type.
fn slots(count: usize) -> i32 {
    i32::try_from(count).expect("slot count fits in i32 under the constraints")
}

/// The counting formula, in O(len) time and O(1) space.
///
/// Idea: let `m` be the highest count and `t` the number of letters that
/// reach it. Lay the schedule out in frames of `n + 1` slots, one frame per
/// run of a most frequent letter: `m - 1` full frames, then a last frame
/// holding just the `t` letters that still have a run left. That gives
/// `(m - 1) * (n + 1) + t` slots, and no schedule can be shorter, because
/// the most frequent letters force the gaps. Other letters fill the idle
/// slots; if there are more of them than idle slots, the frames can be
/// widened without creating any idle slot, and the answer is simply
/// `tasks.len()`. Hence `max(len, (m - 1) * (n + 1) + t)`.
pub fn reference(tasks: &[char], n: usize) -> i32 {
    let counts = letter_counts(tasks);
    let most = counts.iter().copied().max().unwrap_or(0);
    if most == 0 {
        return 0;
    }
    let tied = counts.iter().filter(|&&c| c == most).count();
    slots(tasks.len().max((most - 1) * (n + 1) + tied))
}

/// Max-heap simulation in rounds of `n + 1` slots.
///
/// Idea: in each round, run the (up to) `n + 1` letters with the most runs
/// left, each once, so no letter repeats within a round and the gap rule
/// holds. A round costs `n + 1` slots (idle ones included), except the last
/// round, which stops after its final task.
///
/// Invariant: at the start of a round the heap holds the remaining count of
/// every unfinished letter.
///
/// Time O(len * log 26) = O(len) plus O(answer / (n + 1)) rounds; space O(1).
pub fn simulate(tasks: &[char], n: usize) -> i32 {
    let mut remaining: MaxHeap<usize> = letter_counts(tasks)
        .into_iter()
        .filter(|&c| c > 0)
        .collect();
    let mut time = 0;
    while !remaining.is_empty() {
        let mut ran = Vec::with_capacity(n + 1);
        while ran.len() <= n {
            let Some(count) = remaining.pop() else { break };
            ran.push(count - 1);
        }
        let ran_this_round = ran.len();
        for count in ran.into_iter().filter(|&c| c > 0) {
            remaining.push(count);
        }
        time += if remaining.is_empty() {
            ran_this_round
        } else {
            n + 1
        };
    }
    slots(time)
}

/// Oracle: decide one slot at a time.
///
/// At each slot, among the letters whose cooldown has passed, run the one
/// with the most runs left; if none is ready, idle. This greedy choice is
/// optimal (it never lets a letter with many runs fall behind).
///
/// Time O(answer * 26), space O(1).
pub fn naive(tasks: &[char], n: usize) -> i32 {
    let mut remaining = letter_counts(tasks);
    let mut ready_at = [0usize; 26];
    let mut left = tasks.len();
    let mut time = 0;
    while left > 0 {
        let pick = (0..26)
            .filter(|&i| remaining[i] > 0 && ready_at[i] <= time)
            .max_by_key(|&i| remaining[i]);
        if let Some(i) = pick {
            remaining[i] -= 1;
            ready_at[i] = time + n + 1;
            left -= 1;
        }
        time += 1;
    }
    slots(time)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Any letters, three letters, one letter, or one dominant letter.
    fn tasks() -> impl Strategy<Value = Vec<char>> {
        let dominant = (
            1..=60usize,
            prop::collection::vec(prop::char::range('B', 'Z'), 0..=40),
        )
            .prop_map(|(a_runs, mut rest)| {
                rest.extend(std::iter::repeat_n('A', a_runs));
                rest
            });
        prop_oneof![
            prop::collection::vec(prop::char::range('A', 'Z'), 1..=100),
            prop::collection::vec(prop::char::range('A', 'C'), 1..=100),
            (prop::char::range('A', 'Z'), 1..=50usize).prop_map(|(c, len)| vec![c; len]),
            dominant,
        ]
    }

    #[test]
    fn leetcode_examples() {
        for solve in [reference, simulate, naive] {
            assert_eq!(solve(&chars("AAABBB"), 2), 8);
            assert_eq!(solve(&chars("ACABDB"), 1), 6);
            assert_eq!(solve(&chars("AAABBB"), 3), 10);
            assert_eq!(solve(&chars("AAABBB"), 0), 6);
            assert_eq!(solve(&chars("AAAAAABCDEFG"), 2), 16);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn all_three_agree(tasks in tasks(), n in prop_oneof![Just(0usize), Just(100), 0..=100usize]) {
            let want = reference(&tasks, n);
            prop_assert_eq!(simulate(&tasks, n), want);
            prop_assert_eq!(naive(&tasks, n), want);
        }
    }
}
