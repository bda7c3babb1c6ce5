// Expected: Runtime Error (stack overflow) — divide and conquer over inclusive
// ranges [lo, hi], but the right half starts at mid instead of mid + 1. For a
// range of two lists (hi == lo + 1) mid == lo, so the right call gets the same
// range again: unbounded recursion (not deep-but-legal recursion), which
// overflows any stack. Any case with two or more lists crashes.
impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        if lists.is_empty() {
            return None;
        }
        let hi = lists.len() - 1;
        Self::merge_range(&mut lists, 0, hi)
    }

    fn merge_range(lists: &mut Vec<Option<Box<ListNode>>>, lo: usize, hi: usize) -> Option<Box<ListNode>> {
        if lo == hi {
            return lists[lo].take();
        }
        let mid = (lo + hi) / 2;
        let left = Self::merge_range(lists, lo, mid);
        let right = Self::merge_range(lists, mid, hi);
        Self::merge_two(left, right)
    }

    fn merge_two(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let (Some(x), Some(y)) = (a.as_ref(), b.as_ref()) {
            if x.val <= y.val {
                let mut node = a.take().unwrap();
                a = node.next.take();
                tail.next = Some(node);
            } else {
                let mut node = b.take().unwrap();
                b = node.next.take();
                tail.next = Some(node);
            }
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = a.or(b);
        dummy.next
    }
}
