//! Building a submission: the learner's file with the language's driver and
//! prelude, compiled (where the language compiles) once per content hash
//! into a cache folder, so a re-run does not recompile.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::language::Language;
use crate::problem::Problem;
use crate::run::process::run_with_timeout;
use crate::run::sandbox::Policy;

/// A submission ready to run.
#[derive(Debug, Clone)]
pub struct Build {
    /// The cache folder holding the sources and any binary.
    pub dir: PathBuf,
    /// The command that starts it (absolute paths).
    pub run: Vec<String>,
    /// Environment variables for running it.
    pub env: Vec<(String, String)>,
    /// What the running program may read (build folder, toolchain) and its thread budget.
    pub policy: Policy,
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

pub use crate::cache::cache_root;

/// A language's toolchain as found on this machine.
#[derive(Debug, Clone)]
pub struct Toolchain {
    /// The program to run (resolved to the real executable where asked).
    pub program: String,
    /// Its version line.
    pub version: String,
}

static TOOLCHAINS: Mutex<Vec<(&'static str, Toolchain)>> = Mutex::new(Vec::new());

fn output_of(program: &str, args: &[&str]) -> std::io::Result<String> {
    let out = Command::new(program).args(args).output()?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string()
        + String::from_utf8_lossy(&out.stderr).trim();
    if !out.status.success() {
        return Err(std::io::Error::other(text));
    }
    Ok(text)
}

/// Finds the language's toolchain (cached in the process and, for resolved
/// interpreters, on disk: asking a shim for its target costs ~100 ms).
pub fn toolchain(lang: &Language) -> Result<Toolchain, String> {
    let mut cache = TOOLCHAINS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, t)) = cache.iter().find(|(n, _)| *n == lang.name) {
        return Ok(t.clone());
    }
    let missing = |e: std::io::Error| {
        format!(
            "the {} toolchain is not available (`{}`: {e}); {}",
            lang.name, lang.program, lang.install_hint
        )
    };
    let remembered = cache_root()
        .join("toolchains")
        .join(format!("{}.txt", lang.name));
    let path_env = std::env::var("PATH").unwrap_or_default();
    let mut program = lang.program.to_string();
    if !lang.resolve.is_empty() {
        let saved = std::fs::read_to_string(&remembered).unwrap_or_default();
        let mut lines = saved.lines();
        match (lines.next(), lines.next()) {
            (Some(p), Some(real)) if p == path_env && Path::new(real).is_file() => {
                program = real.to_string()
            }
            _ => {
                program = output_of(lang.program, lang.resolve).map_err(missing)?;
                // A folder (rustc's sysroot) holds the real program in bin/.
                if Path::new(&program).is_dir() {
                    program = Path::new(&program)
                        .join("bin")
                        .join(lang.program)
                        .to_string_lossy()
                        .into_owned();
                }
                if let Some(dir) = remembered.parent() {
                    let _ = std::fs::create_dir_all(dir);
                    let _ = std::fs::write(&remembered, format!("{path_env}\n{program}\n"));
                }
            }
        }
    }
    let version = output_of(&program, lang.version_args).map_err(missing)?;
    let found = Toolchain { program, version };
    cache.push((lang.name, found.clone()));
    Ok(found)
}

