//! Where the grader keeps what it builds and provisions (builds, LeetCode's
//! crates, the precompiled header, saved inputs, the bundled problems): one
//! folder, below every room that writes to it; and the two ways things are
//! written there safely (a folder filled once, a file replaced atomically).

use std::path::{Path, PathBuf};

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

/// `<cache>/<name>`, filled once: when it lacks its `READY` marker, `fill`
/// runs in a fresh temporary folder beside it, which then becomes the folder
/// (a grader that loses the race uses the winner's). `fill`'s error is
/// returned as is; the temporary folder is removed.
pub fn fill_once(
    name: &str,
    fill: impl FnOnce(&Path) -> Result<(), String>,
) -> Result<PathBuf, String> {
    let parent = cache_root();
    let dir = parent.join(name);
    if dir.join("READY").is_file() {
        return Ok(dir);
    }
    std::fs::create_dir_all(&parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".tmp-{name}-"))
        .tempdir_in(&parent)
        .map_err(|e| format!("cannot create a folder in {}: {e}", parent.display()))?;
    fill(tmp.path())?;
    std::fs::write(tmp.path().join("READY"), "")
        .map_err(|e| format!("cannot write in {}: {e}", tmp.path().display()))?;
    let kept = tmp.keep();
    if std::fs::rename(&kept, &dir).is_err() {
        // Another grader finished first: use theirs.
        let _ = std::fs::remove_dir_all(&kept);
        if !dir.join("READY").is_file() {
            return Err(format!("cannot create {}", dir.display()));
        }
    }
    Ok(dir)
}

/// Writes `text` to `path` through a temporary file in the same folder and a
/// rename, so a reader never sees half a file and a crash loses nothing.
pub fn write_atomically(path: &Path, text: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".grader-write-")
        .tempfile_in(dir)?;
    std::io::Write::write_all(&mut temp, text)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
