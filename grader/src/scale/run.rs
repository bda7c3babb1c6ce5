//! One `grader scale` run: build the learner, its null solution and the
//! reference; walk every series of the plan, timing each point for both on
//! the same input (repetitions interleaved, so a busy machine slows both);
//! end a series once a point passes the budget; fit and summarize.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::build::BuildError;
use crate::error::{GradeError, SpecError};
use crate::language;
use crate::problem::Problem;

use super::fit::{smooth_linear, Comparison, GROWTH_SLOPE, SAME_MARGIN};
use super::measure::{null_program, program, reference, Timed, Timing};
use super::plan::{input, near, plan, weight, Axis};
use super::point::{measure, warm_up, Repetitions};
use super::report::{var_of, PerParameter, Point, ScaleReport, Series};

/// How a run is done.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Seed of the generated inputs.
    pub seed: u64,
    /// Smaller sizes, fewer repetitions.
    pub quick: bool,
    /// Per-point budget in ms (default: 250 ms × the language's multiplier).
    pub budget_ms: Option<u64>,
    /// Where to write the SVG chart.
    pub svg: Option<PathBuf>,
}

/// Per-point budget for a language with time multiplier 1.
const BASE_BUDGET_MS: f64 = 250.0;
/// A run hits the hard stop at this many budgets (the point is then over budget).
const HARD_STOP: u32 = 4;
/// Wall-clock backstop of a whole run per unit of the language's multiplier
/// (at most 90 s). The per-point budget bounds a run well below it on a quiet
/// machine; it is wide so that a loaded machine (wall time ≫ CPU time) does
/// not cut the last series short.
const RUN_CAP_SECS: f64 = 20.0;

