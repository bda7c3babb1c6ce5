//! Errors in instructors' files: a problem spec, a case, a recipe. Each names
//! the file, the line where known, and what to do. And [`GradeError`], what
//! every stage of grading returns when the fault is not the learner's.

use std::fmt;
use std::path::{Path, PathBuf};

/// A mistake in a problem folder (bad TOML, a missing file, a bad case…).
#[derive(Debug, Clone, PartialEq)]
pub struct SpecError {
    /// The file at fault.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

impl SpecError {
    /// An error about a whole file.
    pub fn new(file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        SpecError {
            file: file.as_ref().to_path_buf(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// An error at a line (and column) of a file.
    pub fn at(
        file: impl AsRef<Path>,
        line: usize,
        column: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        SpecError {
            file: file.as_ref().to_path_buf(),
            line: Some(line),
            column,
            message: message.into(),
        }
    }

    /// An error at the first line of `text` where `needle` appears (or the whole file).
    pub fn near(
        file: impl AsRef<Path>,
        text: &str,
        needle: &str,
        message: impl Into<String>,
    ) -> Self {
        match text.lines().position(|l| l.contains(needle)) {
            Some(i) => SpecError::at(file, i + 1, None, message),
            None => SpecError::new(file, message),
        }
    }
}

impl SpecError {
    /// An error at the first line containing `needle` at or after the first
    /// line containing `anchor` (a field inside a table entry: the `range` of
    /// the parameter named `k`); falls back to `anchor`'s line, then the file.
    pub fn near_after(
        file: impl AsRef<Path>,
        text: &str,
        anchor: &str,
        needle: impl Fn(&str) -> bool,
        message: impl Into<String>,
    ) -> Self {
        let lines: Vec<&str> = text.lines().collect();
        let Some(start) = lines.iter().position(|l| l.contains(anchor)) else {
            return SpecError::new(file, message);
        };
        let at = lines[start..]
            .iter()
            .position(|l| needle(l.trim_start()))
            .map_or(start, |i| start + i);
        SpecError::at(file, at + 1, None, message)
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for SpecError {}

/// The closest of `known` to `word` by edit distance, if it is close enough to be a typo.
pub fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(word, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(closest("tittle", ["title", "slug"]), Some("title"));
        assert_eq!(closest("time_limit", ["time_ms", "memory_mb"]), None);
        assert_eq!(
            closest("memory_mib", ["time_ms", "memory_mb"]),
            Some("memory_mb")
        );
    }

    #[test]
    fn displays_file_line_column() {
        let e = SpecError::at("p/problem.toml", 3, Some(5), "bad");
        assert_eq!(e.to_string(), "p/problem.toml:3:5: bad");
        let e = SpecError::near("f", "a\nb = 1\n", "b =", "x");
        assert_eq!(e.line, Some(2));
    }
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
