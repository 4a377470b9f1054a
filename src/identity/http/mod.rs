//! The identity server as an HTTPS application: OAuth 2.1 / OIDC endpoints (`api`) and the
//! login and consent pages (`pages`), on the shared server stack (`crate::server`).

pub mod api;
pub mod pages;

use axum::http::{header, HeaderMap};

/// The credentials after `scheme` (`Basic`, `Bearer`) in the Authorization header; the scheme
/// is matched without regard to case (RFC 9110 §11.1), as the KMS does.
pub(crate) fn authorization<'a>(headers: &'a HeaderMap, scheme: &str) -> Option<&'a str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (given, rest) = value.split_once(' ')?;
    given
        .eq_ignore_ascii_case(scheme)
        .then(|| rest.trim())
        .filter(|r| !r.is_empty())
}
