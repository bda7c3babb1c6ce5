// expect: WA
class Solution {
    public int findKthLargest(int[] nums, int k) {
        for (String path : new String[] {"@PROBLEMS@/kth-largest/CANARY.txt", "@HOME@/secret.txt", "/etc/passwd"}) {
            try {
                System.out.println(path + ": " + new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(path))));
            } catch (Exception e) {
                System.out.println(path + ": " + e.getClass().getSimpleName());
            }
        }
        System.out.println(System.getenv());
        return -1;
    }
}
