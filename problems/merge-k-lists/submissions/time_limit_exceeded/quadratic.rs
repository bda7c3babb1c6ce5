// Expected: TLE — merges the lists one at a time into an accumulated result, and
// every merge copies the whole accumulated list into a Vec, sorts it and rebuilds
// every node: O(k * N log N). With 10^4 one-node lists that is ~5 * 10^7 node
// allocations plus 10^4 sorts of up to 10^4 values. Correct on every small case.
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut merged: Option<Box<ListNode>> = None;
        for list in lists.iter() {
            merged = Self::merge_two(&merged, list);
        }
        merged
    }

    fn to_vec(list: &Option<Box<ListNode>>) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = list;
        while let Some(node) = cur {
            out.push(node.val);
            cur = &node.next;
        }
        out
    }

    fn from_vec(values: &[i32]) -> Option<Box<ListNode>> {
        let mut head = None;
        for &v in values.iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = head;
            head = Some(node);
        }
        head
    }

    fn merge_two(a: &Option<Box<ListNode>>, b: &Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut all = [Self::to_vec(a), Self::to_vec(b)].concat();
        all.sort();
        Self::from_vec(&all)
    }
}
