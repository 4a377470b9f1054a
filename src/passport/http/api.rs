//! `cu passport serve`: issue and verify passports over HTTPS, with stable JSON. The tenant of
//! an issuing or admin request comes from the credential; a verification uses the keys of the
//! tenant its kid names, which must be the caller's own unless `verify.auth: open`.
//! Store work runs on blocking threads, each with a store connection from a per-tenant pool.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::Router;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{json, Map, Value};

use super::coalesce::{self, CoalesceSettings, Coalescer};
use super::metrics::{self, PassportMetrics};
use crate::kms::http::api::StoreSettings;
use crate::kms::http::pool::StorePool;
use crate::kms::store::Store;
use crate::limits::FileKind;
use crate::passport::keyring::{self, KeyringError, DEFAULT_KEYRING};
use crate::passport::token::{self, IssueRequest, Kid};
use crate::passport::verify::{self, BatchOptions, KeySet, Policy, Verified};
use crate::passport::{PassportError, PassportResult, Reason as PassportReason};
use crate::server::auth::lockout::LockoutSettings;
use crate::server::auth::presented::Presented;
use crate::server::auth::realm::{grants, Identity};
use crate::server::auth::Authenticator;
use crate::server::config::{self, resolve, Limits, Listen, Shutdown, TlsSettings};
use crate::server::http::unix_now;
use crate::server::log::Logger;
use crate::server::middleware::metrics::Metrics;
use crate::server::middleware::{limits, stack};
use crate::server::problem::Problem;
use crate::server::{Reason, ServerError, ServerResult};

pub const CONFIG_SCHEMA: &str = include_str!("../../../schemas/passport-config.schema.json");
pub const OPENAPI: &str = include_str!("../../../openapi/passport.json");
pub const API_PREFIX: &str = "/v1";
/// The longest a coalesced verification waits for its answer.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);
/// Tenants whose keys one open verification request may read.
const MAX_TENANTS_PER_REQUEST: usize = 4;
/// Keyrings one verification request may read.
const MAX_KEYRINGS_PER_REQUEST: usize = 8;

fn default_listen() -> Listen {
    Listen {
        public: std::net::SocketAddr::from(([0, 0, 0, 0], 8083)),
        admin: std::net::SocketAddr::from(([127, 0, 0, 1], 9092)),
    }
}

/// Whether verifying needs a principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum VerifyAuth {
    /// A principal with `passport:verify`, verifying its own tenant's passports.
    #[default]
    Required,
    /// Anyone; the kid names the tenant whose keys are used.
    Open,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct VerifySettings {
    #[serde(default)]
    pub auth: VerifyAuth,
}

/// The `passport:` section.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassportSettings {
    #[serde(default = "default_issuer")]
    pub issuer: String,
    #[serde(default = "default_ttl")]
    pub default_ttl_seconds: i64,
    #[serde(default = "default_max_ttl")]
    pub max_ttl_seconds: i64,
    #[serde(default = "default_skew")]
    pub default_skew_seconds: i64,
    #[serde(default = "default_max_msg")]
    pub max_msg_bytes: usize,
    #[serde(default = "default_max_batch")]
    pub max_batch: usize,
    #[serde(default = "default_keys_max_age")]
    pub keys_max_age_seconds: u64,
    /// How long a key set read for verification is used before it is read again (what
    /// another instance rotated or retired is seen within this).
    #[serde(default = "default_key_cache_ms")]
    pub key_cache_ms: u64,
    #[serde(default)]
    pub verify: VerifySettings,
    #[serde(default)]
    pub coalesce: CoalesceSettings,
}

fn default_key_cache_ms() -> u64 {
    2000
}
fn default_issuer() -> String {
    "cu".into()
}
fn default_ttl() -> i64 {
    3600
}
fn default_max_ttl() -> i64 {
    86_400
}
fn default_skew() -> i64 {
    120
}
fn default_max_msg() -> usize {
    token::DEFAULT_MAX_SIZE
}
fn default_max_batch() -> usize {
    512
}
fn default_keys_max_age() -> u64 {
    60
}

impl Default for PassportSettings {
    fn default() -> PassportSettings {
        PassportSettings {
            issuer: default_issuer(),
            default_ttl_seconds: default_ttl(),
            max_ttl_seconds: default_max_ttl(),
            default_skew_seconds: default_skew(),
            max_msg_bytes: default_max_msg(),
            max_batch: default_max_batch(),
            keys_max_age_seconds: default_keys_max_age(),
            key_cache_ms: default_key_cache_ms(),
            verify: VerifySettings::default(),
            coalesce: CoalesceSettings::default(),
        }
    }
}

/// `cu-passport.yaml`, as checked by `schemas/passport-config.schema.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassportServerConfig {
    pub store: StoreSettings,
    #[serde(default = "default_listen")]
    pub listen: Listen,
    pub tls: TlsSettings,
    pub realm: PathBuf,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub log: crate::server::log::LogSettings,
    #[serde(default)]
    pub audit: Option<crate::server::middleware::audit::AuditSettings>,
    #[serde(default)]
    pub telemetry: crate::server::telemetry::TelemetrySettings,
    #[serde(default)]
    pub shutdown: Shutdown,
    #[serde(default)]
    pub lockout: LockoutSettings,
    #[serde(default)]
    pub federation: Option<crate::server::auth::bearer::Federation>,
    #[serde(default)]
    pub auth_order: Option<Vec<String>>,
    #[serde(default)]
    pub passport: PassportSettings,
}

