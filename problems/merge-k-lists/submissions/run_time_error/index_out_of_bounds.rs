// Expected: Runtime Error — starts from lists[0] and merges the others into it
// one by one, forgetting that k can be 0: Example 2 (`[]`) indexes an empty Vec
// ("index out of bounds: the len is 0 but the index is 0").
impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut result = lists[0].take();
        for i in 1..lists.len() {
            let other = lists[i].take();
            result = Self::merge_two(result, other);
        }
        result
    }

    fn merge_two(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        loop {
            match (a.take(), b.take()) {
                (Some(mut x), Some(mut y)) => {
                    if x.val <= y.val {
                        a = x.next.take();
                        b = Some(y);
                        tail.next = Some(x);
                    } else {
                        b = y.next.take();
                        a = Some(x);
                        tail.next = Some(y);
                    }
                    tail = tail.next.as_mut().unwrap();
                }
                (rest, None) | (None, rest) => {
                    tail.next = rest;
                    break;
                }
            }
        }
        dummy.next
    }
}
