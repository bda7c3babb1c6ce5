// Expected: Accepted — max-heap of (squared distance, index) of size k; the
// squared distance is at most 2 * 10^8, so i32 is enough. O(n log k).
use std::collections::BinaryHeap;

impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let k = k as usize;
        let mut heap = BinaryHeap::with_capacity(k + 1);
        for (i, p) in points.iter().enumerate() {
            heap.push((p[0] * p[0] + p[1] * p[1], i));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.into_iter().map(|(_, i)| points[i].clone()).collect()
    }
}
