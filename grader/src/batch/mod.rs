//! `grader batch`: grading a whole class. Reads a roster ([`roster`]), grades
//! each distinct file once in a child process with a wall budget
//! ([`schedule`], [`one`]), reuses results cached by content ([`cache`]),
//! scores them ([`outcome`]) into one book ([`gradebook`]) and writes the
//! outputs ([`formats`], [`html`]); `--partition` and `merge` spread a class
//! over machines ([`partition`]). Docs: docs/class-grading.md.

pub mod cache;
mod class;
pub mod formats;
pub mod gradebook;
pub mod html;
pub mod one;
pub mod outcome;
pub mod partition;
pub mod roster;
mod roster_csv;
pub mod schedule;

use std::path::PathBuf;

use crate::error::GradeError;

pub use formats::Detail;

/// `grader batch`: grade a class into a gradebook, feedback pages and LMS formats.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct BatchArgs {
    #[command(subcommand)]
    command: Option<BatchCommand>,
    #[command(flatten)]
    grade: GradeArgs,
}

#[derive(Debug, clap::Subcommand)]
enum BatchCommand {
    /// Build the outputs from partial folders graded with --partition (same bytes as one run).
    Merge {
        /// Folder to write the outputs to.
        #[arg(long)]
        out: PathBuf,
        /// The partial folders (or their part.json files), every share once.
        #[arg(required = true)]
        parts: Vec<PathBuf>,
        /// Feedback detail of the student pages, JUnit and Gradescope outputs.
        #[arg(long, value_enum, default_value_t = Detail::Full)]
        detail: Detail,
        /// Extra outputs: gradescope (a results.json per student).
        #[arg(long, value_enum, value_delimiter = ',')]
        format: Vec<Extra>,
    },
    /// Grade one submission and print its outcome (the batch's worker process).
    #[command(hide = true)]
    One(one::OneArgs),
}

/// Outputs written besides the gradebook, results.json, JUnit and HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Extra {
    /// Gradescope's results.json, one per student under gradescope/<student>/.
    Gradescope,
}

/// Arguments of a grading run.
#[derive(Debug, clap::Args)]
pub struct GradeArgs {
    /// A folder of <student>/<problem>.<ext> files, or a CSV with the header student,problem,file.
    #[arg(required = true)]
    pub roster: Option<PathBuf>,
    /// Folder for the outputs (gradebook.csv, results.json, junit.xml, index.html, students/).
    #[arg(long, required = true)]
    pub out: Option<PathBuf>,
    /// Submissions graded at once (default: the number of cores).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Grade only these problems (names as `grader test` takes them), which become the gradebook's columns.
    #[arg(long, value_delimiter = ',')]
    pub problems: Vec<String>,
    /// Regrade this student only (ignoring the cache); the others come from the cache.
    #[arg(long)]
    pub only: Option<String>,
    /// Grade share i of n of the students (by a hash of the id) into a partial folder for `merge`.
    #[arg(long, value_name = "i/n")]
    pub partition: Option<String>,
    /// The batch seed every submission's seed derives from.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Random cases per submission.
    #[arg(long, value_name = "N", default_value_t = 300)]
    pub random: usize,
    /// Wall time allowed for one submission, in seconds; past it, it is stopped and scores 0.
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    pub budget: u64,
    /// Feedback detail of the student pages, JUnit and Gradescope outputs.
    #[arg(long, value_enum, default_value_t = Detail::Full)]
    pub detail: Detail,
    /// Extra outputs: gradescope (a results.json per student).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub format: Vec<Extra>,
    /// Folder of cached results (default: <grader cache>/batch).
    #[arg(long)]
    pub cache: Option<PathBuf>,
    /// Grade everything afresh, without reading or writing cached results.
    #[arg(long)]
    pub no_cache: bool,
}

/// Runs `grader batch`; the exit code is 0 when everything in the roster was
/// graded, 1 when something was not (roster issues, grader errors, an interruption).
pub fn run(args: BatchArgs) -> Result<i32, GradeError> {
    match args.command {
        Some(BatchCommand::One(one)) => one::run(one),
        Some(BatchCommand::Merge {
            out,
            parts,
            detail,
            format,
        }) => {
            let book = partition::merge(&parts)?;
            class::write_outputs(&book, &out, detail, &format)?;
            eprintln!(
                "grader batch merge: {} parts, {} students, {} submissions; outputs in {}",
                parts.len(),
                book.students.len(),
                book.submissions.len(),
                out.display()
            );
            Ok(class::exit_code(&book, false))
        }
        None => class::grade_class(args.grade),
    }
}