/// Measures `file` against the reference of `problem`. The inner error is
/// the learner's failure (it does not compile, crashes on an input…).
pub fn scale(
    problem: &Problem,
    file: &Path,
    options: &Options,
) -> Result<Result<ScaleReport, String>, GradeError> {
    let started = Instant::now();
    let spec = problem.spec.scaling.clone().ok_or_else(|| {
        GradeError::Spec(SpecError::new(
            problem.spec_path(),
            format!(
                "{} has no [scaling] table, so `grader scale` does not know which parameter to grow (see docs/problem-format.md)",
                problem.slug()
            ),
        ))
    })?;
    let lang = language::of_submission(file).map_err(GradeError::Usage)?;
    let source = std::fs::read_to_string(file)
        .map_err(|e| GradeError::Usage(format!("cannot read {}: {e}", file.display())))?;
    let budget = Duration::from_secs_f64(
        options
            .budget_ms
            .map_or(BASE_BUDGET_MS * lang.time_multiplier, |ms| ms as f64)
            / 1000.0,
    );
    let hard_stop = budget * HARD_STOP;
    let file_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "solution".into());
    let learner = match program(lang, problem, &file_name, &source, hard_stop) {
        Ok(subject) => subject,
        Err(BuildError::Compile { message }) => {
            return Ok(Err(format!(
                "{} does not compile:\n{message}",
                file.display()
            )))
        }
        Err(BuildError::Internal(e)) => return Err(GradeError::Internal(e)),
    };
    let mut learner = Timed {
        subject: learner,
        null: Some(null_program(lang, problem, hard_stop)?),
    };
    let (ref_subject, ref_null) = reference(problem, hard_stop)?;
    let mut reference = Timed {
        subject: ref_subject,
        null: ref_null,
    };
    let cap_secs = (RUN_CAP_SECS * lang.time_multiplier).min(90.0);
    let run_cap = Duration::from_secs_f64(if options.quick {
        cap_secs / 2.0
    } else {
        cap_secs
    });
    let reps = Repetitions {
        min: if options.quick { 2 } else { 3 },
        max: if options.quick { 4 } else { 9 },
        budget,
    };
    // JIT runtimes compile while they run: warm them up longer.
    let jit = matches!(lang.name, "java" | "javascript" | "typescript");
    let warm_runs = if jit { 5 } else { 1 };
    let plan = plan(problem, &spec, options.quick);
    let mut warnings = Vec::new();
    let mut series = Vec::new();
    for sp in &plan.series {
        let var = var_of(sp.axis, spec.second.as_deref());
        let held_var = match sp.axis {
            Axis::Size if spec.second.is_none() => String::new(),
            Axis::Size => var_of(Axis::Second, spec.second.as_deref()),
            Axis::Second => "n".into(),
        };
        let failed = |value: usize, why: String| {
            format!(
                "your solution failed on {var} = {value} ({} inputs): {why}",
                sp.shape
            )
        };
        let spec_error = |e: String| {
            GradeError::Spec(SpecError::new(
                problem.spec_path(),
                format!("[scaling]: {e}"),
            ))
        };
        // Along the second parameter, the input must keep the held size (the
        // weight of the input at the usual value): generators may cap a size
        // (lists × 500 elements) or pass it (many top-k values).
        let held_weight = match sp.axis {
            Axis::Second => input(
                problem,
                &spec,
                sp,
                spec.second_at.unwrap_or(10),
                options.seed,
            )
            .ok()
            .map(|c| weight(&c)),
            Axis::Size => None,
        };
        let mut timings: Vec<(usize, Timing, Timing)> = Vec::new();
        let mut stopped = None;
        let mut warmed = false;
        let mut values: Vec<usize> = sp.values.clone();
        let mut refined = false;
        let mut i = 0;
        while i < values.len() {
            let value = values[i];
            i += 1;
            if started.elapsed() > run_cap {
                stopped = Some(format!(
                    "stopped before {var} = {value}: the run's time cap ({:.0} s) was reached",
                    run_cap.as_secs_f64()
                ));
                break;
            }
            let case = input(problem, &spec, sp, value, options.seed + value as u64)
                .map_err(spec_error)?;
            if held_weight.is_some_and(|held| !near(held, weight(&case))) {
                continue;
            }
            if !warmed {
                warmed = true;
                if let Err(why) = warm_up(&mut learner, &mut reference, &case, warm_runs)? {
                    return Ok(Err(failed(value, why)));
                }
                // A JIT compiles a loop once it has run hot (and again when a
                // new shape takes other branches), so a series measured from
                // small to large would time the small sizes interpreted and
                // the large ones compiled (the compiler's own CPU time counted
                // in between): before each series, every size runs once,
                // growing, until a run takes an eighth of the budget.
                if jit {
                    for &v in sp.values.iter().filter(|&&v| v > value) {
                        let case = input(problem, &spec, sp, v, options.seed + v as u64)
                            .map_err(spec_error)?;
                        let step = Instant::now();
                        if let Err(why) = warm_up(&mut learner, &mut reference, &case, 1)? {
                            return Ok(Err(failed(v, why)));
                        }
                        if step.elapsed() > budget / 8
                            || started.elapsed() > run_cap.mul_f64(RAMP_SHARE)
                        {
                            break;
                        }
                    }
                }
            }
            let m = match measure(problem, &mut learner, &mut reference, &case, reps)? {
                Ok(m) => m,
                Err(why) => return Ok(Err(failed(value, why))),
            };
            if m.differs && warnings.is_empty() {
                warnings.push(format!(
                    "your answer differs from the reference's at {var} = {value} ({} inputs): run `grader test` first",
                    sp.shape
                ));
            }
            let (l, r) = (m.learner, m.reference);
            timings.push((value, l, r));
            if l.over_budget || l.gross > budget || r.gross > budget {
                let who = if r.gross > budget && l.gross <= budget {
                    "the reference"
                } else {
                    "your solution"
                };
                let took = if who == "your solution" {
                    l.gross
                } else {
                    r.gross
                };
                if Some(&value) != sp.values.last() && stopped.is_none() {
                    stopped = Some(format!(
                        "stopped at {var} = {value}: {who} took {}{:.0} ms, past the budget of {:.0} ms per point",
                        if l.over_budget { "over " } else { "" },
                        took.as_secs_f64() * 1000.0,
                        budget.as_secs_f64() * 1000.0
                    ));
                }
                // A series cut short gets points between its last ones
                // (geometric midpoints), where its growth shows.
                if !refined && timings.len() < REFINE_BELOW && timings.len() >= 2 {
                    refined = true;
                    values = midpoints(&timings);
                    i = 0;
                    continue;
                }
                break;
            }
        }
        timings.sort_by_key(|t| t.0);
        timings.dedup_by_key(|t| t.0);
        // Fit; while the answer is undecided and time is left, measure every
        // point again (the least time of more repetitions: interference
        // only ever adds time) and fit again.
        let mut round = 0;
        let fitted = loop {
            let mut smoothed = timings.clone();
            smooth_fixed(&mut smoothed);
            let points = smoothed
                .iter()
                .map(|(v, l, r)| Point::new(*v, l, r))
                .collect();
            let mut fitted = Series::fitted(sp, &var, &held_var, points, stopped.clone());
            // Even warmed up, a JIT runs each call's loop partly in slower
            // tiers before it switches to compiled code, a share that
            // shrinks as the sizes grow: the ratio of a JIT language falls
            // for that alone, so a fall is no sign of better growth.
            if jit && fitted.comparison == Comparison::Better {
                fitted.comparison = Comparison::Inconclusive;
            }
            if round == EXTRA_ROUNDS
                || !undecided(&fitted)
                || started.elapsed() > run_cap.mul_f64(REMEASURE_BEFORE)
            {
                break fitted;
            }
            round += 1;
            for (value, l, r) in timings.iter_mut() {
                if l.over_budget || r.over_budget {
                    continue;
                }
                let case = input(problem, &spec, sp, *value, options.seed + *value as u64)
                    .map_err(spec_error)?;
                let m = match measure(problem, &mut learner, &mut reference, &case, reps)? {
                    Ok(m) => m,
                    Err(why) => return Ok(Err(failed(*value, why))),
                };
                l.merge(&m.learner);
                r.merge(&m.reference);
            }
        };
        series.push(fitted);
    }
    let mut report = summarize(
        problem,
        lang.name,
        file,
        &spec,
        options.seed,
        series,
        warnings,
    );
    report.budget_ms = budget.as_secs_f64() * 1000.0;
    if let Some(path) = &options.svg {
        super::chart::write_svg(&report, path).map_err(|e| {
            GradeError::Usage(format!("cannot write the chart to {}: {e}", path.display()))
        })?;
        report.chart = Some(path.display().to_string());
    }
    report.seconds = (started.elapsed().as_secs_f64() * 10.0).round() / 10.0;
    Ok(Ok(report))
}

