//! Partitions merged byte for byte; reruns that regrade only what changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::helpers::{by_key, graded_count, put, results, text};
use crate::support::{grader, root};

/// Every file under `dir`, relative, with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.path().is_dir() {
                walk(root, &entry.path(), out);
            } else {
                out.insert(
                    entry.path().strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(entry.path()).unwrap(),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn partitions_merge_byte_for_byte_and_a_rerun_regrades_only_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path();
    let k = "problems/kth-largest/submissions";
    let l = "problems/last-stone-weight/submissions";
    let class = [
        ("s01", "kth-largest.py", format!("{k}/accepted/heap.py")),
        ("s02", "kth-largest.js", format!("{k}/accepted/heap.js")),
        (
            "s03",
            "kth-largest.py",
            format!("{k}/wrong_answer/kth_smallest.py"),
        ),
        (
            "s04",
            "kth-largest.rs",
            format!("{k}/run_time_error/panic.rs"),
        ),
        (
            "s05",
            "kth-largest.rs",
            format!("{k}/compile_error/type_mismatch.rs"),
        ),
        (
            "s06",
            "last-stone-weight.py",
            format!("{l}/accepted/heap.py"),
        ),
        (
            "s07",
            "last-stone-weight.js",
            format!("{l}/accepted/heap.js"),
        ),
        (
            "s08",
            "kth-largest.js",
            format!("{k}/wrong_answer/kth_smallest.js"),
        ),
        ("s09", "1046.py", format!("{l}/accepted/heap.py")),
        ("s10", "kth-largest.py", format!("{k}/accepted/heap.py")),
    ];
    // A CSV roster this time: paths relative to the CSV.
    let mut csv = String::from("student,problem,file\n");
    for (student, name, src) in &class {
        put(&base.join("files"), student, name, src);
        let problem = name.split('.').next().unwrap();
        csv.push_str(&format!("{student},{problem},files/{student}/{name}\n"));
    }
    csv.push_str("s11,kth-largest,files/missing.py\n");
    std::fs::write(base.join("roster.csv"), csv).unwrap();
    let roster = base.join("roster.csv");
    let common = |out: &Path, cache: &Path| -> Vec<String> {
        [
            roster.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--random",
            "20",
            "--seed",
            "7",
            "--jobs",
            "1",
            "--cache",
            cache.to_str().unwrap(),
            "--format",
            "gradescope",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    // One run and three partitions, as separate processes, at the same time, with separate result caches.
    let whole = base.join("whole");
    let mut children = vec![grader()
        .arg("batch")
        .args(common(&whole, &base.join("cache-a")))
        .spawn()
        .unwrap()];
    for i in 1..=3 {
        let part = base.join(format!("part{i}"));
        let mut cmd = grader();
        cmd.arg("batch")
            .args(common(&part, &base.join("cache-b")))
            .args(["--partition", &format!("{i}/3")]);
        children.push(cmd.spawn().unwrap());
    }
    let codes: Vec<i32> = children
        .iter_mut()
        .map(|c| c.wait().unwrap().code().unwrap_or(-1))
        .collect();
    // The missing file is a roster issue (exit 1) of the whole run and of the one share holding s11.
    assert_eq!(codes.iter().filter(|&&c| c == 1).count(), 2, "{codes:?}");
    assert_eq!(codes[0], 1, "{codes:?}");
    let merged = base.join("merged");
    let merge = grader()
        .args([
            "batch",
            "merge",
            "--format",
            "gradescope",
            "--out",
            merged.to_str().unwrap(),
        ])
        .args((1..=3).map(|i| base.join(format!("part{i}"))))
        .output()
        .unwrap();
    assert_eq!(merge.status.code(), Some(1), "{}", text(&merge));
    let (a, b) = (tree(&whole), tree(&merged));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(
            bytes == &b[path],
            "{} differs between the whole run and the merge",
            path.display()
        );
    }
    assert_eq!(by_key(&results(&whole)).len(), 10);
    // Merging an incomplete set is refused.
    let partial = grader()
        .args([
            "batch",
            "merge",
            "--out",
            base.join("bad").to_str().unwrap(),
        ])
        .arg(base.join("part1"))
        .output()
        .unwrap();
    assert_eq!(partial.status.code(), Some(2), "{}", text(&partial));
    assert!(String::from_utf8_lossy(&partial.stderr).contains("partitions missing"));
    // A late fix: one changed file is the only one graded again.
    let fixed = std::fs::read_to_string(root().join(format!("{k}/accepted/heap.py"))).unwrap()
        + "# fixed late\n";
    std::fs::write(base.join("files/s03/kth-largest.py"), fixed).unwrap();
    let rerun = grader()
        .arg("batch")
        .args(common(&whole, &base.join("cache-a")))
        .output()
        .unwrap();
    assert_eq!(graded_count(&rerun), 1, "{}", text(&rerun));
    assert_eq!(
        by_key(&results(&whole))[&("s03".into(), "kth-largest".into())]["verdict"],
        "AC"
    );
    // --only regrades that student's files and nothing else.
    let only = grader()
        .arg("batch")
        .args(common(&whole, &base.join("cache-a")))
        .args(["--only", "s04"])
        .output()
        .unwrap();
    assert_eq!(graded_count(&only), 1, "{}", text(&only));
    let unknown = grader()
        .arg("batch")
        .args(common(&whole, &base.join("cache-a")))
        .args(["--only", "nobody"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2), "{}", text(&unknown));
}
