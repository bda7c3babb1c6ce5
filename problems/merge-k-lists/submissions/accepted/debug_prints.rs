// Expected: Accepted — heap of (value, list index); prints a few debug lines
// (a handful per case, not per node) to stdout and stderr.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        println!("merging {} lists", lists.len());
        let mut heap = BinaryHeap::new();
        for (i, list) in lists.iter().enumerate() {
            if let Some(node) = list {
                heap.push(Reverse((node.val, i)));
            }
        }
        eprintln!("{} non-empty lists, smallest head: {:?}", heap.len(), heap.peek());
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let mut count = 0;
        while let Some(Reverse((_, i))) = heap.pop() {
            let mut node = lists[i].take().unwrap();
            lists[i] = node.next.take();
            if let Some(next) = &lists[i] {
                heap.push(Reverse((next.val, i)));
            }
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
            count += 1;
        }
        println!("done: {} nodes", count);
        dummy.next
    }
}
