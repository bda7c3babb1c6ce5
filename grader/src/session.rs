//! A session: one long-lived child process running a learner's submission,
//! fed one case per line on stdin, answering one line per case on its own
//! stdout (the driver moves the learner's prints to stderr, which is
//! captured per case). Time, memory and output are watched while it runs;
//! a child past a limit is killed with its whole process group.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::process::{isolate, kill_group};

/// Limits applied to each case.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// CPU time per case.
    pub cpu: Duration,
    /// Peak resident memory.
    pub memory_kb: u64,
    /// Bytes the learner may print per case before it is an output flood.
    pub output_bytes: usize,
}

/// What the learner printed during one case (bounded).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Captured {
    /// The first bytes printed, as text.
    pub text: String,
    /// How many bytes were printed in all.
    pub bytes: usize,
}

/// How one case ended, before any checking.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// An answer (value text) within the limits.
    Answered {
        /// The answer as value text.
        answer: String,
        /// CPU time of the learner's code.
        cpu: Duration,
        /// Peak memory so far, KiB.
        peak_kb: u64,
    },
    /// The code panicked / threw (the process survives).
    Panicked {
        /// The panic message.
        message: String,
        /// CPU time until the panic.
        cpu: Duration,
    },
    /// The process died (signal, abort, stack overflow, exit).
    Crashed {
        /// What happened.
        description: String,
    },
    /// Past the CPU limit (or no answer within the wall-clock watchdog).
    TimedOut {
        /// CPU time used when stopped (or reported).
        cpu: Duration,
    },
    /// Past the memory limit.
    MemoryExceeded {
        /// Peak memory seen, KiB.
        peak_kb: u64,
    },
    /// Printed more than the output limit.
    OutputExceeded,
    /// The grader or driver failed; not the learner's fault.
    Internal(String),
}

const SENTINEL: &[u8] = b"\x1eGRADER-END ";
const KEEP_BYTES: usize = 64 * 1024;
/// Requests up to this size are written directly (a pipe buffer holds 64 KiB).
const DIRECT_WRITE: usize = 16 * 1024;

#[derive(Default)]
struct OutState {
    current: Vec<u8>,
    current_bytes: usize,
    finished: Vec<(u64, Captured)>,
    flooded: bool,
    eof: bool,
}

type Shared = Arc<(Mutex<OutState>, Condvar)>;

/// A running submission.
pub struct Session {
    child: Child,
    stdin: Option<std::fs::File>,
    requests: Sender<Vec<u8>>,
    answers: Receiver<String>,
    out: Shared,
    out_limit: usize,
    cpu_mark_ns: i64,
    next_id: u64,
    alive: bool,
}

impl Session {
    /// Starts the submission's process.
    pub fn start(command: &[String], output_limit: usize) -> std::io::Result<Session> {
        let (program, args) = command
            .split_first()
            .ok_or_else(|| std::io::Error::other("empty run command"))?;
        let mut cmd = Command::new(program);
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        isolate(&mut cmd);
        let mut child = cmd.spawn()?;
        let direct = std::fs::File::from(std::os::fd::OwnedFd::from(child.stdin.take().expect("piped")));
        let mut stdin = direct.try_clone()?;
        let stdout = child.stdout.take().expect("piped");
        let stderr = child.stderr.take().expect("piped");
        let (requests, rx) = mpsc::channel::<Vec<u8>>();
        std::thread::spawn(move || {
            for line in rx {
                if stdin.write_all(&line).and_then(|_| stdin.flush()).is_err() {
                    break;
                }
            }
        });
        let (tx, answers) = mpsc::channel();
        std::thread::spawn(move || read_answers(stdout, tx));
        let out: Shared = Arc::default();
        let shared = Arc::clone(&out);
        std::thread::spawn(move || read_output(stderr, shared, output_limit));
        Ok(Session {
            child,
            stdin: Some(direct),
            requests,
            answers,
            out,
            out_limit: output_limit,
            cpu_mark_ns: 0,
            next_id: 0,
            alive: true,
        })
    }

    /// Whether the process is still usable.
    pub fn is_alive(&self) -> bool {
        self.alive
    }

