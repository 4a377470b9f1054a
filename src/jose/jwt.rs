//! JWT (RFC 7519): build and sign claims, verify signature then claims, decode without trust.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value};

use super::jws::{self, ParsedJws, SignOptions, Signer, VerifierSet};
use super::{JoseError, JoseResult, Limits, Policy, Reason};

/// Seconds since the epoch, truncated: JWT times are whole seconds here (josekit would write
/// fractions).
pub fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

/// What the claims of a verified token must satisfy.
#[derive(Debug, Clone, Default)]
pub struct ClaimChecks {
    pub now: i64,
    pub leeway: u64,
    pub issuer: Option<String>,
    /// Accepted audiences; the token must name one of them. When empty, a token that has
    /// an `aud` claim is rejected (RFC 7519 §4.1.3) unless `skip_audience` is set.
    pub audiences: Vec<String>,
    pub skip_audience: bool,
    pub required: Vec<String>,
}

fn numeric_date(claims: &Map<String, Value>, name: &str) -> JoseResult<Option<f64>> {
    match claims.get(name) {
        None => Ok(None),
        Some(Value::Number(n)) => n
            .as_f64()
            .filter(|v| v.is_finite())
            .map(Some)
            .ok_or_else(|| JoseError::malformed(format!("claim `{name}` is not a usable number"))),
        Some(_) => Err(JoseError::malformed(format!(
            "claim `{name}` must be a NumericDate (seconds since the epoch)"
        ))),
    }
}

fn format_time(secs: f64) -> String {
    if !(0.0..=253_402_300_799.0).contains(&secs) {
        return format!("{secs}");
    }
    humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_secs(secs as u64)).to_string()
}

/// Check the registered claims. Order: types, time window, issuer, audience, required claims.
pub fn check_claims(claims: &Map<String, Value>, checks: &ClaimChecks) -> JoseResult<()> {
    let now = checks.now as f64;
    let leeway = checks.leeway as f64;
    let exp = numeric_date(claims, "exp")?;
    let nbf = numeric_date(claims, "nbf")?;
    let iat = numeric_date(claims, "iat")?;
    if let Some(exp) = exp {
        if now >= exp + leeway {
            return Err(JoseError::new(
                Reason::Expired,
                format!(
                    "the token expired at {} (now {}, leeway {}s)",
                    format_time(exp),
                    format_time(now),
                    checks.leeway
                ),
            ));
        }
    }
    if let Some(nbf) = nbf {
        if now + leeway < nbf {
            return Err(JoseError::new(
                Reason::NotYetValid,
                format!(
                    "the token is not valid before {} (now {}, leeway {}s)",
                    format_time(nbf),
                    format_time(now),
                    checks.leeway
                ),
            ));
        }
    }
    if let Some(iat) = iat {
        if now + leeway < iat {
            return Err(JoseError::new(
                Reason::NotYetValid,
                format!(
                    "the token claims to be issued in the future, at {} (now {}, leeway {}s)",
                    format_time(iat),
                    format_time(now),
                    checks.leeway
                ),
            ));
        }
    }
    if let Some(expected) = &checks.issuer {
        match claims.get("iss") {
            Some(Value::String(iss)) if iss == expected => {}
            Some(Value::String(iss)) => {
                return Err(JoseError::new(
                    Reason::BadIssuer,
                    format!("the issuer is `{iss}`, not `{expected}`"),
                ))
            }
            Some(_) => return Err(JoseError::malformed("claim `iss` must be a string")),
            None => {
                return Err(JoseError::new(
                    Reason::BadIssuer,
                    "the token has no `iss` claim",
                ))
            }
        }
    }
    if !checks.skip_audience {
        let token_audiences: Vec<&str> = match claims.get("aud") {
            None => Vec::new(),
            Some(Value::String(a)) => vec![a.as_str()],
            Some(Value::Array(list)) => list
                .iter()
                .map(|v| {
                    v.as_str()
                        .ok_or_else(|| JoseError::malformed("claim `aud` must hold strings"))
                })
                .collect::<JoseResult<_>>()?,
            Some(_) => {
                return Err(JoseError::malformed(
                    "claim `aud` must be a string or an array",
                ))
            }
        };
        if checks.audiences.is_empty() {
            if !token_audiences.is_empty() {
                return Err(JoseError::new(
                    Reason::BadAudience,
                    format!(
                        "the token is for audience {}, and no --aud was given",
                        token_audiences.join(", ")
                    ),
                )
                .with_help("pass the audience you accept with --aud (RFC 7519 §4.1.3)"));
            }
        } else if !token_audiences
            .iter()
            .any(|a| checks.audiences.iter().any(|want| want == a))
        {
            return Err(JoseError::new(
                Reason::BadAudience,
                if token_audiences.is_empty() {
                    "the token has no `aud` claim".to_string()
                } else {
                    format!(
                        "the token is for {}, not {}",
                        token_audiences.join(", "),
                        checks.audiences.join(", ")
                    )
                },
            ));
        }
    }
    for name in &checks.required {
        if !claims.contains_key(name) {
            return Err(JoseError::new(
                Reason::MissingClaim,
                format!("the token lacks the required claim `{name}`"),
            ));
        }
    }
    Ok(())
}

