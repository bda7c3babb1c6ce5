//! The page's files (HTML, CSS, JS and the CodeMirror bundle that
//! scripts/build-editor.sh builds), embedded in the binary with `include_dir`
//! and served with their content type and an ETag, so a reload costs a 304.

use std::collections::HashMap;
use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use include_dir::{include_dir, Dir};
use sha2::{Digest, Sha256};

use super::reply::ApiError;

static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/serve/assets");

/// The ETag of each file, computed once.
fn etags() -> &'static HashMap<&'static str, String> {
    static TAGS: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    TAGS.get_or_init(|| {
        ASSETS
            .files()
            .filter_map(|f| {
                let digest = Sha256::digest(f.contents());
                let tag: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
                Some((f.path().to_str()?, format!("\"{tag}\"")))
            })
            .collect()
    })
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// One embedded file, or 304 when the browser has it.
pub fn file(name: &str, headers: &HeaderMap) -> Response {
    let Some(found) = ASSETS.get_file(name) else {
        return ApiError::not_found(format!("no such file: /assets/{name}")).into_response();
    };
    let etag = etags().get(name).cloned().unwrap_or_default();
    let cached = headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes());
    let common = [
        (header::CACHE_CONTROL, "no-cache".to_string()),
        (header::ETAG, etag),
    ];
    if cached {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        common,
        [(header::CONTENT_TYPE, content_type(name))],
        found.contents(),
    )
        .into_response()
}

/// `GET /assets/{*path}`.
pub async fn asset(Path(path): Path<String>, headers: HeaderMap) -> Response {
    file(&path, &headers)
}

/// `GET /`: the problem list.
pub async fn list_page(headers: HeaderMap) -> Response {
    file("list.html", &headers)
}

/// `GET /problems/{slug}`: a problem page (it asks the API for the rest).
pub async fn problem_page(Path(_slug): Path<String>, headers: HeaderMap) -> Response {
    file("problem.html", &headers)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_asset_has_a_type_and_the_pages_link_only_local_files() {
        for f in super::ASSETS.files() {
            let name = f.path().to_str().unwrap();
            assert_ne!(
                super::content_type(name),
                "application/octet-stream",
                "{name}"
            );
        }
        for page in ["list.html", "problem.html"] {
            let text = super::ASSETS
                .get_file(page)
                .unwrap()
                .contents_utf8()
                .unwrap();
            for attr in ["src=\"", "href=\""] {
                for part in text.split(attr).skip(1) {
                    assert!(
                        part.starts_with("/assets/")
                            || part.starts_with('/')
                            || part.starts_with('#'),
                        "{page}: {attr}{part:.40}"
                    );
                    assert!(!part.starts_with("//"), "{page}: {attr}{part:.40}");
                }
            }
        }
    }
}
