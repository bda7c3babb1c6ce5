//! The command-line contract: exit codes, problem aliases, the JSON schema,
//! JUnit, the build cache, colors, the human output (snapshot) and cleanup.

mod support;

use std::path::{Path, PathBuf};

use support::{cache_dir, grader, root, test_json};

fn fixture(slug: &str, rel: &str) -> PathBuf {
    PathBuf::from("problems")
        .join(slug)
        .join("submissions")
        .join(rel)
}

/// Snapshot settings that redact times, ratios and build status.
fn redacted() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("tests/snapshots"));
    settings.add_filter(r"\d+(\.\d+)? ms", "[T] ms");
    settings.add_filter(r"\d+(\.\d+)?×", "[R]×");
    // Which case is the slowest is itself a timing measurement.
    settings.add_filter(r"slowest case \S+:", "slowest case [CASE]:");
    settings.add_filter(
        r"(compiled in \d+\.\d+ s|build cached, not recompiled)",
        "[build]",
    );
    settings.add_filter(
        &regex::escape(&cache_dir().display().to_string()),
        "[CACHE]",
    );
    settings
}

fn human(args: &[&str]) -> (i32, String) {
    let out = grader()
        .args(args)
        .arg("--color")
        .arg("never")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn human_output_of_a_wrong_answer() {
    let file = fixture("kth-largest", "wrong_answer/kth_smallest.rs");
    let (code, out) = human(&["test", "kth-largest", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    redacted().bind(|| insta::assert_snapshot!("wrong_answer_human", out));
}

#[test]
fn human_output_of_an_accepted_class_design_solution() {
    let file = fixture("median-stream", "accepted/heap.rs");
    let (code, out) = human(&["test", "295", file.to_str().unwrap(), "--seed", "7"]);
    assert_eq!(code, 0, "{out}");
    redacted().bind(|| insta::assert_snapshot!("accepted_class_human", out));
}

#[test]
fn json_report_follows_the_documented_schema() {
    let file = fixture("kth-largest", "wrong_answer/kth_smallest.rs");
    let (code, r, _) = test_json("kth-largest", &file, &[]);
    assert_eq!(code, 1);
    for key in [
        "problem", "title", "language", "file", "verdict", "passed", "total", "cases", "failure",
        "compile", "slowest", "seed",
    ] {
        assert!(r.get(key).is_some(), "missing `{key}` in {r}");
    }
    assert_eq!(r["problem"], "kth-largest");
    assert_eq!(r["language"], "rust");
    assert_eq!(r["verdict"], "WA");
    let cases = r["cases"].as_array().unwrap();
    assert_eq!(cases.len() as u64, r["total"].as_u64().unwrap());
    let passed = cases.iter().filter(|c| c["verdict"] == "AC").count() as u64;
    assert_eq!(passed, r["passed"].as_u64().unwrap());
    for c in cases {
        assert!(
            c["name"].is_string() && c["kind"].is_string() && c["time_ms"].is_number(),
            "{c}"
        );
        assert!(
            ["AC", "WA", "TLE", "MLE", "RE", "CE", "OLE"].contains(&c["verdict"].as_str().unwrap())
        );
    }
    let kinds: Vec<&str> = cases.iter().map(|c| c["kind"].as_str().unwrap()).collect();
    let mut sorted = kinds.clone();
    sorted.sort_by_key(|k| ["example", "hidden", "large"].iter().position(|x| x == k));
    assert_eq!(kinds, sorted, "cases run in order examples, hidden, large");
    let f = &r["failure"];
    let first_failed = cases.iter().find(|c| c["verdict"] != "AC").unwrap();
    assert_eq!(
        f["case"], first_failed["name"],
        "the failure is the first failing case"
    );
    assert_eq!(f["verdict"], r["verdict"]);
    for key in [
        "input",
        "expected",
        "actual",
        "stdout",
        "reproduce",
        "message",
    ] {
        assert!(f[key].is_string(), "failure.{key} in {f}");
    }
    // The reproduce command reruns exactly that case, with the same verdict.
    let reproduce = f["reproduce"].as_str().unwrap();
    let args: Vec<&str> = reproduce.split_whitespace().skip(1).collect();
    let out = grader()
        .args(&args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let again: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(again["total"], 1);
    assert_eq!(again["verdict"], "WA");
    assert_eq!(again["failure"]["actual"], f["actual"]);
}

#[test]
fn junit_has_one_testcase_per_case() {
    let file = fixture("kth-largest", "wrong_answer/kth_smallest.rs");
    let out = grader()
        .args(["test", "kth-largest"])
        .arg(&file)
        .args(["--format", "junit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let xml = String::from_utf8(out.stdout).unwrap();
    let (_, json, _) = test_json("kth-largest", &file, &[]);
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert_eq!(
        xml.matches("<testcase ").count() as u64,
        json["total"].as_u64().unwrap()
    );
    let failed = json["total"].as_u64().unwrap() - json["passed"].as_u64().unwrap();
    assert_eq!(xml.matches("<failure").count() as u64, failed);
}

#[test]
fn exit_codes_for_user_mistakes() {
    let ok = fixture("kth-largest", "accepted/heap.rs");
    let run = |args: &[&str]| grader().args(args).output().unwrap();
    let out = run(&["test", "no-such-problem", ok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no problem named `no-such-problem`"));
    let out = run(&["test", "kth-largest", "does/not/exist.rs"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does/not/exist.rs"));
    let out = run(&["test", "kth-largest", "README.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("supported extensions"));
    let out = run(&[
        "test",
        "kth-largest",
        ok.to_str().unwrap(),
        "--case",
        "hidden/nope",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    // A broken problem folder is a spec error (2) naming the file and line.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("kth-largest");
    std::fs::create_dir_all(&dir).unwrap();
    let spec = std::fs::read_to_string(root().join("problems/kth-largest/problem.toml")).unwrap();
    std::fs::write(
        dir.join("problem.toml"),
        spec.replace("time_ms", "time_limit"),
    )
    .unwrap();
    let out = run(&["test", dir.to_str().unwrap(), ok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("problem.toml:") && err.contains("time_limit"),
        "{err}"
    );
}

#[test]
fn problem_aliases_all_work() {
    let ok = fixture("kth-largest", "accepted/heap.rs");
    for alias in ["kth-largest", "215", "kth-largest-element-in-an-array"] {
        let (code, json, _) = test_json(alias, &ok, &["--case", "example/1"]);
        assert_eq!(code, 0, "{alias}");
        assert_eq!(json["problem"], "kth-largest");
    }
}

#[test]
fn a_second_run_does_not_recompile() {
    let tmp = tempfile::tempdir().unwrap();
    let src =
        std::fs::read_to_string(root().join(fixture("last-stone-weight", "accepted/heap.rs")))
            .unwrap();
    let unique = tmp.path().join("mine.rs");
    let stamp = format!("// {:?}\n", std::time::SystemTime::now());
    std::fs::write(&unique, stamp + &src).unwrap();
    let (_, first, _) = test_json("last-stone-weight", &unique, &[]);
    let (_, second, _) = test_json("last-stone-weight", &unique, &[]);
    assert_eq!(first["compile"]["cached"], false);
    assert_eq!(second["compile"]["cached"], true);
    assert_eq!(second["verdict"], "AC");
    let builds = cache_dir().join("builds");
    let leftovers: Vec<_> = std::fs::read_dir(builds)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary build folders left behind: {leftovers:?}"
    );
}

#[test]
fn colors_follow_the_flag() {
    let ok = fixture("kth-largest", "accepted/heap.rs");
    let out = grader()
        .args([
            "test",
            "kth-largest",
            ok.to_str().unwrap(),
            "--case",
            "example/1",
            "--color",
            "always",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("\x1b["));
    // Not a terminal: no colors by default.
    let out = grader()
        .args([
            "test",
            "kth-largest",
            ok.to_str().unwrap(),
            "--case",
            "example/1",
        ])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("\x1b["));
}

fn processes_mentioning(needle: &Path) -> Vec<String> {
    let needle = needle.display().to_string();
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
        .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
        .filter(|c| c.contains(&needle) && !c.contains("cargo"))
        .collect()
}

#[test]
fn a_killed_submission_leaves_no_process_behind() {
    // A private cache, so only this test's processes can mention it.
    let cache = tempfile::tempdir().unwrap();
    let file = root().join(fixture(
        "kth-largest",
        "time_limit_exceeded/infinite_loop.rs",
    ));
    let out = grader()
        .env("GRADER_CACHE_DIR", cache.path())
        .args(["test", "kth-largest"])
        .arg(&file)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["verdict"], "TLE", "{json}");
    assert_eq!(out.status.code(), Some(1));
    let left = processes_mentioning(cache.path());
    assert!(left.is_empty(), "processes left running: {left:?}");
    let builds: Vec<_> = std::fs::read_dir(cache.path().join("builds"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        builds.len(),
        1,
        "one build folder, no temporary ones: {builds:?}"
    );
}

/// `--sandbox strict` refuses to run when a layer is missing (exit 2, saying
/// which), and `--sandbox off` runs but every report says so.
#[test]
fn sandbox_modes_strict_refuses_and_off_is_reported() {
    let file = root().join("problems/kth-largest/submissions/accepted/heap.rs");
    let out = grader()
        .args(["--sandbox", "strict", "test", "kth-largest"])
        .arg(&file)
        .env("GRADER_SANDBOX_WITHOUT", "landlock")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--sandbox strict") && stderr.contains("Landlock"),
        "{stderr}"
    );

    let (code, r, _) = support::test_json(
        "kth-largest",
        &file,
        &["--sandbox", "off", "--case", "example/1"],
    );
    assert_eq!(code, 0);
    assert!(
        r["sandbox"].as_str().unwrap().starts_with("off"),
        "{}",
        r["sandbox"]
    );
    let human = grader()
        .args(["test", "kth-largest"])
        .arg(&file)
        .args([
            "--sandbox",
            "off",
            "--case",
            "example/1",
            "--color",
            "never",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&human.stdout).contains("warning: sandbox off"));

    let (_, r, _) = support::test_json("kth-largest", &file, &["--case", "example/1"]);
    assert!(
        r["sandbox"].as_str().unwrap().contains("seccomp"),
        "{}",
        r["sandbox"]
    );
}
