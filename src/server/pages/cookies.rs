//! Cookies of the HTML pages: reading one, and writing one under one policy for all of them
//! (the short-lived `__Host-` cookies that tie a form or a sign-in to one browser, and the
//! console's session cookie).

use axum::http::{header, HeaderMap, HeaderValue};

/// The value of cookie `name` in a request, if it sent one.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// `Set-Cookie` for a browser-binding or session cookie. `name` starts with `__Host-`, so the
/// browser takes it only with `Secure`, `Path=/` and no `Domain`: no sibling host can plant
/// one. `HttpOnly`; `SameSite=Lax` lets it ride the top-level redirect back from an identity
/// server (the forms it guards carry CSRF tokens and are checked for their origin).
pub fn host(name: &str, value: &str, max_age: u64) -> HeaderValue {
    debug_assert!(name.starts_with("__Host-"));
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; Secure; HttpOnly; SameSite=Lax"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("__Host-invalid=; Path=/; Max-Age=0; Secure"))
}

/// `Set-Cookie` that removes a browser-binding cookie.
pub fn clear_host(name: &str) -> HeaderValue {
    host(name, "", 0)
}
