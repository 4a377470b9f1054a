//! Server configuration files: YAML, validated against a JSON Schema committed in the repo
//! before anything is read from them, so every mistake names the file, the path inside it and
//! what was expected. Relative paths in a file are relative to the file.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use zeroize::Zeroizing;

use crate::limits::{self, FileKind};
use crate::pki::tls::ClientAuth;
use crate::server::{Reason, ServerError, ServerResult};

/// A file a server reads whole (config, realm, certificate, key, CA bundle, secret), refused
/// without reading further when it is larger than its kind's limit.
pub fn read_file(path: &Path, kind: FileKind, reason: Reason) -> ServerResult<Zeroizing<Vec<u8>>> {
    limits::read_file(path, kind)
        .map_err(|e| ServerError::new(reason, e.message(path)).with_help(e.help()))
}

/// [`read_file`] for text files.
pub fn read_text(path: &Path, kind: FileKind, reason: Reason) -> ServerResult<Zeroizing<String>> {
    limits::read_text_file(path, kind)
        .map_err(|e| ServerError::new(reason, e.message(path)).with_help(e.help()))
}

/// Parse `text` (YAML; JSON is YAML) from `file`, check it against `schema`, then read it into
/// `T`. All schema errors are reported together. Nesting deeper than [`limits::MAX_DEPTH`] and
/// aliases are refused before parsing (see [`limits::check_yaml`]).
pub fn load<T: DeserializeOwned>(file: &Path, text: &str, schema: &str) -> ServerResult<T> {
    limits::check_yaml(text).map_err(|e| ServerError::config(file, &e).with_help(e.help()))?;
    let value: Value = serde_norway::from_str(text)
        .map_err(|e| ServerError::config(file, format!("not valid YAML: {e}")))?;
    let schema: Value = serde_json::from_str(schema)
        .map_err(|e| ServerError::config(file, format!("the built-in schema is broken: {e}")))?;
    let validator = jsonschema::validator_for(&schema)
        .map_err(|e| ServerError::config(file, format!("the built-in schema is broken: {e}")))?;
    let problems: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| {
            let at = e.instance_path().to_string();
            format!("{}: {e}", if at.is_empty() { "/" } else { at.as_str() })
        })
        .collect();
    if !problems.is_empty() {
        return Err(ServerError::config(file, problems.join("; ")));
    }
    serde_json::from_value(value).map_err(|e| ServerError::config(file, e.to_string()))
}

/// `path` as written in `file`, made absolute against the file's directory.
pub fn resolve(file: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        file.parent().unwrap_or(Path::new(".")).join(path)
    }
}

/// TLS settings shared by both servers (TLS 1.3 only; there is no setting for older versions).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsSettings {
    /// The server certificate followed by its intermediates (PEM).
    pub cert: PathBuf,
    pub key: PathBuf,
    /// Roots that client certificates must chain to (needed unless client_auth is off).
    #[serde(default)]
    pub client_ca: Option<PathBuf>,
    #[serde(default = "client_auth_off")]
    pub client_auth: ClientAuth,
}

fn client_auth_off() -> ClientAuth {
    ClientAuth::Off
}

/// Where the servers listen.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listen {
    pub public: SocketAddr,
    pub admin: SocketAddr,
}

