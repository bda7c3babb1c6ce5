// Expected: AC — max-heap of remaining counts, simulated in rounds of n + 1 slots.
class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        int cnt[26] = {0};
        for (char t : tasks) cnt[t - 'A']++;
        priority_queue<int> pq;
        for (int c : cnt) {
            if (c > 0) pq.push(c);
        }
        int time = 0;
        while (!pq.empty()) {
            vector<int> left;
            int slots = n + 1;
            int done = 0;
            while (slots > 0 && !pq.empty()) {
                int c = pq.top();
                pq.pop();
                if (c > 1) left.push_back(c - 1);
                slots--;
                done++;
            }
            for (int c : left) pq.push(c);
            time += pq.empty() ? done : n + 1;
        }
        return time;
    }
};
