//! What the practice loop remembers, in `state.toml` in the data folder:
//! a versioned, human-readable file. A file that cannot be read, or that a
//! newer grader wrote, is reported and left alone — never silently reset.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::home::{state_file, write_atomically};
use crate::error::GradeError;
use crate::report::Report;
use crate::verdict::Verdict;

/// The state format this grader reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Everything remembered.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// Version of this file's format.
    pub format_version: u32,
    /// The language last started or graded (a language name: `python`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_language: Option<String>,
    /// Per problem folder name.
    #[serde(default)]
    pub problems: BTreeMap<String, ProblemState>,
}

impl Default for State {
    fn default() -> Self {
        State {
            format_version: FORMAT_VERSION,
            last_language: None,
            problems: BTreeMap::new(),
        }
    }
}

/// One problem's record.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProblemState {
    /// Hints revealed so far (they are revealed in order).
    #[serde(default)]
    pub hints_seen: usize,
    /// The editorial was read before the problem was solved.
    #[serde(default)]
    pub editorial_peeked: bool,
    /// Per language name.
    #[serde(default)]
    pub languages: BTreeMap<String, LanguageState>,
}

impl ProblemState {
    /// Whether any language has been accepted.
    pub fn solved(&self) -> bool {
        self.languages.values().any(|l| l.first_accepted.is_some())
    }
}

/// One problem in one language.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LanguageState {
    /// The learner's file (written by `grader start`, or the last one graded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// Gradings of a full run (not single cases).
    #[serde(default)]
    pub attempts: u32,
    /// The last full run's verdict (`AC`, `WA`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verdict: Option<String>,
    /// When the last full run happened (RFC 3339, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempt: Option<String>,
    /// When it was first accepted (RFC 3339, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_accepted: Option<String>,
    /// The best accepted run's slowest case, CPU milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_ms: Option<f64>,
    /// The reference's time on that same case, milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_ms: Option<f64>,
}

impl State {
    /// Reads `state.toml` (an empty state when there is none yet).
    pub fn load() -> Result<State, GradeError> {
        Self::load_from(&state_file())
    }

    /// Reads a state file (an empty state when it does not exist).
    pub fn load_from(path: &Path) -> Result<State, GradeError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::default()),
            Err(e) => {
                return Err(GradeError::Usage(format!(
                    "cannot read your practice state {}: {e}",
                    path.display()
                )))
            }
        };
        let keep = "the file is left as it is (your progress is in it): fix it, or move it away to start afresh";
        let table: toml::Table = toml::from_str(&text).map_err(|e| {
            GradeError::Usage(format!(
                "{}: not valid TOML ({}); {keep}",
                path.display(),
                e.message()
            ))
        })?;
        match table.get("format_version").and_then(toml::Value::as_integer) {
            Some(v) if v == i64::from(FORMAT_VERSION) => {}
            Some(v) if v > i64::from(FORMAT_VERSION) => {
                return Err(GradeError::Usage(format!(
                    "{}: written by a newer grader (format_version {v}; this one reads {FORMAT_VERSION}); upgrade the grader — {keep}",
                    path.display()
                )))
            }
            _ => {
                return Err(GradeError::Usage(format!(
                    "{}: `format_version = {FORMAT_VERSION}` is missing or wrong; {keep}",
                    path.display()
                )))
            }
        }
        toml::from_str(&text)
            .map_err(|e| GradeError::Usage(format!("{}: {}; {keep}", path.display(), e.message())))
    }

    /// Writes `state.toml` atomically.
    pub fn save(&self) -> Result<(), GradeError> {
        self.save_to(&state_file())
    }

    /// Writes a state file atomically.
    pub fn save_to(&self, path: &Path) -> Result<(), GradeError> {
        let mut text = String::from(
            "# The grader's practice state: progress, hints, your last language.\n# Documented in docs/practice.md; safe to read, edit with care.\n",
        );
        text.push_str(
            &toml::to_string_pretty(self)
                .map_err(|e| GradeError::Internal(format!("cannot write the state: {e}")))?,
        );
        write_atomically(path, text.as_bytes()).map_err(|e| {
            GradeError::Usage(format!(
                "cannot save your practice state to {}: {e}",
                path.display()
            ))
        })
    }

    /// Loads, changes and saves the state.
    pub fn update<T>(change: impl FnOnce(&mut State) -> T) -> Result<T, GradeError> {
        let mut state = State::load()?;
        let out = change(&mut state);
        state.save()?;
        Ok(out)
    }

    /// The record of a problem (created empty).
    pub fn problem(&mut self, slug: &str) -> &mut ProblemState {
        self.problems.entry(slug.to_string()).or_default()
    }

    /// The file recorded for `slug` in `language`, if it still exists.
    pub fn recorded_file(&self, slug: &str, language: &str) -> Option<PathBuf> {
        self.problems
            .get(slug)?
            .languages
            .get(language)?
            .file
            .clone()
            .filter(|f| f.is_file())
    }

    /// Records `file` as the learner's for `slug` in `language`, which becomes
    /// the last language used (`grader start`, a save in the page).
    pub fn record_file(&mut self, slug: &str, language: &str, file: &Path) {
        self.last_language = Some(language.to_string());
        let entry = self
            .problem(slug)
            .languages
            .entry(language.to_string())
            .or_default();
        entry.file = Some(absolute(file));
    }

    /// Records a full grading run of `file`.
    pub fn record(&mut self, slug: &str, file: &Path, report: &Report) {
        self.record_file(slug, &report.language, file);
        let entry = self
            .problem(slug)
            .languages
            .entry(report.language.clone())
            .or_default();
        entry.attempts += 1;
        entry.last_verdict = Some(report.verdict.to_string());
        let now = now();
        entry.last_attempt = Some(now.clone());
        if report.verdict == Verdict::AC {
            entry.first_accepted.get_or_insert(now);
            if let Some(slowest) = &report.slowest {
                if entry.best_ms.is_none_or(|best| slowest.time_ms < best) {
                    entry.best_ms = Some(slowest.time_ms);
                    entry.reference_ms = slowest.reference_ms;
                }
            }
        }
    }
}

/// The current time, RFC 3339 in UTC to the second.
pub fn now() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

/// `path` made absolute (against the current folder), without resolving links.
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_bad_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.toml");
        assert_eq!(State::load_from(&path).unwrap(), State::default());
        let mut state = State {
            last_language: Some("python".into()),
            ..State::default()
        };
        state.problem("kth-largest").hints_seen = 2;
        state.save_to(&path).unwrap();
        assert_eq!(State::load_from(&path).unwrap(), state);

        for (text, says) in [
            ("format_version = 1\nproblems = [", "not valid TOML"),
            ("format_version = 9\n", "newer grader"),
            ("last_language = \"rust\"\n", "format_version = 1"),
            ("format_version = 1\nsurprise = true\n", "unknown field"),
        ] {
            std::fs::write(&path, text).unwrap();
            let err = State::load_from(&path).unwrap_err().to_string();
            assert!(err.contains(says), "{text:?}: {err}");
            assert!(err.contains("left as it is"), "{err}");
            assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "never reset");
        }
    }
}
