//! JSON-only APIs: a request that can change state (POST, PUT, PATCH, DELETE) must say
//! `Content-Type: application/json`, even with an empty body, or it gets 415. A browser
//! cannot send that header cross-site without a CORS preflight (which these servers never
//! grant), so a page elsewhere cannot make a browser holding cached Basic credentials rotate,
//! disable or delete keys. HTML forms (the console under `/ui/`) have their own CSRF defence
//! and are not under the API's prefix (see `middleware::stack`).

use axum::http::{header, StatusCode};

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

/// The refusal of a state change that is not JSON (applied by `middleware::stack`).
pub fn unsupported() -> Problem {
    Problem::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        "send Content-Type: application/json (also with an empty body)",
    )
}
