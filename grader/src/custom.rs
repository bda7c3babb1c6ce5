//! `grader run`: one custom input, like LeetCode's "Run" button — the
//! learner's answer next to the reference's, the checker's verdict and what
//! the learner's code printed.

use std::path::Path;

use serde::Serialize;

use crate::build::{build, BuildError};
use crate::case::parse_input;
use crate::error::GradeError;
use crate::grade::param_names;
use crate::language;
use crate::problem::Problem;
use crate::reference::Reference;
use crate::runner::{judge, limits_for, ms, Runner};
use crate::validate::validate;
use crate::verdict::Verdict;

/// The result of one custom run.
#[derive(Debug, Clone, Serialize)]
pub struct CustomRun {
    /// Problem folder name.
    pub problem: String,
    /// The input, one argument per line.
    pub input: String,
    /// Parameter names in input-line order.
    pub params: Vec<String>,
    /// The checker's verdict on the learner's answer.
    pub verdict: Verdict,
    /// The learner's answer (value text), when there was one.
    pub answer: Option<String>,
    /// The reference solution's answer.
    pub expected: String,
    /// What went wrong, if anything.
    pub message: String,
    /// What the learner's code printed.
    pub stdout: String,
    /// The whole output kept (up to 64 KiB), when the panel is shorter.
    pub stdout_file: Option<std::path::PathBuf>,
    /// CPU time of the learner's code, ms.
    pub time_ms: f64,
    /// Time of the reference, ms.
    pub reference_ms: f64,
    /// The compiler's message for a compile error.
    pub compile_error: Option<String>,
}

/// Reads `--input`: a file path if one exists, else the text itself. An
/// argument that looks like a path (it contains `/` or ends in `.in` or
/// `.txt`, and is not value text) but names no file is an error, not text.
pub fn read_input(arg: &str) -> Result<(String, String), GradeError> {
    let path = Path::new(arg);
    if path.is_dir() {
        return Err(GradeError::Usage(format!(
            "--input {arg} is a folder: give an input file, or the input text itself"
        )));
    }
    let trimmed = arg.trim();
    let path_like = trimmed.ends_with(".in")
        || trimmed.ends_with(".txt")
        || (arg.contains('/') && !trimmed.starts_with(['[', '"']));
    if path_like && !path.exists() {
        return Err(GradeError::Usage(format!(
            "--input {arg}: no such file (give an existing input file, or the input text itself, one argument per line)"
        )));
    }
    if path.is_file() {
        let text = std::fs::read_to_string(path)
            .map_err(|e| GradeError::Usage(format!("cannot read {arg}: {e}")))?;
        Ok((text, arg.to_string()))
    } else {
        Ok((arg.replace("\\n", "\n"), "--input".to_string()))
    }
}

/// Runs the learner's `file` once on `input_text`.
pub fn run_custom(
    problem: &Problem,
    file: &Path,
    input_text: &str,
    source_name: &str,
) -> Result<CustomRun, GradeError> {
    let lang = language::of_submission(file).map_err(GradeError::Usage)?;
    let input = parse_input(problem, Path::new(source_name), input_text)?;
    validate(problem, &input).map_err(|e| {
        GradeError::Usage(format!(
            "{source_name}: the input breaks the problem's constraints: {e}"
        ))
    })?;
    let (expected, reference_ms) = Reference::for_problem(problem)?.solve(problem, &input)?;
    let text: String = input.iter().map(|v| format!("{v}\n")).collect();
    let mut result = CustomRun {
        problem: problem.slug().to_string(),
        input: text,
        params: param_names(problem),
        verdict: Verdict::CE,
        answer: None,
        expected: expected.to_string(),
        message: String::new(),
        stdout: String::new(),
        stdout_file: None,
        time_ms: 0.0,
        reference_ms,
        compile_error: None,
    };
    let source = std::fs::read_to_string(file)
        .map_err(|e| GradeError::Usage(format!("cannot read {}: {e}", file.display())))?;
    crate::grade::check_entry_point(problem, lang, file, &source)?;
    let file_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "solution".into());
    let built = match build(lang, problem, &file_name, &source) {
        Ok(b) => b,
        Err(BuildError::Compile { message }) => {
            result.compile_error = Some(message);
            return Ok(result);
        }
        Err(BuildError::Internal(e)) => return Err(GradeError::Internal(e)),
    };
    let limits = limits_for(problem, lang, 1.0, 1);
    let mut runner = Runner::new(&built, limits);
    let (outcome, captured) = runner.run(&input)?;
    let judged = judge(problem, &expected, &outcome, &limits);
    result.verdict = judged.verdict;
    result.answer = judged.actual;
    result.message = judged.message;
    (result.stdout, result.stdout_file) =
        crate::panel::stdout_panel(&captured, &format!("{}-run", problem.slug()));
    result.time_ms = ms(judged.time);
    Ok(result)
}
