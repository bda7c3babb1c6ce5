//! The learner's files, shared with the command line: the code for a problem
//! in a language is the file the practice state records (`grader start`
//! wrote it, or `grader test` graded it), else `<workspace>/<problem>.<ext>`.
//! A file that does not exist yet reads as LeetCode's stub; saving writes the
//! file (atomically) and records it, as `grader start` does.

use std::path::{Path, PathBuf};

use super::reply::{ApiError, ApiResult};
use crate::catalog;
use crate::language::Language;
use crate::practice::home::write_atomically;
use crate::practice::start::{file_for, language_named};
use crate::practice::state::State;
use crate::problem::Problem;

/// The most code the page may save for one file.
pub const MAX_CODE: usize = 256 * 1024;

/// A problem by its folder name; 404 for any other name.
pub fn problem(slug: &str) -> ApiResult<Problem> {
    let entry = catalog::entries()?
        .into_iter()
        .find(|e| e.dir.file_name().is_some_and(|n| n == slug))
        .ok_or_else(|| ApiError::not_found(format!("no problem named `{slug}`")))?;
    Ok(Problem::load(&entry.dir)?)
}

/// A language by name (`python`) or extension (`py`); 400 otherwise.
pub fn language(name: &str) -> ApiResult<&'static Language> {
    Ok(language_named(name)?)
}

/// The learner's file for `problem` in `lang`.
pub fn file(workspace: &Path, problem: &Problem, lang: &Language) -> ApiResult<PathBuf> {
    let recorded = State::load()?.recorded_file(problem.slug(), lang.name);
    Ok(recorded.unwrap_or_else(|| file_for(workspace, problem, lang)))
}

/// The code in the learner's file, or the stub when there is no file yet.
pub struct Code {
    /// The file.
    pub file: PathBuf,
    /// Whether it exists.
    pub exists: bool,
    /// Its text (the stub when it does not exist).
    pub text: String,
}

/// Reads the learner's code.
pub fn read(workspace: &Path, problem: &Problem, lang: &Language) -> ApiResult<Code> {
    let file = file(workspace, problem, lang)?;
    match std::fs::read_to_string(&file) {
        Ok(text) => Ok(Code {
            file,
            exists: true,
            text,
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Code {
            file,
            exists: false,
            text: (lang.stub)(problem),
        }),
        Err(e) => Err(ApiError::bad_request(format!(
            "cannot read {}: {e}",
            file.display()
        ))),
    }
}

/// Saves the learner's code and records the file and language in the state.
pub fn save(
    workspace: &Path,
    problem: &Problem,
    lang: &Language,
    text: &str,
) -> ApiResult<PathBuf> {
    if text.len() > MAX_CODE {
        return Err(ApiError::new(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the code is {} bytes; at most {MAX_CODE} are saved",
                text.len()
            ),
        ));
    }
    let file = file(workspace, problem, lang)?;
    let unchanged = std::fs::read_to_string(&file).is_ok_and(|old| old == text);
    if !unchanged {
        write_atomically(&file, text.as_bytes())
            .map_err(|e| ApiError::bad_request(format!("cannot save {}: {e}", file.display())))?;
    }
    State::update(|state| state.record_file(problem.slug(), lang.name, &file))?;
    Ok(file)
}
