//! Key sets: whatever the user passed (JWK, JWKS, PEM, DER) as a list of JWKs, selectable by kid.

use serde_json::Value;

use super::jwk::{self, Jwk};
use super::{JoseError, JoseResult, Reason};

#[derive(Debug, Clone, Default)]
pub struct KeySet {
    pub keys: Vec<Jwk>,
}

impl KeySet {
    /// Parse key material in any supported encoding: a JWK or JWKS (JSON), PEM blocks, or DER.
    pub fn parse(bytes: &[u8], password: Option<&[u8]>) -> JoseResult<KeySet> {
        let trimmed = trim_ascii(bytes);
        if trimmed.first() == Some(&b'{') {
            return KeySet::parse_json(trimmed);
        }
        if let Ok(text) = std::str::from_utf8(trimmed) {
            if text.contains("-----BEGIN ") {
                let keys = pem_blocks(text)
                    .into_iter()
                    .map(|block| jwk::from_pem(&block, password))
                    .collect::<JoseResult<Vec<_>>>()?;
                return Ok(KeySet { keys });
            }
        }
        if trimmed.is_empty() {
            return Err(JoseError::bad_key("the key input is empty"));
        }
        Ok(KeySet {
            keys: vec![jwk::from_der(bytes)?],
        })
    }

    fn parse_json(bytes: &[u8]) -> JoseResult<KeySet> {
        let value: Value = crate::limits::json_from_slice(bytes).map_err(|e| {
            JoseError::bad_key(format!("the key is not valid JSON: {e}"))
                .with_help("pass a JWK object, a JWKS {\"keys\":[…]}, PEM or DER")
        })?;
        let Value::Object(map) = value else {
            return Err(JoseError::bad_key("a JWK must be a JSON object"));
        };
        let keys = match map.get("keys") {
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, item)| match item {
                    Value::Object(key) => Ok(key.clone()),
                    _ => Err(JoseError::bad_key(format!(
                        "JWKS entry {i} is not an object"
                    ))),
                })
                .collect::<JoseResult<Vec<_>>>()?,
            Some(_) => return Err(JoseError::bad_key("JWKS `keys` must be an array")),
            None => vec![map],
        };
        if keys.len() > 1 {
            check_key_set(&keys)?;
        }
        for (i, key) in keys.iter().enumerate() {
            jwk::validate(key).map_err(|e| {
                JoseError::bad_key(if keys.len() > 1 {
                    format!("JWKS entry {i}: {}", e.message)
                } else {
                    e.message
                })
            })?;
        }
        Ok(KeySet { keys })
    }

    pub fn single(key: Jwk) -> KeySet {
        KeySet { keys: vec![key] }
    }

    /// The one key of a single-key input, or the key named by `kid`.
    pub fn only_or_kid(&self, kid: Option<&str>) -> JoseResult<&Jwk> {
        if let Some(kid) = kid {
            return self
                .keys
                .iter()
                .find(|k| k.get("kid").and_then(Value::as_str) == Some(kid))
                .ok_or_else(|| {
                    JoseError::new(Reason::UnknownKid, format!("no key with kid `{kid}`"))
                });
        }
        match self.keys.as_slice() {
            [key] => Ok(key),
            [] => Err(JoseError::bad_key("the key set is empty")),
            _ => Err(JoseError::bad_key(format!(
                "the key set holds {} keys and none was chosen",
                self.keys.len()
            ))
            .with_help("choose one with --kid")),
        }
    }

    /// Keys that may have made a token whose header names `kid` (all keys when it names none).
    pub fn candidates<'a>(&'a self, kid: Option<&str>) -> JoseResult<Vec<&'a Jwk>> {
        match kid {
            Some(kid) => {
                let by_kid: Vec<&Jwk> = self
                    .keys
                    .iter()
                    .filter(|k| k.get("kid").and_then(Value::as_str) == Some(kid))
                    .collect();
                if !by_kid.is_empty() {
                    return Ok(by_kid);
                }
                // A single key without a kid (a PEM, say) is the user's explicit choice.
                let unnamed: Vec<&Jwk> = self
                    .keys
                    .iter()
                    .filter(|k| !k.contains_key("kid"))
                    .collect();
                if self.keys.len() == 1 && unnamed.len() == 1 {
                    Ok(unnamed)
                } else {
                    Err(JoseError::new(
                        Reason::UnknownKid,
                        format!("the token's kid `{kid}` matches no key"),
                    ))
                }
            }
            None => Ok(self.keys.iter().collect()),
        }
    }
}

/// A key set must name each key once, and must not mix secrets with public keys: such a set
/// is a publishing accident, and which key a token meant would be ambiguous.
fn check_key_set(keys: &[Jwk]) -> JoseResult<()> {
    let mut kids = std::collections::HashSet::new();
    for key in keys {
        if let Some(kid) = key.get("kid").and_then(Value::as_str) {
            if !kids.insert(kid) {
                return Err(
                    JoseError::bad_key(format!("the key set names kid `{kid}` twice"))
                        .with_help("give every key in a JWKS its own kid"),
                );
            }
        }
    }
    let secrets = keys.iter().filter(|k| jwk::is_private(k)).count();
    if secrets != 0 && secrets != keys.len() {
        return Err(JoseError::bad_key(
            "the key set mixes private or symmetric keys with public keys",
        )
        .with_help("keep secrets and published public keys in separate files"));
    }
    Ok(())
}

fn trim_ascii(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    &bytes[start..end]
}

/// Split text into its PEM blocks (BEGIN through END lines).
pub fn pem_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let line = line.trim_end();
        if line.starts_with("-----BEGIN ") {
            current = Some(String::new());
        }
        if let Some(block) = current.as_mut() {
            block.push_str(line);
            block.push('\n');
            if line.starts_with("-----END ") {
                blocks.extend(current.take());
            }
        }
    }
    blocks
}
