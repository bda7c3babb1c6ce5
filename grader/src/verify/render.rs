//! Rendering `grader verify` reports: a table for people, JUnit for CI
//! (JSON is the serde form of [`super::ProblemReport`]).

use std::fmt::Write;
use std::time::Duration;

use colored::Colorize;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::ProblemReport;

fn mark(ok: bool) -> colored::ColoredString {
    if ok {
        "✓".green().bold()
    } else {
        "✗".red().bold()
    }
}

/// The human table.
pub fn human(reports: &[ProblemReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let status = if r.ok {
            "verified".green().bold()
        } else {
            "NOT verified".red().bold()
        };
        let _ = writeln!(out, "{} {status} ({:.1} s)", r.problem.bold(), r.seconds);
        for c in &r.checks {
            if c.ok {
                let _ = writeln!(out, "  {} {}: {}", mark(true), c.name, c.summary);
            } else {
                let _ = writeln!(out, "  {} {}:", mark(false), c.name);
                for p in &c.problems {
                    let _ = writeln!(out, "      - {p}");
                }
            }
        }
        if !r.submissions.is_empty() {
            let _ = writeln!(
                out,
                "  {:<48} {:<8} {:<8} {:>10}",
                "submission", "expected", "got", "slowest"
            );
            for s in &r.submissions {
                let got = s.got.map_or("—".to_string(), |v| v.to_string());
                let time = s
                    .slowest_ms
                    .map_or("—".to_string(), |t| format!("{t:.1} ms"));
                let _ = writeln!(
                    out,
                    "  {} {:<46} {:<8} {:<8} {:>10}  {}",
                    mark(s.ok),
                    s.file,
                    s.expected.to_string(),
                    got,
                    time,
                    s.note.dimmed()
                );
            }
        }
        if !r.timing.is_empty() {
            let _ = writeln!(
                out,
                "  {:<10} {:>10} {:>18} {:>8} {:>14}",
                "language", "limit", "slowest accepted", "margin", "slow checked"
            );
            for t in &r.timing {
                let slow = t
                    .slowest_accepted_ms
                    .map_or("—".into(), |s| format!("{s:.1} ms"));
                let margin = t.accepted_margin.map_or("—".into(), |m| format!("{m:.1}×"));
                let _ = writeln!(
                    out,
                    "  {} {:<10} {:>8.0} ms {:>18} {:>8} {:>9} at 1.5×",
                    mark(t.ok),
                    t.language,
                    t.limit_ms,
                    slow,
                    margin,
                    t.slow_checked
                );
            }
        }
        out.push('\n');
    }
    let bad = reports.iter().filter(|r| !r.ok).count();
    let _ = writeln!(
        out,
        "{} {} of {} problems verified",
        mark(bad == 0),
        reports.len() - bad,
        reports.len()
    );
    out
}

/// JUnit: one suite per problem, one test case per check and per submission.
pub fn junit(reports: &[ProblemReport]) -> String {
    let mut junit = Report::new("grader verify");
    for r in reports {
        let mut suite = TestSuite::new(r.problem.clone());
        suite.set_time(Duration::from_secs_f64(r.seconds));
        for c in &r.checks {
            let status = if c.ok {
                TestCaseStatus::success()
            } else {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_message(c.problems.first().cloned().unwrap_or_default())
                    .set_description(c.problems.join("\n"));
                s
            };
            let mut case = TestCase::new(format!("check: {}", c.name), status);
            case.set_classname(&r.problem);
            suite.add_test_case(case);
        }
        for s in &r.submissions {
            let status = if s.ok {
                TestCaseStatus::success()
            } else {
                let mut st = TestCaseStatus::non_success(NonSuccessKind::Failure);
                st.set_message(format!(
                    "expected {}, got {}",
                    s.expected,
                    s.got.map_or("nothing".into(), |v| v.to_string())
                ))
                .set_description(s.note.clone());
                st
            };
            let mut case = TestCase::new(format!("submission: {}", s.file), status);
            case.set_classname(&r.problem);
            if let Some(ms) = s.slowest_ms {
                case.set_time(Duration::from_secs_f64(ms / 1000.0));
            }
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    junit.to_string().unwrap_or_default()
}
