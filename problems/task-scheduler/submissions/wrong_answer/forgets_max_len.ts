// Expected: Wrong Answer — the counting formula (maxCount - 1) * (n + 1) + ties,
// without taking the max with tasks.length: when there are enough other tasks to
// fill every idle slot it undercounts (Example 2 gives 4 instead of 6).
function leastInterval(tasks: string[], n: number): number {
    const count: number[] = new Array(26).fill(0);
    for (const task of tasks) {
        count[task.charCodeAt(0) - 65]++;
    }
    const max = Math.max(...count);
    const ties = count.filter((c) => c === max).length;
    return (max - 1) * (n + 1) + ties;
};
