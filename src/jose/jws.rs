//! JWS (RFC 7515): compact and JSON serialization, detached and unencoded (RFC 7797)
//! payloads, multiple signatures; header checks before any signature work.

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use openssl::hash::MessageDigest;
use openssl::pkey::PKey;

use super::ed25519;
use super::jwk::{self, Jwk};
use super::keyset::KeySet;
use super::message::{feed_openssl, Message, SigningInput};
use super::{b64, guarded, JoseError, JoseResult, Limits, Policy, Reason};

/// JWS signature algorithms (RFC 7518 §3, RFC 8037).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Alg {
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    EdDSA,
}

pub const ALL_ALGS: &[Alg] = &[
    Alg::HS256,
    Alg::HS384,
    Alg::HS512,
    Alg::RS256,
    Alg::RS384,
    Alg::RS512,
    Alg::PS256,
    Alg::PS384,
    Alg::PS512,
    Alg::ES256,
    Alg::ES384,
    Alg::ES512,
    Alg::EdDSA,
];

impl Alg {
    pub fn parse(name: &str) -> JoseResult<Alg> {
        ALL_ALGS
            .iter()
            .copied()
            .find(|a| a.as_str() == name)
            .ok_or_else(|| {
                if name.eq_ignore_ascii_case("none") {
                    JoseError::new(Reason::AlgNotAllowed, "alg `none` (unsigned) is never accepted")
                } else {
                    JoseError::new(Reason::AlgNotAllowed, format!("unknown JWS algorithm `{name}`"))
                        .with_help("use one of HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512, EdDSA")
                }
            })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Alg::HS256 => "HS256",
            Alg::HS384 => "HS384",
            Alg::HS512 => "HS512",
            Alg::RS256 => "RS256",
            Alg::RS384 => "RS384",
            Alg::RS512 => "RS512",
            Alg::PS256 => "PS256",
            Alg::PS384 => "PS384",
            Alg::PS512 => "PS512",
            Alg::ES256 => "ES256",
            Alg::ES384 => "ES384",
            Alg::ES512 => "ES512",
            Alg::EdDSA => "EdDSA",
        }
    }

    /// The key a JWK must be for this algorithm: kty and, for curves, crv.
    fn fits(self, jwk: &Jwk) -> bool {
        let kty = jwk.get("kty").and_then(Value::as_str).unwrap_or("");
        let crv = jwk.get("crv").and_then(Value::as_str).unwrap_or("");
        match self {
            Alg::HS256 | Alg::HS384 | Alg::HS512 => kty == "oct",
            Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512 => {
                kty == "RSA"
            }
            Alg::ES256 => kty == "EC" && crv == "P-256",
            Alg::ES384 => kty == "EC" && crv == "P-384",
            Alg::ES512 => kty == "EC" && crv == "P-521",
            Alg::EdDSA => kty == "OKP" && crv == "Ed25519",
        }
    }

    fn is_hmac(self) -> bool {
        matches!(self, Alg::HS256 | Alg::HS384 | Alg::HS512)
    }

    fn hmac_min_key_bytes(self) -> usize {
        match self {
            Alg::HS256 => 32,
            Alg::HS384 => 48,
            _ => 64,
        }
    }
}

