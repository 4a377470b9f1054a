//! Who is calling: HTTP Basic against the file realm (through `password`: verified
//! passwords remembered under a keyed hash, failed ones counted by `lockout` per name and
//! per client address, PBKDF2 bounded and run once per credential), a seam for bearer
//! tokens, client certificates and API keys, per-credential rate limits, and scope checks.

pub mod api_key;
pub mod bearer;
pub mod certificate;
pub mod lockout;
pub mod password;
pub mod policy;
pub mod presented;
pub mod realm;
pub mod shared_lockout;

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{header, HeaderMap, StatusCode};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::server::auth::lockout::{Lockout, Refusal};
use crate::server::auth::password::{Passwords, Refused};
use crate::server::auth::realm::{grants, Identity, Realm};
use crate::server::middleware::metrics::Metrics;
use crate::server::problem::Problem;

/// Validates bearer tokens (the identity server's, in a later piece). Returns the identity or
/// a problem to send.
pub trait TokenVerifier: Send + Sync {
    /// `sensitive`: the request reveals data or changes keys (a verifier may check revocation
    /// only then).
    fn verify(&self, token: &str, sensitive: bool) -> Result<Identity, Problem>;
}

/// A way in that the policy (`auth_order`) allows or not, whatever route it comes through:
/// the API's `Authorization` header, the console's forms, any route still to come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// A realm user name and password (HTTP Basic, the console's password form).
    Password,
    /// A token of the federated identity server (bearer, the console's identity-server
    /// sign-in).
    Federation,
    /// A client certificate from `tls.client_ca`, mapped to a realm principal (API only).
    Certificate,
    /// An API key from `cu kms realm api-key create` (API only).
    ApiKey,
}

/// The name an anonymous caller's bucket (and queue lane) is kept under: its IPv4 address,
/// or its IPv6 /64 (one site's allocation: rotating addresses inside it is one caller).
pub fn address_key(client: std::net::IpAddr) -> String {
    match client {
        std::net::IpAddr::V4(a) => format!("address:{a}"),
        std::net::IpAddr::V6(a) => match a.to_ipv4_mapped() {
            Some(v4) => format!("address:{v4}"),
            None => {
                let prefix = u128::from(a) & !((1u128 << 64) - 1);
                format!("address:{}/64", std::net::Ipv6Addr::from(prefix))
            }
        },
    }
}

/// Rate buckets kept at most.
const MAX_BUCKETS: usize = 65_536;

struct Bucket {
    tokens: f64,
    at: Instant,
}

pub struct Authenticator {
    passwords: Passwords,
    /// Name of the realm in `WWW-Authenticate`.
    realm_name: &'static str,
    tokens: Option<Arc<dyn TokenVerifier>>,
    basic: bool,
    /// Whether verified client certificates sign in (`auth_order: [certificate]`).
    certificates: bool,
    api_keys: Option<Arc<dyn api_key::ApiKeyStore>>,
    buckets: Mutex<HashMap<String, Bucket>>,
    rate: f64,
    burst: f64,
    /// The live instances sharing the limits (PostgreSQL): each takes its share.
    instances: Option<Arc<std::sync::atomic::AtomicUsize>>,
    metrics: Arc<Metrics>,
}

impl Authenticator {
    /// `lockout` counts failed passwords (shared with any other way in that checks secrets).
    pub fn new(
        realm: Realm,
        realm_name: &'static str,
        cache_ttl: Duration,
        rate: f64,
        burst: f64,
        lockout: Arc<Lockout>,
        metrics: Arc<Metrics>,
    ) -> Authenticator {
        Authenticator {
            passwords: Passwords::new(realm, lockout, cache_ttl, metrics.clone()),
            realm_name,
            tokens: None,
            basic: true,
            certificates: false,
            api_keys: None,
            buckets: Mutex::new(HashMap::new()),
            rate,
            burst,
            instances: None,
            metrics,
        }
    }

    /// Share the per-credential rate with the other live instances (their count kept by
    /// `shared_lockout`): each allows rate / N and burst / N (at least 1), so the limit
    /// holds for the whole service over requests a load balancer spreads.
    pub fn share_rate(&mut self, instances: Arc<std::sync::atomic::AtomicUsize>) {
        self.instances = Some(instances);
    }

    /// Refuse Basic credentials (a KMS that trusts only the identity server's tokens).
    pub fn without_basic(mut self) -> Authenticator {
        self.basic = false;
        self
    }

