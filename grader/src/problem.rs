//! A problem folder, loaded and checked: its spec, its resolved signature
//! and checker, and lookup by folder name, LeetCode number or LeetCode slug.

use std::path::{Path, PathBuf};

use crate::checker::Checker;
use crate::error::{closest, SpecError};
use crate::spec::{Bound, CheckerKind, MethodSpec, ParamSpec, ProblemSpec};
use crate::types::Type;

/// Named constraint rules that the validator implements in code.
pub const KNOWN_RULES: &[&str] = &["unique-answer", "median-needs-element"];

/// A problem's calling convention.
#[derive(Debug, Clone)]
pub enum Signature {
    /// `name(params) -> returns`.
    Function {
        /// LeetCode's camelCase name.
        name: String,
        /// Parameters in order.
        params: Vec<ParamSpec>,
        /// Return type.
        returns: Type,
    },
    /// A class constructed once, then driven by method calls.
    Class {
        /// Class name.
        name: String,
        /// Constructor parameters.
        constructor: Vec<ParamSpec>,
        /// Methods.
        methods: Vec<MethodSpec>,
        /// Allowed number of calls after the constructor.
        calls: [u64; 2],
    },
}

impl Signature {
    /// Whether this is a class-design problem.
    pub fn is_class(&self) -> bool {
        matches!(self, Signature::Class { .. })
    }

    /// Number of lines in a case's input.
    pub fn input_lines(&self) -> usize {
        match self {
            Signature::Function { params, .. } => params.len(),
            Signature::Class { .. } => 2,
        }
    }
}

/// A loaded, checked problem folder.
#[derive(Debug, Clone)]
pub struct Problem {
    /// The folder.
    pub dir: PathBuf,
    /// The parsed `problem.toml`.
    pub spec: ProblemSpec,
    /// The resolved signature.
    pub signature: Signature,
    /// The resolved checker.
    pub checker: Checker,
}

impl Problem {
    /// Loads and checks `dir/problem.toml`.
    pub fn load(dir: &Path) -> Result<Problem, SpecError> {
        let path = dir.join("problem.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| {
            SpecError::new(&path, format!("cannot read the problem spec: {e}; every problem folder needs a problem.toml (see docs/problem-format.md)"))
        })?;
        let spec: ProblemSpec = toml::from_str(&text).map_err(|e| toml_error(&path, &text, &e))?;
        let signature = resolve_signature(&path, &text, &spec)?;
        check_spec(dir, &path, &text, &spec)?;
        let checker = match spec.checker.kind {
            CheckerKind::Exact => Checker::Exact,
            CheckerKind::AnyOrder => Checker::AnyOrder,
            CheckerKind::Float => Checker::Float {
                tolerance: spec.checker.tolerance.unwrap_or(1e-5),
            },
        };
        Ok(Problem {
            dir: dir.to_path_buf(),
            spec,
            signature,
            checker,
        })
    }

    /// The folder name.
    pub fn slug(&self) -> &str {
        &self.spec.slug
    }

    /// Path of `problem.toml`.
    pub fn spec_path(&self) -> PathBuf {
        self.dir.join("problem.toml")
    }

    /// Whether `name` (folder name, LeetCode number or slug) names this problem.
    pub fn answers_to(&self, name: &str) -> bool {
        let name = name.trim().trim_end_matches('/');
        name == self.spec.slug
            || self.spec.leetcode.as_ref().is_some_and(|lc| {
                lc.slug == name
                    || lc.number.to_string() == name
                    || format!("lc{}", lc.number) == name.to_lowercase()
            })
    }

    /// The constraint rules this problem asks for.
    pub fn has_rule(&self, rule: &str) -> bool {
        self.spec.constraints.rules.iter().any(|r| r == rule)
    }
}

/// The folder holding problem folders: `$GRADER_PROBLEMS`, else `./problems`
/// if present, else the one beside this source tree.
pub fn problems_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("GRADER_PROBLEMS") {
        return PathBuf::from(dir);
    }
    let local = PathBuf::from("problems");
    if local.join("kth-largest").is_dir() {
        return local;
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).join("problems")
}

/// Every problem folder under `root`, sorted by name.
pub fn problem_dirs(root: &Path) -> Result<Vec<PathBuf>, SpecError> {
    let entries = std::fs::read_dir(root)
        .map_err(|e| SpecError::new(root, format!("cannot list problem folders: {e}")))?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("problem.toml").is_file())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Finds a problem by folder name, path, LeetCode number or LeetCode slug.
pub fn find_problem(root: &Path, name: &str) -> Result<Problem, SpecError> {
    let as_path = Path::new(name);
    if as_path.join("problem.toml").is_file() {
        return Problem::load(as_path);
    }
    let direct = root.join(name);
    if direct.join("problem.toml").is_file() {
        return Problem::load(&direct);
    }
    let mut slugs = Vec::new();
    for dir in problem_dirs(root)? {
        let problem = Problem::load(&dir)?;
        if problem.answers_to(name) {
            return Ok(problem);
        }
        slugs.push(problem.spec.slug.clone());
    }
    let hint = closest(name, slugs.iter().map(String::as_str))
        .map(|s| format!(" Did you mean `{s}`?"))
        .unwrap_or_default();
    Err(SpecError::new(
        root,
        format!(
            "no problem named `{name}`.{hint} Known problems: {}. A problem may also be named by its LeetCode number or slug.",
            slugs.join(", ")
        ),
    ))
}

fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> SpecError {
    let message = e.message().to_string();
    let mut full = message.clone();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or("");
        let known: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
        if let Some(best) = closest(field, known.iter().copied()) {
            full.push_str(&format!("; did you mean `{best}`?"));
        }
    }
    full.push_str(" (see docs/problem-format.md)");
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            SpecError::at(path, line, Some(column), full)
        }
        None => SpecError::new(path, full),
    }
}

fn resolve_signature(path: &Path, text: &str, spec: &ProblemSpec) -> Result<Signature, SpecError> {
    let s = &spec.signature;
    let err = |needle: &str, msg: &str| Err(SpecError::near(path, text, needle, msg.to_string()));
    match (&s.function, &s.class) {
        (Some(_), Some(_)) => err("class", "[signature] has both `function` and `class`; a problem is one or the other"),
        (None, None) => err("[signature]", "[signature] needs `function = \"name\"` (with `returns` and `params`) or `class = \"Name\"` (with `methods`)"),
        (Some(name), None) => {
            if s.constructor.is_some() || !s.methods.is_empty() || s.calls.is_some() {
                return err("[signature", "a `function` signature cannot have `constructor`, `methods` or `calls`");
            }
            let Some(returns) = s.returns.clone() else {
                return err("function", "[signature] is missing field `returns` (the return type, e.g. \"int\")");
            };
            check_params(path, text, &s.params)?;
            Ok(Signature::Function { name: name.clone(), params: s.params.clone(), returns })
        }
        (None, Some(name)) => {
            if s.returns.is_some() || !s.params.is_empty() {
                return err("class", "a `class` signature has no `returns` or `params`; put them on [[signature.methods]] and [signature.constructor]");
            }
            if s.methods.is_empty() {
                return err("class", "a `class` signature needs at least one [[signature.methods]]");
            }
            let constructor = s.constructor.clone().unwrap_or_default().params;
            check_params(path, text, &constructor)?;
            for m in &s.methods {
                check_params(path, text, &m.params)?;
            }
            Ok(Signature::Class {
                name: name.clone(),
                constructor,
                methods: s.methods.clone(),
                calls: s.calls.unwrap_or([1, 100_000]),
            })
        }
    }
}

fn check_params(path: &Path, text: &str, params: &[ParamSpec]) -> Result<(), SpecError> {
    for p in params {
        let bounds = [&p.length, &p.item_length, &p.total_length, &p.range];
        for bound in bounds.into_iter().flatten().flatten() {
            if let Bound::Text(t) = bound {
                let ok = bound.char_code().is_some()
                    || bound
                        .length_ref()
                        .is_some_and(|(n, _)| params.iter().any(|q| q.name == n));
                if !ok {
                    return Err(SpecError::near(path, text, t, format!(
                        "parameter `{}`: bound \"{t}\" is neither a number, a one-letter char, nor `<param>.length` (optionally `+ N` or `- N`) of a parameter of the same signature", p.name)));
                }
            }
        }
        if p.item_length.is_some() && p.ty.depth() < 2 {
            return Err(SpecError::near(path, text, "item_length", format!(
                "parameter `{}`: `item_length` needs a nested type such as int[][] or ListNode[], not {}", p.name, p.ty)));
        }
    }
    Ok(())
}

fn check_spec(dir: &Path, path: &Path, text: &str, spec: &ProblemSpec) -> Result<(), SpecError> {
    if spec.format_version != 1 {
        return Err(SpecError::near(
            path,
            text,
            "format_version",
            format!(
                "format_version {} is not supported; this grader reads format_version = 1",
                spec.format_version
            ),
        ));
    }
    let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let folder = if folder.is_empty() || folder == "." {
        std::fs::canonicalize(dir)
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_default()
    } else {
        folder.to_string()
    };
    if spec.slug != folder {
        return Err(SpecError::near(
            path,
            text,
            "slug",
            format!("slug `{}` must equal the folder name `{folder}`", spec.slug),
        ));
    }
    for rule in &spec.constraints.rules {
        if !KNOWN_RULES.contains(&rule.as_str()) {
            let hint = closest(rule, KNOWN_RULES.iter().copied())
                .map(|s| format!(" Did you mean `{s}`?"))
                .unwrap_or_default();
            return Err(SpecError::near(
                path,
                text,
                rule,
                format!(
                    "unknown constraint rule `{rule}`.{hint} Known rules: {}",
                    KNOWN_RULES.join(", ")
                ),
            ));
        }
    }
    if spec.checker.tolerance.is_some() && spec.checker.kind != CheckerKind::Float {
        return Err(SpecError::near(
            path,
            text,
            "tolerance",
            "`tolerance` only applies to kind = \"float\"",
        ));
    }
    if spec.limits.time_ms == 0 || spec.limits.memory_mb == 0 {
        return Err(SpecError::near(
            path,
            text,
            "[limits]",
            "limits must be positive: time_ms (per case, milliseconds) and memory_mb",
        ));
    }
    Ok(())
}
