//! Key operations in standard formats: JWE (A256KW + A256GCM) for encryption, JWS or raw
//! signatures, HMAC tags, data keys and ECDH derivation. Every output names `NAME/vN`.

use serde_json::{json, Value};
use zeroize::Zeroizing;

use super::store::Store;
use super::{crypto, kid, parse_kid, KeyType, KmsError, KmsResult, Reason};
use crate::jose::b64;
use crate::jose::message::{Bytes, Message};

const SIGNING: [KeyType; 6] = [
    KeyType::Rsa2048,
    KeyType::Rsa3072,
    KeyType::Rsa4096,
    KeyType::EcP256,
    KeyType::EcP384,
    KeyType::Ed25519,
];

/// The largest plaintext `encrypt` takes, and the largest payload `sign` puts in a JWS: data
/// held in memory. Larger data is encrypted with `--stream` and signed with `--raw`, which
/// stream it.
pub const MAX_PLAINTEXT_BYTES: usize = 48 << 20;

/// The largest AAD `encrypt` takes (AAD is context, not data).
pub const MAX_AAD_BYTES: usize = 64 << 10;

/// The largest ciphertext or signed token accepted, derived from the input limits so that
/// everything `encrypt` and `sign` make is accepted back: the base64url plaintext (or
/// payload) and AAD, plus room for the header, wrapped key, IV, tag or signature and the JSON
/// punctuation.
pub const MAX_TOKEN_BYTES: usize =
    b64_len(MAX_PLAINTEXT_BYTES) + b64_len(MAX_AAD_BYTES) + TOKEN_OVERHEAD;

/// Everything in a token besides the payload and AAD: a header naming a 64-character key
/// (~130 bytes), a wrapped key, IV and tag (~100), an RSA-4096 signature (683), JSON names.
const TOKEN_OVERHEAD: usize = 4 << 10;

/// Unpadded base64url length of `n` bytes.
const fn b64_len(n: usize) -> usize {
    (n * 4).div_ceil(3)
}

fn check_input(what: &str, len: usize, max: usize, help: &str) -> KmsResult<()> {
    if len > max {
        return Err(KmsError::new(
            Reason::BadRequest,
            format!(
                "the {what} has {len} bytes, over the limit of {} MiB",
                max >> 20
            ),
        )
        .with_help(help));
    }
    Ok(())
}

/// What to do about a ciphertext over `MAX_TOKEN_BYTES`.
pub const LARGE_CIPHERTEXT_HELP: &str = "data over 48 MiB is encrypted and decrypted with --stream (a local store); decrypt this ciphertext with `cu kms decrypt --stream` if it was made that way";

/// What to do about a plaintext over `MAX_PLAINTEXT_BYTES`.
pub const LARGE_PLAINTEXT_HELP: &str =
    "encrypt data over 48 MiB with --stream (a local store), and decrypt it with --stream";

/// What to do about a JWS payload over `MAX_PLAINTEXT_BYTES`.
pub const LARGE_PAYLOAD_HELP: &str =
    "sign data over 48 MiB with --raw, which streams it through the hash";

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
    check_input(
        "plaintext",
        plaintext.len(),
        MAX_PLAINTEXT_BYTES,
        LARGE_PLAINTEXT_HELP,
    )?;
    if let Some(aad) = aad {
        if aad.len() > MAX_AAD_BYTES {
            return Err(KmsError::new(
                Reason::BadRequest,
                format!(
                    "the AAD has {} bytes, over the limit of {} KiB",
                    aad.len(),
                    MAX_AAD_BYTES >> 10
                ),
            )
            .with_help("AAD names the context (an id, a path), not data; keep it short"));
        }
    }
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
        return Err(KmsError::malformed(format!(
            "the ciphertext has {} bytes, over the limit of {MAX_TOKEN_BYTES} (what a 48 MiB plaintext makes)",
            token.len()
        ))
        .with_help(LARGE_CIPHERTEXT_HELP));
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
    if raw {
        return sign_raw_message(store, name, &mut Bytes(payload));
    }
    let (key_type, version, key) = store.private_key(name, None, &SIGNING, "sign")?;
    let id = kid(name, version);
    check_input(
        "payload",
        payload.len(),
        MAX_PLAINTEXT_BYTES,
        LARGE_PAYLOAD_HELP,
    )?;
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
        return Err(KmsError::malformed(format!(
            "the token has {} bytes, over the limit of {MAX_TOKEN_BYTES} (what a 48 MiB payload makes)",
            token.len()
        ))
        .with_help(LARGE_PAYLOAD_HELP));
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

/// A raw signature over a message read in pieces (any size, constant memory); the same
/// bytes `sign(…, raw = true)` makes for RSA and Ed25519.
pub fn sign_raw_message(
    store: &mut Store,
    name: &str,
    message: &mut dyn Message,
) -> KmsResult<(Vec<u8>, String)> {
    let (key_type, version, key) = store.private_key(name, None, &SIGNING, "sign")?;
    Ok((
        crypto::sign_message(key_type, &key, message)?,
        kid(name, version),
    ))
}

/// `verify_raw` for a message read in pieces: one reading per version tried.
pub fn verify_raw_message(
    store: &mut Store,
    name: &str,
    message: &mut dyn Message,
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
        let (key_type, _, key) = store.private_key(name, Some(v), &SIGNING, "verify")?;
        if crypto::verify_message(key_type, &key, message, signature)? {
            return Ok(kid(name, v));
        }
    }
    Err(KmsError::new(
        Reason::BadSignature,
        format!("the signature does not verify with any usable version of `{name}`"),
    ))
}

/// Check a raw signature against `version`, or against every usable version.
pub fn verify_raw(
    store: &mut Store,
    name: &str,
    message: &[u8],
    signature: &[u8],
    version: Option<u32>,
) -> KmsResult<String> {
    verify_raw_message(store, name, &mut Bytes(message), signature, version)
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
pub fn public_jwks(store: &mut Store, name: &str, version: Option<u32>) -> KmsResult<Value> {
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
