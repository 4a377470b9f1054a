//! `cu identity serve`: an OAuth 2.1 authorization server. This piece serves discovery
//! (RFC 8414 and OpenID Connect), the JWKS, the token endpoint for client credentials
//! (RFC 9068 JWT access tokens, EdDSA), introspection (RFC 7662) and revocation (RFC 7009).
//! Clients authenticate with `client_secret_basic` or `client_secret_post`.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::identity::keys::SigningKeys;
use crate::identity::state::{self as id_state, ClientInfo, Exchange, Grant, Refresh, State};
use crate::identity::{jwt, IdentityError, Reason as IdReason};
use crate::kms::http::api::StoreSettings;
use crate::kms::store::{Location, Unseal};
use crate::limits::FileKind;
use crate::server::auth::lockout::{Lockout, LockoutSettings, Refusal};
use crate::server::auth::password::Passwords;
use crate::server::auth::realm::Realm;
use crate::server::config::{self, resolve, Limits, Listen, Shutdown, TlsSettings};
use crate::server::http::{unix_now, Peer};
use crate::server::log::Note;
use crate::server::middleware::metrics::Metrics;
use crate::server::middleware::security_headers::carries_secret;
use crate::server::problem::Problem;
use crate::server::{Reason, ServerError, ServerResult};

pub const CONFIG_SCHEMA: &str = include_str!("../../../schemas/identity-config.schema.json");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenSettings {
    #[serde(default = "default_access_ttl")]
    pub access_ttl_seconds: i64,
    /// The `aud` of access tokens: the resource server (the KMS).
    #[serde(default = "default_audience")]
    pub audience: String,
    #[serde(default = "default_refresh_ttl")]
    pub refresh_ttl_seconds: i64,
    #[serde(default = "default_session_ttl")]
    pub session_ttl_seconds: i64,
    /// `jwt` (RFC 9068, checked offline with the JWKS) or `opaque` (random, checked by
    /// introspection only).
    #[serde(default = "default_format")]
    pub format: String,
}

fn default_format() -> String {
    "jwt".into()
}

impl Default for TokenSettings {
    fn default() -> TokenSettings {
        TokenSettings {
            access_ttl_seconds: default_access_ttl(),
            audience: default_audience(),
            refresh_ttl_seconds: default_refresh_ttl(),
            session_ttl_seconds: default_session_ttl(),
            format: default_format(),
        }
    }
}

fn default_access_ttl() -> i64 {
    900
}
fn default_audience() -> String {
    "cu-kms".into()
}
fn default_refresh_ttl() -> i64 {
    86_400
}
fn default_session_ttl() -> i64 {
    3_600
}

fn default_listen() -> Listen {
    Listen {
        public: std::net::SocketAddr::from(([0, 0, 0, 0], 8082)),
        admin: std::net::SocketAddr::from(([127, 0, 0, 1], 9091)),
    }
}

fn default_key_name() -> String {
    crate::identity::keys::DEFAULT_KEY_NAME.into()
}

/// Where the token signing keys are sealed: a `cu kms` store (`store` is the same object as
/// the KMS config's `/store`), a tenant of it and a key name.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySettings {
    pub store: StoreSettings,
    /// Default: the store's default tenant (a store of its own needs no other).
    #[serde(default)]
    pub tenant: Option<String>,
    #[serde(default = "default_key_name")]
    pub key: String,
}

/// What to tell an operator whose config has no `keys`.
const KEYS_HELP: &str = "add `keys: {store: {path: identity-keys.db, unseal_file: identity-unseal.key}}` (paths relative to the config); make that store with `head -c 32 /dev/urandom > identity-unseal.key && chmod 600 identity-unseal.key && cu kms init --store identity-keys.db --unseal-file identity-unseal.key`, and keep the unseal file out of the state's backups. The server creates the signing key in it on first start";

/// `cu-identity.yaml`, as checked by `schemas/identity-config.schema.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityServerConfig {
    /// The issuer URL; by default https://<public address>.
    #[serde(default)]
    pub issuer: Option<String>,
    /// A SQLite file, or postgres://USER@HOST:PORT/DB shared by many identity servers.
    pub state: PathBuf,
    /// The PostgreSQL password of `state` (never in the URL).
    #[serde(default)]
    pub state_password_file: Option<PathBuf>,
    /// The key store that seals the token signing keys (required to serve).
    #[serde(default)]
    pub keys: Option<KeySettings>,
    /// Users who sign in through the login page (the same file realm as the KMS).
    #[serde(default)]
    pub realm: Option<PathBuf>,
    #[serde(default = "default_listen")]
    pub listen: Listen,
    pub tls: TlsSettings,
    #[serde(default)]
    pub tokens: TokenSettings,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub log: crate::server::log::LogSettings,
    #[serde(default)]
    pub shutdown: Shutdown,
    /// Failed sign-ins (login form) and client authentications counted per user name and per
    /// client address.
    #[serde(default)]
    pub lockout: LockoutSettings,
    /// The audit trail of sign-ins and token decisions (off without this section); its keys
    /// (and `store: true` table) are in the key store of `keys`.
    pub audit: Option<crate::server::middleware::audit::AuditSettings>,
    /// Traces over OTLP (off without `telemetry.otlp`).
    #[serde(default)]
    pub telemetry: crate::server::telemetry::TelemetrySettings,
}

