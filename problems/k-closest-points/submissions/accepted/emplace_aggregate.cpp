// Expected: AC — emplace(d, i) on an aggregate struct (C++20 parenthesized aggregate init, clang 16+) in a lambda-ordered heap.
struct Item {
    long long dist;
    int index;
};

class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        auto farther_first = [](const Item& a, const Item& b) { return a.dist < b.dist; };
        priority_queue<Item, vector<Item>, decltype(farther_first)> pq;
        for (int i = 0; i < (int)points.size(); i++) {
            long long x = points[i][0], y = points[i][1];
            pq.emplace(x * x + y * y, i);
            if ((int)pq.size() > k) pq.pop();
        }
        vector<vector<int>> res;
        for (; !pq.empty(); pq.pop()) res.push_back(points[pq.top().index]);
        ranges::reverse(res);
        return res;
    }
};
