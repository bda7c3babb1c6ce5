//! `grader scale`: how a solution's cost grows with `n` (and the second
//! parameter, k or the number of lists), measured side by side with the
//! reference on the very same inputs. `plan` says what to run, `measure`
//! times it (CPU from outside, fixed cost subtracted), `fit` turns times into
//! slopes, classes and a comparison, `report` holds the result, `render` and
//! `chart` show it, `check` is what `grader verify` asks of a problem.

pub mod chart;
pub mod check;
pub mod fit;
pub mod measure;
pub mod null;
pub mod plan;
pub mod point;
pub mod render;
pub mod report;
mod run;

use std::path::PathBuf;

use crate::error::GradeError;

use crate::render::Format;

pub use run::{scale, Options};

/// Arguments of `grader scale`.
#[derive(Debug, clap::Args)]
pub struct ScaleArgs {
    /// Problem folder name, LeetCode number or LeetCode slug.
    pub problem: String,
    /// The solution file; its extension gives the language.
    pub file: PathBuf,
    /// Output format (human or json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Seed of the generated inputs.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Where to write the chart (SVG); default: no file. `-` for none.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
    /// CPU time (ms) past which a point ends its series; default 250 ms ×
    /// the language's time multiplier.
    #[arg(long, value_name = "MS")]
    pub budget: Option<u64>,
    /// Smaller sizes and fewer repetitions (for tests; less precise).
    #[arg(long, hide = true)]
    pub quick: bool,
}

/// Runs `grader scale`: 0 unless the solution grows worse than the reference
/// (1) or cannot be measured (1: it does not compile, crashes…).
pub fn run(args: ScaleArgs) -> Result<i32, GradeError> {
    if args.format == Format::Junit {
        return Err(GradeError::Usage(
            "`grader scale` prints --format human or json; junit is for `grader test` and `grader verify`".into(),
        ));
    }
    if args.budget == Some(0) {
        return Err(GradeError::Usage("--budget must be at least 1 ms".into()));
    }
    let problem = crate::catalog::find(&args.problem)?;
    if !args.file.is_file() {
        return Err(GradeError::Usage(format!(
            "no such file: {} (give the solution file itself)",
            args.file.display()
        )));
    }
    let options = Options {
        seed: args.seed,
        quick: args.quick,
        budget_ms: args.budget,
        svg: args.svg.filter(|p| p.as_os_str() != "-"),
    };
    let outcome = scale(&problem, &args.file, &options)?;
    let text = match (&outcome, args.format) {
        (Ok(report), Format::Json) => {
            serde_json::to_string_pretty(report).unwrap_or_default() + "\n"
        }
        (Ok(report), _) => render::human(report),
        (Err(failure), Format::Json) => {
            serde_json::to_string_pretty(&serde_json::json!({ "error": failure }))
                .unwrap_or_default()
                + "\n"
        }
        (Err(failure), _) => format!("grader scale: {failure}\n"),
    };
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
    Ok(match outcome {
        Ok(report) if report.comparison != fit::Comparison::Worse => 0,
        _ => 1,
    })
}

/// Slowest-case share of the limit past which `grader test` points at `grader scale`.
const HINT_SHARE_OF_LIMIT: f64 = 0.2;
/// …when the case also took this many times the reference's time.
const HINT_TIMES_REFERENCE: f64 = 5.0;

/// The line `grader test` prints when an accepted solution is much slower
/// than the reference on a large case: a pointer to `grader scale`.
pub fn hint(report: &crate::report::Report) -> Option<String> {
    slow_hint(
        report.verdict,
        report.slowest.as_ref()?,
        &report.problem,
        &report.file,
    )
}

fn slow_hint(
    verdict: crate::verdict::Verdict,
    s: &crate::report::Slowest,
    problem: &str,
    file: &str,
) -> Option<String> {
    let reference = s.reference_ms?;
    let slow = verdict == crate::verdict::Verdict::AC
        && s.case.starts_with("large/")
        && s.time_ms >= HINT_SHARE_OF_LIMIT * s.limit_ms
        && s.time_ms >= HINT_TIMES_REFERENCE * reference;
    slow.then(|| {
        format!(
            "accepted, but {:.0}× slower than the reference on {}: `grader scale {problem} {file}` shows how its time grows with n",
            s.time_ms / reference.max(1e-3),
            s.case,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Slowest;
    use crate::verdict::Verdict;

    fn slowest(case: &str, time_ms: f64, reference_ms: f64) -> Slowest {
        Slowest {
            case: case.into(),
            time_ms,
            limit_ms: 1000.0,
            reference_ms: Some(reference_ms),
        }
    }

    #[test]
    fn hints_only_for_accepted_solutions_much_slower_on_large_cases() {
        let hint = |v, s: &Slowest| slow_hint(v, s, "kth-largest", "a.rs");
        let slow = slowest("large/random-k-half", 400.0, 10.0);
        let text = hint(Verdict::AC, &slow).unwrap();
        assert!(
            text.contains("40×") && text.contains("grader scale kth-largest a.rs"),
            "{text}"
        );
        assert!(hint(Verdict::TLE, &slow).is_none(), "not accepted");
        assert!(
            hint(Verdict::AC, &slowest("hidden/01", 400.0, 10.0)).is_none(),
            "not large"
        );
        assert!(
            hint(Verdict::AC, &slowest("large/x", 100.0, 1.0)).is_none(),
            "far from the limit"
        );
        assert!(
            hint(Verdict::AC, &slowest("large/x", 400.0, 200.0)).is_none(),
            "close to the reference"
        );
    }
}
