// Expected: WA — merges the lists in pairs, round after round, but when a round
// has an odd number of lists the last one is never carried over, so it is lost
// (Example 1 loses [2,6]).
/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
class Solution {
    public ListNode mergeKLists(ListNode[] lists) {
        if (lists.length == 0) return null;
        List<ListNode> cur = new ArrayList<>(Arrays.asList(lists));
        while (cur.size() > 1) {
            List<ListNode> next = new ArrayList<>();
            for (int i = 0; i + 1 < cur.size(); i += 2) {
                next.add(mergeTwo(cur.get(i), cur.get(i + 1)));
            }
            cur = next;
        }
        return cur.get(0);
    }

    private ListNode mergeTwo(ListNode a, ListNode b) {
        ListNode dummy = new ListNode();
        ListNode tail = dummy;
        while (a != null && b != null) {
            if (a.val <= b.val) {
                tail.next = a;
                a = a.next;
            } else {
                tail.next = b;
                b = b.next;
            }
            tail = tail.next;
        }
        tail.next = a != null ? a : b;
        return dummy.next;
    }
}
