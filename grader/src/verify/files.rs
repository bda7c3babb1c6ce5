//! The static checks of `grader verify`: the folder is complete, every case
//! obeys the constraints, every expected output agrees with the reference,
//! and the statement's examples are the example cases.

use std::path::Path;

use crate::case::{load_recipes, load_stored, Case, CaseKind};
use crate::generate::generate;
use crate::problem::{Problem, Signature};
use crate::reference::Reference;
use crate::validate::validate;
use crate::value::Value;

/// Items a complete folder has; each missing one is a message.
pub fn completeness(problem: &Problem) -> Vec<String> {
    let dir = &problem.dir;
    let mut missing = Vec::new();
    let spec = std::fs::read_to_string(problem.spec_path()).unwrap_or_default();
    for (i, line) in spec.lines().enumerate() {
        if line.contains("TODO") && !line.trim_start().starts_with('#') {
            missing.push(format!(
                "problem.toml:{}: still a placeholder: {}",
                i + 1,
                line.trim()
            ));
        }
    }
    match std::fs::read_to_string(dir.join("statement.md")) {
        Err(_) => missing.push("statement.md is missing: write the statement, ## Examples, ## Constraints, ## Hints, ## Editorial".into()),
        Ok(text) => {
            for section in ["## Examples", "## Constraints", "## Hints", "## Editorial"] {
                if !text.lines().any(|l| l.trim() == section) {
                    missing.push(format!("statement.md: no `{section}` section"));
                }
            }
            for (i, line) in text.lines().enumerate() {
                if line.contains("TODO") {
                    missing.push(format!("statement.md:{}: still a placeholder: {}", i + 1, line.trim()));
                }
            }
        }
    }
    let count = |sub: &str, ext: &str| {
        std::fs::read_dir(dir.join(sub))
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == ext))
                    .count()
            })
            .unwrap_or(0)
    };
    if count("cases/examples", "in") == 0 {
        missing.push(
            "cases/examples/ has no cases: add 1.in and 1.out with LeetCode's first example".into(),
        );
    }
    if count("cases/hidden", "in") == 0 {
        missing.push("cases/hidden/ has no cases: add hand-made cases aimed at common mistakes (NN-name.in / .out)".into());
    }
    if !dir.join("cases/large.toml").is_file() {
        missing.push(
            "cases/large.toml is missing: add [[recipe]] entries at the maximum constraints".into(),
        );
    }
    if let Some(reference) = &problem.spec.reference {
        if !dir.join(&reference.file).is_file() {
            missing.push(format!("problem.toml: [reference] file \"{}\" does not exist yet: write the reference solution there", reference.file));
        }
    }
    let accepted = std::fs::read_dir(dir.join("submissions/accepted"))
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().is_file() && !is_hidden(&e.path()))
                .count()
        })
        .unwrap_or(0);
    if accepted == 0 {
        missing.push("submissions/accepted/ is empty: add at least one accepted solution (and mark one as [reference] if the problem has no built-in oracle)".into());
    }
    if std::fs::read_dir(dir.join("submissions/wrong_answer"))
        .map(|d| d.flatten().filter(|e| !is_hidden(&e.path())).count())
        .unwrap_or(0)
        == 0
    {
        missing.push(
            "submissions/wrong_answer/ is empty: add wrong solutions that the cases must reject"
                .into(),
        );
    }
    missing
}

/// Other folders beside this one that claim the same LeetCode number or slug.
pub fn alias_clashes(problem: &Problem) -> Vec<String> {
    let Some(mine) = &problem.spec.leetcode else {
        return Vec::new();
    };
    let Some(root) = problem.dir.parent() else {
        return Vec::new();
    };
    let me = std::fs::canonicalize(&problem.dir).ok();
    let mut clashes = Vec::new();
    for dir in crate::problem::problem_dirs(root).unwrap_or_default() {
        if std::fs::canonicalize(&dir).ok() == me {
            continue;
        }
        let Ok(other) = Problem::load(&dir) else {
            continue;
        };
        let Some(theirs) = &other.spec.leetcode else {
            continue;
        };
        if theirs.number == mine.number || theirs.slug == mine.slug {
            clashes.push(format!(
                "problem.toml: [leetcode] number = {} / slug = \"{}\" is also claimed by {}, so `grader test {}` would be ambiguous: give each problem its own LeetCode number and slug",
                mine.number,
                mine.slug,
                other.spec_path().display(),
                mine.number
            ));
        }
    }
    clashes
}