impl IdentityServerConfig {
    pub fn load(file: &Path) -> ServerResult<IdentityServerConfig> {
        let text = config::read_text(file, FileKind::Config, Reason::BadConfig)?;
        let mut c: IdentityServerConfig = config::load(file, &text, CONFIG_SCHEMA)?;
        if !Location::names_postgres(&c.state) {
            c.state = resolve(file, &c.state);
        }
        c.state_password_file = c.state_password_file.map(|p| resolve(file, &p));
        if let Some(k) = c.keys.as_mut() {
            k.store.resolve_paths(file);
        }
        c.realm = c.realm.map(|r| resolve(file, &r));
        c.tls.cert = resolve(file, &c.tls.cert);
        c.tls.key = resolve(file, &c.tls.key);
        c.tls.client_ca = c.tls.client_ca.map(|p| resolve(file, &p));
        c.log.file = c.log.file.map(|p| resolve(file, &p));
        if let Some(a) = c.audit.as_mut() {
            a.file = a.file.take().map(|p| resolve(file, &p));
        }
        if let Some(o) = c.telemetry.otlp.as_mut() {
            o.ca = o.ca.take().map(|p| resolve(file, &p));
        }
        Ok(c)
    }
}

pub struct AppState {
    state: Mutex<State>,
    /// Lock order: `state` before `keys` when both are held.
    keys: Mutex<SigningKeys>,
    issuer: String,
    tokens: TokenSettings,
    metrics: Arc<Metrics>,
    /// The realm's passwords, checked under `lockout`.
    passwords: Option<Passwords>,
    /// Failures of the login form and of client authentication, per name and address.
    lockout: Arc<Lockout>,
    /// Sign-in and consent forms are bound to the browser that opened them.
    csrf: crate::server::pages::csrf::Binding,
    /// Authorization requests waiting for sign-in and consent (in memory, bounded).
    pending: crate::identity::pending::Pending,
}

impl AppState {
    pub(crate) fn csrf(&self) -> &crate::server::pages::csrf::Binding {
        &self.csrf
    }
    pub(crate) fn pending(&self) -> &crate::identity::pending::Pending {
        &self.pending
    }
    pub(crate) fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
    fn keys(&self) -> std::sync::MutexGuard<'_, SigningKeys> {
        self.keys.lock().unwrap_or_else(|p| p.into_inner())
    }
    pub(crate) fn issuer(&self) -> &str {
        &self.issuer
    }
    pub(crate) fn passwords(&self) -> Option<&Passwords> {
        self.passwords.as_ref()
    }
    pub(crate) fn metrics(&self) -> &Metrics {
        &self.metrics
    }
    pub(crate) fn session_ttl(&self) -> i64 {
        self.tokens.session_ttl_seconds
    }
    pub(crate) fn active_claims(&self, token: &str) -> Result<Option<Value>, IdentityError> {
        active_claims(self, token)
    }
}

pub struct Prepared {
    pub config: IdentityServerConfig,
    /// The state, opened (made on first start); PostgreSQL connects here, before the runtime.
    pub state: State,
    /// A second connection for `/readyz`.
    pub probe: Option<State>,
    /// The database whose `cu_shared.lockouts` the instances count failures in together.
    pub shared: Option<crate::kms::store::postgres::PgLocation>,
    pub keys: SigningKeys,
    pub acceptor: tokio_rustls::TlsAcceptor,
    pub metrics: Arc<Metrics>,
    pub realm: Option<Realm>,
    /// The key store that holds the audit trail's keys (with `audit:`).
    pub audit_store: Option<(Location, Unseal)>,
}

fn state_error(e: IdentityError) -> ServerError {
    ServerError::new(Reason::BadConfig, format!("state: {}", e.message))
}

impl IdentityServerConfig {
    /// Where the state is, with the database password read from `state_password_file`.
    pub fn state_location(&self, config_file: &Path) -> ServerResult<Location> {
        let settings = StoreSettings {
            path: self.state.clone(),
            unseal_file: None,
            passphrase_file: None,
            password_file: self.state_password_file.clone(),
            max_connections: 1,
            pool_timeout_ms: 0,
        };
        settings.location(config_file, "/state").map_err(|e| {
            if e.message.contains("/state/password_file") {
                ServerError::new(
                    e.reason,
                    e.message
                        .replace("/state/password_file", "/state_password_file"),
                )
            } else {
                e
            }
        })
    }
}

impl KeySettings {
    pub fn tenant(&self) -> &str {
        self.tenant.as_deref().unwrap_or(crate::kms::DEFAULT_TENANT)
    }
}

/// The config's `keys` and the unseal secret its store names.
pub fn key_store<'a>(
    config: &'a IdentityServerConfig,
    config_file: &Path,
) -> ServerResult<(&'a KeySettings, Unseal)> {
    let Some(keys) = &config.keys else {
        return Err(ServerError::config(
            config_file,
            "/keys is missing: the token signing keys are sealed in a `cu kms` key store, and the config must name it",
        )
        .with_help(KEYS_HELP));
    };
    let unseal = keys.store.unseal(config_file, "/keys/store")?;
    Ok((keys, unseal))
}

