//! Submit, streamed: the learner's code is saved and graded on a blocking
//! thread (one run at a time), and every step the grader reports — build,
//! each fixed case, random-testing progress — goes to the page as a
//! server-sent event, then the report (`event: report`) or an error
//! (`event: failed`). A page that goes away cancels its run: dropping the
//! stream sets the run's cancel flag, and grading stops at the next case.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event as Sse_, KeepAlive, Sse};
use serde_json::json;
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tokio::sync::OwnedSemaphorePermit;

use super::api::CodeBody;
use super::reply::{ApiError, ApiResult, Body};
use super::{workspace, App};
use crate::grade::{grade, Event, GradeOptions, Observer};
use crate::practice::{after_run, yours};

/// How long a new run waits for the one before it (stopping after its page left).
const WAIT_FOR_TURN: Duration = Duration::from_secs(20);

/// Waits for the one run at a time; 409 when another keeps going.
pub async fn take_turn(app: &Arc<App>) -> ApiResult<OwnedSemaphorePermit> {
    let acquire = tokio::time::timeout(WAIT_FOR_TURN, app.runs.clone().acquire_owned());
    match acquire.await {
        Ok(Ok(permit)) => Ok(permit),
        _ => Err(ApiError::new(
            StatusCode::CONFLICT,
            "another Run or Submit is still going on: wait for its verdict, then try again",
        )),
    }
}

/// `POST /api/problems/{slug}/submit`: the full grading, as events.
pub async fn submit(
    State(app): State<Arc<App>>,
    Path(slug): Path<String>,
    Body(body): Body<CodeBody>,
) -> ApiResult<Sse<axum::response::sse::KeepAliveStream<Stream>>> {
    let permit = take_turn(&app).await?;
    let (tx, rx) = unbounded_channel();
    let cancel = app.cancel_flag();
    let flag = cancel.clone();
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let sent = tx.clone();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            grade_and_tell(&app, &slug, &body, flag, &sent)
        }));
        let failed = match outcome {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(e),
            Err(_) => Some(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal error (not your code's fault): the grader panicked",
            )),
        };
        if let Some(e) = failed {
            let _ = tx.send(event(
                "failed",
                json!({"error": e.message, "status": e.status.as_u16()}),
            ));
        }
    });
    Ok(Sse::new(Stream { rx, cancel }).keep_alive(KeepAlive::default()))
}

fn grade_and_tell(
    app: &App,
    slug: &str,
    body: &CodeBody,
    cancel: Arc<AtomicBool>,
    tx: &UnboundedSender<Sse_>,
) -> ApiResult<()> {
    let problem = workspace::problem(slug)?;
    let lang = workspace::language(&body.language)?;
    let file = workspace::save(&app.workspace, &problem, lang, &body.code)?;
    let _ = tx.send(event("saved", json!({"file": file})));
    let options = GradeOptions {
        own_cases: yours::load(&problem)?,
        observer: Some(observer(tx.clone(), cancel.clone())),
        cancel: Some(cancel.clone()),
        random: app.random,
        problem_arg: slug.to_string(),
        ..GradeOptions::default()
    };
    let report = match grade(&problem, &file, &options) {
        Ok(report) => report,
        // The page left: nobody to tell.
        Err(_) if cancel.load(Ordering::Relaxed) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let notes = after_run(&problem, &file, &report, true)?;
    let failure = report.failure.as_ref();
    let diff = failure
        .and_then(|f| Some(diff(f.expected.as_deref()?, f.actual.as_deref()?)))
        .unwrap_or_default();
    let own_case = failure
        .filter(|f| f.case.starts_with("random/"))
        .and_then(|f| f.saved_input.as_ref())
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|text| yours::add(&problem, &text, "random").ok())
        .map(|(id, _)| id);
    let _ = tx.send(event(
        "report",
        json!({
            "report": report,
            "notes": notes,
            "diff": diff,
            "own_case": own_case,
            "time_limit_ms": report.slowest.as_ref().map(|s| s.limit_ms),
            "memory_limit_mb": problem.spec.limits.memory_mb,
        }),
    ));
    Ok(())
}