    /// Runs one case (`args` is the value text of the arguments, space separated).
    pub fn run_case(&mut self, args: &str, limits: &Limits) -> (Outcome, Captured) {
        self.next_id += 1;
        let id = self.next_id;
        let line = format!("{id} {args}\n").into_bytes();
        // Small requests fit in the pipe buffer and are written here; large
        // ones go through the writer thread so a stuck child cannot block us.
        let sent = match self.stdin.as_mut() {
            Some(stdin) if line.len() <= DIRECT_WRITE => stdin.write_all(&line).and_then(|_| stdin.flush()).is_ok(),
            _ => self.requests.send(line).is_ok(),
        };
        if !sent {
            return (self.died(), self.take_output(id, Duration::ZERO));
        }
        let start = Instant::now();
        let watchdog = limits.cpu * 3 + Duration::from_millis(1000);
        let mut tick = Duration::from_millis(2);
        let outcome = loop {
            match self.answers.recv_timeout(tick) {
                Ok(reply) => break self.parse_reply(&reply, limits),
                Err(RecvTimeoutError::Disconnected) => break self.died(),
                Err(RecvTimeoutError::Timeout) => {
                    tick = (tick * 2).min(Duration::from_millis(20));
                    if self.out.0.lock().map(|s| s.flooded).unwrap_or(false) {
                        self.kill();
                        break Outcome::OutputExceeded;
                    }
                    let pid = self.child.id();
                    let used =
                        Duration::from_nanos((proc_cpu_ns(pid) - self.cpu_mark_ns).max(0) as u64);
                    if used > limits.cpu || start.elapsed() > watchdog {
                        self.kill();
                        break Outcome::TimedOut { cpu: used };
                    }
                    let rss = proc_rss_kb(pid);
                    if rss > limits.memory_kb {
                        self.kill();
                        break Outcome::MemoryExceeded { peak_kb: rss };
                    }
                }
            }
        };
        let wait = if self.alive {
            Duration::from_secs(2)
        } else {
            Duration::from_millis(500)
        };
        let captured = self.take_output(id, wait);
        let outcome = match outcome {
            _ if captured.bytes > self.out_limit => Outcome::OutputExceeded,
            Outcome::Crashed { description } if captured.text.contains("overflowed its stack") => {
                Outcome::Crashed {
                    description: format!(
                        "stack overflow (recursion too deep or endless); {description}"
                    ),
                }
            }
            other => other,
        };
        (outcome, captured)
    }

    fn parse_reply(&mut self, reply: &str, limits: &Limits) -> Outcome {
        let mut parts = reply.splitn(5, ' ');
        let status = parts.next().unwrap_or("");
        let cpu_ns: i64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
        let total_ns: i64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
        let peak_kb: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
        let payload = parts.next().unwrap_or("").to_string();
        self.cpu_mark_ns = total_ns;
        let cpu = Duration::from_nanos(cpu_ns.max(0) as u64);
        match status {
            _ if peak_kb > limits.memory_kb => Outcome::MemoryExceeded { peak_kb },
            _ if cpu > limits.cpu => Outcome::TimedOut { cpu },
            "OK" => Outcome::Answered {
                answer: payload,
                cpu,
                peak_kb,
            },
            "RE" => Outcome::Panicked {
                message: serde_json::from_str(&payload).unwrap_or(payload),
                cpu,
            },
            _ => Outcome::Internal(format!(
                "the driver sent an unreadable reply: {:.200}",
                reply
            )),
        }
    }

    /// The process ended without answering: collect why.
    fn died(&mut self) -> Outcome {
        self.alive = false;
        let start = Instant::now();
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if start.elapsed() < Duration::from_secs(2) => {
                    std::thread::sleep(Duration::from_millis(5))
                }
                _ => break None,
            }
        };
        kill_group(&mut self.child);
        let description = match status {
            Some(s) => describe_exit(s),
            None => "the process stopped answering".to_string(),
        };
        Outcome::Crashed { description }
    }

    fn take_output(&mut self, id: u64, wait: Duration) -> Captured {
        let (lock, cv) = &*self.out;
        let deadline = Instant::now() + wait;
        let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(pos) = state.finished.iter().position(|(i, _)| *i == id) {
                let (_, captured) = state.finished.swap_remove(pos);
                state.finished.retain(|(i, _)| *i > id);
                return captured;
            }
            let now = Instant::now();
            if state.eof || now >= deadline {
                let captured = Captured {
                    text: String::from_utf8_lossy(&state.current).into_owned(),
                    bytes: state.current_bytes,
                };
                state.current.clear();
                state.current_bytes = 0;
                return captured;
            }
            state = cv
                .wait_timeout(state, deadline - now)
                .map(|(s, _)| s)
                .unwrap_or_else(|e| e.into_inner().0);
        }
    }

    /// Kills the process group now.
    pub fn kill(&mut self) {
        self.alive = false;
        kill_group(&mut self.child);
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        kill_group(&mut self.child);
    }
}