/// Open and unseal the key store named by the config's `keys` (for start-up: any failure is
/// the config's).
fn open_keys(config: &IdentityServerConfig, config_file: &Path) -> ServerResult<SigningKeys> {
    let (keys, unseal) = key_store(config, config_file)?;
    SigningKeys::open(
        keys.store.location(config_file, "/keys/store")?,
        &unseal,
        keys.tenant(),
        &keys.key,
        unix_now(),
    )
    .map_err(|e| {
        ServerError::new(Reason::BadConfig, format!("keys: {}", e.message)).with_help(
            e.help
                .unwrap_or_else(|| "check /keys in the config".to_string()),
        )
    })
}

/// Check everything before listening: the state file opens (it is created on first start),
/// the key store unseals and has a signing key (made on first start), and signing keys from
/// before it are marked retired; the TLS identity is a CA-issued leaf.
pub fn prepare(config: IdentityServerConfig, config_file: &Path) -> ServerResult<Prepared> {
    let location = config.state_location(config_file)?;
    let state = State::open_at(&location, true).map_err(state_error)?;
    let acceptor = crate::server::http::acceptor(&config.tls, config_file)?;
    let realm = config.realm.as_deref().map(Realm::load).transpose()?;
    let mut keys = open_keys(&config, config_file)?;
    let now = unix_now();
    keys.current(now).map_err(state_error)?;
    state
        .retire_legacy_keys(now, config.tokens.access_ttl_seconds)
        .map_err(state_error)?;
    let probe = Some(State::open_at(&location, false).map_err(state_error)?);
    let shared = match &location {
        Location::Postgres(pg) => Some(pg.clone()),
        Location::Sqlite(_) => None,
    };
    let audit_store = match &config.audit {
        Some(_) => {
            let (keys, unseal) = key_store(&config, config_file)?;
            Some((keys.store.location(config_file, "/keys/store")?, unseal))
        }
        None => None,
    };
    Ok(Prepared {
        audit_store,
        config,
        state,
        probe,
        shared,
        keys,
        acceptor,
        metrics: Arc::new(Metrics::new("cu_identity")),
        realm,
    })
}

/// An OAuth error response (RFC 6749 §5.2).
fn oauth_error(e: &IdentityError) -> Response {
    let status = match e.reason {
        IdReason::InvalidClient => StatusCode::UNAUTHORIZED,
        IdReason::Internal | IdReason::BadState | IdReason::IoError => {
            StatusCode::INTERNAL_SERVER_ERROR
        }
        IdReason::DiskFull | IdReason::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::BAD_REQUEST,
    };
    let code = match e.reason {
        IdReason::Internal | IdReason::BadState | IdReason::IoError => "server_error",
        IdReason::DiskFull | IdReason::Unavailable => "temporarily_unavailable",
        r => r.as_str(),
    };
    // What failed inside (a database's host, a file's path) is for the log, not the client.
    let description = match e.reason {
        IdReason::Unavailable | IdReason::DiskFull => {
            "the server cannot reach its storage right now; retry shortly"
        }
        IdReason::Internal | IdReason::BadState | IdReason::IoError => "the server failed",
        _ => e.message.as_str(),
    };
    let mut response = (
        status,
        axum::Json(json!({"error": code, "error_description": description})),
    )
        .into_response();
    if status == StatusCode::SERVICE_UNAVAILABLE {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"cu-identity\""),
        );
    }
    // RFC 6749 §5.1/§5.2: token endpoint answers, errors included, are never cached.
    carries_secret(response)
}

fn invalid_request(message: impl Into<String>) -> IdentityError {
    IdentityError::new(IdReason::InvalidRequest, message)
}

/// `application/x-www-form-urlencoded` parameters; a repeated parameter is an error
/// (RFC 6749 §3.1).
fn form(headers: &HeaderMap, body: &[u8]) -> Result<HashMap<String, String>, IdentityError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .eq_ignore_ascii_case("application/x-www-form-urlencoded")
    {
        return Err(invalid_request(
            "send the parameters as application/x-www-form-urlencoded",
        ));
    }
    let mut params = HashMap::new();
    for (k, v) in form_urlencoded::parse(body) {
        if params.insert(k.to_string(), v.to_string()).is_some() {
            return Err(invalid_request(format!("parameter `{k}` appears twice")));
        }
    }
    Ok(params)
}

/// 429 with Retry-After, in the OAuth error format, for a client address the lockout refuses
/// (too many failed client authentications or sign-ins); nothing was checked.
fn throttled(r: Refusal) -> Response {
    let mut response = (
        StatusCode::TOO_MANY_REQUESTS,
        axum::Json(json!({"error": "temporarily_unavailable", "error_description": r.detail()})),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(r.retry_after));
    carries_secret(response)
}

/// Why the token, introspection or revocation endpoint refuses a request.
enum Refused {
    OAuth(IdentityError),
    /// The client's address is over the lockout's limit and the request proved no secret.
    Throttled(Refusal),
}

impl From<IdentityError> for Refused {
    fn from(e: IdentityError) -> Refused {
        Refused::OAuth(e)
    }
}

/// Whether the lockout refuses the client's address now. Such an address still gets one
/// thing checked: a client secret (a SHA-256 and a constant-time compare, no cost worth
/// limiting). A client that proves its secret is served, so failed sign-ins or guesses from
/// a shared address (a NAT, a node's SNAT, a demo on 127.0.0.1) cannot lock a resource
/// server out of introspection; anything else is answered 429, and a wrong secret still
/// counts. Client secrets are counted per address only: they are long and random, so a
/// per-client lock would stop no guesser and would let anyone lock a client out.
fn locked(app: &AppState, client: IpAddr) -> Option<Refusal> {
    app.lockout
        .check(None, client, std::time::Instant::now())
        .err()
}

