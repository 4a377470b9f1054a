//! Key operations in standard formats: JWE (A256KW + A256GCM) for encryption, JWS or raw
//! signatures, HMAC tags, data keys and ECDH derivation. Every output names `NAME/vN`.

use serde_json::{json, Value};
use zeroize::Zeroizing;

use super::store::Store;
use super::{crypto, kid, parse_kid, KeyType, KmsError, KmsResult, Reason};
use crate::jose::b64;

const SIGNING: [KeyType; 6] = [
    KeyType::Rsa2048,
    KeyType::Rsa3072,
    KeyType::Rsa4096,
    KeyType::EcP256,
    KeyType::EcP384,
    KeyType::Ed25519,
];

/// Largest ciphertext or signed token accepted (the plaintext limit is the caller's).
pub const MAX_TOKEN_BYTES: usize = 64 << 20;

/// Encrypt under the primary version of `name`: compact JWE, or flattened JSON when `aad`
/// is given (compact serialization cannot carry external AAD).
pub fn encrypt(
    store: &mut Store,
    name: &str,
    plaintext: &[u8],
    aad: Option<&[u8]>,
) -> KmsResult<String> {
    encrypt_with_kid(store, name, plaintext, aad).map(|(token, _)| token)
}

/// `encrypt`, also returning the key id it used.
pub fn encrypt_with_kid(
    store: &mut Store,
    name: &str,
    plaintext: &[u8],
    aad: Option<&[u8]>,
) -> KmsResult<(String, String)> {
    let (_, version, key) = store.material(name, None, &[KeyType::Aes256Gcm], "encrypt")?;
    let id = kid(name, version);
    let header = json!({"alg": "A256KW", "enc": "A256GCM", "kid": id});
    let protected = b64::encode(header.to_string());
    let cek = crypto::random(32)?;
    let encrypted_key = crypto::key_wrap(&key, &cek)?;
    let iv = crypto::random(crypto::NONCE_LEN)?;
    let aad_b64 = aad.map(b64::encode);
    let gcm_aad = match &aad_b64 {
        Some(a) => format!("{protected}.{a}"),
        None => protected.clone(),
    };
    let (ct, tag) = crypto::gcm_encrypt(&cek, &iv, gcm_aad.as_bytes(), plaintext)?;
    let token = match aad_b64 {
        None => format!(
            "{protected}.{}.{}.{}.{}",
            b64::encode(&encrypted_key),
            b64::encode(&iv[..]),
            b64::encode(&ct),
            b64::encode(tag)
        ),
        Some(a) => json!({
            "protected": protected,
            "encrypted_key": b64::encode(&encrypted_key),
            "aad": a,
            "iv": b64::encode(&iv[..]),
            "ciphertext": b64::encode(&ct),
            "tag": b64::encode(tag),
        })
        .to_string(),
    };
    Ok((token, id))
}

struct Jwe {
    protected: String,
    header: Value,
    encrypted_key: Vec<u8>,
    iv: Vec<u8>,
    ciphertext: Vec<u8>,
    tag: Vec<u8>,
    aad: Option<String>,
}

fn part(s: &str, what: &str) -> KmsResult<Vec<u8>> {
    b64::decode(s, what)
        .map_err(|_| KmsError::malformed(format!("the JWE's {what} is not base64url")))
}

