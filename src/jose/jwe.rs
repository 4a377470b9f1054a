//! JWE (RFC 7516): compact and JSON serialization over josekit's key-management and content
//! primitives, with every length, count and size checked before josekit sees the input.

use std::io::Read;

use josekit::jwe::{JweContentEncryption, JweDecrypter, JweEncrypter, JweHeader};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::jwk::{self, Jwk};
use super::jws::{check_header, check_size, decode_header};
use super::keyset::KeySet;
use super::{b64, guarded, JoseError, JoseResult, Limits, Policy, Reason};

/// Key-management algorithms (RFC 7518 §4). RSA1_5 is left out on purpose (Bleichenbacher).
pub const KEY_ALGS: &[&str] = &[
    "dir",
    "A128KW",
    "A192KW",
    "A256KW",
    "A128GCMKW",
    "A192GCMKW",
    "A256GCMKW",
    "RSA-OAEP",
    "RSA-OAEP-256",
    "ECDH-ES",
    "ECDH-ES+A128KW",
    "ECDH-ES+A192KW",
    "ECDH-ES+A256KW",
    "PBES2-HS256+A128KW",
    "PBES2-HS384+A192KW",
    "PBES2-HS512+A256KW",
];

/// Content-encryption algorithms (RFC 7518 §5).
pub const ENCS: &[&str] = &[
    "A128GCM",
    "A192GCM",
    "A256GCM",
    "A128CBC-HS256",
    "A192CBC-HS384",
    "A256CBC-HS512",
];

/// Default PBES2 iteration count for encryption; equal to the default decryption cap.
pub const DEFAULT_P2C: u64 = 100_000;

fn content_encryption(enc: &str) -> JoseResult<&'static dyn JweContentEncryption> {
    use josekit::jwe::enc;
    Ok(match enc {
        "A128GCM" => &enc::A128GCM,
        "A192GCM" => &enc::A192GCM,
        "A256GCM" => &enc::A256GCM,
        "A128CBC-HS256" => &enc::A128CBC_HS256,
        "A192CBC-HS384" => &enc::A192CBC_HS384,
        "A256CBC-HS512" => &enc::A256CBC_HS512,
        other => {
            return Err(
                JoseError::unsupported(format!("unknown content encryption `{other}`"))
                    .with_help(format!("use one of {}", ENCS.join(", "))),
            )
        }
    })
}

/// Tag length each content encryption produces (RFC 7518 §5.2.2.1, §5.3).
fn tag_len(enc: &str) -> usize {
    match enc {
        "A192CBC-HS384" => 24,
        "A256CBC-HS512" => 32,
        _ => 16,
    }
}

fn iv_len(enc: &str) -> usize {
    if enc.ends_with("GCM") {
        12
    } else {
        16
    }
}

fn check_key_alg(alg: &str) -> JoseResult<()> {
    if alg == "RSA1_5" {
        return Err(JoseError::new(
            Reason::AlgNotAllowed,
            "RSA1_5 key encryption is refused: it is open to padding-oracle attacks",
        )
        .with_help("use RSA-OAEP-256"));
    }
    if !KEY_ALGS.contains(&alg) {
        return Err(JoseError::new(
            Reason::AlgNotAllowed,
            format!("unknown key-management algorithm `{alg}`"),
        )
        .with_help(format!("use one of {}", KEY_ALGS.join(", "))));
    }
    Ok(())
}

/// Where the key-encryption secret comes from.
pub enum Secret<'a> {
    Key(&'a Jwk),
    Password(&'a [u8]),
}

fn key_error(alg: &str) -> impl Fn(josekit::JoseError) -> JoseError + '_ {
    move |e| {
        JoseError::bad_key(format!("this key cannot be used with {alg}: {e}"))
            .with_help(key_hint(alg))
    }
}

fn key_hint(alg: &str) -> &'static str {
    if alg.starts_with("RSA") {
        "RSA-OAEP needs an RSA key (public to encrypt, private to decrypt)"
    } else if alg.starts_with("ECDH") {
        "ECDH-ES needs an EC (P-256/384/521) or X25519 key (public to encrypt, private to decrypt)"
    } else if alg.starts_with("PBES2") {
        "PBES2 needs a password: --password-file FILE"
    } else if alg == "dir" {
        "dir needs an oct key of exactly the content encryption's key size"
    } else {
        "AES key wrap needs an oct key of the algorithm's size"
    }
}