/// JIT warm-ups over growing sizes stop once the run has used this share of its cap.
const RAMP_SHARE: f64 = 0.3;

/// At most this many extra rounds of measurement for an undecided series…
const EXTRA_ROUNDS: usize = 2;
/// …started only while the run has used less than this share of its time cap.
const REMEASURE_BEFORE: f64 = 0.5;

/// Whether a series is worth measuring again: inconclusive while it votes,
/// or a ratio slope near the line between `same` and `worse`/`better`.
fn undecided(s: &Series) -> bool {
    let near_line = s
        .ratio_exponent
        .is_some_and(|e| (e.abs() - GROWTH_SLOPE).abs() < BORDER);
    (s.comparison == Comparison::Inconclusive && votes(s)) || near_line
}

/// How close to ±GROWTH_SLOPE a slope is "near the line".
const BORDER: f64 = 0.15;

/// A series with fewer usable points than this does not vote.
const MIN_VOTING_POINTS: usize = 4;

/// A series stopped by the budget with fewer points than this is refined.
const REFINE_BELOW: usize = 7;

/// Geometric midpoints between the last three measured values (ascending).
fn midpoints(timings: &[(usize, Timing, Timing)]) -> Vec<usize> {
    let last: Vec<usize> = timings.iter().rev().take(3).map(|t| t.0).collect();
    let mut mids: Vec<usize> = last
        .windows(2)
        .map(|w| ((w[0] as f64) * (w[1] as f64)).sqrt().round() as usize)
        .filter(|m| !last.contains(m))
        .collect();
    mids.sort_unstable();
    mids
}

/// Replaces each point's fixed cost by a line fitted through all of them
/// (its noise would otherwise land whole in the small net times).
fn smooth_fixed(timings: &mut [(usize, Timing, Timing)]) {
    for pick in [0, 1] {
        let fixed: Vec<(f64, f64)> = timings
            .iter()
            .map(|(v, l, r)| (*v as f64, if pick == 0 { l } else { r }.fixed.as_secs_f64()))
            .collect();
        if let Some(line) = smooth_linear(&fixed) {
            for ((_, l, r), f) in timings.iter_mut().zip(line) {
                let t = if pick == 0 { l } else { r };
                t.fixed = Duration::from_secs_f64(f);
            }
        }
    }
}

