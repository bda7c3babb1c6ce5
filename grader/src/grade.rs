//! Grading: builds the learner's file, runs the fixed cases (examples,
//! hidden, large) through one long-lived session, then — when they all pass —
//! the random stage, and assembles the [`Report`].

use std::path::{Path, PathBuf};

use crate::build::{build, cache_root, BuildError};
use crate::case::{check_case, load_recipes, load_stored, Case, CaseKind};
use crate::error::{GradeError, SpecError};
use crate::fuzz::{run_random, RandomFailure, DEFAULT_COUNT};
use crate::generate::generate;
use crate::language;
use crate::problem::{Problem, Signature};
use crate::reference::Reference;
use crate::report::{CaseResult, CompileInfo, Failure, Report, Slowest};
use crate::run::session::Captured;
use crate::runner::{judge, limits_for, ms, Judged, Runner};
use crate::value::Value;
use crate::verdict::Verdict;

/// What the learner asked for.
#[derive(Debug, Clone, Default)]
pub struct GradeOptions {
    /// Run only this case (`hidden/03-k-equals-n`, `random`, `random/17`).
    pub case: Option<String>,
    /// Seed of the random stage (default: a fresh one, always reported).
    pub seed: Option<u64>,
    /// Number of random cases (default [`DEFAULT_COUNT`]; 0 turns it off).
    pub random: Option<usize>,
    /// The problem as the learner named it (for the reproduce command).
    pub problem_arg: String,
    /// Multiplies the time limit (`grader verify` measures slow submissions at 1.5×).
    pub time_scale: Option<f64>,
    /// Stop at the first failing case (`grader verify` needs only the verdict).
    pub fail_fast: bool,
    /// The learner's own cases, run before the examples (group `yours`).
    pub own_cases: Vec<Case>,
    /// Told of each step as it happens (progress bars, watch mode).
    pub observer: Option<Observer>,
    /// Set to stop the run at the next case (watch mode, on a new save or `q`).
    pub cancel: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

/// A step of a grading run, as it happens.
#[derive(Debug, Clone)]
pub enum Event {
    /// Compiling (or looking up the cached build of) the learner's file.
    Building {
        /// The language's name.
        language: String,
    },
    /// The build is ready.
    Built {
        /// Taken from the cache.
        cached: bool,
    },
    /// The fixed cases are about to run.
    FixedCases {
        /// How many.
        total: usize,
    },
    /// One fixed case is done.
    Case(CaseResult),
    /// The random stage starts.
    RandomStarted {
        /// Cases it will run at most.
        count: usize,
    },
    /// Random cases done so far.
    Random {
        /// Cases judged.
        done: usize,
    },
}

/// Receives [`Event`]s while a run goes on.
#[derive(Clone)]
pub struct Observer(pub std::sync::Arc<dyn Fn(&Event) + Send + Sync>);

impl std::fmt::Debug for Observer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Observer")
    }
}

impl GradeOptions {
    fn tell(&self, event: Event) {
        if let Some(o) = &self.observer {
            (o.0)(&event);
        }
    }

    fn cancelled(&self) -> Result<(), GradeError> {
        match &self.cancel {
            Some(flag) if flag.load(std::sync::atomic::Ordering::Relaxed) => Err(cancelled()),
            _ => Ok(()),
        }
    }
}

/// The error of a run stopped through [`GradeOptions::cancel`].
pub fn cancelled() -> GradeError {
    GradeError::Internal("grading was cancelled".into())
}

/// Inputs larger than this (in characters) are shown shortened.
const SHOW_LIMIT: usize = 600;

/// Every fixed case of a problem in run order: examples, hidden, large;
/// each checked against the problem's constraints.
pub fn all_cases(problem: &Problem) -> Result<Vec<Case>, SpecError> {
    let mut cases = load_stored(problem, CaseKind::Example)?;
    cases.extend(load_stored(problem, CaseKind::Hidden)?);
    let recipes_file = problem.dir.join("cases").join("large.toml");
    for recipe in load_recipes(problem)? {
        let input = generate(problem, &recipe).map_err(|e| {
            SpecError::near(
                &recipes_file,
                &std::fs::read_to_string(&recipes_file).unwrap_or_default(),
                &recipe.name,
                e,
            )
        })?;
        cases.push(Case {
            name: recipe.name.clone(),
            kind: CaseKind::Large,
            input,
            expected: None,
            source: recipes_file.clone(),
        });
    }
    for case in &cases {
        check_case(problem, case)?;
    }
    Ok(cases)
}

