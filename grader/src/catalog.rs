//! Where problems come from. Folders the user names come first — every
//! `--problems DIR`, then each folder in `$GRADER_PROBLEMS` (`:`-separated),
//! then `./problems` when it holds problem folders — and the problems bundled
//! in the binary come last, so a folder of the same name overrides a bundled
//! problem. The bundled set is unpacked once into the cache (a folder named by
//! the hash of its contents, [`fill_once`]) so the rest of the grader reads plain files.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use include_dir::{include_dir, Dir, DirEntry};
use sha2::{Digest, Sha256};

use crate::cache::fill_once;
use crate::error::{GradeError, SpecError};
use crate::problem::{find_in, problem_dirs, Problem};

static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../problems");
static FLAG_DIRS: OnceLock<Vec<PathBuf>> = OnceLock::new();
static UNPACKED: OnceLock<Result<PathBuf, String>> = OnceLock::new();

/// How a problem folder was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// `--problems DIR`.
    Flag,
    /// `$GRADER_PROBLEMS`.
    Env,
    /// `./problems` in the current folder.
    Local,
    /// Bundled in the binary.
    Bundled,
}

impl Origin {
    /// A few words for `grader doctor` and `grader list`.
    pub fn describe(self) -> &'static str {
        match self {
            Origin::Flag => "--problems",
            Origin::Env => "$GRADER_PROBLEMS",
            Origin::Local => "./problems",
            Origin::Bundled => "bundled",
        }
    }
}

/// One problem folder and where it came from.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The folder.
    pub dir: PathBuf,
    /// Which source it came from.
    pub origin: Origin,
}

/// Records the folders given with `--problems` (called once by the command line).
pub fn set_flag_dirs(dirs: Vec<PathBuf>) {
    let _ = FLAG_DIRS.set(dirs);
}

/// The folders the user named, in priority order (the bundled set comes after them).
pub fn roots() -> Result<Vec<(PathBuf, Origin)>, GradeError> {
    let mut roots = Vec::new();
    for dir in FLAG_DIRS.get().into_iter().flatten() {
        if !dir.is_dir() {
            return Err(GradeError::Usage(format!(
                "--problems {}: no such folder",
                dir.display()
            )));
        }
        roots.push((dir.clone(), Origin::Flag));
    }
    if let Some(list) = std::env::var_os("GRADER_PROBLEMS") {
        for dir in std::env::split_paths(&list).filter(|d| !d.as_os_str().is_empty()) {
            if !dir.is_dir() {
                return Err(GradeError::Usage(format!(
                    "GRADER_PROBLEMS names {}, which is not a folder",
                    dir.display()
                )));
            }
            roots.push((dir, Origin::Env));
        }
    }
    let local = PathBuf::from("problems");
    if problem_dirs(&local).is_ok_and(|d| !d.is_empty()) {
        roots.push((local, Origin::Local));
    }
    Ok(roots)
}

/// Every problem folder, one per folder name: the first source that has a
/// name wins. Sorted by folder name.
pub fn entries() -> Result<Vec<Entry>, GradeError> {
    let mut seen = std::collections::BTreeMap::new();
    for (root, origin) in roots()? {
        for dir in problem_dirs(&root)? {
            let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
            seen.entry(name.unwrap_or_default())
                .or_insert(Entry { dir, origin });
        }
    }
    // Bundled problems no folder overrides (unpacked only when one is needed).
    let bundled: Vec<String> = BUNDLED
        .dirs()
        .filter(|d| d.get_file(d.path().join("problem.toml")).is_some())
        .filter_map(|d| d.path().file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !seen.contains_key(n))
        .collect();
    if !bundled.is_empty() {
        let root = bundled_root()?;
        for name in bundled {
            let dir = root.join(&name);
            seen.insert(
                name,
                Entry {
                    dir,
                    origin: Origin::Bundled,
                },
            );
        }
    }
    Ok(seen.into_values().collect())
}

