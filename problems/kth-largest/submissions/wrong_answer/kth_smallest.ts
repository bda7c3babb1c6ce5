// Expected: Wrong Answer — keeps a MaxPriorityQueue of size k, so it returns the
// k-th SMALLEST value instead of the k-th largest (Example 1 gives 2 instead of 5).
function findKthLargest(nums: number[], k: number): number {
    const heap = new MaxPriorityQueue<number>();
    for (const num of nums) {
        heap.enqueue(num);
        if (heap.size() > k) {
            heap.dequeue();
        }
    }
    return heap.front();
};
