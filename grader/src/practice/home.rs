//! The learner's data folder: one documented place for what the practice loop
//! remembers — `state.toml` (progress, hints, the last language) and
//! `cases/<problem>/` (the learner's own cases).
//!
//! `$GRADER_HOME`, else `$XDG_DATA_HOME/grader`, else `~/.local/share/grader`.

use std::path::PathBuf;

/// The data folder (not created here).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("GRADER_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("grader");
    }
    match std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        Some(home) => PathBuf::from(home)
            .join(".local")
            .join("share")
            .join("grader"),
        None => std::env::temp_dir().join("grader-data"),
    }
}

/// The state file.
pub fn state_file() -> PathBuf {
    data_dir().join("state.toml")
}

/// The learner's own cases for one problem.
pub fn cases_dir(slug: &str) -> PathBuf {
    data_dir().join("cases").join(slug)
}

pub use crate::cache::write_atomically;