    /// Check passwords against these realms, in order (`directory`: the store's database
    /// realm, for `Source::Database`).
    pub fn with_password_sources(
        mut self,
        sources: Vec<realm::Source>,
        directory: Option<Arc<dyn realm::UserDirectory>>,
    ) -> Authenticator {
        self.passwords.set_sources(sources, directory);
        self
    }

    /// Accept bearer tokens checked by `verifier` as well as Basic credentials.
    pub fn with_tokens(mut self, verifier: Arc<dyn TokenVerifier>) -> Authenticator {
        self.tokens = Some(verifier);
        self
    }

    fn unauthorized(&self, reason: &str, detail: &str) -> Problem {
        self.metrics.auth_failure(reason);
        let mut p = Problem::new(StatusCode::UNAUTHORIZED, "unauthorized", detail);
        let mut challenges = Vec::new();
        if self.tokens.is_some() || self.api_keys.is_some() {
            challenges.push(format!("Bearer realm=\"{}\"", self.realm_name));
        }
        if self.basic {
            challenges.push(format!(
                "Basic realm=\"{}\", charset=\"UTF-8\"",
                self.realm_name
            ));
        }
        // A policy of client certificates only has no HTTP scheme to offer.
        p.authenticate = (!challenges.is_empty()).then(|| challenges.join(", "));
        p
    }

    /// The caller's identity, from the Authorization header; `client` is the peer address the
    /// lockout counts failures against. Blocking (PBKDF2 on a cache miss): call from a
    /// blocking thread.
    pub fn authenticate(
        &self,
        headers: &HeaderMap,
        client: IpAddr,
        sensitive: bool,
    ) -> Result<Identity, Problem> {
        let Some(value) = headers.get(header::AUTHORIZATION) else {
            return Err(self.unauthorized("missing", "credentials are required"));
        };
        let value = value
            .to_str()
            .map_err(|_| self.unauthorized("malformed", "the Authorization header is not text"))?;
        let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
        if scheme.eq_ignore_ascii_case("bearer") {
            return match &self.tokens {
                Some(v) => v.verify(rest.trim(), sensitive).inspect_err(|_| {
                    self.metrics.auth_failure("bad_token");
                }),
                None => Err(self.unauthorized("unsupported", &self.accepted("bearer tokens"))),
            };
        }
        if !scheme.eq_ignore_ascii_case("basic") || !self.basic {
            let what = if scheme.eq_ignore_ascii_case("basic") {
                "HTTP Basic credentials".to_string()
            } else {
                format!("the `{scheme}` scheme")
            };
            return Err(self.unauthorized("unsupported", &self.accepted(&what)));
        }
        let decoded = STANDARD
            .decode(rest.trim())
            .map_err(|_| self.unauthorized("malformed", "the Basic credentials are not base64"))?;
        let decoded = zeroize::Zeroizing::new(decoded);
        let colon = decoded
            .iter()
            .position(|&b| b == b':')
            .ok_or_else(|| self.unauthorized("malformed", "the Basic credentials have no `:`"))?;
        let name = std::str::from_utf8(&decoded[..colon])
            .map_err(|_| self.unauthorized("malformed", "the user name is not UTF-8"))?;
        let password = &decoded[colon + 1..];
        self.passwords
            .verify(name, password, client)
            .map_err(|r| self.refused(r))
    }

