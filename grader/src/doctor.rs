//! `grader doctor`: every language, whether its toolchain is here, its
//! version, and a self-test (the bundled accepted solution of `kth-largest`
//! in that language, graded on the examples).

use std::path::Path;

use serde::Serialize;

use crate::build::toolchain;
use crate::grade::{grade, GradeOptions};
use crate::language::LANGUAGES;
use crate::problem::{find_problem, problems_root};
use crate::verdict::Verdict;

/// One language's health.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageHealth {
    /// Language name.
    pub language: String,
    /// File extensions.
    pub extensions: Vec<String>,
    /// Whether the toolchain was found.
    pub available: bool,
    /// The program used (resolved path where the language asks for it).
    pub program: Option<String>,
    /// Its version line.
    pub version: Option<String>,
    /// `ok`, `failed: …`, `skipped: …`.
    pub self_test: String,
    /// What to do when something is missing.
    pub hint: Option<String>,
}

/// Checks every language.
pub fn check_all() -> Vec<LanguageHealth> {
    LANGUAGES
        .iter()
        .map(|lang| {
            let mut health = LanguageHealth {
                language: lang.name.to_string(),
                extensions: lang.extensions.iter().map(|e| format!(".{e}")).collect(),
                available: false,
                program: None,
                version: None,
                self_test: "skipped: no toolchain".into(),
                hint: None,
            };
            match toolchain(lang) {
                Ok(tool) => {
                    health.available = true;
                    health.program = Some(tool.program);
                    health.version = Some(tool.version);
                    health.self_test = self_test(lang.extensions[0]);
                    if health.self_test != "ok" {
                        health.hint = Some(lang.install_hint.to_string());
                    }
                }
                Err(e) => health.hint = Some(e),
            }
            health
        })
        .collect()
}

fn self_test(ext: &str) -> String {
    let Ok(problem) = find_problem(&problems_root(), "kth-largest") else {
        return "skipped: problems/kth-largest not found".into();
    };
    let file = problem
        .dir
        .join("submissions/accepted")
        .join(format!("heap.{ext}"));
    if !Path::new(&file).is_file() {
        return format!("skipped: no {}", file.display());
    }
    let options = GradeOptions {
        case: Some("example/1".into()),
        seed: None,
        random: Some(0),
        problem_arg: "kth-largest".into(),
        time_scale: None,
        fail_fast: true,
    };
    match grade(&problem, &file, &options) {
        Ok(report) if report.verdict == Verdict::AC => "ok".into(),
        Ok(report) => format!(
            "failed: {} on kth-largest example/1{}",
            report.verdict.long_name(),
            report
                .failure
                .map(|f| format!(": {}", f.message))
                .or(report.compile.and_then(|c| c.message))
                .unwrap_or_default()
        ),
        Err(e) => format!("failed: {e}"),
    }
}

/// Renders the table for people.
pub fn render(all: &[LanguageHealth]) -> String {
    let mut out = format!(
        "{:<12} {:<14} {:<40} {}\n",
        "language", "ext", "toolchain", "self-test"
    );
    for h in all {
        let tool = match (&h.version, &h.program) {
            (Some(v), _) => v.lines().next().unwrap_or("").to_string(),
            _ => "missing".to_string(),
        };
        out.push_str(&format!(
            "{:<12} {:<14} {:<40} {}\n",
            h.language,
            h.extensions.join(" "),
            tool,
            h.self_test
        ));
        if let Some(hint) = &h.hint {
            out.push_str(&format!("{:<12} {hint}\n", ""));
        }
    }
    out
}