/// The algorithms a key may verify: `--alg` if given, else the key's own `alg`, else the
/// algorithms of its key type. Never the token header's choice alone.
pub fn allowed_algs(key: &Jwk, explicit: &[Alg]) -> JoseResult<Vec<Alg>> {
    let key_alg = key.get("alg").and_then(Value::as_str);
    if !explicit.is_empty() {
        let fitting: Vec<Alg> = explicit.iter().copied().filter(|a| a.fits(key)).collect();
        if fitting.is_empty() {
            let kty = key.get("kty").and_then(Value::as_str).unwrap_or("?");
            let hint = if explicit.iter().any(|a| a.is_hmac()) && kty != "oct" {
                " (an HMAC algorithm with asymmetric key material is refused)"
            } else {
                ""
            };
            return Err(JoseError::new(
                Reason::AlgNotAllowed,
                format!(
                    "--alg {} does not fit the {kty} key{hint}",
                    explicit
                        .iter()
                        .map(|a| a.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            ));
        }
        return Ok(fitting);
    }
    if let Some(name) = key_alg {
        let alg = Alg::parse(name)?;
        if !alg.fits(key) {
            return Err(JoseError::bad_key(format!(
                "the key's alg {name} does not fit its key type"
            )));
        }
        return Ok(vec![alg]);
    }
    Ok(ALL_ALGS.iter().copied().filter(|a| a.fits(key)).collect())
}

/// The algorithm to sign with: `--alg`, else the key's `alg`, else the usual one for the key.
pub fn signing_alg(key: &Jwk, explicit: Option<Alg>) -> JoseResult<Alg> {
    let allowed = allowed_algs(key, explicit.as_slice())?;
    let preferred = [
        Alg::EdDSA,
        Alg::ES256,
        Alg::ES384,
        Alg::ES512,
        Alg::RS256,
        Alg::HS256,
    ];
    if let Some(alg) = explicit {
        return if allowed.contains(&alg) {
            Ok(alg)
        } else {
            Err(unreachable_alg(alg))
        };
    }
    allowed
        .iter()
        .copied()
        .find(|a| allowed.len() == 1 || preferred.contains(a))
        .ok_or_else(|| JoseError::bad_key("no JWS algorithm fits this key"))
}

fn unreachable_alg(alg: Alg) -> JoseError {
    JoseError::new(
        Reason::AlgNotAllowed,
        format!("{} does not fit the key", alg.as_str()),
    )
}

enum SignerImpl {
    Ed25519(Box<ed25519_dalek::SigningKey>),
    Jose(Box<dyn josekit::jws::JwsSigner>),
}

/// A signer built once from a private key.
pub struct Signer {
    pub alg: Alg,
    pub kid: Option<String>,
    inner: SignerImpl,
    /// The key itself, for signatures over a payload read in pieces (`sign_message`), which
    /// go to OpenSSL directly: josekit signs only whole inputs.
    key: Jwk,
}

impl Signer {
    pub fn new(key: &Jwk, alg: Option<Alg>) -> JoseResult<Signer> {
        let alg = signing_alg(key, alg)?;
        if !jwk::is_private(key) {
            return Err(JoseError::bad_key(
                "signing needs a private key; this is a public key",
            ));
        }
        if !jwk::allows_op(key, &["sign"]) || key.get("use").and_then(Value::as_str) == Some("enc")
        {
            return Err(JoseError::bad_key(
                "the key is not meant for signing (its use or key_ops say otherwise)",
            ));
        }
        let kid = key.get("kid").and_then(Value::as_str).map(str::to_string);
        check_hmac_key(alg, key)?;
        let inner = if alg == Alg::EdDSA {
            let d = Zeroizing::new(b64::decode(jwk::str_member(key, "d")?, "JWK member `d`")?);
            SignerImpl::Ed25519(Box::new(ed25519::signing_key(&d)?))
        } else {
            let jk = jwk::to_josekit(key)?;
            use josekit::jws;
            let signer: Result<Box<dyn jws::JwsSigner>, josekit::JoseError> = match alg {
                Alg::HS256 => jws::HS256.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::HS384 => jws::HS384.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::HS512 => jws::HS512.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::RS256 => jws::RS256.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::RS384 => jws::RS384.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::RS512 => jws::RS512.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::PS256 => jws::PS256.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::PS384 => jws::PS384.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::PS512 => jws::PS512.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::ES256 => jws::ES256.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::ES384 => jws::ES384.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::ES512 => jws::ES512.signer_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::EdDSA => Err(handled_without_josekit()),
            };
            SignerImpl::Jose(
                signer
                    .map_err(|e| JoseError::bad_key(format!("cannot sign with this key: {e}")))?,
            )
        };
        Ok(Signer {
            alg,
            kid,
            inner,
            key: key.clone(),
        })
    }

    pub fn sign(&self, signing_input: &[u8]) -> JoseResult<Vec<u8>> {
        match &self.inner {
            SignerImpl::Ed25519(key) => {
                use ed25519_dalek::Signer as _;
                Ok(key.sign(signing_input).to_bytes().to_vec())
            }
            SignerImpl::Jose(signer) => signer
                .sign(signing_input)
                .map_err(|e| JoseError::bad_key(format!("signing failed: {e}"))),
        }
    }
}

impl Signer {
    /// `sign` over a signing input read in pieces, in constant memory: Ed25519 through
    /// `ed25519::sign_message` (two readings, checked to agree), the others through OpenSSL's
    /// streaming signer. The same bytes as `sign` for EdDSA, HMAC and RSA PKCS#1 v1.5;
    /// ECDSA and PSS are randomized and verify the same way.
    pub fn sign_message(&self, input: &mut dyn Message) -> JoseResult<Vec<u8>> {
        if let SignerImpl::Ed25519(key) = &self.inner {
            return ed25519::sign_message(key, input)
                .map(|s| s.to_vec())
                .map_err(unreadable);
        }
        let md = digest_of(self.alg);
        let pkey = if self.alg.is_hmac() {
            hmac_pkey(&self.key)?
        } else {
            jwk::jwk_to_private_pkey(&self.key)?
        };
        let mut signer = openssl::sign::Signer::new(md, &pkey).map_err(ssl("signing"))?;
        if is_pss(self.alg) {
            signer
                .set_rsa_padding(openssl::rsa::Padding::PKCS1_PSS)
                .and_then(|_| {
                    signer.set_rsa_pss_saltlen(openssl::sign::RsaPssSaltlen::DIGEST_LENGTH)
                })
                .and_then(|_| signer.set_rsa_mgf1_md(md))
                .map_err(ssl("PSS"))?;
        }
        feed_openssl(input, |piece| signer.update(piece))
            .map_err(unreadable)?
            .map_err(ssl("signing"))?;
        let signature = signer.sign_to_vec().map_err(ssl("signing"))?;
        match ecdsa_size(self.alg) {
            Some(n) => {
                let der = openssl::ecdsa::EcdsaSig::from_der(&signature).map_err(ssl("ECDSA"))?;
                let n = n as i32;
                let mut out = der.r().to_vec_padded(n).map_err(ssl("ECDSA"))?;
                out.extend(der.s().to_vec_padded(n).map_err(ssl("ECDSA"))?);
                Ok(out)
            }
            None => Ok(signature),
        }
    }
}

/// The OpenSSL HMAC key of an `oct` JWK.
fn hmac_pkey(key: &serde_json::Map<String, Value>) -> JoseResult<PKey<openssl::pkey::Private>> {
    let k = Zeroizing::new(b64::decode(jwk::str_member(key, "k")?, "JWK member `k`")?);
    PKey::hmac(&k).map_err(ssl("the HMAC key"))
}

impl Verifier {
    /// `verify` for a signing input read in pieces, in one reading.
    pub fn verify_message(&self, input: &mut dyn Message, signature: &[u8]) -> JoseResult<bool> {
        if let VerifierImpl::Ed25519(key) = &self.inner {
            return ed25519::verify_message(key, input, signature).map_err(unreadable);
        }
        let md = digest_of(self.alg);
        if self.alg.is_hmac() {
            let pkey = hmac_pkey(&self.key)?;
            let mut signer = openssl::sign::Signer::new(md, &pkey).map_err(ssl("HMAC"))?;
            feed_openssl(input, |piece| signer.update(piece))
                .map_err(unreadable)?
                .map_err(ssl("HMAC"))?;
            let tag = signer.sign_to_vec().map_err(ssl("HMAC"))?;
            return Ok(tag.len() == signature.len() && openssl::memcmp::eq(&tag, signature));
        }
        let der;
        let signature = match ecdsa_size(self.alg) {
            Some(n) => {
                if signature.len() != 2 * n {
                    return Ok(false);
                }
                let r = openssl::bn::BigNum::from_slice(&signature[..n]).map_err(ssl("ECDSA"))?;
                let s = openssl::bn::BigNum::from_slice(&signature[n..]).map_err(ssl("ECDSA"))?;
                der = openssl::ecdsa::EcdsaSig::from_private_components(r, s)
                    .and_then(|sig| sig.to_der())
                    .map_err(ssl("ECDSA"))?;
                &der[..]
            }
            None => signature,
        };
        let pkey = jwk::jwk_to_public_pkey(&self.key)?;
        let mut verifier = openssl::sign::Verifier::new(md, &pkey).map_err(ssl("verifying"))?;
        if is_pss(self.alg) {
            verifier
                .set_rsa_padding(openssl::rsa::Padding::PKCS1_PSS)
                .and_then(|_| {
                    verifier.set_rsa_pss_saltlen(openssl::sign::RsaPssSaltlen::DIGEST_LENGTH)
                })
                .and_then(|_| verifier.set_rsa_mgf1_md(md))
                .map_err(ssl("PSS"))?;
        }
        feed_openssl(input, |piece| verifier.update(piece))
            .map_err(unreadable)?
            .map_err(ssl("verifying"))?;
        // OpenSSL reports a malformed signature as an error; it is just invalid.
        Ok(verifier.verify(signature).unwrap_or(false))
    }
}

fn digest_of(alg: Alg) -> MessageDigest {
    match alg {
        Alg::HS384 | Alg::RS384 | Alg::PS384 | Alg::ES384 => MessageDigest::sha384(),
        Alg::HS512 | Alg::RS512 | Alg::PS512 | Alg::ES512 => MessageDigest::sha512(),
        _ => MessageDigest::sha256(),
    }
}

fn is_pss(alg: Alg) -> bool {
    matches!(alg, Alg::PS256 | Alg::PS384 | Alg::PS512)
}

/// The length of r and of s in a JOSE ECDSA signature.
fn ecdsa_size(alg: Alg) -> Option<usize> {
    match alg {
        Alg::ES256 => Some(32),
        Alg::ES384 => Some(48),
        Alg::ES512 => Some(66),
        _ => None,
    }
}

fn ssl(what: &'static str) -> impl Fn(openssl::error::ErrorStack) -> JoseError {
    move |e| JoseError::bad_key(format!("{what} failed: {e}"))
}

fn unreadable(e: std::io::Error) -> JoseError {
    JoseError::malformed(format!("cannot read the payload: {e}"))
}

/// EdDSA takes the ed25519-dalek branch before josekit is reached; this arm only completes
/// the match.
fn handled_without_josekit() -> josekit::JoseError {
    josekit::JoseError::UnsupportedSignatureAlgorithm(anyhow::anyhow!(
        "EdDSA is handled with ed25519-dalek"
    ))
}

fn check_hmac_key(alg: Alg, key: &Jwk) -> JoseResult<()> {
    if alg.is_hmac() {
        let k = b64::decode(jwk::str_member(key, "k")?, "JWK member `k`")?;
        if k.len() < alg.hmac_min_key_bytes() {
            return Err(JoseError::bad_key(format!(
                "{} needs a key of at least {} bytes (RFC 7518 §3.2); this one has {}",
                alg.as_str(),
                alg.hmac_min_key_bytes(),
                k.len()
            )));
        }
    }
    Ok(())
}

enum VerifierImpl {
    Ed25519(ed25519::PublicKey),
    Jose(Box<dyn josekit::jws::JwsVerifier>),
}

/// A verifier for one key and one algorithm, built once.
pub struct Verifier {
    pub alg: Alg,
    pub kid: Option<String>,
    inner: VerifierImpl,
    /// The public (or oct) key, for `verify_message`.
    key: Jwk,
}

impl Verifier {
    pub fn new(key: &Jwk, alg: Alg) -> JoseResult<Verifier> {
        if !alg.fits(key) {
            return Err(unreachable_alg(alg));
        }
        check_hmac_key(alg, key)?;
        let kid = key.get("kid").and_then(Value::as_str).map(str::to_string);
        let inner = if alg == Alg::EdDSA {
            let x = b64::decode(jwk::str_member(key, "x")?, "JWK member `x`")?;
            VerifierImpl::Ed25519(ed25519::PublicKey::from_bytes(&x)?)
        } else {
            let mut public = key.clone();
            if !alg.is_hmac() {
                for member in ["d", "p", "q", "dp", "dq", "qi", "oth"] {
                    public.remove(member);
                }
            }
            let jk = jwk::to_josekit(&public)?;
            use josekit::jws;
            let verifier: Result<Box<dyn jws::JwsVerifier>, josekit::JoseError> = match alg {
                Alg::HS256 => jws::HS256.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::HS384 => jws::HS384.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::HS512 => jws::HS512.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::RS256 => jws::RS256.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::RS384 => jws::RS384.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::RS512 => jws::RS512.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::PS256 => jws::PS256.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::PS384 => jws::PS384.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::PS512 => jws::PS512.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::ES256 => jws::ES256.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::ES384 => jws::ES384.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::ES512 => jws::ES512.verifier_from_jwk(&jk).map(|s| Box::new(s) as _),
                Alg::EdDSA => Err(handled_without_josekit()),
            };
            VerifierImpl::Jose(
                verifier
                    .map_err(|e| JoseError::bad_key(format!("cannot verify with this key: {e}")))?,
            )
        };
        let key = if alg.is_hmac() {
            key.clone()
        } else {
            jwk::public_of(key)?
        };
        Ok(Verifier {
            alg,
            kid,
            inner,
            key,
        })
    }

    pub fn verify(&self, signing_input: &[u8], signature: &[u8]) -> bool {
        match &self.inner {
            VerifierImpl::Ed25519(key) => ed25519::verify(key, signing_input, signature),
            VerifierImpl::Jose(verifier) => guarded("signature verification", || {
                verifier.verify(signing_input, signature).is_ok()
            })
            .unwrap_or(false),
        }
    }

    pub fn ed25519_key(&self) -> Option<&ed25519::PublicKey> {
        match &self.inner {
            VerifierImpl::Ed25519(key) => Some(key),
            VerifierImpl::Jose(_) => None,
        }
    }
}

/// Every verifier the key set allows, built once up front (batch verification reuses them).
pub struct VerifierSet {
    verifiers: Vec<Verifier>,
    /// Key ids of each verifier's key, for kid matching (None: the key has no kid).
    single_unnamed: bool,
}

impl VerifierSet {
    pub fn new(keys: &KeySet, explicit_algs: &[Alg]) -> JoseResult<VerifierSet> {
        let mut verifiers = Vec::new();
        let mut last_error = None;
        for key in &keys.keys {
            if key.get("use").and_then(Value::as_str) == Some("enc")
                || !jwk::allows_op(key, &["verify"])
            {
                last_error = Some(JoseError::bad_key(
                    "the key is not meant for verification (its use or key_ops say otherwise)",
                ));
                continue;
            }
            match allowed_algs(key, explicit_algs) {
                Ok(algs) => {
                    for alg in algs {
                        match Verifier::new(key, alg) {
                            Ok(v) => verifiers.push(v),
                            Err(e) => last_error = Some(e),
                        }
                    }
                }
                Err(e) => last_error = Some(e),
            }
        }
        if verifiers.is_empty() {
            return Err(
                last_error.unwrap_or_else(|| JoseError::bad_key("no usable verification key"))
            );
        }
        let single_unnamed = keys.keys.len() == 1 && !keys.keys[0].contains_key("kid");
        Ok(VerifierSet {
            verifiers,
            single_unnamed,
        })
    }

    /// The verifiers that may check a signature with this header's alg and kid.
    pub fn select(&self, alg_name: &str, kid: Option<&str>) -> JoseResult<Vec<&Verifier>> {
        let alg = Alg::parse(alg_name)?;
        let by_alg: Vec<&Verifier> = self.verifiers.iter().filter(|v| v.alg == alg).collect();
        if by_alg.is_empty() {
            return Err(JoseError::new(
                Reason::AlgNotAllowed,
                format!("the token uses {alg_name}, which the key does not allow"),
            )
            .with_help("pass --alg to allow it explicitly, if the key is meant for it"));
        }
        match kid {
            Some(kid) if !self.single_unnamed => {
                let by_kid: Vec<&Verifier> = by_alg
                    .into_iter()
                    .filter(|v| v.kid.as_deref() == Some(kid))
                    .collect();
                if by_kid.is_empty() {
                    Err(JoseError::new(
                        Reason::UnknownKid,
                        format!("the token's kid `{kid}` matches no {alg_name} key"),
                    ))
                } else {
                    Ok(by_kid)
                }
            }
            _ => Ok(by_alg),
        }
    }
}

/// Header members cu understands in `crit`.
const UNDERSTOOD_CRIT: &[&str] = &["b64"];
const HEADER_KEY_MEMBERS: &[&str] = &["jwk", "jku", "x5u", "x5c"];

/// Checks every JWS (and JWE) header gets before any cryptography: `alg` present and not
/// `none`, `crit` well-formed and understood, no embedded keys unless allowed.
pub fn check_header(
    protected: &Map<String, Value>,
    merged: &Map<String, Value>,
    policy: Policy,
) -> JoseResult<()> {
    match merged.get("alg") {
        Some(Value::String(alg)) if alg.eq_ignore_ascii_case("none") => {
            return Err(JoseError::new(
                Reason::AlgNotAllowed,
                "alg `none` (unsigned) is never accepted",
            ))
        }
        Some(Value::String(_)) => {}
        Some(_) => return Err(JoseError::malformed("the header's `alg` is not a string")),
        None => return Err(JoseError::malformed("the header has no `alg`")),
    }
    if let Some(crit) = merged.get("crit") {
        if !protected.contains_key("crit") {
            return Err(JoseError::malformed(
                "`crit` must be in the protected header",
            ));
        }
        let Value::Array(names) = crit else {
            return Err(JoseError::malformed("`crit` must be an array of names"));
        };
        if names.is_empty() {
            return Err(JoseError::malformed("`crit` must not be empty"));
        }
        for name in names {
            let Value::String(name) = name else {
                return Err(JoseError::malformed("`crit` must be an array of names"));
            };
            if !UNDERSTOOD_CRIT.contains(&name.as_str()) {
                return Err(JoseError::new(
                    Reason::UnknownCrit,
                    format!("the header marks `{name}` as critical, which cu does not implement"),
                ));
            }
            if !protected.contains_key(name) {
                return Err(JoseError::malformed(format!(
                    "`crit` names `{name}`, which is not in the protected header"
                )));
            }
        }
    }
    if !policy.allow_header_keys {
        if let Some(member) = HEADER_KEY_MEMBERS.iter().find(|m| merged.contains_key(**m)) {
            return Err(JoseError::new(
                Reason::EmbeddedKey,
                format!("the header carries a key (`{member}`); keys from the token itself are not trusted"),
            ));
        }
    }
    Ok(())
}

/// Whether the payload is base64url-encoded (RFC 7797 `b64`, default true).
fn payload_is_encoded(protected: &Map<String, Value>) -> JoseResult<bool> {
    match protected.get("b64") {
        None => Ok(true),
        Some(Value::Bool(b)) => {
            let in_crit = protected
                .get("crit")
                .and_then(Value::as_array)
                .is_some_and(|c| c.iter().any(|n| n == "b64"));
            if !in_crit {
                return Err(JoseError::malformed(
                    "`b64` must be listed in `crit` (RFC 7797)",
                ));
            }
            Ok(*b)
        }
        Some(_) => Err(JoseError::malformed("`b64` must be true or false")),
    }
}

pub fn decode_header(part: &str, what: &str) -> JoseResult<Map<String, Value>> {
    let bytes = b64::decode(part, what)?;
    match crate::limits::json_from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(JoseError::malformed(format!("{what} is not a JSON object"))),
        Err(e) => Err(JoseError::malformed(format!(
            "{what} is not valid JSON: {e}"
        ))),
    }
}

/// One signature of a parsed JWS, ready to verify.
#[derive(Debug, Clone)]
pub struct SignatureParts {
    pub protected: Map<String, Value>,
    /// Protected and unprotected members together.
    pub header: Map<String, Value>,
    pub signing_input: Vec<u8>,
    pub signature: Vec<u8>,
}

/// A JWS taken apart, headers checked, nothing verified yet.
#[derive(Debug, Clone)]
pub struct ParsedJws {
    pub payload: Vec<u8>,
    pub signatures: Vec<SignatureParts>,
    pub json: bool,
}

pub fn check_size(input: &[u8], limits: &Limits) -> JoseResult<()> {
    if input.len() > limits.max_token_bytes {
        return Err(JoseError::new(
            Reason::TooLarge,
            format!(
                "the input has {} bytes; the limit is {}",
                input.len(),
                limits.max_token_bytes
            ),
        ));
    }
    Ok(())
}

/// Parse compact (`h.p.s`) or JSON (flattened or general) serialization.
pub fn parse(
    input: &[u8],
    detached: Option<&[u8]>,
    limits: &Limits,
    policy: Policy,
) -> JoseResult<ParsedJws> {
    check_size(input, limits)?;
    let trimmed = input.trim_ascii();
    if trimmed.first() == Some(&b'{') {
        parse_json(trimmed, detached, policy)
    } else {
        let text = std::str::from_utf8(trimmed)
            .map_err(|_| JoseError::malformed("the token is not ASCII text"))?;
        parse_compact(text, detached, policy)
    }
}

pub fn parse_compact(
    token: &str,
    detached: Option<&[u8]>,
    policy: Policy,
) -> JoseResult<ParsedJws> {
    let mut parts = token.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        let dots = token.matches('.').count();
        return Err(if dots == 4 {
            JoseError::malformed("this is a JWE (five parts), not a JWS")
                .with_help("decrypt it with `cu jose jwe decrypt`")
        } else {
            JoseError::malformed(format!(
                "a compact JWS has three dot-separated parts; this has {}",
                dots + 1
            ))
        });
    };
    let protected = decode_header(h, "the JWS header")?;
    check_header(&protected, &protected, policy)?;
    let encoded = payload_is_encoded(&protected)?;
    let payload = match detached {
        Some(content) => {
            if !p.is_empty() {
                return Err(JoseError::malformed(
                    "a detached payload was given but the token carries one too",
                ));
            }
            content.to_vec()
        }
        None if encoded => b64::decode(p, "the JWS payload")?,
        None => p.as_bytes().to_vec(),
    };
    let mut signing_input = Vec::with_capacity(h.len() + 1 + payload.len() * 4 / 3 + 4);
    signing_input.extend_from_slice(h.as_bytes());
    signing_input.push(b'.');
    if encoded {
        if detached.is_some() {
            signing_input.extend_from_slice(b64::encode(&payload).as_bytes());
        } else {
            signing_input.extend_from_slice(p.as_bytes());
        }
    } else {
        signing_input.extend_from_slice(&payload);
    }
    let signature = b64::decode(s, "the JWS signature")?;
    Ok(ParsedJws {
        payload,
        signatures: vec![SignatureParts {
            header: protected.clone(),
            protected,
            signing_input,
            signature,
        }],
        json: false,
    })
}

