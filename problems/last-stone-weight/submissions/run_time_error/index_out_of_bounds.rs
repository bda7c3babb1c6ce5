// Expected: Runtime Error — sort-based simulation that returns stones[0] at the
// end without checking that a stone is left: when every stone is destroyed it
// indexes an empty Vec. Passes both examples; panics on the hidden "two equal
// stones" case.
impl Solution {
    pub fn last_stone_weight(mut stones: Vec<i32>) -> i32 {
        while stones.len() > 1 {
            stones.sort_unstable();
            let n = stones.len();
            let diff = stones[n - 1] - stones[n - 2];
            stones.truncate(n - 2);
            if diff > 0 {
                stones.push(diff);
            }
        }
        stones[0]
    }
}
