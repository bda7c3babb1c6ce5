//! Results cached by what decides them: the file's content, the problem's
//! version (a hash of its folder, submissions aside), the grader's version
//! (its own executable), the seed and the random count. A rerun after a late
//! submission grades only what changed. Seeds derive from the batch seed.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::outcome::Outcome;

/// Hex SHA-256 of some bytes.
pub fn sha_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The grader's version: its package version and a hash of its executable,
/// so a rebuilt grader never reuses results of the old one.
pub fn grader_version() -> String {
    let exe = std::env::current_exe()
        .and_then(std::fs::read)
        .map(|b| sha_hex(&b))
        .unwrap_or_default();
    format!(
        "{}-{}",
        env!("CARGO_PKG_VERSION"),
        &exe[..exe.len().min(16)]
    )
}

/// A hash of a problem folder: every file (its `[reference]` may live in
/// `submissions/`), in path order; dotfiles aside.
pub fn problem_version(dir: &Path) -> String {
    let mut files = Vec::new();
    walk(dir, dir, &mut files);
    files.sort();
    let mut hasher = Sha256::new();
    for rel in files {
        hasher.update(rel.as_bytes());
        hasher.update([0]);
        hasher.update(std::fs::read(dir.join(&rel)).unwrap_or_default());
        hasher.update([0]);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            out.push(rel);
        }
    }
}

/// The seed of one submission: derived from the batch seed, the problem and
/// the file's content, so identical files get identical cases (and are graded once).
pub fn submission_seed(batch_seed: u64, problem: &str, content_sha: &str) -> u64 {
    let digest = Sha256::digest(format!("{batch_seed}\0{problem}\0{content_sha}").as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    // Seeds stay below 2^53 so that JSON readers keep them exact.
    u64::from_le_bytes(bytes) >> 11
}

/// What decides a result, hashed.
pub struct Key {
    /// The hash, used as the file name.
    pub hex: String,
}

impl Key {
    /// The key of grading `content_sha` (with extension `ext`) on a problem version.
    pub fn new(
        grader: &str,
        problem_version: &str,
        content_sha: &str,
        ext: &str,
        seed: u64,
        random: usize,
    ) -> Key {
        let text = format!("{grader}\0{problem_version}\0{content_sha}\0{ext}\0{seed}\0{random}");
        Key {
            hex: sha_hex(text.as_bytes())[..32].to_string(),
        }
    }
}

/// A folder of cached outcomes, one JSON file per key.
pub struct ResultCache {
    dir: Option<PathBuf>,
}

impl ResultCache {
    /// A cache in `dir`, or none (every submission graded afresh).
    pub fn new(dir: Option<PathBuf>) -> ResultCache {
        ResultCache { dir }
    }

    /// The cached outcome, if any (an unreadable entry counts as none).
    pub fn get(&self, key: &Key) -> Option<Outcome> {
        let path = self.dir.as_ref()?.join(format!("{}.json", key.hex));
        serde_json::from_slice(&std::fs::read(path).ok()?).ok()
    }

    /// Stores an outcome (written to a temporary file, then renamed, so a
    /// killed batch never leaves half an entry). Failures only cost a regrade.
    pub fn put(&self, key: &Key, outcome: &Outcome) {
        let Some(dir) = &self.dir else { return };
        if let Ok(text) = serde_json::to_vec(outcome) {
            let _ = crate::cache::write_atomically(&dir.join(format!("{}.json", key.hex)), &text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_depend_on_batch_seed_problem_and_content() {
        let a = submission_seed(1, "kth-largest", "abc");
        assert_eq!(a, submission_seed(1, "kth-largest", "abc"));
        assert_ne!(a, submission_seed(2, "kth-largest", "abc"));
        assert_ne!(a, submission_seed(1, "top-k-frequent", "abc"));
        assert_ne!(a, submission_seed(1, "kth-largest", "abd"));
        assert!(a < 1 << 53);
    }

    #[test]
    fn problem_version_follows_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("problem.toml"), "a").unwrap();
        std::fs::create_dir_all(dir.path().join("cases")).unwrap();
        let before = problem_version(dir.path());
        assert_eq!(before, problem_version(dir.path()));
        std::fs::write(dir.path().join("cases/1.in"), "x").unwrap();
        let after = problem_version(dir.path());
        assert_ne!(before, after);
        std::fs::write(dir.path().join("problem.toml"), "b").unwrap();
        assert_ne!(after, problem_version(dir.path()));
    }
}
