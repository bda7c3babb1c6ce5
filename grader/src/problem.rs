//! A problem folder, loaded and checked: its spec, its resolved signature
//! and checker, and lookup by folder name, LeetCode number or LeetCode slug.

use std::path::{Path, PathBuf};

use crate::checker::Checker;
use crate::error::{closest, SpecError};
use crate::spec::{Bound, CheckerKind, MethodSpec, ParamSpec, ProblemSpec};
use crate::types::Type;

/// Named constraint rules that the validator implements in code.
pub const KNOWN_RULES: &[&str] = &["unique-answer", "median-needs-element"];

/// The time limits (`[limits] time_ms`) a problem may ask for.
pub const TIME_MS: std::ops::RangeInclusive<u64> = 1..=60_000;
/// The memory limits (`[limits] memory_mb`) a problem may ask for.
pub const MEMORY_MB: std::ops::RangeInclusive<u64> = 32..=4_096;
/// The largest list length (`length`, `item_length`, `total_length`), call
/// count (`calls`), random-input size (`[generator] sizes`) and random-case
/// count (`[generator] count`) a problem may ask for.
pub const MAX_SIZE: u64 = 1_000_000;

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
        if path.is_dir() {
            return Err(SpecError::new(
                &path,
                "is a folder, not a file: problem.toml must be the problem's spec file (see docs/problem-format.md)",
            ));
        }
        let text = std::fs::read_to_string(&path).map_err(|e| {
            SpecError::new(&path, format!("cannot read the problem spec: {e}; every problem folder needs a problem.toml (see docs/problem-format.md)"))
        })?;
        let spec: ProblemSpec = toml::from_str(&text).map_err(|e| toml_error(&path, &text, &e))?;
        let signature = resolve_signature(&path, &text, &spec)?;
        check_spec(dir, &path, &text, &spec)?;
        check_sizes(&path, &text, &spec, &signature)?;
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

    /// The largest size a large recipe's `n` may have: the longest list (or,
    /// for a class, call sequence) the constraints allow.
    pub fn max_size(&self) -> u64 {
        let lists = |ps: &[ParamSpec]| {
            ps.iter()
                .flat_map(|p| [&p.length, &p.total_length])
                .filter_map(|b| b.as_ref().and_then(|[_, hi]| constant(hi)))
                .map(|hi| hi.max(0) as u64)
                .max()
        };
        let found = match &self.signature {
            Signature::Function { params, .. } => lists(params),
            Signature::Class {
                constructor,
                methods,
                calls,
                ..
            } => methods
                .iter()
                .filter_map(|m| lists(&m.params))
                .chain(lists(constructor))
                .chain([calls[1]])
                .max(),
        };
        found.unwrap_or(MAX_SIZE).min(MAX_SIZE)
    }

    /// The constraint rules this problem asks for.
    pub fn has_rule(&self, rule: &str) -> bool {
        self.spec.constraints.rules.iter().any(|r| r == rule)
    }
}

/// A bound's value when it does not depend on another parameter.
fn constant(b: &Bound) -> Option<i64> {
    match b {
        Bound::Int(i) => Some(*i),
        other => other.char_code(),
    }
}

/// Every problem folder under `root`, sorted by name.
pub fn problem_dirs(root: &Path) -> Result<Vec<PathBuf>, SpecError> {
    let entries = std::fs::read_dir(root)
        .map_err(|e| SpecError::new(root, format!("cannot list problem folders: {e}")))?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("problem.toml").exists())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Finds a problem under `root` by folder name, path, LeetCode number or LeetCode slug.
pub fn find_problem(root: &Path, name: &str) -> Result<Problem, SpecError> {
    find_in(&problem_dirs(root)?, root, name)
}

