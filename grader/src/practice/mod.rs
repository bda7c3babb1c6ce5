//! The learner's practice loop: starting a problem from LeetCode's stub,
//! reading the statement and hints, re-grading on save, the learner's own
//! cases, and progress — remembered in one data folder ([`home`]).

pub mod home;
pub mod live;
pub mod markdown;
pub mod progress;
pub mod show;
pub mod start;
pub mod state;
pub mod statement;
pub mod watch;
pub mod yours;

use std::path::Path;

use crate::error::GradeError;
use crate::problem::Problem;
use crate::report::Report;

/// After a grading run of the learner's file: records a full run in the
/// progress, and keeps a random counterexample among the learner's own cases.
/// Returns lines to show under the report.
pub fn after_run(
    problem: &Problem,
    file: &Path,
    report: &Report,
    full_run: bool,
) -> Result<Vec<String>, GradeError> {
    let mut notes = Vec::new();
    if full_run {
        state::State::update(|s| s.record(problem.slug(), file, report))?;
    }
    let random_input = report
        .failure
        .as_ref()
        .filter(|f| f.case.starts_with("random/"))
        .and_then(|f| f.saved_input.as_ref());
    if let Some(path) = random_input {
        if let Ok(text) = std::fs::read_to_string(path) {
            let (id, new) = yours::add(problem, &text, "random")?;
            notes.push(if new {
                format!("this counterexample is now your case {id}: it runs first on every `grader test` from now on")
            } else {
                format!("this counterexample is already your case {id}")
            });
        }
    }
    Ok(notes)
}

/// The width to render text at: the terminal's (at most 100), else `$COLUMNS`, else 80.
pub fn text_width() -> usize {
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ fills a winsize; a failure leaves it zeroed.
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    let columns = if ok && size.ws_col > 0 {
        usize::from(size.ws_col)
    } else {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(80)
    };
    columns.clamp(40, 100)
}