/// Protection against too much of anything.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    #[serde(default = "default_body")]
    pub max_body_bytes: usize,
    /// Requests handled at once; more wait up to `queue_timeout_ms`, then get 429.
    #[serde(default = "default_concurrency")]
    pub max_concurrent: usize,
    #[serde(default = "default_queue_timeout")]
    pub queue_timeout_ms: u64,
    /// Requests per second per credential (token bucket), with this burst.
    #[serde(default = "default_rate")]
    pub rate_per_second: f64,
    #[serde(default = "default_burst")]
    pub burst: f64,
    /// How long a verified password is remembered (keyed hash of the credential).
    #[serde(default = "default_cache")]
    pub credential_cache_seconds: u64,
    /// A TLS handshake must finish within this.
    #[serde(default = "default_handshake_timeout")]
    pub handshake_timeout_ms: u64,
    /// A request head must arrive whole within this of the server starting to wait for it
    /// (so a kept-alive connection that sends nothing is closed after it too).
    #[serde(default = "default_header_read_timeout")]
    pub header_read_timeout_ms: u64,
    /// A request body must arrive whole within this of its head (it is read before the
    /// request takes a place in the concurrency limit); else 408 and the connection closes.
    #[serde(default = "default_body_read_timeout")]
    pub body_read_timeout_ms: u64,
    /// A connection with no request in flight that moves no byte for this long is closed
    /// (checked four times per period, so within 1.25 times it).
    #[serde(default = "default_idle_timeout")]
    pub idle_timeout_ms: u64,
    /// Open connections of the public port in total (kept below the open-file limit, which
    /// the server raises to its hard limit at start) and per client address.
    #[serde(default = "default_max_connections")]
    pub max_connections: usize,
    #[serde(default = "default_max_per_address")]
    pub max_connections_per_address: usize,
    /// Open connections of the admin port, counted apart from the public ones.
    #[serde(default = "default_admin_max_connections")]
    pub admin_max_connections: usize,
    /// A 429 an application answers (a sign-in the lockout refused, a credential over its
    /// rate) is sent this long after it is decided, outside the concurrency limit: a flood
    /// of refused requests gets about one answer per connection per delay.
    #[serde(default = "default_refusal_delay")]
    pub refusal_delay_ms: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body_bytes: default_body(),
            max_concurrent: default_concurrency(),
            queue_timeout_ms: default_queue_timeout(),
            rate_per_second: default_rate(),
            burst: default_burst(),
            credential_cache_seconds: default_cache(),
            handshake_timeout_ms: default_handshake_timeout(),
            header_read_timeout_ms: default_header_read_timeout(),
            body_read_timeout_ms: default_body_read_timeout(),
            idle_timeout_ms: default_idle_timeout(),
            max_connections: default_max_connections(),
            max_connections_per_address: default_max_per_address(),
            admin_max_connections: default_admin_max_connections(),
            refusal_delay_ms: default_refusal_delay(),
        }
    }
}

fn default_body() -> usize {
    1 << 20
}
fn default_concurrency() -> usize {
    256
}
fn default_queue_timeout() -> u64 {
    2_000
}
fn default_rate() -> f64 {
    2_000.0
}
fn default_burst() -> f64 {
    4_000.0
}
fn default_cache() -> u64 {
    300
}
fn default_handshake_timeout() -> u64 {
    10_000
}
fn default_header_read_timeout() -> u64 {
    10_000
}
fn default_body_read_timeout() -> u64 {
    10_000
}
fn default_idle_timeout() -> u64 {
    5_000
}
fn default_max_connections() -> usize {
    8_192
}
fn default_max_per_address() -> usize {
    256
}
fn default_admin_max_connections() -> usize {
    16
}
fn default_refusal_delay() -> u64 {
    1_000
}

/// The config file to use: `--config`, else the first that exists of `./<name>`,
/// `$XDG_CONFIG_HOME/cu/<xdg_name>`, `/etc/cu/<xdg_name>`.
pub fn find(explicit: Option<&Path>, candidates: &[PathBuf]) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    candidates.iter().find(|p| p.is_file()).cloned()
}

/// How a server stops: not-ready for `drain_ms`, then in-flight requests get `grace_ms`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shutdown {
    #[serde(default = "default_drain")]
    pub drain_ms: u64,
    #[serde(default = "default_grace")]
    pub grace_ms: u64,
}

impl Default for Shutdown {
    fn default() -> Shutdown {
        Shutdown {
            drain_ms: default_drain(),
            grace_ms: default_grace(),
        }
    }
}

fn default_drain() -> u64 {
    1_000
}
fn default_grace() -> u64 {
    10_000
}