/// Checks that the learner's file mentions what LeetCode calls: the class
/// (`Solution`, where the language has one, or the design class) and the
/// function, in camelCase or snake_case. A file without them — an empty
/// file, the wrong problem's solution — is a usage error that shows the
/// expected signature, not a crash of the driver.
pub fn check_entry_point(
    problem: &Problem,
    lang: &language::Language,
    file: &Path,
    source: &str,
) -> Result<(), GradeError> {
    let stub = (lang.stub)(problem);
    let mut missing = Vec::new();
    match &problem.signature {
        Signature::Function { name, .. } => {
            if stub.contains("Solution") && !source.contains("Solution") {
                missing.push("Solution".to_string());
            }
            if !source.contains(name.as_str()) && !source.contains(&snake_case(name)) {
                missing.push(name.clone());
            }
        }
        Signature::Class { name, .. } => {
            if !source.contains(name.as_str()) {
                missing.push(name.clone());
            }
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let what = if source.trim().is_empty() {
        "is empty".to_string()
    } else {
        format!("does not define `{}`", missing.join("` or `"))
    };
    Err(GradeError::Usage(format!(
        "{} {what}: a {} solution to {} must have LeetCode's signature, as you would submit it:\n{stub}",
        file.display(),
        lang.name,
        problem.slug()
    )))
}

fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Which random cases to run, from `--case`: all, one, or none.
enum RandomPlan {
    All,
    One(usize),
    None,
}

/// The run's fixed context, for building failures.
struct Context<'a> {
    problem: &'a Problem,
    options: &'a GradeOptions,
    file: &'a Path,
}

/// Grades `file` on `problem`.
pub fn grade(problem: &Problem, file: &Path, options: &GradeOptions) -> Result<Report, GradeError> {
    let lang = language::of_submission(file).map_err(GradeError::Usage)?;
    let source = std::fs::read_to_string(file)
        .map_err(|e| GradeError::Usage(format!("cannot read {}: {e}", file.display())))?;
    check_entry_point(problem, lang, file, &source)?;
    let mut reference = Reference::for_problem(problem)?;
    let default_count = problem.spec.generator.count.unwrap_or(DEFAULT_COUNT);
    let count = options.random.unwrap_or(default_count);
    let mut cases = options.own_cases.clone();
    for case in &cases {
        check_case(problem, case)?;
    }
    cases.extend(all_cases(problem)?);
    let plan = match options.case.as_deref() {
        None => RandomPlan::All,
        Some("random") if count == 0 => {
            return Err(GradeError::Usage(
                "`--case random` runs only the random stage, and --random 0 (or [generator] count = 0) turns it off: nothing would run; drop one of them".into(),
            ))
        }
        Some("random") => {
            cases.clear();
            RandomPlan::All
        }
        Some(id) if id.starts_with("random/") => {
            let n: usize = id["random/".len()..]
                .parse()
                .ok()
                .filter(|n| (1..=count).contains(n))
                .ok_or_else(|| {
                    GradeError::Usage(format!(
                        "`{id}`: random cases are numbered 1 to {count} (the --random count)"
                    ))
                })?;
            if options.seed.is_none() {
                return Err(GradeError::Usage(format!(
                    "`--case {id}` replays a random case: give the seed it came from with --seed"
                )));
            }
            cases.clear();
            RandomPlan::One(n - 1)
        }
        Some(want) => {
            cases.retain(|c| c.id() == want || c.name == want);
            if cases.is_empty() {
                return Err(GradeError::Usage(format!(
                    "{} has no case `{want}`; case ids look like example/1, hidden/03-k-equals-n, large/<recipe>, random or random/<n>",
                    problem.slug()
                )));
            }
            RandomPlan::None
        }
    };
    if cases.is_empty() && (count == 0 || matches!(plan, RandomPlan::None)) {
        return Err(GradeError::Usage(format!(
            "{} has no cases to run here (no stored or large cases, and random testing is off): nothing would be graded",
            problem.slug()
        )));
    }
    let mut report = Report {
        problem: problem.slug().to_string(),
        title: problem.spec.title.clone(),
        language: lang.name.to_string(),
        file: file.display().to_string(),
        verdict: Verdict::AC,
        passed: 0,
        total: 0,
        cases: Vec::new(),
        failure: None,
        compile: None,
        slowest: None,
        seed: None,
        random: None,
        sandbox: crate::run::sandbox::summary(),
        editorial: editorial(problem),
    };
    let file_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "solution".into());
    options.tell(Event::Building {
        language: lang.name.to_string(),
    });
    let built = match build(lang, problem, &file_name, &source) {
        Ok(b) => b,
        Err(BuildError::Compile { message }) => {
            report.verdict = Verdict::CE;
            report.compile = Some(CompileInfo {
                cached: false,
                seconds: 0.0,
                message: Some(message),
            });
            return Ok(report);
        }
        Err(BuildError::Internal(e)) => return Err(GradeError::Internal(e)),
    };
    options.cancelled()?;
    options.tell(Event::Built {
        cached: built.cached,
    });
    options.tell(Event::FixedCases { total: cases.len() });
    report.compile = Some(CompileInfo {
        cached: built.cached,
        seconds: built.compile_time.as_secs_f64(),
        message: None,
    });
    let limits = limits_for(problem, lang, options.time_scale.unwrap_or(1.0), 1);
    let mut runner = Runner::new(&built, limits);
    let ctx = Context {
        problem,
        options,
        file,
    };
    for case in &cases {
        options.cancelled()?;
        let (expected, reference_ms) = match &case.expected {
            Some(stored) => (stored.clone(), reference.solve(problem, &case.input)?.1),
            None => reference.solve(problem, &case.input)?,
        };
        let (outcome, captured) = runner.run(&case.input)?;
        let judged = judge(problem, &expected, &outcome, &limits);
        if judged.verdict == Verdict::IE {
            return Err(GradeError::Internal(format!(
                "case {}: {}",
                case.id(),
                judged.message
            )));
        }
        record(
            &mut report,
            &ctx,
            case.id(),
            case.kind,
            &case.input,
            &expected,
            &judged,
            &captured,
            Some(reference_ms),
        );
        if let Some(done) = report.cases.last() {
            options.tell(Event::Case(done.clone()));
        }
        if options.fail_fast && report.failure.is_some() {
            break;
        }
    }
    report.slowest = report
        .cases
        .iter()
        .max_by(|a, b| a.time_ms.total_cmp(&b.time_ms))
        .map(|c| Slowest {
            case: c.name.clone(),
            time_ms: c.time_ms,
            limit_ms: ms(limits.cpu),
            reference_ms: c.reference_ms,
        });
    let indices: Box<dyn Iterator<Item = usize>> = match plan {
        RandomPlan::All => Box::new(0..count),
        RandomPlan::One(i) => Box::new(std::iter::once(i)),
        RandomPlan::None => Box::new(std::iter::empty()),
    };
    if report.verdict == Verdict::AC && count > 0 && !matches!(plan, RandomPlan::None) {
        let seed = options.seed.unwrap_or_else(crate::random::fresh_seed);
        report.seed = Some(seed);
        options.tell(Event::RandomStarted { count });
        let mut tick = |done: usize| {
            options.tell(Event::Random { done });
            options.cancelled().is_ok()
        };
        let (summary, failed) = run_random(
            problem,
            &mut reference,
            &mut runner,
            seed,
            count,
            indices,
            &mut tick,
        )?;
        options.cancelled()?;
        report.random = Some(summary);
        if let Some(f) = failed {
            record_random(&mut report, &ctx, seed, count, f);
        }
    }
    Ok(report)
}

