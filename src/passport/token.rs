//! The passport format: key ids, the payload, issuing, and parsing the two wire forms.
//!
//! Envelope: `{"alg":"Ed25519","kid":"…","msg":"<b64url>","sig":"<b64url>"}`.
//! Compact: `<msg>.<sig>`, with the kid inside the payload. `msg` is the RFC 8785 form of the
//! payload; the signature is over exactly those bytes.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{jcs, PassportError, PassportResult, Reason};

pub const ALG: &str = "Ed25519";
const KID_PREFIX: &str = "ed25519/";

/// Passports are small; anything larger is refused before any parsing.
pub const DEFAULT_MAX_SIZE: usize = 8 * 1024;

/// `ed25519/<tenant>/<keyring>/v<N>`: the exact key version that signed a passport.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Kid {
    pub tenant: String,
    pub keyring: String,
    pub version: u32,
}

impl Kid {
    pub fn parse(kid: &str) -> PassportResult<Kid> {
        let Some(rest) = kid.strip_prefix(KID_PREFIX) else {
            return Err(PassportError::new(
                Reason::BadAlg,
                format!("kid `{kid}` does not name an Ed25519 key (ed25519/<tenant>/<keyring>/vN)"),
            ));
        };
        let bad = || {
            PassportError::malformed(format!(
                "kid `{kid}` is not of the form ed25519/<tenant>/<keyring>/vN"
            ))
        };
        let mut parts = rest.split('/');
        let (Some(tenant), Some(keyring), Some(version), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let version = version
            .strip_prefix('v')
            .filter(|v| !v.starts_with('0') && v.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|v| v.parse::<u32>().ok())
            .ok_or_else(bad)?;
        crate::kms::check_tenant(tenant).map_err(|_| bad())?;
        check_keyring(keyring).map_err(|_| bad())?;
        Ok(Kid {
            tenant: tenant.to_string(),
            keyring: keyring.to_string(),
            version,
        })
    }
}

impl fmt::Display for Kid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{KID_PREFIX}{}/{}/v{}",
            self.tenant, self.keyring, self.version
        )
    }
}

/// Keyring names: what a kid, a shell and a URL carry without quoting.
pub fn check_keyring(name: &str) -> PassportResult<()> {
    let ok = !name.is_empty()
        && name.len() <= 48
        && name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
    if ok {
        Ok(())
    } else {
        Err(PassportError::new(
            Reason::BadRequest,
            format!("`{name}` is not a valid keyring name"),
        )
        .with_help("use 1–48 letters, digits, `-` or `_`"))
    }
}

/// What a passport says. Unknown members are refused: a verifier must understand every claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    pub iss: String,
    pub sub: String,
    pub aud: Vec<String>,
    pub iat: i64,
    pub exp: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    pub scopes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    pub ctx: Map<String, Value>,
    pub kid: String,
}

/// What `issue` needs besides the key; times are Unix seconds.
#[derive(Debug, Clone)]
pub struct IssueRequest {
    pub iss: String,
    pub sub: String,
    pub aud: Vec<String>,
    pub scopes: Vec<String>,
    pub now: i64,
    pub ttl: i64,
    pub max_ttl: i64,
    pub nbf: Option<i64>,
    pub nonce: Option<String>,
    pub ctx: Map<String, Value>,
}

/// A signed passport.
#[derive(Debug, Clone)]
pub struct Passport {
    pub kid: String,
    pub msg: Vec<u8>,
    pub sig: [u8; 64],
}

impl Passport {
    pub fn compact(&self) -> String {
        format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(&self.msg),
            URL_SAFE_NO_PAD.encode(self.sig)
        )
    }

    pub fn envelope(&self) -> Value {
        serde_json::json!({
            "alg": ALG,
            "kid": self.kid,
            "msg": URL_SAFE_NO_PAD.encode(&self.msg),
            "sig": URL_SAFE_NO_PAD.encode(self.sig),
        })
    }
}