/// Whether a series counts in the overall comparison: not when the learner
/// hid under the fixed cost (no ratio, fewer than four usable points, or
/// under a third of the points), nor when it is inconclusive only because
/// its interval is too wide to say anything and its estimate does not point
/// towards `worse` (at most GROWTH_SLOPE): such a series hints at nothing
/// that could change the answer. A wide one pointing at `worse` still votes.
fn votes(s: &Series) -> bool {
    // Mostly hidden (under a third of the points usable): weak evidence.
    let usable = s.points.iter().filter(|p| !p.fixed_dominates).count();
    if usable * 3 < s.points.len() || usable < MIN_VOTING_POINTS {
        return false;
    }
    match (s.comparison, s.ratio_exponent, s.ratio_ci) {
        (_, None, _) | (_, _, None) => false,
        (Comparison::Inconclusive, Some(e), Some([lo, hi])) => {
            !(e <= GROWTH_SLOPE && hi - lo > 2.0 * SAME_MARGIN)
        }
        _ => true,
    }
}

/// Whether a series is inconclusive only between `same` and `better`: its
/// ratio slope's whole interval is under the line of `worse` (a JIT that
/// compiles the learner's loops as the sizes grow makes the ratio fall,
/// unevenly).
fn only_not_worse(s: &Series) -> bool {
    s.comparison == Comparison::Inconclusive && s.ratio_ci.is_some_and(|[_, hi]| hi < GROWTH_SLOPE)
}

/// How bad a series' comparison is, for picking the headline series.
fn severity(c: Comparison) -> u8 {
    match c {
        Comparison::Worse => 3,
        Comparison::Inconclusive => 2,
        Comparison::Better => 1,
        Comparison::Same => 0,
    }
}

/// The overall comparison, the per-parameter growth (from the worst series of
/// each parameter) and the sentence.
fn summarize(
    problem: &Problem,
    language: &str,
    file: &Path,
    spec: &crate::spec::ScalingSpec,
    seed: u64,
    series: Vec<Series>,
    warnings: Vec<String>,
) -> ScaleReport {
    // A series where the learner's work hides under the fixed cost at every
    // size gives no evidence either way: it does not vote unless none can.
    // Nor does one that only rules out `worse` (inconclusive between `same`
    // and `better`): it cannot hide a difference the others miss.
    let voting: Vec<Comparison> = series
        .iter()
        .filter(|s| votes(s) && !only_not_worse(s))
        .map(|s| s.comparison)
        .collect();
    let comparison = Comparison::combine(voting);
    // The worst series; among `worse` ones the steepest ratio, otherwise
    // the one with the most usable learner points, the earliest on a tie
    // (a choice by a fluctuating slope would move the classes between reruns).
    let worst = |list: Vec<&Series>| -> Option<Series> {
        let key = |s: &Series| {
            let within = if s.comparison == Comparison::Worse {
                s.ratio_exponent.unwrap_or(0.0)
            } else {
                s.learner.points as f64
            };
            (severity(s.comparison), within)
        };
        list.into_iter()
            .rev()
            .max_by(|a, b| {
                key(a)
                    .partial_cmp(&key(b))
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
            .cloned()
    };
    let (mut learner, mut reference) = (PerParameter::new(), PerParameter::new());
    let mut params: Vec<String> = series.iter().map(|s| s.parameter.clone()).collect();
    params.dedup();
    // Prefer the series that voted (the others hid under the fixed cost).
    let pick = |list: Vec<&Series>| {
        let voted: Vec<&Series> = list.iter().copied().filter(|s| votes(s)).collect();
        worst(if voted.is_empty() { list } else { voted })
    };
    for p in &params {
        if let Some(s) = pick(series.iter().filter(|s| &s.parameter == p).collect()) {
            learner.insert(p.clone(), s.learner.clone());
            reference.insert(p.clone(), s.reference.clone());
        }
    }
    let headline = pick(series.iter().collect());
    let sentence = headline.map_or_else(
        || "nothing could be measured".to_string(),
        |s| super::render::sentence(&s, comparison),
    );
    ScaleReport {
        problem: problem.slug().to_string(),
        language: language.to_string(),
        file: file.display().to_string(),
        seed,
        size: spec.size.clone(),
        expected: spec.expected.clone(),
        comparison,
        learner,
        reference,
        sentence,
        fixed_cost: "subtracted: the CPU time of a null solution (same language and driver, returns a default at once) on the same input is taken off the learner's time".into(),
        budget_ms: 0.0,
        series,
        warnings,
        chart: None,
        seconds: 0.0,
    }
}
