//! The statistics of `grader scale`: a log-log slope with its 95% confidence
//! interval (least squares, Student's t), the most likely growth class among a
//! small set chosen by Akaike's information criterion, and the comparison of
//! a learner with the reference from the slope of their time ratio.
//! Every answer may be "inconclusive": too few points, or a criterion that
//! cannot separate the candidates.

use serde::Serialize;

/// A growth class `v^a · (log v)^b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    /// Power of the parameter.
    pub power: u8,
    /// Power of its logarithm.
    pub log: u8,
}

/// The classes a fit chooses from, slowest-growing first.
pub const CLASSES: [Class; 7] = [
    Class { power: 0, log: 0 },
    Class { power: 0, log: 1 },
    Class { power: 1, log: 0 },
    Class { power: 1, log: 1 },
    Class { power: 2, log: 0 },
    Class { power: 2, log: 1 },
    Class { power: 3, log: 0 },
];

impl Class {
    /// The class written with the parameter `v` (`n log n`, `k^2`, `1`).
    pub fn name(self, v: &str) -> String {
        let base = match self.power {
            0 => String::new(),
            1 => v.to_string(),
            p => format!("{v}^{p}"),
        };
        match (base.is_empty(), self.log) {
            (true, 0) => "1".into(),
            (true, _) => format!("log {v}"),
            (false, 0) => base,
            (false, _) => format!("{base} log {v}"),
        }
    }

    /// Parses a class written with `n` (`"n log n"`, `"n^2"`, `"n²"`, `"1"`).
    pub fn parse(text: &str) -> Option<Class> {
        let norm: String = text
            .trim()
            .trim_start_matches("O(")
            .trim_end_matches(')')
            .replace('²', "^2")
            .replace('³', "^3")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        CLASSES.into_iter().find(|c| c.name("n") == norm)
    }

    /// ln of the class's function at `v` (at least 2, so log v > 0).
    fn ln_at(self, v: f64) -> f64 {
        let v = v.max(2.0);
        f64::from(self.power) * v.ln() + f64::from(self.log) * v.ln().ln()
    }

    /// The class's local log-log slope at `v`: what a measured exponent should be near.
    pub fn slope_at(self, v: f64) -> f64 {
        f64::from(self.power) + f64::from(self.log) / v.max(2.0).ln()
    }
}

/// A straight-line fit of `ln y` on `ln x`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Slope {
    /// The exponent.
    pub exponent: f64,
    /// Its 95% confidence interval.
    pub ci: [f64; 2],
}

/// Two-sided 97.5% quantiles of Student's t for 1..=30 degrees of freedom.
const T975: [f64; 30] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042,
];

/// Least-squares slope of `ln y` against `ln x` with its 95% interval; `None`
/// with fewer than three points or no spread in `x`. Non-positive values are skipped.
pub fn log_slope(points: &[(f64, f64)]) -> Option<Slope> {
    let xy: Vec<(f64, f64)> = points
        .iter()
        .filter(|(x, y)| *x > 0.0 && *y > 0.0 && y.is_finite())
        .map(|(x, y)| (x.ln(), y.ln()))
        .collect();
    let m = xy.len();
    if m < 3 {
        return None;
    }
    let mx = xy.iter().map(|p| p.0).sum::<f64>() / m as f64;
    let my = xy.iter().map(|p| p.1).sum::<f64>() / m as f64;
    let sxx: f64 = xy.iter().map(|p| (p.0 - mx).powi(2)).sum();
    if sxx < 1e-12 {
        return None;
    }
    let sxy: f64 = xy.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let b = sxy / sxx;
    let rss: f64 = xy.iter().map(|p| (p.1 - my - b * (p.0 - mx)).powi(2)).sum();
    let se = (rss / (m - 2) as f64 / sxx).sqrt();
    let t = T975[(m - 3).min(T975.len() - 1)];
    Some(Slope {
        exponent: b,
        ci: [b - t * se, b + t * se],
    })
}

