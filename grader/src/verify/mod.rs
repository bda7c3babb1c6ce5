//! `grader verify`: proves a problem folder sound — complete, cases inside
//! the constraints, expected outputs agreeing with the reference, every
//! submission getting the verdict its folder names, a sane time limit per
//! language, and statement examples matching the example cases.

mod files;
pub mod render;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use serde::Serialize;

use crate::build::toolchain;
use crate::grade::{grade, GradeOptions};
use crate::language;
use crate::problem::Problem;
use crate::reference::Reference;
use crate::verdict::Verdict;

/// The folders of `submissions/` and the verdict each promises.
pub const VERDICT_FOLDERS: &[(&str, Verdict)] = &[
    ("accepted", Verdict::AC),
    ("wrong_answer", Verdict::WA),
    ("time_limit_exceeded", Verdict::TLE),
    ("memory_limit_exceeded", Verdict::MLE),
    ("run_time_error", Verdict::RE),
    ("compile_error", Verdict::CE),
    ("output_limit_exceeded", Verdict::OLE),
];

/// Slow submissions must still be over the limit when it is this much larger.
pub const SLOW_FACTOR: f64 = 1.5;
/// Accepted submissions must fit this many times in the limit.
pub const ACCEPTED_MARGIN: f64 = 2.0;
/// The seed random testing uses in `verify` (reproducible runs).
pub const VERIFY_SEED: u64 = 1;

/// One check and what it found.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// What was checked.
    pub name: String,
    /// Whether it holds.
    pub ok: bool,
    /// Each problem found, naming the file and what to fix.
    pub problems: Vec<String>,
    /// A one-line summary when it holds.
    pub summary: String,
}

/// One submission's result.
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionRow {
    /// Path under `submissions/`.
    pub file: String,
    /// Its language.
    pub language: String,
    /// The verdict its folder promises.
    pub expected: Verdict,
    /// The verdict it got (`None` when skipped).
    pub got: Option<Verdict>,
    /// Slowest case, ms.
    pub slowest_ms: Option<f64>,
    /// Where it first failed, or why it was skipped.
    pub note: String,
    /// Whether the verdict matches.
    pub ok: bool,
}

/// Time-limit sanity for one language.
#[derive(Debug, Clone, Serialize)]
pub struct TimingRow {
    /// Language.
    pub language: String,
    /// The limit for this language, ms.
    pub limit_ms: f64,
    /// Slowest case of any accepted submission, ms.
    pub slowest_accepted_ms: Option<f64>,
    /// limit / slowest accepted (must be ≥ 2).
    pub accepted_margin: Option<f64>,
    /// Number of slow submissions checked at 1.5× the limit.
    pub slow_checked: usize,
    /// Whether the limit is sane.
    pub ok: bool,
}

/// Everything `verify` found about one problem.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemReport {
    /// Folder name (or path when it did not load).
    pub problem: String,
    /// Whether everything holds.
    pub ok: bool,
    /// The checks, in order.
    pub checks: Vec<Check>,
    /// Submission × verdict × slowest time.
    pub submissions: Vec<SubmissionRow>,
    /// Time-limit sanity per language.
    pub timing: Vec<TimingRow>,
    /// Wall time of the verification, seconds.
    pub seconds: f64,
}

fn check(name: &str, problems: Vec<String>, summary: String) -> Check {
    Check {
        name: name.to_string(),
        ok: problems.is_empty(),
        problems,
        summary,
    }
}

