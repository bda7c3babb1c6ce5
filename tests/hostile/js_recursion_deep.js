// expect: RE
function findKthLargest(nums, k) {
    const down = (n) => (n === 0 ? 0 : 1 + down(n - 1));
    return down(10000000);
}