/// Which class fits, or why none can be named.
#[derive(Debug, Clone, PartialEq)]
pub enum ClassFit {
    /// One class is clearly the most likely.
    Clear(Class),
    /// Several classes fit about as well (ΔAIC < 2): all of them, best first.
    Inconclusive(Vec<Class>),
}

/// Akaike's criterion cannot tell models apart closer than this.
const AIC_MARGIN: f64 = 2.0;
/// Noise floor of a point, in ln units (timer resolution and jitter): no fit
/// is "perfect", so a tiny residual does not make one class infinitely better.
const NOISE_FLOOR: f64 = 0.02;

/// The most likely class of `y(x)` by AIC. Each class is fitted as
/// `a + b·f(x)` with `a, b ≥ 0` (least squares on relative errors): the
/// constant `a` is work done once per case whatever the parameter (along k at
/// a fixed n, the scan of all n values), which would otherwise flatten a
/// class into a slower one. A class pays for `a` in the criterion when it
/// uses it; the class `1` is the constant alone.
pub fn best_class(points: &[(f64, f64)]) -> ClassFit {
    let pts: Vec<(f64, f64)> = points
        .iter()
        .copied()
        .filter(|(x, y)| *x > 0.0 && *y > 0.0 && y.is_finite())
        .collect();
    let m = pts.len();
    if m < 4 {
        return ClassFit::Inconclusive(Vec::new());
    }
    let mut scored: Vec<(f64, Class)> = CLASSES
        .iter()
        .map(|&c| {
            let (residuals, params) = fit_class(&pts, c);
            let rss: f64 = residuals.iter().map(|v| v * v).sum();
            let aic =
                m as f64 * (rss / m as f64 + NOISE_FLOOR * NOISE_FLOOR).ln() + 2.0 * params as f64;
            (aic, c)
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let best = scored[0].0;
    let close: Vec<Class> = scored
        .iter()
        .take_while(|(aic, _)| aic - best < AIC_MARGIN)
        .map(|&(_, c)| c)
        .collect();
    if close.len() == 1 {
        ClassFit::Clear(close[0])
    } else {
        ClassFit::Inconclusive(close)
    }
}

/// Fits `a + b·f(x)` (class `c`) to the points with weights `1/y²`; returns
/// the log residuals `ln y − ln ŷ` and the number of constants used.
fn fit_class(pts: &[(f64, f64)], c: Class) -> (Vec<f64>, usize) {
    let f = |x: f64| c.ln_at(x).exp();
    let log_residuals = |a: f64, b: f64| -> Vec<f64> {
        pts.iter()
            .map(|&(x, y)| y.ln() - (a + b * f(x)).max(f64::MIN_POSITIVE).ln())
            .collect()
    };
    // One constant, multiplicative: ln y = ln b + ln f(x), least squares in logs.
    let only_b = || {
        let mean = pts.iter().map(|&(x, y)| y.ln() - c.ln_at(x)).sum::<f64>() / pts.len() as f64;
        (log_residuals(0.0, mean.exp()), 1)
    };
    if c.power == 0 && c.log == 0 {
        return only_b();
    }
    let Some((a, b)) = relative_line(pts.iter().map(|&(x, y)| (f(x), y))) else {
        return only_b();
    };
    if a <= 0.0 || b <= 0.0 {
        return only_b();
    }
    let with_a = log_residuals(a, b);
    let plain = only_b();
    let rss = |r: &[f64]| r.iter().map(|v| v * v).sum::<f64>();
    // The constant must earn its place (it costs one parameter).
    if rss(&with_a) < rss(&plain.0) {
        (with_a, 2)
    } else {
        plain
    }
}

/// How a learner's growth compares with the reference's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Comparison {
    /// The time ratio neither grows nor shrinks.
    Same,
    /// The ratio grows: the learner scales worse.
    Worse,
    /// The ratio shrinks: the learner scales better.
    Better,
    /// The data cannot decide.
    Inconclusive,
}

impl Comparison {
    /// Combines the verdicts of several series: any `worse` wins, then any
    /// `inconclusive`, then any `better`; `same` only when all agree.
    pub fn combine(all: impl IntoIterator<Item = Comparison>) -> Comparison {
        let all: Vec<Comparison> = all.into_iter().collect();
        let has = |c| all.contains(&c);
        if all.is_empty() {
            Comparison::Inconclusive
        } else if has(Comparison::Worse) {
            Comparison::Worse
        } else if has(Comparison::Inconclusive) {
            Comparison::Inconclusive
        } else if has(Comparison::Better) {
            Comparison::Better
        } else {
            Comparison::Same
        }
    }
}

/// The thresholds one comparison applies to a ratio's slope and change.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// `worse`/`better` need the slope (point estimate) past ±this.
    pub growth_slope: f64,
    /// …and the interval clear of zero by this much.
    pub growth_margin: f64,
    /// `same` needs the slope within ±this…
    pub same_slope: f64,
    /// …and the interval within ±this.
    pub same_margin: f64,
    /// Up to this slope a ratio can also grow from a log factor plus the
    /// caches, so there the measured change must be `shallow_change`…
    pub steep_slope: f64,
    /// …times what a log factor could do over the same sizes…
    pub shallow_change: f64,
    /// …and above it `steep_change` times.
    pub steep_change: f64,
}