fn throttle(app: &AppState, r: Refusal) -> Refused {
    app.metrics.auth_throttled(r.scope.as_str());
    Refused::Throttled(r)
}

/// For what fails before a client has proved its secret: 429 when the address is `locked`,
/// else the OAuth error `e`.
fn unproved(app: &AppState, locked: Option<Refusal>, e: IdentityError) -> Refused {
    match locked {
        Some(r) => throttle(app, r),
        None => Refused::OAuth(e),
    }
}

/// The client, from HTTP Basic (`client_secret_basic`) or the form (`client_secret_post`);
/// both at once is an error. A failure counts against `client`; from a `locked` address only
/// the right secret passes (see [`locked`]).
fn authenticate_client(
    app: &AppState,
    headers: &HeaderMap,
    params: &HashMap<String, String>,
    client: IpAddr,
    locked: Option<Refusal>,
) -> Result<ClientInfo, Refused> {
    client_from_secret(app, headers, params, client).map_err(|e| unproved(app, locked, e))
}

/// The client whose id and secret the request carries, or a failure counted against `client`.
fn client_from_secret(
    app: &AppState,
    headers: &HeaderMap,
    params: &HashMap<String, String>,
    client: IpAddr,
) -> Result<ClientInfo, IdentityError> {
    let basic = crate::identity::http::authorization(headers, "Basic")
        .and_then(|b| STANDARD.decode(b).ok())
        .map(zeroize::Zeroizing::new);
    let post = params.get("client_secret");
    let failed = || {
        app.metrics.auth_failure("invalid_client");
        app.lockout
            .record(None, client, false, std::time::Instant::now());
        IdentityError::new(IdReason::InvalidClient, "client authentication failed")
    };
    let (id, secret) = match (&basic, post) {
        (Some(_), Some(_)) => {
            return Err(invalid_request(
                "authenticate the client one way: HTTP Basic or client_secret, not both",
            ))
        }
        (Some(decoded), None) => {
            let colon = decoded.iter().position(|&b| b == b':').ok_or_else(failed)?;
            // RFC 6749 §2.3.1: id and secret are form-urlencoded inside Basic.
            let id: String = form_urlencoded::parse(&[b"x=", &decoded[..colon]].concat())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            let secret: String = form_urlencoded::parse(&[b"x=", &decoded[colon + 1..]].concat())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            (id, zeroize::Zeroizing::new(secret))
        }
        (None, Some(secret)) => (
            params.get("client_id").cloned().unwrap_or_default(),
            zeroize::Zeroizing::new(secret.clone()),
        ),
        (None, None) => return Err(failed()),
    };
    let state = app.state.lock().unwrap_or_else(|p| p.into_inner());
    state
        .authenticate_client(&id, secret.as_bytes())
        .map_err(|e| match e.reason {
            // The state could not answer: not a failed guess (no lockout count), a 503.
            IdReason::Unavailable | IdReason::DiskFull | IdReason::BadState | IdReason::IoError => {
                e
            }
            _ => failed(),
        })
}

