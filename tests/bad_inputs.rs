//! Every mistake gets a clear answer: broken problem folders, bad learner
//! files and command-line misuse each end with exit code 2 (or a failed
//! `grader verify`) and a message naming the file (and line or field), never
//! a panic, a hang, an internal error or a silent Accepted.
//!
//! One table, run in parallel threads; each row builds its own problems
//! folder (`$GRADER_PROBLEMS`) in a temp dir from a copy of a bundled
//! problem, breaks it, and runs the real binary with a deadline.

mod support;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use support::{copy_dir, grader, root};

/// No row may take longer than this (the hangs took minutes).
const DEADLINE: Duration = Duration::from_secs(60);

/// Replaces `old` (which must occur) by `new` in `file`.
fn edit(file: &Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(old), "{} has no {old:?}", file.display());
    std::fs::write(file, text.replacen(old, new, 1)).unwrap();
}

fn write(file: &Path, text: &str) {
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, text).unwrap();
}

/// One bad input: the problems to copy, how to break them, the command, what
/// must show. The learner's data folder is `home/` inside the problems folder.
struct Row {
    name: &'static str,
    copy: &'static [&'static str],
    /// Breaks the copied problems (the argument is the problems folder).
    setup: fn(&Path),
    /// Arguments; `{root}` is replaced by the problems folder.
    args: &'static [&'static str],
    /// Expected exit code.
    code: i32,
    /// Every one of these must appear in stderr (or, for verify, stdout).
    says: &'static [&'static str],
}

const KTH_HEAP: &str = "problems/kth-largest/submissions/accepted/heap.rs";
const MEDIAN_HEAP: &str = "problems/median-stream/submissions/accepted/heap.rs";