/// The problem named by a path to its folder, its folder name, LeetCode
/// number or LeetCode slug.
pub fn find(name: &str) -> Result<Problem, GradeError> {
    let dirs: Vec<PathBuf> = entries()?.into_iter().map(|e| e.dir).collect();
    let context = match roots()?.first() {
        Some((root, _)) => root.clone(),
        None => PathBuf::from("(bundled problems)"),
    };
    Ok(find_in(&dirs, &context, name)?)
}

/// Where `grader new` writes: the first `--problems` or `$GRADER_PROBLEMS`
/// folder, else `./problems`.
pub fn writable_root() -> PathBuf {
    FLAG_DIRS
        .get()
        .and_then(|d| d.first().cloned())
        .or_else(|| {
            std::env::var_os("GRADER_PROBLEMS")
                .and_then(|l| std::env::split_paths(&l).find(|d| !d.as_os_str().is_empty()))
        })
        .unwrap_or_else(|| PathBuf::from("problems"))
}

/// The bundled problems as plain files, unpacked on first use.
pub fn bundled_root() -> Result<PathBuf, GradeError> {
    UNPACKED
        .get_or_init(unpack)
        .clone()
        .map_err(GradeError::Internal)
}

fn unpack() -> Result<PathBuf, String> {
    let mut files = Vec::new();
    collect(&BUNDLED, &mut files);
    files.sort_by_key(|(path, _)| *path);
    let mut hash = Sha256::new();
    for (path, bytes) in &files {
        hash.update(path.to_string_lossy().as_bytes());
        hash.update([0]);
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(bytes);
    }
    let digest = hash.finalize();
    let tag: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    fill_once(&format!("bundled-problems-{tag}"), |staging| {
        for (path, bytes) in &files {
            let out = staging.join(path);
            if let Some(parent) = out.parent() {
                std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
            std::fs::write(&out, bytes).map_err(|e| format!("{}: {e}", out.display()))?;
        }
        Ok(())
    })
    .map_err(|e| {
        format!(
            "cannot unpack the bundled problems ({e}); set GRADER_CACHE_DIR to a writable folder"
        )
    })
}

fn collect<'a>(dir: &'a Dir<'a>, out: &mut Vec<(&'a Path, &'a [u8])>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(d) => collect(d, out),
            DirEntry::File(f) => out.push((f.path(), f.contents())),
        }
    }
}

/// The study order: the `order` lists of each source's `study.toml`
/// (`order = ["last-stone-weight", …]`), in source priority, each name once.
pub fn study_order() -> Result<Vec<String>, GradeError> {
    let mut files: Vec<PathBuf> = roots()?
        .into_iter()
        .map(|(root, _)| root.join("study.toml"))
        .collect();
    if BUNDLED.get_file("study.toml").is_some() {
        files.push(bundled_root()?.join("study.toml"));
    }
    let mut order: Vec<String> = Vec::new();
    for file in files.iter().filter(|f| f.is_file()) {
        let text = std::fs::read_to_string(file)
            .map_err(|e| SpecError::new(file, format!("cannot read: {e}")))?;
        let list: StudyList = toml::from_str(&text).map_err(|e| {
            SpecError::new(
                file,
                format!(
                    "{} (a study list is `order = [\"problem-folder\", …]`)",
                    e.message()
                ),
            )
        })?;
        for name in list.order {
            if !order.contains(&name) {
                order.push(name);
            }
        }
    }
    Ok(order)
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StudyList {
    order: Vec<String>,
}

/// Whether `dir` is the bundled copy of a problem (for messages that would
/// otherwise point the learner at a cache folder).
pub fn is_bundled(dir: &Path) -> bool {
    bundled_root().is_ok_and(|root| dir.starts_with(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_problems_unpack_and_load() {
        let root = bundled_root().expect("unpacks");
        let dirs = problem_dirs(&root).expect("lists");
        assert!(dirs.len() >= 9, "{dirs:?}");
        for dir in dirs {
            Problem::load(&dir).expect("bundled problem loads");
        }
        assert_eq!(bundled_root().unwrap(), root, "unpacked once per content");
    }
}
