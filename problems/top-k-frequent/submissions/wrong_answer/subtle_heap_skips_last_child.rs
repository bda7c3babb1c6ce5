// Expected: WA, caught only by random testing — hand-written min-heap's sift-down ignores a right child that sits in the last slot (`r + 1 < len` instead of `r < len`).
use std::collections::BTreeMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: BTreeMap<i32, usize> = BTreeMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let k = k as usize;
        // Min-heap of (count, value) holding the k most frequent seen so far.
        let mut heap: Vec<(usize, i32)> = Vec::with_capacity(k);
        for (&x, &c) in &count {
            if heap.len() < k {
                heap.push((c, x));
                let mut i = heap.len() - 1;
                while i > 0 {
                    let p = (i - 1) / 2;
                    if heap[p] <= heap[i] {
                        break;
                    }
                    heap.swap(p, i);
                    i = p;
                }
            } else if (c, x) > heap[0] {
                heap[0] = (c, x);
                let len = heap.len();
                let mut i = 0;
                loop {
                    let l = 2 * i + 1;
                    let r = l + 1;
                    let mut m = i;
                    if l < len && heap[l] < heap[m] {
                        m = l;
                    }
                    if r + 1 < len && heap[r] < heap[m] {
                        m = r;
                    }
                    if m == i {
                        break;
                    }
                    heap.swap(i, m);
                    i = m;
                }
            }
        }
        heap.into_iter().map(|(_, x)| x).collect()
    }
}
