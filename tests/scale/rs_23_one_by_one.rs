// scale: merge-k-lists worse n=n|n_log_n
// Merge the lists into the result one at a time: O(N·k).
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut merged: Vec<i32> = Vec::new();
        for mut list in lists {
            let mut other = Vec::new();
            while let Some(node) = list {
                other.push(node.val);
                list = node.next;
            }
            let mut out = Vec::with_capacity(merged.len() + other.len());
            let (mut i, mut j) = (0, 0);
            while i < merged.len() || j < other.len() {
                if j == other.len() || (i < merged.len() && merged[i] <= other[j]) {
                    out.push(merged[i]);
                    i += 1;
                } else {
                    out.push(other[j]);
                    j += 1;
                }
            }
            merged = out;
        }
        let mut head = None;
        for v in merged.into_iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = head;
            head = Some(node);
        }
        head
    }
}
