// Expected: TLE — merges the lists one at a time into an accumulated result, and
// every merge copies the whole accumulated list into a Vec, sorts it and rebuilds
// every node: O(k * N log N). With 10^4 one-node lists that is ~5 * 10^7 node
// allocations plus 10^4 sorts. Correct on every small case.
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut result: Option<Box<ListNode>> = None;
        for list in lists {
            result = Self::merge_two(result, list);
        }
        result
    }

    fn merge_two(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = a.as_ref();
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next.as_ref();
        }
        let mut cur = b.as_ref();
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next.as_ref();
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
