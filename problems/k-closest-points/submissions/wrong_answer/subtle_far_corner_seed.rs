// Expected: WA, caught only by random testing — the max-heap is seeded with k copies of the farthest possible point (10^4, 10^4) and only strictly closer points replace a seed, so other corner points at that same distance are never taken.
use std::collections::BinaryHeap;

impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        const FAR: [i32; 2] = [10_000, 10_000];
        let dist = |p: [i32; 2]| p[0] * p[0] + p[1] * p[1];
        // Max-heap of (squared distance, point), always exactly k entries.
        let mut heap: BinaryHeap<(i32, [i32; 2])> = (0..k).map(|_| (dist(FAR), FAR)).collect();
        for p in &points {
            let p = [p[0], p[1]];
            let d = dist(p);
            if d < heap.peek().unwrap().0 {
                heap.pop();
                heap.push((d, p));
            }
        }
        heap.into_iter().map(|(_, p)| p.to_vec()).collect()
    }
}