pub(crate) fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// Every stored case and every large recipe, each checked against the
/// constraints; returns the stored cases that obey them (the others are
/// reported here, not again as a failure of the reference).
pub fn constraints(problem: &Problem) -> (Vec<Case>, usize, Vec<String>) {
    let mut problems = Vec::new();
    let mut cases = Vec::new();
    for kind in [CaseKind::Example, CaseKind::Hidden] {
        match load_stored(problem, kind) {
            Ok(loaded) => cases.extend(loaded),
            Err(e) => problems.push(e.to_string()),
        }
    }
    let rel = |p: &Path| {
        p.strip_prefix(&problem.dir)
            .unwrap_or(p)
            .display()
            .to_string()
    };
    cases.retain(|case| match validate(problem, &case.input) {
        Ok(()) => true,
        Err(e) => {
            problems.push(format!(
                "{}: outside the constraints: {e}",
                rel(&case.source)
            ));
            false
        }
    });
    let mut recipes = 0;
    match load_recipes(problem) {
        Err(e) => problems.push(e.to_string()),
        Ok(list) => {
            for recipe in list {
                recipes += 1;
                match generate(problem, &recipe) {
                    Err(e) => problems.push(format!("cases/large.toml [{}]: {e}", recipe.name)),
                    Ok(input) => {
                        if let Err(e) = validate(problem, &input) {
                            problems.push(format!("cases/large.toml [{}]: the generated input is outside the constraints: {e}", recipe.name));
                        }
                    }
                }
            }
        }
    }
    (cases, recipes, problems)
}

/// Every stored expected output against the reference's answer.
pub fn expected_outputs(
    problem: &Problem,
    reference: &mut Reference,
    cases: &[Case],
) -> Vec<String> {
    let mut problems = Vec::new();
    for case in cases {
        let Some(expected) = &case.expected else {
            continue;
        };
        let out = case.source.with_extension("out");
        let rel = out
            .strip_prefix(&problem.dir)
            .unwrap_or(&out)
            .display()
            .to_string();
        match reference.solve(problem, &case.input) {
            Ok((answer, _)) => {
                if let Err(why) = problem.checker.check(expected, &answer) {
                    problems.push(format!("{rel}: disagrees with the reference ({why}); the reference answers {answer}: fix the .out or the reference"));
                }
            }
            Err(e) => problems.push(format!("{rel}: {e}")),
        }
    }
    problems
}

/// The examples written in statement.md: (number, input lines, output).
fn statement_examples(problem: &Problem, text: &str) -> Vec<(usize, Vec<String>, String)> {
    let names: Vec<String> = match &problem.signature {
        Signature::Function { params, .. } => params.iter().map(|p| p.name.clone()).collect(),
        Signature::Class { .. } => Vec::new(),
    };
    let mut out = Vec::new();
    let mut number = None;
    let mut block: Vec<&str> = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        if let Some(rest) = line.trim().strip_prefix("### Example") {
            number = rest.trim().parse::<usize>().ok();
            continue;
        }
        if line.trim_start().starts_with("```") {
            if in_block {
                if let Some(n) = number.take() {
                    if let Some(parsed) = parse_block(&names, &block) {
                        out.push((n, parsed.0, parsed.1));
                    }
                }
                block.clear();
            }
            in_block = !in_block;
            continue;
        }
        if in_block {
            block.push(line);
        }
    }
    out
}

/// `Input: a = 1, b = [2]` / `Output: 3`, or the class-design form with two lines after `Input:`.
fn parse_block(names: &[String], block: &[&str]) -> Option<(Vec<String>, String)> {
    let output = block
        .iter()
        .find_map(|l| l.trim().strip_prefix("Output:"))?
        .trim()
        .to_string();
    let start = block.iter().position(|l| l.trim().starts_with("Input:"))?;
    let first = block[start].trim().trim_start_matches("Input:").trim();
    if names.is_empty() {
        let lines: Vec<String> = block[start + 1..]
            .iter()
            .map(|l| l.trim())
            .take_while(|l| !l.starts_with("Output:"))
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        return Some((lines, output));
    }
    let mut values = Vec::new();
    let mut rest = first.to_string();
    for (i, name) in names.iter().enumerate() {
        rest = rest
            .trim_start()
            .strip_prefix(&format!("{name} ="))?
            .trim_start()
            .to_string();
        let end = match names.get(i + 1) {
            Some(next) => rest.find(&format!(", {next} ="))?,
            None => rest.len(),
        };
        values.push(rest[..end].trim().to_string());
        rest = rest[end..].trim_start_matches(',').to_string();
    }
    Some((values, output))
}

/// The statement's examples against `cases/examples/`.
pub fn statement_matches_examples(problem: &Problem, cases: &[Case]) -> Vec<String> {
    let text = std::fs::read_to_string(problem.dir.join("statement.md")).unwrap_or_default();
    let written = statement_examples(problem, &text);
    let mut problems = Vec::new();
    for case in cases.iter().filter(|c| c.kind == CaseKind::Example) {
        let Ok(n) = case.name.parse::<usize>() else {
            continue;
        };
        let Some((_, input, output)) = written.iter().find(|(k, _, _)| *k == n) else {
            problems.push(format!("statement.md: Example {n} is missing (cases/examples/{n}.in exists): add a `### Example {n}` block with Input and Output"));
            continue;
        };
        let parsed: Result<Vec<Value>, _> = input.iter().map(|t| Value::parse(t)).collect();
        match parsed {
            Ok(values) if values == case.input => {}
            _ => problems.push(format!(
                "statement.md: Example {n}'s input differs from cases/examples/{n}.in"
            )),
        }
        let same = Value::parse(output)
            .ok()
            .zip(case.expected.as_ref())
            .is_some_and(|(o, e)| problem.checker.check(e, &o).is_ok());
        if !same {
            problems.push(format!(
                "statement.md: Example {n}'s output `{output}` differs from cases/examples/{n}.out"
            ));
        }
    }
    problems
}
