// Expected: Accepted — no heap: collect every value, sort, and rebuild the list
// from the back, O(N log N).
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        for list in &lists {
            let mut cur = list.as_ref();
            while let Some(node) = cur {
                values.push(node.val);
                cur = node.next.as_ref();
            }
        }
        values.sort_unstable();
        let mut head = None;
        for &v in values.iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = head;
            head = Some(node);
        }
        head
    }
}
