//! The command line (clap derive): `grader test`, `grader run`, `grader list`. Maps every
//! outcome to an exit code: 0 accepted, 1 rejected, 2 usage or problem-spec
//! error, 3 internal error of the grader.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::custom::{read_input, run_custom};
use crate::error::GradeError;
use crate::grade::{grade, GradeOptions};
use crate::problem::{find_problem, problem_dirs, problems_root, Problem};
use crate::render::{render, Format};
use crate::run::sandbox::{self, Mode};

/// Offline LeetCode-style grader for heap and top-k problems.
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
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Grade a solution file on a problem's cases.
    Test {
        /// Problem folder name, LeetCode number (215) or LeetCode slug.
        problem: String,
        /// The solution file; its extension gives the language (.rs).
        file: PathBuf,
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
        /// Run only this case: hidden/03-k-equals-n, large/<recipe>, random, or random/<n> (with --seed).
        #[arg(long)]
        case: Option<String>,
    },
    /// Run a solution on one custom input (LeetCode's "Run"): your answer, the reference's, the verdict.
    Run {
        /// Problem folder name, LeetCode number or LeetCode slug.
        problem: String,
        /// The solution file.
        file: PathBuf,
        /// The input: a file, or the text itself with one argument per line (`\n` separates lines).
        #[arg(long)]
        input: String,
        /// Output format (human or json).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// When to use colors.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
    /// List the problems with their LeetCode numbers.
    List,
    /// Prove problem folders sound: spec, cases, expected outputs, submissions, time limits, statement.
    Verify {
        /// Problem folders or names (default: every folder under problems/).
        problems: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// When to use colors (human format).
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
    /// Scaffold a new problem folder under problems/ (then run `grader verify` on it).
    New {
        /// Folder name, e.g. kth-largest-stream.
        slug: String,
    },
    /// Grade a whole class: gradebook.csv, results.json, JUnit, HTML feedback (docs/class-grading.md).
    Batch(crate::batch::BatchArgs),
    /// Check every language's toolchain and run its self-test.
    Doctor {
        /// Output format (human or json).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

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

fn set_color(choice: ColorChoice, format: Format) {
    let on = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    colored::control::set_override(on && format == Format::Human);
}

/// The named problem, after checking the learner's file exists.
fn problem_and_file(problem: &str, file: &std::path::Path) -> Result<Problem, GradeError> {
    let found = find_problem(&problems_root(), problem)?;
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
    Ok(found)
}

fn run(cli: Cli) -> Result<i32, GradeError> {
    if let Some(mode) = cli.sandbox {
        sandbox::set_mode(mode);
    }
    let runs_code = !matches!(
        cli.command,
        Command::List | Command::New { .. } | Command::Doctor { .. }
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
        Command::Test {
            problem,
            file,
            format,
            seed,
            random,
            color,
            case,
        } => {
            set_color(color, format);
            let found = problem_and_file(&problem, &file)?;
            let options = GradeOptions {
                case,
                seed,
                random,
                problem_arg: problem,
                time_scale: None,
                fail_fast: false,
            };
            let report = grade(&found, &file, &options)?;
            emit(&render(&report, format));
            Ok(report.verdict.exit_code())
        }
        Command::Run {
            problem,
            file,
            input,
            format,
            color,
        } => {
            set_color(color, format);
            if format == Format::Junit {
                return Err(GradeError::Usage(
                    "`grader run` prints --format human or json; junit is for `grader test` and `grader verify`".into(),
                ));
            }
            let found = problem_and_file(&problem, &file)?;
            let (text, source) = read_input(&input)?;
            let result = run_custom(&found, &file, &text, &source)?;
            match format {
                Format::Json => {
                    emit(&(serde_json::to_string_pretty(&result).unwrap_or_default() + "\n"))
                }
                _ => emit(&crate::render::human::render_custom(&result)),
            }
            Ok(if result.compile_error.is_some() {
                1
            } else {
                result.verdict.exit_code()
            })
        }
        Command::Verify {
            problems,
            format,
            color,
        } => {
            set_color(color, format);
            let root = problems_root();
            let dirs: Vec<std::path::PathBuf> = if problems.is_empty() {
                problem_dirs(&root)?
            } else {
                problems
                    .iter()
                    .map(|name| {
                        let path = std::path::Path::new(name);
                        if path.is_dir() {
                            Ok(path.to_path_buf())
                        } else if root.join(name).is_dir() {
                            Ok(root.join(name))
                        } else {
                            find_problem(&root, name).map(|p| p.dir)
                        }
                    })
                    .collect::<Result<_, _>>()?
            };
            let reports: Vec<_> = dirs.iter().map(|d| crate::verify::verify(d)).collect();
            match format {
                Format::Json => {
                    emit(&(serde_json::to_string_pretty(&reports).unwrap_or_default() + "\n"))
                }
                Format::Junit => emit(&crate::verify::render::junit(&reports)),
                Format::Human => emit(&crate::verify::render::human(&reports)),
            }
            Ok(if reports.iter().all(|r| r.ok) { 0 } else { 1 })
        }
        Command::New { slug } => {
            let root = problems_root();
            let written = crate::scaffold::new_problem(&root, &slug).map_err(GradeError::Usage)?;
            let mut text = format!("created {}:\n", root.join(&slug).display());
            for path in written {
                text.push_str(&format!("  {}\n", path.display()));
            }
            text.push_str(&format!(
                "next: fill in the TODOs, add cases and submissions, then run `grader verify {}`\n",
                root.join(&slug).display()
            ));
            emit(&text);
            Ok(0)
        }
        Command::Doctor { format } => {
            if format == Format::Junit {
                return Err(GradeError::Usage(
                    "`grader doctor` prints --format human or json; junit is for `grader test` and `grader verify`".into(),
                ));
            }
            let all = crate::doctor::check_all();
            let layers = sandbox::layers();
            match format {
                Format::Json => {
                    let json = serde_json::json!({"sandbox": crate::doctor::sandbox_json(layers), "languages": all});
                    emit(&(serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"))
                }
                _ => emit(&(crate::doctor::render_sandbox(layers) + &crate::doctor::render(&all))),
            }
            Ok(if all.iter().all(|h| h.available && h.self_test == "ok") {
                0
            } else {
                1
            })
        }
        Command::Batch(args) => crate::batch::run(args),
        Command::List => {
            for dir in problem_dirs(&problems_root())? {
                let p = Problem::load(&dir)?;
                let number = p
                    .spec
                    .leetcode
                    .as_ref()
                    .map(|l| format!("LC{}", l.number))
                    .unwrap_or_default();
                emit(&format!(
                    "{:<24} {:<7} {}\n",
                    p.slug(),
                    number,
                    p.spec.title
                ));
            }
            Ok(0)
        }
    }
}