impl PassportServerConfig {
    /// `--amnesia`: nothing kept beyond the store's keys. Errors only, to stderr; a config
    /// that names an audit trail, a log file or a telemetry endpoint contradicts it and is
    /// refused rather than quietly changed.
    pub fn amnesia(&mut self, file: &Path) -> ServerResult<()> {
        let refuse = |what: &str| {
            Err(ServerError::config(
                file,
                format!(
                    "{what}: --amnesia keeps no {}",
                    match what {
                        "/audit" => "audit trail",
                        "/log/file" => "log file",
                        _ => "telemetry export",
                    }
                ),
            )
            .with_help("remove it from the config, or serve without --amnesia"))
        };
        if self.audit.is_some() {
            return refuse("/audit");
        }
        if self.log.file.is_some() {
            return refuse("/log/file");
        }
        if self.telemetry.otlp.is_some() {
            return refuse("/telemetry/otlp");
        }
        self.log.level = crate::server::log::Level::Error;
        Ok(())
    }

    /// Read and check a config file; paths inside it become absolute.
    pub fn load(file: &Path) -> ServerResult<PassportServerConfig> {
        let text = config::read_text(file, FileKind::Config, Reason::BadConfig)?;
        PassportServerConfig::from_text(file, &text)
    }

    /// Check a config's text, read from `file` (which relative paths are resolved against).
    pub fn from_text(file: &Path, text: &str) -> ServerResult<PassportServerConfig> {
        let mut c: PassportServerConfig = config::load(file, text, CONFIG_SCHEMA)?;
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
        if c.passport.default_ttl_seconds > c.passport.max_ttl_seconds {
            return Err(ServerError::config(
                file,
                "/passport/default_ttl_seconds: longer than max_ttl_seconds",
            ));
        }
        Ok(c)
    }
}

pub struct AppState {
    pool: StorePool,
    auth: Authenticator,
    federation: Option<Arc<crate::server::auth::bearer::JwksVerifier>>,
    metrics: Arc<Metrics>,
    guard: Arc<limits::Guard>,
    settings: PassportSettings,
    keys: KeyCache,
    /// None when coalescing is off.
    coalescer: Option<Coalescer>,
    /// verify_batch requests being verified now, and the cores to spread them over.
    batches_running: std::sync::atomic::AtomicUsize,
    cores: usize,
    passport_metrics: Arc<PassportMetrics>,
}

/// Everything the server needs, checked before it listens.
pub struct Prepared {
    pub config: PassportServerConfig,
    pub state: Arc<AppState>,
    pub acceptor: tokio_rustls::TlsAcceptor,
    pub realm_is_demo: bool,
}

pub fn prepare(config: PassportServerConfig, config_file: &Path) -> ServerResult<Prepared> {
    let unseal = config.store.unseal(config_file, "/store")?;
    let location = config.store.location(config_file, "/store")?;
    Store::open(&location, &unseal, None, false, unix_now()).map_err(|e| {
        ServerError::new(Reason::BadConfig, format!("store: {}", e.message)).with_help(
            e.help
                .unwrap_or_else(|| "check /store in the config".to_string()),
        )
    })?;
    let acceptor = crate::server::http::acceptor(&config.tls, config_file)?;
    let metrics = Arc::new(Metrics::new("cu_passport"));
    let built = crate::server::auth::policy::build(
        &crate::server::auth::policy::Settings {
            name: "cu-passport",
            app: "passport",
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
    let passport_metrics = Arc::new(PassportMetrics::default());
    metrics.add_source(passport_metrics.clone());
    let coalescer = config
        .passport
        .coalesce
        .enabled
        .then(|| Coalescer::start(config.passport.coalesce.clone(), passport_metrics.clone()));
    let state = Arc::new(AppState {
        pool: StorePool::new(
            location,
            unseal,
            config.store.max_connections,
            Duration::from_millis(config.store.pool_timeout_ms),
        ),
        auth: built.auth,
        federation: built.federation,
        guard: Arc::new(limits::Guard::new(metrics.clone(), &config.limits)),
        metrics,
        keys: KeyCache::new(Duration::from_millis(config.passport.key_cache_ms)),
        settings: config.passport.clone(),
        coalescer,
        passport_metrics,
        batches_running: std::sync::atomic::AtomicUsize::new(0),
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
    });
    Ok(Prepared {
        config,
        state,
        acceptor,
        realm_is_demo: built.realm_is_demo,
    })
}

impl AppState {
    pub fn metrics(&self) -> Arc<Metrics> {
        self.metrics.clone()
    }
}

/// A passport error as the API answers it: the CLI's reason code as `code`.
fn passport_problem(e: PassportError) -> Problem {
    let status = match e.reason {
        PassportReason::UnknownKeyring => StatusCode::NOT_FOUND,
        PassportReason::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        PassportReason::BadKey => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::BAD_REQUEST,
    };
    if status == StatusCode::INTERNAL_SERVER_ERROR {
        // What is wrong inside the store is for the log, not the client.
        return Problem::new(
            status,
            "internal",
            "the keyring's key is not usable; see the server log",
        );
    }
    Problem::new(status, e.reason.as_str(), e.message)
}

fn keyring_problem(e: KeyringError) -> Problem {
    match e {
        KeyringError::Store(e) => Problem::from(e),
        KeyringError::Passport(e) => passport_problem(e),
    }
}

fn body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, Problem> {
    crate::limits::json_depth(bytes)
        .map_err(|e| Problem::bad_request(format!("the JSON body: {e}")))?;
    serde_json::from_slice(bytes).map_err(|e| Problem::bad_request(format!("the JSON body: {e}")))
}

/// The principal of a request with `scope`, charged against its rate (blocking).
fn principal(state: &AppState, headers: &Presented, scope: &str) -> Result<Identity, Problem> {
    // Issuing and key changes are sensitive: a federation that introspects only those
    // (`introspection.when: sensitive`) asks the identity server whether the token still holds.
    let sensitive = scope != "passport:verify";
    let identity = state
        .auth
        .authenticate_request(headers, sensitive, unix_now())?;
    authorize(state, identity, scope)
}

/// An authenticated principal charged against its rate, if it has `scope`.
fn authorize(state: &AppState, identity: Identity, scope: &str) -> Result<Identity, Problem> {
    state.auth.charge(&identity)?;
    if identity.scopes.iter().any(|s| grants(s, scope)) {
        Ok(identity)
    } else {
        Err(Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            format!("this needs the scope {scope}"),
        ))
    }
}

/// Run `f` on a blocking thread and answer with its JSON (or its problem).
async fn blocking<F>(f: F) -> Response
where
    F: FnOnce() -> Result<(StatusCode, Value), Problem> + Send + 'static,
{
    match off_thread(f).await {
        Ok((status, body)) => (status, axum::Json(body)).into_response(),
        Err(problem) => problem.into_response(),
    }
}

fn keyring_name(given: Option<String>) -> Result<String, Problem> {
    let name = given.unwrap_or_else(|| DEFAULT_KEYRING.to_string());
    token::check_keyring(&name).map_err(passport_problem)?;
    Ok(name)
}

/// One or many strings (`"api"` or `["api", "billing"]`).
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IssueBody {
    sub: String,
    aud: OneOrMany,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default)]
    ttl_seconds: Option<i64>,
    #[serde(default)]
    nbf: Option<i64>,
    #[serde(default)]
    nonce: Option<String>,
    #[serde(default)]
    ctx: Map<String, Value>,
    #[serde(default)]
    keyring: Option<String>,
}