/// The payload for a request, checked: a subject, an audience, a TTL within the maximum.
pub fn payload(request: &IssueRequest, kid: &Kid) -> PassportResult<Payload> {
    let bad = |m: String| PassportError::new(Reason::BadRequest, m);
    if request.sub.is_empty() {
        return Err(bad("the subject (--sub) is empty".into()));
    }
    if request.aud.is_empty() || request.aud.iter().any(|a| a.is_empty()) {
        return Err(bad(
            "a passport needs at least one non-empty audience (--aud)".into(),
        ));
    }
    if request.ttl <= 0 {
        return Err(bad("the TTL must be positive".into()));
    }
    if request.ttl > request.max_ttl {
        return Err(bad(format!(
            "a TTL of {}s is over the maximum of {}s",
            request.ttl, request.max_ttl
        ))
        .with_help(
            "pass a shorter --ttl (the maximum is set by --max-ttl or CU_PASSPORT_MAX_TTL)",
        ));
    }
    let exp = request.now + request.ttl;
    if let Some(nbf) = request.nbf {
        if nbf >= exp {
            return Err(bad(
                "nbf is at or after the expiry; the passport would never be valid".into(),
            )
            .with_help("--ttl counts from now: make it longer than the wait until --nbf"));
        }
    }
    Ok(Payload {
        iss: request.iss.clone(),
        sub: request.sub.clone(),
        aud: request.aud.clone(),
        iat: request.now,
        exp,
        nbf: request.nbf,
        scopes: request.scopes.clone(),
        nonce: request.nonce.clone(),
        ctx: request.ctx.clone(),
        kid: kid.to_string(),
    })
}

/// The RFC 8785 form of a payload, written directly. Its member names are fixed ASCII, so
/// their sorted order is the order below; only `ctx` needs the general canonicalizer. (A
/// property test checks this equals `jcs::canonicalize` of the payload as a JSON value.)
pub fn canonical(payload: &Payload) -> Result<Vec<u8>, jcs::NotCanonicalizable> {
    let mut out = String::with_capacity(256);
    let strings = |list: &[String], out: &mut String| {
        out.push('[');
        for (i, s) in list.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            jcs::write_string(s, out);
        }
        out.push(']');
    };
    out.push_str("{\"aud\":");
    strings(&payload.aud, &mut out);
    out.push_str(",\"ctx\":");
    jcs::write_object(&payload.ctx, &mut out)?;
    out.push_str(",\"exp\":");
    jcs::write_integer(payload.exp, &mut out)?;
    out.push_str(",\"iat\":");
    jcs::write_integer(payload.iat, &mut out)?;
    out.push_str(",\"iss\":");
    jcs::write_string(&payload.iss, &mut out);
    out.push_str(",\"kid\":");
    jcs::write_string(&payload.kid, &mut out);
    if let Some(nbf) = payload.nbf {
        out.push_str(",\"nbf\":");
        jcs::write_integer(nbf, &mut out)?;
    }
    if let Some(nonce) = &payload.nonce {
        out.push_str(",\"nonce\":");
        jcs::write_string(nonce, &mut out);
    }
    out.push_str(",\"scopes\":");
    strings(&payload.scopes, &mut out);
    out.push_str(",\"sub\":");
    jcs::write_string(&payload.sub, &mut out);
    out.push('}');
    Ok(out.into_bytes())
}

/// Sign a payload: the signature covers its RFC 8785 form.
pub fn sign(payload: &Payload, key: &ed25519_dalek::SigningKey) -> PassportResult<Passport> {
    use ed25519_dalek::Signer;
    let msg =
        canonical(payload).map_err(|e| PassportError::new(Reason::BadRequest, e.to_string()))?;
    let sig = key.sign(&msg).to_bytes();
    Ok(Passport {
        kid: payload.kid.clone(),
        msg,
        sig,
    })
}

/// A passport taken apart, before any key or signature work.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub kid: String,
    pub msg: Vec<u8>,
    pub sig: [u8; 64],
    pub payload: Payload,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    alg: String,
    kid: String,
    msg: String,
    sig: String,
}

