//! Helpers shared by the batch tests: building a roster from fixtures,
//! running `grader batch`, reading its results.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

use crate::support::{grader, root};

/// Copies `src` (relative to the workspace) to `roster/<student>/<name>`.
pub fn put(roster: &Path, student: &str, name: &str, src: &str) {
    let dir = roster.join(student);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(root().join(src), dir.join(name)).unwrap_or_else(|e| panic!("{src}: {e}"));
}

pub fn batch(args: &[&str]) -> Output {
    grader()
        .arg("batch")
        .args(args)
        .output()
        .expect("run grader batch")
}

pub fn text(out: &Output) -> String {
    format!(
        "status {:?}\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub fn results(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("results.json")).unwrap()).unwrap()
}

/// (student, problem) → submission record.
pub fn by_key(results: &serde_json::Value) -> BTreeMap<(String, String), serde_json::Value> {
    results["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let key = (
                s["student"].as_str().unwrap().to_string(),
                s["problem"].as_str().unwrap().to_string(),
            );
            (key, s.clone())
        })
        .collect()
}

/// How many submissions a run graded afresh, from its summary line.
pub fn graded_count(out: &Output) -> usize {
    let err = String::from_utf8_lossy(&out.stderr);
    let start = err.find('(').expect("summary line") + 1;
    err[start..].split(' ').next().unwrap().parse().unwrap()
}
