//! One point of a series: the learner and the reference on the same input,
//! repeated on each side's own terms and interleaved while both run, so a
//! busy machine slows both alike. The minimum of the repetitions is kept.

use std::time::Duration;

use crate::error::GradeError;
use crate::problem::Problem;
use crate::value::Value;

use super::measure::{Timed, Timing};

/// How many times a point is repeated.
#[derive(Debug, Clone, Copy)]
pub struct Repetitions {
    /// At least this many runs…
    pub min: u32,
    /// …at most this many…
    pub max: u32,
    /// …a run past a quarter of this is enough alone, and cheap points repeat
    /// until a tenth of it is spent.
    pub budget: Duration,
}

impl Repetitions {
    fn enough(&self, t: &Timing, runs: u32) -> bool {
        t.over_budget
            || t.gross > self.budget / 4
            || (runs >= self.min && (t.gross + t.fixed) * runs > self.budget / 10)
            || runs >= self.max
    }
}

/// A measured point.
pub struct Measured {
    /// The learner's timing.
    pub learner: Timing,
    /// The reference's timing.
    pub reference: Timing,
    /// Whether the learner's first answer differs from the reference's.
    pub differs: bool,
}

/// Measures `case`; the inner error is the learner's failure.
pub fn measure(
    problem: &Problem,
    learner: &mut Timed,
    reference: &mut Timed,
    case: &[Value],
    reps: Repetitions,
) -> Result<Result<Measured, String>, GradeError> {
    let (mut l, mut r) = (Timing::default(), Timing::default());
    let (mut l_done, mut r_done) = (false, false);
    let mut differs = false;
    let mut runs = 0;
    while !(l_done && r_done) {
        let answer = if l_done {
            None
        } else {
            match learner.once(case, &mut l)? {
                Ok(answer) => answer,
                Err(why) => return Ok(Err(why)),
            }
        };
        let expected = if r_done {
            None
        } else {
            reference.once(case, &mut r)?.map_err(|why| {
                GradeError::Internal(format!(
                    "the reference solution failed on a scaling input: {why}"
                ))
            })?
        };
        if let (0, Some(a), Some(e)) = (runs, answer, expected) {
            differs = problem.checker.check(&e, &a).is_err();
        }
        runs += 1;
        l_done = l_done || reps.enough(&l, runs);
        r_done = r_done || reps.enough(&r, runs);
    }
    Ok(Ok(Measured {
        learner: l,
        reference: r,
        differs,
    }))
}

/// Runs `case` on both sides without measuring (class loading, JIT, caches):
/// `times` runs each. The inner error is the learner's failure.
pub fn warm_up(
    learner: &mut Timed,
    reference: &mut Timed,
    case: &[Value],
    times: u32,
) -> Result<Result<(), String>, GradeError> {
    for _ in 0..times {
        if let Err(why) = learner.once(case, &mut Timing::default())? {
            return Ok(Err(why));
        }
        reference
            .once(case, &mut Timing::default())?
            .map_err(|why| {
                GradeError::Internal(format!(
                    "the reference solution failed on a scaling input: {why}"
                ))
            })?;
    }
    Ok(Ok(()))
}
