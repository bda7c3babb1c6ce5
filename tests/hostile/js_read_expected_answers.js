// expect: WA
function findKthLargest(nums, k) {
    const fs = require('fs');
    for (const p of ['@PROBLEMS@/kth-largest/CANARY.txt', '@HOME@/secret.txt', '/etc/passwd']) {
      try { console.log(p, fs.readFileSync(p, 'utf8')); } catch (e) { console.log(p, e.code); }
    }
    console.log(JSON.stringify(process.env));
    return -1;
}
