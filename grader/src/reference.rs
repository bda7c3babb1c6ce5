//! The reference solution of a problem, whichever form it takes: a built-in
//! oracle from the `solutions` crate, or (for problems added as a folder
//! only) a solution file in the folder, run through a session like any
//! submission. It provides the expected answer of generated inputs.

use std::path::PathBuf;
use std::time::Instant;

use crate::build::{build, BuildError};
use crate::error::GradeError;
use crate::error::SpecError;
use crate::language;
use crate::oracle::{builtin, Oracle};
use crate::problem::Problem;
use crate::run::session::Outcome;
use crate::runner::{limits_for, ms, Runner};
use crate::value::Value;

/// How much more time than learners the reference gets (it must never be the one timing out).
const REFERENCE_TIME_FACTOR: f64 = 10.0;

/// A problem's reference solution.
pub enum Reference {
    /// In-process, from the `solutions` crate.
    Builtin(Oracle),
    /// A solution file from the problem folder, running in its own process.
    Program {
        /// The file (for messages).
        file: PathBuf,
        /// Its session.
        runner: Box<Runner>,
    },
}

impl Reference {
    /// The reference of `problem`: `[reference] file` when the spec names one, else the built-in oracle.
    pub fn for_problem(problem: &Problem) -> Result<Reference, GradeError> {
        if let Some(spec) = &problem.spec.reference {
            let file = problem.dir.join(&spec.file);
            let spec_err = |m: String| GradeError::Spec(SpecError::new(problem.spec_path(), m));
            let lang = language::for_file(&file).ok_or_else(|| {
                spec_err(format!(
                    "[reference] file {}: unknown language (supported: {})",
                    spec.file,
                    language::known_extensions().join(", ")
                ))
            })?;
            let source = std::fs::read_to_string(&file)
                .map_err(|e| spec_err(format!("[reference] file {}: {e}", spec.file)))?;
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let built = match build(lang, problem, &name, &source) {
                Ok(b) => b,
                Err(BuildError::Compile { message }) => {
                    return Err(GradeError::Spec(SpecError::new(
                        &file,
                        format!("the reference solution does not compile:\n{message}"),
                    )))
                }
                Err(BuildError::Internal(e)) => return Err(GradeError::Internal(e)),
            };
            let limits = limits_for(problem, lang, REFERENCE_TIME_FACTOR, 4);
            let runner = Runner::new(&built, limits);
            return Ok(Reference::Program {
                file,
                runner: Box::new(runner),
            });
        }
        builtin(problem.slug()).map(Reference::Builtin).ok_or_else(|| {
            GradeError::Spec(SpecError::new(
                problem.spec_path(),
                format!(
                    "{} has no reference solution: add `[reference] file = \"submissions/accepted/<file>\"` to problem.toml",
                    problem.slug()
                ),
            ))
        })
    }

    /// The reference's answer to `input` and its time in milliseconds.
    pub fn solve(
        &mut self,
        problem: &Problem,
        input: &[Value],
    ) -> Result<(Value, f64), GradeError> {
        match self {
            Reference::Builtin(oracle) => {
                let start = Instant::now();
                let answer = (oracle.reference)(input).map_err(|e| {
                    GradeError::Internal(format!(
                        "the reference solution of {} failed: {e}",
                        problem.slug()
                    ))
                })?;
                Ok((answer, ms(start.elapsed())))
            }
            Reference::Program { file, runner } => {
                let (outcome, captured) = runner.run(input)?;
                let failed = |why: String| {
                    let shown: String = input
                        .iter()
                        .map(|v| format!("{v}\n"))
                        .collect::<String>()
                        .chars()
                        .take(300)
                        .collect();
                    let out = if captured.text.trim().is_empty() {
                        String::new()
                    } else {
                        format!("\nits output:\n{}", captured.text)
                    };
                    GradeError::Spec(SpecError::new(
                        file.as_path(),
                        format!(
                            "the reference solution failed ({why}) on the input:\n{shown}{out}"
                        ),
                    ))
                };
                match outcome {
                    Outcome::Answered { answer, cpu, .. } => {
                        let value = Value::parse(&answer)
                            .map_err(|e| failed(format!("unreadable answer: {e}")))?;
                        Ok((value, ms(cpu)))
                    }
                    Outcome::Panicked { message, .. } => Err(failed(message)),
                    Outcome::Crashed { description } => Err(failed(description)),
                    Outcome::TimedOut { .. } => Err(failed("it ran out of time".into())),
                    Outcome::MemoryExceeded { .. } => Err(failed("it ran out of memory".into())),
                    Outcome::OutputExceeded => Err(failed("it printed too much".into())),
                    Outcome::Internal(e) => Err(GradeError::Internal(e)),
                }
            }
        }
    }
}