async fn issue(State(state): State<Arc<AppState>>, headers: Presented, bytes: Bytes) -> Response {
    let req: IssueBody = match body(&bytes) {
        Ok(r) => r,
        Err(p) => return p.into_response(),
    };
    blocking(move || {
        let identity = principal(&state, &headers, "passport:issue")?;
        let keyring = keyring_name(req.keyring)?;
        let s = &state.settings;
        let request = IssueRequest {
            iss: s.issuer.clone(),
            sub: req.sub,
            aud: req.aud.into_vec(),
            scopes: req.scopes,
            now: unix_now(),
            ttl: req.ttl_seconds.unwrap_or(s.default_ttl_seconds),
            max_ttl: s.max_ttl_seconds,
            nbf: req.nbf,
            nonce: req.nonce,
            ctx: req.ctx,
        };
        let passport = state.pool.with(&identity.tenant, |store| {
            let (kid, key) = keyring::signing_key(store, &keyring).map_err(keyring_problem)?;
            headers
                .note
                .key(&keyring::key_name(&keyring), Some(kid.version));
            let payload = token::payload(&request, &kid).map_err(passport_problem)?;
            token::sign(&payload, &key).map_err(passport_problem)
        })?;
        let compact = passport.compact();
        if compact.len() > s.max_msg_bytes {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "too_large",
                format!(
                    "the passport would be {} bytes, over max_msg_bytes ({}): fewer scopes, less ctx",
                    compact.len(),
                    s.max_msg_bytes
                ),
            ));
        }
        state.metrics.operation("passport_issue");
        let mut doc = passport.envelope();
        doc["compact"] = Value::from(compact);
        Ok((StatusCode::OK, doc))
    })
    .await
}

/// What a verifier requires of the claims.
struct Checks {
    aud: Option<OneOrMany>,
    /// Skip the audience check (a verifier must otherwise name its audience).
    no_audience_check: bool,
    scopes: Vec<String>,
    skew_seconds: Option<i64>,
}

impl Checks {
    fn policy(self, s: &PassportSettings) -> Result<Policy, Problem> {
        let audiences = match (self.aud, self.no_audience_check) {
            (Some(a), false) => Some(a.into_vec()),
            (None, true) => None,
            (Some(_), true) => {
                return Err(Problem::bad_request(
                    "`aud` and `no_audience_check` exclude each other",
                ))
            }
            (None, false) => {
                return Err(Problem::bad_request(
                    "name the audience to accept (`aud`), or send `no_audience_check: true`",
                ))
            }
        };
        Ok(Policy {
            now: unix_now(),
            skew: self
                .skew_seconds
                .unwrap_or(s.default_skew_seconds)
                .clamp(0, 3600),
            audiences,
            required_scopes: self.scopes,
            max_size: s.max_msg_bytes,
        })
    }
}

/// A verify or verify_batch request: `passport` for one, `passports` for a batch, and the
/// checks, spelled out (not a flattened struct, which would let an unknown member such as a
/// misspelt `scope` pass unnoticed, and the check with it).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyBody {
    /// As sent (a compact string or an envelope object): read once, where it is verified.
    #[serde(default)]
    passport: Option<Box<RawValue>>,
    #[serde(default)]
    passports: Option<Vec<Box<RawValue>>>,
    #[serde(default)]
    aud: Option<OneOrMany>,
    #[serde(default)]
    no_audience_check: bool,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default)]
    skew_seconds: Option<i64>,
}

impl VerifyBody {
    /// The passports (one for `verify`), and the policy.
    fn split(
        self,
        batch: bool,
        s: &PassportSettings,
    ) -> Result<(Vec<Box<RawValue>>, Policy), Problem> {
        let passports = match (self.passport, self.passports, batch) {
            (Some(p), None, false) => vec![p],
            (None, Some(ps), true) => ps,
            (_, _, false) => return Err(Problem::bad_request("send one `passport`")),
            (_, _, true) => return Err(Problem::bad_request("send the `passports` to verify")),
        };
        let policy = Checks {
            aud: self.aud,
            no_audience_check: self.no_audience_check,
            scopes: self.scopes,
            skew_seconds: self.skew_seconds,
        }
        .policy(s)?;
        Ok((passports, policy))
    }
}

