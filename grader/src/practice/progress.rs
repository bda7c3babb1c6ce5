//! `grader progress` and `grader next`: every problem against every language
//! (attempts, first accepted, best CPU time against the reference, hints
//! used, the last verdict), and the suggested next problem — unsolved, in the
//! study list's order, then by difficulty.

use std::fmt::Write;

use colored::Colorize;
use serde::Serialize;

use super::state::{LanguageState, State};
use crate::catalog::Entry;
use crate::error::GradeError;
use crate::language::LANGUAGES;
use crate::problem::Problem;
use crate::spec::Difficulty;

/// One problem's line in the table.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Folder name.
    pub problem: String,
    /// LeetCode number, when it has one.
    pub number: Option<u32>,
    /// Title.
    pub title: String,
    /// `easy`, `medium`, `hard`.
    pub difficulty: String,
    /// Accepted in some language.
    pub solved: bool,
    /// Hints revealed / hints the statement has.
    pub hints_seen: usize,
    /// Hints the statement has.
    pub hints_total: usize,
    /// The editorial was read before solving.
    pub editorial_peeked: bool,
    /// Per language name, only those tried or started.
    pub languages: std::collections::BTreeMap<String, LanguageState>,
}

/// Rows for every problem, in the catalog's order.
pub fn rows(entries: &[Entry], state: &State) -> Result<Vec<Row>, GradeError> {
    let mut rows = Vec::new();
    for entry in entries {
        let problem = Problem::load(&entry.dir)?;
        let statement =
            std::fs::read_to_string(problem.dir.join("statement.md")).unwrap_or_default();
        let record = state
            .problems
            .get(problem.slug())
            .cloned()
            .unwrap_or_default();
        rows.push(Row {
            problem: problem.slug().to_string(),
            number: problem.spec.leetcode.as_ref().map(|l| l.number),
            title: problem.spec.title.clone(),
            difficulty: difficulty(problem.spec.difficulty).to_string(),
            solved: record.solved(),
            hints_seen: record.hints_seen,
            hints_total: super::statement::parse(&statement).hints.len(),
            editorial_peeked: record.editorial_peeked,
            languages: record.languages,
        });
    }
    Ok(rows)
}

fn difficulty(d: Difficulty) -> &'static str {
    match d {
        Difficulty::Easy => "easy",
        Difficulty::Medium => "medium",
        Difficulty::Hard => "hard",
    }
}

/// The suggested next problem: the first unsolved one in `study` order, else
/// the easiest unsolved one (then by LeetCode number).
pub fn next<'a>(rows: &'a [Row], study: &[String]) -> Option<&'a Row> {
    let open = || rows.iter().filter(|r| !r.solved);
    study
        .iter()
        .find_map(|name| open().find(|r| &r.problem == name))
        .or_else(|| {
            open().min_by_key(|r| {
                let rank = ["easy", "medium", "hard"]
                    .iter()
                    .position(|d| *d == r.difficulty);
                (rank, r.number, r.problem.clone())
            })
        })
}

/// One language cell: `✓ 1.4×` (accepted; best time against the reference),
/// `WA 3` (last verdict, attempts), `…` (started, never graded), `·` (untried).
fn cell(lang: Option<&LanguageState>) -> (String, Option<bool>) {
    let Some(l) = lang else {
        return ("·".into(), None);
    };
    if l.first_accepted.is_some() {
        let ratio = match (l.best_ms, l.reference_ms) {
            (Some(b), Some(r)) if r > 0.05 => format!(" {:.1}×", b / r),
            _ => String::new(),
        };
        return (format!("✓{ratio}"), Some(true));
    }
    match &l.last_verdict {
        Some(v) => (format!("{v} {}", l.attempts), Some(false)),
        None => ("…".into(), None),
    }
}