/// An oct key's bytes serve as a PBES2 password (as jwcrypto does).
fn oct_password(key: &Jwk, alg: &str) -> JoseResult<Zeroizing<Vec<u8>>> {
    let k = jwk::str_member(key, "k").map_err(|_| {
        JoseError::bad_key(format!("{alg} needs a password")).with_help(key_hint(alg))
    })?;
    b64::decode(k, "JWK member `k`").map(Zeroizing::new)
}

fn password_only(alg: &str) -> JoseError {
    JoseError::bad_key(format!("{alg} needs a key, not a password")).with_help(key_hint(alg))
}

fn encrypter(alg: &str, secret: &Secret<'_>, p2c: u64) -> JoseResult<Box<dyn JweEncrypter>> {
    use josekit::jwe;
    let err = key_error(alg);
    let key = match secret {
        Secret::Password(password) => {
            let mut e = match alg {
                "PBES2-HS256+A128KW" => jwe::PBES2_HS256_A128KW.encrypter_from_bytes(password),
                "PBES2-HS384+A192KW" => jwe::PBES2_HS384_A192KW.encrypter_from_bytes(password),
                "PBES2-HS512+A256KW" => jwe::PBES2_HS512_A256KW.encrypter_from_bytes(password),
                _ => return Err(password_only(alg)),
            }
            .map_err(&err)?;
            e.set_salt_len(16);
            e.set_iter_count(p2c as usize);
            return Ok(Box::new(e));
        }
        Secret::Key(key) if alg.starts_with("PBES2") => {
            return encrypter(alg, &Secret::Password(&oct_password(key, alg)?), p2c);
        }
        Secret::Key(key) => key,
    };
    // Encrypting to an asymmetric key needs only its public half; josekit wants exactly that.
    let asymmetric = alg.starts_with("RSA") || alg.starts_with("ECDH");
    let jk = if asymmetric && jwk::is_private(key) {
        jwk::to_josekit(&jwk::public_of(key)?)?
    } else {
        jwk::to_josekit(key)?
    };
    Ok(match alg {
        "dir" => Box::new(jwe::Dir.encrypter_from_jwk(&jk).map_err(&err)?),
        "A128KW" => Box::new(jwe::A128KW.encrypter_from_jwk(&jk).map_err(&err)?),
        "A192KW" => Box::new(jwe::A192KW.encrypter_from_jwk(&jk).map_err(&err)?),
        "A256KW" => Box::new(jwe::A256KW.encrypter_from_jwk(&jk).map_err(&err)?),
        "A128GCMKW" => Box::new(jwe::A128GCMKW.encrypter_from_jwk(&jk).map_err(&err)?),
        "A192GCMKW" => Box::new(jwe::A192GCMKW.encrypter_from_jwk(&jk).map_err(&err)?),
        "A256GCMKW" => Box::new(jwe::A256GCMKW.encrypter_from_jwk(&jk).map_err(&err)?),
        "RSA-OAEP" => Box::new(jwe::RSA_OAEP.encrypter_from_jwk(&jk).map_err(&err)?),
        "RSA-OAEP-256" => Box::new(jwe::RSA_OAEP_256.encrypter_from_jwk(&jk).map_err(&err)?),
        "ECDH-ES" => Box::new(jwe::ECDH_ES.encrypter_from_jwk(&jk).map_err(&err)?),
        "ECDH-ES+A128KW" => Box::new(jwe::ECDH_ES_A128KW.encrypter_from_jwk(&jk).map_err(&err)?),
        "ECDH-ES+A192KW" => Box::new(jwe::ECDH_ES_A192KW.encrypter_from_jwk(&jk).map_err(&err)?),
        "ECDH-ES+A256KW" => Box::new(jwe::ECDH_ES_A256KW.encrypter_from_jwk(&jk).map_err(&err)?),
        other => {
            check_key_alg(other)?;
            return Err(JoseError::unsupported(format!(
                "{other} is not supported for encryption"
            )));
        }
    })
}