/// The bytes of a passport as sent: a compact string's contents, or the envelope object's
/// JSON text (anything else is that text too, and fails to parse as a passport).
fn passport_bytes(raw: &RawValue) -> std::borrow::Cow<'_, [u8]> {
    let text = raw.get();
    if !text.starts_with('"') {
        return std::borrow::Cow::Borrowed(text.as_bytes());
    }
    // A string without escapes is borrowed as it is; one with escapes is decoded.
    match serde_json::from_str::<&str>(text) {
        Ok(s) => std::borrow::Cow::Borrowed(s.as_bytes()),
        Err(_) => std::borrow::Cow::Owned(
            serde_json::from_str::<String>(text)
                .map(String::into_bytes)
                .unwrap_or_default(),
        ),
    }
}

/// The answer for one passport, written into `out` (with its `index` in a batch). A
/// verified payload is its signed bytes as they are: canonical JSON, checked to be.
fn write_result(out: &mut Vec<u8>, result: &PassportResult<Verified>, index: Option<usize>) {
    let string = |out: &mut Vec<u8>, s: &str| {
        // Writing a string into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, s);
    };
    match result {
        Ok(v) => {
            out.extend_from_slice(b"{\"ok\":true,\"kid\":");
            string(out, &v.kid);
            out.extend_from_slice(b",\"payload\":");
            out.extend_from_slice(&v.msg);
        }
        Err(e) => {
            out.extend_from_slice(b"{\"ok\":false,\"reason\":\"");
            out.extend_from_slice(e.reason.as_str().as_bytes());
            out.extend_from_slice(b"\",\"message\":");
            string(out, &e.message);
        }
    }
    if let Some(i) = index {
        out.extend_from_slice(format!(",\"index\":{i}").as_bytes());
    }
    out.push(b'}');
}

fn json_response(body: Vec<u8>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

fn reason_label(result: &PassportResult<Verified>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(e) => e.reason.as_str(),
    }
}

/// Key sets read recently, by (tenant, keyring): a known keyring's usable versions, or that
/// there is none. What one instance rotates or retires it forgets at once; another instance
/// sees the change within `passport.key_cache_ms`.
struct KeyCache {
    ttl: Duration,
    entries: std::sync::Mutex<KeyEntries>,
    /// Counts what this instance forgot: a key set read before a rotation committed must
    /// not be put back after the rotation forgot the old one.
    epoch: std::sync::atomic::AtomicU64,
}

type KeyEntries = std::collections::HashMap<(String, String), (std::time::Instant, Option<KeySet>)>;

/// Entries kept at most (a full cache drops what is stale, then everything).
const MAX_CACHED: usize = 4096;