/// The rule on the upper two thirds of a series, where constant overheads
/// no longer count. A ratio slope past ±0.35 (halfway between equal growth
/// and a factor of √n) may be a difference in growth; a log factor (slope
/// ≈ 0.1–0.2 over these ranges) stays `same`. Up to 0.5 a ratio can also
/// grow from a log factor plus the caches (a sort against a heap of ten
/// along n reached 0.47 here, its ratio moving at most 1.95× what a log
/// factor could; selection O(n·k) moved 2.5× to 5.6×), so there the measured
/// change must be 3× a log factor's, above it 2×.
pub const UPPER: Rule = Rule {
    growth_slope: 0.35,
    growth_margin: 0.1,
    same_slope: 0.35,
    same_margin: 0.65,
    steep_slope: 0.5,
    shallow_change: 3.0,
    steep_change: 2.0,
};

/// The rule on every usable point of a series along the second parameter.
/// Over the whole range a difference in growth shows even when the faster
/// side picks up a term of its own at the top (a heap of k on random input
/// pushes k·ln(n/k) times: along k at n = 10⁵ the reference grows like
/// k^0.5 above k ≈ 1000, and a selection loop's ratio, ×60 or more over the
/// series, has only a slope of ~0.5 on the upper points). At a fixed n the
/// data does not grow, so the caches do not drift the ratio. It asks for
/// more: a slope past 0.45 with its interval above 0.15 for `worse`
/// (labelled `same` solutions stayed at or under 0.37, labelled `worse`
/// series decided here were 0.46 and up), and for `same` a slope within ±0.3
/// and an interval within ±0.5.
pub const WHOLE: Rule = Rule {
    growth_slope: 0.45,
    growth_margin: 0.15,
    same_slope: 0.3,
    same_margin: 0.5,
    steep_slope: 0.5,
    shallow_change: 2.0,
    steep_change: 2.0,
};

/// The whole-range rule along n, where the data grows through the caches:
/// a Python sort against the heap-of-ten reference reached a whole-range
/// slope of 0.45 (its list of objects leaving the caches), so `worse` needs
/// a slope past 0.7 (a quadratic quickselect cut short by the budget: 1.2).
pub const WHOLE_ALONG_N: Rule = Rule {
    growth_slope: 0.7,
    ..WHOLE
};

/// `better` from the upper range must hold on the whole range too, with a
/// slope under −0.5. The references are optimal, so a learner's ratio that
/// falls is mostly its own noise at the small sizes (a garbage collector,
/// a JIT, start-up work): the labelled `same` solutions' falling series
/// reached −0.45 on their whole range, never below.
pub const WHOLE_BETTER: Rule = Rule {
    growth_slope: 0.5,
    ..WHOLE
};

/// Fewer usable points than this never say `worse` or `better`.
pub const MIN_DECIDING_POINTS: usize = 5;

