// Expected: Accepted — no heap: re-sort the (at most 30) stones before every
// smash; O(n^2 log n), tiny for n <= 30.
impl Solution {
    pub fn last_stone_weight(mut stones: Vec<i32>) -> i32 {
        while stones.len() > 1 {
            stones.sort();
            let y = stones.pop().unwrap();
            let x = stones.pop().unwrap();
            if y > x {
                stones.push(y - x);
            }
        }
        if stones.is_empty() { 0 } else { stones[0] }
    }
}
