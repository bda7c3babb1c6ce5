//! `grader start`: the learner's file for a problem in a language, with
//! LeetCode's stub in it — never overwriting work — and, for the commands
//! that take a problem without a file, which file the learner means.

use std::path::{Path, PathBuf};

use super::state::State;
use crate::error::GradeError;
use crate::language::{Language, LANGUAGES};
use crate::problem::Problem;

/// A language by name or extension (`python`, `py`, `c++`, `node`…).
pub fn language_named(name: &str) -> Result<&'static Language, GradeError> {
    let want = name.trim().trim_start_matches('.').to_ascii_lowercase();
    let alias = match want.as_str() {
        "c++" | "cxx" | "cc" => "cpp",
        "node" | "nodejs" => "javascript",
        "python3" => "python",
        other => other,
    };
    LANGUAGES
        .iter()
        .find(|l| l.name == alias || l.extensions.contains(&alias))
        .ok_or_else(|| {
            let known: Vec<String> = LANGUAGES
                .iter()
                .map(|l| format!("{} ({})", l.extensions[0], l.name))
                .collect();
            GradeError::Usage(format!(
                "unknown language `{name}`; known: {}",
                known.join(", ")
            ))
        })
}

/// The language to start in: `--lang`, else the last one used, else Python.
pub fn pick_language(flag: Option<&str>, state: &State) -> Result<&'static Language, GradeError> {
    match flag {
        Some(name) => language_named(name),
        None => language_named(state.last_language.as_deref().unwrap_or("python")),
    }
}

/// The file `grader start` writes: `<dir>/<problem>.<ext>`.
pub fn file_for(dir: &Path, problem: &Problem, lang: &Language) -> PathBuf {
    dir.join(format!("{}.{}", problem.slug(), lang.extensions[0]))
}

/// What `start` did.
#[derive(Debug)]
pub struct Started {
    /// The learner's file.
    pub file: PathBuf,
    /// Whether it was written now (false: it was there, kept as it was).
    pub created: bool,
}

/// Writes the stub (unless the file exists) and records the file and language.
pub fn start(problem: &Problem, lang: &Language, dir: &Path) -> Result<Started, GradeError> {
    let file = file_for(dir, problem, lang);
    let created = if file.exists() {
        false
    } else {
        std::fs::create_dir_all(dir).map_err(|e| {
            GradeError::Usage(format!("cannot create the folder {}: {e}", dir.display()))
        })?;
        let stub = (lang.stub)(problem);
        // `create_new`: a file that appeared meanwhile is still never overwritten.
        let mut out = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&file)
            .map_err(|e| GradeError::Usage(format!("cannot write {}: {e}", file.display())))?;
        std::io::Write::write_all(&mut out, stub.as_bytes())
            .map_err(|e| GradeError::Usage(format!("cannot write {}: {e}", file.display())))?;
        true
    };
    State::update(|state| state.record_file(problem.slug(), lang.name, &file))?;
    Ok(Started { file, created })
}

/// The file a command means when the learner names only the problem: the
/// file recorded for the last language used, else the most recently graded
/// one, else `./<problem>.<ext>` for any language.
pub fn resolve_file(problem: &Problem, state: &State) -> Result<PathBuf, GradeError> {
    let last = state.last_language.as_deref();
    if let Some(file) = last.and_then(|l| state.recorded_file(problem.slug(), l)) {
        return Ok(file);
    }
    if let Some(r) = state.problems.get(problem.slug()) {
        let mut files: Vec<_> = r
            .languages
            .values()
            .filter_map(|l| Some((l.last_attempt.clone(), l.file.clone()?)))
            .filter(|(_, f)| f.is_file())
            .collect();
        files.sort();
        if let Some((_, file)) = files.pop() {
            return Ok(file);
        }
    }
    for lang in LANGUAGES {
        let here = file_for(Path::new("."), problem, lang);
        if here.is_file() {
            return Ok(here);
        }
    }
    Err(GradeError::Usage(format!(
        "no file given for {slug}, and none started: run `grader start {slug} --lang py` (or rs, cpp, java, js, ts), or name your file: `grader test {slug} <file>`",
        slug = problem.slug()
    )))
}
