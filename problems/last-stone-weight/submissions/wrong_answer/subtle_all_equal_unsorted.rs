// Expected: WA, caught only by random testing — the "all stones equal" early exit compares the first and last stones before the array is sorted.
impl Solution {
    pub fn last_stone_weight(mut stones: Vec<i32>) -> i32 {
        let n = stones.len();
        // All the same weight: they cancel in pairs.
        if stones[0] == stones[n - 1] {
            return if n % 2 == 1 { stones[0] } else { 0 };
        }
        stones.sort_unstable();
        while stones.len() > 1 {
            let y = stones.pop().unwrap();
            let x = stones.pop().unwrap();
            if y > x {
                let rest = y - x;
                let pos = stones.partition_point(|&s| s < rest);
                stones.insert(pos, rest);
            }
        }
        stones.pop().unwrap_or(0)
    }
}