/// A slope within ±`UPPER.same_slope` is "same" only if its interval stays inside ±this.
pub const SAME_MARGIN: f64 = UPPER.same_margin;
/// The line between `same` and a difference in growth on the upper points.
pub const GROWTH_SLOPE: f64 = UPPER.growth_slope;

/// Median of a non-empty list.
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// How much the ratio changed across a series (ascending sizes): the median
/// of its upper half over the median of its lower half (the middle point of
/// an odd count in neither), and the change a log factor would make between
/// the halves' median sizes. `(1, 1)` with fewer than two points. Measured,
/// not fitted: solutions of one class differ by constant factors that drift
/// with the size (caches, a heap that is only scanned while k is small), and
/// over a wide span a modest drift is a steep-looking fitted slope; a real
/// difference in growth moves the ratio by far more, and one noisy point
/// cannot move a median.
pub fn measured_change(ratios: &[(f64, f64)]) -> (f64, f64) {
    let half = ratios.len() / 2;
    if half == 0 {
        return (1.0, 1.0);
    }
    let lower = &ratios[..half];
    let upper = &ratios[ratios.len() - half..];
    let low = median(lower.iter().map(|r| r.1).collect());
    let high = median(upper.iter().map(|r| r.1).collect());
    let log_at = |part: &[(f64, f64)]| median(part.iter().map(|r| r.0).collect()).max(3.0).ln();
    let log_factor = (log_at(upper) / log_at(lower)).max(1.0);
    if low > 0.0 && high > 0.0 {
        (high / low, log_factor)
    } else {
        (1.0, log_factor)
    }
}

/// Compares from the learner ÷ reference ratio at each size (`(size, ratio)`,
/// ascending sizes) under `rule`.
pub fn compare_by(ratios: &[(f64, f64)], rule: &Rule) -> (Comparison, Option<Slope>) {
    let Some(slope) = log_slope(ratios) else {
        return (Comparison::Inconclusive, None);
    };
    let (change, log_factor) = measured_change(ratios);
    let e = slope.exponent;
    let needed = log_factor
        * if e.abs() > rule.steep_slope {
            rule.steep_change
        } else {
            rule.shallow_change
        };
    let comparison = if e > rule.growth_slope && slope.ci[0] > rule.growth_margin {
        if change >= needed {
            Comparison::Worse
        } else {
            Comparison::Inconclusive
        }
    } else if e < -rule.growth_slope && slope.ci[1] < -rule.growth_margin {
        if change <= 1.0 / needed {
            Comparison::Better
        } else {
            Comparison::Inconclusive
        }
    } else if e.abs() <= rule.same_slope
        && slope.ci[0] >= -rule.same_margin
        && slope.ci[1] <= rule.same_margin
    {
        Comparison::Same
    } else {
        Comparison::Inconclusive
    };
    (comparison, Some(slope))
}

/// Compares on the upper two thirds of a series only (`UPPER`).
pub fn compare(ratios: &[(f64, f64)]) -> (Comparison, Option<Slope>) {
    compare_by(ratios, &UPPER)
}

/// The comparison of a whole series from its usable ratios (ascending
/// sizes): the upper two thirds (at least four points) under `UPPER`, and
/// every point under the stricter `WHOLE` (`WHOLE_ALONG_N` along n). Either
/// one finding the learner growing faster decides (each is strict enough
/// alone); an upper range that cannot decide defers to a whole range that
/// calls it `same`. `better` needs both (`WHOLE_BETTER`), and a reference
/// that grows (`reference_grows`: the references are optimal, so a ratio
/// that falls because the reference grows by a log factor is `same`). Under
/// `MIN_DECIDING_POINTS` points a difference is `inconclusive`. The slope
/// returned is the deciding range's.
pub fn compare_series(
    ratios: &[(f64, f64)],
    along_n: bool,
    reference_grows: bool,
) -> (Comparison, Option<Slope>) {
    let keep = (ratios.len() * 2).div_ceil(3).max(4).min(ratios.len());
    let mut upper = compare_by(&ratios[ratios.len() - keep..], &UPPER);
    let few = ratios.len() < MIN_DECIDING_POINTS;
    if few && matches!(upper.0, Comparison::Worse | Comparison::Better) {
        upper.0 = Comparison::Inconclusive;
    }
    if keep == ratios.len() || upper.0 == Comparison::Worse {
        return upper;
    }
    if upper.0 == Comparison::Better {
        if !reference_grows {
            upper.0 = Comparison::Same;
        } else if compare_by(ratios, &WHOLE_BETTER).0 != Comparison::Better {
            upper.0 = Comparison::Inconclusive;
        }
        return upper;
    }
    let whole = compare_by(ratios, if along_n { &WHOLE_ALONG_N } else { &WHOLE });
    match (upper.0, whole.0) {
        (_, Comparison::Worse) if !few => whole,
        (Comparison::Inconclusive, Comparison::Same) => whole,
        _ => upper,
    }
}

