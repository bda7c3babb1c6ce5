//! Who may use the server: every request must come to `127.0.0.1:<port>` or
//! `localhost:<port>` by name (the Host header: no DNS rebinding), from no
//! other web site (the Origin header, and `Sec-Fetch-Site` where the browser
//! sends it: no cross-site requests, nor requests from another port), and carry the run's token — in the URL
//! once (`?token=…`, traded for a cookie and a redirect that drops it from the
//! address bar), then in the cookie, or as `Authorization: Bearer <token>`.
//! Requests that change something must send JSON, which a foreign page cannot
//! do without a CORS preflight the server never grants.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::reply::ApiError;
use super::App;

/// A new random token: 128 bits as 32 hex characters.
pub fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The cookie's name: one per port, so two servers on one machine do not
/// overwrite each other's (cookies ignore ports).
pub fn cookie_name(port: u16) -> String {
    format!("grader_token_{port}")
}

/// Compares without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// The middleware in front of every route.
pub async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    if !host_ok(headers, app.port) {
        return forbidden(
            "the Host header must be 127.0.0.1:<port> or localhost:<port> (the server answers no other name)",
        );
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        if !origin_ok(origin, app.port) {
            return forbidden("requests from other web sites are refused (Origin header)");
        }
    }
    // `same-site` is another port of this machine: refused too.
    if headers
        .get("sec-fetch-site")
        .is_some_and(|s| s.as_bytes() == b"cross-site" || s.as_bytes() == b"same-site")
    {
        return forbidden(
            "requests from other web sites are refused (Sec-Fetch-Site: cross-site or same-site)",
        );
    }
    let from_url = query_token(request.uri().query()).is_some_and(|t| same(&t, &app.token));
    let authorized = from_url
        || cookie_token(headers, app.port).is_some_and(|t| same(&t, &app.token))
        || bearer_token(headers).is_some_and(|t| same(t, &app.token));
    if !authorized {
        return forbidden(
            "no valid token: open the URL that `grader serve` printed (it ends in ?token=…)",
        );
    }
    let reads = matches!(*request.method(), Method::GET | Method::HEAD);
    if !reads && !sends_json(headers) {
        return ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the request body as JSON (Content-Type: application/json)",
        )
        .into_response();
    }
    if !from_url {
        return next.run(request).await;
    }
    // Trade the token for a cookie, and drop it from the address bar.
    let mut response = if reads {
        let location = match strip_token(request.uri().query()) {
            Some(rest) => format!("{}?{rest}", request.uri().path()),
            None => request.uri().path().to_string(),
        };
        (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
    } else {
        next.run(request).await
    };
    let cookie = format!(
        "{}={}; Path=/; HttpOnly; SameSite=Strict",
        cookie_name(app.port),
        app.token
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn forbidden(message: &str) -> Response {
    ApiError::new(StatusCode::FORBIDDEN, message).into_response()
}

fn host_ok(headers: &HeaderMap, port: u16) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    host == format!("127.0.0.1:{port}") || host == format!("localhost:{port}")
}

fn origin_ok(origin: &HeaderValue, port: u16) -> bool {
    let origin = origin.as_bytes();
    origin == format!("http://127.0.0.1:{port}").as_bytes()
        || origin == format!("http://localhost:{port}").as_bytes()
}

fn sends_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
        })
}

fn query_token(query: Option<&str>) -> Option<String> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("token="))
        .map(str::to_string)
}

/// The query without its `token=` pair (None when nothing is left).
fn strip_token(query: Option<&str>) -> Option<String> {
    let rest: Vec<&str> = query?
        .split('&')
        .filter(|p| !p.starts_with("token=") && !p.is_empty())
        .collect();
    (!rest.is_empty()).then(|| rest.join("&"))
}

fn cookie_token(headers: &HeaderMap, port: u16) -> Option<String> {
    let name = cookie_name(port);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then(|| v.to_string())
        })
}

fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn reads_and_strips_the_token() {
        assert_eq!(query_token(Some("a=1&token=xyz")).as_deref(), Some("xyz"));
        assert_eq!(query_token(Some("tokens=xyz")), None);
        assert_eq!(strip_token(Some("token=xyz")), None);
        assert_eq!(
            strip_token(Some("lang=py&token=xyz")).as_deref(),
            Some("lang=py")
        );
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, "a=b; grader_token_80=t0k".parse().unwrap());
        assert_eq!(cookie_token(&headers, 80).as_deref(), Some("t0k"));
        assert_eq!(cookie_token(&headers, 81), None);
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("ab", "abc"));
    }

    #[test]
    fn checks_host_and_origin() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, "127.0.0.1:8000".parse().unwrap());
        assert!(host_ok(&headers, 8000));
        assert!(!host_ok(&headers, 8001));
        headers.insert(header::HOST, "evil.example:8000".parse().unwrap());
        assert!(!host_ok(&headers, 8000));
        assert!(origin_ok(&"http://localhost:8000".parse().unwrap(), 8000));
        assert!(!origin_ok(&"http://evil.example".parse().unwrap(), 8000));
        assert!(!origin_ok(&"null".parse().unwrap(), 8000));
    }
}
