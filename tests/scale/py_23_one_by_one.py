# scale: merge-k-lists worse n=n|n_log_n k=k
# Merges the lists into the result one at a time: O(n·k).
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        result = None
        for head in lists:
            dummy = tail = ListNode()
            a, b = result, head
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            result = dummy.next
        return result
