//! `grader test`, `grader watch`, `grader run`: grading the learner's file.
//! A file left out is the one `grader start` wrote (or the last one graded).

use std::path::{Path, PathBuf};

use clap::Args;

use super::{emit, no_junit, set_color, ColorChoice};
use crate::catalog;
use crate::custom::{read_input, run_custom};
use crate::error::GradeError;
use crate::grade::{grade, GradeOptions};
use crate::practice::{self, live::Bar, start::resolve_file, state::State, yours};
use crate::problem::Problem;
use crate::render::{render, Format};

/// `grader test`.
#[derive(Debug, Args)]
pub struct TestArgs {
    /// Problem folder name, LeetCode number (215) or LeetCode slug.
    problem: String,
    /// The solution file; its extension gives the language (.rs). Default: the
    /// file `grader start` wrote, or the one graded last.
    file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Seed of the random inputs (default: a fresh one, always printed).
    #[arg(long)]
    seed: Option<u64>,
    /// Number of random cases compared with the reference (0 turns random testing off).
    #[arg(long, value_name = "N")]
    random: Option<usize>,
    /// When to use colors (human format).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Run only this case: yours/001-random, hidden/03-k-equals-n, large/<recipe>, random, or random/<n> (with --seed).
    #[arg(long)]
    case: Option<String>,
}

/// `grader watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Problem folder name, LeetCode number or LeetCode slug.
    problem: String,
    /// The solution file (default: the one `grader start` wrote, or the one graded last).
    file: Option<PathBuf>,
    /// Seed of the random inputs (default: a fresh one each run).
    #[arg(long)]
    seed: Option<u64>,
    /// Number of random cases (0 turns random testing off).
    #[arg(long, value_name = "N")]
    random: Option<usize>,
    /// When to use colors.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// `grader run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Problem folder name, LeetCode number or LeetCode slug.
    problem: String,
    /// The solution file (default: the one `grader start` wrote, or the one graded last).
    file: Option<PathBuf>,
    /// The input: a file, or the text itself with one argument per line (`\n` separates lines).
    #[arg(long)]
    input: String,
    /// Also keep this input among your own cases (it then runs first on every `grader test`).
    #[arg(long)]
    save: bool,
    /// Output format (human or json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// When to use colors.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// The named problem and the learner's file (given, or the one on record).
fn problem_and_file(problem: &str, file: Option<&Path>) -> Result<(Problem, PathBuf), GradeError> {
    let found = catalog::find(problem)?;
    let file = match file {
        Some(f) => f.to_path_buf(),
        None => resolve_file(&found, &State::load()?)?,
    };
    if file.is_dir() {
        return Err(GradeError::Usage(format!(
            "{} is a folder, not a file: give the solution file itself (e.g. {}/solution.py)",
            file.display(),
            file.display()
        )));
    }
    if !file.is_file() {
        return Err(GradeError::Usage(format!(
            "no such file: {}",
            file.display()
        )));
    }
    Ok((found, file))
}

/// `grader test`.
pub fn test(args: TestArgs) -> Result<i32, GradeError> {
    set_color(args.color, args.format);
    let (problem, file) = problem_and_file(&args.problem, args.file.as_deref())?;
    let bar = (args.format == Format::Human).then(Bar::new);
    let options = GradeOptions {
        own_cases: if args.case.as_deref().is_none_or(|c| c.starts_with("yours")) {
            yours::load(&problem)?
        } else {
            Vec::new()
        },
        observer: bar.as_ref().map(Bar::observer),
        case: args.case.clone(),
        seed: args.seed,
        random: args.random,
        problem_arg: args.problem,
        ..GradeOptions::default()
    };
    let report = grade(&problem, &file, &options);
    if let Some(bar) = &bar {
        bar.finish();
    }
    let report = report?;
    let notes = practice::after_run(&problem, &file, &report, args.case.is_none())?;
    let mut text = render(&report, args.format);
    if args.format == Format::Human {
        for note in notes {
            text.push_str(&format!("note: {note}\n"));
        }
    }
    emit(&text);
    Ok(report.verdict.exit_code())
}

/// `grader watch`.
pub fn watch(args: WatchArgs) -> Result<i32, GradeError> {
    let color = set_color(args.color, Format::Human);
    let (problem, file) = problem_and_file(&args.problem, args.file.as_deref())?;
    let base = GradeOptions {
        own_cases: yours::load(&problem)?,
        seed: args.seed,
        random: args.random,
        problem_arg: args.problem,
        ..GradeOptions::default()
    };
    let width = practice::text_width();
    practice::watch::watch(
        &problem,
        &file,
        &base,
        &|report| render(report, Format::Human),
        &|report| {
            practice::after_run(&problem, &file, report, true)
                .unwrap_or_else(|e| vec![format!("progress not saved: {e}")])
        },
        &|| {
            practice::show::reveal_hint(&problem, color, width)
                .unwrap_or_else(|e| format!("grader: error: {e}\n"))
        },
    )
}

/// `grader run`.
pub fn run(args: RunArgs) -> Result<i32, GradeError> {
    set_color(args.color, args.format);
    no_junit(args.format, "run")?;
    let (problem, file) = problem_and_file(&args.problem, args.file.as_deref())?;
    let (text, source) = read_input(&args.input)?;
    let result = run_custom(&problem, &file, &text, &source)?;
    let mut out = match args.format {
        Format::Json => serde_json::to_string_pretty(&result).unwrap_or_default() + "\n",
        _ => crate::render::human::render_custom(&result),
    };
    if args.save {
        let (id, new) = yours::add(&problem, &result.input, "run")?;
        if args.format == Format::Human {
            out.push_str(&if new {
                format!("note: saved as your case {id}: it runs first on every `grader test`\n")
            } else {
                format!("note: already saved as your case {id}\n")
            });
        }
    }
    emit(&out);
    Ok(if result.compile_error.is_some() {
        1
    } else {
        result.verdict.exit_code()
    })
}
