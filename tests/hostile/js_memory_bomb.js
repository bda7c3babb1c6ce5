// expect: MLE
function findKthLargest(nums, k) {
    const hog = [];
    while (true) hog.push(new Float64Array(1 << 21).fill(1));
}
