// Expected: WA, caught only by random testing — decides "no idle time" only when max * (n + 1) <= tasks.len(), and otherwise returns (max-1)*(n+1)+ties without taking the max with tasks.len().
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut count = [0i32; 26];
        for &t in &tasks {
            count[(t as u8 - b'A') as usize] += 1;
        }
        let len = tasks.len() as i32;
        let max = *count.iter().max().unwrap();
        // If even the most frequent task fills every (n + 1)-wide frame, nothing idles.
        if max * (n + 1) <= len {
            return len;
        }
        let ties = count.iter().filter(|&&c| c == max).count() as i32;
        (max - 1) * (n + 1) + ties
    }
}
