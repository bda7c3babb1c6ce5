//! A hung submission is stopped at its wall budget, leaving no process behind.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::helpers::{by_key, put, results, text};
use crate::support::grader;

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
