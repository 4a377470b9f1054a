//! `cu kms serve`: the key store as an HTTPS API under `/service/api/v1`, with the same
//! semantics and formats as the CLI. The tenant always comes from the credential. Store work
//! runs on blocking threads, each with a store connection from a per-tenant pool.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::Method;
use axum::http::{header, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, MethodRouter};
use axum::Router;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::jose::b64;
use crate::kms::http::pool::StorePool;
use crate::kms::store::{Location, Store, Unseal};
use crate::kms::{ops, KeyType, KmsError};
use crate::limits::FileKind;
use crate::server::auth::lockout::LockoutSettings;
use crate::server::auth::presented::Presented;
use crate::server::auth::realm::Identity;
use crate::server::auth::{require, Authenticator};
use crate::server::config::{self, resolve, Limits, Listen, Shutdown, TlsSettings};
use crate::server::http::unix_now;
use crate::server::log::Logger;
use crate::server::middleware::metrics::Metrics;
use crate::server::middleware::security_headers::carries_secret;
use crate::server::middleware::{limits, stack};
use crate::server::problem::Problem;
use crate::server::{Reason, ServerError, ServerResult};

pub const CONFIG_SCHEMA: &str = include_str!("../../../schemas/kms-config.schema.json");
pub const OPENAPI: &str = include_str!("../../../openapi/kms.json");
pub const API_PREFIX: &str = "/service/api/v1";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreSettings {
    pub path: PathBuf,
    #[serde(default)]
    pub unseal_file: Option<PathBuf>,
    #[serde(default)]
    pub passphrase_file: Option<PathBuf>,
    /// The PostgreSQL password, when `path` is a postgres:// URL.
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    /// Store connections this server holds at most (idle and in use, over every tenant).
    #[serde(default = "default_max_connections")]
    pub max_connections: usize,
    /// How long a request waits for a connection when all are in use, before a 503.
    #[serde(default = "default_pool_timeout_ms")]
    pub pool_timeout_ms: u64,
}

fn default_max_connections() -> usize {
    32
}

fn default_pool_timeout_ms() -> u64 {
    2000
}

impl StoreSettings {
    /// Make the settings' file paths relative to the config file's directory (a URL stays).
    pub fn resolve_paths(&mut self, config_file: &Path) {
        if !Location::names_postgres(&self.path) {
            self.path = resolve(config_file, &self.path);
        }
        self.unseal_file = self.unseal_file.as_ref().map(|p| resolve(config_file, p));
        self.passphrase_file = self
            .passphrase_file
            .as_ref()
            .map(|p| resolve(config_file, p));
        self.password_file = self.password_file.as_ref().map(|p| resolve(config_file, p));
    }

    /// Where the store is, with the database password read from `password_file`.
    pub fn location(&self, config_file: &Path, at: &str) -> ServerResult<Location> {
        let location = Location::parse(&self.path)
            .map_err(|e| ServerError::config(config_file, format!("{at}/path: {}", e.message)))?;
        if !location.is_postgres() {
            if self.password_file.is_some() {
                return Err(ServerError::config(
                    config_file,
                    format!("{at}/password_file is for a postgres:// store"),
                ));
            }
            return Ok(location);
        }
        let password = match &self.password_file {
            Some(p) => {
                let secret = config::read_file(p, FileKind::Secret, Reason::BadConfig)?;
                let text = std::str::from_utf8(&secret).map_err(|_| {
                    ServerError::config(config_file, format!("{at}/password_file is not UTF-8"))
                })?;
                let text = text.strip_suffix('\n').unwrap_or(text);
                let text = text.strip_suffix('\r').unwrap_or(text);
                Some(zeroize::Zeroizing::new(text.to_string()))
            }
            None => None,
        };
        Ok(location.with_password(password))
    }

    /// The unseal secret the settings name (`at`: where they sit in `config_file`, for the
    /// error).
    pub fn unseal(&self, config_file: &Path, at: &str) -> ServerResult<Unseal> {
        let read_secret = |p: &Path| config::read_file(p, FileKind::Secret, Reason::BadConfig);
        match (&self.unseal_file, &self.passphrase_file) {
            (_, Some(p)) => {
                let mut secret = read_secret(p)?;
                if secret.last() == Some(&b'\n') {
                    secret.pop();
                }
                Ok(Unseal::Passphrase(secret))
            }
            (Some(p), None) => Ok(Unseal::Secret(read_secret(p)?)),
            (None, None) => Err(ServerError::config(
                config_file,
                format!("{at}: give unseal_file or passphrase_file"),
            )),
        }
    }
}