fn decrypter(alg: &str, secret: &Secret<'_>) -> JoseResult<Box<dyn JweDecrypter>> {
    use josekit::jwe;
    let err = key_error(alg);
    let key = match secret {
        Secret::Password(password) => {
            return Ok(match alg {
                "PBES2-HS256+A128KW" => Box::new(
                    jwe::PBES2_HS256_A128KW
                        .decrypter_from_bytes(password)
                        .map_err(&err)?,
                ),
                "PBES2-HS384+A192KW" => Box::new(
                    jwe::PBES2_HS384_A192KW
                        .decrypter_from_bytes(password)
                        .map_err(&err)?,
                ),
                "PBES2-HS512+A256KW" => Box::new(
                    jwe::PBES2_HS512_A256KW
                        .decrypter_from_bytes(password)
                        .map_err(&err)?,
                ),
                _ => return Err(password_only(alg)),
            });
        }
        Secret::Key(key) if alg.starts_with("PBES2") => {
            return decrypter(alg, &Secret::Password(&oct_password(key, alg)?));
        }
        Secret::Key(key) => key,
    };
    let jk = jwk::to_josekit(key)?;
    Ok(match alg {
        "dir" => Box::new(jwe::Dir.decrypter_from_jwk(&jk).map_err(&err)?),
        "A128KW" => Box::new(jwe::A128KW.decrypter_from_jwk(&jk).map_err(&err)?),
        "A192KW" => Box::new(jwe::A192KW.decrypter_from_jwk(&jk).map_err(&err)?),
        "A256KW" => Box::new(jwe::A256KW.decrypter_from_jwk(&jk).map_err(&err)?),
        "A128GCMKW" => Box::new(jwe::A128GCMKW.decrypter_from_jwk(&jk).map_err(&err)?),
        "A192GCMKW" => Box::new(jwe::A192GCMKW.decrypter_from_jwk(&jk).map_err(&err)?),
        "A256GCMKW" => Box::new(jwe::A256GCMKW.decrypter_from_jwk(&jk).map_err(&err)?),
        "RSA-OAEP" => Box::new(jwe::RSA_OAEP.decrypter_from_jwk(&jk).map_err(&err)?),
        "RSA-OAEP-256" => Box::new(jwe::RSA_OAEP_256.decrypter_from_jwk(&jk).map_err(&err)?),
        "ECDH-ES" => Box::new(jwe::ECDH_ES.decrypter_from_jwk(&jk).map_err(&err)?),
        "ECDH-ES+A128KW" => Box::new(jwe::ECDH_ES_A128KW.decrypter_from_jwk(&jk).map_err(&err)?),
        "ECDH-ES+A192KW" => Box::new(jwe::ECDH_ES_A192KW.decrypter_from_jwk(&jk).map_err(&err)?),
        "ECDH-ES+A256KW" => Box::new(jwe::ECDH_ES_A256KW.decrypter_from_jwk(&jk).map_err(&err)?),
        other => {
            check_key_alg(other)?;
            return Err(JoseError::unsupported(format!("{other} is not supported")));
        }
    })
}

/// How to encrypt.
#[derive(Debug, Clone)]
pub struct EncryptOptions {
    pub enc: String,
    /// Extra protected header members (cty, typ, …).
    pub header: Map<String, Value>,
    /// Compress with DEFLATE before encrypting (`zip: DEF`).
    pub compress: bool,
    pub p2c: u64,
    /// JSON serialization instead of compact (required for several recipients).
    pub json: bool,
    /// Additional authenticated data (JSON serialization only).
    pub aad: Option<Vec<u8>>,
}

/// One recipient: the key (or password) and the key-management algorithm for it.
pub struct Recipient<'a> {
    pub secret: Secret<'a>,
    pub alg: String,
}

fn random(len: usize) -> JoseResult<Zeroizing<Vec<u8>>> {
    let mut bytes = Zeroizing::new(vec![0u8; len]);
    getrandom::fill(&mut bytes)
        .map_err(|e| JoseError::bad_key(format!("random source failed: {e}")))?;
    Ok(bytes)
}

fn encrypt_err(e: josekit::JoseError) -> JoseError {
    JoseError::bad_key(format!("encryption failed: {e}"))
}

/// A recipient's share of the work: its header (as the encrypter completed it) and the
/// content key wrapped for it.
struct Wrapped {
    header: JweHeader,
    encrypted_key: Option<Vec<u8>>,
}