/// The table, with colors when `color` is on.
pub fn render(rows: &[Row], study: &[String], color: bool) -> String {
    let paint = |text: String, how: fn(&str) -> colored::ColoredString| {
        if color {
            how(&text).to_string()
        } else {
            text
        }
    };
    let langs: Vec<&str> = LANGUAGES.iter().map(|l| l.extensions[0]).collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "{:<5} {:<24} {:<6} {:<5}",
        "#", "problem", "level", "hints"
    );
    for l in &langs {
        let _ = write!(out, " {l:<8}");
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    for row in rows {
        let number = row.number.map(|n| n.to_string()).unwrap_or_default();
        let hints = if row.hints_total == 0 {
            "-".to_string()
        } else {
            format!("{}/{}", row.hints_seen, row.hints_total)
        };
        let name = if row.solved {
            paint(format!("{:<24}", row.problem), |t| t.green())
        } else {
            format!("{:<24}", row.problem)
        };
        let _ = write!(out, "{number:<5} {name} {:<6} {hints:<5}", row.difficulty);
        for lang in LANGUAGES {
            let (text, accepted) = cell(row.languages.get(lang.name));
            let padded = format!("{text:<8}");
            let shown = match accepted {
                Some(true) => paint(padded, |t| t.green()),
                Some(false) => paint(padded, |t| t.red()),
                None => paint(padded, |t| t.dimmed()),
            };
            let _ = write!(out, " {shown}");
        }
        if row.editorial_peeked {
            out.push_str(" (editorial read before solving)");
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
    }
    let mut details = String::new();
    for row in rows {
        for (lang, l) in &row.languages {
            let Some(verdict) = &l.last_verdict else {
                continue;
            };
            let day =
                |t: &Option<String>| t.as_deref().map(|t| t.get(..10).unwrap_or(t).to_string());
            let first = match day(&l.first_accepted) {
                Some(d) => format!("accepted first on {d}"),
                None => "not accepted yet".to_string(),
            };
            let best = match (l.best_ms, l.reference_ms) {
                (Some(b), Some(r)) => format!(", best {b:.1} ms (reference {r:.1} ms)"),
                (Some(b), None) => format!(", best {b:.1} ms"),
                _ => String::new(),
            };
            let _ = writeln!(
                details,
                "  {:<24} {lang:<10} {} attempt{}, last {verdict}, {first}{best}",
                row.problem,
                l.attempts,
                if l.attempts == 1 { "" } else { "s" }
            );
        }
    }
    if !details.is_empty() {
        out.push('\n');
        out.push_str(&details);
    }
    let solved = rows.iter().filter(|r| r.solved).count();
    let _ = writeln!(
        out,
        "\n{solved}/{} solved · ✓ accepted (best CPU time ÷ the reference's) · WA 3 = last verdict, attempts · … started · · not tried",
        rows.len()
    );
    match next(rows, study) {
        Some(r) => {
            let _ = writeln!(
                out,
                "next: {} ({}) — `grader start {}`",
                r.problem, r.difficulty, r.problem
            );
        }
        None if !rows.is_empty() => out.push_str("every problem is solved: try another language\n"),
        None => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, number: u32, difficulty: &str, solved: bool) -> Row {
        let mut languages = std::collections::BTreeMap::new();
        if solved {
            languages.insert(
                "python".to_string(),
                LanguageState {
                    attempts: 2,
                    last_verdict: Some("AC".into()),
                    first_accepted: Some("2026-12-02T04:00:00Z".into()),
                    best_ms: Some(30.0),
                    reference_ms: Some(10.0),
                    ..LanguageState::default()
                },
            );
        }
        languages.insert(
            "rust".to_string(),
            LanguageState {
                attempts: 3,
                last_verdict: Some("WA".into()),
                ..LanguageState::default()
            },
        );
        Row {
            problem: name.into(),
            number: Some(number),
            title: name.into(),
            difficulty: difficulty.into(),
            solved,
            hints_seen: 1,
            hints_total: 3,
            editorial_peeked: false,
            languages,
        }
    }

    #[test]
    fn next_follows_the_study_list_then_difficulty() {
        let rows = vec![
            row("kth-largest", 215, "medium", false),
            row("last-stone-weight", 1046, "easy", true),
            row("median-stream", 295, "hard", false),
        ];
        let study = vec!["last-stone-weight".to_string(), "median-stream".to_string()];
        assert_eq!(next(&rows, &study).unwrap().problem, "median-stream");
        assert_eq!(next(&rows, &[]).unwrap().problem, "kth-largest");
    }

    #[test]
    fn table_snapshot() {
        let rows = vec![
            row("kth-largest", 215, "medium", false),
            row("last-stone-weight", 1046, "easy", true),
        ];
        insta::assert_snapshot!(render(&rows, &[], false));
    }
}
