//! What this machine offers the sandbox, found once per grader process by
//! trying: a full sandboxed start of `/bin/true` (namespaces, mounts, a fresh
//! `/proc`), Landlock's ABI version, seccomp. `grader doctor` prints it.
//! `GRADER_SANDBOX_WITHOUT=namespaces,landlock,seccomp` pretends layers are
//! missing (the tests use it to check how grading degrades).

use std::process::{Command, Stdio};
use std::sync::OnceLock;

use serde::Serialize;

use super::{attach_with, Policy};

/// The layers available here.
#[derive(Debug, Clone, Serialize)]
pub struct Layers {
    /// Whether the grader runs as root (learner code then runs as another uid).
    pub root: bool,
    /// Namespaces (user when not root, pid, mount, net, ipc, uts) and the new
    /// root: `Err` says why they are missing.
    pub namespaces: Result<(), String>,
    /// Landlock's ABI version (0: none).
    pub landlock_abi: i32,
    /// seccomp filters.
    pub seccomp: Result<(), String>,
}

static LAYERS: OnceLock<Layers> = OnceLock::new();

/// The layers available here (probed on first use).
pub fn layers() -> &'static Layers {
    LAYERS.get_or_init(probe)
}

fn probe() -> Layers {
    // SAFETY: plain system calls without pointers.
    let landlock_abi = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<u8>(),
            0usize,
            1u32, // LANDLOCK_CREATE_RULESET_VERSION
        )
    }
    .max(0) as i32;
    // SAFETY: as above.
    let seccomp = match unsafe { libc::prctl(libc::PR_GET_SECCOMP, 0, 0, 0, 0) } {
        r if r >= 0 => Ok(()),
        _ => Err(format!(
            "prctl(PR_GET_SECCOMP): {}",
            std::io::Error::last_os_error()
        )),
    };
    let mut layers = Layers {
        // SAFETY: geteuid has no preconditions.
        root: unsafe { libc::geteuid() } == 0,
        namespaces: Err("not tried".into()),
        landlock_abi,
        seccomp,
    };
    layers.namespaces = try_namespaces(&layers);
    // Pretend a layer is missing, to test how grading degrades without it.
    let without = std::env::var("GRADER_SANDBOX_WITHOUT").unwrap_or_default();
    for layer in without.split(',').map(str::trim) {
        let off = || format!("turned off by GRADER_SANDBOX_WITHOUT={without}");
        match layer {
            "namespaces" => layers.namespaces = Err(off()),
            "landlock" => layers.landlock_abi = 0,
            "seccomp" => layers.seccomp = Err(off()),
            _ => {}
        }
    }
    layers
}

/// Starts `/bin/true` inside the full sandbox and says why it failed, if it did.
fn try_namespaces(layers: &Layers) -> Result<(), String> {
    let program = ["/bin/true", "/usr/bin/true"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .ok_or("no /bin/true to try them with")?;
    let mut cmd = Command::new(program);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let policy = Policy::run(Vec::new(), 16);
    let _prepared = attach_with(&mut cmd, &policy, true, layers).map_err(|e| e.to_string())?;
    let status = cmd.status().map_err(|e| {
        format!("{e} (user namespaces may be disabled, e.g. by kernel.apparmor_restrict_unprivileged_userns=1)")
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("a sandboxed /bin/true ended with {status}"))
    }
}

impl Layers {
    /// The layers `--sandbox strict` requires and this machine lacks.
    pub fn missing(&self) -> Vec<String> {
        let mut missing = Vec::new();
        if let Err(e) = &self.namespaces {
            missing.push(format!("namespaces ({e})"));
        }
        if self.landlock_abi < 4 {
            missing.push(format!(
                "Landlock ABI 4 or newer (found {}; needs Linux 6.7+ with landlock in `lsm=`)",
                self.landlock_abi
            ));
        }
        if let Err(e) = &self.seccomp {
            missing.push(format!("seccomp ({e})"));
        }
        missing
    }

    /// One line: the active layers.
    pub fn summary(&self) -> String {
        let mut on = Vec::new();
        if self.namespaces.is_ok() {
            on.push("namespaces".to_string());
        }
        if self.root {
            on.push("own uid".to_string());
        }
        if self.landlock_abi > 0 {
            on.push(format!("landlock v{}", self.landlock_abi));
        }
        if self.seccomp.is_ok() {
            on.push("seccomp".to_string());
        }
        on.push("rlimits".to_string());
        let missing = self.missing();
        if missing.is_empty() {
            on.join(", ")
        } else {
            format!("{} (missing: {})", on.join(", "), missing.join("; "))
        }
    }
}
