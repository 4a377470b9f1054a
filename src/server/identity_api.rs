//! `cu identity serve`: an OAuth 2.1 authorization server. This piece serves discovery
//! (RFC 8414 and OpenID Connect), the JWKS, the token endpoint for client credentials
//! (RFC 9068 JWT access tokens, EdDSA), introspection (RFC 7662) and revocation (RFC 7009).
//! Clients authenticate with `client_secret_basic` or `client_secret_post`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

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

use super::config::{self, resolve, Limits, Listen, Shutdown, TlsSettings};
use super::metrics::Metrics;
use super::problem::Problem;
use super::{Reason, ServerError, ServerResult};
use crate::identity::state::{ClientInfo, State};
use crate::identity::{jwt, IdentityError, Reason as IdReason};

pub const CONFIG_SCHEMA: &str = include_str!("../../schemas/identity-config.schema.json");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenSettings {
    #[serde(default = "default_access_ttl")]
    pub access_ttl_seconds: i64,
    /// The `aud` of access tokens: the resource server (the KMS).
    #[serde(default = "default_audience")]
    pub audience: String,
}

impl Default for TokenSettings {
    fn default() -> TokenSettings {
        TokenSettings {
            access_ttl_seconds: default_access_ttl(),
            audience: default_audience(),
        }
    }
}

fn default_access_ttl() -> i64 {
    900
}
fn default_audience() -> String {
    "cu-kms".into()
}

fn default_listen() -> Listen {
    Listen {
        public: "0.0.0.0:8082".parse().expect("a valid address"),
        admin: "127.0.0.1:9091".parse().expect("a valid address"),
    }
}

/// `cu-identity.yaml`, as checked by `schemas/identity-config.schema.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityServerConfig {
    /// The issuer URL; by default https://<public address>.
    #[serde(default)]
    pub issuer: Option<String>,
    pub state: PathBuf,
    #[serde(default = "default_listen")]
    pub listen: Listen,
    pub tls: TlsSettings,
    #[serde(default)]
    pub tokens: TokenSettings,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub shutdown: Shutdown,
}

impl IdentityServerConfig {
    pub fn load(file: &Path) -> ServerResult<IdentityServerConfig> {
        let text = std::fs::read_to_string(file).map_err(|e| {
            ServerError::new(
                Reason::BadConfig,
                format!("cannot read {}: {e}", file.display()),
            )
        })?;
        let mut c: IdentityServerConfig = config::load(file, &text, CONFIG_SCHEMA)?;
        c.state = resolve(file, &c.state);
        c.tls.cert = resolve(file, &c.tls.cert);
        c.tls.key = resolve(file, &c.tls.key);
        c.tls.client_ca = c.tls.client_ca.map(|p| resolve(file, &p));
        Ok(c)
    }
}

pub struct AppState {
    state: Mutex<State>,
    issuer: String,
    tokens: TokenSettings,
    metrics: Arc<Metrics>,
}

pub struct Prepared {
    pub config: IdentityServerConfig,
    pub acceptor: tokio_rustls::TlsAcceptor,
    pub metrics: Arc<Metrics>,
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn state_error(e: IdentityError) -> ServerError {
    ServerError::new(Reason::BadConfig, format!("state: {}", e.message))
}

/// Check everything before listening: the state file opens (it is created on first start)
/// and has a signing key; the TLS identity is a CA-issued leaf.
pub fn prepare(config: IdentityServerConfig, config_file: &Path) -> ServerResult<Prepared> {
    let state = State::open(&config.state, true).map_err(state_error)?;
    state.signing_key(unix_now()).map_err(state_error)?;
    let acceptor = super::http::acceptor(&config.tls, config_file)?;
    Ok(Prepared {
        config,
        acceptor,
        metrics: Arc::new(Metrics::new("cu_identity")),
    })
}

/// An OAuth error response (RFC 6749 §5.2).
fn oauth_error(e: &IdentityError) -> Response {
    let status = match e.reason {
        IdReason::InvalidClient => StatusCode::UNAUTHORIZED,
        IdReason::Internal | IdReason::BadState => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::BAD_REQUEST,
    };
    let code = match e.reason {
        IdReason::Internal | IdReason::BadState => "server_error",
        r => r.as_str(),
    };
    let mut response = (
        status,
        axum::Json(json!({"error": code, "error_description": e.message})),
    )
        .into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if status == StatusCode::UNAUTHORIZED {
        headers.insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"cu-identity\""),
        );
    }
    response
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