fn parse_json(input: &[u8], detached: Option<&[u8]>, policy: Policy) -> JoseResult<ParsedJws> {
    let doc: Map<String, Value> = match crate::limits::json_from_slice(input) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err(JoseError::malformed("a JSON JWS must be an object")),
        Err(e) => {
            return Err(JoseError::malformed(format!(
                "the JWS is not valid JSON: {e}"
            )))
        }
    };
    let payload_text = match (doc.get("payload"), detached) {
        (Some(Value::String(p)), None) => Some(p.clone()),
        (Some(_), Some(_)) => {
            return Err(JoseError::malformed(
                "a detached payload was given but the JWS carries one too",
            ))
        }
        (None, Some(_)) => None,
        (None, None) => {
            return Err(JoseError::malformed("the JWS has no payload")
                .with_help("pass the detached payload with --payload FILE"))
        }
        (Some(_), None) => return Err(JoseError::malformed("`payload` must be a string")),
    };
    let entries: Vec<&Map<String, Value>> = match doc.get("signatures") {
        Some(Value::Array(list)) => {
            if doc.contains_key("signature") || doc.contains_key("protected") {
                return Err(JoseError::malformed(
                    "a JWS cannot be both general and flattened JSON",
                ));
            }
            list.iter()
                .map(|e| {
                    e.as_object()
                        .ok_or_else(|| JoseError::malformed("each signature must be an object"))
                })
                .collect::<JoseResult<_>>()?
        }
        Some(_) => return Err(JoseError::malformed("`signatures` must be an array")),
        None => vec![&doc],
    };
    if entries.is_empty() {
        return Err(JoseError::malformed("the JWS has no signatures"));
    }
    let mut payload: Option<Vec<u8>> = None;
    let mut signatures = Vec::with_capacity(entries.len());
    for entry in entries {
        let protected_b64 = match entry.get("protected") {
            Some(Value::String(s)) => s.as_str(),
            None => "",
            Some(_) => return Err(JoseError::malformed("`protected` must be a string")),
        };
        let protected = if protected_b64.is_empty() {
            Map::new()
        } else {
            decode_header(protected_b64, "the protected header")?
        };
        let mut header = protected.clone();
        match entry.get("header") {
            Some(Value::Object(unprotected)) => {
                for (name, value) in unprotected {
                    if header.insert(name.clone(), value.clone()).is_some() {
                        return Err(JoseError::malformed(format!(
                            "header member `{name}` is both protected and unprotected"
                        )));
                    }
                }
            }
            Some(_) => return Err(JoseError::malformed("`header` must be an object")),
            None => {}
        }
        check_header(&protected, &header, policy)?;
        let encoded = payload_is_encoded(&protected)?;
        let this_payload = match (&payload_text, detached) {
            (Some(text), _) if encoded => b64::decode(text, "the JWS payload")?,
            (Some(text), _) => text.as_bytes().to_vec(),
            (None, Some(content)) => content.to_vec(),
            (None, None) => Vec::new(),
        };
        let mut signing_input = protected_b64.as_bytes().to_vec();
        signing_input.push(b'.');
        match (&payload_text, encoded) {
            (Some(text), _) => signing_input.extend_from_slice(text.as_bytes()),
            (None, true) => signing_input.extend_from_slice(b64::encode(&this_payload).as_bytes()),
            (None, false) => signing_input.extend_from_slice(&this_payload),
        }
        let signature = match entry.get("signature") {
            Some(Value::String(s)) => b64::decode(s, "the JWS signature")?,
            _ => {
                return Err(JoseError::malformed(
                    "each signature needs a `signature` string",
                ))
            }
        };
        payload.get_or_insert(this_payload);
        signatures.push(SignatureParts {
            protected,
            header,
            signing_input,
            signature,
        });
    }
    Ok(ParsedJws {
        payload: payload.unwrap_or_default(),
        signatures,
        json: true,
    })
}

