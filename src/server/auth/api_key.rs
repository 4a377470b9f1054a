//! API keys: `cu_<id>_<secret>`, a 64-bit id (16 hex digits) to find the key and a 256-bit
//! secret (unpadded base64url) to prove it, sent as `Authorization: Bearer cu_…` or
//! `X-API-Key: cu_…`. The store keeps SHA-256 over the id and secret: the secret is random
//! and long, so a slow hash would add nothing but cost to every request.

use std::sync::Arc;

use axum::http::{header, HeaderMap, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::realm::Identity;
use super::Authenticator;
use crate::kms::store::ApiKey;
use crate::kms::{crypto, KmsResult};
use crate::server::problem::Problem;

pub const PREFIX: &str = "cu_";
pub const HEADER: &str = "x-api-key";
const ID_BYTES: usize = 8;
const SECRET_BYTES: usize = 32;
/// `kind` of the identity an API key signs in as.
pub const KIND: &str = "api_key";

/// Where a server finds the API keys (the KMS store's main database).
pub trait ApiKeyStore: Send + Sync {
    fn find(&self, id: &str) -> KmsResult<Option<ApiKey>>;
}

impl ApiKeyStore for crate::kms::store::ApiKeyLookup {
    fn find(&self, id: &str) -> KmsResult<Option<ApiKey>> {
        crate::kms::store::ApiKeyLookup::find(self, id)
    }
}

/// A freshly made key: the text to hand over once, its id, and the hash to store.
pub struct NewKey {
    pub id: String,
    pub text: Zeroizing<String>,
    pub hash: Vec<u8>,
}

/// Make a new key from the system's random source.
pub fn generate() -> KmsResult<NewKey> {
    let id = crypto::random(ID_BYTES)?;
    let id: String = id.iter().map(|b| format!("{b:02x}")).collect();
    let secret = crypto::random(SECRET_BYTES)?;
    let text = Zeroizing::new(format!(
        "{PREFIX}{id}_{}",
        URL_SAFE_NO_PAD.encode(&secret[..])
    ));
    let hash = hash(&id, &secret);
    Ok(NewKey { id, text, hash })
}

/// The stored hash: SHA-256 over a label, the id and the secret, so a hash copied to another
/// id's row does not match.
pub fn hash(id: &str, secret: &[u8]) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(b"cu api key v1\0");
    h.update(id.as_bytes());
    h.update(b"\0");
    h.update(secret);
    h.finalize().to_vec()
}

/// The id and secret of a key's text, if it has the form of one.
pub fn parse(text: &str) -> Option<(&str, Zeroizing<Vec<u8>>)> {
    let (id, secret) = text.strip_prefix(PREFIX)?.split_once('_')?;
    let id_ok = id.len() == 2 * ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !id_ok {
        return None;
    }
    let secret = Zeroizing::new(URL_SAFE_NO_PAD.decode(secret).ok()?);
    (secret.len() == SECRET_BYTES).then_some((id, secret))
}

/// Whether `scope` has the form of a realm scope (`schemas/realm.schema.json`):
/// `^[a-z*][a-z0-9_.*-]*(:[A-Za-z0-9_.*-]+)*$`.
pub fn is_scope(scope: &str) -> bool {
    let mut segments = scope.split(':');
    let first = segments.next().unwrap_or("");
    let rest_ok = |c: u8| c.is_ascii_alphanumeric() || b"_.*-".contains(&c);
    let first_ok = first
        .bytes()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == b'*')
        && first
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"_.*-".contains(&c));
    first_ok && segments.all(|s| !s.is_empty() && s.bytes().all(rest_ok))
}

/// The API key a request presents, if any: `X-API-Key`, or a bearer credential that starts
/// with `cu_` (an identity-server token is a JWT and starts with `eyJ`). Err: the detail of a
/// 401 for a request that presents two credentials or an unreadable one.
pub fn presented(headers: &HeaderMap) -> Result<Option<&str>, &'static str> {
    let api_key = headers.get(HEADER);
    let authorization = headers.get(header::AUTHORIZATION);
    match (api_key, authorization) {
        (Some(_), Some(_)) => Err("send one credential: X-API-Key or Authorization, not both"),
        (Some(v), None) => v
            .to_str()
            .map(|t| Some(t.trim()))
            .map_err(|_| "the X-API-Key header is not text"),
        (None, Some(v)) => {
            let Ok(value) = v.to_str() else {
                return Ok(None);
            };
            let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
            let rest = rest.trim();
            Ok((scheme.eq_ignore_ascii_case("bearer") && rest.starts_with(PREFIX)).then_some(rest))
        }
        (None, None) => Ok(None),
    }
}

impl Authenticator {
    /// Accept API keys found in `keys`.
    pub fn with_api_keys(mut self, keys: Arc<dyn ApiKeyStore>) -> Authenticator {
        self.api_keys = Some(keys);
        self
    }

    /// The identity an API key signs in as, under the policy. The key's expiry and revocation
    /// are told only to a caller that proved the secret.
    pub(super) fn by_api_key(&self, text: &str, now: i64) -> Result<Identity, Problem> {
        let Some(keys) = &self.api_keys else {
            return Err(self.unauthorized(
                "unsupported",
                "this server does not accept API keys (auth_order)",
            ));
        };
        let Some((id, secret)) = parse(text) else {
            return Err(self.unauthorized(
                "malformed",
                "the API key is malformed: expected cu_<id>_<secret>",
            ));
        };
        let record = keys.find(id).map_err(|_| {
            Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "the API keys cannot be read now; retry",
            )
        })?;
        let invalid = || self.unauthorized("bad_api_key", "the API key is not valid");
        let Some(record) = record else {
            return Err(invalid());
        };
        if !crypto::equal(&hash(id, &secret), &record.hash) {
            return Err(invalid());
        }
        if record.revoked_at.is_some() {
            return Err(self.unauthorized("bad_api_key", "the API key was revoked"));
        }
        if record.expires_at.is_some_and(|at| now >= at) {
            return Err(self.unauthorized("bad_api_key", "the API key has expired"));
        }
        Ok(Identity {
            name: format!("api-key:{}", record.id),
            kind: KIND.to_string(),
            tenant: record.tenant,
            scopes: record.scopes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_and_hash_per_id() {
        let key = generate().unwrap();
        let (id, secret) = parse(&key.text).unwrap();
        assert_eq!(id, key.id);
        assert_eq!(hash(id, &secret), key.hash);
        assert_ne!(hash("0000000000000000", &secret), key.hash);
        for bad in [
            "cu_",
            "cu_0011223344556677",
            "cu_0011223344556677_",
            "cu_00112233445566_AAAA",
            "cu_00112233445566ZZ_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "xx_0011223344556677_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "cu_0011223344556677_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
        assert!(parse("cu_0011223344556677_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").is_some());
    }

    #[test]
    fn scopes_as_in_the_realm_schema() {
        for good in ["kms:encrypt", "kms:*", "kms:key:Orders-1:encrypt", "*"] {
            assert!(is_scope(good), "{good}");
        }
        for bad in ["", "KMS:encrypt", "kms:", "kms::x", "kms encrypt", "1kms"] {
            assert!(!is_scope(bad), "{bad}");
        }
    }
}
