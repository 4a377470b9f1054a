//! The stack every HTTPS server shares: configuration files checked against a JSON Schema,
//! the TLS 1.3 listener with graceful shutdown and the admin listener (`/livez`, `/readyz`,
//! `/metrics`) in `http`, the middleware layers in `middleware/`, one auth policy for every
//! way in (`auth/`: realm, bearer tokens), what HTML pages share (`pages/`), RFC 7807
//! problems. The applications live with their domains: `kms::http`, `identity::http`.
//! Servers read the clock and print their addresses; nothing here exits the process.

pub mod auth;
pub mod config;
pub mod http;
pub mod log;
pub mod middleware;
pub mod pages;
pub mod problem;
pub mod telemetry;

use std::path::Path;

/// Why a server could not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    BadConfig,
    BadRealm,
    Tls,
    Bind,
    Internal,
}

impl Reason {
    /// Every reason (the `cu commands` catalogue lists them; `docs` checks the list is whole).
    pub const ALL: [Reason; 5] = [
        Reason::BadConfig,
        Reason::BadRealm,
        Reason::Tls,
        Reason::Bind,
        Reason::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::BadConfig => "bad_config",
            Reason::BadRealm => "bad_realm",
            Reason::Tls => "tls",
            Reason::Bind => "bind",
            Reason::Internal => "internal",
        }
    }

    fn default_help(self) -> &'static str {
        match self {
            Reason::BadConfig => "fix the file as described; `cu kms serve --check-config` checks it without starting",
            Reason::BadRealm => "fix the realm file; `cu kms realm hash-password` makes password hashes",
            Reason::Tls => "the server needs a certificate chained to a CA (not self-signed) and its key: `cu pki cert issue`",
            Reason::Bind => "pick a free address and port in the config (port 0 picks any free port)",
            Reason::Internal => "this is a bug in cu; please report it",
        }
    }
}

crate::domain_error!(
    /// A server start-up failure.
    ServerError,
    Reason,
    "server"
);

impl ServerError {
    pub fn config(file: &Path, message: impl std::fmt::Display) -> ServerError {
        ServerError::new(Reason::BadConfig, format!("{}: {message}", file.display()))
    }
}

pub type ServerResult<T> = Result<T, ServerError>;
