// expect: WA
class Solution {
    public int findKthLargest(int[] nums, int k) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", @PORT@)) {
            s.getOutputStream().write("leak".getBytes());
            System.out.println("connected");
        } catch (Exception e) {
            System.out.println("tcp: " + e);
        }
        return -1;
    }
}