/// Verifies the problem folder `dir`.
pub fn verify(dir: &Path) -> ProblemReport {
    let start = Instant::now();
    let mut report = ProblemReport {
        problem: dir.display().to_string(),
        ok: false,
        checks: Vec::new(),
        submissions: Vec::new(),
        timing: Vec::new(),
        seconds: 0.0,
    };
    let problem = match Problem::load(dir) {
        Ok(p) => p,
        Err(e) => {
            report
                .checks
                .push(check("spec", vec![e.to_string()], String::new()));
            report.seconds = start.elapsed().as_secs_f64();
            return report;
        }
    };
    report.problem = problem.slug().to_string();
    let mut missing = files::completeness(&problem);
    missing.extend(files::alias_clashes(&problem));
    missing.extend(crate::scale::check::check_spec(&problem));
    report.checks.push(check(
        "spec and files",
        missing,
        "problem.toml parses; statement, cases and submissions are all there".into(),
    ));
    let (cases, recipes, outside) = files::constraints(&problem);
    let n = cases.len();
    report.checks.push(check(
        "constraints",
        outside,
        format!("{n} stored cases and {recipes} large recipes obey the constraints"),
    ));
    match Reference::for_problem(&problem) {
        Ok(mut reference) => {
            let wrong = files::expected_outputs(&problem, &mut reference, &cases);
            report.checks.push(check(
                "expected outputs",
                wrong,
                format!("{n} expected outputs agree with the reference"),
            ));
        }
        Err(e) => report.checks.push(check(
            "expected outputs",
            vec![format!("no usable reference solution: {e}")],
            String::new(),
        )),
    }
    let examples = files::statement_matches_examples(&problem, &cases);
    report.checks.push(check(
        "statement examples",
        examples,
        "statement.md's examples are the example cases".into(),
    ));
    let (rows, timing, sub_problems) = submissions(&problem);
    report.checks.push(check(
        "submissions",
        sub_problems,
        format!(
            "{} submissions get the verdict of their folder",
            rows.iter().filter(|r| r.got.is_some()).count()
        ),
    ));
    let timing_problems: Vec<String> = timing
        .iter()
        .filter(|t| !t.ok)
        .map(|t| timing_problem(&problem, t))
        .collect();
    report.checks.push(check(
        "time limit",
        timing_problems,
        "the time limit is sane for every language".into(),
    ));
    report.submissions = rows;
    report.timing = timing;
    report.ok = report.checks.iter().all(|c| c.ok);
    report.seconds = start.elapsed().as_secs_f64();
    report
}

fn timing_problem(problem: &Problem, t: &TimingRow) -> String {
    let spec = format!(
        "{}: [limits] time_ms = {}",
        problem.spec_path().display(),
        problem.spec.limits.time_ms
    );
    match (t.slowest_accepted_ms, t.accepted_margin) {
        (Some(slow), Some(m)) if m < ACCEPTED_MARGIN => format!(
            "{spec}: the slowest accepted {} submission takes {slow:.1} ms of its {:.0} ms limit ({m:.1}×, needs ≥ {ACCEPTED_MARGIN}×): raise time_ms",
            t.language, t.limit_ms
        ),
        (None, _) => format!("{spec}: no accepted {} submission passed, so the limit cannot be checked", t.language),
        _ => format!("{spec}: a {} submission in time_limit_exceeded/ finished within {SLOW_FACTOR}× the limit: lower time_ms or make it slower", t.language),
    }
}

/// Grades every submission; slow ones at 1.5× the limit, one at a time.
fn submissions(problem: &Problem) -> (Vec<SubmissionRow>, Vec<TimingRow>, Vec<String>) {
    let mut problems = Vec::new();
    let mut jobs: Vec<(PathBuf, Verdict)> = Vec::new();
    let base = problem.dir.join("submissions");
    if let Ok(entries) = std::fs::read_dir(&base) {
        let mut folders: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        folders.sort();
        for folder in folders {
            let name = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some((_, verdict)) = VERDICT_FOLDERS.iter().find(|(f, _)| *f == name) else {
                let known: Vec<&str> = VERDICT_FOLDERS.iter().map(|(f, _)| *f).collect();
                let hint = crate::error::closest(&name, known.iter().copied())
                    .map(|s| format!(" Did you mean `{s}`?"))
                    .unwrap_or_default();
                problems.push(format!(
                    "submissions/{name}/: not a verdict folder.{hint} Known: {}",
                    known.join(", ")
                ));
                continue;
            };
            let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && !files::is_hidden(p))
                .collect();
            files.sort();
            jobs.extend(files.into_iter().map(|f| (f, *verdict)));
        }
    }
    let (slow, quick): (Vec<_>, Vec<_>) = jobs.into_iter().partition(|(_, v)| *v == Verdict::TLE);
    let rows = Mutex::new(Vec::new());
    let queue = Mutex::new(quick);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some((file, verdict)) = queue.lock().unwrap_or_else(|e| e.into_inner()).pop()
                else {
                    break;
                };
                let row = run_one(problem, &base, &file, verdict, None);
                rows.lock().unwrap_or_else(|e| e.into_inner()).push(row);
            });
        }
    });
    let mut rows = rows.into_inner().unwrap_or_else(|e| e.into_inner());
    for (file, verdict) in slow {
        rows.push(run_one(problem, &base, &file, verdict, Some(SLOW_FACTOR)));
    }
    rows.sort_by(|a, b| a.file.cmp(&b.file));
    for row in rows.iter().filter(|r| !r.ok) {
        problems.push(format!(
            "submissions/{}: expected {}, got {}{}",
            row.file,
            row.expected,
            row.got.map_or("nothing".to_string(), |v| v.to_string()),
            if row.note.is_empty() {
                String::new()
            } else {
                format!(" ({})", row.note)
            }
        ));
    }
    let timing = timing_rows(problem, &rows);
    (rows, timing, problems)
}