/// The client, from HTTP Basic (`client_secret_basic`) or the form (`client_secret_post`);
/// both at once is an error.
fn authenticate_client(
    app: &AppState,
    headers: &HeaderMap,
    params: &HashMap<String, String>,
) -> Result<ClientInfo, IdentityError> {
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| STANDARD.decode(b.trim()).ok())
        .map(zeroize::Zeroizing::new);
    let post = params.get("client_secret");
    let failed = || {
        app.metrics.auth_failure("invalid_client");
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
        .map_err(|_| failed())
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

fn new_jti() -> Result<String, IdentityError> {
    let bytes = crate::kms::crypto::random(16)
        .map_err(|e| IdentityError::new(IdReason::Internal, e.message))?;
    Ok(crate::jose::b64::encode(&bytes[..]))
}

fn token_response(
    app: &AppState,
    client: &ClientInfo,
    scopes: &[String],
) -> Result<Value, IdentityError> {
    let now = unix_now();
    let (kid, key) = app
        .state
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .signing_key(now)?;
    let exp = now + app.tokens.access_ttl_seconds;
    let claims = json!({
        "iss": app.issuer,
        "sub": client.client_id,
        "aud": app.tokens.audience,
        "exp": exp,
        "iat": now,
        "jti": new_jti()?,
        "client_id": client.client_id,
        "scope": scopes.join(" "),
        "tenant_id": client.tenant,
    });
    let token = jwt::sign(&claims, &kid, jwt::ACCESS_TOKEN_TYPE, &key);
    app.metrics.operation("access_token");
    Ok(json!({
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": app.tokens.access_ttl_seconds,
        "scope": scopes.join(" "),
    }))
}

fn no_store(value: Value) -> Response {
    let mut response = axum::Json(value).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn blocking(f: impl FnOnce() -> Result<Value, IdentityError> + Send + 'static) -> Response {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(v)) => no_store(v),
        Ok(Err(e)) => oauth_error(&e),
        Err(_) => oauth_error(&IdentityError::new(
            IdReason::Internal,
            "the request failed",
        )),
    }
}

async fn token(
    AxumState(app): AxumState<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    blocking(move || {
        let params = form(&headers, &body)?;
        let grant = params
            .get("grant_type")
            .ok_or_else(|| invalid_request("grant_type is missing"))?;
        match grant.as_str() {
            "client_credentials" => {
                let client = authenticate_client(&app, &headers, &params)?;
                let scopes = granted_scopes(&client, params.get("scope"))?;
                token_response(&app, &client, &scopes)
            }
            "authorization_code" | "refresh_token" => Err(IdentityError::new(
                IdReason::UnsupportedGrantType,
                format!("{grant} is not served yet by this server"),
            )),
            other => Err(IdentityError::new(
                IdReason::UnsupportedGrantType,
                format!("unknown grant_type `{other}`"),
            )),
        }
    })
    .await
}

/// The claims of one of our access tokens if it is valid now and not revoked.
fn active_claims(app: &AppState, token: &str) -> Option<Value> {
    let now = unix_now();
    let state = app.state.lock().unwrap_or_else(|p| p.into_inner());
    let published = state.published(now, app.tokens.access_ttl_seconds).ok()?;
    let jwks = json!({"keys": published.iter().map(|(kid, x)| jwt::public_jwk(kid, x)).collect::<Vec<_>>()});
    let keys = jwt::keys_from_jwks(&jwks).ok()?;
    let expect = jwt::Expect {
        issuer: &app.issuer,
        audience: &app.tokens.audience,
        typ: jwt::ACCESS_TOKEN_TYPE,
        now,
        leeway: 0,
    };
    let claims = jwt::verify(token, &keys, &expect).ok()?;
    let jti = claims["jti"].as_str()?;
    if state.is_revoked(jti).ok()? {
        return None;
    }
    Some(claims)
}

async fn introspect(
    AxumState(app): AxumState<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    blocking(move || {
        let params = form(&headers, &body)?;
        authenticate_client(&app, &headers, &params)?;
        let token = params
            .get("token")
            .ok_or_else(|| invalid_request("token is missing"))?;
        Ok(match active_claims(&app, token) {
            Some(claims) => {
                let mut v = claims;
                v["active"] = json!(true);
                v["token_type"] = json!("Bearer");
                v
            }
            None => json!({"active": false}),
        })
    })
    .await
}

async fn revoke(
    AxumState(app): AxumState<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    blocking(move || {
        let params = form(&headers, &body)?;
        let client = authenticate_client(&app, &headers, &params)?;
        let token = params
            .get("token")
            .ok_or_else(|| invalid_request("token is missing"))?;
        // RFC 7009 §2.2: an unknown or invalid token is not an error. A client revokes only
        // its own tokens.
        if let Some(claims) = active_claims(&app, token) {
            if claims["client_id"] == client.client_id.as_str() {
                let state = app.state.lock().unwrap_or_else(|p| p.into_inner());
                state.revoke(
                    claims["jti"].as_str().unwrap_or_default(),
                    claims["exp"].as_i64().unwrap_or(0),
                    unix_now(),
                )?;
                app.metrics.operation("revoke");
            }
        }
        Ok(json!({}))
    })
    .await
}

async fn jwks(AxumState(app): AxumState<Arc<AppState>>) -> Response {
    let published = {
        let state = app.state.lock().unwrap_or_else(|p| p.into_inner());
        state.published(unix_now(), app.tokens.access_ttl_seconds)
    };
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
        "token_endpoint": format!("{issuer}/oauth2/v1/token"),
        "jwks_uri": format!("{issuer}/oauth2/v1/jwks"),
        "introspection_endpoint": format!("{issuer}/oauth2/v1/introspect"),
        "revocation_endpoint": format!("{issuer}/oauth2/v1/revoke"),
        "grant_types_supported": ["client_credentials"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "revocation_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["EdDSA"],
        "code_challenge_methods_supported": ["S256"],
    })
}