/// Wrap the content key for one recipient. With `cek` None, the recipient's algorithm picks
/// the content key (dir, ECDH-ES) and it is returned.
fn wrap(
    recipient: &Recipient<'_>,
    cenc: &dyn JweContentEncryption,
    mut header: JweHeader,
    cek: Option<&[u8]>,
    p2c: u64,
) -> JoseResult<(Wrapped, Zeroizing<Vec<u8>>)> {
    check_key_alg(&recipient.alg)?;
    let encrypter = encrypter(&recipient.alg, &recipient.secret, p2c)?;
    if let Secret::Key(key) = &recipient.secret {
        if let (Some(kid), None) = (key.get("kid").and_then(Value::as_str), header.key_id()) {
            header.set_key_id(kid);
        }
    }
    let mut out_header = header.clone();
    let chosen = encrypter
        .compute_content_encryption_key(cenc, &header, &mut out_header)
        .map_err(encrypt_err)?
        .map(|k| Zeroizing::new(k.into_owned()));
    let cek = match (chosen, cek) {
        (Some(_), Some(_)) => {
            return Err(JoseError::unsupported(format!(
                "{} fixes the content key itself and cannot share a JWE with other recipients",
                recipient.alg
            ))
            .with_help("use a key-wrapping algorithm (A256KW, RSA-OAEP-256, ECDH-ES+A256KW) for each recipient"))
        }
        (Some(chosen), None) => chosen,
        (None, Some(given)) => Zeroizing::new(given.to_vec()),
        (None, None) => random(cenc.key_len())?,
    };
    if cek.len() != cenc.key_len() {
        return Err(JoseError::bad_key(format!(
            "{} needs a {}-byte key; this one has {} bytes",
            cenc.name(),
            cenc.key_len(),
            cek.len()
        )));
    }
    let encrypted_key = encrypter
        .encrypt(&cek, &header, &mut out_header)
        .map_err(encrypt_err)?;
    out_header.set_algorithm(recipient.alg.clone());
    Ok((
        Wrapped {
            header: out_header,
            encrypted_key,
        },
        cek,
    ))
}

fn header_from(members: &Map<String, Value>) -> JoseResult<JweHeader> {
    let mut header = JweHeader::new();
    for (name, value) in members {
        header
            .set_claim(name, Some(value.clone()))
            .map_err(|e| JoseError::malformed(format!("header member `{name}`: {e}")))?;
    }
    Ok(header)
}

