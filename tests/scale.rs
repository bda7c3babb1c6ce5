//! The labelled set of `grader scale`: every file in `tests/scale/` is a
//! solution with known growth, and its first line says what `grader scale`
//! must find: `scale: <problem> <comparison> [n=<class>|<class>…] [k=…]`
//! (classes written with `_` for spaces; any listed alternative is right, so
//! is a class one log factor away from one (`k log k` for `k`), and an
//! inconclusive class is right when one of its candidates is).
//!
//! The Rust and C++ files run here at default settings, two runs at a time,
//! in one test, with ten repetitions of one solution that scales worse and
//! one that scales the same interleaved, so they run on a busy machine: each
//! must give its label all ten times. Over the set, no answer may contradict
//! its label (`worse` for a `same` solution or the reverse), and at least 80%
//! of the files must get the comparison (and, for the `worse` ones, the
//! classes) right. The Python, Java, JavaScript and TypeScript files take
//! 3–25 s each and run in `bench/scale_labelled.sh` (the whole set, with
//! reruns, printing accuracy and stability). No assertion is about absolute
//! speed.

mod support;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use support::{grader, root};

/// How many runs go at once (the machine has two cores).
const PARALLEL: usize = 2;
/// Repetitions of each stability probe.
const REPEATS: usize = 10;
/// The probes: one worse, one same.
const PROBES: [&str; 2] = ["rs_215_selection.rs", "rs_215_sort.rs"];

#[derive(Debug, Clone)]
struct Label {
    file: PathBuf,
    problem: String,
    comparison: String,
    classes: Vec<(String, Vec<String>)>,
}

