//! `grader list`, `grader verify`, `grader new`, `grader doctor`: the
//! commands for instructors and for checking a machine.

use std::path::{Path, PathBuf};

use clap::Args;

use super::{emit, no_junit, set_color, ColorChoice};
use crate::catalog;
use crate::error::GradeError;
use crate::problem::Problem;
use crate::render::Format;
use crate::run::sandbox;

/// `grader verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Problem folders or names (default: every problem).
    problems: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// When to use colors (human format).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Also measure growth: the reference matches [scaling], slow submissions scale worse (minutes).
    #[arg(long)]
    scaling: bool,
}

/// `grader list`.
pub fn list() -> Result<i32, GradeError> {
    for entry in catalog::entries()? {
        let p = Problem::load(&entry.dir)?;
        let number = p
            .spec
            .leetcode
            .as_ref()
            .map(|l| format!("LC{}", l.number))
            .unwrap_or_default();
        let origin = match entry.origin {
            catalog::Origin::Bundled => String::new(),
            other => format!("  ({})", other.describe()),
        };
        emit(&format!(
            "{:<24} {:<7} {}{origin}\n",
            p.slug(),
            number,
            p.spec.title
        ));
    }
    Ok(0)
}

/// `grader verify`.
pub fn verify(args: VerifyArgs) -> Result<i32, GradeError> {
    set_color(args.color, args.format);
    let entries = catalog::entries()?;
    let dirs: Vec<PathBuf> = if args.problems.is_empty() {
        entries.into_iter().map(|e| e.dir).collect()
    } else {
        // A folder name is resolved without loading the folder: a broken
        // problem.toml is for `verify` to report, not to stop it.
        args.problems
            .iter()
            .map(|name| {
                let path = Path::new(name);
                let by_folder = entries.iter().find(|e| {
                    e.dir
                        .file_name()
                        .is_some_and(|n| n == name.trim_end_matches('/'))
                });
                if path.is_dir() {
                    Ok(path.to_path_buf())
                } else if let Some(e) = by_folder {
                    Ok(e.dir.clone())
                } else {
                    catalog::find(name).map(|p| p.dir)
                }
            })
            .collect::<Result<_, _>>()?
    };
    let mut reports: Vec<_> = dirs.iter().map(|d| crate::verify::verify(d)).collect();
    if args.scaling {
        for (report, dir) in reports.iter_mut().zip(&dirs) {
            crate::scale::check::verify_scaling(dir, report);
        }
    }
    match args.format {
        Format::Json => emit(&(serde_json::to_string_pretty(&reports).unwrap_or_default() + "\n")),
        Format::Junit => emit(&crate::verify::render::junit(&reports)),
        Format::Human => emit(&crate::verify::render::human(&reports)),
    }
    Ok(if reports.iter().all(|r| r.ok) { 0 } else { 1 })
}

/// `grader new`.
pub fn new(slug: &str) -> Result<i32, GradeError> {
    let root = catalog::writable_root();
    let written = crate::scaffold::new_problem(&root, slug).map_err(GradeError::Usage)?;
    let mut text = format!("created {}:\n", root.join(slug).display());
    for path in written {
        text.push_str(&format!("  {}\n", path.display()));
    }
    text.push_str(&format!(
        "next: fill in the TODOs, add cases and submissions, then run `grader verify {}`\n",
        root.join(slug).display()
    ));
    emit(&text);
    Ok(0)
}

/// `grader doctor`.
pub fn doctor(format: Format) -> Result<i32, GradeError> {
    no_junit(format, "doctor")?;
    let all = crate::doctor::check_all();
    let layers = sandbox::layers();
    let entries = catalog::entries()?;
    match format {
        Format::Json => {
            let problems: Vec<_> = entries
                .iter()
                .map(|e| serde_json::json!({"dir": e.dir, "origin": e.origin}))
                .collect();
            let json = serde_json::json!({
                "sandbox": crate::doctor::sandbox_json(layers),
                "languages": all,
                "problems": problems,
                "data_dir": crate::practice::home::data_dir(),
            });
            emit(&(serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"))
        }
        _ => emit(
            &(crate::doctor::render_sandbox(layers)
                + &crate::doctor::render_problems(&entries)
                + &format!(
                    "your practice state: {}\n\n",
                    crate::practice::home::state_file().display()
                )
                + &crate::doctor::render(&all)),
        ),
    }
    Ok(if all.iter().all(|h| h.available && h.self_test == "ok") {
        0
    } else {
        1
    })
}