/// Encrypt a payload to one recipient (compact or flattened JSON) or to several (general JSON).
pub fn encrypt(
    recipients: &[Recipient<'_>],
    plaintext: &[u8],
    options: &EncryptOptions,
) -> JoseResult<Value> {
    let cenc = content_encryption(&options.enc)?;
    if options.aad.is_some() && !options.json {
        return Err(JoseError::malformed("--aad needs the JSON serialization")
            .with_help("add --json: the compact form has no place for extra authenticated data"));
    }
    if recipients.len() > 1 && !options.json {
        return Err(
            JoseError::malformed("several recipients need the JSON serialization")
                .with_help("add --json: the compact form holds exactly one recipient"),
        );
    }
    let mut protected = options.header.clone();
    protected.insert("enc".into(), options.enc.clone().into());
    if options.compress {
        protected.insert("zip".into(), "DEF".into());
    }
    // One recipient: every header member is protected. Several: the shared members are
    // protected and each recipient's own (alg, kid, epk, …) go in its unprotected header.
    let (protected_map, wrapped, cek) = match recipients {
        [] => return Err(JoseError::bad_key("no recipient given")),
        [only] => {
            let (wrapped, cek) = wrap(only, cenc, header_from(&protected)?, None, options.p2c)?;
            (
                wrapped.header.claims_set().clone(),
                vec![(Map::new(), wrapped.encrypted_key)],
                cek,
            )
        }
        several => {
            let cek = random(cenc.key_len())?;
            let mut wrapped = Vec::new();
            for recipient in several {
                // The encrypter sees the shared members too (it may depend on them).
                let (w, _) = wrap(
                    recipient,
                    cenc,
                    header_from(&protected)?,
                    Some(&cek),
                    options.p2c,
                )?;
                let own: Map<String, Value> = w
                    .header
                    .claims_set()
                    .iter()
                    .filter(|(name, _)| !protected.contains_key(*name))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                wrapped.push((own, w.encrypted_key));
            }
            (protected, wrapped, cek)
        }
    };
    let header_json =
        serde_json::to_vec(&protected_map).map_err(|e| JoseError::malformed(e.to_string()))?;
    let header_b64 = b64::encode(&header_json);
    let content = if options.compress {
        Zeroizing::new(deflate(plaintext)?)
    } else {
        Zeroizing::new(plaintext.to_vec())
    };
    let iv = random(cenc.iv_len())?;
    let mut aad = header_b64.clone().into_bytes();
    let aad_b64 = options.aad.as_ref().map(b64::encode);
    if let Some(extra) = &aad_b64 {
        aad.push(b'.');
        aad.extend_from_slice(extra.as_bytes());
    }
    let (ciphertext, tag) = cenc
        .encrypt(&cek, Some(&iv), &content, &aad)
        .map_err(encrypt_err)?;
    let tag = tag.unwrap_or_default();
    if !options.json {
        let encrypted_key = wrapped[0].1.as_ref().map(b64::encode).unwrap_or_default();
        return Ok(Value::String(format!(
            "{header_b64}.{encrypted_key}.{}.{}.{}",
            b64::encode(&iv[..]),
            b64::encode(&ciphertext),
            b64::encode(&tag)
        )));
    }
    let mut doc = Map::new();
    doc.insert("protected".into(), header_b64.into());
    let entry = |(own, key): &(Map<String, Value>, Option<Vec<u8>>)| {
        let mut r = Map::new();
        if !own.is_empty() {
            r.insert("header".into(), Value::Object(own.clone()));
        }
        if let Some(key) = key {
            r.insert("encrypted_key".into(), b64::encode(key).into());
        }
        r
    };
    if wrapped.len() == 1 {
        doc.extend(entry(&wrapped[0]));
    } else {
        doc.insert(
            "recipients".into(),
            Value::Array(wrapped.iter().map(|w| Value::Object(entry(w))).collect()),
        );
    }
    if let Some(extra) = aad_b64 {
        doc.insert("aad".into(), extra.into());
    }
    doc.insert("iv".into(), b64::encode(&iv[..]).into());
    doc.insert("ciphertext".into(), b64::encode(&ciphertext).into());
    doc.insert("tag".into(), b64::encode(&tag).into());
    Ok(Value::Object(doc))
}

fn deflate(data: &[u8]) -> JoseResult<Vec<u8>> {
    use std::io::Write;
    let mut encoder =
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder
        .write_all(data)
        .and_then(|_| encoder.finish())
        .map_err(|e| JoseError::malformed(format!("compression failed: {e}")))
}

/// Inflate with a hard cap, so a small token cannot expand into gigabytes.
fn inflate(data: &[u8], max: usize) -> JoseResult<Vec<u8>> {
    let mut out = Vec::new();
    let decoder = flate2::read::DeflateDecoder::new(data);
    decoder
        .take(max as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| JoseError::malformed(format!("the compressed content is damaged: {e}")))?;
    if out.len() > max {
        return Err(JoseError::new(
            Reason::TooLarge,
            format!("the compressed content inflates past the {max}-byte limit"),
        ));
    }
    Ok(out)
}

/// A decrypted JWE.
#[derive(Debug, Clone)]
pub struct Decrypted {
    pub header: Map<String, Value>,
    pub plaintext: Zeroizing<Vec<u8>>,
}

/// One recipient's view of a JWE: everything needed to try a key.
struct ParsedRecipient {
    header: Map<String, Value>,
    encrypted_key: Option<Vec<u8>>,
}

struct ParsedJwe {
    protected: Map<String, Value>,
    recipients: Vec<ParsedRecipient>,
    iv: Vec<u8>,
    ciphertext: Vec<u8>,
    tag: Vec<u8>,
    aad: Vec<u8>,
}

fn opt_part(text: &str, what: &str) -> JoseResult<Option<Vec<u8>>> {
    if text.is_empty() {
        Ok(None)
    } else {
        b64::decode(text, what).map(Some)
    }
}

fn parse_compact(text: &str) -> JoseResult<ParsedJwe> {
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() != 5 {
        return Err(if parts.len() == 3 {
            JoseError::malformed("this is a JWS (three parts), not a JWE")
                .with_help("verify it with `cu jose jws verify` or `cu jose jwt verify`")
        } else {
            JoseError::malformed(format!(
                "a compact JWE has five dot-separated parts; this has {}",
                parts.len()
            ))
        });
    }
    let protected = decode_header(parts[0], "the JWE header")?;
    Ok(ParsedJwe {
        recipients: vec![ParsedRecipient {
            header: protected.clone(),
            encrypted_key: opt_part(parts[1], "the encrypted key")?,
        }],
        protected,
        iv: b64::decode(parts[2], "the JWE IV")?,
        ciphertext: b64::decode(parts[3], "the JWE ciphertext")?,
        tag: b64::decode(parts[4], "the JWE tag")?,
        aad: parts[0].as_bytes().to_vec(),
    })
}

fn merge_into(
    target: &mut Map<String, Value>,
    extra: Option<&Value>,
    what: &str,
) -> JoseResult<()> {
    match extra {
        None => Ok(()),
        Some(Value::Object(members)) => {
            for (name, value) in members {
                if target.insert(name.clone(), value.clone()).is_some() {
                    return Err(JoseError::malformed(format!(
                        "header member `{name}` appears twice (in {what} and elsewhere)"
                    )));
                }
            }
            Ok(())
        }
        Some(_) => Err(JoseError::malformed(format!("`{what}` must be an object"))),
    }
}

fn str_field<'a>(doc: &'a Map<String, Value>, name: &str) -> JoseResult<Option<&'a str>> {
    match doc.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(JoseError::malformed(format!("`{name}` must be a string"))),
    }
}

