//! Bearer tokens at the KMS: RFC 9068 JWT access tokens from `cu identity serve`, checked
//! against its JWKS. The JWKS comes over TLS (only the configured CA trusted) from the URL in
//! the issuer's discovery document, is cached for `jwks_cache_seconds`, and is fetched again
//! when a token names an unknown key (at most once every few seconds, so garbage tokens cannot
//! make the KMS hammer the identity server).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::Value;

use crate::identity::jwt;
use crate::jose::ed25519::PublicKey;
use crate::limits::FileKind;
use crate::server::auth::realm::Identity;
use crate::server::auth::TokenVerifier;
use crate::server::problem::Problem;
use crate::server::{Reason, ServerError, ServerResult};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Federation {
    pub issuer: String,
    pub ca: std::path::PathBuf,
    #[serde(default = "default_audience")]
    pub audience: String,
    #[serde(default = "default_cache")]
    pub jwks_cache_seconds: u64,
    #[serde(default = "default_leeway")]
    pub leeway_seconds: i64,
    /// Revocation checks by introspection (RFC 7662); none by default.
    #[serde(default)]
    pub introspection: Option<Introspection>,
}

/// When tokens are checked for revocation at the identity server.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum IntrospectWhen {
    /// Every request.
    Always,
    /// Requests that decrypt, sign or change keys.
    Sensitive,
    /// Once per token per `interval_seconds`.
    Interval,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Introspection {
    pub when: IntrospectWhen,
    #[serde(default = "default_interval")]
    pub interval_seconds: u64,
    /// The KMS's own (confidential) client at the identity server.
    pub client_id: String,
    pub client_secret_file: std::path::PathBuf,
}

fn default_interval() -> u64 {
    60
}

fn default_audience() -> String {
    "cu-kms".into()
}
fn default_cache() -> u64 {
    300
}
fn default_leeway() -> i64 {
    30
}

/// Unknown kids trigger at most one JWKS fetch per this interval.
const REFETCH_INTERVAL: Duration = Duration::from_secs(2);

#[derive(Default)]
struct Cache {
    keys: HashMap<String, PublicKey>,
    fetched: Option<Instant>,
    attempted: Option<Instant>,
    last_error: Option<String>,
}

fn stale(cache: &Cache, ttl: Duration) -> String {
    let when = match cache.fetched {
        Some(t) => format!("last fetched {} s ago", t.elapsed().as_secs()),
        None => "never fetched".to_string(),
    };
    format!(
        "the issuer's JWKS is {when} (older than {} s is stale){}",
        ttl.as_secs(),
        cache
            .last_error
            .as_ref()
            .map(|e| format!(": {e}"))
            .unwrap_or_default()
    )
}

pub struct JwksVerifier {
    settings: Federation,
    http: reqwest::Client,
    cache: Mutex<Cache>,
    /// The introspection client secret, and when each token (by jti) was last found active.
    introspection_secret: Option<zeroize::Zeroizing<String>>,
    checked: Mutex<HashMap<String, Instant>>,
    /// Tokens whose signature and claims were checked: SHA-256 of the token → (identity,
    /// jti, exp). A repeat costs a hash instead of an Ed25519 verification; expiry and
    /// revocation checks still run on every use.
    verified: Mutex<HashMap<[u8; 32], (Identity, String, i64)>>,
}

/// Verified tokens kept at most.
const VERIFIED_KEEP: usize = 100_000;

