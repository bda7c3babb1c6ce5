//! JUnit XML for CI systems: one test suite per run, one test case per case.

use std::time::Duration;

use quick_junit::{NonSuccessKind, Report as Junit, TestCase, TestCaseStatus, TestSuite};

use crate::report::Report;
use crate::verdict::Verdict;

/// Renders the report as JUnit XML.
pub fn render(report: &Report) -> String {
    let mut suite = TestSuite::new(format!("{} ({})", report.problem, report.language));
    if report.verdict == Verdict::CE {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
        status.set_type("CE").set_message("Compile Error");
        if let Some(message) = report.compile.as_ref().and_then(|c| c.message.clone()) {
            status.set_description(message);
        }
        let mut case = TestCase::new("compile", status);
        case.set_classname(&report.problem);
        suite.add_test_case(case);
    }
    for result in &report.cases {
        let status = if result.verdict == Verdict::AC {
            TestCaseStatus::success()
        } else {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_type(result.verdict.to_string())
                .set_message(format!(
                    "{}: {}",
                    result.verdict.long_name(),
                    result.message
                ));
            if let Some(f) = report.failure.as_ref().filter(|f| f.case == result.name) {
                let mut description = format!("input:\n{}", f.input);
                if let Some(e) = &f.expected {
                    description.push_str(&format!("expected: {e}\n"));
                }
                if let Some(a) = &f.actual {
                    description.push_str(&format!("actual: {a}\n"));
                }
                description.push_str(&format!("reproduce: {}\n", f.reproduce));
                status.set_description(description);
            }
            status
        };
        let mut case = TestCase::new(result.name.clone(), status);
        case.set_classname(format!("{}.{}", report.problem, result.kind.name()));
        case.set_time(Duration::from_secs_f64(result.time_ms / 1000.0));
        suite.add_test_case(case);
    }
    let mut junit = Junit::new("grader");
    junit.add_test_suite(suite);
    junit
        .to_string()
        .unwrap_or_else(|e| format!("<!-- cannot render JUnit: {e} -->\n"))
}