fn default_listen() -> Listen {
    Listen {
        public: std::net::SocketAddr::from(([0, 0, 0, 0], 8081)),
        admin: std::net::SocketAddr::from(([127, 0, 0, 1], 9090)),
    }
}

/// `cu-kms.yaml`, as checked by `schemas/kms-config.schema.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KmsServerConfig {
    pub store: StoreSettings,
    #[serde(default = "default_listen")]
    pub listen: Listen,
    pub tls: TlsSettings,
    pub realm: PathBuf,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub log: crate::server::log::LogSettings,
    /// The audit trail of every key operation and sign-in (off without this section).
    #[serde(default)]
    pub audit: Option<crate::server::middleware::audit::AuditSettings>,
    /// Traces over OTLP (off without `telemetry.otlp`).
    #[serde(default)]
    pub telemetry: crate::server::telemetry::TelemetrySettings,
    #[serde(default)]
    pub shutdown: Shutdown,
    /// Failed sign-ins counted per user name and per client address.
    #[serde(default)]
    pub lockout: LockoutSettings,
    /// Bearer tokens from `cu identity serve`.
    #[serde(default)]
    pub federation: Option<crate::server::auth::bearer::Federation>,
    /// Which realms are tried (default: the file realm, then federation).
    #[serde(default)]
    pub auth_order: Option<Vec<String>>,
    /// The console signs people in through the federation's identity server.
    #[serde(default)]
    pub console: Option<ConsoleSettings>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsoleSettings {
    /// The console's public OAuth client at the identity server.
    pub client_id: String,
    /// Registered with that client: https://<this server>/ui/callback.
    pub redirect_uri: String,
}

/// What the console needs to sign people in through the identity server.
pub struct ConsoleOidc {
    pub issuer: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub http: reqwest::Client,
    pub verifier: Arc<crate::server::auth::bearer::JwksVerifier>,
}

impl KmsServerConfig {
    /// Read and check a config file; paths inside it become absolute.
    pub fn load(file: &Path) -> ServerResult<KmsServerConfig> {
        let text = config::read_text(file, FileKind::Config, Reason::BadConfig)?;
        KmsServerConfig::from_text(file, &text)
    }

    /// Check a config's text, read from `file` (which relative paths are resolved against).
    pub fn from_text(file: &Path, text: &str) -> ServerResult<KmsServerConfig> {
        let mut c: KmsServerConfig = config::load(file, text, CONFIG_SCHEMA)?;
        c.store.resolve_paths(file);
        c.realm = resolve(file, &c.realm);
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
    ui: crate::kms::http::pages::Sessions,
    oidc: Option<ConsoleOidc>,
    /// The identity server's keys (with `federation:`), for `/readyz`.
    federation: Option<Arc<crate::server::auth::bearer::JwksVerifier>>,
    pool: StorePool,
    auth: Authenticator,
    metrics: Arc<Metrics>,
    guard: Arc<limits::Guard>,
}

/// Everything the server needs, checked before it listens: the store opens with the unseal
/// secret, the realm parses, the TLS identity is a CA-issued leaf matching its key.
pub struct Prepared {
    pub config: KmsServerConfig,
    pub state: Arc<AppState>,
    pub acceptor: tokio_rustls::TlsAcceptor,
    pub realm_is_demo: bool,
}

pub fn prepare(config: KmsServerConfig, config_file: &Path) -> ServerResult<Prepared> {
    let unseal = config.store.unseal(config_file, "/store")?;
    let location = config.store.location(config_file, "/store")?;
    // Open once now: a wrong secret or a missing store stops start-up, not the first request.
    Store::open(&location, &unseal, None, false, unix_now()).map_err(|e| {
        ServerError::new(Reason::BadConfig, format!("store: {}", e.message)).with_help(
            e.help
                .unwrap_or_else(|| "check /store in the config".to_string()),
        )
    })?;
    let acceptor = crate::server::http::acceptor(&config.tls, config_file)?;
    let metrics = Arc::new(Metrics::new("cu_kms"));
    let built = crate::server::auth::policy::build(
        &crate::server::auth::policy::Settings {
            name: "cu-kms",
            app: "kms",
            realm: &config.realm,
            limits: &config.limits,
            lockout: &config.lockout,
            federation: config.federation.as_ref(),
            auth_order: config.auth_order.as_deref(),
            client_auth: config.tls.client_auth,
        },
        &location,
        config_file,
        metrics.clone(),
    )?;
    let (auth, jwks, realm_is_demo) = (built.auth, built.federation, built.realm_is_demo);
    let oidc = match (&config.federation, &config.console, &jwks) {
        (Some(federation), Some(console), Some(verifier)) => Some(ConsoleOidc {
            issuer: federation.issuer.trim_end_matches('/').to_string(),
            client_id: console.client_id.clone(),
            redirect_uri: console.redirect_uri.clone(),
            http: verifier.http_client(),
            verifier: verifier.clone(),
        }),
        (None, Some(_), _) => {
            return Err(ServerError::config(
                config_file,
                "/console: signing in through an identity server needs a /federation section",
            ))
        }
        _ => None,
    };
    let metrics_for_guard = metrics.clone();
    let state = Arc::new(AppState {
        ui: crate::kms::http::pages::Sessions::default(),
        oidc,
        federation: jwks,
        pool: StorePool::new(
            location,
            unseal,
            config.store.max_connections,
            Duration::from_millis(config.store.pool_timeout_ms),
        ),
        auth,
        metrics,
        guard: Arc::new(limits::Guard::new(metrics_for_guard, &config.limits)),
    });
    Ok(Prepared {
        config,
        state,
        acceptor,
        realm_is_demo,
    })
}

impl AppState {
    pub fn metrics(&self) -> Arc<Metrics> {
        self.metrics.clone()
    }