/// Requested scopes, all of which the client must be allowed; none requested means all.
fn granted_scopes(
    client: &ClientInfo,
    requested: Option<&String>,
) -> Result<Vec<String>, IdentityError> {
    match requested {
        None => Ok(client.scopes.clone()),
        Some(text) => {
            let wanted: Vec<String> = text
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            let denied: Vec<&String> = wanted
                .iter()
                .filter(|s| !client.scopes.contains(s))
                .collect();
            if denied.is_empty() {
                Ok(wanted)
            } else {
                Err(IdentityError::new(
                    IdReason::InvalidScope,
                    format!(
                        "client `{}` may not have {}",
                        client.client_id,
                        denied
                            .iter()
                            .map(|s| s.as_str())
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                ))
            }
        }
    }
}

/// The client of a code or refresh grant: a confidential client authenticates; a public one
/// only names itself (PKCE or the refresh token's binding is its proof).
fn client_for_grant(
    app: &AppState,
    headers: &HeaderMap,
    params: &HashMap<String, String>,
    client: IpAddr,
    locked: Option<Refusal>,
) -> Result<ClientInfo, Refused> {
    if headers.contains_key(header::AUTHORIZATION) || params.contains_key("client_secret") {
        return authenticate_client(app, headers, params, client, locked);
    }
    // A public client proves nothing here, so a locked address is refused.
    if let Some(r) = locked {
        return Err(throttle(app, r));
    }
    let id = params
        .get("client_id")
        .ok_or_else(|| IdentityError::new(IdReason::InvalidClient, "client_id is missing"))?;
    match app.state().client(id) {
        Ok(c) if c.kind == "public" => Ok(c),
        // The state could not answer: a 503, not a failed client authentication.
        Err(e)
            if matches!(
                e.reason,
                IdReason::Unavailable | IdReason::DiskFull | IdReason::IoError
            ) =>
        {
            Err(Refused::OAuth(e))
        }
        _ => {
            app.metrics.auth_failure("invalid_client");
            Err(Refused::OAuth(IdentityError::new(
                IdReason::InvalidClient,
                "client authentication failed",
            )))
        }
    }
}

fn s256(verifier: &str) -> String {
    use sha2::Digest;
    crate::jose::b64::encode(sha2::Sha256::digest(verifier.as_bytes()))
}

fn invalid_grant(message: &str) -> IdentityError {
    IdentityError::new(IdReason::InvalidGrant, message.to_string())
}

fn authorization_code(
    app: &AppState,
    client: &ClientInfo,
    params: &HashMap<String, String>,
) -> Result<Value, IdentityError> {
    let code = params
        .get("code")
        .ok_or_else(|| invalid_request("code is missing"))?;
    let verifier = params
        .get("code_verifier")
        .ok_or_else(|| invalid_request("code_verifier is missing (PKCE is required)"))?;
    let now = unix_now();
    // What this exchange will issue is fixed before the code is marked used, so a replay
    // (even a concurrent one) can revoke it; the lock is held until the refresh token exists.
    let family = id_state::random_token()?;
    let issue = Exchange {
        access_jti: id_state::new_jti(Some(&family))?,
        family,
        access_exp: now + app.tokens.access_ttl_seconds,
    };
    let state = app.state();
    let grant = state.redeem_code(code, now, &issue)?;
    if grant.client_id != client.client_id {
        return Err(invalid_grant("the code was issued to another client"));
    }
    if params.get("redirect_uri") != Some(&grant.redirect_uri) {
        return Err(invalid_grant(
            "redirect_uri differs from the authorization request",
        ));
    }
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'));
    if !well_formed
        || !crate::kms::crypto::equal(s256(verifier).as_bytes(), grant.code_challenge.as_bytes())
    {
        return Err(invalid_grant(
            "the code_verifier does not match the code_challenge",
        ));
    }
    let refresh_token = state.create_refresh(
        &grant,
        Some(&issue.family),
        now,
        app.tokens.refresh_ttl_seconds,
    )?;
    drop(state);
    user_tokens(app, &grant, refresh_token, &issue.family, Some(&issue))
}

fn refresh(
    app: &AppState,
    client: &ClientInfo,
    params: &HashMap<String, String>,
) -> Result<Value, IdentityError> {
    let token = params
        .get("refresh_token")
        .ok_or_else(|| invalid_request("refresh_token is missing"))?;
    let now = unix_now();
    // One guard from redeeming to the next token, as for a code: a concurrent replay cannot
    // revoke the family in between and miss the new token (`create_refresh` also refuses a
    // revoked family, for other servers on the same state).
    let state = app.state();
    let (mut grant, family) = match state.redeem_refresh(token, now)? {
        Refresh::Valid { grant, family } => (*grant, family),
        Refresh::Reused => {
            app.metrics.auth_failure("refresh_reuse");
            return Err(invalid_grant(
                "the refresh token was already used; every token of this sign-in is now revoked",
            ));
        }
        Refresh::Invalid => return Err(invalid_grant("the refresh token is not valid")),
    };
    if grant.client_id != client.client_id {
        state.revoke_family(&family, now)?;
        return Err(invalid_grant(
            "the refresh token was issued to another client",
        ));
    }
    if let Some(scope) = params.get("scope") {
        let narrower: Vec<String> = scope
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if narrower.iter().any(|s| !grant.scopes.contains(s)) {
            return Err(IdentityError::new(
                IdReason::InvalidScope,
                "a refresh cannot add scopes",
            ));
        }
        grant.scopes = narrower;
    }
    let next = state.create_refresh(&grant, Some(&family), now, app.tokens.refresh_ttl_seconds)?;
    drop(state);
    user_tokens(app, &grant, next, &family, None)
}

/// Access token (and refresh token; an ID token on the first exchange, `first`, when
/// `openid` was granted) for a signed-in user.
fn user_tokens(
    app: &AppState,
    grant: &Grant,
    refresh_token: String,
    family: &str,
    first: Option<&Exchange>,
) -> Result<Value, IdentityError> {
    let now = unix_now();
    let (jti, exp) = match first {
        Some(issue) => (issue.access_jti.clone(), issue.access_exp),
        None => (
            id_state::new_jti(Some(family))?,
            now + app.tokens.access_ttl_seconds,
        ),
    };
    let (kid, key) = app.keys().current(now)?;
    let claims = json!({
        "iss": app.issuer,
        "sub": grant.user,
        "aud": app.tokens.audience,
        "exp": exp,
        "iat": now,
        "jti": jti,
        "client_id": grant.client_id,
        "scope": grant.scopes.join(" "),
        "tenant_id": grant.tenant,
        "auth_time": grant.auth_time,
    });
    let mut response = json!({
        "access_token": issue_access(app, &claims, &kid, &key)?,
        "token_type": "Bearer",
        "expires_in": exp - now,
        "refresh_token": refresh_token,
        "scope": grant.scopes.join(" "),
    });
    if first.is_some() && grant.scopes.iter().any(|s| s == "openid") {
        let mut id_claims = json!({
            "iss": app.issuer,
            "sub": grant.user,
            "aud": grant.client_id,
            "exp": now + app.tokens.access_ttl_seconds,
            "iat": now,
            "auth_time": grant.auth_time,
            "tenant_id": grant.tenant,
        });
        if let Some(nonce) = &grant.nonce {
            id_claims["nonce"] = json!(nonce);
        }
        response["id_token"] = json!(jwt::sign(&id_claims, &kid, jwt::ID_TOKEN_TYPE, &key));
    }
    app.metrics.operation("access_token");
    Ok(response)
}

/// An access token for `claims`: a signed JWT, or an opaque reference kept in the state.
fn issue_access(
    app: &AppState,
    claims: &Value,
    kid: &str,
    key: &ed25519_dalek::SigningKey,
) -> Result<String, IdentityError> {
    if app.tokens.format == "opaque" {
        app.state().store_access(claims, unix_now())
    } else {
        Ok(jwt::sign(claims, kid, jwt::ACCESS_TOKEN_TYPE, key))
    }
}

fn token_response(
    app: &AppState,
    client: &ClientInfo,
    scopes: &[String],
) -> Result<Value, IdentityError> {
    let now = unix_now();
    let (kid, key) = app.keys().current(now)?;
    let exp = now + app.tokens.access_ttl_seconds;
    let claims = json!({
        "iss": app.issuer,
        "sub": client.client_id,
        "aud": app.tokens.audience,
        "exp": exp,
        "iat": now,
        "jti": id_state::new_jti(None)?,
        "client_id": client.client_id,
        "scope": scopes.join(" "),
        "tenant_id": client.tenant,
    });
    let token = issue_access(app, &claims, &kid, &key)?;
    app.metrics.operation("access_token");
    Ok(json!({
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": app.tokens.access_ttl_seconds,
        "scope": scopes.join(" "),
    }))
}

/// The client a request authenticated as, for the access log.
fn noted(note: &Note, client: &ClientInfo) {
    let auth = if client.kind == "public" {
        "none"
    } else {
        "client_secret"
    };
    note.who(&client.tenant, &client.client_id, auth);
}

fn no_store(value: Value) -> Response {
    carries_secret(axum::Json(value).into_response())
}

/// Run `f` on a blocking thread; a failure inside the server is noted for the log with its
/// detail (the client is told less).
async fn blocking(
    note: Note,
    f: impl FnOnce() -> Result<Value, Refused> + Send + 'static,
) -> Response {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(v)) => no_store(v),
        Ok(Err(Refused::OAuth(e))) => {
            if matches!(e.reason, IdReason::Unavailable | IdReason::Internal) {
                note.error(&e.message);
            }
            oauth_error(&e)
        }
        Ok(Err(Refused::Throttled(r))) => {
            note.decided("denied", &format!("locked out: {}", r.detail()));
            throttled(r)
        }
        Err(_) => oauth_error(&IdentityError::new(
            IdReason::Internal,
            "the request failed",
        )),
    }
}