fn rows() -> Vec<Row> {
    vec![
        // --- hangs ---
        Row {
            name: "calls reversed (test)",
            copy: &["median-stream"],
            setup: |r| {
                edit(
                    &r.join("median-stream/problem.toml"),
                    "calls = [1, 50000]",
                    "calls = [10000, 1]",
                )
            },
            args: &["test", "median-stream", MEDIAN_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "median-stream/problem.toml:",
                "calls = [10000, 1] is reversed",
            ],
        },
        Row {
            name: "calls reversed (verify)",
            copy: &["median-stream"],
            setup: |r| {
                edit(
                    &r.join("median-stream/problem.toml"),
                    "calls = [1, 50000]",
                    "calls = [10000, 1]",
                )
            },
            args: &["verify", "median-stream"],
            code: 1,
            says: &["median-stream/problem.toml:", "is reversed"],
        },
        Row {
            name: "time limit of a day (test)",
            copy: &["kth-largest"],
            setup: |r| {
                edit(
                    &r.join("kth-largest/problem.toml"),
                    "time_ms = 1000",
                    "time_ms = 86400000",
                )
            },
            args: &[
                "test",
                "kth-largest",
                "problems/kth-largest/submissions/time_limit_exceeded/infinite_loop.rs",
            ],
            code: 2,
            says: &[
                "kth-largest/problem.toml:",
                "time_ms = 86400000 is outside 1..=60000",
            ],
        },
        Row {
            name: "time limit of a day (verify)",
            copy: &["kth-largest"],
            setup: |r| {
                edit(
                    &r.join("kth-largest/problem.toml"),
                    "time_ms = 1000",
                    "time_ms = 86400000",
                )
            },
            args: &["verify", "kth-largest"],
            code: 1,
            says: &["kth-largest/problem.toml:", "time_ms = 86400000"],
        },
        Row {
            name: "memory limit absurd",
            copy: &["kth-largest"],
            setup: |r| {
                edit(
                    &r.join("kth-largest/problem.toml"),
                    "memory_mb = 256",
                    "memory_mb = 1000000",
                )
            },
            args: &["test", "kth-largest", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "kth-largest/problem.toml:",
                "memory_mb = 1000000 is outside",
            ],
        },
        // --- crash ---
        Row {
            name: "recipe of 10^11 elements",
            copy: &["kth-largest"],
            setup: |r| {
                edit(
                    &r.join("kth-largest/cases/large.toml"),
                    "n = 100000\n",
                    "n = 100000000000\n",
                )
            },
            args: &["test", "kth-largest", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "kth-largest/cases/large.toml:",
                "n = 100000000000 is larger than the constraints",
            ],
        },
        // --- silent accepts ---
        Row {
            name: "recipe above the length limit",
            copy: &["kth-largest"],
            setup: |r| {
                edit(
                    &r.join("kth-largest/cases/large.toml"),
                    "n = 100000\n",
                    "n = 200000\n",
                )
            },
            args: &["test", "kth-largest", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "kth-largest/cases/large.toml:",
                "n = 200000",
                "at most 100000",
            ],
        },
        Row {
            name: "range reversed",
            copy: &["kth-largest"],
            setup: |r| {
                edit(
                    &r.join("kth-largest/problem.toml"),
                    "range = [-10000, 10000]",
                    "range = [1000, 1]",
                )
            },
            args: &["test", "kth-largest", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "kth-largest/problem.toml:",
                "parameter `nums`: `range`",
                "reversed",
            ],
        },
        Row {
            name: "stored case outside the range",
            copy: &["kth-largest"],
            setup: |r| {
                write(
                    &r.join("kth-largest/cases/hidden/99-too-big.in"),
                    "[20000,1]\n1\n",
                );
                write(
                    &r.join("kth-largest/cases/hidden/99-too-big.out"),
                    "20000\n",
                );
            },
            args: &["test", "kth-largest", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "cases/hidden/99-too-big.in:",
                "breaks the problem's constraints",
                "20000 is outside",
            ],
        },
        Row {
            name: "orphan .out",
            copy: &["kth-largest"],
            setup: |r| write(&r.join("kth-largest/cases/hidden/98-orphan.out"), "1\n"),
            args: &["test", "kth-largest", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "cases/hidden/98-orphan.out:",
                "without its input",
                "98-orphan.in",
            ],
        },
        Row {
            name: "two folders claim 215 (test)",
            copy: &["kth-largest"],
            setup: |r| {
                copy_dir(&r.join("kth-largest"), &r.join("kth-largest-copy"));
                edit(
                    &r.join("kth-largest-copy/problem.toml"),
                    "slug = \"kth-largest\"",
                    "slug = \"kth-largest-copy\"",
                );
            },
            args: &["test", "215", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "`215` is ambiguous",
                "kth-largest/problem.toml",
                "kth-largest-copy/problem.toml",
            ],
        },
        Row {
            name: "two folders claim 215 (verify)",
            copy: &["kth-largest"],
            setup: |r| {
                std::fs::remove_dir_all(r.join("kth-largest/submissions")).unwrap();
                copy_dir(&r.join("kth-largest"), &r.join("kth-largest-copy"));
                edit(
                    &r.join("kth-largest-copy/problem.toml"),
                    "slug = \"kth-largest\"",
                    "slug = \"kth-largest-copy\"",
                );
            },
            args: &["verify", "kth-largest"],
            code: 1,
            says: &[
                "number = 215",
                "also claimed by",
                "kth-largest-copy/problem.toml",
            ],
        },
        Row {
            name: "--case random with --random 0",
            copy: &["kth-largest"],
            setup: |_| {},
            args: &[
                "test",
                "kth-largest",
                KTH_HEAP,
                "--case",
                "random",
                "--random",
                "0",
            ],
            code: 2,
            says: &["--case random", "--random 0"],
        },
        Row {
            name: "run --format junit",
            copy: &["kth-largest"],
            setup: |_| {},
            args: &[
                "run",
                "kth-largest",
                KTH_HEAP,
                "--input",
                "[1]\n1",
                "--format",
                "junit",
            ],
            code: 2,
            says: &["`grader run`", "human or json"],
        },
        // --- wrong blame ---
        Row {
            name: "case value of the wrong type",
            copy: &["kth-largest"],
            setup: |r| {
                write(
                    &r.join("kth-largest/cases/hidden/97-strings.in"),
                    "[\"a\",\"b\"]\n1\n",
                );
                write(
                    &r.join("kth-largest/cases/hidden/97-strings.out"),
                    "\"b\"\n",
                );
            },
            args: &["test", "kth-largest", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &["cases/hidden/97-strings.in:", "is not an int"],
        },
        Row {
            name: "unknown method in a class-design case",
            copy: &["median-stream"],
            setup: |r| {
                write(
                    &r.join("median-stream/cases/hidden/99-pop.in"),
                    "[\"MedianFinder\",\"addNum\",\"popNum\"]\n[[],[1],[]]\n",
                );
                write(
                    &r.join("median-stream/cases/hidden/99-pop.out"),
                    "[null,null,1]\n",
                );
            },
            args: &["test", "median-stream", MEDIAN_HEAP, "--random", "0"],
            code: 2,
            says: &["cases/hidden/99-pop.in:", "unknown method \"popNum\""],
        },
        Row {
            name: "a 9 MB stored case",
            copy: &["kth-largest"],
            setup: |r| {
                let mut big = "[".to_string() + &"1,".repeat(4_500_000);
                big.push_str("1]\n1\n");
                write(&r.join("kth-largest/cases/hidden/96-huge.in"), &big);
                write(&r.join("kth-largest/cases/hidden/96-huge.out"), "1\n");
            },
            args: &["test", "kth-largest", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &[
                "cases/hidden/96-huge.in:",
                "more than a stored case may hold",
            ],
        },
        Row {
            name: "--input of the wrong type",
            copy: &["kth-largest"],
            setup: |_| {},
            args: &["run", "kth-largest", KTH_HEAP, "--input", "[\"a\"]\n1"],
            code: 2,
            says: &[
                "--input: the input breaks the problem's constraints",
                "is not an int",
            ],
        },
        Row {
            name: "learner file is a folder",
            copy: &["kth-largest"],
            setup: |_| {},
            args: &["test", "kth-largest", "problems/kth-largest/submissions"],
            code: 2,
            says: &["problems/kth-largest/submissions is a folder, not a file"],
        },
        Row {
            name: "problem.toml is a folder",
            copy: &[],
            setup: |r| std::fs::create_dir_all(r.join("broken/problem.toml")).unwrap(),
            args: &["test", "broken", KTH_HEAP],
            code: 2,
            says: &["broken/problem.toml:", "is a folder, not a file"],
        },
        Row {
            name: "--input names a missing file",
            copy: &["kth-largest"],
            setup: |_| {},
            args: &["run", "kth-largest", KTH_HEAP, "--input", "./no/such/file"],
            code: 2,
            says: &["--input ./no/such/file: no such file"],
        },
        Row {
            name: "empty Python file",
            copy: &["kth-largest"],
            setup: |r| write(&r.join("empty.py"), ""),
            args: &["test", "kth-largest", "{root}/empty.py", "--random", "0"],
            code: 2,
            says: &[
                "empty.py is empty",
                "class Solution:",
                "def findKthLargest(self",
            ],
        },
        Row {
            name: "Python file without class Solution",
            copy: &["kth-largest"],
            setup: |r| {
                write(
                    &r.join("loose.py"),
                    "def findKthLargest(nums, k):\n    return sorted(nums)[-k]\n",
                )
            },
            args: &["run", "kth-largest", "{root}/loose.py", "--input", "[1]\n1"],
            code: 2,
            says: &["loose.py does not define `Solution`", "class Solution:"],
        },
        // --- the practice loop ---
        Row {
            name: "start an unknown problem",
            copy: &[],
            setup: |_| {},
            args: &["start", "kth-largets", "--lang", "py", "--dir", "{root}"],
            code: 2,
            says: &[
                "no problem named `kth-largets`",
                "Did you mean `kth-largest`?",
            ],
        },
        Row {
            name: "start in an unknown language",
            copy: &[],
            setup: |_| {},
            args: &["start", "215", "--lang", "cobol", "--dir", "{root}"],
            code: 2,
            says: &["unknown language `cobol`", "py (python)"],
        },
        Row {
            name: "test with no file and none started",
            copy: &[],
            setup: |_| {},
            args: &["test", "215"],
            code: 2,
            says: &["no file given for kth-largest", "grader start kth-largest"],
        },
        Row {
            name: "peek without the editorial",
            copy: &[],
            setup: |_| {},
            args: &["show", "215", "--peek"],
            code: 2,
            says: &["--editorial"],
        },
        Row {
            name: "a malformed case of your own",
            copy: &[],
            setup: |r| write(&r.join("home/cases/kth-largest/001-mine.in"), "[1,2\n1\n"),
            args: &["test", "215", KTH_HEAP, "--random", "0"],
            code: 2,
            says: &["001-mine.in:1", "malformed value"],
        },
        Row {
            name: "--problems names no folder",
            copy: &[],
            setup: |_| {},
            args: &["--problems", "{root}/nowhere", "list"],
            code: 2,
            says: &["nowhere: no such folder"],
        },
    ]
}

/// Runs one row; returns a description of what went wrong, if anything.
fn run_row(row: &Row) -> Result<Duration, String> {
    let tmp = tempfile::tempdir().unwrap();
    let problems = tmp.path().join("problems");
    std::fs::create_dir_all(&problems).unwrap();
    for slug in row.copy {
        copy_dir(&root().join("problems").join(slug), &problems.join(slug));
    }
    (row.setup)(&problems);
    let args: Vec<String> = row
        .args
        .iter()
        .map(|a| a.replace("{root}", &problems.display().to_string()))
        .collect();
    let start = Instant::now();
    let mut child = grader()
        .args(&args)
        .env("GRADER_PROBLEMS", &problems)
        .env("GRADER_HOME", problems.join("home"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain the pipes on threads so a chatty child cannot block.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out_pipe, &mut s).ok();
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err_pipe, &mut s).ok();
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > DEADLINE {
            child.kill().ok();
            child.wait().ok();
            return Err(format!("{}: hangs (killed after {DEADLINE:?})", row.name));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let took = start.elapsed();
    let (stdout, stderr) = (out_t.join().unwrap(), err_t.join().unwrap());
    let all = format!("{stdout}{stderr}");
    let mut wrong = Vec::new();
    if status.code() != Some(row.code) {
        wrong.push(format!("exit {:?}, expected {}", status.code(), row.code));
    }
    for needle in row.says {
        if !all.contains(needle) {
            wrong.push(format!("does not say {needle:?}"));
        }
    }
    for bad in ["panicked", "internal error", "RUST_BACKTRACE"] {
        if all.contains(bad) {
            wrong.push(format!("says {bad:?}"));
        }
    }
    if wrong.is_empty() {
        Ok(took)
    } else {
        Err(format!(
            "{}: {}\n  grader {}\n  stdout: {stdout}\n  stderr: {stderr}",
            row.name,
            wrong.join("; "),
            args.join(" ")
        ))
    }
}

#[test]
fn every_bad_input_gets_a_clear_answer() {
    let rows = rows();
    let results: Vec<(String, Result<Duration, String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = rows
            .iter()
            .map(|row| s.spawn(move || (row.name.to_string(), run_row(row))))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut failures = Vec::new();
    for (name, result) in results {
        match result {
            Ok(took) => eprintln!("ok   {name} ({:.2} s)", took.as_secs_f64()),
            Err(e) => failures.push(e),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of the bad inputs got no clear answer:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The bundled problems still load and verify their constraints with the new load-time checks.
#[test]
fn bundled_problems_pass_the_load_time_checks() {
    let dir: PathBuf = root().join("problems");
    for problem in grader::problem::problem_dirs(&dir).unwrap() {
        let loaded = grader::problem::Problem::load(&problem).unwrap_or_else(|e| panic!("{e}"));
        grader::grade::all_cases(&loaded).unwrap_or_else(|e| panic!("{e}"));
    }
}
