// Expected: Wrong Answer — merges the lists in pairs, round after round, but when
// a round has an odd number of lists the last one is never carried over, so it
// is lost (Example 1 loses [2,6]).
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut lists = lists;
        while lists.len() > 1 {
            let mut merged = Vec::new();
            let mut i = 0;
            while i + 1 < lists.len() {
                let a = lists[i].take();
                let b = lists[i + 1].take();
                merged.push(Self::merge_two(a, b));
                i += 2;
            }
            lists = merged;
        }
        lists.pop().flatten()
    }

    fn merge_two(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while a.is_some() && b.is_some() {
            let take_a = a.as_ref().unwrap().val <= b.as_ref().unwrap().val;
            let source = if take_a { &mut a } else { &mut b };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = if a.is_some() { a } else { b };
        dummy.next
    }
}