async fn token(
    AxumState(app): AxumState<Arc<AppState>>,
    Peer(peer): Peer,
    note: Note,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let locked = locked(&app, peer);
    blocking(note.clone(), move || {
        let params = form(&headers, &body).map_err(|e| unproved(&app, locked, e))?;
        let grant = params
            .get("grant_type")
            .ok_or_else(|| unproved(&app, locked, invalid_request("grant_type is missing")))?;
        let client = match grant.as_str() {
            "client_credentials" => authenticate_client(&app, &headers, &params, peer, locked)?,
            "authorization_code" | "refresh_token" => {
                client_for_grant(&app, &headers, &params, peer, locked)?
            }
            other => {
                return Err(unproved(
                    &app,
                    locked,
                    IdentityError::new(
                        IdReason::UnsupportedGrantType,
                        format!("unknown grant_type `{other}`"),
                    ),
                ))
            }
        };
        noted(&note, &client);
        note.fact("grant_type", grant);
        // RFC 6749 §5.2: a grant type the client is not registered for.
        if !client.allows(grant) {
            return Err(Refused::OAuth(IdentityError::new(
                IdReason::UnauthorizedClient,
                format!(
                    "client `{}` may not use {grant} (it may use: {})",
                    client.client_id,
                    client.grant_types.join(", ")
                ),
            )));
        }
        Ok(match grant.as_str() {
            "client_credentials" => {
                let scopes = granted_scopes(&client, params.get("scope"))?;
                token_response(&app, &client, &scopes)?
            }
            "authorization_code" => authorization_code(&app, &client, &params)?,
            _ => refresh(&app, &client, &params)?,
        })
    })
    .await
}

/// The claims of one of our access tokens if it is valid now and not revoked.
/// The claims of a live token; Ok(None) for one that is not (bad, expired, revoked), an
/// error when the state cannot tell (its database is away): never "not active" then, which
/// would make a revocation a silent no-op.
fn active_claims(app: &AppState, token: &str) -> Result<Option<Value>, IdentityError> {
    let now = unix_now();
    let state = app.state.lock().unwrap_or_else(|p| p.into_inner());
    if token.starts_with("cuo_") {
        return state.access_claims(token, now);
    }
    let published = published(app, &state, now)?;
    let jwks = json!({"keys": published.iter().map(|(kid, x)| jwt::public_jwk(kid, x)).collect::<Vec<_>>()});
    let Ok(keys) = jwt::keys_from_jwks(&jwks) else {
        return Ok(None);
    };
    let expect = jwt::Expect {
        issuer: &app.issuer,
        audience: &app.tokens.audience,
        typ: jwt::ACCESS_TOKEN_TYPE,
        now,
        leeway: 0,
    };
    let Ok(claims) = jwt::verify(token, &keys, &expect) else {
        return Ok(None);
    };
    let Some(jti) = claims["jti"].as_str() else {
        return Ok(None);
    };
    if state.is_revoked(jti)? {
        return Ok(None);
    }
    Ok(Some(claims))
}

