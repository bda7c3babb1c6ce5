//! The result of `grader scale` (serialized as its JSON output): every
//! measured point, the fits of each series, and the summary a learner reads —
//! the classes along each parameter, the comparison, one sentence.

use serde::Serialize;

use super::fit::{best_class, compare_series, log_slope, ClassFit, Comparison};
use super::measure::Timing;
use super::plan::{Axis, SeriesPlan};

/// One measured point.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    /// The growing parameter's value.
    pub value: usize,
    /// The learner's CPU time as measured (ms).
    pub learner_ms: f64,
    /// The null solution's CPU time on the same input (ms): the fixed cost.
    pub learner_fixed_ms: f64,
    /// The learner's time without the fixed cost (ms).
    pub learner_net_ms: f64,
    /// The reference's time (ms), its own fixed cost subtracted.
    pub reference_ms: f64,
    /// learner_net ÷ reference.
    pub ratio: f64,
    /// The learner hit the hard stop here (its time is a lower bound).
    pub over_budget: bool,
    /// The fixed cost is most of the learner's time here (net time imprecise).
    pub fixed_dominates: bool,
}

impl Point {
    /// A point from the two timings.
    pub fn new(value: usize, learner: &Timing, reference: &Timing) -> Point {
        let ms = |d: std::time::Duration| (d.as_secs_f64() * 1e6).round() / 1e3;
        let net = learner.net().as_secs_f64();
        let reference_net = reference.net().as_secs_f64().max(1e-7);
        Point {
            value,
            learner_ms: ms(learner.gross),
            learner_fixed_ms: ms(learner.fixed),
            learner_net_ms: ms(learner.net()),
            reference_ms: ms(reference.net()),
            ratio: (net / reference_net * 1000.0).round() / 1000.0,
            over_budget: learner.over_budget,
            fixed_dominates: learner.fixed_dominates(),
        }
    }
}

/// The growth of one series' times.
#[derive(Debug, Clone, Serialize)]
pub struct Growth {
    /// Log-log slope.
    pub exponent: Option<f64>,
    /// Its 95% interval.
    pub ci: Option<[f64; 2]>,
    /// The most likely class, or `inconclusive`.
    pub class: String,
    /// The classes that fit about as well (when inconclusive).
    pub candidates: Vec<String>,
    /// Points the fit used.
    pub points: usize,
}

impl Growth {
    /// Fits `(value, seconds)` points; classes are written with `var`.
    pub fn fit(points: &[(f64, f64)], var: &str) -> Growth {
        let slope = log_slope(points);
        let round = |x: f64| (x * 100.0).round() / 100.0;
        let (class, candidates) = match best_class(points) {
            ClassFit::Clear(c) => (c.name(var), Vec::new()),
            ClassFit::Inconclusive(cs) => (
                "inconclusive".to_string(),
                cs.iter().map(|c| c.name(var)).collect(),
            ),
        };
        Growth {
            exponent: slope.map(|s| round(s.exponent)),
            ci: slope.map(|s| [round(s.ci[0]), round(s.ci[1])]),
            class,
            candidates,
            points: points.len(),
        }
    }

    /// "n log n", "n or n log n", or "an unclear class".
    pub fn describe(&self) -> String {
        match (self.class.as_str(), self.candidates.len()) {
            ("inconclusive", 0) => "an unclear class (too few points above the fixed cost)".into(),
            ("inconclusive", _) => self.candidates.join(" or "),
            (class, _) => class.to_string(),
        }
    }
}

/// Below this exponent the reference's growth along a parameter is within log factors.
pub const MIN_GROWING_EXPONENT: f64 = 0.5;

/// One measured series and its fits.
#[derive(Debug, Clone, Serialize)]
pub struct Series {
    /// `n` or the second parameter's name.
    pub parameter: String,
    /// The generator pattern.
    pub shape: String,
    /// The other parameter while this one grows (`k = 10`).
    pub held: String,
    /// Learner vs reference along this series.
    pub comparison: Comparison,
    /// Slope of the learner ÷ reference ratio.
    pub ratio_exponent: Option<f64>,
    /// Its 95% interval.
    pub ratio_ci: Option<[f64; 2]>,
    /// The learner's growth (fixed cost subtracted; points hidden under it left out).
    pub learner: Growth,
    /// The reference's growth.
    pub reference: Growth,
    /// Why the series ended before its last value, if it did.
    pub stopped: Option<String>,
    /// The points, ascending.
    pub points: Vec<Point>,
}