fn labels() -> Vec<Label> {
    let dir = root().join("tests/scale");
    let mut out: Vec<Label> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let file = e.path();
            let first = std::fs::read_to_string(&file).unwrap();
            let first = first.lines().next().unwrap_or_default().to_string();
            let words: Vec<&str> = first
                .split("scale:")
                .nth(1)
                .unwrap_or_else(|| {
                    panic!("{} has no `scale:` label on its first line", file.display())
                })
                .split_whitespace()
                .collect();
            let classes = words[2..]
                .iter()
                .map(|w| {
                    let (p, alts) = w.split_once('=').expect("param=class|class");
                    let alts = alts.split('|').map(|a| a.replace('_', " ")).collect();
                    (p.to_string(), alts)
                })
                .collect();
            Label {
                file,
                problem: words[0].to_string(),
                comparison: words[1].to_string(),
                classes,
            }
        })
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// Whether the toolchain of `file`'s language is on this machine.
fn available(file: &Path) -> bool {
    let program = match file.extension().and_then(|e| e.to_str()) {
        Some("rs") => "rustc",
        Some("py") => "python3",
        Some("cpp") => "g++",
        Some("java") => "javac",
        Some("js") | Some("ts") => "node",
        _ => return false,
    };
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `grader scale --format json` and returns the report.
fn scale(label: &Label) -> Result<serde_json::Value, String> {
    let out = grader()
        .args(["scale", &label.problem])
        .arg(&label.file)
        .args(["--format", "json"])
        .output()
        .map_err(|e| e.to_string())?;
    serde_json::from_slice(&out.stdout).map_err(|e| {
        format!(
            "not JSON ({e}); exit {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// What is wrong with a report against its label (empty when right): the
/// comparison, and the classes of solutions labelled `worse` (their growth is
/// the signal; a fast solution's class is often hidden under the fixed cost
/// and only printed).
fn mismatches(label: &Label, report: &serde_json::Value) -> Vec<String> {
    let name = label
        .file
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let mut wrong = Vec::new();
    let got = report["comparison"].as_str().unwrap_or("none");
    if got != label.comparison {
        wrong.push(format!(
            "{name}: comparison {got}, labelled {} ({})",
            label.comparison,
            report["sentence"].as_str().unwrap_or_default()
        ));
    }
    for (param, alts) in &label.classes {
        let growth = &report["learner"][param];
        let class = growth["class"].as_str().unwrap_or("none").to_string();
        let candidates: Vec<String> = growth["candidates"]
            .as_array()
            .map(|c| {
                c.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let named = |c: &str| {
            c.replace(" n", &format!(" {param}"))
                .replace("n ", &format!("{param} "))
        };
        let ok_names: Vec<String> = alts
            .iter()
            .map(|a| if param == "n" { a.clone() } else { named(a) })
            .collect();
        // Classes one log factor apart (k and k log k) are named right
        // when their power is: over two or three decades a log factor is
        // within the noise of a busy machine.
        let power = |c: &str| {
            let c = c.trim();
            if c.starts_with("log ") {
                "1".to_string()
            } else {
                c.split(" log ").next().unwrap_or(c).to_string()
            }
        };
        let ok_powers: Vec<String> = ok_names.iter().map(|c| power(c)).collect();
        let ok = ok_powers.contains(&power(&class))
            || (class == "inconclusive"
                && candidates.iter().any(|c| ok_powers.contains(&power(c))));
        if !ok && label.comparison != "worse" {
            eprintln!(
                "note: {name}: class along {param} is {class} {candidates:?}, labelled {}",
                ok_names.join(" | ")
            );
        } else if !ok {
            wrong.push(format!(
                "{name}: class along {param} is {class} {candidates:?}, labelled {}",
                ok_names.join(" | ")
            ));
        }
    }
    wrong
}

#[test]
fn labelled_solutions_scale_as_labelled_and_agree_across_repetitions() {
    let all = labels();
    assert!(
        all.len() >= 20,
        "the labelled set has only {} files",
        all.len()
    );
    let mut jobs: Vec<(Label, bool)> = Vec::new();
    for label in &all {
        if !label
            .file
            .extension()
            .is_some_and(|e| e == "rs" || e == "cpp")
        {
            continue;
        }
        if !available(&label.file) {
            eprintln!("SKIPPED: no toolchain for {}", label.file.display());
            continue;
        }
        jobs.push((label.clone(), false));
    }
    // Interleave the probes' repetitions with the set, so they run on a busy machine.
    let probes: Vec<Label> = all
        .iter()
        .filter(|l| PROBES.iter().any(|p| l.file.ends_with(p)))
        .cloned()
        .collect();
    assert_eq!(probes.len(), PROBES.len(), "a stability probe is missing");
    let mut at = 1;
    for _ in 0..REPEATS {
        for probe in &probes {
            at = (at + 3).min(jobs.len());
            jobs.insert(at, (probe.clone(), true));
        }
    }
    let queue = Mutex::new(jobs);
    let wrong = Mutex::new(Vec::<String>::new());
    let contradictions = Mutex::new(Vec::<String>::new());
    let ran = Mutex::new(0usize);
    let probe_answers = Mutex::new(Vec::<(String, String)>::new());
    std::thread::scope(|s| {
        for _ in 0..PARALLEL {
            s.spawn(|| loop {
                let Some((label, probe)) = queue.lock().unwrap().pop() else {
                    break;
                };
                let name = label
                    .file
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                match scale(&label) {
                    Ok(report) if probe => probe_answers.lock().unwrap().push((
                        name,
                        report["comparison"].as_str().unwrap_or("none").to_string(),
                    )),
                    Ok(report) => {
                        *ran.lock().unwrap() += 1;
                        let got = report["comparison"].as_str().unwrap_or("none");
                        let opposite = matches!(
                            (label.comparison.as_str(), got),
                            ("same", "worse") | ("worse", "same" | "better")
                        );
                        if opposite {
                            contradictions
                                .lock()
                                .unwrap()
                                .push(format!("{name}: {got}, labelled {}", label.comparison));
                        }
                        wrong.lock().unwrap().extend(mismatches(&label, &report))
                    }
                    Err(e) => wrong.lock().unwrap().push(format!("{name}: {e}")),
                }
            });
        }
    });
    let wrong = wrong.into_inner().unwrap();
    let contradictions = contradictions.into_inner().unwrap();
    let ran = ran.into_inner().unwrap();
    // Stability: each probe said the same thing all ten times, and it is its label.
    let answers = probe_answers.into_inner().unwrap();
    let mut unstable = Vec::new();
    for probe in &probes {
        let name = probe
            .file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let said: Vec<&str> = answers
            .iter()
            .filter(|(n, _)| *n == name)
            .map(|(_, c)| c.as_str())
            .collect();
        assert_eq!(said.len(), REPEATS, "{name} ran {} times", said.len());
        // Ten repetitions on a busy machine agree, on the label.
        eprintln!("probe {name} (labelled {}): {said:?}", probe.comparison);
        if said.iter().any(|c| *c != probe.comparison) {
            unstable.push(format!(
                "{name}: labelled {}, ten runs said {said:?}",
                probe.comparison
            ));
        }
    }
    let missed: std::collections::BTreeSet<&str> = wrong
        .iter()
        .map(|w| w.split(':').next().unwrap_or_default())
        .collect();
    eprintln!(
        "labelled set: {} of {ran} files right; misses:\n{}",
        ran - missed.len(),
        wrong.join("\n")
    );
    assert!(
        contradictions.is_empty() && unstable.is_empty() && missed.len() * 5 <= ran,
        "{} of {ran} labelled solutions missed (at most 20% may):\n{}\ncontradictions:\n{}\nunstable:\n{}",
        missed.len(),
        wrong.join("\n"),
        contradictions.join("\n"),
        unstable.join("\n")
    );
}
#[test]
fn bad_input_is_a_clear_error_not_a_panic() {
    let fixture = root().join("tests/scale/rs_215_heap.rs");
    // A problem without [scaling] is a spec error (2): a copy of kth-largest without the table.
    let dir = tempfile::tempdir().unwrap();
    support::copy_dir(
        &root().join("problems/kth-largest"),
        &dir.path().join("kth-largest"),
    );
    let toml = dir.path().join("kth-largest/problem.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let cut = text.find("\n# `grader scale`").unwrap_or(text.len());
    std::fs::write(&toml, &text[..cut]).unwrap();
    let out = grader()
        .env("GRADER_PROBLEMS", dir.path())
        .args(["scale", "kth-largest"])
        .arg(&fixture)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("[scaling]") && !stderr.contains("panicked"),
        "{stderr}"
    );
    for (args, needle) in [
        (
            vec!["scale", "kth-largest", "no/such/file.rs"],
            "no such file",
        ),
        (
            vec!["scale", "no-such-problem", "tests/scale/rs_215_heap.rs"],
            "no-such-problem",
        ),
        (
            vec![
                "scale",
                "kth-largest",
                "tests/scale/rs_215_heap.rs",
                "--budget",
                "0",
            ],
            "--budget",
        ),
        (
            vec![
                "scale",
                "kth-largest",
                "tests/scale/rs_215_heap.rs",
                "--format",
                "junit",
            ],
            "junit",
        ),
    ] {
        let out = grader().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(needle) && !stderr.contains("panicked"),
            "{args:?}: {stderr}"
        );
    }
}