fn read_answers(stdout: impl Read, tx: Sender<String>) {
    use std::io::BufRead;
    let mut reader = std::io::BufReader::new(stdout);
    let mut line = String::new();
    while matches!(reader.read_line(&mut line), Ok(n) if n > 0) {
        if tx.send(line.trim_end_matches('\n').to_string()).is_err() {
            break;
        }
        line.clear();
    }
}

/// Splits the learner's output stream into per-case chunks at the driver's sentinels.
fn read_output(mut stderr: impl Read, shared: Shared, limit: usize) {
    let (lock, cv) = &*shared;
    let mut pending: Vec<u8> = Vec::new();
    let mut buf = vec![0u8; 32 * 1024];
    loop {
        let n = stderr.read(&mut buf).unwrap_or(0);
        let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
        if n == 0 {
            let rest = std::mem::take(&mut pending);
            push_bytes(&mut state, &rest, limit);
            state.eof = true;
            cv.notify_all();
            return;
        }
        pending.extend_from_slice(&buf[..n]);
        loop {
            let Some(start) = pending.iter().position(|&b| b == SENTINEL[0]) else {
                let all = std::mem::take(&mut pending);
                push_bytes(&mut state, &all, limit);
                break;
            };
            let head: Vec<u8> = pending.drain(..start).collect();
            push_bytes(&mut state, &head, limit);
            let newline = pending.iter().take(40).position(|&b| b == b'\n');
            match newline {
                None if pending.len() < 40
                    && SENTINEL.starts_with(&pending[..pending.len().min(SENTINEL.len())]) =>
                {
                    break
                }
                Some(end) if pending.starts_with(SENTINEL) => {
                    let id = std::str::from_utf8(&pending[SENTINEL.len()..end])
                        .ok()
                        .and_then(|s| s.parse().ok());
                    pending.drain(..=end);
                    if let Some(id) = id {
                        let captured = Captured {
                            text: String::from_utf8_lossy(&state.current).into_owned(),
                            bytes: state.current_bytes,
                        };
                        state.current.clear();
                        state.current_bytes = 0;
                        state.flooded = false;
                        state.finished.push((id, captured));
                        cv.notify_all();
                    }
                }
                _ => {
                    let byte: Vec<u8> = pending.drain(..1).collect();
                    push_bytes(&mut state, &byte, limit);
                }
            }
        }
    }
}

fn push_bytes(state: &mut OutState, bytes: &[u8], limit: usize) {
    let room = KEEP_BYTES.saturating_sub(state.current.len());
    state
        .current
        .extend_from_slice(&bytes[..bytes.len().min(room)]);
    state.current_bytes += bytes.len();
    if state.current_bytes > limit {
        state.flooded = true;
    }
}

fn describe_exit(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("the process exited with code {code} before answering"),
        (_, Some(sig)) => {
            let name = match sig {
                libc::SIGSEGV => "SIGSEGV (segmentation fault)",
                libc::SIGABRT => "SIGABRT (aborted)",
                libc::SIGFPE => "SIGFPE (arithmetic error)",
                libc::SIGKILL => "SIGKILL (killed)",
                libc::SIGBUS => "SIGBUS (bus error)",
                libc::SIGILL => "SIGILL (illegal instruction)",
                _ => "a signal",
            };
            format!("the process was killed by signal {sig}, {name}")
        }
        _ => "the process ended".to_string(),
    }
}

/// Total CPU time (user + system) of a process, from `/proc`.
fn proc_cpu_ns(pid: u32) -> i64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0;
    };
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks: i64 = fields
        .get(11)
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or(0)
        + fields
            .get(12)
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1);
    ticks * (1_000_000_000 / hz)
}

/// Resident memory of a process in KiB, from `/proc`.
fn proc_rss_kb(pid: u32) -> u64 {
    let Ok(statm) = std::fs::read_to_string(format!("/proc/{pid}/statm")) else {
        return 0;
    };
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as u64;
    pages * page / 1024
}
