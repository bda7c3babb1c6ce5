// Expected: WA, caught only by random testing — the k == 2 fast path's merge_two attaches the rest of `b` when `a` runs out but forgets the rest of `a` when `b` runs out first.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        match lists.len() {
            0 => return None,
            1 => return lists.pop().unwrap(),
            2 => {
                let b = lists.pop().unwrap();
                let a = lists.pop().unwrap();
                return Self::merge_two(a, b);
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

    fn merge_two(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let Some(x) = a.as_ref() {
            match b.as_ref() {
                Some(y) if y.val < x.val => {
                    let mut node = b.take().unwrap();
                    b = node.next.take();
                    tail.next = Some(node);
                }
                Some(_) => {
                    let mut node = a.take().unwrap();
                    a = node.next.take();
                    tail.next = Some(node);
                }
                None => break,
            }
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = b;
        dummy.next
    }
}