/// The outcome for one signature of a JWS.
#[derive(Debug)]
pub struct SignatureCheck {
    pub alg: String,
    pub kid: Option<String>,
    pub outcome: Result<(), JoseError>,
}

/// Verify a parsed JWS. Each signature is checked against the keys its alg/kid select.
pub fn verify_parsed(parsed: &ParsedJws, verifiers: &VerifierSet) -> Vec<SignatureCheck> {
    parsed
        .signatures
        .iter()
        .map(|sig| {
            let alg = sig
                .header
                .get("alg")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let kid = sig
                .header
                .get("kid")
                .and_then(Value::as_str)
                .map(str::to_string);
            let outcome = verifiers
                .select(&alg, kid.as_deref())
                .and_then(|candidates| {
                    if candidates
                        .iter()
                        .any(|v| v.verify(&sig.signing_input, &sig.signature))
                    {
                        Ok(())
                    } else {
                        Err(JoseError::new(
                            Reason::BadSignature,
                            "the signature does not verify",
                        ))
                    }
                });
            SignatureCheck { alg, kid, outcome }
        })
        .collect()
}

/// How to sign.
#[derive(Debug, Clone, Default)]
pub struct SignOptions {
    /// Extra protected header members (typ, cty, custom).
    pub header: Map<String, Value>,
    /// Leave the payload out of the output (RFC 7515 Appendix F).
    pub detached: bool,
    /// RFC 7797 unencoded payload (`b64: false`, `crit: ["b64"]`).
    pub unencoded: bool,
    /// Unprotected header members (JSON serialization only; not covered by the signature).
    pub unprotected: Map<String, Value>,
}