    pub(crate) fn ui_sessions(&self) -> &crate::kms::http::pages::Sessions {
        &self.ui
    }

    pub(crate) fn console_oidc(&self) -> Option<&ConsoleOidc> {
        self.oidc.as_ref()
    }

    /// The one auth policy, for the console as for the API.
    pub(crate) fn auth(&self) -> &Authenticator {
        &self.auth
    }

    /// Run `f` with a store connection of `tenant` (blocking).
    pub(crate) fn with_store<R>(
        &self,
        tenant: &str,
        f: impl FnOnce(&mut Store) -> Result<R, Problem>,
    ) -> Result<R, Problem> {
        self.pool.with(tenant, f)
    }
}

/// What a route needs from the credential.
#[derive(Clone, Copy)]
struct Need {
    /// General scopes, all required (rewrap needs both kms:decrypt and kms:encrypt).
    scopes: &'static [(&'static str, &'static str)],
    /// Operations that reveal data or change keys; a federation can check tokens for
    /// revocation on these only (`introspection: sensitive`).
    sensitive: bool,
}

const READ: Need = Need {
    scopes: &[("kms:keys:read", "read")],
    sensitive: false,
};
const WRITE: Need = Need {
    scopes: &[("kms:keys:write", "write")],
    sensitive: true,
};
const ENCRYPT: Need = Need {
    scopes: &[("kms:encrypt", "encrypt")],
    sensitive: false,
};
const DECRYPT: Need = Need {
    scopes: &[("kms:decrypt", "decrypt")],
    sensitive: true,
};
const REWRAP: Need = Need {
    scopes: &[("kms:decrypt", "decrypt"), ("kms:encrypt", "encrypt")],
    sensitive: true,
};
const SIGN: Need = Need {
    scopes: &[("kms:sign", "sign")],
    sensitive: true,
};
const VERIFY: Need = Need {
    scopes: &[("kms:verify", "verify")],
    sensitive: false,
};

/// A passport keyring's key (`passport.NAME`) belongs to the passport service: the KMS
/// shows it and verifies with it, but does not sign with it, change or delete it (a raw
/// Ed25519 signature with it would be a passport no scope of `cu passport` allowed).
pub(crate) fn passport_owned(name: &str, scope: &str) -> Result<(), Problem> {
    if name.starts_with("passport.") && !matches!(scope, "kms:keys:read" | "kms:verify") {
        return Err(Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            format!("`{name}` is a passport keyring's key: change it with `cu passport` (rotate, retire), not through the KMS"),
        ));
    }
    Ok(())
}

