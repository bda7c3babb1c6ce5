//! The random-testing stage: after the fixed cases pass, compare the
//! learner's answers with the reference on random inputs (one long-lived
//! session for all of them) and shrink the first failing input to a small
//! counterexample that still fails the same way.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use proptest::strategy::ValueTree;
use serde::Serialize;

use crate::error::GradeError;
use crate::problem::Problem;
use crate::random::{problem_strategy, size_for, tree_of};
use crate::reference::Reference;
use crate::run::session::Captured;
use crate::runner::{judge, ms, Judged, Runner};
use crate::validate::validate;
use crate::value::Value;
use crate::verdict::Verdict;

/// Random cases per run unless `--random N` says otherwise.
pub const DEFAULT_COUNT: usize = 1000;
/// A safety net on the time spent shrinking. Shrinking is bounded by
/// [`SHRINK_STEPS`] so that the same seed gives the same counterexample on any
/// machine; this only stops a pathological case (every step near the limit).
const SHRINK_BUDGET: Duration = Duration::from_secs(60);
/// Most inputs tried while shrinking.
const SHRINK_STEPS: usize = 4000;

/// What the random stage did, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct RandomSummary {
    /// The seed every random input derives from.
    pub seed: u64,
    /// Cases planned.
    pub count: usize,
    /// Cases run (stops at the first failure).
    pub ran: usize,
    /// Cases accepted.
    pub passed: usize,
    /// Slowest random case, ms.
    pub slowest_ms: f64,
    /// Wall time of the whole random stage, seconds (shrinking included).
    pub seconds: f64,
    /// Part of `seconds` spent generating inputs and running the reference, in the grader.
    pub oracle_seconds: f64,
}

/// The first failing random case, shrunk.
#[derive(Debug, Clone)]
pub struct RandomFailure {
    /// 1-based index of the case under the seed (`random/<index>`).
    pub index: usize,
    /// The smallest input found that still fails the same way.
    pub minimal: Vec<Value>,
    /// The reference's answer to it.
    pub expected: Value,
    /// The learner's result on it.
    pub judged: Judged,
    /// What the learner printed on it.
    pub captured: Captured,
    /// Size (number of scalars) of the original failing input.
    pub original_size: usize,
    /// Size of the minimal input.
    pub minimal_size: usize,
    /// Successful shrink steps.
    pub shrink_steps: usize,
}

fn size(input: &[Value]) -> usize {
    input.iter().map(Value::size).sum()
}

/// Whether two verdicts fail "the same way" for shrinking.
fn same_class(a: Verdict, b: Verdict) -> bool {
    a == b
}

/// Runs random cases `indices` (0-based) of `count` under `seed`.
pub fn run_random(
    problem: &Problem,
    reference: &mut Reference,
    runner: &mut Runner,
    seed: u64,
    count: usize,
    indices: impl Iterator<Item = usize>,
    on_case: &mut dyn FnMut(usize) -> bool,
) -> Result<(RandomSummary, Option<RandomFailure>), GradeError> {
    let mut summary = RandomSummary {
        seed,
        count,
        ran: 0,
        passed: 0,
        slowest_ms: 0.0,
        seconds: 0.0,
        oracle_seconds: 0.0,
    };
    let stage = Instant::now();
    let result = run_cases(
        problem,
        reference,
        runner,
        seed,
        count,
        indices,
        &mut summary,
        on_case,
    );
    summary.seconds = stage.elapsed().as_secs_f64();
    result.map(|failure| (summary, failure))
}