impl JwksVerifier {
    pub fn new(settings: Federation, config_file: &Path) -> ServerResult<JwksVerifier> {
        let ca_path = crate::server::config::resolve(config_file, &settings.ca);
        let ca = crate::server::config::read_file(&ca_path, FileKind::CaBundle, Reason::BadConfig)
            .map_err(|e| ServerError::new(e.reason, format!("federation.ca: {}", e.message)))?;
        let tls_error = |m: String| ServerError::new(Reason::Tls, m);
        let roots = crate::pki::pem::only_certificates(&ca, "federation.ca")
            .map_err(|e| tls_error(e.message))?;
        let tls = crate::pki::tls::client_config(&roots, None).map_err(|e| tls_error(e.message))?;
        let http = reqwest::Client::builder()
            .use_preconfigured_tls((*tls).clone())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| tls_error(format!("cannot set up the HTTPS client: {e}")))?;
        let introspection_secret = match &settings.introspection {
            Some(i) => {
                let path = crate::server::config::resolve(config_file, &i.client_secret_file);
                let secret =
                    crate::server::config::read_text(&path, FileKind::Secret, Reason::BadConfig)
                        .map_err(|e| {
                            ServerError::new(
                                e.reason,
                                format!(
                                    "federation.introspection.client_secret_file: {}",
                                    e.message
                                ),
                            )
                        })?;
                Some(zeroize::Zeroizing::new(secret.trim().to_string()))
            }
            None => None,
        };
        Ok(JwksVerifier {
            introspection_secret,
            checked: Mutex::new(HashMap::new()),
            verified: Mutex::new(HashMap::new()),
            settings: Federation {
                issuer: settings.issuer.trim_end_matches('/').to_string(),
                ..settings
            },
            http,
            cache: Mutex::new(Cache::default()),
        })
    }

    async fn fetch(&self) -> Result<HashMap<String, PublicKey>, String> {
        let get = |url: String| async move {
            let response = self
                .http
                .get(&url)
                .send()
                .await
                .map_err(|e| format!("{url}: {e}"))?;
            if !response.status().is_success() {
                return Err(format!("{url}: {}", response.status()));
            }
            response
                .json::<Value>()
                .await
                .map_err(|e| format!("{url}: {e}"))
        };
        let discovery = get(format!(
            "{}/.well-known/oauth-authorization-server",
            self.settings.issuer
        ))
        .await?;
        if discovery["issuer"] != self.settings.issuer.as_str() {
            return Err("the discovery document names another issuer".into());
        }
        let jwks_uri = discovery["jwks_uri"]
            .as_str()
            .ok_or("the discovery document has no jwks_uri")?
            .to_string();
        let jwks = get(jwks_uri).await?;
        jwt::keys_from_jwks(&jwks).map_err(|e| e.message)
    }

    /// For `/readyz`: the age of the issuer's keys, fetched again (at most every few seconds)
    /// once they are older than `jwks_cache_seconds`; Err when they are stale and cannot be
    /// fetched. Blocking.
    pub fn readiness(&self) -> Result<Option<f64>, String> {
        let ttl = Duration::from_secs(self.settings.jwks_cache_seconds.max(1));
        {
            let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(t) = cache.fetched.filter(|t| t.elapsed() < ttl) {
                return Ok(Some(t.elapsed().as_secs_f64()));
            }
            if cache
                .attempted
                .is_some_and(|t| t.elapsed() < REFETCH_INTERVAL)
            {
                return Err(stale(&cache, ttl));
            }
            // Claimed before the fetch: probes at the same moment do not fetch too.
            cache.attempted = Some(Instant::now());
        }
        let (cache, fetched) = self.refetch();
        match fetched {
            Ok(()) => Ok(Some(0.0)),
            Err(_) => Err(stale(&cache, ttl)),
        }
    }

    /// Fetch the JWKS now (blocking) and keep what came, or why not; the cache, locked.
    fn refetch(&self) -> (std::sync::MutexGuard<'_, Cache>, Result<(), String>) {
        let fetched = match tokio::runtime::Handle::try_current() {
            Ok(handle) => handle.block_on(self.fetch()),
            Err(_) => Err("no runtime to fetch the JWKS on".to_string()),
        };
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        cache.attempted = Some(Instant::now());
        let result = match fetched {
            Ok(keys) => {
                cache.keys = keys;
                cache.fetched = Some(Instant::now());
                cache.last_error = None;
                Ok(())
            }
            Err(e) => {
                cache.last_error = Some(e.clone());
                Err(e)
            }
        };
        (cache, result)
    }

    /// The keys, fetched again when stale or when `kid` is unknown.
    fn keys_for(&self, kid: &str) -> Result<HashMap<String, PublicKey>, Problem> {
        let ttl = Duration::from_secs(self.settings.jwks_cache_seconds);
        {
            let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
            let fresh = cache.fetched.is_some_and(|t| t.elapsed() < ttl);
            let recently_tried = cache
                .attempted
                .is_some_and(|t| t.elapsed() < REFETCH_INTERVAL);
            if (fresh && cache.keys.contains_key(kid)) || recently_tried {
                return Ok(cache.keys.clone());
            }
        }
        let (cache, fetched) = self.refetch();
        match fetched {
            Ok(()) => Ok(cache.keys.clone()),
            // A stale key set still serves tokens it knows while the issuer is unreachable.
            Err(_) if !cache.keys.is_empty() => Ok(cache.keys.clone()),
            Err(e) => Err(Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "federation_unavailable",
                format!("cannot fetch the identity server's keys: {e}"),
            )),
        }
    }
}

