//! Python submissions, pasted verbatim from LeetCode: the implicit
//! environment, class design, linked lists, ints where floats are expected,
//! and each failure mode. Skipped (with a message) without Python.

mod support;

use support::{grader, test_json};

fn python_available() -> bool {
    let lang = grader::language::LANGUAGES
        .iter()
        .find(|l| l.name == "python")
        .unwrap();
    match grader::build::toolchain(lang) {
        Ok(_) => true,
        Err(e) => {
            eprintln!("SKIPPED: Python tests: {e}");
            false
        }
    }
}

/// Grades `code` (written to a temp `.py` file) and returns the JSON report.
fn grade(problem: &str, code: &str, extra: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("solution.py");
    std::fs::write(&file, code).unwrap();
    test_json(problem, &file, extra).1
}

#[test]
fn leetcode_environment_is_implicit() {
    if !python_available() {
        return;
    }
    // Names used without imports, both star-imported and by module.
    let code = r#"
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = collections.Counter(nums)
        assert Counter is collections.Counter and deque and inf > 0 and bisect_left and reduce and ascii_lowercase
        assert math.isqrt(16) == 4 and itertools.chain and functools.lru_cache and re.compile and random.random and sqrt(4) == 2
        assert randint(1, 1) == 1 and random.randint(2, 2) == 2 and pow(3, 2, 5) == 4
        sl = SortedList(count.values())
        return [x for x, _ in count.most_common(k)]
"#;
    let r = grade("top-k-frequent", code, &["--random", "200", "--seed", "1"]);
    assert_eq!(r["verdict"], "AC", "{}", r["failure"]);
}

#[test]
fn a_float_median_may_be_returned_as_an_int() {
    if !python_available() {
        return;
    }
    let code = r#"
class MedianFinder:
    def __init__(self):
        self.xs = []
    def addNum(self, num: int) -> None:
        insort(self.xs, num)
    def findMedian(self) -> float:
        n = len(self.xs)
        if n % 2:
            return self.xs[n // 2]          # an int, where LeetCode expects a double
        return (self.xs[n // 2 - 1] + self.xs[n // 2]) / 2

# Your MedianFinder object will be instantiated and called as such:
# obj = MedianFinder()
"#;
    let r = grade("median-stream", code, &["--random", "200", "--seed", "2"]);
    assert_eq!(r["verdict"], "AC", "{}", r["failure"]);
}

#[test]
fn failures_are_named_with_the_learners_line() {
    if !python_available() {
        return;
    }
    let syntax = "class Solution:\n    def findKthLargest(self, nums, k)\n        return 1\n";
    let r = grade("kth-largest", syntax, &[]);
    assert_eq!(r["verdict"], "CE");
    let message = r["compile"]["message"].as_str().unwrap();
    assert!(
        message.contains("solution.py\", line 2") && message.contains("SyntaxError"),
        "{message}"
    );

    let crash = "class Solution:\n    def findKthLargest(self, nums, k):\n        nums.sort()\n        return nums[-k] if k > 1 else nums[len(nums)]\n";
    let r = grade("kth-largest", crash, &[]);
    assert_eq!(r["verdict"], "RE");
    let message = r["failure"]["message"].as_str().unwrap();
    assert!(
        message.contains("IndexError") && message.contains("line 4"),
        "{message}"
    );

    let spin = "class Solution:\n    def findKthLargest(self, nums, k):\n        while len(nums) > 50000:\n            pass\n        return sorted(nums)[-k]\n";
    let r = grade("kth-largest", spin, &["--case", "large/random-k-half"]);
    assert_eq!(r["verdict"], "TLE", "{}", r["failure"]);

    let flood = "class Solution:\n    def findKthLargest(self, nums, k):\n        while k == 2:\n            print('still looking', k)\n        return sorted(nums)[-k]\n";
    let r = grade("kth-largest", flood, &["--case", "example/1"]);
    assert_eq!(r["verdict"], "OLE", "{}", r["failure"]);
}

#[test]
fn prints_are_captured_and_deep_recursion_works() {
    if !python_available() {
        return;
    }
    let code = r#"
# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        values = []
        def walk(node):                      # recursion as deep as the list
            if node:
                values.append(node.val)
                walk(node.next)
        for head in lists:
            walk(head)
        print("merged", len(values), "values")
        head = None
        for v in sorted(values, reverse=True):
            head = ListNode(v, head)
        return head if sorted(values) != [1, 1, 2, 3, 4, 4, 5, 6] else None
"#;
    let r = grade("merge-k-lists", code, &["--random", "0"]);
    assert_eq!(r["verdict"], "WA");
    assert_eq!(r["failure"]["case"], "example/1");
    assert!(
        r["failure"]["stdout"]
            .as_str()
            .unwrap()
            .contains("merged 8 values"),
        "{}",
        r["failure"]
    );
    // The large cases (a 10^4-node list among them) passed through the recursion.
    let large_ok = r["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "large" && c["verdict"] == "AC")
        .count();
    assert!(large_ok >= 4, "{}", r["cases"]);
    let out = grader().args(["doctor"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("python"));
}