#[allow(clippy::too_many_arguments)]
fn run_cases(
    problem: &Problem,
    reference: &mut Reference,
    runner: &mut Runner,
    seed: u64,
    count: usize,
    indices: impl Iterator<Item = usize>,
    summary: &mut RandomSummary,
    on_case: &mut dyn FnMut(usize) -> bool,
) -> Result<Option<RandomFailure>, GradeError> {
    let sizes = problem
        .spec
        .generator
        .sizes
        .unwrap_or(crate::random::DEFAULT_SIZES);
    // Cases are prepared (input + expected answer) and sent a few ahead, so
    // the learner's process solves one while the grader judges the last and
    // generates the next; answers still come back, and are judged, in order.
    let mut queue: VecDeque<Prepared> = VecDeque::new();
    // One strategy per input size (a run has three).
    let mut strategies = std::collections::HashMap::new();
    let mut indices = indices.peekable();
    loop {
        // Refill in batches: the learner's process then finds several requests
        // waiting instead of being woken up for each one.
        let refill = queue.len() <= AHEAD / 2;
        while refill && queue.len() < AHEAD && indices.peek().is_some() {
            let index = indices.next().expect("peeked");
            let oracle_start = Instant::now();
            let size = size_for(index, count, sizes);
            let strategy = strategies
                .entry(size)
                .or_insert_with(|| problem_strategy(problem, size));
            let tree = tree_of(strategy, seed, index).ok_or_else(|| {
                GradeError::Internal(format!("no random generator for {}", problem.slug()))
            })?;
            let input = tree.current();
            check_valid(problem, &input)?;
            let (expected, _) = reference.solve(problem, &input)?;
            let request = Runner::request(&input);
            summary.oracle_seconds += oracle_start.elapsed().as_secs_f64();
            queue.push_back(Prepared {
                index,
                tree,
                input,
                expected,
                request,
                sent: false,
            });
            if runner.in_flight() == 0 {
                // Nothing to do for the learner's process: start it right away.
                send_ready(runner, &mut queue)?;
            }
        }
        send_ready(runner, &mut queue)?;
        let Some(case) = queue.pop_front() else {
            break;
        };
        let (outcome, captured) = runner.receive();
        let Prepared {
            index,
            mut tree,
            input,
            expected,
            ..
        } = case;
        let judged = judge(problem, &expected, &outcome, &runner.limits);
        summary.ran += 1;
        let go_on = on_case(summary.ran);
        summary.slowest_ms = summary.slowest_ms.max(ms(judged.time));
        if judged.verdict == Verdict::IE {
            return Err(GradeError::Internal(format!(
                "random case {}: {}",
                index + 1,
                judged.message
            )));
        }
        if judged.verdict == Verdict::AC {
            summary.passed += 1;
            if !go_on {
                runner.drop_pending();
                return Ok(None);
            }
            continue;
        }
        // The cases sent ahead are not needed any more.
        runner.drop_pending();
        let original_size = size(&input);
        let shrinkable = matches!(judged.verdict, Verdict::WA | Verdict::RE);
        let mut best = (input, expected, judged, captured);
        let mut steps = 0;
        if shrinkable {
            let verdict = best.2.verdict;
            let start = Instant::now();
            let mut more = tree.simplify();
            let mut tried = 0;
            while more && tried < SHRINK_STEPS && start.elapsed() < SHRINK_BUDGET {
                tried += 1;
                let candidate = tree.current();
                let fails = if validate(problem, &candidate).is_ok() {
                    let (expected, _) = reference.solve(problem, &candidate)?;
                    let (outcome, captured) = runner.run(&candidate)?;
                    let judged = judge(problem, &expected, &outcome, &runner.limits);
                    if same_class(judged.verdict, verdict) {
                        best = (candidate, expected, judged, captured);
                        true
                    } else {
                        false
                    }
                } else {
                    false
                };
                if fails {
                    steps += 1;
                    more = tree.simplify();
                } else {
                    more = tree.complicate();
                }
            }
        }
        let (minimal, expected, judged, captured) = best;
        let minimal_size = size(&minimal);
        let failure = RandomFailure {
            index: index + 1,
            minimal,
            expected,
            judged,
            captured,
            original_size,
            minimal_size,
            shrink_steps: steps,
        };
        return Ok(Some(failure));
    }
    Ok(None)
}

/// Random cases prepared ahead of the learner's process.
const AHEAD: usize = 16;

/// A random case ready to send: its value tree (kept for shrinking), input,
/// expected answer and request text.
struct Prepared {
    index: usize,
    tree: Box<dyn ValueTree<Value = Vec<Value>>>,
    input: Vec<Value>,
    expected: Value,
    request: String,
    sent: bool,
}

/// Sends the prepared cases, in order, as far as the session can take them.
fn send_ready(runner: &mut Runner, queue: &mut VecDeque<Prepared>) -> Result<(), GradeError> {
    for case in queue.iter_mut().filter(|c| !c.sent) {
        if !runner.can_send(&case.request) {
            break;
        }
        runner.send(&case.request)?;
        case.sent = true;
    }
    Ok(())
}

/// Generated inputs must obey the constraints: checked in debug builds and tests.
fn check_valid(problem: &Problem, input: &[Value]) -> Result<(), GradeError> {
    if cfg!(debug_assertions) {
        validate(problem, input).map_err(|e| {
            GradeError::Internal(format!(
                "the random generator of {} made an invalid input: {e}",
                problem.slug()
            ))
        })?;
    }
    Ok(())
}
