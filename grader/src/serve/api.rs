//! The JSON API behind the pages: the problem list with progress, one
//! problem (statement as HTML, hints, editorial), the learner's code per
//! language, hints and the editorial (recorded in the same state as
//! `grader show`), Run on custom input, and "add to my cases".

use std::path::Path as FsPath;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value as Json_};

use super::reply::{blocking, ApiError, ApiResult, Body, Query};
use super::{html, workspace, App};
use crate::case::{load_stored, parse_input, CaseKind};
use crate::catalog;
use crate::grade::param_names;
use crate::language::LANGUAGES;
use crate::practice::show::statement;
use crate::practice::state::State as Progress;
use crate::practice::{progress, yours};
use crate::problem::Problem;

/// Inputs one Run may hold (each is one test case).
const MAX_RUN_CASES: usize = 10;

/// `GET /api/problems`: every problem with the learner's progress.
pub async fn problems() -> ApiResult<Json<Json_>> {
    blocking(|| {
        let rows = progress::rows(&catalog::entries()?, &Progress::load()?)?;
        let study = catalog::study_order()?;
        let next = progress::next(&rows, &study).map(|r| r.problem.clone());
        let mut tags = serde_json::Map::new();
        for entry in catalog::entries()? {
            let problem = Problem::load(&entry.dir)?;
            tags.insert(problem.slug().to_string(), json!(problem.spec.tags));
        }
        Ok(Json(json!({
            "problems": rows,
            "tags": tags,
            "next": next,
            "languages": languages(),
        })))
    })
    .await
}

fn languages() -> Json_ {
    LANGUAGES
        .iter()
        .map(|l| json!({"name": l.name, "ext": l.extensions[0]}))
        .collect()
}

/// `GET /api/problems/{slug}`: the problem page's content.
pub async fn problem(Path(slug): Path<String>) -> ApiResult<Json<Json_>> {
    blocking(move || {
        let problem = workspace::problem(&slug)?;
        let s = statement(&problem)?;
        let state = Progress::load()?;
        let record = state.problems.get(&slug).cloned().unwrap_or_default();
        let seen = record.hints_seen.min(s.hints.len());
        let examples: String = load_stored(&problem, CaseKind::Example)?
            .iter()
            .flat_map(|c| c.input.iter().map(|v| format!("{v}\n")))
            .collect();
        let spec = &problem.spec;
        Ok(Json(json!({
            "slug": slug,
            "number": spec.leetcode.as_ref().map(|l| l.number),
            "title": spec.title,
            "difficulty": format!("{:?}", spec.difficulty).to_lowercase(),
            "tags": spec.tags,
            "statement_html": html::render(&s.body),
            "hints_total": s.hints.len(),
            "hints_html": s.hints.iter().take(seen).map(|h| html::render(h)).collect::<Vec<_>>(),
            "has_editorial": s.editorial.is_some(),
            "editorial_open": record.solved() || record.editorial_peeked,
            "solved": record.solved(),
            "params": param_names(&problem),
            "examples": examples,
            "time_limit_ms": spec.limits.time_ms,
            "memory_limit_mb": spec.limits.memory_mb,
            "languages": languages(),
            "language": state.last_language.unwrap_or_else(|| "python".into()),
            "progress": record.languages,
        })))
    })
    .await
}

/// `?language=` of the code endpoints.
#[derive(Debug, Deserialize)]
pub struct LanguageQuery {
    language: String,
}

/// `GET /api/problems/{slug}/code?language=python`: the learner's code (or the stub).
pub async fn code(
    State(app): State<Arc<App>>,
    Path(slug): Path<String>,
    Query(q): Query<LanguageQuery>,
) -> ApiResult<Json<Json_>> {
    blocking(move || {
        let problem = workspace::problem(&slug)?;
        let lang = workspace::language(&q.language)?;
        let code = workspace::read(&app.workspace, &problem, lang)?;
        Ok(Json(json!({
            "language": lang.name,
            "file": code.file,
            "exists": code.exists,
            "code": code.text,
        })))
    })
    .await
}

/// The body of the endpoints that send the learner's code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeBody {
    /// Language name or extension.
    pub language: String,
    /// The code, saved to the learner's file before anything runs.
    pub code: String,
    /// Run only: the input text, one argument per line (several cases one after another).
    #[serde(default)]
    pub input: Option<String>,
}

/// `PUT /api/problems/{slug}/code`: saves the learner's code.
pub async fn save(
    State(app): State<Arc<App>>,
    Path(slug): Path<String>,
    Body(body): Body<CodeBody>,
) -> ApiResult<Json<Json_>> {
    blocking(move || {
        let problem = workspace::problem(&slug)?;
        let lang = workspace::language(&body.language)?;
        let file = workspace::save(&app.workspace, &problem, lang, &body.code)?;
        Ok(Json(json!({"file": file, "saved": true})))
    })
    .await
}