    fn refused(&self, refused: Refused) -> Problem {
        match refused {
            // One message for an unknown name and a wrong password: no user enumeration.
            Refused::Wrong => {
                self.unauthorized("bad_credentials", "the user name or password is wrong")
            }
            Refused::Throttled(r) => throttled(r),
            Refused::Unavailable => {
                let mut p = Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "the realm's user directory (the key store) cannot be read; try again in a moment",
                );
                p.retry_after = Some(1);
                p
            }
        }
    }

    /// A 401 detail for a credential of a kind the policy does not take: what it does take,
    /// from `auth_order`.
    fn accepted(&self, refused: &str) -> String {
        let mut ways = Vec::new();
        if self.basic {
            ways.push("HTTP Basic credentials");
        }
        if self.tokens.is_some() {
            ways.push("the identity server's bearer tokens");
        }
        if self.api_keys.is_some() {
            ways.push("API keys (X-API-Key: cu_…)");
        }
        if self.certificates {
            ways.push("client certificates");
        }
        match ways.as_slice() {
            [] => format!("this server does not accept {refused}"),
            [one] => format!("this server does not accept {refused}; it accepts {one} only"),
            [rest @ .., last] => format!(
                "this server does not accept {refused}; it accepts {} or {last}",
                rest.join(", ")
            ),
        }
    }

    /// The realm the passwords are checked against.
    pub fn realm(&self) -> &Realm {
        self.passwords.realm()
    }

    /// Whether the policy lets callers in this way.
    pub fn accepts(&self, way: Way) -> bool {
        match way {
            Way::Password => self.basic,
            Way::Federation => self.tokens.is_some(),
            Way::Certificate => self.certificates,
            Way::ApiKey => self.api_keys.is_some(),
        }
    }

    /// Check a realm password from a form (the console's sign-in), under the same policy and
    /// lockout as Basic credentials. Blocking (PBKDF2).
    pub fn verify_password(
        &self,
        name: &str,
        password: &[u8],
        client: IpAddr,
    ) -> Result<Identity, Problem> {
        if !self.basic {
            self.metrics.auth_failure("unsupported");
            return Err(Problem::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "this server does not accept passwords (auth_order); sign in with the identity server",
            ));
        }
        self.passwords
            .verify(name, password, client)
            .map_err(|r| self.refused(r))
    }

    /// Check a token from a form or a sign-in (the console's identity-server sign-in), under
    /// the same policy as bearer tokens. Blocking (may fetch the JWKS).
    pub fn verify_token(&self, token: &str, sensitive: bool) -> Result<Identity, Problem> {
        match &self.tokens {
            Some(v) => v.verify(token, sensitive).inspect_err(|_| {
                self.metrics.auth_failure("bad_token");
            }),
            None => Err(self.unauthorized(
                "unsupported",
                "this server does not accept the identity server's tokens (auth_order)",
            )),
        }
    }

    /// Charge one request to the caller's bucket; 429 with Retry-After when it is empty.
    pub fn charge(&self, identity: &Identity) -> Result<(), Problem> {
        self.charge_bucket(format!("{}/{}", identity.tenant, identity.name))
    }

    /// Charge one anonymous request to its client address's bucket (a service that lets
    /// anyone call it still limits each caller).
    pub fn charge_address(&self, client: std::net::IpAddr) -> Result<(), Problem> {
        self.charge_bucket(address_key(client))
    }

    fn charge_bucket(&self, id: String) -> Result<(), Problem> {
        let share = self
            .instances
            .as_ref()
            .map_or(1, |n| n.load(std::sync::atomic::Ordering::Relaxed).max(1))
            as f64;
        let (rate, burst) = (self.rate / share, (self.burst / share).max(1.0));
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if buckets.len() >= MAX_BUCKETS && !buckets.contains_key(&id) {
            // A bucket that has refilled is the same as none: forget those (anonymous
            // callers from many addresses must not grow the map without bound).
            buckets.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * rate < burst);
            if buckets.len() >= MAX_BUCKETS {
                let mut p = Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "overloaded",
                    "too many callers at once; retry shortly",
                );
                p.retry_after = Some(1);
                return Err(p);
            }
        }
        let bucket = buckets.entry(id).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        let refill = now.duration_since(bucket.at).as_secs_f64() * rate;
        bucket.tokens = (bucket.tokens + refill).min(burst);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait = ((1.0 - bucket.tokens) / rate).ceil().max(1.0) as u64;
            let mut p = Problem::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                if share > 1.0 {
                    format!(
                        "more than {} requests per second for this credential (this instance's share of {} over {share} instances)",
                        rate, self.rate
                    )
                } else {
                    format!(
                        "more than {} requests per second for this credential",
                        self.rate
                    )
                },
            );
            p.retry_after = Some(wait);
            Err(p)
        }
    }
}

/// 429 with Retry-After for a sign-in the lockout refused before checking it.
pub fn throttled(r: Refusal) -> Problem {
    let mut p = Problem::new(StatusCode::TOO_MANY_REQUESTS, r.scope.code(), r.detail());
    p.retry_after = Some(r.retry_after);
    p
}

impl Authenticator {
    /// For `/readyz`: None when no password is checked here; else whether the realms a
    /// password is checked against can be read (the database realm's table answers).
    /// Blocking.
    pub fn realm_check(&self) -> Option<crate::server::http::Probe> {
        self.basic.then(|| self.passwords.realm_check()).flatten()
    }

    /// Let verified client certificates sign in as the realm principals they name.
    pub fn with_certificates(mut self) -> Authenticator {
        self.certificates = true;
        self
    }