async fn introspect(
    AxumState(app): AxumState<Arc<AppState>>,
    Peer(peer): Peer,
    note: Note,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let locked = locked(&app, peer);
    blocking(note.clone(), move || {
        let params = form(&headers, &body).map_err(|e| unproved(&app, locked, e))?;
        let caller = authenticate_client(&app, &headers, &params, peer, locked)?;
        noted(&note, &caller);
        let token = params
            .get("token")
            .ok_or_else(|| invalid_request("token is missing"))?;
        // RFC 7662 §4: only the token's own client and resource servers learn about a token;
        // anyone else gets the answer for an unknown one (§2.2).
        let may_see = |owner: &str| caller.resource_server || owner == caller.client_id;
        if let Some(mut claims) = active_claims(&app, token)? {
            if !may_see(claims["client_id"].as_str().unwrap_or_default()) {
                return Ok(json!({"active": false}));
            }
            claims["active"] = json!(true);
            claims["token_type"] = json!("Bearer");
            return Ok(claims);
        }
        Ok(match app.state().refresh_active(token, unix_now())? {
            Some(grant) if may_see(&grant.client_id) => json!({
                "active": true,
                "token_type": "refresh_token",
                "client_id": grant.client_id,
                "sub": grant.user,
                "scope": grant.scopes.join(" "),
                "tenant_id": grant.tenant,
            }),
            _ => json!({"active": false}),
        })
    })
    .await
}

async fn revoke(
    AxumState(app): AxumState<Arc<AppState>>,
    Peer(peer): Peer,
    note: Note,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let locked = locked(&app, peer);
    blocking(note.clone(), move || {
        let params = form(&headers, &body).map_err(|e| unproved(&app, locked, e))?;
        // RFC 7009 §2.1: a confidential client authenticates; a public one names itself.
        let client = client_for_grant(&app, &headers, &params, peer, locked)?;
        noted(&note, &client);
        let token = params
            .get("token")
            .ok_or_else(|| invalid_request("token is missing"))?;
        // RFC 7009 §2.2: an unknown or invalid token is not an error. A client revokes only
        // its own tokens.
        if let Some(claims) = active_claims(&app, token)? {
            if claims["client_id"] == client.client_id.as_str() {
                let state = app.state.lock().unwrap_or_else(|p| p.into_inner());
                state.revoke(
                    claims["jti"].as_str().unwrap_or_default(),
                    claims["exp"].as_i64().unwrap_or(0),
                    unix_now(),
                )?;
                app.metrics.operation("revoke");
            }
        } else if app
            .state()
            .revoke_refresh(token, &client.client_id, unix_now())?
        {
            app.metrics.operation("revoke");
        }
        Ok(json!({}))
    })
    .await
}

/// The keys to publish: the sealed store's, and the public keys of signing keys from before
/// it (kept in the state) while their tokens may still be live.
fn published(
    app: &AppState,
    state: &State,
    now: i64,
) -> Result<Vec<(String, [u8; 32])>, IdentityError> {
    let keep_for = app.tokens.access_ttl_seconds;
    let mut keys = state.legacy_published(now, keep_for)?;
    keys.extend(app.keys().published(now, keep_for)?);
    Ok(keys)
}

async fn jwks(AxumState(app): AxumState<Arc<AppState>>) -> Response {
    // The key store may be PostgreSQL: read it off the async threads.
    let published = tokio::task::spawn_blocking(move || {
        let state = app.state.lock().unwrap_or_else(|p| p.into_inner());
        published(&app, &state, unix_now())
    })
    .await
    .unwrap_or_else(|_| Err(IdentityError::new(IdReason::Internal, "the request failed")));
    match published {
        Ok(keys) => axum::Json(json!({
            "keys": keys.iter().map(|(kid, x)| jwt::public_jwk(kid, x)).collect::<Vec<_>>()
        }))
        .into_response(),
        Err(e) => oauth_error(&e),
    }
}

fn metadata(issuer: &str) -> Value {
    json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/oauth2/v1/authorize"),
        "token_endpoint": format!("{issuer}/oauth2/v1/token"),
        "userinfo_endpoint": format!("{issuer}/oidc/v1/userinfo"),
        "end_session_endpoint": format!("{issuer}/oauth2/v1/logout"),
        "jwks_uri": format!("{issuer}/oauth2/v1/jwks"),
        "introspection_endpoint": format!("{issuer}/oauth2/v1/introspect"),
        "revocation_endpoint": format!("{issuer}/oauth2/v1/revoke"),
        "grant_types_supported": ["authorization_code", "client_credentials", "refresh_token"],
        "scopes_supported": ["openid"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "revocation_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["EdDSA"],
        "code_challenge_methods_supported": ["S256"],
        "authorization_response_iss_parameter_supported": true,
    })
}

async fn discovery(AxumState(app): AxumState<Arc<AppState>>) -> Response {
    axum::Json(metadata(&app.issuer)).into_response()
}

async fn not_found() -> Response {
    Problem::not_found("no such route; see /.well-known/oauth-authorization-server").into_response()
}