/// Finds a problem among `dirs` (or at the path `name`) by folder name,
/// LeetCode number or LeetCode slug; errors name `context`.
pub fn find_in(dirs: &[PathBuf], context: &Path, name: &str) -> Result<Problem, SpecError> {
    let root = context;
    let as_path = Path::new(name);
    if as_path.join("problem.toml").exists() {
        return Problem::load(as_path);
    }
    let trimmed = name.trim().trim_end_matches('/');
    if let Some(direct) = dirs
        .iter()
        .find(|d| d.file_name().is_some_and(|n| n == trimmed))
    {
        return Problem::load(direct);
    }
    let mut slugs = Vec::new();
    let mut found: Vec<Problem> = Vec::new();
    for dir in dirs {
        let problem = Problem::load(dir)?;
        slugs.push(problem.spec.slug.clone());
        if problem.answers_to(name) {
            found.push(problem);
        }
    }
    if found.len() > 1 {
        let claims: Vec<String> = found
            .iter()
            .map(|p| p.spec_path().display().to_string())
            .collect();
        return Err(SpecError::new(
            root,
            format!(
                "`{name}` is ambiguous: {} all claim it in [leetcode]; give each problem its own LeetCode number and slug, or name the problem by its folder ({})",
                claims.join(" and "),
                found.iter().map(Problem::slug).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    if let Some(problem) = found.pop() {
        return Ok(problem);
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
            // An error found only at the end of the input (an unterminated
            // string) is placed after the final newline, on a line the file
            // does not have: point at the end of its last line instead.
            let trimmed = text.trim_end_matches(['\n', '\r']).len();
            let at_end = span.start >= trimmed && trimmed > 0;
            let before = &text[..span.start.min(trimmed)];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            if at_end {
                full.push_str("; the file ended before it was closed");
            }
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

/// `field = [...]` as the first thing on a (trimmed) line.
fn is_field(field: &'static str) -> impl Fn(&str) -> bool {
    move |line: &str| {
        line.strip_prefix(field)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    }
}

/// Constant bounds in order, lengths within 0..=MAX_SIZE, int ranges within 32 bits.
fn check_bounds(path: &Path, text: &str, p: &ParamSpec) -> Result<(), SpecError> {
    let anchor = format!("\"{}\"", p.name);
    let fields: [(&'static str, &Option<[Bound; 2]>); 4] = [
        ("length", &p.length),
        ("item_length", &p.item_length),
        ("total_length", &p.total_length),
        ("range", &p.range),
    ];
    for (field, bounds) in fields {
        let Some([lo, hi]) = bounds else { continue };
        let err = |msg: String| {
            Err(SpecError::near_after(
                path,
                text,
                &anchor,
                is_field(field),
                format!("parameter `{}`: `{field}`: {msg}", p.name),
            ))
        };
        let (clo, chi) = (constant(lo), constant(hi));
        if let (Some(l), Some(h)) = (clo, chi) {
            if l > h {
                return err(format!(
                    "the bounds [{l}, {h}] are reversed (no value fits); write [low, high]"
                ));
            }
        }
        if field != "range" {
            if let Some(l) = clo.filter(|l| *l < 0) {
                return err(format!("a length cannot be negative ({l})"));
            }
            if let Some(h) = chi.filter(|h| *h > MAX_SIZE as i64) {
                return err(format!(
                    "{h} is larger than the grader allows (at most {MAX_SIZE})"
                ));
            }
        } else {
            let mut leaf = &p.ty;
            while let Some(inner) = leaf.item() {
                leaf = inner;
            }
            if matches!(leaf, Type::Int | Type::ListNode) {
                for b in [clo, chi].into_iter().flatten() {
                    if i32::try_from(b).is_err() {
                        return err(format!(
                            "{b} does not fit the 32-bit type {}; use \"long\" for 64-bit values",
                            p.ty
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Sane limits, call counts and generator sizes: a typo here would make a
/// run last for hours instead of failing.
fn check_sizes(
    path: &Path,
    text: &str,
    spec: &ProblemSpec,
    signature: &Signature,
) -> Result<(), SpecError> {
    let limits = &spec.limits;
    if !TIME_MS.contains(&limits.time_ms) {
        return Err(SpecError::near_after(
            path,
            text,
            "[limits]",
            is_field("time_ms"),
            format!(
                "[limits] time_ms = {} is outside {}..={} (milliseconds of CPU time per case, before the language's multiplier); LeetCode's limits are about 1000",
                limits.time_ms,
                TIME_MS.start(),
                TIME_MS.end()
            ),
        ));
    }
    if !MEMORY_MB.contains(&limits.memory_mb) {
        return Err(SpecError::near_after(
            path,
            text,
            "[limits]",
            is_field("memory_mb"),
            format!(
                "[limits] memory_mb = {} is outside {}..={} (MiB); LeetCode's limit is about 256",
                limits.memory_mb,
                MEMORY_MB.start(),
                MEMORY_MB.end()
            ),
        ));
    }
    if let Signature::Class { calls, .. } = signature {
        let err = |msg: String| {
            Err(SpecError::near_after(
                path,
                text,
                "[signature]",
                is_field("calls"),
                msg,
            ))
        };
        if calls[0] > calls[1] {
            return err(format!(
                "[signature] calls = [{}, {}] is reversed (no call count fits); write [fewest, most]",
                calls[0], calls[1]
            ));
        }
        if calls[1] > MAX_SIZE {
            return err(format!(
                "[signature] calls: at most {} calls is more than the grader allows (at most {MAX_SIZE})",
                calls[1]
            ));
        }
    }
    let generator = &spec.generator;
    if let Some(count) = generator.count.filter(|c| *c as u64 > MAX_SIZE) {
        return Err(SpecError::near_after(
            path,
            text,
            "[generator]",
            is_field("count"),
            format!("[generator] count = {count} is more random cases than the grader allows (at most {MAX_SIZE})"),
        ));
    }
    if let Some(sizes) = generator
        .sizes
        .filter(|s| s.iter().any(|x| *x as u64 > MAX_SIZE))
    {
        return Err(SpecError::near_after(
            path,
            text,
            "[generator]",
            is_field("sizes"),
            format!("[generator] sizes = {sizes:?}: a size above {MAX_SIZE} is more than the grader allows"),
        ));
    }
    Ok(())
}

fn check_params(path: &Path, text: &str, params: &[ParamSpec]) -> Result<(), SpecError> {
    for p in params {
        check_bounds(path, text, p)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SPECS: [&str; 2] = [
        include_str!("../../problems/kth-largest/problem.toml"),
        include_str!("../../problems/median-stream/problem.toml"),
    ];

    /// A bundled spec with one line deleted, replaced or edited.
    fn mutated_spec() -> impl Strategy<Value = (usize, String)> {
        let junk = prop_oneof![
            Just(String::new()),
            Just("[limits]".to_string()),
            Just("calls = [10000, 1]".to_string()),
            Just("range = [1000, 1]".to_string()),
            Just("length = [-1, 5]".to_string()),
            Just("time_ms = 86400000".to_string()),
            Just("memory_mb = 0".to_string()),
            Just("type = \"int[][][]\"".to_string()),
            Just("range = [1, \"nums.length + x\"]".to_string()),
            Just("[[signature.params]]".to_string()),
            "[a-z_]{1,12} = [0-9\"\\[\\], -]{0,12}",
            "\\PC{0,40}",
            any::<i64>().prop_map(|i| format!("n = {i}")),
        ];
        (0usize..2, any::<prop::sample::Index>(), 0u8..3, junk).prop_map(|(which, at, op, junk)| {
            let mut lines: Vec<String> = SPECS[which].lines().map(str::to_string).collect();
            let i = at.index(lines.len());
            match op {
                0 => {
                    lines.remove(i);
                }
                1 => lines[i] = junk,
                _ => {
                    // Change a number on the line, if there is one.
                    let digit = lines[i].find(|c: char| c.is_ascii_digit());
                    match digit {
                        Some(d) => lines[i].insert_str(d, &junk.len().to_string()),
                        None => lines.insert(i, junk),
                    }
                }
            }
            (which, lines.join("\n") + "\n")
        })
    }

    /// An unterminated multi-line string is only found at the end of the
    /// input: the error points at the last line of the file, not past it.
    #[test]
    fn an_error_at_the_end_of_the_file_points_at_its_last_line() {
        let text = SPECS[0].replacen("[leetcode]\n", "[leetcode]\na = \"\"\"\n", 1);
        let lines = text.lines().count();
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("kth-largest");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("problem.toml"), &text).unwrap();
        let Err(e) = Problem::load(&dir) else {
            panic!("an unterminated string is an error")
        };
        assert_eq!(e.line, Some(lines), "{e}");
        assert!(e.message.contains("ended before"), "{e}");
    }

    proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 300,
            failure_persistence: None,
            ..Default::default()
        })]

        /// A broken spec never panics; every error names problem.toml and a line or a field.
        #[test]
        fn broken_specs_are_located((which, text) in mutated_spec()) {
            let tmp = tempfile::tempdir().unwrap();
            let slug = ["kth-largest", "median-stream"][which];
            let dir = tmp.path().join(slug);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("problem.toml"), &text).unwrap();
            match Problem::load(&dir) {
                Ok(problem) => {
                    // A spec that loads has sane sizes.
                    prop_assert!(problem.max_size() <= MAX_SIZE);
                    prop_assert!(TIME_MS.contains(&problem.spec.limits.time_ms));
                }
                Err(e) => {
                    prop_assert!(e.file.ends_with("problem.toml"), "{e}");
                    let names_field = e.message.contains('`') || e.message.contains('[');
                    prop_assert!(e.line.is_some() || names_field, "no line or field: {e}\n{text}");
                    if let Some(line) = e.line {
                        prop_assert!(line >= 1 && line <= text.lines().count().max(1), "{e}");
                    }
                }
            }
        }
    }
}