fn invalid_token(detail: &str) -> Problem {
    let mut p = Problem::new(StatusCode::UNAUTHORIZED, "unauthorized", detail);
    p.authenticate = Some(format!(
        "Bearer realm=\"cu-kms\", error=\"invalid_token\", error_description=\"{}\"",
        detail.replace('"', "'")
    ));
    p
}

impl JwksVerifier {
    /// The HTTPS client that trusts only the federation's CA (shared, cheap to clone).
    pub fn http_client(&self) -> reqwest::Client {
        self.http.clone()
    }

    /// Ask the identity server about a token (RFC 7662): its claims when active, None when not.
    fn introspect(&self, token: &str) -> Result<Option<Value>, Problem> {
        let (Some(settings), Some(secret)) =
            (&self.settings.introspection, &self.introspection_secret)
        else {
            return Err(invalid_token(
                "opaque tokens need introspection, which this server is not configured for",
            ));
        };
        let url = format!("{}/oauth2/v1/introspect", self.settings.issuer);
        let request = self
            .http
            .post(&url)
            .basic_auth(&settings.client_id, Some(secret.as_str()))
            .form(&[("token", token)]);
        let answer = match tokio::runtime::Handle::try_current() {
            Ok(handle) => handle.block_on(async {
                let r = request.send().await.map_err(|e| e.to_string())?;
                // Only a 200 with `active` says anything about the token: a 429 (the
                // identity server's address lockout), a 401 (our own secret refused) or a
                // 5xx says the check could not be made, not that the token is revoked.
                let status = r.status();
                if status != reqwest::StatusCode::OK {
                    return Err(format!("{url} answered {status}"));
                }
                r.json::<Value>()
                    .await
                    .map_err(|e| format!("{url}: the answer is not JSON: {e}"))
            }),
            Err(_) => Err("no runtime to introspect on".to_string()),
        };
        match answer.and_then(|v| match v["active"] {
            Value::Bool(active) => Ok((active, v)),
            _ => Err(format!(
                "{url}: the answer has no boolean `active` (RFC 7662)"
            )),
        }) {
            Ok((true, v)) => Ok(Some(v)),
            Ok((false, _)) => Ok(None),
            Err(e) => Err(Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "federation_unavailable",
                format!("cannot check the token with the identity server: {e}"),
            )),
        }
    }

    /// Whether the identity server still says a (signature-checked) token is active, when the
    /// configured `when` asks for a check now.
    fn still_active(&self, token: &str, jti: &str, sensitive: bool) -> Result<(), Problem> {
        let Some(settings) = &self.settings.introspection else {
            return Ok(());
        };
        let due = match settings.when {
            IntrospectWhen::Always => true,
            IntrospectWhen::Sensitive => sensitive,
            IntrospectWhen::Interval => {
                let checked = self.checked.lock().unwrap_or_else(|p| p.into_inner());
                checked
                    .get(jti)
                    .is_none_or(|t| t.elapsed() >= Duration::from_secs(settings.interval_seconds))
            }
        };
        if !due {
            return Ok(());
        }
        match self.introspect(token)? {
            Some(_) => {
                let mut checked = self.checked.lock().unwrap_or_else(|p| p.into_inner());
                if checked.len() > 100_000 {
                    checked.clear();
                }
                checked.insert(jti.to_string(), Instant::now());
                Ok(())
            }
            None => Err(invalid_token("the token has been revoked")),
        }
    }

    /// The identity behind verified claims (from a JWT or from introspection).
    fn identity_of(&self, claims: &Value) -> Result<Identity, Problem> {
        let tenant = claims["tenant_id"]
            .as_str()
            // Never the audit tenant: its keys sign and mask the audit trail.
            .filter(|t| crate::kms::check_principal_tenant(t).is_ok())
            .ok_or_else(|| invalid_token("the token has no valid tenant_id"))?;
        let scopes = claims["scope"]
            .as_str()
            .unwrap_or("")
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        Ok(Identity {
            name: claims["sub"].as_str().unwrap_or("").to_string(),
            kind: "token".into(),
            tenant: tenant.to_string(),
            scopes,
        })
    }
}

