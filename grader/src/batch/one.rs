//! The worker side: grades one submission through the library's [`grade`] and
//! prints its [`Outcome`] as one JSON line. The batch runs it as a child
//! process (`grader batch one …`, hidden), so that a submission's grading can
//! be killed at its wall budget and nothing it does reaches the batch itself.
//! It records no practice progress: it calls the library, not `grader test`.

use std::path::{Path, PathBuf};

use crate::error::GradeError;
use crate::grade::{grade, GradeOptions};
use crate::problem::Problem;
use crate::verdict::Verdict;

use super::outcome::Outcome;

/// Arguments of the hidden worker command.
#[derive(Debug, clap::Args)]
pub struct OneArgs {
    /// The problem folder.
    #[arg(long)]
    pub problem_dir: PathBuf,
    /// The submission, relative to the working folder (the roster's base).
    #[arg(long)]
    pub file: PathBuf,
    /// Seed of the random stage.
    #[arg(long)]
    pub seed: u64,
    /// Random cases.
    #[arg(long)]
    pub random: usize,
}

/// Grades one file and prints the outcome; the exit code is 0 unless the
/// outcome could not be written.
pub fn run(args: OneArgs) -> Result<i32, GradeError> {
    let problem = Problem::load(&args.problem_dir)?;
    let outcome = grade_one(&problem, &args.file, args.seed, args.random);
    let line = serde_json::to_string(&outcome)
        .map_err(|e| GradeError::Internal(format!("cannot write the outcome: {e}")))?;
    println!("{line}");
    Ok(0)
}

/// Grades `file` on `problem` into an [`Outcome`]. When a fixed case fails,
/// the random stage (which `grader test` skips then) is run on its own, so
/// that partial credit counts it.
pub fn grade_one(problem: &Problem, file: &Path, seed: u64, random: usize) -> Outcome {
    let language = crate::language::for_file(file).map_or("unknown", |l| l.name);
    let options = GradeOptions {
        seed: Some(seed),
        random: Some(random),
        problem_arg: problem.slug().to_string(),
        ..GradeOptions::default()
    };
    let shown = file.display().to_string();
    let report = match grade(problem, file, &options) {
        Ok(r) => r,
        Err(e) => return from_error(language, e),
    };
    let fixed_failed = !matches!(report.verdict, Verdict::AC | Verdict::CE);
    let random_only = if fixed_failed && report.random.is_none() && random > 0 {
        let only = GradeOptions {
            case: Some("random".into()),
            ..options
        };
        match grade(problem, file, &only) {
            Ok(r) => Some(r),
            Err(e) => return from_error(language, e),
        }
    } else {
        None
    };
    Outcome::from_reports(&report, random_only.as_ref(), &shown)
}

/// A grading error as an outcome: the learner's (a file without LeetCode's
/// signature: scored 0 as a compile error, saying why) or the grader's (`IE`).
fn from_error(language: &str, e: GradeError) -> Outcome {
    match e {
        GradeError::Usage(why) => Outcome::without_cases(language, Verdict::CE, why),
        GradeError::Spec(e) => Outcome::without_cases(
            language,
            Verdict::IE,
            format!("the problem folder is broken (fix it and regrade): {e}"),
        ),
        GradeError::Internal(why) => Outcome::without_cases(language, Verdict::IE, why),
    }
}