impl KeyCache {
    fn new(ttl: Duration) -> KeyCache {
        KeyCache {
            ttl,
            entries: std::sync::Mutex::default(),
            epoch: std::sync::atomic::AtomicU64::new(0),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, KeyEntries> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The cached answer for (tenant, keyring), when fresh.
    fn get(&self, tenant: &str, keyring: &str) -> Option<Option<KeySet>> {
        let entries = self.lock();
        let (at, set) = entries.get(&(tenant.to_string(), keyring.to_string()))?;
        (at.elapsed() < self.ttl).then(|| set.clone())
    }

    /// Where the cache stands, taken before reading the store.
    fn epoch(&self) -> u64 {
        self.epoch.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Keep a key set read since `epoch`, unless something was forgotten since then.
    fn put(&self, tenant: &str, keyring: &str, set: Option<KeySet>, epoch: u64) {
        if self.ttl.is_zero() {
            return;
        }
        let mut entries = self.lock();
        if self.epoch() != epoch {
            return;
        }
        if entries.len() >= MAX_CACHED {
            let ttl = self.ttl;
            entries.retain(|_, (at, _)| at.elapsed() < ttl);
            if entries.len() >= MAX_CACHED {
                entries.clear();
            }
        }
        entries.insert(
            (tenant.to_string(), keyring.to_string()),
            (std::time::Instant::now(), set),
        );
    }

    fn forget(&self, tenant: &str, keyring: &str) {
        let mut entries = self.lock();
        self.epoch.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        entries.remove(&(tenant.to_string(), keyring.to_string()));
    }
}

/// The keys for `inputs`: of the caller's tenant (verify.auth: required), or of the tenants
/// their kids name (open: the first few, read without being created), keyring by keyring,
/// from the cache when it is fresh.
fn keys_for<'k>(
    state: &AppState,
    identity: Option<&Identity>,
    kids: impl IntoIterator<Item = &'k str>,
) -> Result<KeySet, Problem> {
    // The (tenant, keyring) pairs named, in the order given: what anyone may send costs at
    // most MAX_TENANTS_PER_REQUEST tenants and MAX_KEYRINGS_PER_REQUEST reads (further
    // passports are `unknown_kid`).
    let mut tenants: Vec<String> = Vec::new();
    let mut wanted: Vec<(String, String)> = Vec::new();
    for kid in kids {
        let Ok(kid) = Kid::parse(kid) else {
            continue;
        };
        if identity.is_some_and(|i| i.tenant != kid.tenant) {
            continue;
        }
        if !tenants.contains(&kid.tenant) {
            if tenants.len() >= MAX_TENANTS_PER_REQUEST {
                continue;
            }
            tenants.push(kid.tenant.clone());
        }
        let pair = (kid.tenant, kid.keyring);
        if !wanted.contains(&pair) && wanted.len() < MAX_KEYRINGS_PER_REQUEST {
            wanted.push(pair);
        }
    }
    let mut keys = KeySet::new();
    for (tenant, ring) in wanted {
        // The reserved audit tenant has no keys to offer.
        if crate::kms::check_principal_tenant(&tenant).is_err() {
            continue;
        }
        if let Some(cached) = state.keys.get(&tenant, &ring) {
            if let Some(set) = cached {
                keys.extend(set);
            }
            continue;
        }
        let epoch = state.keys.epoch();
        let read = |store: &mut Store| -> Result<Option<KeySet>, Problem> {
            match keyring::public_versions(store, &ring) {
                Ok(versions) => {
                    let mut set = KeySet::new();
                    for v in versions {
                        let kid = Kid::parse(&v.kid).map_err(passport_problem)?;
                        set.insert(&kid, &v.public).map_err(passport_problem)?;
                    }
                    Ok(Some(set))
                }
                Err(KeyringError::Passport(e)) if e.reason == PassportReason::UnknownKeyring => {
                    Ok(None)
                }
                Err(e) => Err(keyring_problem(e)),
            }
        };
        // The caller's own tenant through the pool; a tenant named only by a passport is
        // read without being created.
        let found = match identity {
            Some(_) => state.pool.with(&tenant, read)?,
            None => state.pool.peek(&tenant, read)?,
        };
        state.keys.put(&tenant, &ring, found.clone(), epoch);
        if let Some(set) = found {
            keys.extend(set);
        }
    }
    Ok(keys)
}

/// The principal of a verification (None with `verify.auth: open`), charged against its
/// rate, and the name of the credential its queue lane is kept under.
fn verifier(state: &AppState, headers: &Presented) -> Result<(Option<Identity>, String), Problem> {
    let charged = match state.settings.verify.auth {
        VerifyAuth::Required => principal(state, headers, "passport:verify").map(named),
        // Anyone may verify, but each address has its own rate.
        VerifyAuth::Open => state
            .auth
            .charge_address(headers.client)
            .map(|()| (None, crate::server::auth::address_key(headers.client))),
    };
    charged.inspect_err(|p| state.passport_metrics.rejected(rejection_cause(p)))
}

fn named(identity: Identity) -> (Option<Identity>, String) {
    let credential = format!("{}/{}", identity.tenant, identity.name);
    (Some(identity), credential)
}

/// `verifier` when it needs nothing that blocks (the credential was checked recently, or
/// none is needed); None: call `verifier` on a blocking thread.
fn verifier_now(
    state: &AppState,
    headers: &Presented,
) -> Option<Result<(Option<Identity>, String), Problem>> {
    let charged = match state.settings.verify.auth {
        VerifyAuth::Required => {
            let identity = state.auth.authenticate_cached(headers)?;
            authorize(state, identity, "passport:verify").map(named)
        }
        VerifyAuth::Open => return Some(verifier(state, headers)),
    };
    Some(charged.inspect_err(|p| state.passport_metrics.rejected(rejection_cause(p))))
}

/// The key set for one kid when the cache can answer (None: read it with `keys_for`).
fn cached_keys(state: &AppState, identity: Option<&Identity>, kid: &str) -> Option<KeySet> {
    let Ok(kid) = Kid::parse(kid) else {
        return Some(KeySet::new());
    };
    if identity.is_some_and(|i| i.tenant != kid.tenant)
        || crate::kms::check_principal_tenant(&kid.tenant).is_err()
    {
        return Some(KeySet::new());
    }
    Some(
        state
            .keys
            .get(&kid.tenant, &kid.keyring)?
            .unwrap_or_default(),
    )
}

/// What a refusal before any signature work is counted as.
fn rejection_cause(p: &Problem) -> &'static str {
    match p.status {
        StatusCode::TOO_MANY_REQUESTS => "rate_limited",
        StatusCode::UNAUTHORIZED => "unauthenticated",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::SERVICE_UNAVAILABLE => "unavailable",
        StatusCode::BAD_REQUEST => "bad_request",
        _ => "other",
    }
}

/// Run `f` on a blocking thread; a panic there is an internal error.
async fn off_thread<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Problem> + Send + 'static,
) -> Result<T, Problem> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|_| Err(internal()))
}

fn internal() -> Problem {
    Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the request failed inside the server",
    )
}

/// One passport: the credential, its rate, parsing and the key set on the request's own
/// thread when nothing there blocks (a credential checked recently, a cached key set),
/// otherwise on a blocking thread; then the signature, coalesced with others of its key
/// version, or alone.
async fn verify_one(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    bytes: Bytes,
) -> Response {
    let started = std::time::Instant::now();
    match verify_single(&state, headers, &bytes, started).await {
        Ok(response) => response,
        Err(problem) => problem.into_response(),
    }
}