/// `POST /api/problems/{slug}/hint`: reveals the next hint (recorded).
pub async fn hint(Path(slug): Path<String>) -> ApiResult<Json<Json_>> {
    blocking(move || {
        let problem = workspace::problem(&slug)?;
        let s = statement(&problem)?;
        let total = s.hints.len();
        let seen = Progress::update(|state| {
            let record = state.problem(problem.slug());
            record.hints_seen = (record.hints_seen.min(total) + 1).min(total);
            record.hints_seen
        })?;
        let hints: Vec<String> = s.hints.iter().take(seen).map(|h| html::render(h)).collect();
        Ok(Json(json!({"hints_html": hints, "hints_total": total})))
    })
    .await
}

/// `{"peek": true}` reads the editorial before solving (recorded).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditorialBody {
    #[serde(default)]
    peek: bool,
}

/// `POST /api/problems/{slug}/editorial`: the editorial, once solved (or peeked).
pub async fn editorial(
    Path(slug): Path<String>,
    Body(body): Body<EditorialBody>,
) -> ApiResult<Json<Json_>> {
    blocking(move || {
        let problem = workspace::problem(&slug)?;
        let Some(text) = statement(&problem)?.editorial else {
            return Err(ApiError::not_found(format!("{slug} has no editorial yet")));
        };
        let mut state = Progress::load()?;
        let record = state.problem(&slug);
        if !record.solved() && !record.editorial_peeked {
            if !body.peek {
                return Err(ApiError::new(
                    axum::http::StatusCode::CONFLICT,
                    "the editorial opens after your first accepted submission (or peek: your progress will say so)",
                ));
            }
            record.editorial_peeked = true;
            state.save()?;
        }
        Ok(Json(json!({"editorial_html": html::render(&text)})))
    })
    .await
}

/// `POST /api/problems/{slug}/run`: saves the code, then runs it on each case
/// of the input (every `params` non-empty lines are one case, as in
/// LeetCode's test-case box); each result is the learner's answer, the
/// expected one and what the code printed.
pub async fn run(
    State(app): State<Arc<App>>,
    Path(slug): Path<String>,
    Body(body): Body<CodeBody>,
) -> ApiResult<Json<Json_>> {
    let permit = super::events::take_turn(&app).await?;
    blocking(move || {
        let _permit = permit;
        let problem = workspace::problem(&slug)?;
        let lang = workspace::language(&body.language)?;
        let input = body
            .input
            .ok_or_else(|| ApiError::bad_request("Run needs `input`: one argument per line"))?;
        let cases = split_cases(&problem, &input)?;
        let file = workspace::save(&app.workspace, &problem, lang, &body.code)?;
        let mut results = Vec::new();
        for (i, text) in cases.iter().enumerate() {
            let source = format!("case {}", i + 1);
            let result = crate::custom::run_custom(&problem, &file, text, &source)?;
            let stop = result.compile_error.is_some();
            results.push(result);
            if stop {
                break;
            }
        }
        Ok(Json(json!({"file": file, "results": results})))
    })
    .await
}

/// Splits the test-case box into cases of `params` lines each.
fn split_cases(problem: &Problem, input: &str) -> ApiResult<Vec<String>> {
    let per = param_names(problem).len().max(1);
    let lines: Vec<&str> = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() || !lines.len().is_multiple_of(per) {
        return Err(ApiError::bad_request(format!(
            "the input has {} non-empty lines; each case of {} is {per} line(s): {}",
            lines.len(),
            problem.slug(),
            param_names(problem).join(", ")
        )));
    }
    let cases: Vec<String> = lines.chunks(per).map(|c| c.join("\n") + "\n").collect();
    if cases.len() > MAX_RUN_CASES {
        return Err(ApiError::bad_request(format!(
            "{} cases at once; Run takes at most {MAX_RUN_CASES} (Submit runs them all)",
            cases.len()
        )));
    }
    for (i, text) in cases.iter().enumerate() {
        let name = format!("case {}", i + 1);
        parse_input(problem, FsPath::new(&name), text)
            .map_err(|e| ApiError::bad_request(format!("{}: {}", name, e.message)))?;
    }
    Ok(cases)
}

/// The body of "add to my cases".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseBody {
    input: String,
}

/// `POST /api/problems/{slug}/cases`: keeps an input among the learner's own
/// cases (they run first on every Submit and `grader test`).
pub async fn add_case(
    Path(slug): Path<String>,
    Body(body): Body<CaseBody>,
) -> ApiResult<Json<Json_>> {
    blocking(move || {
        let problem = workspace::problem(&slug)?;
        let input = parse_input(&problem, FsPath::new("input"), &body.input)
            .map_err(|e| ApiError::bad_request(format!("not an input of {slug}: {}", e.message)))?;
        crate::validate::validate(&problem, &input).map_err(|e| {
            ApiError::bad_request(format!("the input breaks the problem's constraints: {e}"))
        })?;
        let text: String = input.iter().map(|v| format!("{v}\n")).collect();
        let (id, new) = yours::add(&problem, &text, "page")?;
        Ok(Json(json!({"id": id, "new": new})))
    })
    .await
}
