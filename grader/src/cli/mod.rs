//! The command line (clap derive): one file per family of commands. Maps
//! every outcome to an exit code: 0 accepted, 1 rejected, 2 usage or
//! problem-spec error, 3 internal error of the grader.

mod authoring;
mod grading;
mod practice;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::error::GradeError;
use crate::render::Format;
use crate::run::sandbox::{self, Mode};

/// Offline LeetCode-style grader for heap and top-k problems.
///
/// Start here: `grader next`, then `grader start <problem>`, `grader watch <problem>`.
#[derive(Debug, Parser)]
#[command(name = "grader", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// How learner code is contained: every layer this machine offers (auto),
    /// all of them or refuse to run (strict), none (off: debugging only).
    /// Default: $GRADER_SANDBOX, else auto.
    #[arg(long, value_enum, global = true)]
    sandbox: Option<Mode>,
    /// A folder of problem folders, searched before $GRADER_PROBLEMS,
    /// ./problems and the bundled problems (repeatable; before the command:
    /// `grader --problems DIR test …`).
    #[arg(long = "problems", value_name = "DIR")]
    problem_dirs: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Grade a solution file on a problem's cases (your own cases first).
    Test(grading::TestArgs),
    /// Re-grade a solution on every save; keys: h hint, r re-run, q quit.
    Watch(grading::WatchArgs),
    /// Run a solution on one custom input (LeetCode's "Run"): your answer, the reference's, the verdict.
    Run(grading::RunArgs),
    /// Start a problem: write LeetCode's stub for a language, show the statement.
    Start(practice::StartArgs),
    /// Show a problem's statement, the next hint, or (once solved) the editorial.
    Show(practice::ShowArgs),
    /// Your progress: every problem against every language.
    Progress(practice::ProgressArgs),
    /// The suggested next problem.
    Next,
    /// List the problems with their LeetCode numbers and where they come from.
    List,
    /// Prove problem folders sound: spec, cases, expected outputs, submissions, time limits, statement.
    Verify(authoring::VerifyArgs),
    /// How a solution's cost grows with n (and k), measured side by side with the reference.
    Scale(crate::scale::ScaleArgs),
    /// Scaffold a new problem folder under problems/ (then run `grader verify` on it).
    New {
        /// Folder name, e.g. kth-largest-stream.
        slug: String,
    },
    /// Open the practice page in the browser: problem list, statement, editor, Run and Submit (offline).
    Serve(crate::serve::ServeArgs),
    /// Grade a whole class: gradebook.csv, results.json, JUnit, HTML feedback (docs/class-grading.md).
    Batch(crate::batch::BatchArgs),
    /// Check the sandbox, every language's toolchain, and where the problems come from.
    Doctor {
        /// Output format (human or json).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

/// When to use colors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let code = match e {
                GradeError::Usage(_) | GradeError::Spec(_) => 2,
                GradeError::Internal(_) => 3,
            };
            let label = if code == 3 {
                "internal error (not your code's fault)"
            } else {
                "error"
            };
            eprintln!("grader: {label}: {e}");
            code
        }
    }
}

/// Writes to stdout, ignoring a closed pipe (`grader … | head`).
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

/// Sets `colored`'s switch; returns whether colors are on.
fn set_color(choice: ColorChoice, format: Format) -> bool {
    let on = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let on = on && format == Format::Human;
    colored::control::set_override(on);
    on
}

/// Refuses JUnit where a command has no JUnit form.
fn no_junit(format: Format, command: &str) -> Result<(), GradeError> {
    if format == Format::Junit {
        return Err(GradeError::Usage(format!(
            "`grader {command}` prints --format human or json; junit is for `grader test` and `grader verify`"
        )));
    }
    Ok(())
}

fn run(cli: Cli) -> Result<i32, GradeError> {
    if let Some(mode) = cli.sandbox {
        sandbox::set_mode(mode);
    }
    crate::catalog::set_flag_dirs(cli.problem_dirs);
    let runs_code = matches!(
        cli.command,
        Command::Test(_)
            | Command::Watch(_)
            | Command::Run(_)
            | Command::Verify(_)
            | Command::Serve(_)
            | Command::Scale(_)
            | Command::Batch(_)
    );
    if runs_code && sandbox::mode() == Mode::Strict {
        let missing = sandbox::layers().missing();
        if !missing.is_empty() {
            return Err(GradeError::Usage(
                sandbox::SandboxError::Unavailable(missing.join("; ")).to_string(),
            ));
        }
    }
    match cli.command {
        Command::Test(args) => grading::test(args),
        Command::Watch(args) => grading::watch(args),
        Command::Run(args) => grading::run(args),
        Command::Start(args) => practice::start(args),
        Command::Show(args) => practice::show(args),
        Command::Progress(args) => practice::progress(args),
        Command::Next => practice::next(),
        Command::List => authoring::list(),
        Command::Verify(args) => authoring::verify(args),
        Command::Scale(args) => crate::scale::run(args),
        Command::Batch(args) => crate::batch::run(args),
        Command::New { slug } => authoring::new(&slug),
        Command::Serve(args) => crate::serve::run(args),
        Command::Doctor { format } => authoring::doctor(format),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
