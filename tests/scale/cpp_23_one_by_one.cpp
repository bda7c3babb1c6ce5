// scale: merge-k-lists worse n=n|n_log_n
// Merge each list into the running result: O(N·k).
class Solution {
    ListNode* merge2(ListNode* a, ListNode* b) {
        ListNode dummy;
        ListNode* t = &dummy;
        while (a && b) {
            if (a->val <= b->val) { t->next = a; a = a->next; }
            else { t->next = b; b = b->next; }
            t = t->next;
        }
        t->next = a ? a : b;
        return dummy.next;
    }
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        ListNode* out = nullptr;
        for (ListNode* l : lists) out = merge2(out, l);
        return out;
    }
};
