//! Running one input through the learner's program and judging the result:
//! the [`Runner`] keeps one session alive across cases (starting a fresh one
//! after a crash or a kill); [`judge`] turns an outcome into a verdict.

use std::time::Duration;

use crate::build::Build;
use crate::error::GradeError;
use crate::language::Language;
use crate::problem::Problem;
use crate::run::sandbox::Policy;
use crate::run::session::{Captured, Limits, Outcome, Session};
use crate::value::Value;
use crate::verdict::Verdict;

/// The limits of a case for `lang`: the problem's time limit × the language's
/// multiplier × `time_scale`, and `memory_factor` × its memory limit.
pub fn limits_for(
    problem: &Problem,
    lang: &Language,
    time_scale: f64,
    memory_factor: u64,
) -> Limits {
    Limits {
        cpu: Duration::from_secs_f64(
            problem.spec.limits.time_ms as f64 * lang.time_multiplier * time_scale / 1000.0,
        ),
        memory_kb: problem.spec.limits.memory_mb * 1024 * memory_factor,
        output_bytes: OUTPUT_LIMIT,
    }
}

/// Bytes a learner may print per case before it is an output flood.
pub const OUTPUT_LIMIT: usize = 8 << 20;

/// Runs inputs through a long-lived session of one built submission.
pub struct Runner {
    command: Vec<String>,
    env: Vec<(String, String)>,
    policy: Policy,
    session: Option<Session>,
    /// Limits applied to every case.
    pub limits: Limits,
}

impl Runner {
    /// A runner for a built submission.
    pub fn new(built: &Build, limits: Limits) -> Runner {
        Runner {
            command: built.run.clone(),
            env: built.env.clone(),
            policy: built.policy.clone(),
            session: None,
            limits,
        }
    }

    /// Runs one input (one value per argument line).
    pub fn run(&mut self, input: &[Value]) -> Result<(Outcome, Captured), GradeError> {
        self.drop_pending();
        self.send(&Runner::request(input))?;
        Ok(self.receive())
    }

    /// The request text of an input.
    pub fn request(input: &[Value]) -> String {
        let args: Vec<String> = input.iter().map(Value::to_string).collect();
        args.join(" ")
    }

    /// Cases sent and not yet received.
    pub fn in_flight(&self) -> usize {
        self.session.as_ref().map_or(0, Session::in_flight)
    }

    /// Whether `request` may be sent now: nothing is in flight, or it is small
    /// enough to queue behind the cases in flight.
    pub fn can_send(&self, request: &str) -> bool {
        match &self.session {
            Some(session) if session.in_flight() > 0 => session.can_send_ahead(request),
            _ => true,
        }
    }

    /// Sends one request (starting a session if needed); answers come back in
    /// order from [`Runner::receive`]. Sending ahead lets the learner's process
    /// work on the next case while the grader judges the last one.
    pub fn send(&mut self, request: &str) -> Result<(), GradeError> {
        if !self.session.as_ref().is_some_and(Session::is_alive) {
            let session = Session::start(&self.command, &self.env, &self.policy).map_err(|e| {
                GradeError::Internal(format!(
                    "cannot start the submission `{}`: {e}",
                    self.command.join(" ")
                ))
            })?;
            self.session = Some(session);
        }
        self.session.as_mut().expect("started above").send(request);
        Ok(())
    }

    /// The outcome of the oldest case in flight.
    pub fn receive(&mut self) -> (Outcome, Captured) {
        match self.session.as_mut() {
            Some(session) => session.receive(&self.limits),
            None => (
                Outcome::Internal("no case was sent".into()),
                Captured::default(),
            ),
        }
    }

    /// Forgets cases sent ahead whose answers are no longer wanted: the
    /// process is stopped (a fresh one starts with the next case).
    pub fn drop_pending(&mut self) {
        if let Some(session) = self.session.as_mut() {
            if session.in_flight() > 0 {
                session.kill();
                self.session = None;
            }
        }
    }
}

/// A judged case.
#[derive(Debug, Clone)]
pub struct Judged {
    /// The verdict.
    pub verdict: Verdict,
    /// CPU time of the learner's code.
    pub time: Duration,
    /// What went wrong (empty when accepted).
    pub message: String,
    /// The learner's answer as value text, if there was one.
    pub actual: Option<String>,
}

/// Milliseconds with microsecond precision.
pub fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

/// Turns an outcome into a verdict, checking answers against `expected`.
pub fn judge(problem: &Problem, expected: &Value, outcome: &Outcome, limits: &Limits) -> Judged {
    let limit_ms = ms(limits.cpu);
    let judged = |verdict, time, message: String, actual| Judged {
        verdict,
        time,
        message,
        actual,
    };
    match outcome {
        Outcome::Answered { answer, cpu, .. } => match Value::parse(answer) {
            Ok(actual) => match problem.checker.check(expected, &actual) {
                Ok(()) => judged(Verdict::AC, *cpu, String::new(), Some(actual.to_string())),
                Err(why) => judged(Verdict::WA, *cpu, why, Some(actual.to_string())),
            },
            Err(e) => judged(
                Verdict::WA,
                *cpu,
                format!("the answer is not a value: {e}"),
                Some(answer.clone()),
            ),
        },
        Outcome::Panicked { message, cpu } => judged(Verdict::RE, *cpu, message.clone(), None),
        Outcome::Crashed { description } => {
            judged(Verdict::RE, Duration::ZERO, description.clone(), None)
        }
        Outcome::TimedOut { cpu } => judged(
            Verdict::TLE,
            *cpu,
            format!(
                "stopped after {:.0} ms of CPU time; the limit is {limit_ms:.0} ms per case",
                ms(*cpu)
            ),
            None,
        ),
        Outcome::MemoryExceeded { peak_kb } => judged(
            Verdict::MLE,
            Duration::ZERO,
            format!(
                "used {} MiB; the limit is {} MiB",
                peak_kb / 1024,
                limits.memory_kb / 1024
            ),
            None,
        ),
        Outcome::OutputExceeded => judged(
            Verdict::OLE,
            Duration::ZERO,
            format!(
                "printed more than {} MiB during one case",
                OUTPUT_LIMIT >> 20
            ),
            None,
        ),
        Outcome::Internal(e) => judged(Verdict::IE, Duration::ZERO, e.clone(), None),
    }
}