impl Series {
    /// "random inputs, k = 10" (or just "random inputs" with nothing held).
    pub fn context(&self) -> String {
        if self.held.is_empty() {
            format!("{} inputs", self.shape)
        } else {
            format!("{} inputs, {}", self.shape, self.held)
        }
    }
}

/// The variable a series is written with in classes (`n`, `k`).
pub fn var_of(axis: Axis, second: Option<&str>) -> String {
    match axis {
        Axis::Size => "n".into(),
        Axis::Second => match second.unwrap_or("k") {
            "lists.length" => "k".into(),
            other => other.to_string(),
        },
    }
}

impl Series {
    /// Fits a measured series.
    pub fn fitted(
        plan: &SeriesPlan,
        var: &str,
        held_var: &str,
        points: Vec<Point>,
        stopped: Option<String>,
    ) -> Series {
        let secs = |p: &Point, ms: f64| (p.value as f64, ms / 1000.0);
        let learner: Vec<(f64, f64)> = points
            .iter()
            .filter(|p| !p.fixed_dominates)
            .map(|p| secs(p, p.learner_net_ms))
            .collect();
        let reference: Vec<(f64, f64)> = points.iter().map(|p| secs(p, p.reference_ms)).collect();
        // Points hidden under the fixed cost have imprecise net times: left
        // out (see `compare_series` for the ranges the ratio is judged on).
        let ratios: Vec<(f64, f64)> = points
            .iter()
            .filter(|p| !p.fixed_dominates)
            .map(|p| (p.value as f64, p.ratio))
            .collect();
        let learner = Growth::fit(&learner, var);
        let reference = Growth::fit(&reference, var);
        // The references are optimal, so "better" needs more: the reference
        // must grow at least like √v along this parameter. A heap's n log k is
        // nearly flat in k at small k, and a sort would look "better" along k
        // by the reference's own slight growth alone: that is a log factor.
        let grows = reference.exponent.is_none_or(|e| e >= MIN_GROWING_EXPONENT);
        let (comparison, slope) = compare_series(&ratios, plan.axis == Axis::Size, grows);
        let round = |x: f64| (x * 100.0).round() / 100.0;
        Series {
            parameter: var.to_string(),
            shape: plan.shape.clone(),
            held: if held_var.is_empty() {
                String::new()
            } else {
                format!("{held_var} = {}", plan.held)
            },
            comparison,
            ratio_exponent: slope.map(|s| round(s.exponent)),
            ratio_ci: slope.map(|s| [round(s.ci[0]), round(s.ci[1])]),
            learner,
            reference,
            stopped,
            points,
        }
    }
}

/// The classes along each parameter, keyed `n` and (where varied) the second's name.
pub type PerParameter = std::collections::BTreeMap<String, Growth>;

/// Everything `grader scale` found.
#[derive(Debug, Clone, Serialize)]
pub struct ScaleReport {
    /// Problem folder name.
    pub problem: String,
    /// The learner's language.
    pub language: String,
    /// The learner's file.
    pub file: String,
    /// Seed of the generated inputs.
    pub seed: u64,
    /// What `n` is.
    pub size: String,
    /// The reference's declared complexity.
    pub expected: String,
    /// The overall comparison: any series worse makes it worse.
    pub comparison: Comparison,
    /// The learner's growth per parameter (on the shape where it compares worst).
    pub learner: PerParameter,
    /// The reference's growth on the same series.
    pub reference: PerParameter,
    /// One sentence for the learner.
    pub sentence: String,
    /// How the fixed cost of a case was separated.
    pub fixed_cost: String,
    /// A point past this much CPU ends its series (ms).
    pub budget_ms: f64,
    /// The measured series.
    pub series: Vec<Series>,
    /// Answers that disagreed with the reference (the timing is still shown).
    pub warnings: Vec<String>,
    /// Where the SVG chart was written.
    pub chart: Option<String>,
    /// Wall time of the whole run, seconds.
    pub seconds: f64,
}
