//! The feedback text of a submission at the chosen detail level, and the
//! formats built from it for other systems: JUnit XML (one suite per student,
//! one test case per problem) and Gradescope's `results.json` per student.

use quick_junit::{NonSuccessKind, Report as Junit, TestCase, TestCaseStatus, TestSuite};
use serde_json::json;

use super::gradebook::{number, Book, Submission};

/// How much a student's feedback shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Detail {
    /// The verdict and score of each problem.
    Verdict,
    /// Also each case group's tally and each case's verdict.
    Case,
    /// Also the first failing case: input, expected vs actual, stdout, the compiler's message.
    Full,
}

/// Plain-text feedback on one submission.
pub fn feedback(s: &Submission, detail: Detail) -> String {
    let o = &s.outcome;
    let score = s.score.map_or("not graded".into(), |x| {
        format!("{} / {}", number(x), number(s.points))
    });
    let mut text = format!("{} · {} · {score}\n", o.verdict, o.language);
    if let Some(message) = &o.message {
        let shown = if detail == Detail::Full {
            message.clone()
        } else {
            first_line(message)
        };
        text.push_str(&shown);
        text.push('\n');
    }
    if detail == Detail::Verdict {
        return text;
    }
    let g = &o.groups;
    for (name, t) in [
        ("example", g.example),
        ("hidden", g.hidden),
        ("large", g.large),
        ("random", g.random),
    ] {
        if t.total > 0 {
            text.push_str(&format!("{name}: {}/{}\n", t.passed, t.total));
        }
    }
    let failing: Vec<String> = o
        .cases
        .iter()
        .filter(|c| c.verdict != "AC")
        .map(|c| format!("{} {}", c.name, c.verdict))
        .collect();
    if !failing.is_empty() {
        text.push_str(&format!("failing: {}\n", failing.join(", ")));
    }
    if detail == Detail::Full {
        if let Some(f) = &o.failure {
            text.push_str(&format!(
                "\nfirst failure: {} ({}): {}\ninput:\n{}",
                f.case, f.verdict, f.message, f.input
            ));
            if let Some(e) = &f.expected {
                text.push_str(&format!("expected: {e}\n"));
            }
            if let Some(a) = &f.actual {
                text.push_str(&format!("actual:   {a}\n"));
            }
            if !f.stdout.is_empty() {
                text.push_str(&format!("stdout:\n{}\n", f.stdout.trim_end()));
            }
            let seed = if f.reproduce.contains("--seed") {
                String::new()
            } else {
                format!(" --seed {}", s.seed)
            };
            text.push_str(&format!("reproduce: {}{seed}\n", f.reproduce));
        }
    }
    text
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_string()
}

/// JUnit XML: a suite per student, a test case per problem (skipped when not submitted).
pub fn junit(book: &Book, detail: Detail) -> String {
    let mut report = Junit::new("grader batch");
    for student in &book.students {
        let mine = book.of_student(student);
        let mut suite = TestSuite::new(student.clone());
        for p in &book.problems {
            let status = match mine.get(p.slug.as_str()) {
                None => {
                    let mut status = TestCaseStatus::skipped();
                    status.set_message("not submitted");
                    status
                }
                Some(s) if s.outcome.verdict == "AC" => TestCaseStatus::success(),
                Some(s) => {
                    let kind = if s.outcome.gradable {
                        NonSuccessKind::Failure
                    } else {
                        NonSuccessKind::Error
                    };
                    let mut status = TestCaseStatus::non_success(kind);
                    status
                        .set_type(s.outcome.verdict.clone())
                        .set_message(format!("score {}", s.score.map_or("-".into(), number)))
                        .set_description(feedback(s, detail));
                    status
                }
            };
            let mut case = TestCase::new(p.slug.clone(), status);
            case.set_classname(format!("{student}.{}", p.slug));
            suite.add_test_case(case);
        }
        report.add_test_suite(suite);
    }
    report
        .to_string()
        .unwrap_or_else(|e| format!("<!-- cannot render JUnit: {e} -->\n"))
}

/// Gradescope's `results.json` for one student: a test per problem.
pub fn gradescope(book: &Book, student: &str, detail: Detail) -> String {
    let mine = book.of_student(student);
    let tests: Vec<_> = book
        .problems
        .iter()
        .map(|p| {
            let (score, status, output) = match mine.get(p.slug.as_str()) {
                None => (0.0, "failed", "not submitted\n".to_string()),
                Some(s) => (
                    s.score.unwrap_or(0.0),
                    if s.outcome.verdict == "AC" {
                        "passed"
                    } else {
                        "failed"
                    },
                    feedback(s, detail),
                ),
            };
            json!({
                "name": p.title,
                "number": p.slug,
                "score": score,
                "max_score": p.scoring.points,
                "status": status,
                "output": output,
                "visibility": "visible",
            })
        })
        .collect();
    let result = json!({
        "score": book.total(student),
        "output": format!("{student}: {} / {} points", number(book.total(student)), number(book.points())),
        "visibility": "visible",
        "tests": tests,
    });
    serde_json::to_string_pretty(&result).unwrap_or_default() + "\n"
}
