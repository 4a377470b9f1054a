//! The identity server as an HTTPS application: OAuth 2.1 / OIDC endpoints (`api`) and the
//! login and consent pages (`pages`), on the shared server stack (`crate::server`).

pub mod api;
pub mod pages;
