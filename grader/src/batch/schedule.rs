//! The scheduler: runs the distinct grading jobs on `--jobs` worker threads,
//! each job a child `grader batch one` process with a wall budget (past it the
//! child's whole process group is killed and the submission gets a TLE), and
//! shows a progress bar (done / total, running, ETA). Ctrl-C or SIGTERM stops
//! taking jobs and kills the running ones, so the batch writes what it has.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use crate::run::process::{drain, isolate, kill_group};
use crate::run::sandbox::{self, Mode};
use crate::verdict::Verdict;

use super::outcome::Outcome;

/// One distinct grading: a file's content on a problem with a seed.
#[derive(Debug, Clone)]
pub struct Job {
    /// Problem folder.
    pub problem_dir: PathBuf,
    /// Folder the file path is relative to (the child's working folder).
    pub base: PathBuf,
    /// The file, relative to `base`.
    pub file: String,
    /// Language name, for outcomes the child could not give.
    pub language: String,
    /// Seed of the random stage.
    pub seed: u64,
    /// Random cases.
    pub random: usize,
}

/// How the jobs run.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// Worker threads (child processes at once).
    pub jobs: usize,
    /// Wall time allowed for one submission.
    pub budget: Duration,
    /// Draw a progress bar on stderr (when it is a terminal).
    pub progress: bool,
}

static STOP: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_: libc::c_int) {
    STOP.store(true, Ordering::SeqCst);
}

/// Whether the batch was interrupted (Ctrl-C, SIGTERM).
pub fn interrupted() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// Runs every job; `done(i, outcome)` is called as each finishes (from the
/// workers, in any order). Jobs not run because of an interruption get no call.
pub fn run_all(jobs: &[Job], plan: Plan, done: &(dyn Fn(usize, Outcome) + Sync)) {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
    }
    let bar = if plan.progress {
        ProgressBar::new(jobs.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} graded · {msg} · ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let next = AtomicUsize::new(0);
    let running = AtomicUsize::new(0);
    let bar_lock = Mutex::new(bar);
    let show = |running: usize| {
        if let Ok(bar) = bar_lock.lock() {
            bar.set_message(format!("{running} running"));
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..plan.jobs.max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= jobs.len() || interrupted() {
                    break;
                }
                show(running.fetch_add(1, Ordering::SeqCst) + 1);
                let outcome = run_one(&jobs[i], plan.budget);
                show(running.fetch_sub(1, Ordering::SeqCst) - 1);
                if let Some(outcome) = outcome {
                    done(i, outcome);
                }
                if let Ok(bar) = bar_lock.lock() {
                    bar.inc(1);
                }
            });
        }
    });
    let bar = bar_lock.into_inner().unwrap_or_else(|e| e.into_inner());
    bar.finish_and_clear();
}

/// Runs one job in a child process; `None` when interrupted.
fn run_one(job: &Job, budget: Duration) -> Option<Outcome> {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            return Some(internal(
                job,
                format!("cannot find the grader executable: {e}"),
            ))
        }
    };
    let mode = match sandbox::mode() {
        Mode::Auto => "auto",
        Mode::Strict => "strict",
        Mode::Off => "off",
    };
    let mut cmd = Command::new(exe);
    cmd.args(["--sandbox", mode, "batch", "one", "--problem-dir"])
        .arg(&job.problem_dir)
        .arg("--file")
        .arg(&job.file)
        .args([
            "--seed",
            &job.seed.to_string(),
            "--random",
            &job.random.to_string(),
        ])
        // The worker runs in the roster's folder: give it this process's cache
        // as an absolute path, in case it was given relative (the problem
        // folder is named on the command line).
        .env("GRADER_CACHE_DIR", absolute(crate::cache::cache_root()))
        .current_dir(&job.base)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    isolate(&mut cmd);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Some(internal(job, format!("cannot start a grader worker: {e}"))),
    };
    let out = drain(child.stdout.take().expect("piped"), 8 << 20);
    let err = drain(child.stderr.take().expect("piped"), 64 << 10);
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(_) => break None,
        }
        if interrupted() || start.elapsed() > budget {
            kill_group(&mut child);
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    if status.is_none() {
        if interrupted() {
            return None;
        }
        return Some(Outcome::without_cases(
            &job.language,
            Verdict::TLE,
            format!(
                "grading took longer than the wall budget of {} s per submission (--budget); it was stopped and scores 0",
                budget.as_secs()
            ),
        ));
    }
    let first = stdout.split(|&b| b == b'\n').next().unwrap_or_default();
    match serde_json::from_slice::<Outcome>(first) {
        Ok(outcome) => Some(outcome),
        Err(_) => Some(internal(
            job,
            format!(
                "the grader worker gave no result ({}): {}",
                status.map_or("killed".into(), |s| s.to_string()),
                stderr.trim()
            ),
        )),
    }
}

fn absolute(path: PathBuf) -> PathBuf {
    std::path::absolute(&path).unwrap_or(path)
}

fn internal(job: &Job, message: String) -> Outcome {
    Outcome::without_cases(&job.language, Verdict::IE, message)
}
