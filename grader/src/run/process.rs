//! Child processes: each in its own process group (so the whole group can be
//! killed), killed if the grader dies, with output drained on threads so
//! pipes never deadlock, and bounded so a flood cannot exhaust memory.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::sandbox::Policy;

/// Puts the child in a new process group and asks the kernel to kill it if the grader dies.
pub fn isolate(cmd: &mut Command) {
    cmd.process_group(0);
    // SAFETY: prctl is async-signal-safe; nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
}

/// Kills the child's whole process group and reaps the child. The child's
/// own children go first (in the sandbox, the init of the pid namespace,
/// which takes every process of the run with it), so that the child reaps
/// them and no zombie is left to the system's init.
pub fn kill_group(child: &mut Child) {
    if let Ok(Some(_)) = child.try_wait() {
        return;
    }
    let grandchildren = super::accounting::children(child.id());
    for &grandchild in &grandchildren {
        // SAFETY: plain syscall on a pid read just now from /proc.
        unsafe {
            libc::kill(grandchild as libc::pid_t, libc::SIGKILL);
        }
    }
    let start = Instant::now();
    while !grandchildren.is_empty() && start.elapsed() < Duration::from_millis(500) {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    if let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: plain syscall; the group id is the child's pid (see `isolate`).
        unsafe {
            libc::killpg(pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Reads `reader` to the end on a thread, keeping at most `cap` bytes.
pub fn drain(
    mut reader: impl Read + Send + 'static,
    cap: usize,
) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = cap.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
        }
        kept
    })
}

/// What a finished command printed.
#[derive(Debug)]
pub struct Finished {
    /// Exit status (`None` if it was killed for taking too long).
    pub status: Option<ExitStatus>,
    /// Standard output and standard error, interleaved by stream (stdout first), bounded.
    pub output: String,
    /// Wall time taken.
    pub elapsed: Duration,
}

/// Runs `cmd` to completion or until `timeout`, capturing up to 1 MiB of
/// output; inside the sandbox when given one (a policy and the environment
/// to add to the sandbox's own).
pub fn run_with_timeout(
    mut cmd: Command,
    timeout: Duration,
    sandbox: Option<(&Policy, &[(String, String)])>,
) -> std::io::Result<Finished> {
    let _prepared = match sandbox {
        Some((policy, env)) => {
            let prepared =
                super::sandbox::attach(&mut cmd, policy).map_err(std::io::Error::other)?;
            cmd.envs(env.iter().map(|(k, v)| (k, v)));
            Some(prepared)
        }
        None => None,
    };
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    isolate(&mut cmd);
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let out = drain(child.stdout.take().expect("piped"), 1 << 20);
    let err = drain(child.stderr.take().expect("piped"), 1 << 20);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() > timeout {
            kill_group(&mut child);
            break None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut output = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    output.push_str(&String::from_utf8_lossy(&err.join().unwrap_or_default()));
    Ok(Finished {
        status,
        output,
        elapsed: start.elapsed(),
    })
}
