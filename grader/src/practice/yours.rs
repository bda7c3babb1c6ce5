//! The learner's own cases: counterexamples that random testing found and
//! inputs saved with `grader run --save`. One `.in` file per case in
//! `cases/<problem>/` of the data folder (LeetCode's text, one argument per
//! line; the expected answer comes from the reference each time). They run
//! first on every later `grader test`, as the group `yours`.

use std::path::{Path, PathBuf};

use super::home::{cases_dir, write_atomically};
use crate::case::{parse_input, Case, CaseKind};
use crate::error::GradeError;
use crate::problem::Problem;

/// The learner's cases for `problem`, in file-name order.
pub fn load(problem: &Problem) -> Result<Vec<Case>, GradeError> {
    let mut cases = Vec::new();
    for path in files(&cases_dir(problem.slug()))? {
        let text = std::fs::read_to_string(&path).map_err(|e| {
            GradeError::Usage(format!("cannot read your case {}: {e}", path.display()))
        })?;
        let input = parse_input(problem, &path, &text)?;
        cases.push(Case {
            name: stem(&path),
            kind: CaseKind::Yours,
            input,
            expected: None,
            source: path,
        });
    }
    Ok(cases)
}

/// Adds `text` (an input, one argument per line) to the learner's cases for
/// `problem`, unless an identical one is there. Returns the case's id
/// (`yours/003-random`) and whether it is new.
pub fn add(problem: &Problem, text: &str, label: &str) -> Result<(String, bool), GradeError> {
    let dir = cases_dir(problem.slug());
    let normal = |t: &str| t.lines().map(str::trim).collect::<Vec<_>>().join("\n");
    let existing = files(&dir)?;
    for path in &existing {
        if std::fs::read_to_string(path).is_ok_and(|t| normal(&t) == normal(text)) {
            return Ok((format!("yours/{}", stem(path)), false));
        }
    }
    let next = existing
        .iter()
        .filter_map(|p| stem(p).split('-').next()?.parse::<u32>().ok())
        .max()
        .unwrap_or(0)
        + 1;
    let name = format!("{next:03}-{label}");
    let path = dir.join(format!("{name}.in"));
    let mut body = text.trim_end().to_string();
    body.push('\n');
    write_atomically(&path, body.as_bytes()).map_err(|e| {
        GradeError::Usage(format!("cannot save your case to {}: {e}", path.display()))
    })?;
    Ok((format!("yours/{name}"), true))
}

/// The `.in` files of a folder (none when it does not exist), sorted.
fn files(dir: &Path) -> Result<Vec<PathBuf>, GradeError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(GradeError::Usage(format!(
                "cannot list your cases in {}: {e}",
                dir.display()
            )))
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "in"))
        .collect();
    files.sort();
    Ok(files)
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