pub fn router(app: Arc<AppState>, limits: &Limits) -> crate::server::middleware::stack::Stacked {
    let guard = Arc::new(crate::server::middleware::limits::Guard::new(
        app.metrics.clone(),
        limits,
    ));
    let router = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/.well-known/oauth-authorization-server", get(discovery))
        .route("/oauth2/v1/jwks", get(jwks))
        .route("/oauth2/v1/token", post(token))
        .route("/oauth2/v1/introspect", post(introspect))
        .route("/oauth2/v1/revoke", post(revoke))
        .merge(
            // The HTML pages: their form POSTs are refused from another site.
            Router::new()
                .route(
                    "/oauth2/v1/authorize",
                    get(crate::identity::http::pages::authorize),
                )
                .route(
                    "/oauth2/v1/login",
                    post(crate::identity::http::pages::login),
                )
                .route(
                    "/oauth2/v1/consent",
                    post(crate::identity::http::pages::consent),
                )
                .route(
                    "/oauth2/v1/logout",
                    get(crate::identity::http::pages::logout_page)
                        .post(crate::identity::http::pages::logout),
                )
                .route_layer(axum::middleware::from_fn(
                    crate::server::pages::csrf::same_origin,
                )),
        )
        .route(
            "/oidc/v1/userinfo",
            get(crate::identity::http::pages::userinfo)
                .post(crate::identity::http::pages::userinfo),
        )
        .fallback(not_found)
        .with_state(app);
    crate::server::middleware::stack::stack(router, guard, limits.max_body_bytes, None)
}

/// The operation a request is, for the audit trail (None: not audited): the token
/// endpoints, the sign-in pages and userinfo; discovery and the JWKS are public reads.
fn audit_op(method: &axum::http::Method, route: &str, _path: &str) -> Option<String> {
    let op = match (method.as_str(), route) {
        (_, "/oauth2/v1/token") => "token",
        (_, "/oauth2/v1/introspect") => "introspect",
        (_, "/oauth2/v1/revoke") => "revoke",
        (_, "/oauth2/v1/authorize") => "authorize",
        ("POST", "/oauth2/v1/login") => "sign_in",
        ("POST", "/oauth2/v1/consent") => "consent",
        ("POST", "/oauth2/v1/logout") => "sign_out",
        (_, "/oidc/v1/userinfo") => "userinfo",
        _ => return None,
    };
    Some(op.to_string())
}

pub async fn run(
    prepared: Prepared,
    on_listening: impl FnOnce(SocketAddr, SocketAddr),
) -> ServerResult<()> {
    let Prepared {
        config,
        state,
        probe,
        shared,
        keys,
        acceptor,
        metrics,
        realm,
        audit_store,
    } = prepared;
    // `/readyz` asks the database with a connection of its own (a slow request holding the
    // state does not make the server look down).
    let mut checks = Vec::new();
    if let Some(checker) = probe {
        let checker = Mutex::new(checker);
        checks.push(crate::server::http::Check::new("state", move || {
            checker
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .ping()
                .map(|()| None)
                .map_err(|e| e.message)
        }));
    }
    let log =
        crate::server::log::Logger::start(&config.log, config.log.file.as_deref(), "identity")?;
    let telemetry =
        crate::server::telemetry::start(&config.telemetry, "identity", metrics.clone()).await?;
    let audit = match (&config.audit, audit_store) {
        (Some(settings), Some((location, unseal))) => {
            let auditor =
                crate::kms::http::audit::start(settings, "identity", location, unseal).await?;
            checks.push(crate::kms::http::api::audit_check(auditor.clone()));
            Some(Arc::new(crate::server::middleware::access_log::Audit {
                auditor,
                op: audit_op,
            }))
        }
        _ => None,
    };
    let tokens = config.tokens.clone();
    let issuer_setting = config.issuer.clone();
    let app_metrics = metrics.clone();
    let limits = config.limits.clone();
    let lockout = Arc::new(Lockout::new(&config.lockout));
    if let Some(pg) = shared {
        crate::server::auth::shared_lockout::start(&lockout, pg, "identity", &config.lockout)
            .map_err(|e| {
                ServerError::new(
                    Reason::Internal,
                    format!("cannot start the lockout sharing: {e}"),
                )
            })?;
    }
    let passwords = realm.map(|realm| {
        Passwords::new(
            realm,
            lockout.clone(),
            std::time::Duration::from_secs(config.limits.credential_cache_seconds),
            metrics.clone(),
        )
    });
    crate::server::http::run_servers(
        &config.listen,
        &config.limits,
        acceptor,
        move |public| {
            let issuer = issuer_setting
                .unwrap_or_else(|| format!("https://{public}"))
                .trim_end_matches('/')
                .to_string();
            router(
                Arc::new(AppState {
                    state: Mutex::new(state),
                    keys: Mutex::new(keys),
                    issuer,
                    tokens,
                    metrics: app_metrics,
                    passwords,
                    lockout,
                    csrf: crate::server::pages::csrf::Binding::new("__Host-cu_identity_browser"),
                    pending: crate::identity::pending::Pending::new(
                        crate::identity::http::pages::PENDING_TTL,
                        crate::identity::pending::TOTAL,
                        crate::identity::pending::PER_ADDRESS,
                    ),
                }),
                &limits,
            )
        },
        crate::server::http::Health {
            metrics,
            checks,
            log,
            audit,
            telemetry,
        },
        &config.shutdown,
        on_listening,
    )
    .await
}
