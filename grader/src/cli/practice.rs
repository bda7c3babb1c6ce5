//! `grader start`, `grader show`, `grader progress`, `grader next`: the
//! practice loop's commands that read and write the learner's state.

use std::path::PathBuf;

use clap::Args;

use super::{emit, no_junit, set_color, ColorChoice};
use crate::catalog;
use crate::error::GradeError;
use crate::practice::text_width;
use crate::practice::{progress as table, show as shown, start as starting, state::State};
use crate::render::Format;

/// `grader start`.
#[derive(Debug, Args)]
pub struct StartArgs {
    /// Problem folder name, LeetCode number or LeetCode slug.
    problem: String,
    /// Language: py, rs, cpp, java, js, ts (default: the last one you used, else py).
    #[arg(long)]
    lang: Option<String>,
    /// Folder to write the file in (default: the current folder).
    #[arg(long, value_name = "D")]
    dir: Option<PathBuf>,
    /// When to use colors.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// `grader show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Problem folder name, LeetCode number or LeetCode slug.
    problem: String,
    /// Reveal the next hint (recorded in your progress).
    #[arg(long, conflicts_with = "editorial")]
    hint: bool,
    /// The editorial and reference approaches (after your first accepted submission).
    #[arg(long)]
    editorial: bool,
    /// With --editorial: read it before solving (recorded in your progress).
    #[arg(long, requires = "editorial")]
    peek: bool,
    /// When to use colors.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// `grader progress`.
#[derive(Debug, Args)]
pub struct ProgressArgs {
    /// Output format (human or json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// When to use colors.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// `grader start`.
pub fn start(args: StartArgs) -> Result<i32, GradeError> {
    let color = set_color(args.color, Format::Human);
    let problem = catalog::find(&args.problem)?;
    let lang = starting::pick_language(args.lang.as_deref(), &State::load()?)?;
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("."));
    let started = starting::start(&problem, lang, &dir)?;
    let mut out = shown::render_statement(&problem, color, text_width())?;
    let file = started.file.display();
    out.push('\n');
    out.push_str(&if started.created {
        format!(
            "wrote {file}: LeetCode's {} stub, ready for your solution\n",
            lang.name
        )
    } else {
        format!("{file} is already there: kept as it is\n")
    });
    out.push_str(&format!(
        "next: edit it, then `grader test {slug}` (or `grader watch {slug}` to re-grade on every save)\n",
        slug = problem.slug()
    ));
    emit(&out);
    Ok(0)
}

/// `grader show`.
pub fn show(args: ShowArgs) -> Result<i32, GradeError> {
    let color = set_color(args.color, Format::Human);
    let problem = catalog::find(&args.problem)?;
    let width = text_width();
    let text = if args.hint {
        shown::reveal_hint(&problem, color, width)?
    } else if args.editorial {
        shown::editorial(&problem, args.peek, color, width)?
    } else {
        shown::render_statement(&problem, color, width)?
    };
    emit(&text);
    Ok(0)
}

/// `grader progress`.
pub fn progress(args: ProgressArgs) -> Result<i32, GradeError> {
    no_junit(args.format, "progress")?;
    let color = set_color(args.color, args.format);
    let rows = table::rows(&catalog::entries()?, &State::load()?)?;
    let study = catalog::study_order()?;
    match args.format {
        Format::Json => {
            let next = table::next(&rows, &study).map(|r| r.problem.clone());
            let json = serde_json::json!({
                "format_version": crate::practice::state::FORMAT_VERSION,
                "state_file": crate::practice::home::state_file(),
                "problems": rows,
                "next": next,
            });
            emit(&(serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"));
        }
        _ => emit(&table::render(&rows, &study, color)),
    }
    Ok(0)
}

/// `grader next`.
pub fn next() -> Result<i32, GradeError> {
    let rows = table::rows(&catalog::entries()?, &State::load()?)?;
    let study = catalog::study_order()?;
    match table::next(&rows, &study) {
        Some(r) => {
            let number = r.number.map(|n| format!("LC{n} · ")).unwrap_or_default();
            emit(&format!(
                "{} — {}{} ({})\nstart it: grader start {}\n",
                r.problem, number, r.title, r.difficulty, r.problem
            ));
        }
        None => emit("every problem is solved: try them in another language (`grader start <problem> --lang rs`)\n"),
    }
    Ok(0)
}
