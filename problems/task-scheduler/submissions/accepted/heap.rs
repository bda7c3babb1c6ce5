// Expected: Accepted — simulation with a max-heap of remaining counts and a
// queue of tasks cooling down (count, time they become available again).
// Idle stretches are skipped in one jump. O(T log 26) for T tasks.
use std::collections::{BinaryHeap, VecDeque};

impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut count = [0; 26];
        for t in tasks {
            count[(t as u8 - b'A') as usize] += 1;
        }
        let mut heap: BinaryHeap<i32> = count.iter().copied().filter(|&c| c > 0).collect();
        let mut cooling: VecDeque<(i32, i32)> = VecDeque::new();
        let mut time = 0;
        while !heap.is_empty() || !cooling.is_empty() {
            if heap.is_empty() {
                // Nothing can run: jump straight to the next ready time.
                time = cooling.front().unwrap().1;
            }
            if let Some(&(_, ready)) = cooling.front() {
                if ready <= time {
                    let (c, _) = cooling.pop_front().unwrap();
                    heap.push(c);
                }
            }
            let c = heap.pop().unwrap();
            time += 1;
            if c > 1 {
                cooling.push_back((c - 1, time + n));
            }
        }
        time
    }
}
