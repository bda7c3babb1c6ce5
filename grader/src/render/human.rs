//! The human reporter: a line per case group, the first failure in detail
//! (input, expected vs actual, a diff for long answers, the learner's own
//! output, the command that reproduces it), and a summary with timings.

use std::fmt::Write;

use colored::Colorize;

use super::diff::{diff, DIFF_FROM};
use crate::case::CaseKind;
use crate::report::{Failure, Report};
use crate::verdict::Verdict;

fn verdict_colored(v: Verdict) -> colored::ColoredString {
    let text = v.long_name();
    match v {
        Verdict::AC => text.green().bold(),
        Verdict::IE => text.magenta().bold(),
        _ => text.red().bold(),
    }
}

/// Renders the report for a terminal (colors follow `colored`'s global switch).
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} · {} · {} · {}",
        report.problem.bold(),
        report.title,
        report.language,
        report.file
    );
    if report.sandbox.starts_with("off") {
        let _ = writeln!(
            out,
            "{}",
            format!("warning: sandbox {}", report.sandbox)
                .yellow()
                .bold()
        );
    }
    if let Some(compile) = &report.compile {
        if compile.message.is_none() {
            let how = if compile.cached {
                "build cached, not recompiled".to_string()
            } else {
                format!("compiled in {:.2} s", compile.seconds)
            };
            let _ = writeln!(out, "  {}", how.dimmed());
        }
    }
    if report.verdict == Verdict::CE {
        let _ = writeln!(
            out,
            "\n{} {}",
            "✗".red().bold(),
            verdict_colored(Verdict::CE)
        );
        let message = report
            .compile
            .as_ref()
            .and_then(|c| c.message.as_deref())
            .unwrap_or("");
        for line in message.lines() {
            let _ = writeln!(out, "    {line}");
        }
        return out;
    }
    for kind in [
        CaseKind::Yours,
        CaseKind::Example,
        CaseKind::Hidden,
        CaseKind::Large,
        CaseKind::Random,
    ] {
        let group = report.group(kind);
        if group.is_empty() {
            continue;
        }
        let passed = group.iter().filter(|c| c.verdict == Verdict::AC).count();
        let mut line = format!("  {:<8} {:>3}/{:<3}", kind.name(), passed, group.len());
        if passed == group.len() {
            let _ = write!(line, " {}", "passed".green());
        } else {
            let failed: Vec<String> = group
                .iter()
                .filter(|c| c.verdict != Verdict::AC)
                .map(|c| format!("{} ({})", c.name, c.verdict))
                .collect();
            let shown: Vec<String> = failed.iter().take(3).cloned().collect();
            let more = if failed.len() > 3 {
                format!(", … {} more", failed.len() - 3)
            } else {
                String::new()
            };
            let _ = write!(line, " {} {}{more}", "failed:".red(), shown.join(", "));
        }
        let _ = writeln!(out, "{line}");
    }
    if let Some(r) = &report.random {
        let mut line = format!("  {:<8} {:>3}/{:<3}", "random", r.passed, r.ran);
        if r.passed == r.ran {
            let _ = write!(
                line,
                " {} against the reference (seed {})",
                "passed".green(),
                r.seed
            );
        } else {
            let _ = write!(
                line,
                " {} after {} random cases (seed {})",
                "failed".red(),
                r.ran,
                r.seed
            );
        }
        let _ = writeln!(out, "{line}");
    }
    if let Some(f) = &report.failure {
        out.push('\n');
        failure(&mut out, f);
    }
    out.push('\n');
    let mark = if report.verdict == Verdict::AC {
        "✓".green().bold()
    } else {
        "✗".red().bold()
    };
    let _ = writeln!(
        out,
        "{mark} {}  {}/{} cases passed",
        verdict_colored(report.verdict),
        report.passed,
        report.total
    );
    if let Some(s) = &report.slowest {
        let vs_ref = match s.reference_ms {
            Some(r) if r > 0.0 => format!(", {} reference ({r:.1} ms)", ratio(s.time_ms / r)),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  slowest case {}: {:.1} ms of the {:.0} ms limit{vs_ref}",
            s.case, s.time_ms, s.limit_ms
        );
    }
    if let Some(hint) = crate::scale::hint(report) {
        let _ = writeln!(out, "  {}", hint.yellow());
    }
    if let (Verdict::AC, Some(editorial)) = (report.verdict, &report.editorial) {
        let approaches: Vec<&str> = editorial
            .lines()
            .filter_map(|l| l.strip_prefix("### "))
            .filter(|h| h.starts_with("Approach"))
            .collect();
        let _ = writeln!(
            out,
            "\n  {} {}",
            "Accepted: the editorial is unlocked".bold(),
            format!("(`grader show {} --editorial`)", report.problem).dimmed()
        );
        for approach in approaches {
            let _ = writeln!(out, "    · {approach}");
        }
    }
    out
}

