// expect: RE
function findKthLargest(nums, k) {
    require('child_process').execSync('sleep 1000');
    nums.sort((a, b) => a - b);
    return nums[nums.length - k];
}