async fn verify_single(
    state: &Arc<AppState>,
    headers: Presented,
    bytes: &Bytes,
    started: std::time::Instant,
) -> Result<Response, Problem> {
    // Who asks comes first: an unauthenticated body is not parsed.
    let (identity, credential) = match verifier_now(state, &headers) {
        Some(who) => who?,
        None => {
            let st = state.clone();
            off_thread(move || verifier(&st, &headers)).await?
        }
    };
    let req: VerifyBody =
        body(bytes).inspect_err(|_| state.passport_metrics.rejected("bad_request"))?;
    let (passports, policy) = req
        .split(false, &state.settings)
        .inspect_err(|p| state.passport_metrics.rejected(rejection_cause(p)))?;
    let input = passport_bytes(&passports[0]);
    let checked = match token::parse(&input, state.settings.max_msg_bytes) {
        Err(e) => (Err(e), metrics::Path::Single),
        Ok(parsed) => {
            let keys = match cached_keys(state, identity.as_ref(), &parsed.kid) {
                Some(keys) => keys,
                None => {
                    let (st, kid) = (state.clone(), parsed.kid.clone());
                    off_thread(move || keys_for(&st, identity.as_ref(), [kid.as_str()])).await?
                }
            };
            match verify::known_key(&parsed, &keys) {
                Err(e) => (Err(e), metrics::Path::Single),
                Ok(key) => match state.coalescer.as_ref() {
                    // Alone: one signature check, short enough for the request's thread.
                    None => {
                        let ok = crate::jose::ed25519::verify(key, &parsed.msg, &parsed.sig);
                        (verify::finish(parsed, ok, &policy), metrics::Path::Single)
                    }
                    Some(coalescer) => {
                        let answer = coalescer
                            .submit(&credential, key, parsed)
                            .map_err(|refused| queue_refused(state, refused))?;
                        // A worker that never answers (it cannot, short of a bug) costs the
                        // request ANSWER_WITHIN, not its connection forever.
                        let (parsed, ok) = match tokio::time::timeout(ANSWER_WITHIN, answer).await {
                            Ok(Ok(answer)) => answer,
                            _ => {
                                return Err(Problem::new(
                                    StatusCode::INTERNAL_SERVER_ERROR,
                                    "internal",
                                    "the verification was not answered inside the server",
                                ))
                            }
                        };
                        (
                            verify::finish(parsed, ok, &policy),
                            metrics::Path::Coalesced,
                        )
                    }
                },
            }
        }
    };
    let (result, path) = checked;
    state.metrics.operation("passport_verify");
    state
        .passport_metrics
        .verified(path, started.elapsed(), [reason_label(&result)]);
    let mut out = Vec::with_capacity(512);
    write_result(&mut out, &result, None);
    Ok(json_response(out))
}

/// One more in a count while alive.
struct Running<'a>(&'a std::sync::atomic::AtomicUsize);

