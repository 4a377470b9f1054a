//! JWTs the identity server issues and the KMS checks: compact JWS with EdDSA (Ed25519), the
//! header naming the key (`kid`) and the token type (`at+jwt` for RFC 9068 access tokens, `JWT`
//! for ID tokens). Verification is strict Ed25519 (`jose::ed25519`), then the time and
//! audience checks.

use std::collections::HashMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};

use super::{IdentityError, IdentityResult, Reason};
use crate::jose::ed25519::{self, PublicKey};

pub const ACCESS_TOKEN_TYPE: &str = "at+jwt";
pub const ID_TOKEN_TYPE: &str = "JWT";

/// Tokens larger than this are refused before any parsing.
const MAX_TOKEN_BYTES: usize = 16 * 1024;

pub fn sign(claims: &Value, kid: &str, typ: &str, key: &ed25519_dalek::SigningKey) -> String {
    use ed25519_dalek::Signer;
    let header = json!({"alg": "EdDSA", "typ": typ, "kid": kid});
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let signature = key.sign(input.as_bytes()).to_bytes();
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature))
}

/// A JWK for an Ed25519 public key.
pub fn public_jwk(kid: &str, public: &[u8; 32]) -> Value {
    json!({
        "kty": "OKP",
        "crv": "Ed25519",
        "alg": "EdDSA",
        "use": "sig",
        "kid": kid,
        "x": URL_SAFE_NO_PAD.encode(public),
    })
}

/// Verification keys by kid, from a JWKS (members that are not Ed25519 signing keys are
/// skipped; a broken Ed25519 member is an error).
pub fn keys_from_jwks(jwks: &Value) -> IdentityResult<HashMap<String, PublicKey>> {
    let bad = |m: String| IdentityError::new(Reason::InvalidToken, m);
    let mut keys = HashMap::new();
    for member in jwks["keys"]
        .as_array()
        .ok_or_else(|| bad("the JWKS has no keys".into()))?
    {
        if member["kty"] != "OKP" || member["crv"] != "Ed25519" {
            continue;
        }
        let kid = member["kid"]
            .as_str()
            .ok_or_else(|| bad("a JWKS key has no kid".into()))?;
        let x = member["x"]
            .as_str()
            .and_then(|x| URL_SAFE_NO_PAD.decode(x).ok())
            .ok_or_else(|| bad(format!("JWKS key {kid}: `x` is not base64url")))?;
        let key =
            PublicKey::from_bytes(&x).map_err(|e| bad(format!("JWKS key {kid}: {}", e.message)))?;
        keys.insert(kid.to_string(), key);
    }
    Ok(keys)
}

/// What a verifier expects of a token.
pub struct Expect<'a> {
    pub issuer: &'a str,
    /// The token's `aud` must be, or contain, this.
    pub audience: &'a str,
    pub typ: &'a str,
    pub now: i64,
    pub leeway: i64,
}

/// The header's kid, read without verifying anything (to pick or fetch the key).
pub fn kid_of(token: &str) -> IdentityResult<String> {
    let header = token.split('.').next().unwrap_or("");
    let header: Value = URL_SAFE_NO_PAD
        .decode(header)
        .ok()
        .and_then(|h| crate::limits::json_from_slice(&h).ok())
        .ok_or_else(|| IdentityError::new(Reason::InvalidToken, "the token is not a JWT"))?;
    header["kid"]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| IdentityError::new(Reason::InvalidToken, "the token's header has no kid"))
}

/// Verify a token and return its claims.
pub fn verify(
    token: &str,
    keys: &HashMap<String, PublicKey>,
    expect: &Expect<'_>,
) -> IdentityResult<Value> {
    let invalid = |m: &str| IdentityError::new(Reason::InvalidToken, m.to_string());
    if token.len() > MAX_TOKEN_BYTES {
        return Err(invalid("the token is too large"));
    }
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(invalid("the token is not a compact JWS"));
    }
    let decode = |p: &str| {
        URL_SAFE_NO_PAD
            .decode(p)
            .map_err(|_| invalid("the token is not base64url"))
    };
    let header: Value = crate::limits::json_from_slice(&decode(parts[0])?)
        .map_err(|_| invalid("the token header is not JSON"))?;
    if header["alg"] != "EdDSA" {
        return Err(invalid("the token is not signed with EdDSA"));
    }
    if header["typ"] != expect.typ {
        return Err(invalid(&format!("the token is not of type {}", expect.typ)));
    }
    if header.get("crit").is_some() {
        return Err(invalid("the token has critical header extensions"));
    }
    let kid = header["kid"]
        .as_str()
        .ok_or_else(|| invalid("the token has no kid"))?;
    let key = keys
        .get(kid)
        .ok_or_else(|| invalid("the token's signing key is unknown"))?;
    let signature = decode(parts[2])?;
    let input = format!("{}.{}", parts[0], parts[1]);
    if !ed25519::verify(key, input.as_bytes(), &signature) {
        return Err(invalid("the token's signature does not verify"));
    }
    let claims: Value = crate::limits::json_from_slice(&decode(parts[1])?)
        .map_err(|_| invalid("the token claims are not JSON"))?;
    if claims["iss"] != expect.issuer {
        return Err(invalid("the token is from another issuer"));
    }
    let aud_ok = match &claims["aud"] {
        Value::String(a) => a == expect.audience,
        Value::Array(list) => list.iter().any(|a| a == expect.audience),
        _ => false,
    };
    if !aud_ok {
        return Err(invalid("the token is for another audience"));
    }
    let exp = claims["exp"]
        .as_i64()
        .ok_or_else(|| invalid("the token has no exp"))?;
    if expect.now >= exp + expect.leeway {
        return Err(invalid("the token has expired"));
    }
    if let Some(nbf) = claims["nbf"].as_i64() {
        if expect.now + expect.leeway < nbf {
            return Err(invalid("the token is not valid yet"));
        }
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_then_verify_and_refusals() {
        let key = ed25519_dalek::SigningKey::from_bytes(&[3; 32]);
        let jwks = json!({"keys": [public_jwk("k1", key.verifying_key().as_bytes())]});
        let keys = keys_from_jwks(&jwks).unwrap();
        let claims = json!({"iss": "https://id", "aud": "cu-kms", "exp": 2000, "sub": "a"});
        let token = sign(&claims, "k1", ACCESS_TOKEN_TYPE, &key);
        let expect = Expect {
            issuer: "https://id",
            audience: "cu-kms",
            typ: ACCESS_TOKEN_TYPE,
            now: 1000,
            leeway: 0,
        };
        assert_eq!(verify(&token, &keys, &expect).unwrap()["sub"], "a");
        let late = Expect {
            now: 2000,
            ..expect
        };
        assert!(verify(&token, &keys, &late).is_err());
        let other_aud = Expect {
            audience: "other",
            now: 1000,
            ..late
        };
        assert!(verify(&token, &keys, &other_aud).is_err());
        let id_token = sign(&claims, "k1", ID_TOKEN_TYPE, &key);
        let as_access = Expect {
            audience: "cu-kms",
            ..other_aud
        };
        assert!(
            verify(&id_token, &keys, &as_access).is_err(),
            "an ID token is not an access token"
        );
        let mut tampered = token.clone();
        tampered.insert(tampered.find('.').unwrap() + 2, 'x');
        assert!(verify(&tampered, &keys, &as_access).is_err());
    }
}
