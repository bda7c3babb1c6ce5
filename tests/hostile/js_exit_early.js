// expect: RE
function findKthLargest(nums, k) {
    process.exit(0);
}