fn parse_jwe(token: &str) -> KmsResult<Jwe> {
    let token = token.trim();
    if token.len() > MAX_TOKEN_BYTES {
        return Err(KmsError::malformed(
            "the ciphertext is larger than 64 MiB; use --stream for large data",
        ));
    }
    let (protected, ek, iv, ct, tag, aad) = if token.starts_with('{') {
        let v: Value = crate::limits::json_from_str(token).map_err(|e| {
            KmsError::malformed(format!(
                "the ciphertext is neither a compact nor a JSON JWE: {e}"
            ))
        })?;
        let get = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let need = |k: &str| {
            get(k).ok_or_else(|| KmsError::malformed(format!("the JSON JWE has no `{k}`")))
        };
        (
            need("protected")?,
            need("encrypted_key")?,
            need("iv")?,
            need("ciphertext")?,
            need("tag")?,
            get("aad"),
        )
    } else {
        let parts: Vec<&str> = token.split('.').collect();
        if parts.len() != 5 {
            return Err(KmsError::malformed(format!(
                "a compact JWE has 5 dot-separated parts; this has {}",
                parts.len()
            )));
        }
        (
            parts[0].into(),
            parts[1].into(),
            parts[2].into(),
            parts[3].into(),
            parts[4].into(),
            None,
        )
    };
    let header: Value = crate::limits::json_from_slice(&part(&protected, "header")?)
        .map_err(|_| KmsError::malformed("the JWE header is not JSON"))?;
    Ok(Jwe {
        encrypted_key: part(&ek, "encrypted key")?,
        iv: part(&iv, "IV")?,
        ciphertext: part(&ct, "ciphertext")?,
        tag: part(&tag, "tag")?,
        protected,
        header,
        aad,
    })
}

/// The key id a cu kms ciphertext or signature names.
fn header_kid(header: &Value, algs: &[&str]) -> KmsResult<(String, u32)> {
    let alg = header["alg"].as_str().unwrap_or("");
    if !algs.contains(&alg) {
        return Err(KmsError::malformed(format!(
            "unexpected alg `{alg}` (cu kms makes {})",
            algs.join(", ")
        )));
    }
    if header.get("crit").is_some() {
        return Err(KmsError::malformed(
            "the header has `crit` extensions cu kms does not make",
        ));
    }
    let kid = header["kid"]
        .as_str()
        .ok_or_else(|| KmsError::malformed("the header names no `kid`"))?;
    parse_kid(kid)
}

/// Decrypt a JWE made by `encrypt`; the key and version come from its `kid`.
/// Returns the plaintext and the key id that opened it.
pub fn decrypt(
    store: &mut Store,
    token: &str,
    aad: Option<&[u8]>,
) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
    decrypt_parsed(store, &parse_jwe(token)?, aad)
}

fn decrypt_parsed(
    store: &mut Store,
    jwe: &Jwe,
    aad: Option<&[u8]>,
) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
    if jwe.header["enc"] != "A256GCM" {
        return Err(KmsError::malformed(
            "unexpected `enc` (cu kms makes A256GCM)",
        ));
    }
    let (name, version) = header_kid(&jwe.header, &["A256KW"])?;
    let given_aad = aad.map(b64::encode);
    if given_aad != jwe.aad {
        return Err(KmsError::new(
            Reason::DecryptFailed,
            match (&given_aad, &jwe.aad) {
                (None, Some(_)) => {
                    "the ciphertext was made with --aad; pass the same --aad".to_string()
                }
                (Some(_), None) => "the ciphertext was made without --aad".to_string(),
                _ => "the --aad does not match the one the ciphertext was made with".to_string(),
            },
        ));
    }
    let (_, version, key) =
        store.material(&name, Some(version), &[KeyType::Aes256Gcm], "decrypt")?;
    let failed = || {
        KmsError::new(
            Reason::DecryptFailed,
            format!(
                "the ciphertext does not decrypt under {}",
                kid(&name, version)
            ),
        )
    };
    let cek = crypto::key_unwrap(&key, &jwe.encrypted_key).ok_or_else(failed)?;
    let gcm_aad = match &jwe.aad {
        Some(a) => format!("{}.{a}", jwe.protected),
        None => jwe.protected.clone(),
    };
    let plaintext =
        crypto::gcm_decrypt(&cek, &jwe.iv, gcm_aad.as_bytes(), &jwe.ciphertext, &jwe.tag)
            .ok_or_else(failed)?;
    Ok((plaintext, kid(&name, version)))
}