fn run_one(
    problem: &Problem,
    base: &Path,
    file: &Path,
    expected: Verdict,
    time_scale: Option<f64>,
) -> SubmissionRow {
    let rel = file
        .strip_prefix(base)
        .unwrap_or(file)
        .display()
        .to_string();
    let mut row = SubmissionRow {
        file: rel,
        language: String::new(),
        expected,
        got: None,
        slowest_ms: None,
        note: String::new(),
        ok: false,
    };
    let lang = match language::of_submission(file) {
        Ok(lang) => lang,
        Err(e) => {
            row.note = e;
            return row;
        }
    };
    row.language = lang.name.to_string();
    if let Err(e) = toolchain(lang) {
        row.note = format!("skipped: {e}");
        row.ok = true;
        return row;
    }
    let options = GradeOptions {
        seed: Some(VERIFY_SEED),
        problem_arg: problem.slug().to_string(),
        time_scale,
        fail_fast: true,
        ..GradeOptions::default()
    };
    match grade(problem, file, &options) {
        Ok(report) => {
            row.got = Some(report.verdict);
            row.slowest_ms = report.cases.iter().map(|c| c.time_ms).reduce(f64::max);
            row.note = report
                .failure
                .map(|f| format!("first failure: {}", f.case))
                .unwrap_or_default();
            row.ok = report.verdict == expected;
        }
        Err(e) => row.note = format!("could not be graded: {e}"),
    }
    row
}

fn timing_rows(problem: &Problem, rows: &[SubmissionRow]) -> Vec<TimingRow> {
    let mut out = Vec::new();
    for lang in language::LANGUAGES {
        let mine: Vec<&SubmissionRow> = rows
            .iter()
            .filter(|r| r.language == lang.name && r.got.is_some())
            .collect();
        if mine.is_empty() {
            continue;
        }
        let limit_ms = problem.spec.limits.time_ms as f64 * lang.time_multiplier;
        let accepted: Vec<f64> = mine
            .iter()
            .filter(|r| r.expected == Verdict::AC && r.got == Some(Verdict::AC))
            .filter_map(|r| r.slowest_ms)
            .collect();
        let slowest = accepted.iter().copied().reduce(f64::max);
        let margin = slowest.map(|s| limit_ms / s.max(0.001));
        let slow: Vec<&&SubmissionRow> =
            mine.iter().filter(|r| r.expected == Verdict::TLE).collect();
        let slow_ok = slow.iter().all(|r| r.got == Some(Verdict::TLE));
        let has_accepted = mine.iter().any(|r| r.expected == Verdict::AC);
        let ok = slow_ok && (!has_accepted || margin.is_some_and(|m| m >= ACCEPTED_MARGIN));
        out.push(TimingRow {
            language: lang.name.to_string(),
            limit_ms,
            slowest_accepted_ms: slowest,
            accepted_margin: margin,
            slow_checked: slow.len(),
            ok,
        });
    }
    out
}
