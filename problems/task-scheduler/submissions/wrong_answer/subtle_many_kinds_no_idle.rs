// Expected: WA, caught only by random testing — assumes that when there are more task types than n + 1 the idle slots always get filled, and returns tasks.len() without checking the (max-1)*(n+1)+ties bound.
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut count = [0i32; 26];
        for &t in &tasks {
            count[(t as u8 - b'A') as usize] += 1;
        }
        let kinds = count.iter().filter(|&&c| c > 0).count() as i32;
        if kinds > n + 1 {
            // Enough different tasks to fill every cooldown gap.
            return tasks.len() as i32;
        }
        let max = *count.iter().max().unwrap();
        let ties = count.iter().filter(|&&c| c == max).count() as i32;
        ((max - 1) * (n + 1) + ties).max(tasks.len() as i32)
    }
}