fn protected_header(signer: &Signer, options: &SignOptions) -> Map<String, Value> {
    let mut header = Map::new();
    header.insert("alg".into(), signer.alg.as_str().into());
    if let Some(kid) = &signer.kid {
        header.insert("kid".into(), kid.clone().into());
    }
    for (name, value) in &options.header {
        header.insert(name.clone(), value.clone());
    }
    if options.unencoded {
        header.insert("b64".into(), false.into());
        header.insert("crit".into(), serde_json::json!(["b64"]));
    }
    header
}

fn signing_input(header_b64: &str, payload: &[u8], unencoded: bool) -> Vec<u8> {
    let mut input = header_b64.as_bytes().to_vec();
    input.push(b'.');
    if unencoded {
        input.extend_from_slice(payload);
    } else {
        input.extend_from_slice(b64::encode(payload).as_bytes());
    }
    input
}

/// Compact serialization: `header.payload.signature` (payload empty when detached).
pub fn sign_compact(signer: &Signer, payload: &[u8], options: &SignOptions) -> JoseResult<String> {
    if !options.unprotected.is_empty() {
        return Err(
            JoseError::malformed("unprotected header members need the JSON serialization")
                .with_help("add --json: the compact form protects every header member"),
        );
    }
    if options.unencoded && !options.detached && payload.contains(&b'.') {
        return Err(JoseError::malformed(
            "an unencoded compact payload cannot contain `.`; use --detached or JSON",
        ));
    }
    let header = protected_header(signer, options);
    let header_b64 = b64::encode(serde_json::to_vec(&header).unwrap_or_default());
    let input = signing_input(&header_b64, payload, options.unencoded);
    let signature = signer.sign(&input)?;
    let payload_part = if options.detached {
        String::new()
    } else if options.unencoded {
        String::from_utf8(payload.to_vec())
            .map_err(|_| JoseError::malformed("an unencoded compact payload must be text"))?
    } else {
        b64::encode(payload)
    };
    Ok(format!(
        "{header_b64}.{payload_part}.{}",
        b64::encode(signature)
    ))
}

