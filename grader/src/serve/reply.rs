//! How the server answers: errors as JSON `{"error": …, "status": …}` with a
//! status code that says whose fault it is, and the bridge that runs the
//! library's blocking work (files, builds, grading) off the async threads.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::error::GradeError;

/// An error answer: a status and one paragraph saying what to do.
#[derive(Debug)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// What went wrong and what to do.
    pub message: String,
}

impl ApiError {
    /// An error with this status.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    /// 400: the request is wrong.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// 404: no such thing.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
}

impl From<GradeError> for ApiError {
    fn from(e: GradeError) -> ApiError {
        let status = match e {
            // The learner's input or file: their request to fix.
            GradeError::Usage(_) => StatusCode::BAD_REQUEST,
            // A broken problem folder or a fault of the grader: not the learner's.
            GradeError::Spec(_) | GradeError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError::new(status, e.to_string())
    }
}

impl From<crate::error::SpecError> for ApiError {
    fn from(e: crate::error::SpecError) -> ApiError {
        ApiError::from(GradeError::Spec(e))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": self.message,
            "status": self.status.as_u16(),
        });
        (self.status, Json(body)).into_response()
    }
}

/// The result of an API handler.
pub type ApiResult<T> = Result<T, ApiError>;

/// Runs blocking work on tokio's blocking threads; a panic in it becomes a
/// 500 answer, never a dead server.
pub async fn blocking<T, F>(work: F) -> ApiResult<T>
where
    F: FnOnce() -> ApiResult<T> + Send + 'static,
    T: Send + 'static,
{
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        Err(e) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error (not your code's fault): {e}"),
        )),
    }
}

/// A JSON body whose rejection (not JSON, wrong fields) is a JSON error too.
pub struct Body<T>(pub T);

impl<S, T> axum::extract::FromRequest<S> for Body<T>
where
    axum::Json<T>:
        axum::extract::FromRequest<S, Rejection = axum::extract::rejection::JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(Body(value)),
            Err(e) => Err(ApiError::new(e.status(), e.body_text())),
        }
    }
}

/// A query string whose rejection is a JSON error too.
pub struct Query<T>(pub T);

impl<S, T> axum::extract::FromRequestParts<S> for Query<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Query(value)),
            Err(e) => Err(ApiError::bad_request(e.body_text())),
        }
    }
}