/// `1.3×`, `0.05×`, `120×`: two significant digits.
fn ratio(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.0}×")
    } else if x >= 0.1 {
        format!("{x:.1}×")
    } else {
        format!("{x:.2}×")
    }
}

fn failure(out: &mut String, f: &Failure) {
    let _ = writeln!(out, "{} on {}", verdict_colored(f.verdict), f.case.bold());
    if !f.message.is_empty() {
        for line in f.message.lines() {
            let _ = writeln!(out, "  {line}");
        }
    }
    match (f.original_size, f.minimal_size) {
        (Some(from), Some(to)) => {
            let _ = writeln!(out, "  {}", format!("input shrunk from size {from} to {to} in {} steps; it still fails the same way:", f.shrink_steps.unwrap_or(0)).bold());
        }
        _ => {
            let _ = writeln!(out, "  {}", "input:".bold());
        }
    }
    for (i, line) in f.input.lines().enumerate() {
        match f.params.get(i) {
            Some(name) => {
                let _ = writeln!(out, "    {name} = {line}");
            }
            None => {
                let _ = writeln!(out, "    {line}");
            }
        }
    }
    if let Some(path) = &f.input_file {
        let _ = writeln!(
            out,
            "    (shortened; the full input is in {})",
            path.display()
        );
    }
    if let Some(expected) = &f.expected {
        let _ = writeln!(out, "  {} {}", "expected:".bold(), expected.green());
    }
    if let Some(actual) = &f.actual {
        let _ = writeln!(out, "  {}   {}", "actual:".bold(), actual.red());
    }
    if let (Some(e), Some(a)) = (&f.expected, &f.actual) {
        if e.len().max(a.len()) >= DIFF_FROM {
            let _ = writeln!(out, "  {} (- expected, + actual)", "diff:".bold());
            out.push_str(&diff(e, a));
        }
    }
    if !f.stdout.trim().is_empty() {
        let _ = writeln!(out, "  {}", "your output (stdout and stderr):".bold());
        for line in f.stdout.lines() {
            let _ = writeln!(out, "    {} {line}", "|".dimmed());
        }
    }
    let _ = writeln!(out, "  {} {}", "reproduce:".bold(), f.reproduce);
    if let (Some(replay), Some(saved)) = (&f.replay, &f.saved_input) {
        let _ = writeln!(out, "  {}    {replay}", "replay:".bold());
        let _ = writeln!(out, "  {}", format!("(the minimal input is saved in {}, with the expected output beside it: copy both into a problem's cases/hidden/ to keep it)", saved.display()).dimmed());
    }
}

/// Renders a `grader run` result.
pub fn render_custom(r: &crate::custom::CustomRun) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} · custom input", r.problem.bold());
    for (i, line) in r.input.lines().enumerate() {
        let _ = writeln!(
            out,
            "  {} = {line}",
            r.params.get(i).map_or("arg", String::as_str)
        );
    }
    if let Some(message) = &r.compile_error {
        let _ = writeln!(
            out,
            "\n{} {}",
            "✗".red().bold(),
            verdict_colored(Verdict::CE)
        );
        for line in message.lines() {
            let _ = writeln!(out, "    {line}");
        }
        return out;
    }
    let _ = writeln!(
        out,
        "  {} {}",
        "your answer:".bold(),
        r.answer.as_deref().unwrap_or("(none)")
    );
    let _ = writeln!(out, "  {}   {}", "reference:".bold(), r.expected);
    if !r.stdout.trim().is_empty() {
        let _ = writeln!(out, "  {}", "your output (stdout and stderr):".bold());
        for line in r.stdout.lines() {
            let _ = writeln!(out, "    {} {line}", "|".dimmed());
        }
    }
    let mark = if r.verdict == Verdict::AC {
        "✓".green().bold()
    } else {
        "✗".red().bold()
    };
    let why = if r.message.is_empty() {
        String::new()
    } else {
        format!(": {}", r.message)
    };
    let _ = writeln!(
        out,
        "{mark} {}{why}  ({:.1} ms; reference {:.1} ms)",
        verdict_colored(r.verdict),
        r.time_ms,
        r.reference_ms
    );
    out
}
