// expect: TLE
function findKthLargest(nums: number[], k: number): number {
    let x = 0;
    while (x >= 0) x = (x + 1) % 1000;
    return x;
}
