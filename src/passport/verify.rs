//! Verifying passports, one or many. Order of checks: size, wire form, algorithm and kid
//! (cheap, before any curve work), then the signature, then the canonical form and the claims.
//!
//! Signatures go through `jose::ed25519`: strict encodings, torsion-free public keys and one
//! equation for single and batch verification, so a batch answers exactly as single checks
//! would. A batch is sorted by kid, cut into chunks, and the chunks are spread over all cores.

use std::collections::HashMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rayon::prelude::*;
use serde_json::{json, Value};

use super::token::{self, Kid, Parsed, Payload};
use super::{PassportError, PassportResult, Reason};
use crate::jose::ed25519::{self, PublicKey};

/// Items per batch equation: the per-item cost stops falling at about this size.
pub const DEFAULT_CHUNK: usize = 256;

/// The public keys a verifier trusts, by kid.
#[derive(Debug, Clone, Default)]
pub struct KeySet {
    keys: HashMap<String, PublicKey>,
}

impl KeySet {
    pub fn new() -> KeySet {
        KeySet::default()
    }

    /// Add a key; the bytes are checked (canonical, not small-order, torsion-free).
    pub fn insert(&mut self, kid: &Kid, public: &[u8]) -> PassportResult<()> {
        let key = PublicKey::from_bytes(public)
            .map_err(|e| PassportError::new(Reason::BadKey, format!("key {kid}: {}", e.message)))?;
        self.keys.insert(kid.to_string(), key);
        Ok(())
    }

    /// Add every key of `other`.
    pub fn extend(&mut self, other: KeySet) {
        self.keys.extend(other.keys);
    }

    pub fn get(&self, kid: &str) -> Option<&PublicKey> {
        self.keys.get(kid)
    }

    pub fn contains(&self, kid: &str) -> bool {
        self.keys.contains_key(kid)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The key set from a JWKS. Members that are not Ed25519 signing keys (another `kty`,
    /// `crv`, `alg` or `use`) are skipped, so a JWKS shared with other services works; an
    /// Ed25519 member that is broken is an error, not something to skip quietly.
    pub fn from_jwks(jwks: &Value) -> PassportResult<KeySet> {
        let bad = |m: String| PassportError::new(Reason::BadKey, m);
        let members = jwks
            .get("keys")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("the JWKS has no `keys` array".into()))?;
        let mut set = KeySet::new();
        for (i, member) in members.iter().enumerate() {
            let field = |name: &str| member.get(name).and_then(Value::as_str);
            if field("kty") != Some("OKP") || field("crv") != Some("Ed25519") {
                continue;
            }
            if field("alg").is_some_and(|a| a != "EdDSA")
                || field("use").is_some_and(|u| u != "sig")
            {
                continue;
            }
            if member.get("d").is_some() {
                return Err(bad(format!(
                    "JWKS member {i} holds a private key (`d`); publish public keys only"
                )));
            }
            let kid = field("kid").ok_or_else(|| bad(format!("JWKS member {i} has no kid")))?;
            let kid =
                Kid::parse(kid).map_err(|e| bad(format!("JWKS member {i}: {}", e.message)))?;
            let x = field("x").ok_or_else(|| bad(format!("JWKS member {i} has no `x`")))?;
            let x = URL_SAFE_NO_PAD
                .decode(x)
                .map_err(|e| bad(format!("JWKS member {i}: `x` is not base64url: {e}")))?;
            if set.contains(&kid.to_string()) {
                return Err(bad(format!("JWKS member {i}: kid {kid} appears twice")));
            }
            set.insert(&kid, &x)?;
        }
        Ok(set)
    }
}

/// One JWKS member for a key version.
pub fn jwk(kid: &Kid, public: &[u8; 32]) -> Value {
    json!({
        "kty": "OKP",
        "crv": "Ed25519",
        "alg": "EdDSA",
        "use": "sig",
        "kid": kid.to_string(),
        "x": URL_SAFE_NO_PAD.encode(public),
    })
}

/// What a verifier requires of the claims. Times are Unix seconds.
#[derive(Debug, Clone)]
pub struct Policy {
    pub now: i64,
    pub skew: i64,
    /// Accepted audiences (any one must be in the passport's `aud`); None skips the check.
    pub audiences: Option<Vec<String>>,
    pub required_scopes: Vec<String>,
    pub max_size: usize,
}

/// A passport that passed every check.
#[derive(Debug, Clone)]
pub struct Verified {
    pub kid: String,
    pub payload: Payload,
    /// The payload exactly as signed: canonical JSON, ready to print as is.
    pub msg: Vec<u8>,
}

/// Verify one passport.
pub fn verify(input: &[u8], keys: &KeySet, policy: &Policy) -> PassportResult<Verified> {
    let parsed = token::parse(input, policy.max_size)?;
    let key = known_key(&parsed, keys)?;
    if !ed25519::verify(key, &parsed.msg, &parsed.sig) {
        return Err(bad_signature());
    }
    check_claims(parsed, policy)
}

/// The trusted key a parsed passport's kid names.
pub fn known_key<'k>(parsed: &Parsed, keys: &'k KeySet) -> PassportResult<&'k PublicKey> {
    keys.get(&parsed.kid).ok_or_else(|| {
        PassportError::new(
            Reason::UnknownKid,
            format!("no trusted key has kid {}", parsed.kid),
        )
    })
}