    /// `authenticate_request` without blocking, for a request whose credential was checked
    /// recently: HTTP Basic credentials of a realm file's principal, found in the cache of
    /// checked passwords, with nothing else presented that takes precedence. None when the
    /// request needs the full (blocking) check, whatever its outcome would be.
    pub fn authenticate_cached(&self, request: &presented::Presented) -> Option<Identity> {
        if !self.basic || request.headers.contains_key(api_key::HEADER) {
            return None;
        }
        let value = request.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
        let (scheme, rest) = value.split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("basic") {
            return None;
        }
        let decoded = zeroize::Zeroizing::new(STANDARD.decode(rest.trim()).ok()?);
        let colon = decoded.iter().position(|&b| b == b':')?;
        let name = std::str::from_utf8(&decoded[..colon]).ok()?;
        let identity = self.passwords.cached(name, &decoded[colon + 1..])?;
        request
            .note
            .who(&identity.tenant, &identity.name, "password");
        Some(identity)
    }

    /// The caller's identity from everything the request presents, for the API. Its
    /// Authorization or X-API-Key credential when it has one (a wrong one never falls back
    /// to another way), else its client certificate when the policy takes certificates.
    /// `now`: Unix seconds. Blocking: call from a blocking thread.
    pub fn authenticate_request(
        &self,
        request: &presented::Presented,
        sensitive: bool,
        now: i64,
    ) -> Result<Identity, Problem> {
        let started = std::time::Instant::now();
        let (identity, method) = self.identify(request, sensitive, now);
        if request.note.traced() {
            request.note.timed(
                "authenticate",
                started,
                vec![
                    ("cu.auth.method", method.to_string()),
                    (
                        "cu.auth.result",
                        if identity.is_ok() { "ok" } else { "denied" }.to_string(),
                    ),
                ],
            );
        }
        let identity = identity.inspect_err(|_| {
            // Who tried is kept only as an HMAC in the audit trail (never in the log).
            request.note.fact("auth_attempted", method);
            if let Some(user) = basic_user(&request.headers) {
                request.note.sensitive("user", &user);
            }
        })?;
        request.note.who(&identity.tenant, &identity.name, method);
        Ok(identity)
    }

    fn identify(
        &self,
        request: &presented::Presented,
        sensitive: bool,
        now: i64,
    ) -> (Result<Identity, Problem>, &'static str) {
        match api_key::presented(&request.headers) {
            Ok(Some(key)) => return (self.by_api_key(key, now), "api_key"),
            Ok(None) => {}
            Err(detail) => return (Err(self.unauthorized("malformed", detail)), "api_key"),
        }
        if !request.headers.contains_key(header::AUTHORIZATION) {
            if let (true, Some(cert)) = (self.certificates, &request.peer) {
                return (self.by_certificate(cert, now), "certificate");
            }
        }
        let scheme = request
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split_whitespace().next())
            .map(str::to_ascii_lowercase);
        let method = match scheme.as_deref() {
            Some("basic") => "password",
            Some("bearer") => "bearer",
            _ => "none",
        };
        (
            self.authenticate(&request.headers, request.client, sensitive),
            method,
        )
    }
}

/// The user name of HTTP Basic credentials, if the request carries readable ones.
fn basic_user(headers: &axum::http::HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, rest) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded =
        base64::Engine::decode(&base64::engine::general_purpose::STANDARD, rest.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let user = zeroize::Zeroizing::new(text);
    user.split_once(':').map(|(name, _)| name.to_string())
}

/// 403 unless one of the identity's scopes grants `general` (e.g. `kms:encrypt`) or the
/// per-key form `kms:key:<name>:<op>`.
pub fn require(
    identity: &Identity,
    general: &str,
    key: Option<(&str, &str)>,
) -> Result<(), Problem> {
    let per_key = key.map(|(name, op)| format!("kms:key:{name}:{op}"));
    let ok = identity
        .scopes
        .iter()
        .any(|s| grants(s, general) || per_key.as_deref().is_some_and(|k| grants(s, k)));
    if ok {
        Ok(())
    } else {
        Err(Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            match per_key {
                Some(k) => format!("this credential lacks the scope {general} (or {k})"),
                None => format!("this credential lacks the scope {general}"),
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn anonymous_callers_are_counted_by_ipv4_address_or_ipv6_64() {
        let key = |s: &str| super::address_key(s.parse().unwrap());
        assert_eq!(key("192.0.2.7"), "address:192.0.2.7");
        assert_eq!(key("::ffff:192.0.2.7"), "address:192.0.2.7");
        assert_eq!(key("2001:db8:1:2:aaaa::1"), "address:2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:2:ffff:1:2:3"), key("2001:db8:1:2::9"));
        assert_ne!(key("2001:db8:1:3::1"), key("2001:db8:1:2::1"));
    }
}
