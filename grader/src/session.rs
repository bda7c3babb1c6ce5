//! A session: one long-lived child process running a learner's submission,
//! fed one case per line on stdin, answering one line per case on its own
//! stdout. The driver moves the learner's prints to stderr, which is an
//! unnamed temporary file: each answer says where that case's output ends,
//! so output is split per case without any extra round trip. Time, memory
//! and output are watched while a case runs; a child past a limit is killed
//! with its whole process group.

use std::fs::File;
use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;
use std::os::unix::process::CommandExt;
use std::process::ChildStdout;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Sender};
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

/// Bytes of a case's output kept for display.
const KEEP_BYTES: usize = 64 * 1024;
/// Requests up to this size are written directly (a pipe buffer holds 64 KiB).
const DIRECT_WRITE: usize = 16 * 1024;
/// Requests sent ahead (not yet answered) may total at most this many bytes,
/// so a direct write never blocks on a full pipe.
const AHEAD_BYTES: usize = 48 * 1024;
/// The output file may not grow past this (the kernel stops the writer).
const OUTPUT_FILE_CAP: u64 = 256 << 20;

/// A running submission.
pub struct Session {
    child: Child,
    stdin: Option<File>,
    requests: Sender<Vec<u8>>,
    answers: AnswerReader,
    output: File,
    output_start: u64,
    output_limit: usize,
    cpu_mark_ns: i64,
    next_id: u64,
    alive: bool,
    /// Requests sent and not yet answered, oldest first: (bytes, delivered).
    pending: std::collections::VecDeque<(usize, bool)>,
}

