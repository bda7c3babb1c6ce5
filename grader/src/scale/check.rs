//! What `grader verify --scaling` asks of a problem's `[scaling]` table: the
//! declared classes parse, the reference grows as declared along every series
//! (compared with the reference's own measured slope: the declared class's
//! slope must lie within the slope's interval widened by a tolerance), and
//! every `time_limit_exceeded/` submission scales worse than the reference
//! or runs past the budget.

use std::path::Path;

use crate::language;
use crate::problem::Problem;

use super::fit::{Class, Comparison};
use super::report::ScaleReport;
use super::{scale, Options};

/// How far a measured slope may stray from the declared class's slope
/// (cache effects and small log factors).
const SLOPE_TOLERANCE: f64 = 0.2;

/// Problems found in the `[scaling]` table alone (no code runs).
pub fn check_spec(problem: &Problem) -> Vec<String> {
    let Some(spec) = &problem.spec.scaling else {
        return Vec::new();
    };
    let path = problem.spec_path();
    let mut found = Vec::new();
    let known = "1, log n, n, n log n, n^2, n^2 log n, n^3";
    if Class::parse(&spec.expected_n).is_none() {
        found.push(format!(
            "{}: [scaling] expected_n = \"{}\" is not a class; write one of {known}",
            path.display(),
            spec.expected_n
        ));
    }
    match (&spec.second, &spec.expected_second) {
        (Some(_), None) => found.push(format!(
            "{}: [scaling] second is set, so expected_second (its class, written with n: {known}) is needed too",
            path.display()
        )),
        (None, Some(_)) => found.push(format!(
            "{}: [scaling] expected_second without second: name the parameter it describes",
            path.display()
        )),
        (Some(_), Some(c)) if Class::parse(c).is_none() => found.push(format!(
            "{}: [scaling] expected_second = \"{c}\" is not a class; write one of {known}",
            path.display()
        )),
        _ => {}
    }
    found
}

/// The reference's measured growth against the declared classes, from any
/// report of this problem (the reference runs in every `grader scale`).
pub fn reference_mismatches(problem: &Problem, report: &ScaleReport) -> Vec<String> {
    let Some(spec) = &problem.spec.scaling else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for s in &report.series {
        let declared = if s.parameter == "n" {
            Some(spec.expected_n.as_str())
        } else {
            spec.expected_second.as_deref()
        };
        let (Some(class), Some(ci)) = (declared.and_then(Class::parse), s.reference.ci) else {
            continue;
        };
        let mid = s
            .points
            .get(s.points.len() / 2)
            .map_or(2.0, |p| p.value as f64);
        let want = class.slope_at(mid);
        let named = class.name(&s.parameter);
        let fits = s.reference.class == named || s.reference.candidates.contains(&named);
        if !fits && (want < ci[0] - SLOPE_TOLERANCE || want > ci[1] + SLOPE_TOLERANCE) {
            found.push(format!(
                "the reference grows with exponent {:.2} (95% [{:.2}, {:.2}]) along {} ({}), but [scaling] declares {} (exponent ≈ {want:.2} there)",
                s.reference.exponent.unwrap_or(f64::NAN),
                ci[0],
                ci[1],
                s.parameter,
                s.context(),
                class.name(&s.parameter)
            ));
        }
    }
    found
}

