//! What grading one submission produced, in the form the batch keeps: the
//! verdict, a tally per case group, the per-case verdicts and the first
//! failure — everything the outputs need and nothing that changes from run to
//! run (no times, no cache paths), so that the same roster gives the same
//! bytes whether it is graded in one piece or in partitions.

use serde::{Deserialize, Serialize};

use crate::case::CaseKind;
use crate::report::Report;
use crate::spec::ScoringSpec;
use crate::verdict::Verdict;

/// Cases passed and run in one group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Cases accepted.
    pub passed: usize,
    /// Cases in the group.
    pub total: usize,
}

/// The tally of each case group; the random stage counts as one case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Groups {
    /// LeetCode's examples.
    pub example: Tally,
    /// Hand-made hidden cases.
    pub hidden: Tally,
    /// Generated cases at the maximum constraints.
    pub large: Tally,
    /// The random stage: 1 of 1 when every random case passed.
    pub random: Tally,
}

/// One case's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseLine {
    /// `kind/name`.
    pub name: String,
    /// `AC`, `WA`, …
    pub verdict: String,
}

/// The first failing case, as a learner sees it in `grader test`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailureView {
    /// `kind/name` of the case.
    pub case: String,
    /// Its verdict.
    pub verdict: String,
    /// What went wrong (measured times left out).
    pub message: String,
    /// The input, one argument per line (shortened when huge).
    pub input: String,
    /// The expected answer, for a wrong answer.
    pub expected: Option<String>,
    /// The learner's answer.
    pub actual: Option<String>,
    /// What the learner's code printed during the case.
    pub stdout: String,
    /// The command that replays it, relative to the roster.
    pub reproduce: String,
}

/// The graded result of one submission file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// Language name.
    pub language: String,
    /// Overall verdict (`IE` when the grader failed, never the learner's fault).
    pub verdict: String,
    /// Why it scored what it did, when that is not a case verdict: the
    /// compiler's message, a missing signature, the wall budget, an internal error.
    pub message: Option<String>,
    /// Whether this can be scored (false for internal errors of the grader).
    pub gradable: bool,
    /// Per-group tallies.
    pub groups: Groups,
    /// Per-case verdicts in run order.
    pub cases: Vec<CaseLine>,
    /// The first failure.
    pub failure: Option<FailureView>,
}

impl Outcome {
    /// An outcome without cases: a compile error, a budget overrun, an internal error.
    pub fn without_cases(language: &str, verdict: Verdict, message: String) -> Outcome {
        Outcome {
            language: language.to_string(),
            verdict: verdict.to_string(),
            message: Some(message),
            gradable: verdict != Verdict::IE,
            groups: Groups::default(),
            cases: Vec::new(),
            failure: None,
        }
    }

    /// Builds the outcome from `grader test`'s report and, when the fixed
    /// cases failed and the random stage was run on its own, that report.
    pub fn from_reports(
        report: &Report,
        random_only: Option<&Report>,
        roster_file: &str,
    ) -> Outcome {
        if report.verdict == Verdict::CE {
            let why = report
                .compile
                .as_ref()
                .and_then(|c| c.message.clone())
                .unwrap_or_else(|| "the compiler rejected the file".into());
            return Outcome::without_cases(&report.language, Verdict::CE, why);
        }
        let mut groups = Groups::default();
        let mut cases = Vec::new();
        for case in &report.cases {
            let tally = match case.kind {
                CaseKind::Example => &mut groups.example,
                CaseKind::Hidden => &mut groups.hidden,
                CaseKind::Large => &mut groups.large,
                // Batch grading has no learner's own cases; random is scored below.
                CaseKind::Yours | CaseKind::Random => continue,
            };
            tally.total += 1;
            tally.passed += usize::from(case.verdict == Verdict::AC);
            cases.push(CaseLine {
                name: case.name.clone(),
                verdict: case.verdict.to_string(),
            });
        }
        let random = report
            .random
            .as_ref()
            .or(random_only.and_then(|r| r.random.as_ref()));
        if let Some(summary) = random {
            groups.random = Tally {
                passed: usize::from(summary.passed == summary.count),
                total: 1,
            };
            let failed = [Some(report), random_only]
                .into_iter()
                .flatten()
                .flat_map(|r| r.cases.iter())
                .find(|c| c.kind == CaseKind::Random);
            cases.push(CaseLine {
                name: failed.map_or("random".into(), |c| c.name.clone()),
                verdict: failed.map_or("AC".into(), |c| c.verdict.to_string()),
            });
        }
        let failure = report.failure.as_ref().map(|f| FailureView {
            case: f.case.clone(),
            verdict: f.verdict.to_string(),
            message: steady_message(f.verdict, &f.message),
            input: f.input.clone(),
            expected: f.expected.clone(),
            actual: f.actual.clone(),
            stdout: f.stdout.clone(),
            reproduce: f.reproduce.replace(&report.file, roster_file),
        });
        Outcome {
            language: report.language.clone(),
            verdict: report.verdict.to_string(),
            message: None,
            gradable: true,
            groups,
            cases,
            failure,
        }
    }

