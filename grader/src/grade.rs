//! Grading: builds the learner's file, runs every case through one
//! long-lived session (a fresh one after a crash or a kill), checks each
//! answer and assembles the [`Report`].

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::build::{build, cache_root, BuildError};
use crate::case::{load_recipes, load_stored, Case, CaseKind};
use crate::error::SpecError;
use crate::generate::generate;
use crate::language::{self, Language};
use crate::oracle::{builtin, Oracle};
use crate::problem::{Problem, Signature};
use crate::report::{CaseResult, CompileInfo, Failure, Report, Slowest};
use crate::session::{Captured, Limits, Outcome, Session};
use crate::value::Value;
use crate::verdict::Verdict;

/// What the learner asked for.
#[derive(Debug, Clone, Default)]
pub struct GradeOptions {
    /// Run only the case with this id (`hidden/03-k-equals-n`) or name.
    pub case: Option<String>,
    /// Random seed (recorded; used by random testing).
    pub seed: Option<u64>,
    /// The problem as the learner named it (for the reproduce command).
    pub problem_arg: String,
}

/// A failure that is not the learner's: bad problem folder, missing file, grader fault.
#[derive(Debug, thiserror::Error)]
pub enum GradeError {
    /// A usage mistake (unknown extension, missing file, unknown case).
    #[error("{0}")]
    Usage(String),
    /// A mistake in the problem folder.
    #[error(transparent)]
    Spec(#[from] SpecError),
    /// The grader failed.
    #[error("{0}")]
    Internal(String),
}

/// Bytes a learner may print per case before it is an output flood.
pub const OUTPUT_LIMIT: usize = 8 << 20;
/// Inputs larger than this (in characters) are shown shortened.
const SHOW_LIMIT: usize = 600;

/// Every case of a problem in run order: examples, hidden, large.
pub fn all_cases(problem: &Problem) -> Result<Vec<Case>, SpecError> {
    let mut cases = load_stored(problem, CaseKind::Example)?;
    cases.extend(load_stored(problem, CaseKind::Hidden)?);
    let recipes_file = problem.dir.join("cases").join("large.toml");
    for recipe in load_recipes(problem)? {
        let input = generate(problem.slug(), &recipe).map_err(|e| {
            SpecError::near(
                &recipes_file,
                &std::fs::read_to_string(&recipes_file).unwrap_or_default(),
                &recipe.name,
                e,
            )
        })?;
        cases.push(Case {
            name: recipe.name.clone(),
            kind: CaseKind::Large,
            input,
            expected: None,
            source: recipes_file.clone(),
        });
    }
    Ok(cases)
}

/// Grades `file` on `problem`.
pub fn grade(problem: &Problem, file: &Path, options: &GradeOptions) -> Result<Report, GradeError> {
    let lang = language::for_file(file).ok_or_else(|| {
        GradeError::Usage(format!(
            "cannot tell the language of {}: supported extensions are {}",
            file.display(),
            language::known_extensions().join(", ")
        ))
    })?;
    let source = std::fs::read_to_string(file)
        .map_err(|e| GradeError::Usage(format!("cannot read {}: {e}", file.display())))?;
    let oracle = builtin(problem.slug()).ok_or_else(|| {
        GradeError::Internal(format!(
            "no reference solution is known for {}",
            problem.slug()
        ))
    })?;
    let mut cases = all_cases(problem)?;
    if let Some(want) = &options.case {
        cases.retain(|c| &c.id() == want || &c.name == want);
        if cases.is_empty() {
            return Err(GradeError::Usage(format!("{} has no case `{want}`; case ids look like example/1, hidden/03-k-equals-n or large/<recipe>", problem.slug())));
        }
    }
    let mut report = Report {
        problem: problem.slug().to_string(),
        title: problem.spec.title.clone(),
        language: lang.name.to_string(),
        file: file.display().to_string(),
        verdict: Verdict::AC,
        passed: 0,
        total: cases.len(),
        cases: Vec::new(),
        failure: None,
        compile: None,
        slowest: None,
        seed: options.seed,
        editorial: editorial(problem),
    };
    let file_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "solution".into());
    let built = match build(lang, problem, &file_name, &source) {
        Ok(b) => b,
        Err(BuildError::Compile { message }) => {
            report.verdict = Verdict::CE;
            report.compile = Some(CompileInfo {
                cached: false,
                seconds: 0.0,
                message: Some(message),
            });
            return Ok(report);
        }
        Err(BuildError::Internal(e)) => return Err(GradeError::Internal(e)),
    };
    report.compile = Some(CompileInfo {
        cached: built.cached,
        seconds: built.compile_time.as_secs_f64(),
        message: None,
    });
    let limits = Limits {
        cpu: Duration::from_secs_f64(
            problem.spec.limits.time_ms as f64 * lang.time_multiplier / 1000.0,
        ),
        memory_kb: problem.spec.limits.memory_mb * 1024,
        output_bytes: OUTPUT_LIMIT,
    };
    let mut session: Option<Session> = None;
    for case in &cases {
        if !session.as_ref().is_some_and(Session::is_alive) {
            session = Some(Session::start(&built.run, OUTPUT_LIMIT).map_err(|e| {
                GradeError::Internal(format!(
                    "cannot start the submission {}: {e}",
                    built.run.join(" ")
                ))
            })?);
        }
        let Some(running) = session.as_mut() else {
            continue;
        };
        let (expected, reference_ms) = expected_of(problem, &oracle, case)?;
        let args: Vec<String> = case.input.iter().map(Value::to_string).collect();
        let (outcome, captured) = running.run_case(&args.join(" "), &limits);
        let (verdict, time, message, actual) = judge(problem, &expected, &outcome, &limits);
        if verdict == Verdict::IE {
            return Err(GradeError::Internal(format!(
                "case {}: {message}",
                case.id()
            )));
        }
        if verdict == Verdict::AC {
            report.passed += 1;
        } else if report.failure.is_none() {
            report.verdict = verdict;
            report.failure = Some(failure(
                problem,
                lang,
                options,
                &file_name,
                file,
                case,
                verdict,
                &message,
                &expected,
                actual.as_deref(),
                &captured,
            ));
        }
        report.cases.push(CaseResult {
            name: case.id(),
            kind: case.kind,
            verdict,
            time_ms: ms(time),
            reference_ms: Some(reference_ms),
            message,
        });
    }
    report.slowest = report
        .cases
        .iter()
        .max_by(|a, b| a.time_ms.total_cmp(&b.time_ms))
        .map(|c| Slowest {
            case: c.name.clone(),
            time_ms: c.time_ms,
            limit_ms: ms(limits.cpu),
            reference_ms: c.reference_ms,
        });
    Ok(report)
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

/// The expected answer (stored, or from the reference) and the reference's time.
fn expected_of(
    problem: &Problem,
    oracle: &Oracle,
    case: &Case,
) -> Result<(Value, f64), GradeError> {
    let start = Instant::now();
    let computed = (oracle.reference)(&case.input);
    let reference_ms = ms(start.elapsed());
    match (&case.expected, computed) {
        (Some(stored), _) => Ok((stored.clone(), reference_ms)),
        (None, Ok(v)) => Ok((v, reference_ms)),
        (None, Err(e)) => Err(GradeError::Internal(format!(
            "the reference solution of {} failed on {}: {e}",
            problem.slug(),
            case.id()
        ))),
    }
}

/// Verdict, time, one-line message and the learner's answer text.
fn judge(
    problem: &Problem,
    expected: &Value,
    outcome: &Outcome,
    limits: &Limits,
) -> (Verdict, Duration, String, Option<String>) {
    let limit_ms = ms(limits.cpu);
    match outcome {
        Outcome::Answered { answer, cpu, .. } => match Value::parse(answer) {
            Ok(actual) => match problem.checker.check(expected, &actual) {
                Ok(()) => (Verdict::AC, *cpu, String::new(), Some(actual.to_string())),
                Err(why) => (Verdict::WA, *cpu, why, Some(actual.to_string())),
            },
            Err(e) => (
                Verdict::WA,
                *cpu,
                format!("the answer is not a value: {e}"),
                Some(answer.clone()),
            ),
        },
        Outcome::Panicked { message, cpu } => (Verdict::RE, *cpu, message.clone(), None),
        Outcome::Crashed { description } => {
            (Verdict::RE, Duration::ZERO, description.clone(), None)
        }
        Outcome::TimedOut { cpu } => (
            Verdict::TLE,
            *cpu,
            format!(
                "stopped after {:.0} ms of CPU time; the limit is {limit_ms:.0} ms per case",
                ms(*cpu)
            ),
            None,
        ),
        Outcome::MemoryExceeded { peak_kb } => (
            Verdict::MLE,
            Duration::ZERO,
            format!(
                "used {} MiB; the limit is {} MiB",
                peak_kb / 1024,
                limits.memory_kb / 1024
            ),
            None,
        ),
        Outcome::OutputExceeded => (
            Verdict::OLE,
            Duration::ZERO,
            format!(
                "printed more than {} MiB during one case",
                OUTPUT_LIMIT >> 20
            ),
            None,
        ),
        Outcome::Internal(e) => (Verdict::IE, Duration::ZERO, e.clone(), None),
    }
}

#[allow(clippy::too_many_arguments)]
fn failure(
    problem: &Problem,
    lang: &Language,
    options: &GradeOptions,
    file_name: &str,
    file: &Path,
    case: &Case,
    verdict: Verdict,
    message: &str,
    expected: &Value,
    actual: Option<&str>,
    captured: &Captured,
) -> Failure {
    let full = case.input_text();
    let input_shortened = full.len() > SHOW_LIMIT;
    let input_file = input_shortened
        .then(|| save_input(problem, case, &full))
        .flatten();
    let params = match &problem.signature {
        Signature::Function { params, .. } => params.iter().map(|p| p.name.clone()).collect(),
        Signature::Class { .. } => vec!["operations".into(), "arguments".into()],
    };
    let mut stdout = captured.text.clone();
    if captured.bytes > captured.text.len() {
        stdout.push_str(&format!("\n… ({} bytes in all)", captured.bytes));
    }
    let _ = (lang, file_name);
    Failure {
        case: case.id(),
        verdict,
        message: message.to_string(),
        input: if input_shortened {
            case.input
                .iter()
                .map(|v| format!("{}\n", shorten(&v.to_string())))
                .collect()
        } else {
            full
        },
        input_shortened,
        input_file,
        params,
        expected: (verdict == Verdict::WA).then(|| shorten(&expected.to_string())),
        actual: actual.map(shorten),
        stdout,
        reproduce: format!(
            "grader test {} {} --case {}",
            options.problem_arg,
            file.display(),
            case.id()
        ),
    }
}

/// Head and tail of a long value text, with its size.
pub fn shorten(text: &str) -> String {
    if text.len() <= SHOW_LIMIT {
        return text.to_string();
    }
    let head: String = text.chars().take(SHOW_LIMIT / 2).collect();
    let tail: String = text
        .chars()
        .rev()
        .take(SHOW_LIMIT / 4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("{head} … ({} characters in all) … {tail}", text.len())
}

fn save_input(problem: &Problem, case: &Case, text: &str) -> Option<PathBuf> {
    let dir = cache_root().join("inputs").join(problem.slug());
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(format!("{}-{}.in", case.kind.name(), case.name));
    std::fs::write(&path, text).ok()?;
    Some(path)
}

/// The statement's editorial section, if any.
fn editorial(problem: &Problem) -> Option<String> {
    let text = std::fs::read_to_string(problem.dir.join("statement.md")).ok()?;
    let start = text.find("## Editorial")?;
    Some(text[start..].to_string())
}
