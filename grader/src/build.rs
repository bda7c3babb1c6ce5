//! Building a submission: the learner's file with the language's driver
//! appended, compiled once per content hash into a cache folder, so a re-run
//! does not recompile.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::language::Language;
use crate::problem::Problem;
use crate::process::run_with_timeout;

/// A submission ready to run.
#[derive(Debug, Clone)]
pub struct Build {
    /// The cache folder holding the source and the binary.
    pub dir: PathBuf,
    /// The command that starts it (absolute paths).
    pub run: Vec<String>,
    /// Whether the build came from the cache.
    pub cached: bool,
    /// Time spent compiling (zero when cached).
    pub compile_time: Duration,
}

/// Why a submission could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The learner's code does not compile (a CE verdict).
    #[error("compile error")]
    Compile {
        /// The compiler's message, with the learner's line numbers.
        message: String,
    },
    /// The grader could not build (missing toolchain, disk…): not the learner's fault.
    #[error("{0}")]
    Internal(String),
}

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

static VERSIONS: Mutex<Vec<(&'static str, String)>> = Mutex::new(Vec::new());

/// The toolchain's version line (cached for the process).
pub fn toolchain_version(lang: &Language) -> Result<String, String> {
    let mut cache = VERSIONS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, v)) = cache.iter().find(|(n, _)| *n == lang.name) {
        return Ok(v.clone());
    }
    let (program, args) = lang
        .version_command
        .split_first()
        .ok_or("no version command")?;
    let out = Command::new(program).args(args).output().map_err(|e| {
        format!(
            "the {} toolchain is not available (`{program}`: {e}); {}",
            lang.name, lang.install_hint
        )
    })?;
    let version = String::from_utf8_lossy(&out.stdout).trim().to_string()
        + String::from_utf8_lossy(&out.stderr).trim();
    cache.push((lang.name, version.clone()));
    Ok(version)
}

/// Builds (or finds in the cache) the learner's `source` for `problem`.
pub fn build(
    lang: &Language,
    problem: &Problem,
    file_name: &str,
    source: &str,
) -> Result<Build, BuildError> {
    let version = toolchain_version(lang).map_err(BuildError::Internal)?;
    let driver = (lang.driver)(problem, source);
    let mut combined = String::with_capacity(source.len() + driver.len() + 1);
    combined.push_str(source);
    if !source.ends_with('\n') {
        combined.push('\n');
    }
    combined.push_str(&driver);
    let mut hasher = Sha256::new();
    for part in [lang.name, &version, file_name, &combined] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    let hash: String = hasher
        .finalize()
        .iter()
        .take(10)
        .map(|b| format!("{b:02x}"))
        .collect();
    let builds = cache_root().join("builds");
    let dir = builds.join(format!("{}-{hash}", lang.name));
    let run_cmd = |dir: &Path| -> Vec<String> {
        lang.run
            .iter()
            .map(|a| {
                a.replace("{out}", &dir.join("solution").to_string_lossy())
                    .replace("{src}", &dir.join(file_name).to_string_lossy())
            })
            .collect()
    };
    if dir.join("READY").is_file() {
        return Ok(Build {
            run: run_cmd(&dir),
            dir,
            cached: true,
            compile_time: Duration::ZERO,
        });
    }
    let internal = |what: &str, e: std::io::Error| {
        BuildError::Internal(format!("{what} in {}: {e}", builds.display()))
    };
    std::fs::create_dir_all(&builds).map_err(|e| internal("cannot create the build cache", e))?;
    let tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempdir_in(&builds)
        .map_err(|e| internal("cannot create a build folder", e))?;
    std::fs::write(tmp.path().join(file_name), &combined)
        .map_err(|e| internal("cannot write the source", e))?;
    let start = Instant::now();
    if let Some((program, args)) = lang.compile.split_first() {
        let mut cmd = Command::new(program);
        cmd.args(
            args.iter()
                .map(|a| a.replace("{src}", file_name).replace("{out}", "solution")),
        );
        cmd.args((lang.libraries)(source, &version).map_err(BuildError::Internal)?);
        cmd.current_dir(tmp.path());
        let done = run_with_timeout(cmd, Duration::from_secs(120)).map_err(|e| {
            BuildError::Internal(format!(
                "cannot run the {} compiler `{program}`: {e}; {}",
                lang.name, lang.install_hint
            ))
        })?;
        match done.status {
            None => {
                return Err(BuildError::Compile {
                    message: "compilation took longer than 120 s".into(),
                })
            }
            Some(s) if !s.success() => {
                return Err(BuildError::Compile {
                    message: explain_compile_error(&done.output, source, lang, problem),
                })
            }
            Some(_) => {}
        }
    }
    let compile_time = start.elapsed();
    std::fs::write(tmp.path().join("READY"), version)
        .map_err(|e| internal("cannot mark the build ready", e))?;
    let tmp_path = tmp.keep();
    if std::fs::rename(&tmp_path, &dir).is_err() {
        // Another grader finished the same build first: use theirs.
        let _ = std::fs::remove_dir_all(&tmp_path);
    }
    Ok(Build {
        run: run_cmd(&dir),
        dir,
        cached: false,
        compile_time,
    })
}

/// Adds a note when the compiler complains about lines past the learner's code.
fn explain_compile_error(output: &str, source: &str, lang: &Language, problem: &Problem) -> String {
    let learner_lines = source.lines().count();
    let mut message = output.trim_end().to_string();
    let beyond = output
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .any(|at| {
            at.split(':')
                .nth(1)
                .and_then(|n| n.parse::<usize>().ok())
                .is_some_and(|n| n > learner_lines)
        });
    if beyond {
        message.push_str(&format!(
            "\n\nnote: lines after {learner_lines} are the grader's driver, which calls your code the way LeetCode does.\n      Check that your code has LeetCode's signature:\n      {}",
            (lang.stub)(problem)
        ));
    }
    message
}
