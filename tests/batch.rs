//! End-to-end tests of `grader batch`: a synthetic class built from the
//! project's own submissions (accepted, wrong, slow, crashing, hostile; several
//! languages) graded into every output and checked against the known labels;
//! a hung submission stopped at its wall budget; three partitions graded as
//! separate processes and merged, byte for byte equal to one run; a rerun
//! with one changed file regrading only that file.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use support::{grader, root};

/// Copies `src` (relative to the workspace) to `roster/<student>/<name>`.
fn put(roster: &Path, student: &str, name: &str, src: &str) {
    let dir = roster.join(student);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(root().join(src), dir.join(name)).unwrap_or_else(|e| panic!("{src}: {e}"));
}

fn batch(args: &[&str]) -> Output {
    grader()
        .arg("batch")
        .args(args)
        .output()
        .expect("run grader batch")
}

fn text(out: &Output) -> String {
    format!(
        "status {:?}\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn results(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("results.json")).unwrap()).unwrap()
}

/// (student, problem) → submission record.
fn by_key(results: &serde_json::Value) -> BTreeMap<(String, String), serde_json::Value> {
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
fn graded_count(out: &Output) -> usize {
    let err = String::from_utf8_lossy(&out.stderr);
    let start = err.find('(').expect("summary line") + 1;
    err[start..].split(' ').next().unwrap().parse().unwrap()
}

#[test]
fn class_is_graded_into_every_output_with_the_known_verdicts() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("roster");
    let k = "problems/kth-largest/submissions";
    // (student, file name in the roster, source, expected verdict)
    let class = [
        (
            "ada",
            "kth-largest.py",
            format!("{k}/accepted/heap.py"),
            "AC",
        ),
        ("ada-twin", "215.py", format!("{k}/accepted/heap.py"), "AC"),
        (
            "ben",
            "kth-largest.cpp",
            format!("{k}/accepted/heap.cpp"),
            "AC",
        ),
        (
            "cy",
            "kth-largest.java",
            format!("{k}/accepted/heap.java"),
            "AC",
        ),
        (
            "dee",
            "kth-largest-element-in-an-array.ts",
            format!("{k}/accepted/heap.ts"),
            "AC",
        ),
        (
            "eve",
            "kth-largest.py",
            "tests/hostile/py_kill_parent.py".into(),
            "AC",
        ),
        (
            "fay",
            "kth-largest.py",
            format!("{k}/wrong_answer/kth_smallest.py"),
            "WA",
        ),
        (
            "gus",
            "kth-largest.js",
            format!("{k}/wrong_answer/kth_smallest.js"),
            "WA",
        ),
        (
            "hal",
            "kth-largest.rs",
            format!("{k}/time_limit_exceeded/infinite_loop.rs"),
            "TLE",
        ),
        (
            "ivy",
            "kth-largest.rs",
            format!("{k}/memory_limit_exceeded/counting_table.rs"),
            "MLE",
        ),
        (
            "jo",
            "kth-largest.py",
            "tests/hostile/py_stdout_flood.py".into(),
            "OLE",
        ),
        (
            "kit",
            "kth-largest.rs",
            format!("{k}/run_time_error/panic.rs"),
            "RE",
        ),
        (
            "lou",
            "kth-largest.py",
            "tests/hostile/py_fork_bomb.py".into(),
            "RE",
        ),
        (
            "max",
            "kth-largest.cpp",
            "tests/hostile/cpp_segfault.cpp".into(),
            "RE",
        ),
        (
            "ned",
            "kth-largest.rs",
            format!("{k}/compile_error/type_mismatch.rs"),
            "CE",
        ),
        (
            "ada",
            "last-stone-weight.py",
            "problems/last-stone-weight/submissions/accepted/heap.py".into(),
            "AC",
        ),
        (
            "fay",
            "1046.rs",
            "problems/last-stone-weight/submissions/run_time_error/panic.rs".into(),
            "RE",
        ),
    ];
    for (student, name, src, _) in &class {
        put(&roster, student, name, src);
    }
    // Roster issues: an unknown problem, an unknown extension, two files for one problem.
    put(
        &roster,
        "oz",
        "no-such-problem.py",
        &format!("{k}/accepted/heap.py"),
    );
    put(
        &roster,
        "oz",
        "kth-largest.txt",
        &format!("{k}/accepted/heap.py"),
    );
    put(
        &roster,
        "pat",
        "kth-largest.py",
        &format!("{k}/accepted/heap.py"),
    );
    put(&roster, "pat", "215.js", &format!("{k}/accepted/heap.js"));
    let out = dir.path().join("out");
    let cache = dir.path().join("results-cache");
    let run = batch(&[
        roster.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--random",
        "30",
        "--jobs",
        "2",
        "--format",
        "gradescope",
        "--cache",
        cache.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(1),
        "roster issues give exit 1\n{}",
        text(&run)
    );
    let r = results(&out);
    let subs = by_key(&r);
    let mut wrong = Vec::new();
    for (student, name, src, verdict) in &class {
        let problem = if name.starts_with("last") || name.starts_with("1046") {
            "last-stone-weight"
        } else {
            "kth-largest"
        };
        let s = &subs[&(student.to_string(), problem.to_string())];
        let score = s["score"].as_f64().unwrap();
        let ok = s["verdict"] == *verdict
            && s["gradable"] == true
            && match *verdict {
                "AC" => score == 100.0 && s["cases_passed"] == s["cases_total"],
                "CE" => score == 0.0 && s["message"].as_str().is_some_and(|m| !m.is_empty()),
                _ => score < 100.0,
            };
        if !ok {
            wrong.push(format!(
                "{student} {src}: expected {verdict}, got {} score {score} ({})",
                s["verdict"], s["message"]
            ));
        }
    }
    assert!(wrong.is_empty(), "{}\n{}", wrong.join("\n"), text(&run));
    // Identical files are graded once: 17 submissions, 16 distinct contents.
    assert_eq!(graded_count(&run), 16, "{}", text(&run));
    let issues: Vec<String> = r["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(issues.len(), 3, "{issues:?}");
    assert!(
        issues.iter().any(|m| m.contains("unknown problem")),
        "{issues:?}"
    );
    assert!(
        issues.iter().any(|m| m.contains("2 files for kth-largest")),
        "{issues:?}"
    );
    // The gradebook: a row per student (with or without gradable work), a column per problem, a total.
    let csv = std::fs::read_to_string(out.join("gradebook.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "student,kth-largest,last-stone-weight,total");
    assert!(lines.contains(&"ada,100,100,200"), "{csv}");
    assert!(lines.contains(&"ned,0,0,0"), "{csv}");
    assert!(lines.contains(&"oz,0,0,0"), "{csv}");
    assert_eq!(lines.len(), 1 + 17, "{csv}");
    // JUnit: a suite per student; Gradescope: a results.json per student; HTML: index and pages.
    let junit = std::fs::read_to_string(out.join("junit.xml")).unwrap();
    assert_eq!(junit.matches("<testsuite ").count(), 17, "{junit}");
    let gs: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("gradescope/ada/results.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(gs["score"], 200.0);
    assert_eq!(gs["tests"].as_array().unwrap().len(), 2);
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("Kth Largest Element in an Array") && index.contains("students/ada.html"),
        "{index}"
    );
    let fay = std::fs::read_to_string(out.join("students/fay.html")).unwrap();
    assert!(
        fay.contains("expected:")
            && fay.contains("reproduce: grader test kth-largest fay/kth-largest.py"),
        "{fay}"
    );
    // A rerun with nothing changed grades nothing; --detail verdict hides the failing input.
    let again = batch(&[
        roster.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--random",
        "30",
        "--cache",
        cache.to_str().unwrap(),
        "--detail",
        "verdict",
    ]);
    assert_eq!(graded_count(&again), 0, "{}", text(&again));
    assert_eq!(by_key(&results(&out)), subs);
    let fay = std::fs::read_to_string(out.join("students/fay.html")).unwrap();
    assert!(!fay.contains("expected:"), "{fay}");
}

/// Processes whose command line or working folder mention `mark`.
fn processes_mentioning(mark: &Path) -> Vec<String> {
    let mark = mark.to_string_lossy().into_owned();
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if !pid.chars().all(|c| c.is_ascii_digit()) || pid == std::process::id().to_string() {
            continue;
        }
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        let cwd = std::fs::read_link(entry.path().join("cwd")).unwrap_or_default();
        if cmdline.contains(&mark) || cwd.to_string_lossy().contains(&mark) {
            found.push(format!("{pid}: {cmdline}"));
        }
    }
    found
}

#[test]
fn a_hung_submission_is_stopped_at_its_budget_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("roster");
    put(
        &roster,
        "hung",
        "kth-largest.py",
        "tests/hostile/py_sleep_forever.py",
    );
    put(
        &roster,
        "fine",
        "kth-largest.py",
        "problems/kth-largest/submissions/accepted/heap.py",
    );
    let out = dir.path().join("out");
    let budget = 15;
    let start = Instant::now();
    let run = grader()
        .env("GRADER_CACHE_DIR", dir.path().join("cache"))
        .args([
            "batch",
            roster.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--random",
            "20",
            "--jobs",
            "2",
        ])
        .args(["--budget", &budget.to_string()])
        .output()
        .unwrap();
    let elapsed = start.elapsed();
    // Generous margin for a loaded 2-core machine; without the budget this file takes minutes.
    assert!(
        elapsed < Duration::from_secs(budget + 60),
        "took {elapsed:?}\n{}",
        text(&run)
    );
    let subs = by_key(&results(&out));
    let hung = &subs[&("hung".into(), "kth-largest".into())];
    assert_eq!(hung["verdict"], "TLE", "{hung}");
    assert!(
        hung["message"].as_str().unwrap().contains("wall budget"),
        "{hung}"
    );
    assert_eq!(hung["score"], 0.0);
    assert_eq!(
        subs[&("fine".into(), "kth-largest".into())]["verdict"],
        "AC"
    );
    std::thread::sleep(Duration::from_millis(500));
    let left = processes_mentioning(dir.path());
    assert!(left.is_empty(), "processes left behind: {left:?}");
}

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
