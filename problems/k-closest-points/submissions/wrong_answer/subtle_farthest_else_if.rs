// Expected: WA, caught only by random testing — nearest and farthest points are found in one pass with `if d < dmin {..} else if d > dmax {..}`, so when the first point is the strict farthest the k == n - 1 shortcut drops the wrong point.
use std::collections::BinaryHeap;

impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let n = points.len();
        let k = k as usize;
        if k == n {
            return points;
        }
        let dist = |p: &Vec<i32>| p[0] * p[0] + p[1] * p[1];
        // One pass for the two cheap cases: the nearest point and the farthest one.
        let (mut near, mut far) = (0, 0);
        let (mut dmin, mut dmax) = (i32::MAX, i32::MIN);
        for (i, p) in points.iter().enumerate() {
            let d = dist(p);
            if d < dmin {
                dmin = d;
                near = i;
            } else if d > dmax {
                dmax = d;
                far = i;
            }
        }
        if k == 1 {
            return vec![points[near].clone()];
        }
        if k == n - 1 {
            return points.iter().enumerate().filter(|&(i, _)| i != far).map(|(_, p)| p.clone()).collect();
        }
        let mut heap: BinaryHeap<(i32, usize)> = BinaryHeap::with_capacity(k + 1);
        for (i, p) in points.iter().enumerate() {
            heap.push((dist(p), i));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.into_iter().map(|(_, i)| points[i].clone()).collect()
    }
}
