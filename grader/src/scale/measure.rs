//! Timing one input, for the learner and the reference alike. A program's
//! time is the CPU time of its process measured from outside (the session's
//! accounting), minus its fixed cost: the CPU time of the language's null
//! solution (see `null`) on the very same input. The built-in references run
//! in the grader's own thread and are timed by that thread's CPU clock, with
//! nothing to subtract (short runs repeated within a repetition). Every time
//! is the minimum of the repetitions.

use std::time::Duration;

use crate::build::{build, BuildError};
use crate::error::GradeError;
use crate::language::{self, Language};
use crate::oracle::OracleFn;
use crate::problem::Problem;
use crate::reference::Reference;
use crate::run::session::{Limits, Outcome};
use crate::runner::{Runner, OUTPUT_LIMIT};
use crate::value::Value;

use super::null::{null_file, null_source};

/// Something whose CPU time on an input can be measured.
pub enum Subject {
    /// A built program in its own (sandboxed) process.
    Program(Box<Runner>),
    /// A built-in reference, run in this thread.
    Builtin(OracleFn),
}

/// One run of a subject.
pub enum Run {
    /// It answered: its CPU time and answer.
    Answered(Duration, Option<Value>),
    /// It passed the budget's hard stop and was killed after this much CPU.
    OverBudget(Duration),
    /// It failed (crash, exception, memory…): why.
    Failed(String),
}

impl Subject {
    /// Runs `input` once.
    pub fn run(&mut self, input: &[Value]) -> Result<Run, GradeError> {
        match self {
            Subject::Builtin(oracle) => {
                // In this thread a run costs nothing but itself, so a short
                // one is repeated (the least time kept): one run of a tenth
                // of a millisecond, just after the learner's process went
                // through the caches, varies by ×1.7 from point to point.
                let (mut least, mut spent, mut runs) = (Duration::MAX, Duration::ZERO, 0);
                let mut answer = None;
                while runs == 0 || (spent < BUILTIN_SPEND && runs < BUILTIN_RUNS) {
                    let start = thread_cpu();
                    let got = oracle(input).map_err(GradeError::Internal)?;
                    let took = thread_cpu().saturating_sub(start);
                    least = least.min(took);
                    spent += took;
                    runs += 1;
                    answer.get_or_insert(got);
                }
                Ok(Run::Answered(least, answer))
            }
            Subject::Program(runner) => {
                let (outcome, captured) = runner.run(input)?;
                Ok(match outcome {
                    Outcome::Answered { answer, cpu, .. } => {
                        Run::Answered(cpu, Value::parse(&answer).ok())
                    }
                    Outcome::TimedOut { cpu } => Run::OverBudget(cpu),
                    Outcome::Panicked { message, .. } => Run::Failed(message),
                    Outcome::Crashed { description } => Run::Failed(description),
                    Outcome::MemoryExceeded { peak_kb } => {
                        Run::Failed(format!("it used {} MiB of memory", peak_kb / 1024))
                    }
                    Outcome::OutputExceeded => Run::Failed(format!(
                        "it printed more than {} MiB ({} bytes shown first: {})",
                        OUTPUT_LIMIT >> 20,
                        captured.text.len().min(80),
                        captured.text.chars().take(80).collect::<String>()
                    )),
                    Outcome::Internal(e) => return Err(GradeError::Internal(e)),
                })
            }
        }
    }
}

/// A built-in reference is run again within one repetition until it has
/// spent this much CPU…
const BUILTIN_SPEND: Duration = Duration::from_millis(2);
/// …or run this many times.
const BUILTIN_RUNS: u32 = 20;

/// CPU time of the calling thread.
fn thread_cpu() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into a local timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    Duration::new(now.tv_sec.max(0) as u64, now.tv_nsec.max(0) as u32)
}

/// A program built from `source` for `problem` in `lang`, with `cpu` per run.
pub fn program(
    lang: &Language,
    problem: &Problem,
    file_name: &str,
    source: &str,
    cpu: Duration,
) -> Result<Subject, BuildError> {
    let built = build(lang, problem, file_name, source)?;
    let limits = Limits {
        cpu,
        memory_kb: problem.spec.limits.memory_mb * 1024 * 4,
        output_bytes: OUTPUT_LIMIT,
    };
    Ok(Subject::Program(Box::new(Runner::new(&built, limits))))
}