impl JwksVerifier {
    /// Check an ID token for a client of ours (OIDC Core §3.1.3.7): signature, issuer,
    /// audience `client_id`, expiry, and the `nonce` this browser's sign-in sent. Its claims.
    /// Blocking (may fetch the JWKS).
    pub fn verify_id_token(
        &self,
        token: &str,
        client_id: &str,
        nonce: &str,
    ) -> Result<Value, Problem> {
        let now = crate::server::http::unix_now();
        let kid = jwt::kid_of(token).map_err(|e| invalid_token(&e.message))?;
        let keys = self.keys_for(&kid)?;
        let expect = jwt::Expect {
            issuer: &self.settings.issuer,
            audience: client_id,
            typ: jwt::ID_TOKEN_TYPE,
            now,
            leeway: self.settings.leeway_seconds,
        };
        let claims = jwt::verify(token, &keys, &expect).map_err(|e| invalid_token(&e.message))?;
        let same = claims["nonce"]
            .as_str()
            .is_some_and(|n| crate::kms::crypto::equal(n.as_bytes(), nonce.as_bytes()));
        if !same {
            return Err(invalid_token("the ID token's nonce is not this sign-in's"));
        }
        Ok(claims)
    }
}

impl TokenVerifier for JwksVerifier {
    fn verify(&self, token: &str, sensitive: bool) -> Result<Identity, Problem> {
        let now = crate::server::http::unix_now();
        let digest: [u8; 32] = <sha2::Sha256 as sha2::Digest>::digest(token.as_bytes()).into();
        let cached = self
            .verified
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&digest)
            .cloned();
        if let Some((identity, jti, exp)) = cached {
            if now >= exp + self.settings.leeway_seconds {
                return Err(invalid_token("the token has expired"));
            }
            self.still_active(token, &jti, sensitive)?;
            return Ok(identity);
        }
        if !token.contains('.') {
            // Opaque: only the issuer can say what it is.
            let claims = self
                .introspect(token)?
                .ok_or_else(|| invalid_token("the token is not active"))?;
            let aud_ok = match &claims["aud"] {
                Value::String(a) => *a == self.settings.audience,
                Value::Array(list) => list.iter().any(|a| *a == self.settings.audience.as_str()),
                _ => false,
            };
            if claims["iss"] != self.settings.issuer.as_str() || !aud_ok {
                return Err(invalid_token("the token is for another issuer or audience"));
            }
            return self.identity_of(&claims);
        }
        let kid = jwt::kid_of(token).map_err(|e| invalid_token(&e.message))?;
        let keys = self.keys_for(&kid)?;
        let expect = jwt::Expect {
            issuer: &self.settings.issuer,
            audience: &self.settings.audience,
            typ: jwt::ACCESS_TOKEN_TYPE,
            now,
            leeway: self.settings.leeway_seconds,
        };
        let claims = jwt::verify(token, &keys, &expect).map_err(|e| invalid_token(&e.message))?;
        // RFC 9068 §2.2: a JWT access token has a jti; revocation is by jti, so a token
        // without one could never be revoked.
        let jti = claims["jti"]
            .as_str()
            .filter(|j| !j.is_empty())
            .ok_or_else(|| invalid_token("the token has no jti (RFC 9068 section 2.2)"))?
            .to_string();
        self.still_active(token, &jti, sensitive)?;
        let identity = self.identity_of(&claims)?;
        let mut verified = self.verified.lock().unwrap_or_else(|p| p.into_inner());
        if verified.len() >= VERIFIED_KEEP {
            verified.retain(|_, (_, _, exp)| *exp > now);
            if verified.len() >= VERIFIED_KEEP {
                verified.clear();
            }
        }
        verified.insert(
            digest,
            (identity.clone(), jti, claims["exp"].as_i64().unwrap_or(0)),
        );
        Ok(identity)
    }
}