/// Decrypt and encrypt again under the primary version, never returning the plaintext.
pub fn rewrap(
    store: &mut Store,
    name: &str,
    token: &str,
    aad: Option<&[u8]>,
) -> KmsResult<(String, String, String)> {
    let jwe = parse_jwe(token)?;
    let (token_name, _) = header_kid(&jwe.header, &["A256KW"])?;
    if token_name != name {
        return Err(KmsError::new(
            Reason::BadRequest,
            format!("the ciphertext was made under `{token_name}`, not `{name}`"),
        ));
    }
    let (plaintext, from) = decrypt_parsed(store, &jwe, aad)?;
    let (out, to) = encrypt_with_kid(store, name, &plaintext, aad)?;
    Ok((out, from, to))
}

/// A compact JWS over `payload`, or the raw signature (ECDSA DER, as OpenSSL writes it).
pub fn sign(
    store: &mut Store,
    name: &str,
    payload: &[u8],
    raw: bool,
) -> KmsResult<(Vec<u8>, String)> {
    let (key_type, version, key) = store.private_key(name, None, &SIGNING, "sign")?;
    let id = kid(name, version);
    if raw {
        return Ok((crypto::sign(key_type, &key, payload, false)?, id));
    }
    let alg = key_type.jws_alg().unwrap_or("none");
    let header = b64::encode(json!({"alg": alg, "kid": id}).to_string());
    let signing_input = format!("{header}.{}", b64::encode(payload));
    let sig = crypto::sign(key_type, &key, signing_input.as_bytes(), true)?;
    Ok((
        format!("{signing_input}.{}", b64::encode(sig)).into_bytes(),
        id,
    ))
}

/// Check a compact JWS made by `sign`; returns the payload and the key id.
pub fn verify_jws(store: &mut Store, name: &str, token: &str) -> KmsResult<(Vec<u8>, String)> {
    let token = token.trim();
    if token.len() > MAX_TOKEN_BYTES {
        return Err(KmsError::malformed("the token is larger than 64 MiB"));
    }
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(KmsError::malformed(format!(
            "a compact JWS has 3 dot-separated parts; this has {}",
            parts.len()
        )));
    }
    let header: Value = crate::limits::json_from_slice(&part(parts[0], "header")?)
        .map_err(|_| KmsError::malformed("the JWS header is not JSON"))?;
    let (token_name, version) = header_kid(&header, &["RS256", "ES256", "ES384", "EdDSA"])?;
    if token_name != name {
        return Err(KmsError::new(
            Reason::BadSignature,
            format!("the signature was made by `{token_name}`, not `{name}`"),
        ));
    }
    let (key_type, _, key) = store.private_key(name, Some(version), &SIGNING, "verify")?;
    if Some(header["alg"].as_str().unwrap_or("")) != key_type.jws_alg() {
        return Err(KmsError::new(
            Reason::BadSignature,
            "the JWS `alg` does not match the key",
        ));
    }
    let sig = part(parts[2], "signature")?;
    let signing_input = format!("{}.{}", parts[0], parts[1]);
    if !crypto::verify(key_type, &key, signing_input.as_bytes(), &sig, true)? {
        return Err(KmsError::new(
            Reason::BadSignature,
            format!("the signature does not verify with {}", kid(name, version)),
        ));
    }
    Ok((part(parts[1], "payload")?, kid(name, version)))
}

/// Check a raw signature against `version`, or against every usable version.
pub fn verify_raw(
    store: &mut Store,
    name: &str,
    message: &[u8],
    signature: &[u8],
    version: Option<u32>,
) -> KmsResult<String> {
    let versions: Vec<u32> = match version {
        Some(v) => vec![v],
        None => {
            let (_, keys) = store.public_keys(name)?;
            keys.into_iter().map(|(v, _)| v).rev().collect()
        }
    };
    for v in versions {
        // The version must be usable for verification (enabled, not retired).
        let (key_type, _, key) = store.private_key(name, Some(v), &SIGNING, "verify")?;
        if crypto::verify(key_type, &key, message, signature, false)? {
            return Ok(kid(name, v));
        }
    }
    Err(KmsError::new(
        Reason::BadSignature,
        format!("the signature does not verify with any usable version of `{name}`"),
    ))
}

const MACS: [KeyType; 2] = [KeyType::HmacSha256, KeyType::HmacSha512];

