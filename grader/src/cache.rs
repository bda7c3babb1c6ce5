//! Where the grader keeps what it builds and provisions (builds, LeetCode's
//! crates, the precompiled header, saved inputs): one folder, below every
//! room that writes to it.

use std::path::PathBuf;

/// The folder that holds builds: `$GRADER_CACHE_DIR`, else `$XDG_CACHE_HOME/grader`, else `~/.cache/grader`.
pub fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("GRADER_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("grader");
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".cache").join("grader"),
        None => std::env::temp_dir().join("grader-cache"),
    }
}
