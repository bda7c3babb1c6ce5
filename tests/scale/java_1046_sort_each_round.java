// scale: last-stone-weight worse n=n^2|n^2_log_n
// Sorts the whole list every round: O(n² log n).
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class Solution {
    public int lastStoneWeight(int[] stones) {
        List<Integer> v = new ArrayList<>();
        for (int s : stones) v.add(s);
        while (v.size() > 1) {
            Collections.sort(v);
            int y = v.remove(v.size() - 1);
            int x = v.remove(v.size() - 1);
            if (y != x) v.add(y - x);
        }
        return v.isEmpty() ? 0 : v.get(0);
    }
}
