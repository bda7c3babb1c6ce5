// Expected: WA, caught only by random testing — when only two lists are non-empty they are merged by splicing the second into the first, which assumes the first list has the smaller head; a node smaller than that head is spliced in after it.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut lists: Vec<Option<Box<ListNode>>> = lists.into_iter().filter(|l| l.is_some()).collect();
        match lists.len() {
            0 => return None,
            1 => return lists.pop().unwrap(),
            2 => {
                let b = lists.pop().unwrap();
                let a = lists.pop().unwrap();
                return Self::splice(a, b);
            }
            _ => {}
        }
        let mut heap = BinaryHeap::new();
        for (i, l) in lists.iter().enumerate() {
            if let Some(node) = l {
                heap.push(Reverse((node.val, i)));
            }
        }
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let Some(Reverse((_, i))) = heap.pop() {
            let mut node = lists[i].take().unwrap();
            lists[i] = node.next.take();
            if let Some(next) = &lists[i] {
                heap.push(Reverse((next.val, i)));
            }
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        dummy.next
    }

    /// Inserts every node of `b` into `a` in place, after the last node of `a`
    /// that is not larger than it.
    fn splice(a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut head = match a {
            Some(h) => h,
            None => return b,
        };
        let mut cur: &mut Box<ListNode> = &mut head;
        while let Some(mut node) = b {
            b = node.next.take();
            while cur.next.as_ref().map_or(false, |n| n.val <= node.val) {
                cur = cur.next.as_mut().unwrap();
            }
            node.next = cur.next.take();
            cur.next = Some(node);
            cur = cur.next.as_mut().unwrap();
        }
        Some(head)
    }
}