/// `NAME/vN:<base64url tag>`.
pub fn mac(store: &mut Store, name: &str, data: &[u8]) -> KmsResult<String> {
    let (key_type, version, key) = store.material(name, None, &MACS, "mac")?;
    let tag = crypto::hmac(key_type, &key, data)?;
    Ok(format!("{}:{}", kid(name, version), b64::encode(tag)))
}

pub fn mac_verify(store: &mut Store, name: &str, data: &[u8], mac_text: &str) -> KmsResult<String> {
    let (id, tag) = mac_text
        .trim()
        .split_once(':')
        .ok_or_else(|| KmsError::malformed("a cu kms MAC looks like NAME/vN:TAG"))?;
    let (mac_name, version) = parse_kid(id)?;
    if mac_name != name {
        return Err(KmsError::new(
            Reason::BadSignature,
            format!("the MAC was made by `{mac_name}`, not `{name}`"),
        ));
    }
    let tag = b64::decode(tag, "MAC tag")
        .map_err(|_| KmsError::malformed("the MAC tag is not base64url"))?;
    let (key_type, version, key) = store.material(name, Some(version), &MACS, "mac-verify")?;
    let expected = crypto::hmac(key_type, &key, data)?;
    if !crypto::equal(&expected, &tag) {
        return Err(KmsError::new(
            Reason::BadSignature,
            format!("the MAC does not verify with {}", kid(name, version)),
        ));
    }
    Ok(kid(name, version))
}

/// A fresh AES-256 data key: the plaintext and the same key encrypted under `name`.
pub fn datakey(store: &mut Store, name: &str) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
    let key = crypto::random(32)?;
    let wrapped = encrypt(store, name, &key, None)?;
    Ok((key, wrapped))
}

/// ECDH P-256 with the peer's public key, then HKDF-SHA256 to 32 bytes.
pub fn derive(
    store: &mut Store,
    name: &str,
    peer: &[u8],
    salt: &[u8],
    info: &[u8],
) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
    let (_, version, key) = store.private_key(name, None, &[KeyType::EcdhP256], "derive")?;
    Ok((crypto::derive(&key, peer, salt, info)?, kid(name, version)))
}

/// The key id (`NAME/vN`) of a ciphertext from `encrypt`, without decrypting it.
pub fn ciphertext_kid(token: &str) -> KmsResult<String> {
    let jwe = parse_jwe(token)?;
    let id = jwe.header["kid"]
        .as_str()
        .ok_or_else(|| KmsError::malformed("the JWE has no kid"))?;
    let (name, version) = parse_kid(id)?;
    Ok(kid(&name, version))
}

/// The key a ciphertext from `encrypt` belongs to, without decrypting it.
pub fn ciphertext_key(token: &str) -> KmsResult<String> {
    let id = ciphertext_kid(token)?;
    Ok(parse_kid(&id)?.0)
}

/// The public keys of every usable version (or one version) of an asymmetric key, as a JWKS.
pub fn public_jwks(store: &Store, name: &str, version: Option<u32>) -> KmsResult<Value> {
    let (key_type, keys) = store.public_keys(name)?;
    let mut jwks = Vec::new();
    for (v, spki) in &keys {
        if version.is_some_and(|want| want != *v) {
            continue;
        }
        let pkey = crypto::public_key(spki)?;
        let mut jwk = crate::jose::jwk::pkey_to_jwk(&pkey)
            .map_err(|e| KmsError::new(Reason::Internal, e.message))?;
        jwk.insert("kid".into(), json!(kid(name, *v)));
        if let Some(alg) = key_type.jws_alg() {
            jwk.insert("alg".into(), json!(alg));
            jwk.insert("use".into(), json!("sig"));
        }
        jwks.push(Value::Object(jwk));
    }
    if jwks.is_empty() {
        return Err(KmsError::new(
            Reason::UnknownVersion,
            format!(
                "`{name}` has no usable version {}",
                version.map(|v| v.to_string()).unwrap_or_default()
            ),
        ));
    }
    Ok(json!({ "keys": jwks }))
}