/// A token that passed verification.
#[derive(Debug, Clone)]
pub struct Verified {
    pub header: Map<String, Value>,
    pub claims: Map<String, Value>,
}

/// The claims of a parsed compact JWS as a JSON object.
pub fn claims_of(payload: &[u8]) -> JoseResult<Map<String, Value>> {
    match crate::limits::json_from_slice(payload) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(JoseError::malformed("the JWT claims are not a JSON object")),
        Err(e) => Err(JoseError::malformed(format!(
            "the JWT claims are not valid JSON: {e}"
        ))),
    }
}

/// Parse a compact JWT (no JSON serialization: RFC 7519 §7.2).
pub fn parse(token: &str, limits: &Limits, policy: Policy) -> JoseResult<ParsedJws> {
    jws::check_size(token.as_bytes(), limits)?;
    let token = token.trim();
    if token.starts_with('{') {
        return Err(JoseError::malformed(
            "a JWT uses the compact serialization, not JSON",
        ));
    }
    jws::parse_compact(token, None, policy)
}

/// Verify signature, then claims. Nothing about the claims is reported before the signature
/// checks out.
pub fn verify(
    parsed: &ParsedJws,
    verifiers: &VerifierSet,
    checks: &ClaimChecks,
) -> JoseResult<Verified> {
    let check = jws::verify_parsed(parsed, verifiers)
        .into_iter()
        .next()
        .ok_or_else(|| JoseError::malformed("the token has no signature"))?;
    check.outcome?;
    finish(parsed, checks)
}

/// Claim checks for a token whose signature already verified.
pub fn finish(parsed: &ParsedJws, checks: &ClaimChecks) -> JoseResult<Verified> {
    let claims = claims_of(&parsed.payload)?;
    check_claims(&claims, checks)?;
    let header = parsed.signatures[0].header.clone();
    Ok(Verified { header, claims })
}

/// Sign claims as a compact JWT with `typ: JWT`.
pub fn sign(
    signer: &Signer,
    claims: &Map<String, Value>,
    extra_header: &Map<String, Value>,
) -> JoseResult<String> {
    let mut header = Map::new();
    header.insert("typ".into(), "JWT".into());
    for (k, v) in extra_header {
        header.insert(k.clone(), v.clone());
    }
    let payload = serde_json::to_vec(claims).map_err(|e| JoseError::malformed(e.to_string()))?;
    jws::sign_compact(
        signer,
        &payload,
        &SignOptions {
            header,
            ..Default::default()
        },
    )
}

/// A time argument: `+1h`/`-5m` relative to now, RFC 3339, or unix seconds.
pub fn parse_time(text: &str, now: i64) -> Result<i64, String> {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('+') {
        let d = humantime::parse_duration(rest).map_err(|e| format!("`{text}`: {e}"))?;
        return Ok(now + d.as_secs() as i64);
    }
    if let Some(rest) = text.strip_prefix('-') {
        if let Ok(d) = humantime::parse_duration(rest) {
            return Ok(now - d.as_secs() as i64);
        }
    }
    if let Ok(secs) = text.parse::<i64>() {
        return Ok(secs);
    }
    if let Ok(t) = humantime::parse_rfc3339_weak(text) {
        return Ok(unix_seconds(t));
    }
    Err(format!(
        "`{text}` is not a time: use +1h (relative), 2030-01-01T00:00:00Z (RFC 3339) or unix seconds"
    ))
}
