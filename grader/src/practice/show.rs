//! `grader show`: the statement rendered for a terminal, the next hint (each
//! revealed hint is recorded), and the editorial — only once the problem is
//! solved, or when the learner asks to peek (recorded too).

use super::markdown::render_terminal;
use super::state::State;
use super::statement::{parse, Statement};
use crate::error::GradeError;
use crate::problem::Problem;

/// The problem's statement file, parsed.
pub fn statement(problem: &Problem) -> Result<Statement, GradeError> {
    let path = problem.dir.join("statement.md");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        GradeError::Spec(crate::error::SpecError::new(
            &path,
            format!("cannot read the statement: {e}"),
        ))
    })?;
    Ok(parse(&text))
}

/// The statement (without hints and editorial), with a line on what else there is.
pub fn render_statement(
    problem: &Problem,
    color: bool,
    width: usize,
) -> Result<String, GradeError> {
    let s = statement(problem)?;
    let mut out = render_terminal(&s.body, color, width);
    let state = State::load()?;
    let seen = state
        .problems
        .get(problem.slug())
        .map_or(0, |p| p.hints_seen)
        .min(s.hints.len());
    if !s.hints.is_empty() {
        out.push_str(&format!(
            "\nHints: {seen} of {} revealed — `grader show {} --hint` reveals the next one.\n",
            s.hints.len(),
            problem.slug()
        ));
    }
    Ok(out)
}

/// Reveals the next hint (recording it) and renders every hint revealed so far.
pub fn reveal_hint(problem: &Problem, color: bool, width: usize) -> Result<String, GradeError> {
    let s = statement(problem)?;
    if s.hints.is_empty() {
        return Ok(format!("{} has no hints.\n", problem.slug()));
    }
    let total = s.hints.len();
    let (before, now) = State::update(|state| {
        let record = state.problem(problem.slug());
        let before = record.hints_seen.min(total);
        record.hints_seen = (before + 1).min(total);
        (before, record.hints_seen)
    })?;
    let mut markdown = String::new();
    for (i, hint) in s.hints.iter().take(now).enumerate() {
        let new = if i + 1 > before { " (new)" } else { "" };
        markdown.push_str(&format!("Hint {} of {total}{new}: {hint}\n\n", i + 1));
    }
    let mut out = render_terminal(&markdown, color, width);
    if before == total {
        out.push_str("Every hint is revealed; the editorial opens once you are accepted.\n");
    }
    Ok(out)
}

/// The editorial, if the problem is solved or `peek` is set (a peek before
/// solving is recorded). `Err` with what to do otherwise.
pub fn editorial(
    problem: &Problem,
    peek: bool,
    color: bool,
    width: usize,
) -> Result<String, GradeError> {
    let s = statement(problem)?;
    let Some(text) = s.editorial else {
        return Ok(format!("{} has no editorial yet.\n", problem.slug()));
    };
    let mut state = State::load()?;
    let record = state.problem(problem.slug());
    if !record.solved() && !record.editorial_peeked {
        if !peek {
            return Err(GradeError::Usage(format!(
                "the editorial of {slug} opens after your first accepted submission; to read it now anyway, run `grader show {slug} --editorial --peek` (your progress will say you peeked)",
                slug = problem.slug()
            )));
        }
        record.editorial_peeked = true;
        state.save()?;
    }
    Ok(render_terminal(
        &format!("# Editorial\n\n{text}"),
        color,
        width,
    ))
}
