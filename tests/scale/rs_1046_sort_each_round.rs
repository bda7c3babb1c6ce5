// scale: last-stone-weight worse n=n^2_log_n|n^2
// Sort the stones again every round: O(n^2 log n).
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
        stones.pop().unwrap_or(0)
    }
}
