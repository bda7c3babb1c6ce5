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
use std::process::ChildStdout;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Sender};
use std::time::{Duration, Instant};

use super::accounting;
use super::process::{isolate, kill_group};
use super::sandbox::{self, Policy, Prepared, SandboxError};

/// Why a session could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The sandbox refused (strict mode) or could not be prepared.
    #[error(transparent)]
    Sandbox(#[from] SandboxError),
    /// Starting the process failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

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
/// Time the runtime may take to load the learner's code (CPU; twice that on the wall clock).
const STARTUP_LIMIT: Duration = Duration::from_secs(10);
/// The output file is emptied (between cases) once it passes this.
const RESET_OUTPUT_AT: u64 = 16 << 20;
/// An answer line longer than this is the program's fault.
const ANSWER_CAP: usize = 64 << 20;

/// A running submission.
pub struct Session {
    child: Child,
    /// The learner's process (inside the sandbox), measured from outside.
    pid: u32,
    _sandbox: Prepared,
    stdin: Option<File>,
    requests: Sender<Vec<u8>>,
    answers: AnswerReader,
    output: File,
    output_start: u64,
    cpu_mark_ns: i64,
    next_id: u64,
    alive: bool,
    /// Whether the driver said it has loaded the learner's code.
    ready: bool,
    /// Why the process never became ready (given as the first case's outcome).
    startup_failure: Option<Outcome>,
    /// Requests sent and not yet answered, oldest first: (bytes, delivered).
    pending: std::collections::VecDeque<(usize, bool)>,
}

impl Session {
    /// Starts the submission's process inside the sandbox `policy` describes.
    pub fn start(
        command: &[String],
        env: &[(String, String)],
        policy: &Policy,
    ) -> Result<Session, StartError> {
        let (program, args) = command
            .split_first()
            .ok_or_else(|| std::io::Error::other("empty run command"))?;
        let output = tempfile::tempfile()?;
        // Appending: the grader may empty the file between cases.
        // SAFETY: fcntl on a descriptor we own.
        unsafe {
            let fd = output.as_raw_fd();
            libc::fcntl(
                fd,
                libc::F_SETFL,
                libc::fcntl(fd, libc::F_GETFL) | libc::O_APPEND,
            );
        }
        let mut cmd = Command::new(program);
        let sandbox = sandbox::attach(&mut cmd, policy)?;
        cmd.envs(env.iter().map(|(k, v)| (k, v)));
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(output.try_clone()?));
        isolate(&mut cmd);
        let mut child = cmd.spawn()?;
        let pid = sandbox.measured_pid(child.id());
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
            searched: 0,
        };
        Ok(Session {
            child,
            pid,
            _sandbox: sandbox,
            stdin: Some(direct),
            requests,
            answers,
            output,
            output_start: 0,
            cpu_mark_ns: accounting::cpu_ns(pid).unwrap_or(0),
            next_id: 0,
            alive: true,
            ready: false,
            startup_failure: None,
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
        if !self.ready && self.alive {
            self.await_ready();
        }
        if self.pending.is_empty() && self.alive {
            accounting::reset_peak(self.pid);
            self.cpu_mark_ns = accounting::cpu_ns(self.pid).unwrap_or(self.cpu_mark_ns);
        }
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
            let outcome = match self.startup_failure.take() {
                Some(outcome) => outcome,
                None => self.died(),
            };
            return (outcome, self.take_output(None));
        }
        let start = Instant::now();
        let watchdog = limits.cpu * 3 + Duration::from_millis(1000);
        let mut tick = Duration::from_millis(2);
        let (outcome, out_end) = loop {
            match self.answers.next_line(tick) {
                Reply::Line(reply) => break self.parse_reply(&reply, limits),
                Reply::Closed => break (self.died(), None),
                Reply::TooLong => {
                    self.kill();
                    let description = format!(
                        "the answer was longer than {} MiB (or never ended with a newline)",
                        ANSWER_CAP >> 20
                    );
                    break (Outcome::Crashed { description }, None);
                }
                Reply::Waiting => {
                    tick = (tick * 2).min(Duration::from_millis(20));
                    let watch = self.watch(limits, start.elapsed() > watchdog);
                    if let Some(outcome) = watch {
                        break (outcome, None);
                    }
                }
            }
        };
        let captured = self.take_output(out_end);
        let outcome = match outcome {
            _ if captured.bytes > limits.output_bytes => Outcome::OutputExceeded,
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
        if self.pending.is_empty() && self.output_start > RESET_OUTPUT_AT {
            // A long run of chatty cases: start the file again, so only one
            // case's output (not the run's) counts against any limit.
            if self.output.set_len(0).is_ok() {
                self.output_start = 0;
            }
        }
        (outcome, captured)
    }

    /// Waits for the driver's `READY` (the learner's code is loaded), so that
    /// starting the runtime is not counted as the first case's CPU time.
    fn await_ready(&mut self) {
        let start = Instant::now();
        let failure = loop {
            match self.answers.next_line(Duration::from_millis(5)) {
                Reply::Line(line) if line == "READY" => {
                    self.ready = true;
                    return;
                }
                Reply::Line(line) => {
                    break Outcome::Crashed {
                        description: format!(
                            "the program wrote on the grader's answer channel while loading (\"{}\")",
                            line.chars().take(80).collect::<String>()
                        ),
                    };
                }
                Reply::Closed => {
                    let outcome = self.died();
                    self.startup_failure = Some(outcome);
                    return;
                }
                Reply::TooLong => {
                    break Outcome::Crashed {
                        description:
                            "the program flooded the grader's answer channel while loading".into(),
                    };
                }
                Reply::Waiting => {
                    let cpu = self.cpu_since_mark();
                    if cpu > STARTUP_LIMIT || start.elapsed() > STARTUP_LIMIT * 2 {
                        break Outcome::TimedOut { cpu };
                    }
                }
            }
        };
        self.kill();
        self.startup_failure = Some(failure);
    }

    /// Measures the running case from outside; past any limit, stops the
    /// process and names the verdict by a fixed priority (memory, output,
    /// CPU, then the wall-clock backstop), whichever watcher noticed first.
    fn watch(&mut self, limits: &Limits, wall_expired: bool) -> Option<Outcome> {
        let printed = self.output_len().saturating_sub(self.output_start);
        let cpu = self.cpu_since_mark();
        let rss = accounting::rss_kb(self.pid);
        let over_memory = rss > limits.memory_kb;
        let over_output = printed > limits.output_bytes as u64;
        let over_cpu = cpu > limits.cpu;
        if !(over_memory || over_output || over_cpu || wall_expired) {
            return None;
        }
        let peak = accounting::peak_kb(self.pid).max(rss);
        self.kill();
        Some(if over_memory || peak > limits.memory_kb {
            Outcome::MemoryExceeded { peak_kb: peak }
        } else if over_output {
            Outcome::OutputExceeded
        } else {
            Outcome::TimedOut { cpu }
        })
    }

    /// CPU time of the learner's process since the last mark.
    fn cpu_since_mark(&self) -> Duration {
        match accounting::cpu_ns(self.pid) {
            Some(now) => Duration::from_nanos((now - self.cpu_mark_ns).max(0) as u64),
            None => Duration::ZERO,
        }
    }

    fn output_len(&self) -> u64 {
        self.output.metadata().map(|m| m.len()).unwrap_or(0)
    }

    /// Parses the driver's `STATUS cpu_ns total_ns peak_kb out_end payload`.
    /// Only the status, the payload and where the case's output ends are
    /// used: time and memory are measured from outside. A line that is not
    /// a reply is the program's doing (it wrote on the grader's channel).
    fn parse_reply(&mut self, reply: &str, limits: &Limits) -> (Outcome, Option<u64>) {
        let cpu = self.cpu_since_mark();
        self.cpu_mark_ns += cpu.as_nanos() as i64;
        let peak_kb = accounting::peak_kb(self.pid);
        let mut parts = reply.splitn(6, ' ');
        let status = parts.next().unwrap_or("");
        let numbers: Option<Vec<i64>> = (0..4)
            .map(|_| parts.next().and_then(|s| s.parse::<i64>().ok()))
            .collect();
        let payload = parts.next();
        let (Some(numbers), Some(payload), "OK" | "RE") = (numbers, payload, status) else {
            self.kill();
            let description = format!(
                "the program wrote on the grader's answer channel (\"{}\"); answers must come from the driver",
                reply.chars().take(80).collect::<String>()
            );
            return (Outcome::Crashed { description }, None);
        };
        let out_end = numbers[3].max(0) as u64;
        let outcome = match status {
            _ if peak_kb > limits.memory_kb => Outcome::MemoryExceeded { peak_kb },
            _ if cpu > limits.cpu => Outcome::TimedOut { cpu },
            "OK" => Outcome::Answered {
                answer: payload.to_string(),
                cpu,
                peak_kb,
            },
            _ => Outcome::Panicked {
                message: serde_json::from_str(payload).unwrap_or_else(|_| payload.to_string()),
                cpu,
            },
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
        // The driver's mark is clamped: the file may have been emptied since.
        let len = self.output_len();
        let end = end.map_or(len, |e| e.clamp(self.output_start.min(len), len));
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
    TooLong,
}

/// Reads answer lines from the child's stdout on the calling thread: the
/// grader waits in poll(2) with a timeout, so no reader thread (and no
/// thread hand-off per case) is needed.
struct AnswerReader {
    pipe: ChildStdout,
    buffer: Vec<u8>,
    /// The first `searched` bytes of `buffer` hold no newline.
    searched: usize,
}

impl AnswerReader {
    /// The next complete line, or `Waiting` when none arrived within `timeout`.
    fn next_line(&mut self, timeout: Duration) -> Reply {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(at) = self.buffer[self.searched..]
                .iter()
                .position(|&b| b == b'\n')
            {
                let end = self.searched + at;
                let line = String::from_utf8_lossy(&self.buffer[..end]).into_owned();
                self.buffer.drain(..=end);
                self.searched = 0;
                return Reply::Line(line);
            }
            self.searched = self.buffer.len();
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
                Ok(n) => {
                    self.buffer.extend_from_slice(&chunk[..n]);
                    if !chunk[..n].contains(&b'\n') {
                        // Bytes without a newline: never past the cap, and the
                        // limits are still watched however fast they arrive.
                        if self.buffer.len() > ANSWER_CAP {
                            return Reply::TooLong;
                        }
                        if Instant::now() >= deadline {
                            return Reply::Waiting;
                        }
                    }
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The real Python interpreter and a sandbox policy that can run it.
    fn python() -> Option<(String, Policy)> {
        let lang = crate::language::LANGUAGES
            .iter()
            .find(|l| l.name == "python")?;
        let Ok(tool) = crate::build::toolchain(lang) else {
            eprintln!("SKIPPED: python3 not found");
            return None;
        };
        let real = std::fs::canonicalize(&tool.program).ok()?;
        let prefix = real.parent()?.parent()?.to_path_buf();
        Some((tool.program, Policy::run(vec![prefix], 16)))
    }

    /// Regression: a child's getrusage peak includes the grader's memory at
    /// fork time; a big grader must not make every case "MLE".
    #[test]
    fn a_large_grader_does_not_make_small_children_exceed_memory() {
        let Some((python, policy)) = python() else {
            return;
        };
        // Hold (and touch) 300 MiB in this process, as a busy `grader verify` can.
        let ballast = vec![1u8; 300 << 20];
        let script = "import os,sys,resource\nans=os.dup(1)\nos.dup2(2,1)\nos.write(ans, b'READY\\n')\nfor line in sys.stdin:\n    peak=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n    os.write(ans, f'OK 1 1 {peak} {os.lseek(2,0,1)} 7\\n'.encode())\n";
        let command = vec![python, "-c".to_string(), script.to_string()];
        let mut session = Session::start(&command, &[], &policy).unwrap();
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
        let Some((python, policy)) = python() else {
            return;
        };
        // A child that answers each request line with its length.
        let script = "import sys\nsys.stdout.write('READY\\n')\nsys.stdout.flush()\nwhile True:\n    line = sys.stdin.buffer.readline()\n    if not line:\n        break\n    sys.stdout.write(f'OK 1 1 1 0 {len(line) - 1}\\n')\n    sys.stdout.flush()\n";
        let command = vec![python, "-c".to_string(), script.to_string()];
        let mut session = Session::start(&command, &[], &policy).unwrap();
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
