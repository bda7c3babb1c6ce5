// expect: TLE
function findKthLargest(nums, k) {
    let x = 0;
    while (x >= 0) x = (x + 1) % 1000;
    return x;
}
