// Expected: WA — ranks the points by |x| + |y| (Manhattan distance) instead of
// the Euclidean distance (Example 2 picks [5,-1] instead of [-2,4]).
class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        priority_queue<pair<int, int>> pq;
        for (int i = 0; i < (int)points.size(); i++) {
            int d = abs(points[i][0]) + abs(points[i][1]);
            pq.push({d, i});
            if ((int)pq.size() > k) pq.pop();
        }
        vector<vector<int>> res;
        while (!pq.empty()) {
            res.push_back(points[pq.top().second]);
            pq.pop();
        }
        return res;
    }
};
