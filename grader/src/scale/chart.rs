//! The SVG chart of `grader scale` (crate `plotters`, SVG backend): one
//! log-log panel per series, your CPU time (fixed cost subtracted) and the
//! reference's against the growing parameter.

use std::path::Path;

use plotters::prelude::*;

use super::report::{ScaleReport, Series};

/// Size of one panel, pixels.
const PANEL: (u32, u32) = (640, 360);

/// Writes the chart of `report` to `path`.
pub fn write_svg(report: &ScaleReport, path: &Path) -> Result<(), String> {
    let shown: Vec<&Series> = report
        .series
        .iter()
        .filter(|s| s.points.len() >= 2)
        .collect();
    if shown.is_empty() {
        return Err("no series has two points to draw".into());
    }
    let height = PANEL.1 * shown.len() as u32;
    let root = SVGBackend::new(path, (PANEL.0, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    for (area, s) in root.split_evenly((shown.len(), 1)).iter().zip(shown) {
        panel(area, s).map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

fn panel(area: &Area, s: &Series) -> Result<(), Box<dyn std::error::Error>> {
    let xs = s.points.iter().map(|p| p.value as f64);
    let ys = s
        .points
        .iter()
        .flat_map(|p| [p.learner_net_ms, p.reference_ms])
        .filter(|v| *v > 0.0);
    let (x0, x1) = xs.fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(x), b.max(x)));
    let (y0, y1) = ys.fold((f64::MAX, f64::MIN), |(a, b), y| (a.min(y), b.max(y)));
    let mut chart = ChartBuilder::on(area)
        .caption(
            format!(
                "{} grows ({}): {:?}",
                s.parameter,
                s.context(),
                s.comparison
            )
            .to_lowercase(),
            ("sans-serif", 16),
        )
        .margin(12)
        .x_label_area_size(32)
        .y_label_area_size(56)
        .build_cartesian_2d(
            (x0 * 0.9..x1 * 1.1).log_scale(),
            (y0 * 0.8..y1 * 1.25).log_scale(),
        )?;
    chart
        .configure_mesh()
        .x_desc(s.parameter.as_str())
        .y_desc("CPU ms")
        .draw()?;
    let mine: Vec<(f64, f64)> = s
        .points
        .iter()
        .map(|p| (p.value as f64, p.learner_net_ms.max(y0)))
        .collect();
    let theirs: Vec<(f64, f64)> = s
        .points
        .iter()
        .map(|p| (p.value as f64, p.reference_ms.max(y0)))
        .collect();
    chart
        .draw_series(LineSeries::new(mine.clone(), RED.stroke_width(2)))?
        .label("yours (fixed cost subtracted)")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], RED));
    chart.draw_series(mine.iter().map(|&p| Circle::new(p, 3, RED.filled())))?;
    chart
        .draw_series(LineSeries::new(theirs.clone(), BLUE.stroke_width(2)))?
        .label("reference")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], BLUE));
    chart.draw_series(theirs.iter().map(|&p| Circle::new(p, 3, BLUE.filled())))?;
    chart
        .configure_series_labels()
        .border_style(BLACK)
        .background_style(WHITE.mix(0.8))
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::scale::fit::Comparison;
    use crate::scale::measure::Timing;
    use crate::scale::plan::{Axis, SeriesPlan};
    use crate::scale::report::{Point, Series};

    #[test]
    fn writes_one_panel_per_series_with_its_title() {
        let timing = |ms: u64| Timing {
            gross: Duration::from_millis(ms),
            fixed: Duration::from_millis(1),
            over_budget: false,
            runs: 3,
        };
        let points: Vec<Point> = [(100, 2, 3), (1000, 20, 25), (10000, 250, 240)]
            .iter()
            .map(|&(v, l, r)| Point::new(v, &timing(l), &timing(r)))
            .collect();
        let plan = SeriesPlan {
            axis: Axis::Size,
            shape: "sorted-ascending".into(),
            held: 10,
            values: vec![100, 1000, 10000],
        };
        let series = Series::fitted(&plan, "n", "k", points, None);
        let report = ScaleReport {
            problem: "kth-largest".into(),
            language: "rust".into(),
            file: "a.rs".into(),
            seed: 1,
            size: "nums.length".into(),
            expected: "O(n log k)".into(),
            comparison: Comparison::Same,
            learner: Default::default(),
            reference: Default::default(),
            sentence: String::new(),
            fixed_cost: String::new(),
            budget_ms: 250.0,
            series: vec![series],
            warnings: Vec::new(),
            chart: None,
            seconds: 0.0,
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chart.svg");
        write_svg(&report, &path).unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        assert!(
            svg.starts_with("<svg") && svg.contains("sorted-ascending inputs, k = 10"),
            "{svg}"
        );
        let empty = ScaleReport {
            series: Vec::new(),
            ..report
        };
        assert!(write_svg(&empty, &path).is_err());
    }
}