async fn discovery(AxumState(app): AxumState<Arc<AppState>>) -> Response {
    axum::Json(metadata(&app.issuer)).into_response()
}

async fn not_found() -> Response {
    Problem::not_found("no such route; see /.well-known/oauth-authorization-server").into_response()
}

pub fn router(app: Arc<AppState>, max_body: usize) -> Router {
    Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/.well-known/oauth-authorization-server", get(discovery))
        .route("/oauth2/v1/jwks", get(jwks))
        .route("/oauth2/v1/token", post(token))
        .route("/oauth2/v1/introspect", post(introspect))
        .route("/oauth2/v1/revoke", post(revoke))
        .fallback(not_found)
        .layer(axum::extract::DefaultBodyLimit::max(max_body))
        .with_state(app)
}

pub async fn run(
    prepared: Prepared,
    on_listening: impl FnOnce(SocketAddr, SocketAddr),
) -> ServerResult<()> {
    let Prepared {
        config,
        acceptor,
        metrics,
    } = prepared;
    let state = State::open(&config.state, true).map_err(state_error)?;
    let tokens = config.tokens.clone();
    let issuer_setting = config.issuer.clone();
    let app_metrics = metrics.clone();
    let max_body = config.limits.max_body_bytes;
    super::http::run_servers(
        &config.listen,
        acceptor,
        move |public| {
            let issuer = issuer_setting
                .unwrap_or_else(|| format!("https://{public}"))
                .trim_end_matches('/')
                .to_string();
            router(
                Arc::new(AppState {
                    state: Mutex::new(state),
                    issuer,
                    tokens,
                    metrics: app_metrics,
                }),
                max_body,
            )
        },
        metrics,
        Duration::from_millis(config.shutdown.drain_ms),
        Duration::from_millis(config.shutdown.grace_ms),
        on_listening,
    )
    .await
}