/// The line `y ≈ a + b·x` fitted by least squares on relative errors
/// (weights 1/y²), as `(a, b)`; `None` when the points cannot fix it.
fn relative_line(points: impl Iterator<Item = (f64, f64)>) -> Option<(f64, f64)> {
    let (mut s0, mut s1, mut s2, mut t0, mut t1) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for (x, y) in points {
        let w = 1.0 / (y * y);
        s0 += w;
        s1 += w * x;
        s2 += w * x * x;
        t0 += w * y;
        t1 += w * x * y;
    }
    let det = s0 * s2 - s1 * s1;
    if det.is_nan() || det.abs() <= 1e-300 * (s0 * s2).max(1.0) {
        return None;
    }
    let b = (s0 * t1 - s1 * t0) / det;
    Some(((t0 - b * s1) / s0, b))
}

/// Smooths a cost that is linear in the size (`a + b·x`), fitted by least
/// squares on relative errors: the fixed cost of reading an input is smooth
/// in its size, one measurement of it is not. `None` with fewer than three
/// points or a fit that goes negative inside the range.
pub fn smooth_linear(points: &[(f64, f64)]) -> Option<Vec<f64>> {
    let pts: Vec<(f64, f64)> = points.iter().copied().filter(|p| p.1 > 0.0).collect();
    if pts.len() < 3 || pts.len() != points.len() {
        return None;
    }
    let (a, b) = relative_line(pts.iter().copied())?;
    let fitted: Vec<f64> = pts.iter().map(|&(x, _)| a + b * x).collect();
    fitted.iter().all(|&f| f > 0.0).then_some(fitted)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Measured `(size, ratio)` points from two lists of the same length.
    fn pairs(sizes: &[f64], ratios: &[f64]) -> Vec<(f64, f64)> {
        assert_eq!(sizes.len(), ratios.len());
        sizes.iter().copied().zip(ratios.iter().copied()).collect()
    }

    /// A sort against the heap-of-ten reference along n, measured: its
    /// ratio grows by a log factor plus cache effects (×2.3 from n = 6250
    /// to 50000).
    fn sort_vs_heap() -> Vec<(f64, f64)> {
        pairs(
            &[3125.0, 6250.0, 12500.0, 25000.0, 50000.0, 100000.0],
            &[3.23, 3.6, 4.45, 7.85, 8.2, 9.06],
        )
    }

    fn series(f: impl Fn(f64) -> f64) -> Vec<(f64, f64)> {
        (0..9)
            .map(|j| {
                let n = 100_000.0 / 2f64.powi(j);
                // A fixed ±3% wobble, so fits are not exact.
                let wobble = if j % 2 == 0 { 1.03 } else { 0.97 };
                (n, f(n) * wobble)
            })
            .rev()
            .collect()
    }

    #[test]
    fn names_and_parses_classes() {
        for c in CLASSES {
            assert_eq!(Class::parse(&c.name("n")), Some(c));
        }
        assert_eq!(Class::parse("O(n²)"), Some(CLASSES[4]));
        assert_eq!(CLASSES[3].name("k"), "k log k");
        assert_eq!(Class::parse("n!"), None);
    }

    #[test]
    fn slope_of_a_power_law_is_its_exponent() {
        let s = log_slope(&series(|n| 3e-6 * n * n)).unwrap();
        assert!((s.exponent - 2.0).abs() < 0.05, "{s:?}");
        assert!(s.ci[0] < s.exponent && s.exponent < s.ci[1]);
        assert!(log_slope(&[(1.0, 1.0), (2.0, 2.0)]).is_none());
    }

    #[test]
    fn picks_the_generating_class_or_says_inconclusive() {
        assert_eq!(
            best_class(&series(|n| n * n)),
            ClassFit::Clear(CLASSES[4]),
            "n^2"
        );
        assert_eq!(
            best_class(&series(|n| 5.0 * n)),
            ClassFit::Clear(CLASSES[2])
        );
        // Work done once per case (a scan of n at a fixed n) under a
        // growing one: still the growing class, not a flatter one.
        assert_eq!(
            best_class(&series(|k| 30.0 + 0.02 * k)),
            ClassFit::Clear(CLASSES[2]),
            "30 + k/50"
        );
        // Three points cannot decide anything.
        assert_eq!(
            best_class(&series(|n| n)[..3]),
            ClassFit::Inconclusive(Vec::new())
        );
        // Pure noise around a constant with a huge wobble: several classes fit.
        let noisy: Vec<(f64, f64)> = (1..6)
            .map(|i| (i as f64 * 10.0, [1.0, 9.0][i % 2]))
            .collect();
        assert!(matches!(best_class(&noisy), ClassFit::Inconclusive(v) if v.len() > 1));
    }

    #[test]
    fn compares_by_the_ratio_slope() {
        let ratio = |f: fn(f64) -> f64| series(f);
        assert_eq!(compare(&ratio(|n| n / 100.0)).0, Comparison::Worse);
        assert_eq!(compare(&ratio(|n| 100.0 / n)).0, Comparison::Better);
        assert_eq!(compare(&ratio(|_| 4.0)).0, Comparison::Same);
        let wild: Vec<(f64, f64)> = (1..5).map(|i| (i as f64, [1.0, 30.0][i % 2])).collect();
        assert_eq!(compare(&wild).0, Comparison::Inconclusive);
        // A clear slope over a short span (×4 in size) moves the ratio
        // only ×1.9: not enough to call it a difference in growth.
        let drift: Vec<(f64, f64)> = (0..9)
            .map(|i| {
                let x = 100.0 * 2f64.powf(f64::from(i) / 4.0);
                (x, 0.01 * x.powf(0.6))
            })
            .collect();
        let slope = log_slope(&drift).unwrap();
        assert!(slope.exponent > GROWTH_SLOPE && slope.ci[0] > UPPER.growth_margin);
        let (change, log_factor) = measured_change(&drift);
        assert!(
            change < UPPER.steep_change && log_factor > 1.0,
            "{change} {log_factor}"
        );
        assert_eq!(compare(&drift).0, Comparison::Inconclusive);
        // A median ignores one wild point at either end.
        let one_low = [
            (1.0, 0.01),
            (2.0, 1.0),
            (3.0, 1.1),
            (4.0, 1.0),
            (5.0, 1.2),
            (6.0, 1.1),
        ];
        assert!((measured_change(&one_low).0 - 1.1).abs() < 1e-9);
        // A ratio that grows by a log factor (a sort against a heap of size
        // 10, plus cache effects: ×2.3 from n = 6250 to 50000) is not worse.
        let sort_vs_heap = sort_vs_heap();
        assert_ne!(compare(&sort_vs_heap).0, Comparison::Worse);
    }

    #[test]
    fn a_whole_series_decides_what_its_upper_part_cannot() {
        // Selection O(n·k) against a heap of k along k at n = 10⁵, measured:
        // ×66 over the series, but the heap's own k·ln(n/k) pushes flatten
        // the upper points to a slope of ~0.47.
        let selection = pairs(
            &[13.0, 32.0, 79.0, 200.0, 501.0, 1258.0, 3159.0, 7931.0],
            &[4.57, 12.58, 31.56, 74.48, 148.6, 178.78, 255.76, 301.72],
        );
        assert_ne!(compare(&selection[2..]).0, Comparison::Worse);
        assert_eq!(compare_series(&selection, false, true).0, Comparison::Worse);
        // Two heaps in Python against the reference, measured on ascending
        // calls: the upper points alone are too scattered to say.
        let two_heaps = pairs(
            &[195.0, 3125.0, 6250.0, 12500.0, 25000.0, 50000.0],
            &[15.99, 18.09, 22.67, 21.13, 34.39, 46.24],
        );
        assert_eq!(compare(&two_heaps[2..]).0, Comparison::Inconclusive);
        assert_eq!(compare_series(&two_heaps, true, true).0, Comparison::Same);
        // A log factor plus caches (sort against a heap of ten, measured)
        // stays below the whole range's line too.
        let sort_vs_heap = sort_vs_heap();
        assert_ne!(
            compare_series(&sort_vs_heap, true, true).0,
            Comparison::Worse
        );
        // A Python sort against the heap of ten along n, measured: its list
        // of objects leaves the caches, the whole range reaches 0.45, which
        // is `worse` along k but not along n.
        let py_sort = pairs(
            &[
                390.0, 781.0, 1562.0, 3125.0, 6250.0, 12500.0, 25000.0, 50000.0, 100000.0,
            ],
            &[
                10.78, 13.47, 16.47, 44.92, 56.19, 70.16, 79.71, 88.85, 115.77,
            ],
        );
        assert_ne!(compare_series(&py_sort, true, true).0, Comparison::Worse);
        assert_eq!(compare_series(&py_sort, false, true).0, Comparison::Worse);
        // Three points that seem to climb decide nothing.
        let three = [(100.0, 1.0), (200.0, 2.1), (400.0, 4.3)];
        assert_eq!(
            compare_series(&three, true, true).0,
            Comparison::Inconclusive
        );
        // Python two heaps against the reference, measured: a garbage
        // collection in the learner's process made the upper points fall
        // (slope −0.72), the whole range only −0.45: not `better`.
        let gc = pairs(
            &[781.0, 1562.0, 3125.0, 12500.0, 25000.0, 50000.0],
            &[111.93, 125.19, 134.74, 61.99, 41.58, 16.42],
        );
        assert_eq!(compare(&gc[2..]).0, Comparison::Better);
        assert_eq!(compare_series(&gc, true, true).0, Comparison::Inconclusive);
        // A ratio that falls because the reference grows by a log factor
        // (a sort against the heap along k) is `same`.
        assert_eq!(compare_series(&gc, false, false).0, Comparison::Same);
        // A learner's start-up work makes the whole range fall: not `better`.
        let startup = pairs(
            &[100.0, 200.0, 400.0, 800.0, 1600.0, 3200.0, 6400.0],
            &[40.0, 14.0, 6.0, 3.0, 2.9, 3.1, 3.0],
        );
        assert_ne!(compare_series(&startup, true, true).0, Comparison::Better);
    }

    #[test]
    fn smooths_a_noisy_line() {
        let pts: Vec<(f64, f64)> = (1..=8)
            .map(|i| {
                let x = 1000.0 * f64::from(i);
                (x, (0.05 + 0.001 * x) * if i % 3 == 0 { 1.3 } else { 1.0 })
            })
            .collect();
        let s = smooth_linear(&pts).unwrap();
        // The outliers (×1.3) are pulled back towards the line.
        assert!((s[2] - 3.05).abs() < 0.5, "{s:?}");
        assert!(smooth_linear(&pts[..2]).is_none());
    }

    #[test]
    fn combining_lets_worse_win_and_needs_agreement_for_same() {
        use Comparison::*;
        assert_eq!(Comparison::combine([Same, Worse, Better]), Worse);
        assert_eq!(Comparison::combine([Same, Inconclusive]), Inconclusive);
        assert_eq!(Comparison::combine([Same, Better]), Better);
        assert_eq!(Comparison::combine([Same, Same]), Same);
        assert_eq!(Comparison::combine([]), Inconclusive);
    }
}
