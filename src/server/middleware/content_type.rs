//! JSON-only APIs: a request that can change state (POST, PUT, PATCH, DELETE) must say
//! `Content-Type: application/json`, even with an empty body, or it gets 415. A browser
//! cannot send that header cross-site without a CORS preflight (which these servers never
//! grant), so a page elsewhere cannot make a browser holding cached Basic credentials rotate,
//! disable or delete keys. HTML forms (the console under `/ui/`) have their own CSRF defence
//! and do not pass through this layer.

use axum::extract::Request;
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::server::problem::Problem;

/// Whether `content_type` is `application/json` (parameters such as `charset` allowed).
pub fn is_json(content_type: Option<&header::HeaderValue>) -> bool {
    content_type.and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .eq_ignore_ascii_case("application/json")
    })
}

/// The layer (`axum::middleware::from_fn(content_type::json_only)`).
pub async fn json_only(request: Request, next: Next) -> Response {
    let changes = matches!(
        *request.method(),
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    );
    if changes && !is_json(request.headers().get(header::CONTENT_TYPE)) {
        return Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send Content-Type: application/json (also with an empty body)",
        )
        .into_response();
    }
    next.run(request).await
}
