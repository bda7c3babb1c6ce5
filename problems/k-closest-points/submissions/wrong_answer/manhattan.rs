// Expected: Wrong Answer — ranks the points by |x| + |y| (Manhattan distance)
// instead of the Euclidean distance (Example 2 picks [5,-1] instead of [-2,4]).
impl Solution {
    pub fn k_closest(mut points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        points.sort_by_key(|p| p[0].abs() + p[1].abs());
        points.truncate(k as usize);
        points
    }
}