/// One signature of the JSON serialization: its protected header, unprotected members and
/// signature.
fn json_entry(
    header: &Map<String, Value>,
    header_b64: String,
    signature: &[u8],
    options: &SignOptions,
) -> JoseResult<Value> {
    let mut entry = Map::new();
    entry.insert("protected".into(), header_b64.into());
    if !options.unprotected.is_empty() {
        if let Some(name) = options.unprotected.keys().find(|n| header.contains_key(*n)) {
            return Err(JoseError::malformed(format!(
                "header member `{name}` cannot be both protected and unprotected"
            )));
        }
        entry.insert("header".into(), Value::Object(options.unprotected.clone()));
    }
    entry.insert("signature".into(), b64::encode(signature).into());
    Ok(Value::Object(entry))
}

/// The JSON serialization around `entries`: flattened for one, general for several.
fn json_document(mut entries: Vec<Value>, mut doc: Map<String, Value>) -> Value {
    if entries.len() == 1 {
        if let Some(Value::Object(entry)) = entries.pop() {
            doc.extend(entry);
        }
    } else {
        doc.insert("signatures".into(), Value::Array(entries));
    }
    Value::Object(doc)
}

/// JSON serialization: flattened for one signer, general for several.
pub fn sign_json(signers: &[Signer], payload: &[u8], options: &SignOptions) -> JoseResult<Value> {
    let mut entries = Vec::new();
    for signer in signers {
        let header = protected_header(signer, options);
        let header_b64 = b64::encode(serde_json::to_vec(&header).unwrap_or_default());
        let signature = signer.sign(&signing_input(&header_b64, payload, options.unencoded))?;
        entries.push(json_entry(&header, header_b64, &signature, options)?);
    }
    let mut doc = Map::new();
    if !options.detached {
        let payload_text = if options.unencoded {
            String::from_utf8(payload.to_vec())
                .map_err(|_| JoseError::malformed("an unencoded payload must be text in JSON"))?
        } else {
            b64::encode(payload)
        };
        doc.insert("payload".into(), payload_text.into());
    }
    Ok(json_document(entries, doc))
}

