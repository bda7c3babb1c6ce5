//! The report of one grading run: what every case did and the details of the
//! first failure. Reporters (`human`, JSON via serde, `junit`) only render it.

use std::path::PathBuf;

use serde::Serialize;

use crate::case::CaseKind;
use crate::verdict::Verdict;

/// One case's result.
#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    /// `kind/name`, e.g. `hidden/03-k-equals-n`.
    pub name: String,
    /// Its group.
    pub kind: CaseKind,
    /// Its verdict.
    pub verdict: Verdict,
    /// CPU time of the learner's code, milliseconds.
    pub time_ms: f64,
    /// Time of the reference solution on the same input, milliseconds.
    pub reference_ms: Option<f64>,
    /// One line saying what went wrong (empty when accepted).
    pub message: String,
}

/// The details of a failing case, enough to understand and reproduce it.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    /// `kind/name` of the case.
    pub case: String,
    /// Its verdict.
    pub verdict: Verdict,
    /// What went wrong, in one paragraph.
    pub message: String,
    /// The input, one argument per line (shortened when huge).
    pub input: String,
    /// Whether `input` was shortened.
    pub input_shortened: bool,
    /// The full input, written to a file when it was shortened.
    pub input_file: Option<PathBuf>,
    /// The parameter names, in input-line order.
    pub params: Vec<String>,
    /// The expected answer (shortened when huge).
    pub expected: Option<String>,
    /// The learner's answer (shortened when huge).
    pub actual: Option<String>,
    /// What the learner's code printed during this case, as a panel: the first
    /// lines, a few KiB at most, ending with where the rest was saved.
    pub stdout: String,
    /// The whole output kept (up to 64 KiB), when the panel is shorter.
    pub stdout_file: Option<PathBuf>,
    /// The command that reruns just this case.
    pub reproduce: String,
    /// For a random failure: `grader run` on the saved minimal input.
    pub replay: Option<String>,
    /// For a random failure: the saved minimal input (`.in`, with the expected `.out` beside it).
    pub saved_input: Option<PathBuf>,
    /// For a random failure: size (scalars) of the input that first failed.
    pub original_size: Option<usize>,
    /// For a random failure: size of the shrunk input shown.
    pub minimal_size: Option<usize>,
    /// For a random failure: successful shrink steps.
    pub shrink_steps: Option<usize>,
}

/// Compilation facts.
#[derive(Debug, Clone, Serialize)]
pub struct CompileInfo {
    /// Taken from the cache (no compilation).
    pub cached: bool,
    /// Seconds spent compiling.
    pub seconds: f64,
    /// The compiler's message for a compile error.
    pub message: Option<String>,
}

/// The slowest case against the limit and the reference.
#[derive(Debug, Clone, Serialize)]
pub struct Slowest {
    /// `kind/name`.
    pub case: String,
    /// Learner's CPU time, ms.
    pub time_ms: f64,
    /// The limit for this language, ms.
    pub limit_ms: f64,
    /// The reference's time on the same input, ms.
    pub reference_ms: Option<f64>,
}

/// Everything one `grader test` found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Problem folder name.
    pub problem: String,
    /// Problem title.
    pub title: String,
    /// Language name.
    pub language: String,
    /// The learner's file as given.
    pub file: String,
    /// The overall verdict: the first failing case's, in case order.
    pub verdict: Verdict,
    /// Cases accepted.
    pub passed: usize,
    /// Cases run.
    pub total: usize,
    /// Per-case results in run order.
    pub cases: Vec<CaseResult>,
    /// The first failure, if any.
    pub failure: Option<Failure>,
    /// Compilation.
    pub compile: Option<CompileInfo>,
    /// Slowest case.
    pub slowest: Option<Slowest>,
    /// The seed of the random stage (when it ran).
    pub seed: Option<u64>,
    /// The random stage's summary (when it ran).
    pub random: Option<crate::fuzz::RandomSummary>,
    /// Which sandbox layers contained the learner's code (`off …` when disabled).
    pub sandbox: String,
    /// The editorial, shown once a learner passes (human output only).
    #[serde(skip)]
    pub editorial: Option<String>,
}

impl Report {
    /// Results of one group of cases.
    pub fn group(&self, kind: CaseKind) -> Vec<&CaseResult> {
        self.cases.iter().filter(|c| c.kind == kind).collect()
    }
}