/// Authenticate, rate-limit, check scopes, then run `op` with a store of the caller's tenant,
/// on a blocking thread. `key` is the key the scopes are checked for (None: the whole tenant).
async fn call<T, F>(
    state: Arc<AppState>,
    headers: Presented,
    need: Need,
    key: Option<String>,
    op: F,
) -> Response
where
    T: Serialize + Send + 'static,
    F: FnOnce(&mut Store, &Identity) -> Result<(StatusCode, T), Problem> + Send + 'static,
{
    let worker = tokio::task::spawn_blocking(move || {
        // Only a name that could be a key's is noted (the path is the caller's).
        if let Some(key) = key
            .as_deref()
            .filter(|k| crate::kms::check_key_name(k).is_ok())
        {
            headers.note.key(key, None);
        }
        let identity = state
            .auth
            .authenticate_request(&headers, need.sensitive, unix_now())?;
        state.auth.charge(&identity)?;
        for (scope, op_name) in need.scopes {
            require(&identity, scope, key.as_deref().map(|k| (k, *op_name)))?;
        }
        if let Some(k) = &key {
            for (scope, _) in need.scopes {
                passport_owned(k, scope)?;
            }
        }
        let note = headers.note.clone();
        let waited = std::time::Instant::now();
        state.pool.with(&identity.tenant, |store| {
            note.timed("store.connection", waited, vec![]);
            store.take_touched();
            if !note.traced() {
                let out = op(store, &identity);
                if let (Some(key), Some(v)) = (&key, store.take_touched()) {
                    note.key(key, Some(v));
                }
                return out;
            }
            // The store's part (reading and unwrapping the key) ends when the material is
            // there; the crypto operation takes the rest.
            let started = std::time::Instant::now();
            let ready = Arc::new(std::sync::Mutex::new(None));
            let mark = ready.clone();
            store.on_material(Some(Box::new(move || {
                let mut at = mark.lock().unwrap_or_else(|p| p.into_inner());
                at.get_or_insert_with(std::time::Instant::now);
            })));
            let out = op(store, &identity);
            store.on_material(None);
            let version = store.take_touched();
            let attributes = |v: Option<u32>| {
                let mut a = vec![("cu.key", key.clone().unwrap_or_default())];
                if let Some(v) = v {
                    a.push(("cu.key.version", v.to_string()));
                }
                a
            };
            let ready = *ready.lock().unwrap_or_else(|p| p.into_inner());
            match ready {
                Some(at) => {
                    note.timed_between("store", started, at, attributes(version));
                    note.timed("crypto", at, attributes(version));
                }
                None => note.timed("store", started, attributes(version)),
            }
            if let (Some(key), Some(v)) = (&key, version) {
                note.key(key, Some(v));
            }
            out
        })
    });
    match worker.await {
        Ok(Ok((status, body))) => (status, axum::Json(body)).into_response(),
        Ok(Err(problem)) => problem.into_response(),
        Err(_) => Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the request failed inside the server",
        )
        .into_response(),
    }
}

/// A JSON body, with problem+json for anything that is not the expected JSON. The content
/// type was checked before routing (`stack::JsonOnly` answers 415 for every state change under
/// the API prefix).
fn body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, Problem> {
    crate::limits::json_depth(bytes)
        .map_err(|e| Problem::bad_request(format!("the JSON body: {e}")))?;
    serde_json::from_slice(bytes).map_err(|e| Problem::bad_request(format!("the JSON body: {e}")))
}

fn binary(text: &str, what: &str) -> Result<Vec<u8>, Problem> {
    b64::decode(text, what).map_err(|e| Problem::bad_request(e.message))
}

macro_rules! parse_or_return {
    ($bytes:expr) => {
        match body(&$bytes) {
            Ok(b) => b,
            Err(p) => return p.into_response(),
        }
    };
}

#[derive(Deserialize)]
struct ListQuery {
    limit: Option<usize>,
    after: Option<String>,
}