/// `sign_compact` or `sign_json` with a detached payload read in pieces (any size, constant
/// memory): the payload goes through each signature as it is read and is never held. The
/// output is what those functions make with `detached` set.
pub fn sign_detached(
    signers: &[Signer],
    payload: &mut dyn Message,
    options: &SignOptions,
    json: bool,
) -> JoseResult<Value> {
    if !json && !options.unprotected.is_empty() {
        return Err(
            JoseError::malformed("unprotected header members need the JSON serialization")
                .with_help("add --json: the compact form protects every header member"),
        );
    }
    let mut entries = Vec::new();
    for signer in signers {
        let header = protected_header(signer, options);
        let header_b64 = b64::encode(serde_json::to_vec(&header).unwrap_or_default());
        let prefix = format!("{header_b64}.");
        let signature = signer.sign_message(&mut SigningInput {
            prefix: prefix.as_bytes(),
            message: payload,
            encode: !options.unencoded,
        })?;
        if !json {
            return Ok(Value::String(format!(
                "{header_b64}..{}",
                b64::encode(signature)
            )));
        }
        entries.push(json_entry(&header, header_b64, &signature, options)?);
    }
    let doc = Map::new();
    Ok(json_document(entries, doc))
}

/// Parse a JWS whose payload is detached and will be read in pieces by `verify_detached`.
/// Each signature's `signing_input` holds only the part before the payload (`header.`).
pub fn parse_detached(input: &[u8], limits: &Limits, policy: Policy) -> JoseResult<ParsedJws> {
    // The empty payload encodes to nothing in both forms, which leaves exactly the prefix.
    parse(input, Some(b""), limits, policy)
}

