//! Headers every response of a server carries: `Strict-Transport-Security` (the servers speak
//! HTTPS only) and `X-Content-Type-Options: nosniff`; and `Cache-Control: no-store` on every
//! response a handler marked with [`carries_secret`] (a plaintext, a data key, a token).
//! HTML pages set their own frame, CSP, referrer and cache headers (`server::pages`); a header
//! a handler already set is left as it is.

use axum::http::{header, HeaderValue};
use axum::response::Response;

/// One year; no `includeSubDomains`, since the servers do not speak for their parent domain.
const HSTS: &str = "max-age=31536000";

/// The marker [`carries_secret`] puts on a response.
#[derive(Clone, Copy)]
struct Secret;

/// Mark `response` as carrying a secret: the layer makes it `Cache-Control: no-store`.
pub fn carries_secret(mut response: Response) -> Response {
    response.extensions_mut().insert(Secret);
    response
}

/// Add the headers to `response` (applied by `middleware::stack` to every response).
pub fn apply(mut response: Response) -> Response {
    let secret = response.extensions_mut().remove::<Secret>().is_some();
    let headers = response.headers_mut();
    headers
        .entry(header::STRICT_TRANSPORT_SECURITY)
        .or_insert(HeaderValue::from_static(HSTS));
    headers
        .entry(header::X_CONTENT_TYPE_OPTIONS)
        .or_insert(HeaderValue::from_static("nosniff"));
    if secret {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
