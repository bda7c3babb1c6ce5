// Expected: Accepted — a MinPriorityQueue of the current list heads keyed by
// their values; O(N log k) for N nodes in k lists, nodes relinked, not copied.
/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
/**
 * @param {ListNode[]} lists
 * @return {ListNode}
 */
var mergeKLists = function(lists) {
    const heap = new MinPriorityQueue((node) => node.val);
    for (const head of lists) {
        if (head) {
            heap.enqueue(head);
        }
    }
    const dummy = new ListNode();
    let tail = dummy;
    while (!heap.isEmpty()) {
        const node = heap.dequeue();
        tail.next = node;
        tail = node;
        if (node.next) {
            heap.enqueue(node.next);
        }
    }
    tail.next = null;
    return dummy.next;
};
