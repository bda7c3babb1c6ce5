//! Random testing end to end: every `wrong_answer/subtle_*` submission passes
//! all fixed cases, yet random testing catches it under 20 different seeds
//! with the default budget and shows a small counterexample; the same seed
//! gives the same report; the printed commands replay the failure.

mod support;

use std::sync::Mutex;

use support::{grader, root, runnable_submissions, submissions, test_json};

/// The largest shown counterexample (in scalars) we accept from shrinking.
const MAX_MINIMAL_SIZE: u64 = 50;
const SEEDS: std::ops::RangeInclusive<u64> = 1..=20;

fn subtle() -> Vec<(String, std::path::PathBuf)> {
    submissions("rs")
        .into_iter()
        .filter(|(_, folder, path)| {
            folder == "wrong_answer"
                && path
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("subtle_")
        })
        .map(|(slug, _, path)| (slug, path))
        .collect()
}

#[test]
fn every_problem_has_two_subtle_wrong_solutions() {
    let all = subtle();
    for slug in [
        "kth-largest",
        "top-k-frequent",
        "merge-k-lists",
        "median-stream",
        "sliding-window-median",
        "task-scheduler",
        "k-closest-points",
        "last-stone-weight",
    ] {
        let n = all.iter().filter(|(s, _)| s == slug).count();
        assert!(n >= 2, "{slug} has {n} subtle wrong solutions, needs 2");
    }
}

#[test]
fn subtle_bugs_pass_fixed_cases_and_are_caught_by_random_testing() {
    let queue = Mutex::new(subtle());
    let problems = Mutex::new(Vec::new());
    let sizes = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some((slug, path)) = queue.lock().unwrap().pop() else {
                    break;
                };
                let name = path
                    .strip_prefix(root())
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                let (code, fixed, _) = test_json(&slug, &path, &["--random", "0"]);
                if code != 0 {
                    problems.lock().unwrap().push(format!(
                        "{name}: fails a fixed case ({}), so it is not subtle",
                        fixed["failure"]["case"]
                    ));
                    continue;
                }
                for seed in SEEDS {
                    let (code, r, _) = test_json(
                        &slug,
                        &path,
                        &["--case", "random", "--seed", &seed.to_string()],
                    );
                    let size = r["failure"]["minimal_size"].as_u64();
                    match (code, size) {
                        (1, Some(size)) => {
                            sizes.lock().unwrap().push((size, name.clone(), seed));
                            if size > MAX_MINIMAL_SIZE {
                                problems.lock().unwrap().push(format!(
                                    "{name} seed {seed}: counterexample of size {size}"
                                ));
                            }
                        }
                        _ => problems.lock().unwrap().push(format!(
                            "{name} seed {seed}: not caught (exit {code}, verdict {})",
                            r["verdict"]
                        )),
                    }
                }
            });
        }
    });
    let problems = problems.into_inner().unwrap();
    let mut sizes = sizes.into_inner().unwrap();
    sizes.sort();
    if let Some((max, name, seed)) = sizes.last() {
        eprintln!(
            "{} catches; minimal sizes: median {}, max {max} ({name}, seed {seed})",
            sizes.len(),
            sizes[sizes.len() / 2].0
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Removes the parts of a human report that may differ between runs.
fn redact(text: &str) -> String {
    let times = regex::Regex::new(
        r"\d+(\.\d+)? ms|\d+(\.\d+)?×|compiled in \d+\.\d+ s|build cached, not recompiled",
    )
    .unwrap();
    // Which case is the slowest is itself a timing measurement.
    let slowest = regex::Regex::new(r"slowest case \S+:").unwrap();
    let text = times.replace_all(text, "[T]");
    slowest
        .replace_all(&text, "slowest case [CASE]:")
        .into_owned()
}

#[test]
fn the_same_seed_gives_the_same_report_and_the_commands_replay_it() {
    let (slug, path) = subtle().into_iter().next().expect("a subtle fixture");
    let run = |args: &[&str]| {
        let out = grader()
            .args(["test", &slug])
            .arg(&path)
            .args(args)
            .args(["--color", "never"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let first = run(&["--seed", "11"]);
    let second = run(&["--seed", "11"]);
    assert_eq!(redact(&first), redact(&second));
    assert!(first.contains("seed 11"), "{first}");
    let (_, report, _) = test_json(&slug, &path, &["--seed", "11"]);
    let failure = &report["failure"];
    // `reproduce` replays exactly that random case.
    let reproduce = failure["reproduce"].as_str().unwrap();
    assert!(
        reproduce.contains("--seed 11") && reproduce.contains("--case random/"),
        "{reproduce}"
    );
    let args: Vec<&str> = reproduce.split_whitespace().skip(1).collect();
    let out = grader()
        .args(&args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let again: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(again["failure"]["input"], failure["input"]);
    assert_eq!(again["verdict"], report["verdict"]);
    // `replay` runs the saved minimal input through `grader run`.
    let replay = failure["replay"].as_str().unwrap();
    let args: Vec<&str> = replay.split_whitespace().skip(1).collect();
    let out = grader()
        .args(&args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let custom: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(custom["verdict"], report["verdict"]);
    assert_eq!(custom["input"], failure["input"]);
    // The saved input has its expected output beside it, ready for cases/hidden/.
    let saved = std::path::PathBuf::from(failure["saved_input"].as_str().unwrap());
    assert!(saved.with_extension("out").is_file());
}

#[test]
fn accepted_solutions_pass_random_testing() {
    for (slug, folder, path) in runnable_submissions() {
        if folder != "accepted" || path.file_stem().is_none_or(|s| s != "heap") {
            continue;
        }
        let (code, r, _) = test_json(&slug, &path, &["--case", "random", "--seed", "5"]);
        assert_eq!(code, 0, "{}: {}", path.display(), r["failure"]);
        assert_eq!(r["random"]["passed"], 1000);
    }
}

/// Output is limited per case, not per run: a correct solution that prints
/// 1 MiB of debug output on every case (1 GiB over the random stage) is
/// accepted, as LeetCode truncates stdout and accepts.
#[test]
fn a_chatty_correct_solution_passes_random_testing() {
    let cpp = grader::language::LANGUAGES
        .iter()
        .find(|l| l.name == "cpp")
        .unwrap();
    if grader::build::toolchain(cpp).is_err() {
        eprintln!("SKIPPED: g++ not found");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chatty.cpp");
    std::fs::write(
        &file,
        "class Solution {\npublic:\n    int findKthLargest(vector<int>& nums, int k) {\n        \
         cerr << string(1 << 20, '.') << endl;\n        sort(nums.begin(), nums.end());\n        \
         return nums[nums.size() - k];\n    }\n};\n",
    )
    .unwrap();
    let (code, r, _) = test_json("kth-largest", &file, &["--case", "random", "--seed", "5"]);
    assert_eq!(r["verdict"], "AC", "{}", r["failure"]);
    assert_eq!(r["random"]["passed"], 1000);
    assert_eq!(code, 0);
}