fn bad_signature() -> PassportError {
    PassportError::new(Reason::BadSignature, "the signature does not verify")
}

/// After the signature: the payload is in canonical form, well-formed, and its claims hold.
fn check_claims(parsed: Parsed, policy: &Policy) -> PassportResult<Verified> {
    // Re-serializing the parsed payload must give back the signed bytes exactly: this
    // refuses non-canonical forms, duplicate members and explicit nulls in one comparison.
    let canonical = token::canonical(&parsed.payload).ok();
    if canonical.as_deref() != Some(parsed.msg.as_slice()) {
        return Err(PassportError::malformed(
            "the payload is signed but not in RFC 8785 canonical form",
        )
        .with_help("the issuer must sign the RFC 8785 (JCS) form of the payload"));
    }
    let p = &parsed.payload;
    if p.aud.is_empty() {
        return Err(PassportError::malformed("the payload has an empty `aud`"));
    }
    if p.exp <= p.iat || p.nbf.is_some_and(|nbf| nbf >= p.exp) {
        return Err(PassportError::malformed(
            "the payload's times are inconsistent (exp must follow iat and nbf)",
        ));
    }
    let now = policy.now;
    if now >= p.exp.saturating_add(policy.skew) {
        return Err(PassportError::new(
            Reason::Expired,
            format!(
                "the passport expired at {} (now {})",
                timestamp(p.exp),
                timestamp(now)
            ),
        ));
    }
    if let Some(nbf) = p.nbf {
        if now.saturating_add(policy.skew) < nbf {
            return Err(PassportError::new(
                Reason::NotYetValid,
                format!(
                    "the passport is not valid before {} (now {})",
                    timestamp(nbf),
                    timestamp(now)
                ),
            ));
        }
    }
    if now.saturating_add(policy.skew) < p.iat {
        return Err(PassportError::new(
            Reason::NotYetValid,
            format!(
                "the passport was issued in the future ({}; now {})",
                timestamp(p.iat),
                timestamp(now)
            ),
        ));
    }
    if let Some(accepted) = &policy.audiences {
        if !p.aud.iter().any(|a| accepted.contains(a)) {
            return Err(PassportError::new(
                Reason::BadAudience,
                format!(
                    "the passport is for {}, not {}",
                    p.aud.join(", "),
                    accepted.join(", ")
                ),
            ));
        }
    }
    let missing: Vec<&str> = policy
        .required_scopes
        .iter()
        .filter(|s| !p.scopes.contains(s))
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        return Err(PassportError::new(
            Reason::ScopeDenied,
            format!("the passport lacks scope {}", missing.join(", ")),
        ));
    }
    Ok(Verified {
        kid: parsed.kid,
        payload: parsed.payload,
        msg: parsed.msg,
    })
}

