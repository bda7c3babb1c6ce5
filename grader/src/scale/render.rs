//! The human output of `grader scale`: one sentence, a table per series
//! (size, your CPU, reference CPU, ratio), the fits, and a small log-log
//! chart drawn with characters.

use super::fit::Comparison;
use super::report::{ScaleReport, Series};

/// The sentence a learner reads first, from the headline series.
pub fn sentence(s: &Series, overall: Comparison) -> String {
    let last = s.points.last();
    let at = last.map_or(String::new(), |p| {
        let times = if p.ratio >= 1.0 {
            format!("{:.1}× slower than", p.ratio)
        } else {
            format!("{:.1}× faster than", 1.0 / p.ratio.max(1e-9))
        };
        format!(
            ": at {} = {}{} it is {times} the reference",
            s.parameter,
            p.value,
            if p.over_budget {
                " (stopped there)"
            } else {
                ""
            }
        )
    });
    let on = s.context();
    let (l, r) = (s.learner.describe(), s.reference.describe());
    match overall {
        Comparison::Worse => format!(
            "your solution grows like {l} where the reference grows like {r} along {} ({on}){at}.",
            s.parameter
        ),
        Comparison::Same => format!(
            "your solution grows like the reference along every parameter ({l} vs {r} along {}, {on}){at}.",
            s.parameter
        ),
        Comparison::Better => format!(
            "your solution grows more slowly than the reference along {} ({l} vs {r}, {on}){at}.",
            s.parameter
        ),
        Comparison::Inconclusive => format!(
            "inconclusive: the measurements cannot tell whether your solution grows like the reference along {} ({l} vs {r}, {on}){at}.",
            s.parameter
        ),
    }
}

/// The whole human report.
pub fn human(r: &ScaleReport) -> String {
    let mut out = format!(
        "{} · {} · {}\n{}\n\n",
        r.problem, r.language, r.file, r.sentence
    );
    for w in &r.warnings {
        out.push_str(&format!("warning: {w}\n\n"));
    }
    for s in &r.series {
        out.push_str(&format!(
            "{} grows ({}): {}\n",
            s.parameter,
            s.context(),
            comparison_text(s)
        ));
        out.push_str(&format!(
            "  {:>9} {:>12} {:>12} {:>12} {:>9}\n",
            s.parameter, "your CPU ms", "fixed ms", "ref CPU ms", "ratio"
        ));
        for p in &s.points {
            let mark = match (p.over_budget, p.fixed_dominates) {
                (true, _) => " over budget",
                (_, true) => " (mostly fixed cost)",
                _ => "",
            };
            out.push_str(&format!(
                "  {:>9} {:>12.3} {:>12.3} {:>12.3} {:>9.2}{mark}\n",
                p.value, p.learner_ms, p.learner_fixed_ms, p.reference_ms, p.ratio
            ));
        }
        out.push_str(&format!(
            "  yours: {}   reference: {}\n",
            growth_text(&s.learner),
            growth_text(&s.reference)
        ));
        if let Some(why) = &s.stopped {
            out.push_str(&format!("  {why}\n"));
        }
        out.push_str(&terminal_chart(s));
        out.push('\n');
    }
    out.push_str(&format!(
        "expected of the reference: {}. Times are CPU (min of repetitions); {}.\n",
        r.expected, r.fixed_cost
    ));
    if let Some(path) = &r.chart {
        out.push_str(&format!("chart: {path}\n"));
    }
    out.push_str(&format!("comparison: {:?} ({:.1} s)\n", r.comparison, r.seconds).to_lowercase());
    out
}

fn comparison_text(s: &Series) -> String {
    let c = format!("{:?}", s.comparison).to_lowercase();
    match (s.ratio_exponent, s.ratio_ci) {
        (Some(e), Some([lo, hi])) => format!("{c} (ratio slope {e:+.2}, 95% [{lo:+.2}, {hi:+.2}])"),
        _ => format!(
            "{c} (too few points: your code's own work is under a fifth of its time, the rest reading the input, so this series does not count)"
        ),
    }
}

fn growth_text(g: &super::report::Growth) -> String {
    match (g.exponent, g.ci) {
        (Some(e), Some([lo, hi])) => {
            format!("exponent {e:.2} [{lo:.2}, {hi:.2}], class {}", g.describe())
        }
        _ => format!("class {}", g.describe()),
    }
}

/// Rows × columns of the character chart.
const ROWS: usize = 8;
const COLS: usize = 40;

/// A log-log chart of both series' times: `y` yours, `r` the reference, `*` both.
pub fn terminal_chart(s: &Series) -> String {
    let pts: Vec<(f64, f64, f64)> = s
        .points
        .iter()
        .filter(|p| p.learner_net_ms > 0.0 && p.reference_ms > 0.0)
        .map(|p| {
            (
                (p.value as f64).ln(),
                p.learner_net_ms.ln(),
                p.reference_ms.ln(),
            )
        })
        .collect();
    if pts.len() < 2 {
        return String::new();
    }
    let (x0, x1) = (pts[0].0, pts[pts.len() - 1].0);
    let ys = pts.iter().flat_map(|p| [p.1, p.2]);
    let (y0, y1) = ys.fold((f64::MAX, f64::MIN), |(a, b), y| (a.min(y), b.max(y)));
    let col = |x: f64| (((x - x0) / (x1 - x0).max(1e-9)) * (COLS - 1) as f64).round() as usize;
    let row = |y: f64| {
        (ROWS - 1) - (((y - y0) / (y1 - y0).max(1e-9)) * (ROWS - 1) as f64).round() as usize
    };
    let mut grid = vec![vec![' '; COLS]; ROWS];
    for &(x, yl, yr) in &pts {
        grid[row(yr)][col(x)] = 'r';
        let cell = &mut grid[row(yl)][col(x)];
        *cell = if *cell == 'r' { '*' } else { 'y' };
    }
    let mut out = String::new();
    for (i, line) in grid.iter().enumerate() {
        let label = match i {
            0 => format!("{:>9.3}", y1.exp()),
            i if i == ROWS - 1 => format!("{:>9.3}", y0.exp()),
            _ => " ".repeat(9),
        };
        out.push_str(&format!(
            "  {label} ms |{}\n",
            line.iter().collect::<String>().trim_end()
        ));
    }
    out.push_str(&format!(
        "  {} +{}\n  {}  {:<w$}{}   (log-log; y yours, r reference)\n",
        " ".repeat(12),
        "-".repeat(COLS),
        " ".repeat(12),
        s.points[0].value,
        s.points[s.points.len() - 1].value,
        w = COLS - s.points[s.points.len() - 1].value.to_string().len()
    ));
    out
}