    /// The score in `[0, points]`: `points` × the weighted share of groups passed,
    /// over the groups this problem has. A compile error or ungraded file scores 0.
    pub fn score(&self, scoring: &ScoringSpec) -> f64 {
        let g = &self.groups;
        let parts = [
            (scoring.example, g.example),
            (scoring.hidden, g.hidden),
            (scoring.large, g.large),
            (scoring.random, g.random),
        ];
        let (mut earned, mut weight) = (0.0, 0.0);
        for (w, tally) in parts {
            if tally.total > 0 {
                earned += w * tally.passed as f64 / tally.total as f64;
                weight += w;
            }
        }
        if weight <= 0.0 {
            return 0.0;
        }
        round2(scoring.points * earned / weight)
    }

    /// Cases passed and run, the random stage counting as one.
    pub fn cases_passed_total(&self) -> (usize, usize) {
        let g = &self.groups;
        let all = [g.example, g.hidden, g.large, g.random];
        (
            all.iter().map(|t| t.passed).sum(),
            all.iter().map(|t| t.total).sum(),
        )
    }
}

/// Rounds to hundredths, so scores print the same everywhere.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A case message without the measured numbers that differ between runs
/// (CPU time of a TLE, peak memory of an MLE).
fn steady_message(verdict: Verdict, message: &str) -> String {
    match verdict {
        Verdict::TLE => "stopped: over the CPU time limit per case".into(),
        Verdict::MLE => "stopped: over the memory limit".into(),
        _ => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(groups: Groups) -> Outcome {
        Outcome {
            language: "python".into(),
            verdict: "WA".into(),
            message: None,
            gradable: true,
            groups,
            cases: Vec::new(),
            failure: None,
        }
    }

    #[test]
    fn score_is_the_weighted_share_of_groups() {
        let t = |passed, total| Tally { passed, total };
        let o = outcome(Groups {
            example: t(2, 2),
            hidden: t(5, 10),
            large: t(0, 3),
            random: t(0, 0),
        });
        // (1 + 0.5 + 0) / 3 of 100 points; the random group did not exist.
        assert_eq!(o.score(&ScoringSpec::default()), 50.0);
        let weighted = ScoringSpec {
            points: 10.0,
            hidden: 2.0,
            ..ScoringSpec::default()
        };
        // (1 + 2 * 0.5 + 0) / 4 of 10 points.
        assert_eq!(o.score(&weighted), 5.0);
        assert_eq!(o.cases_passed_total(), (7, 15));
    }

    #[test]
    fn no_cases_scores_zero() {
        let o = Outcome::without_cases("rust", Verdict::CE, "error[E0308]".into());
        assert_eq!(o.score(&ScoringSpec::default()), 0.0);
        assert!(o.gradable);
        assert!(!Outcome::without_cases("rust", Verdict::IE, "x".into()).gradable);
    }
}