impl<'a> Running<'a> {
    fn enter(count: &'a std::sync::atomic::AtomicUsize) -> Running<'a> {
        count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Running(count)
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// 429 or 503 for a verification the queue would not take.
fn queue_refused(state: &AppState, refused: coalesce::Refused) -> Problem {
    let (status, code, cause, detail) = match refused {
        coalesce::Refused::CredentialFull => (
            StatusCode::TOO_MANY_REQUESTS,
            "queue_full",
            "queue_full_credential",
            "this credential has as many verifications waiting as it may \
             (passport.coalesce.max_queued_per_credential); wait for answers before sending more",
        ),
        coalesce::Refused::Full => (
            StatusCode::SERVICE_UNAVAILABLE,
            "overloaded",
            "queue_full",
            "the service has as many verifications waiting as it takes; retry shortly",
        ),
        coalesce::Refused::Stopping => (
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "stopping",
            "the service is stopping; retry on another instance",
        ),
    };
    state.passport_metrics.rejected(cause);
    let mut p = Problem::new(status, code, detail);
    p.retry_after = Some(1);
    p
}

async fn verify_batch(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    bytes: Bytes,
) -> Response {
    let started = std::time::Instant::now();
    let done = off_thread(move || -> Result<Vec<u8>, Problem> {
        // Who asks comes first: an unauthenticated body is not parsed.
        let (identity, _) = verifier(&state, &headers)?;
        let req: VerifyBody =
            body(&bytes).inspect_err(|_| state.passport_metrics.rejected("bad_request"))?;
        let max = state.settings.max_batch;
        let count = req.passports.as_ref().map_or(0, Vec::len);
        if count > max {
            state.passport_metrics.rejected("too_large");
            return Err(Problem::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                format!("{count} passports in one batch; at most {max} (passport.max_batch)"),
            ));
        }
        let (passports, policy) = req
            .split(true, &state.settings)
            .inspect_err(|p| state.passport_metrics.rejected(rejection_cause(p)))?;
        let inputs: Vec<std::borrow::Cow<'_, [u8]>> =
            passports.iter().map(|p| passport_bytes(p)).collect();
        let refs: Vec<&[u8]> = inputs.iter().map(|i| i.as_ref()).collect();
        // Spread over the cores when they are free; under load each batch keeps to its own
        // thread, which saves the hand-offs (other requests use the other cores).
        let _running = Running::enter(&state.batches_running);
        let parallel = state
            .batches_running
            .load(std::sync::atomic::Ordering::Relaxed)
            <= state.cores / 2;
        let parsed: Vec<_> = if parallel {
            verify::parse_all(&refs, policy.max_size)
        } else {
            refs.iter()
                .map(|i| token::parse(i, policy.max_size))
                .collect()
        };
        let keys = keys_for(
            &state,
            identity.as_ref(),
            parsed
                .iter()
                .filter_map(|p| p.as_ref().ok().map(|p| p.kid.as_str())),
        )?;
        let options = BatchOptions {
            parallel,
            ..BatchOptions::default()
        };
        let results = verify::verify_parsed(parsed, &keys, &policy, options);
        let ok = results.iter().filter(|r| r.is_ok()).count();
        let mut out = Vec::with_capacity(64 + results.len() * 512);
        out.extend_from_slice(
            format!(
                "{{\"ok\":{ok},\"failed\":{},\"results\":[",
                results.len() - ok
            )
            .as_bytes(),
        );
        for (index, r) in results.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            write_result(&mut out, r, Some(index));
        }
        out.extend_from_slice(b"]}");
        state.metrics.operation("passport_verify_batch");
        state.passport_metrics.verified(
            metrics::Path::Batch,
            started.elapsed(),
            results.iter().map(reason_label),
        );
        Ok(out)
    })
    .await;
    match done {
        Ok(out) => json_response(out),
        Err(problem) => problem.into_response(),
    }
}

#[derive(Deserialize)]
struct KeysQuery {
    tenant: Option<String>,
    keyring: Option<String>,
}

/// The JWKS of a keyring (every version that still verifies), cacheable.
async fn keys(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    request_headers: HeaderMap,
    query: Result<Query<KeysQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Query(q) = match query {
        Ok(q) => q,
        Err(e) => return Problem::bad_request(e.body_text()).into_response(),
    };
    let max_age = state.settings.keys_max_age_seconds;
    // A key set read with a credential depends on it: only the caller may keep it.
    let shared = state.settings.verify.auth == VerifyAuth::Open
        && !request_headers.contains_key(header::AUTHORIZATION);
    let response = blocking(move || {
        let keyring = keyring_name(q.keyring)?;
        let (tenant, own) = match (verifier(&state, &headers)?.0, q.tenant) {
            (Some(identity), None) => (identity.tenant, true),
            (Some(identity), Some(t)) if t == identity.tenant => (t, true),
            (Some(_), Some(_)) => {
                return Err(Problem::new(
                    StatusCode::FORBIDDEN,
                    "forbidden",
                    "the keys of another tenant are not yours to read",
                ))
            }
            (None, Some(t)) => (t, false),
            (None, None) => {
                return Err(Problem::bad_request(
                    "name the tenant whose keys to list (?tenant=…)",
                ))
            }
        };
        crate::kms::check_principal_tenant(&tenant)
            .map_err(|_| Problem::not_found(format!("no keyring `{keyring}` for that tenant")))?;
        let read =
            |store: &mut Store| keyring::public_versions(store, &keyring).map_err(keyring_problem);
        // A tenant named by anyone is read without being created.
        let versions = if own {
            state.pool.with(&tenant, read)?
        } else {
            state.pool.peek(&tenant, read)?
        };
        Ok((StatusCode::OK, keyring::jwks(&versions)))
    })
    .await;
    cacheable(response, &request_headers, max_age, shared).await
}

/// `ETag` (over the body) and `Cache-Control: max-age` on a successful answer, and 304 to a
/// request whose `If-None-Match` names the same tag.
async fn cacheable(
    response: Response,
    request: &HeaderMap,
    max_age: u64,
    shared: bool,
) -> Response {
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 1 << 20).await else {
        return Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the key set could not be read back",
        )
        .into_response();
    };
    let digest = sha2::Digest::finalize(<sha2::Sha256 as sha2::Digest>::new_with_prefix(&bytes));
    let tag = format!("\"{}\"", crate::hex::hex(&digest[..16]));
    let matches = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    if let Ok(v) = HeaderValue::from_str(&tag) {
        parts.headers.insert(header::ETAG, v);
    }
    let scope = if shared { "public" } else { "private" };
    if let Ok(v) = HeaderValue::from_str(&format!("{scope}, max-age={max_age}")) {
        parts.headers.insert(header::CACHE_CONTROL, v);
    }
    parts
        .headers
        .insert(header::VARY, HeaderValue::from_static("authorization"));
    if matches {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, axum::body::Body::empty());
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RotateBody {
    #[serde(default)]
    keyring: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RetireBody {
    #[serde(default)]
    keyring: Option<String>,
    version: u32,
}

/// An empty body reads as `{}`.
fn body_or_empty<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, Problem> {
    if bytes.is_empty() {
        body(&Bytes::from_static(b"{}"))
    } else {
        body(bytes)
    }
}

async fn rotate(State(state): State<Arc<AppState>>, headers: Presented, bytes: Bytes) -> Response {
    let req: RotateBody = match body_or_empty(&bytes) {
        Ok(r) => r,
        Err(p) => return p.into_response(),
    };
    blocking(move || {
        let identity = principal(&state, &headers, "passport:admin")?;
        let keyring = keyring_name(req.keyring)?;
        let (kid, created) = state.pool.with(&identity.tenant, |store| {
            keyring::rotate(store, &keyring, unix_now()).map_err(keyring_problem)
        })?;
        state.keys.forget(&identity.tenant, &keyring);
        headers.note.key(&keyring::key_name(&keyring), Some(kid.version));
        state.metrics.operation("passport_rotate");
        Ok((
            StatusCode::OK,
            json!({"keyring": keyring, "kid": kid.to_string(), "version": kid.version, "created": created}),
        ))
    })
    .await
}

async fn retire(State(state): State<Arc<AppState>>, headers: Presented, bytes: Bytes) -> Response {
    let req: RetireBody = match body(&bytes) {
        Ok(r) => r,
        Err(p) => return p.into_response(),
    };
    blocking(move || {
        let identity = principal(&state, &headers, "passport:admin")?;
        let keyring = keyring_name(req.keyring)?;
        let kid = state.pool.with(&identity.tenant, |store| {
            keyring::retire(store, &keyring, req.version).map_err(keyring_problem)
        })?;
        state.keys.forget(&identity.tenant, &keyring);
        headers.note.key(&keyring::key_name(&keyring), Some(kid.version));
        state.metrics.operation("passport_retire");
        Ok((
            StatusCode::OK,
            json!({"keyring": keyring, "kid": kid.to_string(), "version": req.version, "state": "retired"}),
        ))
    })
    .await
}

async fn attest(
    State(state): State<Arc<AppState>>,
    headers: Presented,
    query: Result<Query<KeysQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Query(q) = match query {
        Ok(q) => q,
        Err(e) => return Problem::bad_request(e.body_text()).into_response(),
    };
    blocking(move || {
        let identity = principal(&state, &headers, "passport:admin")?;
        if q.tenant.as_ref().is_some_and(|t| *t != identity.tenant) {
            return Err(Problem::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "an attestation is of the caller's own tenant",
            ));
        }
        let keyring = keyring_name(q.keyring)?;
        let doc = state.pool.with(&identity.tenant, |store| {
            keyring::attestation(store, &keyring).map_err(keyring_problem)
        })?;
        Ok((StatusCode::OK, doc))
    })
    .await
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn not_found() -> Response {
    Problem::not_found("no such route; the API is described at /v1/openapi.json").into_response()
}

async fn method_not_allowed() -> Response {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "this route does not take that method",
    )
    .into_response()
}

