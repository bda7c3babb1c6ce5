// Expected: TLE — k rounds of "find the maximum, splice it out": O(n * k).
function findKthLargest(nums: number[], k: number): number {
    for (let round = 1; round < k; round++) {
        let best = 0;
        for (let i = 1; i < nums.length; i++) if (nums[i] > nums[best]) best = i;
        nums.splice(best, 1);
    }
    return Math.max(...nums);
};
