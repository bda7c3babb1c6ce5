//! The gradebook: every submission's outcome with its score, the students,
//! the problems and the roster's issues — the one model every output is
//! rendered from (`results.json` is this model as JSON; a partition's
//! `part.json` is the same with its share marked). Sorted, and free of
//! times, so that equal inputs give equal bytes.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::GradeError;
use crate::spec::ScoringSpec;

use super::outcome::Outcome;
use super::roster::Issue;

/// Version of the `results.json` / `part.json` layout.
pub const FORMAT: u32 = 1;

/// One problem of the batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemInfo {
    /// Folder name.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Hash of the problem folder the results were graded against.
    pub version: String,
    /// Points and group weights (`[scoring]`).
    pub scoring: ScoringSpec,
}

/// One graded submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// Student id.
    pub student: String,
    /// Problem folder name.
    pub problem: String,
    /// The file, relative to the roster.
    pub file: String,
    /// SHA-256 of the file's content.
    pub sha256: String,
    /// Score in `[0, points]` (0 for a compile error; `null` when not gradable).
    pub score: Option<f64>,
    /// The problem's points.
    pub points: f64,
    /// Cases accepted (the random stage counts as one case).
    pub cases_passed: usize,
    /// Cases run.
    pub cases_total: usize,
    /// Seed of the random stage (replay with `grader test … --seed`).
    pub seed: u64,
    /// Random cases planned.
    pub random: usize,
    /// What grading found.
    #[serde(flatten)]
    pub outcome: Outcome,
}

impl Submission {
    /// Scores `outcome` for the record.
    pub fn new(
        student: &str,
        problem: &ProblemInfo,
        file: &str,
        sha256: &str,
        seed: u64,
        random: usize,
        outcome: Outcome,
    ) -> Submission {
        let (cases_passed, cases_total) = outcome.cases_passed_total();
        Submission {
            student: student.to_string(),
            problem: problem.slug.clone(),
            file: file.to_string(),
            sha256: sha256.to_string(),
            score: outcome.gradable.then(|| outcome.score(&problem.scoring)),
            points: problem.scoring.points,
            cases_passed,
            cases_total,
            seed,
            random,
            outcome,
        }
    }
}

/// A partition's place: `index` of `count`, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    /// 1-based index.
    pub index: u32,
    /// Number of partitions.
    pub count: u32,
}

/// Everything a batch produced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Book {
    /// Layout version ([`FORMAT`]).
    pub format: u32,
    /// The batch seed every submission's seed derives from.
    pub batch_seed: u64,
    /// Random cases per submission.
    pub random: usize,
    /// The gradebook's columns.
    pub problems: Vec<ProblemInfo>,
    /// Every student (of this share), sorted.
    pub students: Vec<String>,
    /// Every graded submission, sorted by student then problem.
    pub submissions: Vec<Submission>,
    /// What in the roster was not graded, and why.
    pub issues: Vec<Issue>,
    /// For a partial folder: which share it holds.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub partition: Option<Share>,
}

impl Book {
    /// Puts students, submissions and issues in their canonical order.
    pub fn sort(&mut self) {
        self.students.sort();
        self.students.dedup();
        self.submissions
            .sort_by(|a, b| (&a.student, &a.problem).cmp(&(&b.student, &b.problem)));
        self.issues.sort();
    }

    /// A student's submissions by problem.
    pub fn of_student(&self, student: &str) -> BTreeMap<&str, &Submission> {
        self.submissions
            .iter()
            .filter(|s| s.student == student)
            .map(|s| (s.problem.as_str(), s))
            .collect()
    }

    /// A student's total: the sum of gradable scores (missing work counts 0).
    pub fn total(&self, student: &str) -> f64 {
        let sum: f64 = self
            .of_student(student)
            .values()
            .filter_map(|s| s.score)
            .sum();
        super::outcome::round2(sum) + 0.0
    }

    /// Points of the whole problem set.
    pub fn points(&self) -> f64 {
        self.problems.iter().map(|p| p.scoring.points).sum()
    }
}

/// Formats a score without trailing zeros (`100`, `66.67`).
pub fn number(x: f64) -> String {
    // `+ 0.0` turns a negative zero (an empty sum) into 0.
    let text = format!("{:.2}", x + 0.0);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `gradebook.csv`: a row per student, a column per problem (its score;
/// 0 when not submitted, empty when the grader could not grade it), a total.
pub fn csv(book: &Book) -> Result<String, GradeError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["student".to_string()];
    header.extend(book.problems.iter().map(|p| p.slug.clone()));
    header.push("total".into());
    let fail = |e: csv::Error| GradeError::Internal(format!("cannot write the gradebook: {e}"));
    writer.write_record(&header).map_err(fail)?;
    for student in &book.students {
        let mine = book.of_student(student);
        let mut row = vec![student.clone()];
        for p in &book.problems {
            row.push(match mine.get(p.slug.as_str()) {
                None => "0".into(),
                Some(s) => s.score.map(number).unwrap_or_default(),
            });
        }
        row.push(number(book.total(student)));
        writer.write_record(&row).map_err(fail)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| GradeError::Internal(format!("cannot write the gradebook: {e}")))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Writes `text` to `dir/name` (creating folders), naming the file on failure.
pub fn write(dir: &Path, name: &str, text: &str) -> Result<(), GradeError> {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| GradeError::Usage(format!("cannot create {}: {e}", parent.display())))?;
    }
    std::fs::write(&path, text)
        .map_err(|e| GradeError::Usage(format!("cannot write {}: {e}", path.display())))
}

/// The book as pretty JSON with a final newline.
pub fn json(book: &Book) -> String {
    serde_json::to_string_pretty(book).unwrap_or_default() + "\n"
}

/// Reads a `results.json` or `part.json`.
pub fn read(path: &Path) -> Result<Book, GradeError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| GradeError::Usage(format!("cannot read {}: {e}", path.display())))?;
    let book: Book = serde_json::from_str(&text).map_err(|e| {
        GradeError::Usage(format!("{}: not a batch result file: {e}", path.display()))
    })?;
    if book.format != FORMAT {
        return Err(GradeError::Usage(format!(
            "{}: format {} is not the {FORMAT} this grader writes; grade it again with this grader",
            path.display(),
            book.format
        )));
    }
    Ok(book)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_without_trailing_zeros() {
        assert_eq!(number(100.0), "100");
        assert_eq!(number(66.666), "66.67");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(0.0), "0");
    }
}