/// Every API route: (path under the prefix, method, handler); a test checks the table
/// against the committed OpenAPI document.
fn routes() -> Vec<(&'static str, Method, MethodRouter<Arc<AppState>>)> {
    vec![
        ("/passport/issue", Method::POST, post(issue)),
        ("/passport/verify", Method::POST, post(verify_one)),
        ("/passport/verify_batch", Method::POST, post(verify_batch)),
        ("/keys", Method::GET, get(keys)),
        ("/admin/rotate", Method::POST, post(rotate)),
        ("/admin/retire", Method::POST, post(retire)),
        ("/admin/attest", Method::GET, get(attest)),
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
    let mut api = Router::new();
    for (path, _, handler) in routes() {
        api = api.route(path, handler.fallback(method_not_allowed));
    }
    let guard = state.guard.clone();
    let router = Router::new()
        .nest(API_PREFIX, api)
        .fallback(not_found)
        .with_state(state);
    stack::stack(router, guard, max_body, Some(API_PREFIX))
}

/// The operation a request is, for the audit trail: every API route but the documents.
fn audit_op(method: &Method, route: &str, _path: &str) -> Option<String> {
    let rest = route.strip_prefix(API_PREFIX)?;
    let op = match (method.as_str(), rest) {
        (_, "/openapi.json") | ("GET", "/keys") => return None,
        ("POST", "/passport/issue") => "passport_issue",
        ("POST", "/passport/verify") => "passport_verify",
        ("POST", "/passport/verify_batch") => "passport_verify_batch",
        ("POST", "/admin/rotate") => "passport_rotate",
        ("POST", "/admin/retire") => "passport_retire",
        ("GET", "/admin/attest") => "passport_attest",
        _ => return Some(format!("{} {rest}", method.as_str().to_ascii_lowercase())),
    };
    Some(op.to_string())
}

/// Serve until SIGTERM/SIGINT, then drain and stop.
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
    let log = Logger::start(&config.log, config.log.file.as_deref(), "passport")?;
    let telemetry =
        crate::server::telemetry::start(&config.telemetry, "passport", state.metrics()).await?;
    let audit = match &config.audit {
        Some(settings) => {
            let (location, unseal) = (state.pool.location.clone(), state.pool.unseal.clone());
            let auditor =
                crate::kms::http::audit::start(settings, "passport", location, unseal).await?;
            Some(Arc::new(crate::server::middleware::access_log::Audit {
                auditor,
                op: audit_op,
            }))
        }
        None => None,
    };
    let warm = state.clone();
    let warmed = tokio::task::spawn_blocking(move || warm_keys(&warm))
        .await
        .unwrap_or(0);
    state.passport_metrics.warmed(warmed);
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

/// Read the key sets of the realm's verifiers' tenants (every `passport.*` keyring of each,
/// tenants that exist only) into the cache before serving, so the first verifications do
/// not wait for the store. What cannot be read now is read when it is first needed.
fn warm_keys(state: &AppState) -> usize {
    let mut tenants: Vec<String> = state
        .auth
        .realm()
        .identities()
        .filter(|i| i.scopes.iter().any(|s| grants(s, "passport:verify")))
        .map(|i| i.tenant.clone())
        .collect();
    tenants.sort();
    tenants.dedup();
    let mut warmed = 0;
    for tenant in tenants.iter().take(MAX_CACHED / MAX_KEYRINGS_PER_REQUEST) {
        if crate::kms::check_principal_tenant(tenant).is_err() {
            continue;
        }
        let epoch = state.keys.epoch();
        let read = |store: &mut Store| -> Result<Vec<(String, KeySet)>, Problem> {
            let mut sets = Vec::new();
            let names: Vec<String> = store
                .list_keys()
                .map_err(Problem::from)?
                .into_iter()
                .filter_map(|k| k.name.strip_prefix("passport.").map(str::to_string))
                .collect();
            for ring in names.into_iter().take(MAX_KEYRINGS_PER_REQUEST) {
                let Ok(versions) = keyring::public_versions(store, &ring) else {
                    continue;
                };
                let mut set = KeySet::new();
                for v in versions {
                    if let Ok(kid) = Kid::parse(&v.kid) {
                        let _ = set.insert(&kid, &v.public);
                    }
                }
                sets.push((ring, set));
            }
            Ok(sets)
        };
        if let Ok(sets) = state.pool.peek(tenant, read) {
            for (ring, set) in sets {
                state.keys.put(tenant, &ring, Some(set), epoch);
                warmed += 1;
            }
        }
    }
    warmed
}

fn readiness(
    state: &AppState,
    audit: Option<&Arc<crate::server::middleware::access_log::Audit>>,
) -> Vec<crate::server::http::Check> {
    crate::kms::http::api::store_checks(
        &state.pool.location,
        &state.auth,
        state.federation.clone(),
        audit,
    )
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