/// How a batch is spread.
#[derive(Debug, Clone, Copy)]
pub struct BatchOptions {
    pub chunk: usize,
    pub parallel: bool,
}

impl Default for BatchOptions {
    fn default() -> BatchOptions {
        BatchOptions {
            chunk: DEFAULT_CHUNK,
            parallel: true,
        }
    }
}

/// Parse many passports (in parallel); the results keep the input order.
pub fn parse_all(inputs: &[&[u8]], max_size: usize) -> Vec<PassportResult<Parsed>> {
    inputs
        .par_iter()
        .with_min_len(64)
        .map(|input| token::parse(input, max_size))
        .collect()
}

/// Verify parsed passports; the answer for each equals `verify` on it alone.
pub fn verify_parsed(
    parsed: Vec<PassportResult<Parsed>>,
    keys: &KeySet,
    policy: &Policy,
    options: BatchOptions,
) -> Vec<PassportResult<Verified>> {
    let mut results: Vec<Option<PassportResult<Verified>>> = Vec::with_capacity(parsed.len());
    let mut pending: Vec<(usize, Option<Parsed>, &PublicKey)> = Vec::new();
    for (index, item) in parsed.into_iter().enumerate() {
        match item.and_then(|p| known_key(&p, keys).map(|k| (p, k))) {
            Ok((p, key)) => {
                pending.push((index, Some(p), key));
                results.push(None);
            }
            Err(e) => results.push(Some(Err(e))),
        }
    }
    // Equal keys adjacent: the batch equation then has one term per key, not per item.
    // (A stable sort: input that is already grouped, the usual case, costs one pass.)
    pending.sort_by(|a, b| kid_of(&a.1).cmp(kid_of(&b.1)));
    let chunk = options.chunk.max(1);
    // One pass per chunk: the batch equation, then the claims of the items it accepted.
    let settle = |group: &mut [(usize, Option<Parsed>, &PublicKey)]| {
        let signature_ok = {
            let items: Vec<ed25519::Item<'_>> = group
                .iter()
                .filter_map(|(_, p, key)| {
                    p.as_ref().map(|p| ed25519::Item {
                        key,
                        message: &p.msg,
                        signature: &p.sig,
                    })
                })
                .collect();
            ed25519::verify_all(&items)
        };
        group
            .iter_mut()
            .zip(signature_ok)
            .filter_map(|((index, p, _), ok)| p.take().map(|p| (*index, finish(p, ok, policy))))
            .collect::<Vec<_>>()
    };
    let checked: Vec<(usize, PassportResult<Verified>)> = if options.parallel {
        pending
            .par_chunks_mut(chunk)
            .flat_map_iter(settle)
            .collect()
    } else {
        pending.chunks_mut(chunk).flat_map(settle).collect()
    };
    for (index, result) in checked {
        results[index] = Some(result);
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(bad_signature())))
        .collect()
}

fn kid_of(parsed: &Option<Parsed>) -> &str {
    parsed.as_ref().map_or("", |p| p.kid.as_str())
}

/// The answer for a parsed passport once its signature is decided: the claims, if it holds.
pub fn finish(parsed: Parsed, signature_ok: bool, policy: &Policy) -> PassportResult<Verified> {
    if signature_ok {
        check_claims(parsed, policy)
    } else {
        Err(bad_signature())
    }
}

/// Parse and verify many passports.
pub fn verify_batch(
    inputs: &[&[u8]],
    keys: &KeySet,
    policy: &Policy,
    options: BatchOptions,
) -> Vec<PassportResult<Verified>> {
    let parsed = if options.parallel {
        parse_all(inputs, policy.max_size)
    } else {
        inputs
            .iter()
            .map(|i| token::parse(i, policy.max_size))
            .collect()
    };
    verify_parsed(parsed, keys, policy, options)
}

/// Unix seconds as RFC 3339 for messages (the number itself when out of range).
fn timestamp(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| unix.to_string())
}
