// scale: merge-k-lists same n=n k=log_k|1|k
// Min-heap of list heads: O(N log k).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut heap = BinaryHeap::new();
        for (i, head) in lists.iter().enumerate() {
            if let Some(node) = head {
                heap.push(Reverse((node.val, i)));
            }
        }
        let mut lists = lists;
        let mut values = Vec::new();
        while let Some(Reverse((val, i))) = heap.pop() {
            values.push(val);
            let next = lists[i].as_mut().unwrap().next.take();
            if let Some(node) = &next {
                heap.push(Reverse((node.val, i)));
            }
            lists[i] = next;
        }
        let mut head = None;
        for v in values.into_iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = head;
            head = Some(node);
        }
        head
    }
}