/// The null solution of `problem` in the language of `lang` (its fixed cost).
pub fn null_program(
    lang: &Language,
    problem: &Problem,
    cpu: Duration,
) -> Result<Subject, GradeError> {
    let (name, file) = null_file(lang).ok_or_else(|| {
        GradeError::Usage(format!(
            "`grader scale` has no null solution for {} (it needs one to separate the fixed cost of a case)",
            lang.name
        ))
    })?;
    let null_lang = language::LANGUAGES
        .iter()
        .find(|l| l.name == name)
        .ok_or_else(|| GradeError::Internal(format!("no language named {name}")))?;
    let source = null_source(problem, name)
        .ok_or_else(|| GradeError::Internal(format!("no null solution for {name}")))?;
    program(null_lang, problem, file, &source, cpu).map_err(|e| match e {
        BuildError::Compile { message } => GradeError::Internal(format!(
            "the null solution of {} in {name} does not compile:\n{message}",
            problem.slug()
        )),
        BuildError::Internal(e) => GradeError::Internal(e),
    })
}

/// The reference of `problem` as a subject, with the null solution of its
/// language when it is a program.
pub fn reference(
    problem: &Problem,
    cpu: Duration,
) -> Result<(Subject, Option<Subject>), GradeError> {
    match Reference::for_problem(problem)? {
        Reference::Builtin(oracle) => Ok((Subject::Builtin(oracle.reference), None)),
        Reference::Program { file, mut runner } => {
            let lang = language::for_file(&file)
                .ok_or_else(|| GradeError::Internal("reference language".into()))?;
            runner.limits.cpu = runner.limits.cpu.max(cpu);
            let null = null_program(lang, problem, cpu)?;
            Ok((Subject::Program(runner), Some(null)))
        }
    }
}

/// A subject with the null solution whose time is subtracted from it.
pub struct Timed {
    /// What is measured.
    pub subject: Subject,
    /// Its language's null solution (none for built-in references).
    pub null: Option<Subject>,
}

/// The minimum times at one point.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timing {
    /// CPU time as measured (least of the repetitions).
    pub gross: Duration,
    /// CPU time of the null solution on the same input (least of the repetitions).
    pub fixed: Duration,
    /// Whether a run hit the hard stop (the time is then a lower bound).
    pub over_budget: bool,
    /// Runs so far.
    pub runs: usize,
}

impl Timing {
    /// The algorithm's own time: gross minus fixed, never below a tenth of
    /// the gross (a cost hidden in the fixed cost cannot be measured below that).
    pub fn net(&self) -> Duration {
        self.gross.saturating_sub(self.fixed).max(self.gross / 10)
    }

    /// Takes in another measurement of the same point: the least times.
    pub fn merge(&mut self, other: &Timing) {
        self.gross = self.gross.min(other.gross);
        self.fixed = self.fixed.min(other.fixed);
        self.over_budget = self.over_budget && other.over_budget;
        self.runs += other.runs;
    }

    /// Whether the fixed cost is most of the time (over 80%): the net time is
    /// then a small difference of two noisy times, too imprecise to fit.
    pub fn fixed_dominates(&self) -> bool {
        self.fixed.as_secs_f64() > 0.8 * self.gross.as_secs_f64()
    }
}

impl Timed {
    /// One more repetition on `input`, folded into `timing`; the answer of
    /// the subject, or why it failed.
    pub fn once(
        &mut self,
        input: &[Value],
        timing: &mut Timing,
    ) -> Result<Result<Option<Value>, String>, GradeError> {
        let answer = match self.subject.run(input)? {
            Run::Answered(cpu, answer) => {
                timing.gross = if timing.runs == 0 {
                    cpu
                } else {
                    timing.gross.min(cpu)
                };
                answer
            }
            Run::OverBudget(cpu) => {
                timing.gross = timing.gross.max(cpu);
                timing.over_budget = true;
                None
            }
            Run::Failed(why) => return Ok(Err(why)),
        };
        if let Some(null) = self.null.as_mut() {
            let cpu = match null.run(input)? {
                Run::Answered(cpu, _) | Run::OverBudget(cpu) => cpu,
                Run::Failed(why) => {
                    return Err(GradeError::Internal(format!(
                        "the null solution failed on an input: {why}"
                    )))
                }
            };
            timing.fixed = if timing.runs == 0 {
                cpu
            } else {
                timing.fixed.min(cpu)
            };
        }
        timing.runs += 1;
        Ok(Ok(answer))
    }
}
