// Expected: Accepted — a MinPriorityQueue of the current list heads keyed by
// their values; O(N log k) for N nodes in k lists, nodes relinked, not copied.
/**
 * Definition for singly-linked list.
 * class ListNode {
 *     val: number
 *     next: ListNode | null
 *     constructor(val?: number, next?: ListNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.next = (next===undefined ? null : next)
 *     }
 * }
 */

function mergeKLists(lists: Array<ListNode | null>): ListNode | null {
    const heap = new MinPriorityQueue<ListNode>((node) => node.val);
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