#[allow(clippy::too_many_arguments)]
fn record(
    report: &mut Report,
    ctx: &Context,
    id: String,
    kind: CaseKind,
    input: &[Value],
    expected: &Value,
    judged: &Judged,
    captured: &Captured,
    reference_ms: Option<f64>,
) {
    report.total += 1;
    if judged.verdict == Verdict::AC {
        report.passed += 1;
    } else if report.failure.is_none() {
        report.verdict = judged.verdict;
        let reproduce = format!(
            "grader test {} {} --case {id}",
            ctx.options.problem_arg,
            ctx.file.display()
        );
        report.failure = Some(failure(
            ctx.problem,
            &id,
            input,
            expected,
            judged,
            captured,
            reproduce,
        ));
    }
    report.cases.push(CaseResult {
        name: id,
        kind,
        verdict: judged.verdict,
        time_ms: ms(judged.time),
        reference_ms,
        message: judged.message.clone(),
    });
}

fn record_random(report: &mut Report, ctx: &Context, seed: u64, count: usize, f: RandomFailure) {
    let id = format!("random/{}", f.index);
    let count_arg = if count == DEFAULT_COUNT {
        String::new()
    } else {
        format!(" --random {count}")
    };
    let reproduce = format!(
        "grader test {} {} --seed {seed}{count_arg} --case {id}",
        ctx.options.problem_arg,
        ctx.file.display()
    );
    let mut failure = failure(
        ctx.problem,
        &id,
        &f.minimal,
        &f.expected,
        &f.judged,
        &f.captured,
        reproduce,
    );
    let saved = save_case(
        ctx.problem,
        &format!("random-{seed}-{}", f.index),
        &f.minimal,
        &f.expected,
    );
    failure.replay = saved.as_ref().map(|p| {
        format!(
            "grader run {} {} --input {}",
            ctx.options.problem_arg,
            ctx.file.display(),
            p.display()
        )
    });
    failure.saved_input = saved;
    failure.original_size = Some(f.original_size);
    failure.minimal_size = Some(f.minimal_size);
    failure.shrink_steps = Some(f.shrink_steps);
    report.total += 1;
    report.verdict = f.judged.verdict;
    report.failure = Some(failure);
    report.cases.push(CaseResult {
        name: id,
        kind: CaseKind::Random,
        verdict: f.judged.verdict,
        time_ms: ms(f.judged.time),
        reference_ms: None,
        message: f.judged.message,
    });
}