/// Builds (or finds in the cache) the learner's `source` for `problem`.
pub fn build(
    lang: &Language,
    problem: &Problem,
    file_name: &str,
    source: &str,
) -> Result<Build, BuildError> {
    let tool = toolchain(lang).map_err(BuildError::Internal)?;
    let files = (lang.sources)(problem, file_name, source);
    let main = files
        .first()
        .map(|(name, _)| name.clone())
        .unwrap_or_default();
    let mut hasher = Sha256::new();
    for part in [lang.name, &tool.program, &tool.version] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    for (name, content) in &files {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(content.as_bytes());
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
    let fill = |template: &[&str], dir: &str| -> Vec<String> {
        template
            .iter()
            .map(|a| {
                a.replace("{interp}", &tool.program)
                    .replace("{dir}", dir)
                    .replace("{src}", &main)
            })
            .collect()
    };
    let mut run = fill(lang.run, &dir.to_string_lossy());
    if let Some(program) = run.first_mut().filter(|p| !p.starts_with('/')) {
        if let Some(found) = on_path(program) {
            *program = found.to_string_lossy().into_owned();
        }
    }
    let env = (lang.env)(&tool.program).map_err(BuildError::Internal)?;
    let mut readable = needed_paths(&tool.program, &run, &env);
    readable.push(dir.clone());
    let policy = Policy::run(readable, lang.threads);
    if dir.join("READY").is_file() {
        return Ok(Build {
            run,
            policy,
            env,
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
    for (name, content) in &files {
        std::fs::write(tmp.path().join(name), content)
            .map_err(|e| internal("cannot write the sources", e))?;
    }
    let start = Instant::now();
    let mut compile = fill(lang.compile, ".");
    if !compile.is_empty() {
        compile.extend((lang.libraries)(source, &tool.version).map_err(BuildError::Internal)?);
        let (program, args) = compile.split_first().expect("not empty");
        let compile_env = env.clone();
        let policy = Policy::compile(
            needed_paths(&tool.program, &compile, &compile_env),
            tmp.path(),
        );
        // The compiler may run as another uid (the grader as root): let it write here.
        set_mode(tmp.path(), 0o777).map_err(|e| internal("cannot open the build folder", e))?;
        let mut cmd = Command::new(program);
        cmd.args(args);
        // The limit is CPU time (RLIMIT_CPU in the sandbox); the wall clock
        // only backstops a compiler that sleeps, so a busy machine is no CE.
        let limit = crate::run::sandbox::compile_seconds() * 3;
        let done = run_with_timeout(cmd, limit, Some((&policy, &compile_env)));
        set_mode(tmp.path(), 0o755).map_err(|e| internal("cannot close the build folder", e))?;
        let done = done.map_err(|e| {
            let hint = if e.kind() == std::io::ErrorKind::PermissionDenied {
                "the sandbox runs compilers as an unprivileged uid when the grader is root: \
                 install the toolchain where every user can read it (or give the grader user namespaces)"
            } else {
                lang.install_hint
            };
            BuildError::Internal(format!(
                "cannot run the {} compiler `{program}`: {e}; {hint}",
                lang.name
            ))
        })?;
        match done.status {
            None => {
                return Err(BuildError::Compile {
                    message: format!(
                        "compilation took longer than {} s (a template or constexpr bomb?)",
                        limit.as_secs()
                    ),
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
    std::fs::write(tmp.path().join("READY"), &tool.version)
        .map_err(|e| internal("cannot mark the build ready", e))?;
    let tmp_path = tmp.keep();
    if std::fs::rename(&tmp_path, &dir).is_err() {
        // Another grader finished the same build first: use theirs.
        let _ = std::fs::remove_dir_all(&tmp_path);
    }
    Ok(Build {
        run,
        policy,
        env,
        dir,
        cached: false,
        compile_time,
    })
}

fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(mode))
}

/// `program` found on the grader's PATH.
fn on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// What a sandboxed toolchain must be able to read: the install folder of
/// its program (`<prefix>/bin/<program>` → `<prefix>`), and every absolute
/// path in its arguments and environment (`-I dir`, `--extern x=/…`,
/// `NODE_PATH=…`): a folder as it is, a file by its folder.
fn needed_paths(program: &str, args: &[String], env: &[(String, String)]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for exe in [program]
        .into_iter()
        .chain(args.first().map(String::as_str))
    {
        let real = std::fs::canonicalize(exe).or_else(|_| {
            on_path(exe).map_or(
                Err(std::io::ErrorKind::NotFound.into()),
                std::fs::canonicalize,
            )
        });
        if let Ok(real) = real {
            let dir = real.parent().unwrap_or(Path::new("/"));
            let prefix = if dir.ends_with("bin") {
                dir.parent().unwrap_or(dir)
            } else {
                dir
            };
            out.push(prefix.to_path_buf());
        }
    }
    let texts = args.iter().skip(1).chain(env.iter().map(|(_, v)| v));
    for token in texts.flat_map(|t| t.split(['=', ':'])) {
        let path = Path::new(token);
        if path.is_absolute() {
            if path.is_dir() {
                out.push(path.to_path_buf());
            } else if let Some(parent) = path.parent().filter(|_| path.exists()) {
                out.push(parent.to_path_buf());
            }
        }
    }
    out.retain(|p| p != Path::new("/"));
    out.sort();
    out.dedup();
    out
}

/// Adds a note when the compiler complains about lines past the learner's code.
fn explain_compile_error(output: &str, source: &str, lang: &Language, problem: &Problem) -> String {
    let learner_lines = source.lines().count();
    // Drop the lines about the grader's own syntax-check wrapper (Python).
    let mut message: String = output
        .lines()
        .filter(|l| {
            !l.starts_with("Traceback (most recent call last)") && !l.contains("File \"<string>\"")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let beyond = output
        .lines()
        .filter_map(|l| {
            // rustc: `--> file:line:col`; g++ and javac: `file:line:…` (headers have absolute paths).
            let l = l.trim_start();
            let plain = !l.starts_with('/')
                && l.split(':')
                    .next()
                    .is_some_and(|f| !f.is_empty() && !f.contains(char::is_whitespace));
            l.strip_prefix("--> ").or(plain.then_some(l))
        })
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
