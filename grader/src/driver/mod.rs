//! Drivers: the code added to a learner's file that reads cases from the
//! grader, calls the learner's function or class, and answers on a channel
//! the learner's own prints cannot reach. One generator per language.

pub mod cpp;
pub mod java;
pub mod python;
pub mod rust;
// @cpp-java-modules
pub mod javascript;
pub mod typescript;
// @js-ts-modules

/// The files a build folder holds: (file name, content); the first is the main file.
pub type Sources = Vec<(String, String)>;

/// `findKthLargest` → `find_kth_largest` (LeetCode's Rust names).
pub fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn snake_cases_leetcode_names() {
        for (camel, snake) in [
            ("findKthLargest", "find_kth_largest"),
            ("topKFrequent", "top_k_frequent"),
            ("mergeKLists", "merge_k_lists"),
            ("addNum", "add_num"),
            ("kClosest", "k_closest"),
        ] {
            assert_eq!(super::snake_case(camel), snake);
        }
    }
}
