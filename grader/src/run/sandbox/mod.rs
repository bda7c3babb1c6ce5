//! The sandbox: every learner process, every compile of a learner's file and
//! a folder-only problem's reference run inside it. One ordered set-up,
//! applied between fork and exec (see [`child`]):
//!
//! 1. **namespaces**: mount, pid, net, ipc, uts (plus user when the grader is
//!    not root); a fresh `/proc`; a root made of read-only binds of the system
//!    and toolchain folders, a private `/tmp`, and nothing else;
//! 2. **uid**: as root, the learner runs as an unprivileged uid of its own;
//! 3. **rlimits**: core, file size, open files, threads, data, CPU;
//! 4. **Landlock**: read/execute only what the language needs, write only the
//!    work folder, no TCP, no signals or abstract sockets outside;
//! 5. **seccomp**: no ptrace, mounts, namespaces, keyrings, io_uring, process
//!    creation (threads are fine), shared anonymous memory or memfd.
//!
//! Each layer is used where the kernel offers it ([`probe`]); `--sandbox
//! strict` refuses to run without all of them, `--sandbox off` runs without
//! any (for debugging; every report says so).

mod child;
mod fence;
mod filter;
mod mounts;
pub mod probe;

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU8, Ordering};

pub use probe::{layers, Layers};

/// How strictly learner code is contained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Every layer this machine offers (the default).
    Auto,
    /// Every layer, or refuse to run.
    Strict,
    /// No sandbox at all (debugging only).
    Off,
}

static MODE: AtomicU8 = AtomicU8::new(0);

/// Sets the mode for this process (the CLI's `--sandbox`).
pub fn set_mode(mode: Mode) {
    MODE.store(mode as u8 + 1, Ordering::Relaxed);
}

/// The mode: as set, else `$GRADER_SANDBOX` (`auto`, `strict`, `off`), else auto.
pub fn mode() -> Mode {
    match MODE.load(Ordering::Relaxed) {
        1 => Mode::Auto,
        2 => Mode::Strict,
        3 => Mode::Off,
        _ => match std::env::var("GRADER_SANDBOX").as_deref() {
            Ok("strict") => Mode::Strict,
            Ok("off") => Mode::Off,
            _ => Mode::Auto,
        },
    }
}

/// One line for reports: which layers contain learner code here.
pub fn summary() -> String {
    match mode() {
        Mode::Off => "off (--sandbox off): learner code ran with the grader's rights".into(),
        _ => layers().summary(),
    }
}

/// What a sandboxed process is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A learner's program (or a reference) answering cases: no new processes.
    Run,
    /// A compiler run on a learner's file: may start its own tools.
    Compile,
}

/// What one sandboxed process may touch.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Run or compile.
    pub purpose: Purpose,
    /// Folders and files it may read and execute, besides the system's.
    pub read_only: Vec<PathBuf>,
    /// Folders it may also write (a compile's build folder).
    pub writable: Vec<PathBuf>,
    /// Its working folder (default: its private `/tmp`).
    pub cwd: Option<PathBuf>,
    /// Tasks (processes and threads) it may have at once.
    pub threads: u64,
    /// Total CPU seconds before the kernel stops it (a backstop).
    pub cpu_seconds: u64,
    /// Size of its private `/tmp`, MiB.
    pub tmp_mb: u64,
}

impl Policy {
    /// A learner's program reading `read_only` (build folder, toolchain).
    pub fn run(read_only: Vec<PathBuf>, threads: u64) -> Policy {
        Policy {
            purpose: Purpose::Run,
            read_only,
            writable: Vec::new(),
            cwd: None,
            threads,
            cpu_seconds: 900,
            tmp_mb: 64,
        }
    }

    /// A compiler writing into `build_dir`.
    pub fn compile(read_only: Vec<PathBuf>, build_dir: &Path) -> Policy {
        Policy {
            purpose: Purpose::Compile,
            read_only,
            writable: vec![build_dir.to_path_buf()],
            cwd: Some(build_dir.to_path_buf()),
            threads: 256,
            cpu_seconds: compile_seconds().as_secs(),
            tmp_mb: 1024,
        }
    }
}

/// How long a compile may take: `$GRADER_COMPILE_SECONDS`, else 60 s.
pub fn compile_seconds() -> std::time::Duration {
    let secs = std::env::var("GRADER_COMPILE_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|&s| s > 0)
        .unwrap_or(60);
    std::time::Duration::from_secs(secs)
}

/// The sandbox cannot be set up as asked.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// `--sandbox strict` and a layer is missing on this machine.
    #[error("--sandbox strict: this machine does not offer {0}; run `grader doctor` to see why, or use --sandbox auto")]
    Unavailable(String),
    /// Preparing the sandbox failed (a grader fault).
    #[error("cannot prepare the sandbox: {0}")]
    Setup(String),
}

