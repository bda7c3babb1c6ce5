// Expected: Wrong Answer — the counting formula (maxCount - 1) * (n + 1) + ties,
// without taking the max with tasks.len(): when there are enough other tasks to
// fill every idle slot it undercounts (Example 2 gives 4 instead of 6).
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut count = [0; 26];
        for t in &tasks {
            count[(*t as u8 - b'A') as usize] += 1;
        }
        let max = *count.iter().max().unwrap();
        let ties = count.iter().filter(|&&c| c == max).count() as i32;
        (max - 1) * (n + 1) + ties
    }
}
