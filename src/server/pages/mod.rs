//! Server-rendered pages shared by the identity server and the KMS console: escaping and one
//! page frame (small inline CSS, no scripts, not framable, never cached).

pub mod cookies;
pub mod csrf;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A complete page.
pub fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · cu</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; background: #f4f5f7; color: #1d2330; margin: 0; }}
main {{ max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; }}
h1 {{ font-size: 1.4rem; margin-top: 0; }}
label {{ display: block; margin: 1rem 0 .25rem; font-weight: 600; }}
input[type=text], input[type=password] {{ width: 100%; box-sizing: border-box; padding: .6rem; font: inherit; border: 1px solid #b8bfcc; border-radius: 4px; }}
button {{ margin-top: 1.5rem; padding: .6rem 1.2rem; font: inherit; border: 0; border-radius: 4px; background: #2456d3; color: #fff; cursor: pointer; }}
button.secondary {{ background: #e4e7ec; color: #1d2330; margin-left: .5rem; }}
.error {{ background: #fde8e8; color: #8a1c1c; padding: .75rem; border-radius: 4px; }}
.muted {{ color: #5b6475; font-size: .9rem; }}
code {{ background: #eef0f4; padding: 0 .25rem; border-radius: 3px; }}
</style></head>
<body><main>
{body}
</main></body></html>
"#
    );
    let mut response = (status, html).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        ),
    );
    // `same-origin`, not `no-referrer`: under `no-referrer` a browser sends `Origin: null`
    // with the page's own form POSTs, and csrf::same_origin refuses a null Origin. No other
    // site ever sees a Referer (with a code or a key name in it).
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

/// The value of cookie `name` in a request, if it sent one.
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    cookies::get(headers, name)
}