/// A sandbox attached to a command; keep it until the process has ended.
#[derive(Debug)]
pub struct Prepared {
    /// The folder the new root is mounted on (or the work folder without namespaces).
    _staging: Option<tempfile::TempDir>,
    namespaces: bool,
}

impl Prepared {
    /// The process whose CPU time and memory are the learner's: the program
    /// itself, which runs two levels below `spawned` when it has namespaces
    /// (spawned → init of the pid namespace → program).
    pub fn measured_pid(&self, spawned: u32) -> u32 {
        if !self.namespaces {
            return spawned;
        }
        for _ in 0..200 {
            if let Some(&init) = super::accounting::children(spawned).first() {
                if let Some(&program) = super::accounting::children(init).first() {
                    return program;
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        spawned
    }
}

/// The environment a sandboxed process starts with (before the language's own).
pub fn base_env(cmd: &mut Command, work: &Path) {
    cmd.env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("HOME", work)
        .env("TMPDIR", work)
        .env("LANG", "C.UTF-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
}

/// Attaches the sandbox to `cmd` (call before adding the language's
/// environment: it starts from an empty one).
pub fn attach(cmd: &mut Command, policy: &Policy) -> Result<Prepared, SandboxError> {
    let mode = mode();
    let found = layers();
    if mode == Mode::Strict {
        let missing = found.missing();
        if !missing.is_empty() {
            return Err(SandboxError::Unavailable(missing.join(", ")));
        }
    }
    if mode == Mode::Off {
        let work = tempfile::Builder::new()
            .prefix(".grader-work-")
            .tempdir()
            .map_err(|e| SandboxError::Setup(format!("cannot create a work folder: {e}")))?;
        let cwd = policy
            .cwd
            .clone()
            .unwrap_or_else(|| work.path().to_path_buf());
        base_env(cmd, &cwd);
        cmd.current_dir(&cwd);
        return Ok(Prepared {
            _staging: Some(work),
            namespaces: false,
        });
    }
    attach_with(cmd, policy, found.namespaces.is_ok(), found)
}

/// Attaches the sandbox with or without namespaces (the probe tries both).
fn attach_with(
    cmd: &mut Command,
    policy: &Policy,
    namespaces: bool,
    found: &Layers,
) -> Result<Prepared, SandboxError> {
    let setup = |what: &str, e: &dyn std::fmt::Display| SandboxError::Setup(format!("{what}: {e}"));
    let staging = tempfile::Builder::new()
        .prefix(".grader-sandbox-")
        .tempdir()
        .map_err(|e| setup("cannot create the sandbox folder", &e))?;
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let work = if namespaces {
        PathBuf::from("/tmp")
    } else {
        if root {
            std::fs::set_permissions(
                staging.path(),
                std::os::unix::fs::PermissionsExt::from_mode(0o1777),
            )
            .map_err(|e| setup("cannot open the work folder", &e))?;
        }
        staging.path().to_path_buf()
    };
    let cwd = policy.cwd.clone().unwrap_or_else(|| work.clone());
    let ops = if namespaces {
        mounts::plan(staging.path(), policy).map_err(|e| setup("cannot plan the mounts", &e))?
    } else {
        Vec::new()
    };
    let fence = fence::Fence::new(found.landlock_abi, policy, &work, namespaces);
    let filters = if found.seccomp.is_ok() {
        filter::programs(policy.purpose)
            .map_err(|e| setup("cannot build the seccomp filter", &e))?
    } else {
        Vec::new()
    };
    let plan = child::Plan::new(child::PlanParts {
        namespaces,
        root,
        staging: staging.path(),
        ops,
        cwd: &cwd,
        policy,
        fence,
        filters,
    })
    .map_err(|e| setup("cannot plan the sandbox", &e))?;
    base_env(cmd, &work);
    cmd.current_dir("/");
    let mut plan = Some(plan);
    // SAFETY: the closure runs in the forked child before exec; see `child`
    // for what it calls (system calls, and Landlock's rule set built there).
    unsafe {
        cmd.pre_exec(move || match plan.take() {
            Some(plan) => child::enter(plan),
            None => Err(std::io::Error::other("sandbox plan used twice")),
        });
    }
    Ok(Prepared {
        _staging: Some(staging),
        namespaces,
    })
}