fn parse_json(input: &[u8]) -> JoseResult<ParsedJwe> {
    let doc: Map<String, Value> = match crate::limits::json_from_slice(input) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err(JoseError::malformed("a JSON JWE must be an object")),
        Err(e) => {
            return Err(JoseError::malformed(format!(
                "the JWE is not valid JSON: {e}"
            )))
        }
    };
    let protected_b64 = str_field(&doc, "protected")?.unwrap_or("");
    let protected = if protected_b64.is_empty() {
        Map::new()
    } else {
        decode_header(protected_b64, "the protected header")?
    };
    let mut shared = protected.clone();
    merge_into(&mut shared, doc.get("unprotected"), "unprotected")?;
    let raw_recipients: Vec<Map<String, Value>> = match doc.get("recipients") {
        Some(Value::Array(list)) => list
            .iter()
            .map(|r| {
                r.as_object()
                    .cloned()
                    .ok_or_else(|| JoseError::malformed("each recipient must be an object"))
            })
            .collect::<JoseResult<_>>()?,
        Some(_) => return Err(JoseError::malformed("`recipients` must be an array")),
        None => {
            let mut single = Map::new();
            if let Some(h) = doc.get("header") {
                single.insert("header".into(), h.clone());
            }
            if let Some(k) = doc.get("encrypted_key") {
                single.insert("encrypted_key".into(), k.clone());
            }
            vec![single]
        }
    };
    if raw_recipients.is_empty() {
        return Err(JoseError::malformed("the JWE has no recipients"));
    }
    let mut recipients = Vec::new();
    for raw in &raw_recipients {
        let mut header = shared.clone();
        merge_into(&mut header, raw.get("header"), "header")?;
        let encrypted_key = match str_field(raw, "encrypted_key")? {
            Some(text) => opt_part(text, "the encrypted key")?,
            None => None,
        };
        recipients.push(ParsedRecipient {
            header,
            encrypted_key,
        });
    }
    let mut aad = protected_b64.as_bytes().to_vec();
    if let Some(extra) = str_field(&doc, "aad")? {
        b64::decode(extra, "the JWE aad")?;
        aad.push(b'.');
        aad.extend_from_slice(extra.as_bytes());
    }
    let field = |name: &str| -> JoseResult<Vec<u8>> {
        match str_field(&doc, name)? {
            Some(text) => b64::decode(text, &format!("the JWE {name}")),
            None => Ok(Vec::new()),
        }
    };
    Ok(ParsedJwe {
        protected,
        recipients,
        iv: field("iv")?,
        ciphertext: str_field(&doc, "ciphertext")?
            .ok_or_else(|| JoseError::malformed("the JWE has no ciphertext"))
            .and_then(|t| b64::decode(t, "the JWE ciphertext"))?,
        tag: field("tag")?,
        aad,
    })
}

