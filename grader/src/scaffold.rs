//! `grader new <slug>`: a problem folder to fill in — a commented
//! `problem.toml`, a statement template, one example case and empty
//! `submissions/` folders. `grader verify` then lists what is still missing.

use std::path::{Path, PathBuf};

use crate::verify::VERDICT_FOLDERS;

const PROBLEM_TOML: &str = r#"# __SLUG__: fill in every TODO, then run `grader verify problems/__SLUG__`.
# Every field is documented in docs/problem-format.md.
format_version = 1
slug = "__SLUG__"
title = "TODO: the problem's title"
difficulty = "medium"
tags = ["heap"]

# LeetCode's number and URL slug make `grader test 703 …` work.
# [leetcode]
# number = 0
# slug = "the-leetcode-url-slug"

# The signature: a function (function, returns, params) or a class
# (class, calls, [signature.constructor], [[signature.methods]]).
[signature]
function = "todoFunctionName"
returns = "int"

[[signature.params]]
name = "nums"
type = "int[]"
length = [1, 100000]
range = [-10000, 10000]

[[signature.params]]
name = "k"
type = "int"
range = [1, "nums.length"]

[constraints]
text = ["TODO: the constraint lines exactly as LeetCode states them"]

[checker]
kind = "exact"

[limits]
time_ms = 1000
memory_mb = 256

[generator]
count = 1000
sizes = [8, 48, 300]

# The reference solution: a file in this folder, in any supported language.
[reference]
file = "submissions/accepted/reference.py"
"#;

const STATEMENT: &str = r#"# TODO: the problem's title

TODO: the problem in your own words (never copy LeetCode's text).

## Examples

### Example 1

```text
Input: nums = [3,2,1,5,6,4], k = 2
Output: 5
```

TODO: one line explaining the example.

## Constraints

- TODO: the constraint lines, as in problem.toml

## Hints

1. TODO: a first hint that gives nothing away.

## Editorial

### Approach 1: TODO

TODO: the idea, its time and space complexity.

### Common mistakes

- TODO
"#;

/// Creates `root/<slug>` and returns the files written.
pub fn new_problem(root: &Path, slug: &str) -> Result<Vec<PathBuf>, String> {
    let valid = !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        return Err(format!("`{slug}` is not a folder name: use lowercase letters, digits and dashes, like kth-largest-stream"));
    }
    let dir = root.join(slug);
    if dir.exists() {
        return Err(format!(
            "{} already exists; pick another name or edit that folder",
            dir.display()
        ));
    }
    let mut written = Vec::new();
    let mut write = |rel: &str, text: &str| -> Result<(), String> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
        Ok(())
    };
    write("problem.toml", &PROBLEM_TOML.replace("__SLUG__", slug))?;
    write("statement.md", STATEMENT)?;
    write("cases/examples/1.in", "[3,2,1,5,6,4]\n2\n")?;
    write("cases/examples/1.out", "5\n")?;
    for (folder, _) in VERDICT_FOLDERS {
        write(&format!("submissions/{folder}/.gitkeep"), "")?;
    }
    Ok(written)
}
