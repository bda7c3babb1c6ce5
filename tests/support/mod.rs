//! Shared helpers for the end-to-end tests: run the real `grader` binary
//! with a build cache private to the test run.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The build cache used by the tests (shared across tests, so each fixture compiles once).
pub fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("grader-cache")
}

/// A practice-state folder of its own for one command, so that no test sees
/// another's progress or own cases (a counterexample `grader test` keeps would
/// otherwise run first in every later test of that problem).
pub fn fresh_home() -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("grader-homes")
        .join(format!("{}-{n}", std::process::id()))
}

/// A `grader` command run from the workspace root.
pub fn grader() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_grader"));
    cmd.current_dir(root())
        .env("GRADER_CACHE_DIR", cache_dir())
        .env("GRADER_HOME", fresh_home())
        .env_remove("GRADER_PROBLEMS")
        .env_remove("NO_COLOR");
    cmd
}

/// Runs `grader test <problem> <file> --format json` and returns (exit code, report).
pub fn test_json(problem: &str, file: &Path, extra: &[&str]) -> (i32, serde_json::Value, Output) {
    let out = grader()
        .args(["test", problem])
        .arg(file)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .expect("run grader");
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}) for {problem} {}:\nstdout: {}\nstderr: {}",
            file.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), json, out)
}

/// The verdict a `submissions/<folder>/` promises.
pub fn verdict_of_folder(folder: &str) -> Option<&'static str> {
    Some(match folder {
        "accepted" => "AC",
        "wrong_answer" => "WA",
        "time_limit_exceeded" => "TLE",
        "memory_limit_exceeded" => "MLE",
        "run_time_error" => "RE",
        "compile_error" => "CE",
        "output_limit_exceeded" => "OLE",
        _ => return None,
    })
}

/// Every submission in a language whose toolchain is on this machine; prints
/// (once per test binary) which languages are skipped and how to install them.
pub fn runnable_submissions() -> Vec<(String, String, PathBuf)> {
    let mut out = Vec::new();
    for lang in grader::language::LANGUAGES {
        match grader::build::toolchain(lang) {
            Ok(_) => {
                for ext in lang.extensions {
                    out.extend(submissions(ext));
                }
            }
            Err(e) => eprintln!(
                "SKIPPED: {} submissions are not graded here: {e}",
                lang.name
            ),
        }
    }
    out.sort();
    out
}

/// Every `problems/<slug>/submissions/<verdict>/<file>` with the given extension.
pub fn submissions(ext: &str) -> Vec<(String, String, PathBuf)> {
    let mut out = Vec::new();
    for problem in std::fs::read_dir(root().join("problems"))
        .unwrap()
        .flatten()
    {
        let slug = problem.file_name().to_string_lossy().into_owned();
        let Ok(folders) = std::fs::read_dir(problem.path().join("submissions")) else {
            continue;
        };
        for folder in folders.flatten() {
            let verdict = folder.file_name().to_string_lossy().into_owned();
            for file in std::fs::read_dir(folder.path()).unwrap().flatten() {
                if file.path().extension().is_some_and(|e| e == ext) {
                    out.push((slug.clone(), verdict.clone(), file.path()));
                }
            }
        }
    }
    out.sort();
    out
}

/// Copies a folder tree (problem folders into a temporary problems root).
pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap().flatten() {
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}