/// The details of a failing case.
pub fn failure(
    problem: &Problem,
    id: &str,
    input: &[Value],
    expected: &Value,
    judged: &Judged,
    captured: &Captured,
    reproduce: String,
) -> Failure {
    let full: String = input.iter().map(|v| format!("{v}\n")).collect();
    let input_shortened = full.len() > SHOW_LIMIT;
    let input_file = if input_shortened {
        save_case(problem, &id.replace('/', "-"), input, expected)
    } else {
        None
    };
    let (stdout, stdout_file) =
        crate::panel::stdout_panel(captured, &format!("{}-{id}", problem.slug()));
    Failure {
        case: id.to_string(),
        verdict: judged.verdict,
        message: judged.message.clone(),
        input: if input_shortened {
            input
                .iter()
                .map(|v| format!("{}\n", shorten(&v.to_string())))
                .collect()
        } else {
            full
        },
        input_shortened,
        input_file,
        params: param_names(problem),
        expected: (judged.verdict == Verdict::WA).then(|| shorten(&expected.to_string())),
        actual: judged.actual.as_deref().map(shorten),
        stdout,
        stdout_file,
        reproduce,
        replay: None,
        saved_input: None,
        original_size: None,
        minimal_size: None,
        shrink_steps: None,
    }
}

/// Parameter names in input-line order.
pub fn param_names(problem: &Problem) -> Vec<String> {
    match &problem.signature {
        Signature::Function { params, .. } => params.iter().map(|p| p.name.clone()).collect(),
        Signature::Class { .. } => vec!["operations".into(), "arguments".into()],
    }
}

/// Head and tail of a long value text, with its size.
pub fn shorten(text: &str) -> String {
    if text.len() <= SHOW_LIMIT {
        return text.to_string();
    }
    let head: String = text.chars().take(SHOW_LIMIT / 2).collect();
    let tail: String = text
        .chars()
        .rev()
        .take(SHOW_LIMIT / 4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("{head} … ({} characters in all) … {tail}", text.len())
}

/// Writes `<name>.in` (and the expected `<name>.out`) under the cache; returns the `.in` path.
fn save_case(problem: &Problem, name: &str, input: &[Value], expected: &Value) -> Option<PathBuf> {
    let dir = cache_root().join("inputs").join(problem.slug());
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(format!("{name}.in"));
    let text: String = input.iter().map(|v| format!("{v}\n")).collect();
    std::fs::write(&path, text).ok()?;
    std::fs::write(path.with_extension("out"), format!("{expected}\n")).ok()?;
    Some(path)
}

/// The statement's editorial section, if any.
fn editorial(problem: &Problem) -> Option<String> {
    let text = std::fs::read_to_string(problem.dir.join("statement.md")).ok()?;
    let start = text.find("## Editorial")?;
    Some(text[start..].to_string())
}
