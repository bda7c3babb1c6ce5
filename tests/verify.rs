//! `grader verify` catches each way a problem folder can be broken, naming
//! the file and what to fix; `grader new` scaffolds a folder whose
//! verification lists what is missing.

mod support;

use std::path::{Path, PathBuf};

use support::{copy_dir, grader, root};

/// A copy of a bundled problem keeping only the listed submissions (paths under submissions/).
fn copy_problem(slug: &str, keep: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(slug);
    copy_dir(&root().join("problems").join(slug), &dir);
    let subs = dir.join("submissions");
    for folder in std::fs::read_dir(&subs).unwrap().flatten() {
        for file in std::fs::read_dir(folder.path()).unwrap().flatten() {
            let rel = file
                .path()
                .strip_prefix(&subs)
                .unwrap()
                .display()
                .to_string();
            if !keep.contains(&rel.as_str()) {
                std::fs::remove_file(file.path()).unwrap();
            }
        }
    }
    (tmp, dir)
}

/// Runs `grader verify <dir> --format json`: (exit code, the problem's report).
fn verify(dir: &Path) -> (i32, serde_json::Value) {
    let out = grader()
        .arg("verify")
        .arg(dir)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let reports: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap(), reports[0].clone())
}

/// The problems reported by the check named `name`.
fn failures(report: &serde_json::Value, name: &str) -> Vec<String> {
    let check = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no check {name}: {report}"));
    check["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

const LAST_STONE: &[&str] = &[
    "accepted/heap.rs",
    "accepted/heap.py",
    "wrong_answer/forgets_remainder.rs",
];

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn an_intact_copy_verifies() {
    let (_tmp, dir) = copy_problem("last-stone-weight", LAST_STONE);
    let (code, report) = verify(&dir);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["ok"], true);
    let rows = report["submissions"].as_array().unwrap();
    assert!(rows.iter().all(|r| r["ok"] == true), "{report}");
}

#[test]
fn a_corrupted_expected_output_is_named() {
    let (_tmp, dir) = copy_problem("last-stone-weight", LAST_STONE);
    let out = std::fs::read_dir(dir.join("cases/hidden"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "out"))
        .min()
        .unwrap();
    let value: i64 = std::fs::read_to_string(&out)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    std::fs::write(&out, format!("{}\n", value + 1)).unwrap();
    let (code, report) = verify(&dir);
    assert_eq!(code, 1);
    let name = out.file_name().unwrap().to_string_lossy().into_owned();
    let found = failures(&report, "expected outputs");
    assert!(
        found
            .iter()
            .any(|p| p.contains(&name) && p.contains("disagrees with the reference")),
        "{found:?}"
    );
}

#[test]
fn a_case_outside_the_constraints_is_named() {
    let (_tmp, dir) = copy_problem("last-stone-weight", LAST_STONE);
    std::fs::write(dir.join("cases/hidden/99-zero-stone.in"), "[0,5]\n").unwrap();
    std::fs::write(dir.join("cases/hidden/99-zero-stone.out"), "5\n").unwrap();
    let (code, report) = verify(&dir);
    assert_eq!(code, 1);
    let found = failures(&report, "constraints");
    assert!(
        found
            .iter()
            .any(|p| p.contains("99-zero-stone.in") && p.contains("outside")),
        "{found:?}"
    );
}

#[test]
fn a_misspelled_field_is_named_with_a_suggestion() {
    let (_tmp, dir) = copy_problem("last-stone-weight", LAST_STONE);
    edit(&dir.join("problem.toml"), "difficulty =", "dificulty =");
    let (code, report) = verify(&dir);
    assert_eq!(code, 1);
    let found = failures(&report, "spec");
    assert!(
        found.iter().any(|p| p.contains("problem.toml:")
            && p.contains("dificulty")
            && p.contains("did you mean `difficulty`")),
        "{found:?}"
    );
}

#[test]
fn a_wrong_solution_in_accepted_is_named() {
    let (_tmp, dir) = copy_problem("last-stone-weight", LAST_STONE);
    std::fs::copy(
        dir.join("submissions/wrong_answer/forgets_remainder.rs"),
        dir.join("submissions/accepted/mine.rs"),
    )
    .unwrap();
    let (code, report) = verify(&dir);
    assert_eq!(code, 1);
    let found = failures(&report, "submissions");
    assert!(
        found
            .iter()
            .any(|p| p.contains("accepted/mine.rs") && p.contains("expected AC, got WA")),
        "{found:?}"
    );
}

#[test]
fn a_correct_solution_in_wrong_answer_is_named() {
    let (_tmp, dir) = copy_problem("last-stone-weight", LAST_STONE);
    std::fs::copy(
        dir.join("submissions/accepted/heap.py"),
        dir.join("submissions/wrong_answer/not_wrong.py"),
    )
    .unwrap();
    let (code, report) = verify(&dir);
    assert_eq!(code, 1);
    let found = failures(&report, "submissions");
    assert!(
        found
            .iter()
            .any(|p| p.contains("wrong_answer/not_wrong.py") && p.contains("expected WA, got AC")),
        "{found:?}"
    );
}

#[test]
fn a_time_limit_too_tight_for_the_accepted_solutions_is_named() {
    let (_tmp, dir) = copy_problem(
        "kth-largest",
        &["accepted/heap.rs", "wrong_answer/kth_smallest.rs"],
    );
    edit(&dir.join("problem.toml"), "time_ms = 1000", "time_ms = 1");
    let (code, report) = verify(&dir);
    assert_eq!(code, 1);
    let subs = failures(&report, "submissions");
    assert!(
        subs.iter()
            .any(|p| p.contains("accepted/heap.rs") && p.contains("got TLE")),
        "{subs:?}"
    );
    let timing = failures(&report, "time limit");
    assert!(
        timing
            .iter()
            .any(|p| p.contains("problem.toml") && p.contains("time_ms = 1")),
        "{timing:?}"
    );
}

#[test]
fn a_missing_statement_example_is_named() {
    let (_tmp, dir) = copy_problem("last-stone-weight", LAST_STONE);
    edit(
        &dir.join("statement.md"),
        "### Example 2",
        "### Another example",
    );
    let (code, report) = verify(&dir);
    assert_eq!(code, 1);
    let found = failures(&report, "statement examples");
    assert!(
        found
            .iter()
            .any(|p| p.contains("statement.md") && p.contains("Example 2 is missing")),
        "{found:?}"
    );
}

#[test]
fn a_new_folder_lists_what_is_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = grader()
        .env("GRADER_PROBLEMS", tmp.path())
        .args(["new", "my-heap-problem"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = tmp.path().join("my-heap-problem");
    for file in [
        "problem.toml",
        "statement.md",
        "cases/examples/1.in",
        "submissions/accepted/.gitkeep",
    ] {
        assert!(dir.join(file).is_file(), "{file}");
    }
    let (code, report) = verify(&dir);
    assert_eq!(code, 1);
    let missing = failures(&report, "spec and files");
    for item in [
        "problem.toml:5: still a placeholder",
        "statement.md:1: still a placeholder",
        "cases/hidden/ has no cases",
        "[reference] file",
        "submissions/accepted/ is empty",
    ] {
        assert!(
            missing.iter().any(|m| m.contains(item)),
            "{item} not in {missing:?}"
        );
    }
    let again = grader()
        .env("GRADER_PROBLEMS", tmp.path())
        .args(["new", "my-heap-problem"])
        .output()
        .unwrap();
    assert_eq!(
        again.status.code(),
        Some(2),
        "an existing folder is not overwritten"
    );
}