/// `verify_parsed` for a JWS from `parse_detached`, reading the payload once for each
/// candidate key of each signature.
pub fn verify_detached(
    parsed: &ParsedJws,
    verifiers: &VerifierSet,
    payload: &mut dyn Message,
) -> JoseResult<Vec<SignatureCheck>> {
    let mut checks = Vec::with_capacity(parsed.signatures.len());
    for sig in &parsed.signatures {
        let alg = sig
            .header
            .get("alg")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let kid = sig
            .header
            .get("kid")
            .and_then(Value::as_str)
            .map(str::to_string);
        let encode = payload_is_encoded(&sig.protected)?;
        let outcome = match verifiers.select(&alg, kid.as_deref()) {
            Err(e) => Err(e),
            Ok(candidates) => {
                let mut valid = false;
                for verifier in candidates {
                    let mut input = SigningInput {
                        prefix: &sig.signing_input,
                        message: payload,
                        encode,
                    };
                    if verifier.verify_message(&mut input, &sig.signature)? {
                        valid = true;
                        break;
                    }
                }
                if valid {
                    Ok(())
                } else {
                    Err(JoseError::new(
                        Reason::BadSignature,
                        "the signature does not verify",
                    ))
                }
            }
        };
        checks.push(SignatureCheck { alg, kid, outcome });
    }
    Ok(checks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose::message::Bytes;

    fn key(alg: &str) -> Jwk {
        jwk::generate(&jwk::GenerateSpec {
            kty: None,
            bits: None,
            crv: None,
            alg: Some(alg.to_string()),
            key_use: None,
            kid: Some("k1".into()),
        })
        .unwrap()
    }

    fn detached_options(unencoded: bool) -> SignOptions {
        SignOptions {
            detached: true,
            unencoded,
            ..SignOptions::default()
        }
    }

    #[test]
    fn streamed_detached_signatures_match_and_verify_both_ways() {
        let payload: Vec<u8> = (0..70_000u32).map(|i| (i % 251) as u8).collect();
        for alg in [
            "EdDSA", "HS256", "HS512", "RS256", "PS256", "ES256", "ES384", "ES512",
        ] {
            let jwk = key(alg);
            let signer = Signer::new(&jwk, None).unwrap();
            for unencoded in [false, true] {
                let options = detached_options(unencoded);
                let one_shot = sign_compact(&signer, &payload, &options).unwrap();
                let streamed = sign_detached(
                    std::slice::from_ref(&signer),
                    &mut Bytes(&payload),
                    &options,
                    false,
                )
                .unwrap();
                let streamed = streamed.as_str().unwrap().to_string();
                if matches!(alg, "EdDSA" | "HS256" | "HS512" | "RS256") {
                    assert_eq!(
                        streamed, one_shot,
                        "{alg} deterministic signatures are identical"
                    );
                }
                let keys = KeySet::single(if alg.starts_with("HS") {
                    jwk.clone()
                } else {
                    jwk::public_of(&jwk).unwrap()
                });
                let verifiers = VerifierSet::new(&keys, &[]).unwrap();
                for token in [&one_shot, &streamed] {
                    // The one-shot verifier accepts the streamed signature and vice versa.
                    let parsed = parse(
                        token.as_bytes(),
                        Some(&payload),
                        &Limits::default(),
                        Policy::default(),
                    )
                    .unwrap();
                    assert!(
                        verify_parsed(&parsed, &verifiers)[0].outcome.is_ok(),
                        "{alg}"
                    );
                    let parsed =
                        parse_detached(token.as_bytes(), &Limits::default(), Policy::default())
                            .unwrap();
                    let ok = verify_detached(&parsed, &verifiers, &mut Bytes(&payload)).unwrap();
                    assert!(ok[0].outcome.is_ok(), "{alg} unencoded={unencoded}");
                    let mut changed = payload.clone();
                    *changed.last_mut().unwrap() ^= 1;
                    let bad = verify_detached(&parsed, &verifiers, &mut Bytes(&changed)).unwrap();
                    assert!(bad[0].outcome.is_err(), "{alg} altered payload");
                }
            }
        }
    }
}