/// Scales every `time_limit_exceeded/` submission (quick settings); each must
/// compare worse, be stopped by the budget, or be one that `timed_out` says
/// timed out on the fixed cases (slow on a specific input, such as an
/// endless loop when k = n, rather than by growth). Returns the problems, the
/// reports (the first one also serves the reference check) and the files
/// accepted only by their timeout.
pub fn slow_submissions(
    problem: &Problem,
    timed_out: &dyn Fn(&str) -> bool,
) -> (Vec<String>, Vec<ScaleReport>, Vec<String>) {
    let dir = problem.dir.join("submissions/time_limit_exceeded");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let mut found = Vec::new();
    let mut reports = Vec::new();
    let mut by_timeout = Vec::new();
    for file in files.iter().filter(|f| language::for_file(f).is_some()) {
        match scale_quick(problem, file) {
            Err(e) => found.push(format!(
                "{}: `grader scale` failed: {e}",
                short(problem, file)
            )),
            Ok(Ok(report)) => {
                let stopped = report.series.iter().any(|s| s.stopped.is_some());
                let name = short(problem, file);
                let worse = report.comparison == Comparison::Worse;
                if !worse && !stopped && timed_out(&name) {
                    by_timeout.push(name);
                } else if !worse && !stopped {
                    found.push(format!(
                        "{}: a time_limit_exceeded submission should scale worse than the reference, but `grader scale` says {:?}: {}",
                        short(problem, file),
                        report.comparison,
                        report.sentence
                    ));
                }
                reports.push(report);
            }
            // Timing out (or crashing) inside the budget also shows it is slow.
            Ok(Err(_)) => {}
        }
    }
    (found, reports, by_timeout)
}

/// The learner-side failure inside; the grader's own failure outside.
fn scale_quick(problem: &Problem, file: &Path) -> Result<Result<ScaleReport, String>, String> {
    let options = Options {
        seed: crate::verify::VERIFY_SEED,
        quick: true,
        budget_ms: None,
        svg: None,
    };
    scale(problem, file, &options).map_err(|e| e.to_string())
}

/// An accepted submission to scale when no slow one exists (the reference
/// runs in every scale run): Rust first, the fastest to build and run.
fn accepted_probe(problem: &Problem) -> Option<std::path::PathBuf> {
    let dir = problem.dir.join("submissions/accepted");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| language::for_file(p).is_some())
        .collect();
    files.sort_by_key(|p| (p.extension().is_none_or(|e| e != "rs"), p.clone()));
    files.into_iter().next()
}

/// Adds the "scaling" check to a `grader verify` report of `dir`.
pub fn verify_scaling(dir: &Path, report: &mut crate::verify::ProblemReport) {
    let Ok(problem) = Problem::load(dir) else {
        return;
    };
    let mut summary = String::new();
    let mut found = check_spec(&problem);
    if problem.spec.scaling.is_none() {
        summary = "no [scaling] table: growth not checked".into();
    } else if found.is_empty() {
        // `grader verify` graded the submissions already: a TLE there counts.
        let rows = report.submissions.clone();
        let timed_out = |name: &str| {
            rows.iter()
                .any(|r| name.ends_with(&r.file) && r.got == Some(crate::verdict::Verdict::TLE))
        };
        let (slow, mut reports, by_timeout) = slow_submissions(&problem, &timed_out);
        found.extend(slow);
        if reports.is_empty() {
            match accepted_probe(&problem).map(|f| scale_quick(&problem, &f)) {
                Some(Ok(Ok(r))) => reports.push(r),
                Some(Ok(Err(e)) | Err(e)) => {
                    found.push(format!("cannot measure the reference: {e}"))
                }
                None => found.push("no submission to measure the reference with".into()),
            }
        }
        if let Some(r) = reports.first() {
            found.extend(reference_mismatches(&problem, r));
        }
        let expected = problem
            .spec
            .scaling
            .as_ref()
            .map_or("", |s| s.expected.as_str());
        let worse = reports
            .iter()
            .filter(|r| r.comparison == Comparison::Worse)
            .count();
        let timeouts = if by_timeout.is_empty() {
            String::new()
        } else {
            format!(
                "; {} time out on specific cases rather than by growth",
                by_timeout.join(", ")
            )
        };
        summary = format!(
            "the reference grows as declared ({expected}); {worse} slow submission(s) scale worse{timeouts}"
        );
    }
    report.checks.push(crate::verify::Check {
        name: "scaling".into(),
        ok: found.is_empty(),
        problems: found,
        summary,
    });
    report.ok = report.checks.iter().all(|c| c.ok);
}

fn short(problem: &Problem, file: &Path) -> String {
    file.strip_prefix(&problem.dir)
        .unwrap_or(file)
        .display()
        .to_string()
}
