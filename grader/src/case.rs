//! Cases: the example and hidden cases stored as `.in`/`.out` files, and the
//! large cases described by recipes in `cases/large.toml`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::SpecError;
use crate::problem::Problem;
use crate::value::Value;

/// Where a case comes from; also the order in which cases run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CaseKind {
    /// The learner's own cases: saved counterexamples and `grader run --save` inputs.
    Yours,
    /// LeetCode's examples.
    Example,
    /// Hand-made cases aimed at common mistakes.
    Hidden,
    /// Generated at the maximum constraints from a recipe.
    Large,
    /// Random inputs compared with the reference.
    Random,
}

impl CaseKind {
    /// Lower-case name (`example`, `hidden`, …).
    pub fn name(self) -> &'static str {
        match self {
            CaseKind::Yours => "yours",
            CaseKind::Example => "example",
            CaseKind::Hidden => "hidden",
            CaseKind::Large => "large",
            CaseKind::Random => "random",
        }
    }
}

/// One input (and, for stored cases, its expected output).
#[derive(Debug, Clone)]
pub struct Case {
    /// Name unique within its kind (`1`, `03-k-equals-n`, a recipe name).
    pub name: String,
    /// Its group.
    pub kind: CaseKind,
    /// One value per argument line.
    pub input: Vec<Value>,
    /// The stored expected output; `None` when the reference provides it.
    pub expected: Option<Value>,
    /// The `.in` file or recipe file it came from.
    pub source: PathBuf,
}

impl Case {
    /// `kind/name`, e.g. `hidden/03-k-equals-n`.
    pub fn id(&self) -> String {
        format!("{}/{}", self.kind.name(), self.name)
    }

    /// The input as LeetCode's text, one argument per line.
    pub fn input_text(&self) -> String {
        self.input.iter().map(|v| format!("{v}\n")).collect()
    }
}

/// A large case recipe: a pattern, a size and a seed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipe {
    /// Unique name.
    pub name: String,
    /// One of the problem's generator patterns.
    pub pattern: String,
    /// Size (meaning per problem: elements, calls, nodes).
    pub n: usize,
    /// Seed of the ChaCha8 generator.
    pub seed: u64,
    /// The `k` argument, where the problem has one.
    pub k: Option<usize>,
    /// Number of lists (merge-k-lists).
    pub lists: Option<usize>,
    /// The cooldown `n` (task-scheduler).
    pub cooldown: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecipeFile {
    #[serde(default)]
    recipe: Vec<Recipe>,
}

/// Loads the stored cases of one kind (`examples` or `hidden`), sorted by name.
pub fn load_stored(problem: &Problem, kind: CaseKind) -> Result<Vec<Case>, SpecError> {
    let folder = problem.dir.join("cases").join(match kind {
        CaseKind::Example => "examples",
        _ => "hidden",
    });
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(Vec::new());
    };
    let files: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    let has = |p: &PathBuf, ext: &str| p.extension().is_some_and(|x| x == ext);
    if let Some(orphan) = files
        .iter()
        .filter(|p| has(p, "out") && !p.with_extension("in").exists())
        .min()
    {
        return Err(SpecError::new(
            orphan,
            format!(
                "an expected output without its input: add {} beside it, or delete it",
                orphan.with_extension("in").display()
            ),
        ));
    }
    let mut inputs: Vec<PathBuf> = files.into_iter().filter(|p| has(p, "in")).collect();
    inputs.sort_by_key(|p| natural_key(p));
    inputs.iter().map(|p| load_case(problem, kind, p)).collect()
}

/// The largest stored case file (`.in` or `.out`); bigger inputs belong in recipes.
pub const MAX_CASE_BYTES: u64 = 8 << 20;