/// The checks a recipient header must pass before any key is tried.
fn check_recipient(
    parsed: &ParsedJwe,
    r: &ParsedRecipient,
    limits: &Limits,
    policy: Policy,
) -> JoseResult<(String, String)> {
    check_header(&parsed.protected, &r.header, policy)?;
    let alg = r
        .header
        .get("alg")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    check_key_alg(&alg)?;
    let enc = match r.header.get("enc") {
        Some(Value::String(e)) => e.clone(),
        Some(_) => return Err(JoseError::malformed("`enc` must be a string")),
        None => return Err(JoseError::malformed("the JWE header has no `enc`")),
    };
    content_encryption(&enc)?;
    match r.header.get("zip") {
        None => {}
        Some(Value::String(z)) if z == "DEF" && !parsed.protected.contains_key("zip") => {
            return Err(JoseError::malformed(
                "`zip` must be in the protected header",
            ));
        }
        Some(Value::String(z)) if z == "DEF" => {}
        Some(other) => {
            return Err(JoseError::unsupported(format!(
                "unknown compression `zip: {other}`"
            )))
        }
    }
    if parsed.iv.len() != iv_len(&enc) {
        return Err(JoseError::malformed(format!(
            "{enc} needs a {}-byte IV; this one has {} bytes",
            iv_len(&enc),
            parsed.iv.len()
        )));
    }
    if parsed.tag.len() != tag_len(&enc) {
        return Err(JoseError::malformed(format!(
            "{enc} needs a {}-byte authentication tag; this one has {} bytes (truncated tags are refused)",
            tag_len(&enc),
            parsed.tag.len()
        )));
    }
    let direct = alg == "dir" || alg == "ECDH-ES";
    match (&r.encrypted_key, direct) {
        (Some(_), true) => {
            return Err(JoseError::malformed(format!(
                "{alg} must have an empty encrypted key"
            )))
        }
        (None, false) => {
            return Err(JoseError::malformed(format!(
                "{alg} needs an encrypted key"
            )))
        }
        _ => {}
    }
    if alg.starts_with("PBES2") {
        let p2c = r
            .header
            .get("p2c")
            .and_then(Value::as_u64)
            .ok_or_else(|| JoseError::malformed("PBES2 needs a positive integer `p2c`"))?;
        if p2c == 0 {
            return Err(JoseError::malformed("`p2c` must be at least 1"));
        }
        if p2c > limits.max_pbes2_count {
            return Err(JoseError::new(
                Reason::TooLarge,
                format!(
                    "`p2c` is {p2c}; the limit is {} iterations",
                    limits.max_pbes2_count
                ),
            )
            .with_help("raise it with --max-p2c if this sender is trusted"));
        }
        let p2s = r
            .header
            .get("p2s")
            .and_then(Value::as_str)
            .ok_or_else(|| JoseError::malformed("PBES2 needs a `p2s` salt"))?;
        if b64::decode(p2s, "`p2s`")?.len() < 8 {
            return Err(JoseError::malformed("`p2s` must be at least 8 bytes"));
        }
    }
    if alg.contains("GCMKW") {
        let iv = r
            .header
            .get("iv")
            .and_then(Value::as_str)
            .ok_or_else(|| JoseError::malformed("GCMKW needs an `iv` header"))?;
        let tag = r
            .header
            .get("tag")
            .and_then(Value::as_str)
            .ok_or_else(|| JoseError::malformed("GCMKW needs a `tag` header"))?;
        if b64::decode(iv, "header `iv`")?.len() != 12
            || b64::decode(tag, "header `tag`")?.len() != 16
        {
            return Err(JoseError::malformed(
                "GCMKW needs a 12-byte `iv` and a 16-byte `tag`",
            ));
        }
    }
    if alg.starts_with("ECDH-ES") && !matches!(r.header.get("epk"), Some(Value::Object(_))) {
        return Err(JoseError::malformed("ECDH-ES needs an `epk` header object"));
    }
    Ok((alg, enc))
}

/// Does this key fit this key-management algorithm?
fn key_fits(key: &Jwk, alg: &str, enc: &str) -> bool {
    let kty = key.get("kty").and_then(Value::as_str).unwrap_or("");
    let crv = key.get("crv").and_then(Value::as_str).unwrap_or("");
    if let Some(key_alg) = key.get("alg").and_then(Value::as_str) {
        // A direct-encryption key may name the content encryption it is for (RFC 7520 §5.6).
        if key_alg != alg && !(alg == "dir" && key_alg == enc) {
            return false;
        }
    }
    if key.get("use").and_then(Value::as_str) == Some("sig")
        || !jwk::allows_op(key, &["decrypt", "unwrapKey", "deriveKey", "deriveBits"])
    {
        return false;
    }
    if alg.starts_with("RSA") {
        kty == "RSA"
    } else if alg.starts_with("ECDH") {
        kty == "EC" || (kty == "OKP" && crv.starts_with('X'))
    } else {
        kty == "oct"
    }
}