/// Turns the grader's events into SSE events; random progress at most every 100 ms.
fn observer(tx: UnboundedSender<Sse_>, cancel: Arc<AtomicBool>) -> Observer {
    let last_random = Mutex::new(Instant::now());
    Observer(Arc::new(move |e: &Event| {
        let sse = match e {
            Event::Building { language } => event("building", json!({"language": language})),
            Event::Built { cached } => event("built", json!({"cached": cached})),
            Event::FixedCases { total } => event("cases", json!({"total": total})),
            Event::Case(case) => event("case", json!(case)),
            Event::RandomStarted { count } => event("random_started", json!({"count": count})),
            Event::Random { done } => {
                let mut last = last_random.lock().unwrap_or_else(|e| e.into_inner());
                if last.elapsed() < Duration::from_millis(100) {
                    return;
                }
                *last = Instant::now();
                event("random", json!({"done": done}))
            }
        };
        if tx.send(sse).is_err() {
            cancel.store(true, Ordering::Relaxed);
        }
    }))
}

/// The changed items of a long answer, for the page's diff: one line per
/// top-level list item (`[i] value`), each tagged `equal`, `delete`
/// (expected) or `insert` (the learner's), two items of context; empty for
/// short answers, which the page compares by eye.
pub fn diff(expected: &str, actual: &str) -> Vec<serde_json::Value> {
    use similar::{ChangeTag, TextDiff};
    if expected.len().max(actual.len()) < crate::render::diff::DIFF_FROM {
        return Vec::new();
    }
    let itemize = |text: &str| match crate::value::Value::parse(text) {
        Ok(crate::value::Value::List(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| format!("[{i}] {v}\n"))
            .collect(),
        _ => format!("{text}\n"),
    };
    let (e, a) = (itemize(expected), itemize(actual));
    let diff = TextDiff::from_lines(&e, &a);
    let mut out = Vec::new();
    for (i, group) in diff.grouped_ops(2).iter().enumerate() {
        if i > 0 {
            out.push(json!({"tag": "skip", "text": "…"}));
        }
        for change in group.iter().flat_map(|op| diff.iter_changes(op)) {
            let tag = match change.tag() {
                ChangeTag::Delete => "delete",
                ChangeTag::Insert => "insert",
                ChangeTag::Equal => "equal",
            };
            out.push(json!({"tag": tag, "text": change.value().trim_end()}));
        }
        if out.len() > 60 {
            out.push(json!({"tag": "skip", "text": "… (diff truncated)"}));
            break;
        }
    }
    out
}

fn event(name: &str, data: serde_json::Value) -> Sse_ {
    Sse_::default().event(name).data(data.to_string())
}

/// The event stream of one Submit; dropping it (the page went away) cancels the run.
pub struct Stream {
    rx: UnboundedReceiver<Sse_>,
    cancel: Arc<AtomicBool>,
}

impl tokio_stream::Stream for Stream {
    type Item = Result<Sse_, Infallible>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.rx.poll_recv(cx).map(|e| e.map(Ok))
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn diffs_long_answers_item_by_item() {
        let expected: Vec<String> = (0..40).map(|i| i.to_string()).collect();
        let mut actual = expected.clone();
        actual[20] = "99".into();
        let (e, a) = (
            format!("[{}]", expected.join(",")),
            format!("[{}]", actual.join(",")),
        );
        let diff = super::diff(&e, &a);
        let has = |tag: &str, text: &str| diff.iter().any(|d| d["tag"] == tag && d["text"] == text);
        assert!(
            has("delete", "[20] 20") && has("insert", "[20] 99"),
            "{diff:?}"
        );
        assert!(
            !has("equal", "[0] 0"),
            "two items of context only: {diff:?}"
        );
        assert!(
            super::diff("[1,2]", "[2,1]").is_empty(),
            "short answers are compared by eye"
        );
    }
}
