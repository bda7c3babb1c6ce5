// scale: kth-largest same n=n_log_n|n k=1|log_k
// Sorts everything: O(n log n), whatever k.
function findKthLargest(nums: number[], k: number): number {
    const sorted = Int32Array.from(nums).sort();
    return sorted[sorted.length - k];
}