async fn list_keys(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Query(q) = match query {
        Ok(q) => q,
        Err(e) => return Problem::bad_request(e.body_text()).into_response(),
    };
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    call(state, headers, READ, None, move |store, identity| {
        let keys = store.list_keys()?;
        let start = match &q.after {
            Some(after) => keys
                .iter()
                .position(|k| k.name > *after)
                .unwrap_or(keys.len()),
            None => 0,
        };
        let page: Vec<_> = keys.iter().skip(start).take(limit).cloned().collect();
        let next = (start + page.len() < keys.len())
            .then(|| page.last().map(|k| k.name.clone()))
            .flatten();
        Ok((
            StatusCode::OK,
            json!({"tenant": identity.tenant, "keys": page, "next": next}),
        ))
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateKey {
    name: String,
    #[serde(rename = "type")]
    key_type: String,
}

fn key_type(name: &str) -> Result<KeyType, Problem> {
    KeyType::ALL
        .into_iter()
        .find(|t| t.as_str() == name)
        .ok_or_else(|| {
            Problem::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!(
                    "unknown key type `{name}`; one of {}",
                    KeyType::ALL.map(KeyType::as_str).join(", ")
                ),
            )
        })
}

async fn create_key(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    bytes: Bytes,
) -> Response {
    let req: CreateKey = parse_or_return!(bytes);
    let t = match key_type(&req.key_type) {
        Ok(t) => t,
        Err(p) => return p.into_response(),
    };
    let metrics = state.metrics.clone();
    call(
        state,
        headers,
        WRITE,
        Some(req.name.clone()),
        move |store, _| {
            metrics.operation("create");
            Ok((
                StatusCode::CREATED,
                store.create_key(&req.name, t, None, unix_now())?,
            ))
        },
    )
    .await
}

async fn show_key(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
) -> Response {
    call(state, headers, READ, Some(name.clone()), move |store, _| {
        Ok((StatusCode::OK, store.key_info(&name)?))
    })
    .await
}

async fn delete_key(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
) -> Response {
    call(
        state,
        headers,
        WRITE,
        Some(name.clone()),
        move |store, _| Ok((StatusCode::OK, json!({"deleted": store.delete_key(&name)?}))),
    )
    .await
}

async fn rotate_key(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
) -> Response {
    let metrics = state.metrics.clone();
    call(
        state,
        headers,
        WRITE,
        Some(name.clone()),
        move |store, _| {
            metrics.operation("rotate");
            Ok((StatusCode::OK, store.rotate_key(&name, unix_now())?))
        },
    )
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigRequest {
    min_decrypt_version: u32,
}

/// Key settings: versions below min_decrypt_version no longer decrypt or verify.
async fn configure_key(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
    bytes: Bytes,
) -> Response {
    let req: ConfigRequest = parse_or_return!(bytes);
    call(
        state,
        headers,
        WRITE,
        Some(name.clone()),
        move |store, _| {
            Ok((
                StatusCode::OK,
                store.set_min_decrypt_version(&name, req.min_decrypt_version)?,
            ))
        },
    )
    .await
}

async fn set_version(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath((name, version, action)): UrlPath<(String, String, String)>,
) -> Response {
    let enabled = match action.as_str() {
        "enable" => true,
        "disable" => false,
        _ => return Problem::not_found("no such route").into_response(),
    };
    let Ok(version) = version.parse::<u32>() else {
        return Problem::bad_request(format!("`{version}` is not a version number"))
            .into_response();
    };
    call(
        state,
        headers,
        WRITE,
        Some(name.clone()),
        move |store, _| {
            Ok((
                StatusCode::OK,
                store.set_version_enabled(&name, version, enabled)?,
            ))
        },
    )
    .await
}

async fn jwks(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
) -> Response {
    call(state, headers, READ, Some(name.clone()), move |store, _| {
        Ok((StatusCode::OK, ops::public_jwks(store, &name, None)?))
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EncryptRequest {
    plaintext: String,
    #[serde(default)]
    aad: Option<String>,
}

/// An operation on one key: parse the JSON body, authorize for the key, run `f` on a store
/// of the caller's tenant, count the operation.
async fn key_op<Req, T, F>(
    state: Arc<AppState>,
    headers: Presented,
    name: String,
    bytes: Bytes,
    need: Need,
    operation: &'static str,
    f: F,
) -> Response
where
    Req: DeserializeOwned + Send + 'static,
    T: Serialize + Send + 'static,
    F: FnOnce(&mut Store, &str, Req) -> Result<T, Problem> + Send + 'static,
{
    // An empty body reads as `{}` (a datakey request needs nothing); anything else must be
    // JSON, and a request that needs fields still gets a 400 for the missing ones.
    let parsed = if bytes.is_empty() {
        serde_json::from_slice(b"{}")
            .map_err(|e| Problem::bad_request(format!("the JSON body: {e}")))
    } else {
        body(&bytes)
    };
    let req: Req = match parsed {
        Ok(r) => r,
        Err(p) => return p.into_response(),
    };
    let metrics = state.metrics.clone();
    call(state, headers, need, Some(name.clone()), move |store, _| {
        let out = f(store, &name, req)?;
        metrics.operation(operation);
        Ok((StatusCode::OK, out))
    })
    .await
}

async fn encrypt(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
    bytes: Bytes,
) -> Response {
    key_op(
        state,
        headers,
        name,
        bytes,
        ENCRYPT,
        "encrypt",
        |store, name, req: EncryptRequest| {
            let plaintext = zeroize::Zeroizing::new(binary(&req.plaintext, "plaintext")?);
            let aad = req.aad.as_deref().map(|a| binary(a, "aad")).transpose()?;
            let (ciphertext, kid) = ops::encrypt_with_kid(store, name, &plaintext, aad.as_deref())?;
            Ok(json!({"ciphertext": ciphertext, "kid": kid}))
        },
    )
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecryptRequest {
    ciphertext: String,
    #[serde(default)]
    aad: Option<String>,
}

async fn decrypt(State(state): State<Arc<AppState>>, headers: Presented, bytes: Bytes) -> Response {
    let req: DecryptRequest = parse_or_return!(bytes);
    let name = match ops::ciphertext_key(&req.ciphertext) {
        Ok(n) => n,
        Err(e) => return Problem::from(e).into_response(),
    };
    let metrics = state.metrics.clone();
    let response = call(state, headers, DECRYPT, Some(name), move |store, _| {
        let aad = req.aad.as_deref().map(|a| binary(a, "aad")).transpose()?;
        let (plaintext, kid) = ops::decrypt(store, &req.ciphertext, aad.as_deref())?;
        metrics.operation("decrypt");
        Ok((
            StatusCode::OK,
            json!({"plaintext": b64::encode(&plaintext[..]), "kid": kid}),
        ))
    })
    .await;
    carries_secret(response)
}

async fn rewrap(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
    bytes: Bytes,
) -> Response {
    key_op(
        state,
        headers,
        name,
        bytes,
        REWRAP,
        "rewrap",
        |store, name, req: DecryptRequest| {
            let from = ops::ciphertext_key(&req.ciphertext)?;
            if from != name {
                return Err(Problem::new(
                    StatusCode::BAD_REQUEST,
                    "bad_request",
                    format!("the ciphertext belongs to key `{from}`, not `{name}`"),
                ));
            }
            let aad = req.aad.as_deref().map(|a| binary(a, "aad")).transpose()?;
            let (ciphertext, from, to) = ops::rewrap(store, name, &req.ciphertext, aad.as_deref())?;
            Ok(json!({"ciphertext": ciphertext, "from": from, "kid": to}))
        },
    )
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignRequest {
    message: String,
    #[serde(default)]
    raw: bool,
}

async fn sign(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
    bytes: Bytes,
) -> Response {
    key_op(
        state,
        headers,
        name,
        bytes,
        SIGN,
        "sign",
        |store, name, req: SignRequest| {
            let message = binary(&req.message, "message")?;
            let (signature, kid) = ops::sign(store, name, &message, req.raw)?;
            // A JWS is text already; a raw signature is bytes.
            let signature = if req.raw {
                b64::encode(&signature)
            } else {
                String::from_utf8_lossy(&signature).into_owned()
            };
            Ok(json!({"signature": signature, "kid": kid}))
        },
    )
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyRequest {
    /// A compact JWS from `sign` …
    #[serde(default)]
    jws: Option<String>,
    /// … or a message and a raw signature (base64url).
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    signature: Option<String>,
    #[serde(default)]
    key_version: Option<u32>,
}

async fn verify(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
    bytes: Bytes,
) -> Response {
    key_op(
        state,
        headers,
        name,
        bytes,
        VERIFY,
        "verify",
        |store, name, req: VerifyRequest| match (&req.jws, &req.message, &req.signature) {
            (Some(jws), None, None) => {
                let (payload, kid) = ops::verify_jws(store, name, jws)?;
                Ok(json!({"valid": true, "kid": kid, "payload": b64::encode(payload)}))
            }
            (None, Some(m), Some(s)) => {
                let (m, s) = (binary(m, "message")?, binary(s, "signature")?);
                let kid = ops::verify_raw(store, name, &m, &s, req.key_version)?;
                Ok(json!({"valid": true, "kid": kid}))
            }
            _ => Err(Problem::bad_request(
                "send either `jws`, or `message` and `signature`",
            )),
        },
    )
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MacRequest {
    message: String,
    #[serde(default)]
    mac: Option<String>,
}

async fn mac(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
    bytes: Bytes,
) -> Response {
    key_op(
        state,
        headers,
        name,
        bytes,
        SIGN,
        "mac",
        |store, name, req: MacRequest| {
            if req.mac.is_some() {
                return Err(Problem::bad_request(
                    "`mac` belongs in a mac-verify request",
                ));
            }
            Ok(json!({"mac": ops::mac(store, name, &binary(&req.message, "message")?)?}))
        },
    )
    .await
}

async fn mac_verify(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
    bytes: Bytes,
) -> Response {
    key_op(
        state,
        headers,
        name,
        bytes,
        VERIFY,
        "mac-verify",
        |store, name, req: MacRequest| {
            let tag = req
                .mac
                .ok_or_else(|| Problem::bad_request("send the `mac` to check"))?;
            let kid = ops::mac_verify(store, name, &binary(&req.message, "message")?, &tag)?;
            Ok(json!({"valid": true, "kid": kid}))
        },
    )
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DatakeyRequest {
    #[serde(default)]
    wrapped_only: bool,
}

async fn datakey(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    UrlPath(name): UrlPath<String>,
    bytes: Bytes,
) -> Response {
    let response = key_op(
        state,
        headers,
        name,
        bytes,
        ENCRYPT,
        "datakey",
        |store, name, req: DatakeyRequest| {
            let (key, wrapped) = ops::datakey(store, name)?;
            let kid = ops::ciphertext_kid(&wrapped)?;
            let mut doc = json!({"ciphertext": wrapped, "kid": kid});
            if !req.wrapped_only {
                doc["plaintext"] = json!(b64::encode(&key[..]));
            }
            Ok(doc)
        },
    )
    .await;
    carries_secret(response)
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn not_found() -> Response {
    Problem::not_found("no such route; the API is described at /service/api/v1/openapi.json")
        .into_response()
}

async fn method_not_allowed() -> Response {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "this route does not take that method",
    )
    .into_response()
}

/// Every API route: (path under the prefix, method, handler). The router is built from this
/// table, and a test checks it against the committed OpenAPI document.
fn routes() -> Vec<(&'static str, Method, MethodRouter<Arc<AppState>>)> {
    vec![
        ("/keys", Method::GET, get(list_keys)),
        ("/keys", Method::POST, post(create_key)),
        ("/keys/{name}", Method::GET, get(show_key)),
        ("/keys/{name}", Method::DELETE, delete(delete_key)),
        ("/keys/{name}/rotate", Method::POST, post(rotate_key)),
        ("/keys/{name}/config", Method::POST, post(configure_key)),
        (
            "/keys/{name}/versions/{version}/{action}",
            Method::POST,
            post(set_version),
        ),
        ("/keys/{name}/jwks", Method::GET, get(jwks)),
        ("/keys/{name}/encrypt", Method::POST, post(encrypt)),
        ("/keys/{name}/rewrap", Method::POST, post(rewrap)),
        ("/keys/{name}/sign", Method::POST, post(sign)),
        ("/keys/{name}/verify", Method::POST, post(verify)),
        ("/keys/{name}/mac", Method::POST, post(mac)),
        ("/keys/{name}/mac-verify", Method::POST, post(mac_verify)),
        ("/keys/{name}/datakey", Method::POST, post(datakey)),
        ("/decrypt", Method::POST, post(decrypt)),
        ("/openapi.json", Method::GET, get(openapi)),
    ]
}

/// (method, path) of every route, for the OpenAPI agreement test.
pub fn route_list() -> Vec<(String, String)> {
    routes()
        .into_iter()
        .map(|(path, method, _)| (method.to_string(), path.to_string()))
        .collect()
}

/// The public API router.
pub fn router(state: Arc<AppState>, max_body: usize) -> stack::Stacked {
    // One method router per path (GET and POST /keys share one), each with a 405 fallback.
    let mut by_path: Vec<(&'static str, MethodRouter<Arc<AppState>>)> = Vec::new();
    for (path, _, handler) in routes() {
        match by_path.iter().position(|(p, _)| *p == path) {
            Some(i) => {
                let (p, existing) = by_path.remove(i);
                by_path.insert(i, (p, existing.merge(handler)));
            }
            None => by_path.push((path, handler)),
        }
    }
    let mut api = Router::new();
    for (path, handler) in by_path {
        api = api.route(path, handler.fallback(method_not_allowed));
    }
    let ui = Router::new()
        .route("/ui", get(|| async { crate::kms::http::pages::redirect() }))
        .route("/ui/", get(crate::kms::http::pages::index))
        .route("/ui/login", post(crate::kms::http::pages::login))
        .route("/ui/logout", post(crate::kms::http::pages::logout))
        .route("/ui/oidc/start", get(crate::kms::http::pages::oidc_start))
        .route("/ui/callback", get(crate::kms::http::pages::oidc_callback))
        .route("/ui/keys", post(crate::kms::http::pages::create))
        .route("/ui/keys/{name}", get(crate::kms::http::pages::show))
        .route(
            "/ui/keys/{name}/{action}",
            post(crate::kms::http::pages::act),
        )
        .route_layer(middleware::from_fn(crate::server::pages::csrf::same_origin))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            crate::kms::http::pages::note_session,
        ));
    let guard = state.guard.clone();
    let router = Router::new()
        .nest(API_PREFIX, api)
        .merge(ui)
        .fallback(not_found)
        .with_state(state);
    // The API takes JSON only; the console's forms under /ui/ have their own CSRF defence.
    stack::stack(router, guard, max_body, Some(API_PREFIX))
}

/// The operation a request is, for the audit trail (None: not audited): every API route
/// but the OpenAPI document, and the console's sign-in, sign-out and key actions.
fn audit_op(method: &Method, route: &str, path: &str) -> Option<String> {
    let last = || path.rsplit('/').next().unwrap_or_default().to_string();
    if let Some(rest) = route.strip_prefix(API_PREFIX) {
        let op = match (method.as_str(), rest) {
            (_, "/openapi.json") => return None,
            ("GET", "/keys") => "list",
            ("POST", "/keys") => "create",
            ("GET", "/keys/{name}") => "show",
            ("DELETE", "/keys/{name}") => "delete",
            ("GET", "/keys/{name}/jwks") => "public",
            ("POST", "/keys/{name}/config") => "configure",
            ("POST", "/keys/{name}/versions/{version}/{action}") => return Some(last()),
            ("POST", "/decrypt") => "decrypt",
            ("POST", r) if r.starts_with("/keys/{name}/") => return Some(last()),
            _ => return Some(format!("{} {rest}", method.as_str().to_ascii_lowercase())),
        };
        return Some(op.to_string());
    }
    match (method.as_str(), route) {
        ("POST", "/ui/login") | ("GET", "/ui/callback") => Some("console_sign_in".into()),
        ("POST", "/ui/logout") => Some("console_sign_out".into()),
        ("POST", "/ui/keys") => Some("create".into()),
        ("POST", "/ui/keys/{name}/{action}") => Some(last()),
        _ => None,
    }
}

/// Serve until SIGTERM/SIGINT, then drain and stop. `on_listening` gets the bound public and
/// admin addresses.
pub async fn run(
    prepared: Prepared,
    on_listening: impl FnOnce(std::net::SocketAddr, std::net::SocketAddr),
) -> ServerResult<()> {
    let Prepared {
        config,
        state,
        acceptor,
        ..
    } = prepared;
    let log = Logger::start(&config.log, config.log.file.as_deref(), "kms")?;
    let telemetry =
        crate::server::telemetry::start(&config.telemetry, "kms", state.metrics()).await?;
    let audit = match &config.audit {
        Some(settings) => {
            // Off the runtime: the PostgreSQL client blocks (and must not run on its threads).
            let (location, unseal) = (state.pool.location.clone(), state.pool.unseal.clone());
            let auditor = super::audit::start(settings, "kms", location, unseal).await?;
            Some(Arc::new(crate::server::middleware::access_log::Audit {
                auditor,
                op: audit_op,
            }))
        }
        None => None,
    };
    let metrics = state.metrics();
    let max_body = config.limits.max_body_bytes;
    let checks = readiness(&state, audit.as_ref());
    crate::server::http::run_servers(
        &config.listen,
        &config.limits,
        acceptor,
        move |_| router(state, max_body),
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

/// What `/readyz` checks: the store answers, the database realm reads (when passwords are
/// checked against it), the identity server's JWKS is fresh (with federation), the audit
/// trail is writable (with `audit:`).
fn readiness(
    state: &AppState,
    audit: Option<&Arc<crate::server::middleware::access_log::Audit>>,
) -> Vec<crate::server::http::Check> {
    store_checks(
        &state.pool.location,
        &state.auth,
        state.federation.clone(),
        audit,
    )
}

/// The checks of a server on the KMS store (the KMS, the passport service): the store
/// answers, the database realm reads (when passwords are checked against it), the identity
/// server's JWKS is fresh (with federation), the audit trail is writable (with `audit:`).
pub(crate) fn store_checks(
    location: &Location,
    auth: &Authenticator,
    federation: Option<Arc<crate::server::auth::bearer::JwksVerifier>>,
    audit: Option<&Arc<crate::server::middleware::access_log::Audit>>,
) -> Vec<crate::server::http::Check> {
    use crate::server::http::Check;
    let store = Arc::new(crate::kms::store::Probe::new(location.clone()));
    let mut checks = vec![Check::new("store", move || {
        store.check().map(|()| None).map_err(|e| e.message)
    })];
    if let Some(run) = auth.realm_check() {
        checks.push(Check { name: "realm", run });
    }
    if let Some(verifier) = federation {
        checks.push(Check::new("federation", move || verifier.readiness()));
    }
    if let Some(a) = audit {
        checks.push(audit_check(a.auditor.clone()));
    }
    checks
}

/// The audit trail takes records (one of its sinks can be written).
pub(crate) fn audit_check(
    auditor: Arc<crate::server::middleware::audit::Auditor>,
) -> crate::server::http::Check {
    crate::server::http::Check::new("audit", move || {
        if auditor.healthy() {
            Ok(None)
        } else {
            Err("no audit sink can be written: requests are refused (fail_closed)".into())
        }
    })
}

impl From<KmsError> for ServerError {
    fn from(e: KmsError) -> ServerError {
        ServerError::new(Reason::Internal, e.message)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn routes_and_openapi_document_agree() {
        let doc: serde_json::Value = serde_json::from_str(super::OPENAPI).unwrap();
        let mut documented: Vec<(String, String)> = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                documented.push((method.to_uppercase(), path.clone()));
            }
        }
        let mut served = super::route_list();
        documented.sort();
        served.sort();
        assert_eq!(served, documented);
    }
}