/// Decrypt compact or JSON JWE with a key set or a password.
pub fn decrypt(
    input: &[u8],
    keys: &KeySet,
    password: Option<&[u8]>,
    limits: &Limits,
    policy: Policy,
) -> JoseResult<Decrypted> {
    check_size(input, limits)?;
    let trimmed = input.trim_ascii();
    let parsed = if trimmed.first() == Some(&b'{') {
        parse_json(trimmed)?
    } else {
        let text = std::str::from_utf8(trimmed)
            .map_err(|_| JoseError::malformed("the JWE is not ASCII text"))?;
        parse_compact(text)?
    };
    let mut last_error: Option<JoseError> = None;
    for recipient in &parsed.recipients {
        let (alg, enc) = match check_recipient(&parsed, recipient, limits, policy) {
            Ok(v) => v,
            Err(e) => {
                if parsed.recipients.len() == 1 {
                    return Err(e);
                }
                last_error = Some(e);
                continue;
            }
        };
        let kid = recipient.header.get("kid").and_then(Value::as_str);
        let mut secrets: Vec<Secret<'_>> = Vec::new();
        if alg.starts_with("PBES2") {
            if let Some(p) = password {
                secrets.push(Secret::Password(p));
            }
        }
        match keys.candidates(kid) {
            Ok(list) => secrets.extend(
                list.into_iter()
                    .filter(|k| key_fits(k, &alg, &enc))
                    .map(Secret::Key),
            ),
            Err(e) => last_error = Some(e),
        }
        if secrets.is_empty() {
            last_error.get_or_insert_with(|| {
                JoseError::bad_key(format!("no key given fits {alg}")).with_help(key_hint(&alg))
            });
            continue;
        }
        for secret in &secrets {
            match decrypt_with(&parsed, recipient, &alg, &enc, secret, limits) {
                Ok(plaintext) => {
                    return Ok(Decrypted {
                        header: recipient.header.clone(),
                        plaintext,
                    })
                }
                Err(e) => last_error = Some(e),
            }
        }
    }
    Err(last_error.unwrap_or_else(|| {
        JoseError::new(Reason::DecryptFailed, "no recipient could be decrypted")
    }))
}

fn decrypt_with(
    parsed: &ParsedJwe,
    recipient: &ParsedRecipient,
    alg: &str,
    enc: &str,
    secret: &Secret<'_>,
    limits: &Limits,
) -> JoseResult<Zeroizing<Vec<u8>>> {
    let decrypter = decrypter(alg, secret)?;
    let cenc = content_encryption(enc)?;
    let header = JweHeader::from_map(recipient.header.clone())
        .map_err(|e| JoseError::malformed(format!("the JWE header is invalid: {e}")))?;
    let failed = || {
        JoseError::new(
            Reason::DecryptFailed,
            "decryption failed: wrong key, or the JWE was altered",
        )
    };
    let cek = guarded("key decryption", || {
        decrypter.decrypt(recipient.encrypted_key.as_deref(), cenc, &header)
    })?
    .map_err(|_| failed())?;
    let cek = Zeroizing::new(cek.into_owned());
    if cek.len() != cenc.key_len() {
        return Err(JoseError::new(
            Reason::DecryptFailed,
            format!(
                "the content key has {} bytes; {enc} needs {}",
                cek.len(),
                cenc.key_len()
            ),
        ));
    }
    let content = guarded("content decryption", || {
        cenc.decrypt(
            &cek,
            Some(&parsed.iv),
            &parsed.ciphertext,
            &parsed.aad,
            Some(&parsed.tag),
        )
    })?
    .map_err(|_| failed())?;
    let content = Zeroizing::new(content);
    if recipient.header.get("zip").is_some() {
        Ok(Zeroizing::new(inflate(
            &content,
            limits.max_inflated_bytes,
        )?))
    } else {
        Ok(content)
    }
}