/// Loads one `.in` file and its `.out` beside it.
pub fn load_case(problem: &Problem, kind: CaseKind, input: &Path) -> Result<Case, SpecError> {
    for file in [input.to_path_buf(), input.with_extension("out")] {
        let size = std::fs::metadata(&file).map_or(0, |m| m.len());
        if size > MAX_CASE_BYTES {
            return Err(SpecError::new(
                &file,
                format!(
                    "{size} bytes is more than a stored case may hold ({MAX_CASE_BYTES}); stored cases are hand-sized, inputs at the maximum constraints belong in cases/large.toml recipes"
                ),
            ));
        }
    }
    let text = std::fs::read_to_string(input)
        .map_err(|e| SpecError::new(input, format!("cannot read case input: {e}")))?;
    let values = parse_input(problem, input, &text)?;
    let out_path = input.with_extension("out");
    let out = std::fs::read_to_string(&out_path).map_err(|e| {
        SpecError::new(
            &out_path,
            format!("cannot read the expected output ({e}); every .in needs a .out beside it"),
        )
    })?;
    let expected = Value::parse_lines(&out)
        .map_err(|e| SpecError::at(&out_path, e.line, Some(e.column), e.message))?;
    if expected.len() != 1 {
        return Err(SpecError::new(
            &out_path,
            format!(
                "expected output must be exactly one value, found {}",
                expected.len()
            ),
        ));
    }
    Ok(Case {
        name: input
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        kind,
        input: values,
        expected: expected.into_iter().next(),
        source: input.to_path_buf(),
    })
}

/// Parses a case's input text, checking it has one line per argument.
pub fn parse_input(problem: &Problem, file: &Path, text: &str) -> Result<Vec<Value>, SpecError> {
    let values = Value::parse_lines(text).map_err(|e| {
        SpecError::at(
            file,
            e.line,
            Some(e.column),
            format!("malformed value: {}", e.message),
        )
    })?;
    let want = problem.signature.input_lines();
    if values.len() != want {
        let what = if problem.signature.is_class() {
            "2 lines: the operation names and their argument lists".to_string()
        } else {
            format!("{want} lines, one value per parameter")
        };
        return Err(SpecError::new(
            file,
            format!("input has {} value lines, expected {what}", values.len()),
        ));
    }
    Ok(values)
}

/// Loads `cases/large.toml` (no file means no recipes).
pub fn load_recipes(problem: &Problem) -> Result<Vec<Recipe>, SpecError> {
    let path = problem.dir.join("cases").join("large.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(Vec::new());
    };
    let file: RecipeFile = toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        SpecError {
            file: path.clone(),
            line,
            column: None,
            message: format!(
                "{} (see docs/problem-format.md, \"Large recipes\")",
                e.message()
            ),
        }
    })?;
    let mut seen = std::collections::HashSet::new();
    let max = problem.max_size();
    for r in &file.recipe {
        if r.n as u64 > max {
            return Err(SpecError::near_after(
                &path,
                &text,
                &format!("\"{}\"", r.name),
                |l: &str| l.strip_prefix('n').is_some_and(|r| r.trim_start().starts_with('=')),
                format!(
                    "recipe `{}`: n = {} is larger than the constraints of {} allow (at most {max}, the longest list or call sequence in problem.toml's [signature])",
                    r.name,
                    r.n,
                    problem.slug()
                ),
            ));
        }
        if !seen.insert(r.name.clone()) {
            return Err(SpecError::near(
                &path,
                &text,
                &format!("\"{}\"", r.name),
                format!("recipe name `{}` is used twice", r.name),
            ));
        }
    }
    Ok(file.recipe)
}

/// Checks a case's input against the problem's own constraints; the error
/// names the case's file (for a large case, its recipe in `large.toml`).
pub fn check_case(problem: &Problem, case: &Case) -> Result<(), SpecError> {
    crate::validate::validate(problem, &case.input).map_err(|e| match case.kind {
        CaseKind::Large => SpecError::near(
            &case.source,
            &std::fs::read_to_string(&case.source).unwrap_or_default(),
            &format!("\"{}\"", case.name),
            format!(
                "recipe `{}`: the generated input breaks the problem's constraints: {e}",
                case.name
            ),
        ),
        _ => SpecError::new(
            &case.source,
            format!("the input breaks the problem's constraints in problem.toml: {e}"),
        ),
    })
}

/// Sort key that orders `2` before `10`.
fn natural_key(p: &Path) -> (u64, String) {
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let digits: String = stem.chars().take_while(char::is_ascii_digit).collect();
    (digits.parse().unwrap_or(u64::MAX), stem)
}