/// Take a passport apart: size first, then the wire form, the algorithm and the payload.
/// Surrounding whitespace (a trailing newline) is ignored.
pub fn parse(input: &[u8], max_size: usize) -> PassportResult<Parsed> {
    let input = input.trim_ascii();
    if input.len() > max_size {
        return Err(PassportError::new(
            Reason::TooLarge,
            format!(
                "the passport is {} bytes, over the limit of {max_size}",
                input.len()
            ),
        ));
    }
    if input.is_empty() {
        return Err(PassportError::malformed("the input is empty"));
    }
    let (envelope_kid, msg, sig) = if input[0] == b'{' {
        let envelope: Envelope = crate::limits::json_from_slice(input).map_err(|e| {
            PassportError::malformed(format!("the envelope is not a passport envelope: {e}"))
        })?;
        if envelope.alg != ALG {
            return Err(PassportError::new(
                Reason::BadAlg,
                format!("alg `{}` is not Ed25519", envelope.alg),
            ));
        }
        let msg = decode(envelope.msg.as_bytes(), "msg")?;
        let sig = decode(envelope.sig.as_bytes(), "sig")?;
        (Some(envelope.kid), msg, sig)
    } else {
        let dot = input.iter().position(|&b| b == b'.').ok_or_else(|| {
            PassportError::malformed("not a passport: expected an envelope ({…}) or <msg>.<sig>")
        })?;
        let msg = decode(&input[..dot], "msg")?;
        let sig = decode(&input[dot + 1..], "sig")?;
        (None, msg, sig)
    };
    let sig: [u8; 64] = sig.as_slice().try_into().map_err(|_| {
        PassportError::malformed(format!(
            "the signature is {} bytes; Ed25519 signatures are 64",
            sig.len()
        ))
    })?;
    let payload: Payload = crate::limits::json_from_slice(&msg)
        .map_err(|e| PassportError::malformed(format!("the payload is not a passport: {e}")))?;
    if let Some(kid) = envelope_kid {
        if kid != payload.kid {
            return Err(PassportError::malformed(format!(
                "the envelope kid `{kid}` differs from the payload kid `{}`",
                payload.kid
            )));
        }
    }
    Kid::parse(&payload.kid)?;
    Ok(Parsed {
        kid: payload.kid.clone(),
        msg,
        sig,
        payload,
    })
}

fn decode(text: &[u8], what: &str) -> PassportResult<Vec<u8>> {
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|e| PassportError::malformed(format!("{what} is not base64url: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kid_round_trip_and_refusals() {
        let kid = Kid::parse("ed25519/00000000-0000-4000-8000-000000000000/default/v3").unwrap();
        assert_eq!(kid.version, 3);
        assert_eq!(
            kid.to_string(),
            "ed25519/00000000-0000-4000-8000-000000000000/default/v3"
        );
        let reason = |k: &str| Kid::parse(k).unwrap_err().reason;
        assert_eq!(reason("es256/x/y/v1"), Reason::BadAlg);
        for bad in [
            "ed25519/00000000-0000-4000-8000-000000000000/default/v0",
            "ed25519/00000000-0000-4000-8000-000000000000/default/v01",
            "ed25519/00000000-0000-4000-8000-000000000000/default/3",
            "ed25519/00000000-0000-4000-8000-000000000000/a/b/v1",
            "ed25519/not-a-tenant/default/v1",
            "ed25519/00000000-0000-4000-8000-000000000000/de.fault/v1",
            "ed25519/00000000-0000-4000-8000-000000000000/default/v+1",
        ] {
            assert_eq!(reason(bad), Reason::Malformed, "{bad}");
        }
    }

    #[test]
    fn parse_refuses_before_looking_inside() {
        let big = vec![b'a'; DEFAULT_MAX_SIZE + 1];
        assert_eq!(
            parse(&big, DEFAULT_MAX_SIZE).unwrap_err().reason,
            Reason::TooLarge
        );
        let rs = br#"{"alg":"RS256","kid":"k","msg":"e30","sig":"AA"}"#;
        assert_eq!(
            parse(rs, DEFAULT_MAX_SIZE).unwrap_err().reason,
            Reason::BadAlg
        );
        let padded = b"e30=.AA";
        assert_eq!(
            parse(padded, DEFAULT_MAX_SIZE).unwrap_err().reason,
            Reason::Malformed
        );
    }
}