impl Session {
    /// Starts the submission's process.
    pub fn start(
        command: &[String],
        env: &[(String, String)],
        output_limit: usize,
    ) -> std::io::Result<Session> {
        let (program, args) = command
            .split_first()
            .ok_or_else(|| std::io::Error::other("empty run command"))?;
        let output = tempfile::tempfile()?;
        let mut cmd = Command::new(program);
        cmd.envs(env.iter().map(|(k, v)| (k, v)));
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(output.try_clone()?));
        isolate(&mut cmd);
        // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                let cap = libc::rlimit {
                    rlim_cur: OUTPUT_FILE_CAP,
                    rlim_max: OUTPUT_FILE_CAP,
                };
                libc::setrlimit(libc::RLIMIT_FSIZE, &cap);
                Ok(())
            });
        }
        let mut child = cmd.spawn()?;
        let direct = File::from(std::os::fd::OwnedFd::from(
            child.stdin.take().expect("piped"),
        ));
        let mut stdin = direct.try_clone()?;
        let stdout = child.stdout.take().expect("piped");
        let (requests, rx) = mpsc::channel::<Vec<u8>>();
        std::thread::spawn(move || {
            for line in rx {
                if stdin.write_all(&line).and_then(|_| stdin.flush()).is_err() {
                    break;
                }
            }
        });
        let answers = AnswerReader {
            pipe: stdout,
            buffer: Vec::new(),
        };
        Ok(Session {
            child,
            stdin: Some(direct),
            requests,
            answers,
            output,
            output_start: 0,
            output_limit,
            cpu_mark_ns: 0,
            next_id: 0,
            alive: true,
            pending: std::collections::VecDeque::new(),
        })
    }

    /// Whether the process is still usable.
    pub fn is_alive(&self) -> bool {
        self.alive
    }

    /// Runs one case (`args` is the value text of the arguments, space separated).
    pub fn run_case(&mut self, args: &str, limits: &Limits) -> (Outcome, Captured) {
        self.send(args);
        self.receive(limits)
    }

    /// Cases sent and not yet answered.
    pub fn in_flight(&self) -> usize {
        self.pending.len()
    }

    /// Whether a request of `args` can be sent before the earlier ones are
    /// answered: it is small and the requests in flight stay within the pipe.
    pub fn can_send_ahead(&self, args: &str) -> bool {
        let bytes = args.len() + 24;
        let in_flight: usize = self.pending.iter().map(|(b, _)| b).sum();
        // A large request in flight may still be in the writer thread's hands:
        // a direct write now could land in the middle of it.
        let all_direct = self.pending.iter().all(|&(b, _)| b <= DIRECT_WRITE);
        self.alive && all_direct && bytes <= DIRECT_WRITE && in_flight + bytes <= AHEAD_BYTES
    }

    /// Sends one case; its answer is collected by [`Session::receive`], in order.
    /// With cases in flight, call it only when [`Session::can_send_ahead`] holds.
    pub fn send(&mut self, args: &str) {
        self.next_id += 1;
        let line = format!("{} {args}\n", self.next_id).into_bytes();
        let bytes = line.len();
        // Small requests fit in the pipe buffer and are written here; large
        // ones go through the writer thread so a stuck child cannot block us.
        let delivered = self.alive
            && match self.stdin.as_mut() {
                Some(stdin) if bytes <= DIRECT_WRITE => {
                    stdin.write_all(&line).and_then(|_| stdin.flush()).is_ok()
                }
                _ => self.requests.send(line).is_ok(),
            };
        self.pending.push_back((bytes, delivered));
    }

    /// Waits for the answer to the oldest case in flight, watching its limits.
    pub fn receive(&mut self, limits: &Limits) -> (Outcome, Captured) {
        let delivered = match self.pending.pop_front() {
            Some((_, delivered)) => delivered,
            None => {
                let outcome = Outcome::Internal("no case was sent to the session".into());
                return (outcome, Captured::default());
            }
        };
        if !delivered {
            let outcome = self.died();
            return (outcome, self.take_output(None));
        }
        let start = Instant::now();
        let watchdog = limits.cpu * 3 + Duration::from_millis(1000);
        let mut tick = Duration::from_millis(2);
        let (outcome, out_end) = loop {
            match self.answers.next_line(tick) {
                Reply::Line(reply) => break self.parse_reply(&reply, limits),
                Reply::Closed => break (self.died(), None),
                Reply::Waiting => {
                    tick = (tick * 2).min(Duration::from_millis(20));
                    let printed = self
                        .output
                        .metadata()
                        .map(|m| m.len())
                        .unwrap_or(0)
                        .saturating_sub(self.output_start);
                    if printed > self.output_limit as u64 {
                        self.kill();
                        break (Outcome::OutputExceeded, None);
                    }
                    let pid = self.child.id();
                    let used =
                        Duration::from_nanos((proc_cpu_ns(pid) - self.cpu_mark_ns).max(0) as u64);
                    if used > limits.cpu || start.elapsed() > watchdog {
                        self.kill();
                        break (Outcome::TimedOut { cpu: used }, None);
                    }
                    let rss = proc_rss_kb(pid);
                    if rss > limits.memory_kb {
                        self.kill();
                        break (Outcome::MemoryExceeded { peak_kb: rss }, None);
                    }
                }
            }
        };
        let captured = self.take_output(out_end);
        let outcome = match outcome {
            _ if captured.bytes > self.output_limit => Outcome::OutputExceeded,
            Outcome::Crashed { description } if description.contains("SIGXFSZ") => {
                Outcome::OutputExceeded
            }
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

    /// Parses `STATUS cpu_ns total_ns peak_kb out_end payload`.
    fn parse_reply(&mut self, reply: &str, limits: &Limits) -> (Outcome, Option<u64>) {
        let mut parts = reply.splitn(6, ' ');
        let status = parts.next().unwrap_or("");
        let mut number = || {
            parts
                .next()
                .and_then(|s| s.parse::<i64>().ok())
                .unwrap_or(0)
        };
        let (cpu_ns, total_ns, peak_kb, out_end) = (
            number(),
            number(),
            number().max(0) as u64,
            number().max(0) as u64,
        );
        let payload = parts.next().unwrap_or("").to_string();
        self.cpu_mark_ns = total_ns;
        let cpu = Duration::from_nanos(cpu_ns.max(0) as u64);
        let outcome = match status {
            // getrusage's peak counts the grader's own memory at fork time (Linux
            // carries it across exec), so a high report is confirmed from /proc.
            _ if peak_kb > limits.memory_kb && proc_hwm_kb(self.child.id()) > limits.memory_kb => {
                Outcome::MemoryExceeded {
                    peak_kb: proc_hwm_kb(self.child.id()),
                }
            }
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
            _ => {
                return (
                    Outcome::Internal(format!("the driver sent an unreadable reply: {reply:.200}")),
                    None,
                )
            }
        };
        (outcome, Some(out_end))
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

    /// The output printed since the last case, up to `end` (or all of it).
    fn take_output(&mut self, end: Option<u64>) -> Captured {
        let end = end.unwrap_or_else(|| {
            self.output
                .metadata()
                .map(|m| m.len())
                .unwrap_or(self.output_start)
        });
        let bytes = end.saturating_sub(self.output_start);
        let mut kept = vec![0u8; bytes.min(KEEP_BYTES as u64) as usize];
        let read = self
            .output
            .read_at(&mut kept, self.output_start)
            .unwrap_or(0);
        kept.truncate(read);
        self.output_start = end;
        Captured {
            text: String::from_utf8_lossy(&kept).into_owned(),
            bytes: bytes as usize,
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

/// What waiting for an answer line gave.
enum Reply {
    Line(String),
    Waiting,
    Closed,
}

/// Reads answer lines from the child's stdout on the calling thread: the
/// grader waits in poll(2) with a timeout, so no reader thread (and no
/// thread hand-off per case) is needed.
struct AnswerReader {
    pipe: ChildStdout,
    buffer: Vec<u8>,
}

impl AnswerReader {
    /// The next complete line, or `Waiting` when none arrived within `timeout`.
    fn next_line(&mut self, timeout: Duration) -> Reply {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(end) = self.buffer.iter().position(|&b| b == b'\n') {
                let line = String::from_utf8_lossy(&self.buffer[..end]).into_owned();
                self.buffer.drain(..=end);
                return Reply::Line(line);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            let mut fd = libc::pollfd {
                fd: self.pipe.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            let millis = left.as_millis().min(i32::MAX as u128) as i32;
            // SAFETY: one valid pollfd for the duration of the call.
            let ready = unsafe { libc::poll(&mut fd, 1, millis) };
            if ready < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Reply::Closed;
            }
            if ready == 0 {
                return Reply::Waiting;
            }
            let mut chunk = [0u8; 64 * 1024];
            match std::io::Read::read(&mut self.pipe, &mut chunk) {
                Ok(0) => return Reply::Closed,
                Ok(n) => self.buffer.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return Reply::Closed,
            }
        }
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
                libc::SIGXFSZ => "SIGXFSZ (output file too large)",
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

/// Peak resident memory of a process since its exec, in KiB (`VmHWM`).
fn proc_hwm_kb(pid: u32) -> u64 {
    let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
        return 0;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: a child's getrusage peak includes the grader's memory at
    /// fork time; a big grader must not make every case "MLE".
    #[test]
    fn a_large_grader_does_not_make_small_children_exceed_memory() {
        if Command::new("python3")
            .arg("-c")
            .arg("pass")
            .status()
            .map_or(true, |s| !s.success())
        {
            eprintln!("SKIPPED: python3 not found");
            return;
        }
        // Hold (and touch) 300 MiB in this process, as a busy `grader verify` can.
        let ballast = vec![1u8; 300 << 20];
        let script = "import os,sys,resource\nans=os.dup(1)\nos.dup2(2,1)\nfor line in sys.stdin:\n    peak=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n    os.write(ans, f'OK 1 1 {peak} {os.lseek(2,0,1)} 7\\n'.encode())\n";
        let command = vec!["python3".to_string(), "-c".to_string(), script.to_string()];
        let mut session = Session::start(&command, &[], 1 << 20).unwrap();
        let limits = Limits {
            cpu: Duration::from_secs(5),
            memory_kb: 256 * 1024,
            output_bytes: 1 << 20,
        };
        let (outcome, _) = session.run_case("[1]", &limits);
        assert!(
            matches!(outcome, Outcome::Answered { ref answer, .. } if answer == "7"),
            "{outcome:?}"
        );
        assert_eq!(ballast[ballast.len() - 1], 1);
    }

    /// Cases sent ahead come back in order, each with its own answer; a large
    /// request (written by the writer thread) is never overtaken by a direct
    /// write of a later one.
    #[test]
    fn cases_sent_ahead_are_answered_in_order() {
        if Command::new("python3")
            .arg("-c")
            .arg("pass")
            .status()
            .map_or(true, |s| !s.success())
        {
            eprintln!("SKIPPED: python3 not found");
            return;
        }
        // A child that answers each request line with its length.
        let script = "import sys\nwhile True:\n    line = sys.stdin.buffer.readline()\n    if not line:\n        break\n    sys.stdout.write(f'OK 1 1 1 0 {len(line) - 1}\\n')\n    sys.stdout.flush()\n";
        let command = vec!["python3".to_string(), "-c".to_string(), script.to_string()];
        let mut session = Session::start(&command, &[], 1 << 20).unwrap();
        let limits = Limits {
            cpu: Duration::from_secs(5),
            memory_kb: 1 << 30,
            output_bytes: 1 << 20,
        };
        let large = "7".repeat(200 * 1024);
        let requests: Vec<String> = (0..40)
            .map(|i| match i {
                5 | 17 => large.clone(),
                _ => "x".repeat(i * 97 % 3000),
            })
            .collect();
        let mut sent = 0;
        let mut answers = Vec::new();
        while answers.len() < requests.len() {
            while sent < requests.len()
                && (session.in_flight() == 0 || session.can_send_ahead(&requests[sent]))
            {
                session.send(&requests[sent]);
                if requests[sent].len() > DIRECT_WRITE {
                    assert_eq!(session.in_flight(), 1, "a large request is sent alone");
                    assert!(!session.can_send_ahead("x"), "sent past a large request");
                }
                sent += 1;
            }
            match session.receive(&limits).0 {
                Outcome::Answered { answer, .. } => answers.push(answer),
                other => panic!("{other:?}"),
            }
        }
        for (i, (request, answer)) in requests.iter().zip(&answers).enumerate() {
            // The line is "<id> <args>": the id is i + 1.
            let expected = format!("{} {request}", i + 1).len().to_string();
            assert_eq!(answer, &expected, "case {i}");
        }
    }
}
