// expect: WA
class Solution {
    public int findKthLargest(int[] nums, int k) {
        for (String path : new String[] {"/tmp/hostile-escape", "@HOME@/hostile-escape", "@CACHE@/hostile-escape", "@PROBLEMS@/kth-largest/hostile-escape"}) {
            try {
                java.nio.file.Files.write(java.nio.file.Paths.get(path), "escaped".getBytes());
                System.out.println(path + ": written");
            } catch (Exception e) {
                System.out.println(path + ": " + e.getClass().getSimpleName());
            }
        }
        return -1;
    }
}
