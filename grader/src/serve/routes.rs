//! The routes: two pages, the embedded assets and the JSON API, all behind
//! [`auth::guard`](super::auth::guard), with headers that keep the page to
//! itself (a Content-Security-Policy that allows only this server, no
//! framing, no referrer) and a body limit.

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

use super::reply::ApiError;
use super::{api, assets, auth, events, App};

/// The largest request body (the code and an input).
const BODY_LIMIT: usize = 1024 * 1024;

/// Everything the server answers.
pub fn router(app: Arc<App>) -> Router {
    let api_routes = Router::new()
        .route("/problems", get(api::problems))
        .route("/problems/{slug}", get(api::problem))
        .route("/problems/{slug}/code", get(api::code).put(api::save))
        .route("/problems/{slug}/hint", post(api::hint))
        .route("/problems/{slug}/editorial", post(api::editorial))
        .route("/problems/{slug}/run", post(api::run))
        .route("/problems/{slug}/submit", post(events::submit))
        .route("/problems/{slug}/cases", post(api::add_case))
        .fallback(|| async { ApiError::not_found("no such API endpoint (see docs/serve.md)") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                "this endpoint does not take that method (see docs/serve.md)",
            )
        });
    Router::new()
        .route("/", get(assets::list_page))
        .route("/problems/{slug}", get(assets::problem_page))
        .route("/assets/{*path}", get(assets::asset))
        .nest("/api", api_routes)
        .fallback(|| async { ApiError::not_found("no such page: the problem list is at /") })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(app.clone(), auth::guard))
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}

/// Content-Security-Policy: scripts, styles, fetches and images from this
/// server only (CodeMirror sets inline styles, hence `'unsafe-inline'` for styles).
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; \
frame-ancestors 'none'";

async fn security_headers(request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await.into_response();
    let headers = response.headers_mut();
    let mut set = |name, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(header::CONTENT_SECURITY_POLICY, CSP);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::REFERRER_POLICY, "no-referrer");
    if api {
        set(header::CACHE_CONTROL, "no-store");
    }
    response
}
