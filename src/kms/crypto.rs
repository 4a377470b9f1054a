//! The primitives the key store uses: AES-256-GCM, AES key wrap, HMAC, HKDF and PBKDF2 from
//! aws-lc (no per-process provider start-up); key generation, signatures and ECDH from
//! OpenSSL (the JOSE backend), which asymmetric operations load anyway.

use aws_lc_rs::key_wrap::{self, KeyEncryptionKey, KeyWrap};
use aws_lc_rs::{aead, hkdf, hmac as aws_hmac, pbkdf2};
use openssl::bn::BigNum;
use openssl::derive::Deriver;
use openssl::ec::{EcGroup, EcKey};
use openssl::ecdsa::EcdsaSig;
use openssl::nid::Nid;
use openssl::pkey::{Id, PKey, Private, Public};
use openssl::rsa::Rsa;
use openssl::sign::{Signer, Verifier};
use zeroize::Zeroizing;

use super::{KeyType, KmsError, KmsResult, Reason};
use crate::jose::message::{feed_openssl, Message};

pub const NONCE_LEN: usize = 12;
pub const TAG_LEN: usize = 16;

fn internal(what: &str, e: openssl::error::ErrorStack) -> KmsError {
    KmsError::new(Reason::Internal, format!("{what}: {e}"))
}

pub fn random(len: usize) -> KmsResult<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(vec![0u8; len]);
    getrandom::fill(&mut out)
        .map_err(|e| KmsError::new(Reason::Internal, format!("no randomness: {e}")))?;
    Ok(out)
}

fn aead_key(key: &[u8]) -> Option<aead::LessSafeKey> {
    aead::UnboundKey::new(&aead::AES_256_GCM, key)
        .ok()
        .map(aead::LessSafeKey::new)
}

/// AES-256-GCM with a random nonce: `nonce || ciphertext || tag`.
pub fn seal(key: &[u8], aad: &[u8], plaintext: &[u8]) -> KmsResult<Vec<u8>> {
    let nonce = random(NONCE_LEN)?;
    let (ct, tag) = gcm_encrypt(key, &nonce, aad, plaintext)?;
    let mut out = Vec::with_capacity(NONCE_LEN + ct.len() + TAG_LEN);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out.extend_from_slice(&tag);
    Ok(out)
}

/// Open what `seal` made; None when it was altered or sealed under another key or context.
pub fn open(key: &[u8], aad: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, rest) = sealed.split_at(NONCE_LEN);
    let (ct, tag) = rest.split_at(rest.len() - TAG_LEN);
    gcm_decrypt(key, nonce, aad, ct, tag)
}

/// AES-256-GCM with an explicit nonce (JWE content encryption). The symmetric primitives
/// come from aws-lc (already linked for rustls and rcgen): OpenSSL 3's provider start-up
/// costs about 2.5 ms per process, half of a one-shot `cu kms encrypt`.
pub fn gcm_encrypt(
    key: &[u8],
    nonce: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> KmsResult<(Vec<u8>, [u8; TAG_LEN])> {
    let bad = || KmsError::new(Reason::Internal, "AES-GCM: bad key or nonce length");
    let key = aead_key(key).ok_or_else(bad)?;
    let nonce = aead::Nonce::try_assume_unique_for_key(nonce).map_err(|_| bad())?;
    let mut data = plaintext.to_vec();
    let tag = key
        .seal_in_place_separate_tag(nonce, aead::Aad::from(aad), &mut data)
        .map_err(|_| KmsError::new(Reason::Internal, "AES-GCM failed"))?;
    let mut t = [0u8; TAG_LEN];
    t.copy_from_slice(tag.as_ref());
    Ok((data, t))
}

pub fn gcm_decrypt(
    key: &[u8],
    nonce: &[u8],
    aad: &[u8],
    ct: &[u8],
    tag: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    if key.len() != 32 || nonce.len() != NONCE_LEN || tag.len() != TAG_LEN {
        return None;
    }
    let key = aead_key(key)?;
    let nonce = aead::Nonce::try_assume_unique_for_key(nonce).ok()?;
    let mut data = Zeroizing::new(Vec::with_capacity(ct.len() + TAG_LEN));
    data.extend_from_slice(ct);
    data.extend_from_slice(tag);
    let len = key
        .open_in_place(nonce, aead::Aad::from(aad), &mut data)
        .ok()?
        .len();
    data.truncate(len);
    Some(data)
}

/// RFC 3394 AES key wrap (A256KW).
pub fn key_wrap(kek: &[u8], key: &[u8]) -> KmsResult<Vec<u8>> {
    let kek = KeyEncryptionKey::new(&key_wrap::AES_256, kek)
        .map_err(|_| KmsError::new(Reason::Internal, "AES-KW: bad key length"))?;
    let mut out = vec![0u8; key.len() + 8];
    let len = kek
        .wrap(key, &mut out)
        .map_err(|_| KmsError::new(Reason::Internal, "AES-KW failed"))?
        .len();
    out.truncate(len);
    Ok(out)
}

pub fn key_unwrap(kek: &[u8], wrapped: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if wrapped.len() < 24 || wrapped.len() % 8 != 0 {
        return None;
    }
    let kek = KeyEncryptionKey::new(&key_wrap::AES_256, kek).ok()?;
    let mut out = Zeroizing::new(vec![0u8; wrapped.len()]);
    let len = kek.unwrap(wrapped, &mut out).ok()?.len();
    out.truncate(len);
    Some(out)
}

/// HMAC-SHA256 or HMAC-SHA512, by the key's type.
pub fn hmac(key_type: KeyType, key: &[u8], data: &[u8]) -> KmsResult<Vec<u8>> {
    let alg = match key_type {
        KeyType::HmacSha512 => aws_hmac::HMAC_SHA512,
        _ => aws_hmac::HMAC_SHA256,
    };
    Ok(aws_hmac::sign(&aws_hmac::Key::new(alg, key), data)
        .as_ref()
        .to_vec())
}

/// Constant-time comparison.
pub fn equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && aws_lc_rs::constant_time::verify_slices_are_equal(a, b).is_ok()
}

struct OutLen(usize);

impl hkdf::KeyType for OutLen {
    fn len(&self) -> usize {
        self.0
    }
}

pub fn hkdf_sha256(
    ikm: &[u8],
    salt: &[u8],
    info: &[u8],
    len: usize,
) -> KmsResult<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(vec![0u8; len]);
    hkdf::Salt::new(hkdf::HKDF_SHA256, salt)
        .extract(ikm)
        .expand(&[info], OutLen(len))
        .and_then(|okm| okm.fill(&mut out))
        .map_err(|_| KmsError::new(Reason::Internal, "HKDF failed"))?;
    Ok(out)
}

pub fn pbkdf2_sha256(
    password: &[u8],
    salt: &[u8],
    iterations: u32,
) -> KmsResult<Zeroizing<Vec<u8>>> {
    let iterations = std::num::NonZeroU32::new(iterations).ok_or_else(|| {
        KmsError::new(Reason::NotAStore, "the stored PBKDF2 iteration count is 0")
    })?;
    let mut out = Zeroizing::new(vec![0u8; 32]);
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        iterations,
        salt,
        password,
        &mut out,
    );
    Ok(out)
}

fn ec_group(nid: Nid) -> KmsResult<EcGroup> {
    EcGroup::from_curve_name(nid).map_err(|e| internal("EC group", e))
}

/// Fresh key material for a key type: raw bytes for symmetric keys, PKCS#8 DER otherwise.
pub fn generate(key_type: KeyType) -> KmsResult<Zeroizing<Vec<u8>>> {
    let pkey: PKey<Private> = match key_type {
        KeyType::Aes256Gcm => return random(32),
        KeyType::HmacSha256 => return random(32),
        KeyType::HmacSha512 => return random(64),
        KeyType::Rsa2048 | KeyType::Rsa3072 | KeyType::Rsa4096 => {
            let bits = match key_type {
                KeyType::Rsa2048 => 2048,
                KeyType::Rsa3072 => 3072,
                _ => 4096,
            };
            let rsa = Rsa::generate(bits).map_err(|e| internal("RSA keygen", e))?;
            PKey::from_rsa(rsa).map_err(|e| internal("RSA keygen", e))?
        }
        KeyType::EcP256 | KeyType::EcdhP256 => {
            let group = ec_group(Nid::X9_62_PRIME256V1)?;
            let key = EcKey::generate(&group).map_err(|e| internal("EC keygen", e))?;
            PKey::from_ec_key(key).map_err(|e| internal("EC keygen", e))?
        }
        KeyType::EcP384 => {
            let group = ec_group(Nid::SECP384R1)?;
            let key = EcKey::generate(&group).map_err(|e| internal("EC keygen", e))?;
            PKey::from_ec_key(key).map_err(|e| internal("EC keygen", e))?
        }
        KeyType::Ed25519 => PKey::generate_ed25519().map_err(|e| internal("Ed25519 keygen", e))?,
    };
    pkey.private_key_to_pkcs8()
        .map(Zeroizing::new)
        .map_err(|e| internal("PKCS#8", e))
}

pub fn private_key(pkcs8: &[u8]) -> KmsResult<PKey<Private>> {
    PKey::private_key_from_pkcs8(pkcs8).map_err(|e| internal("loading a stored key", e))
}

/// Check that imported material fits the key type, and normalise it to what `generate` makes.
pub fn import(key_type: KeyType, material: &[u8]) -> KmsResult<Zeroizing<Vec<u8>>> {
    let bad = |what: &str| KmsError::new(Reason::BadKey, format!("the imported key is not {what}"));
    match key_type {
        KeyType::Aes256Gcm | KeyType::HmacSha256 => {
            if material.len() != 32 {
                return Err(bad("32 raw bytes"));
            }
            Ok(Zeroizing::new(material.to_vec()))
        }
        KeyType::HmacSha512 => {
            if material.len() != 64 && material.len() != 32 {
                return Err(bad("32 or 64 raw bytes"));
            }
            Ok(Zeroizing::new(material.to_vec()))
        }
        _ => {
            let pkey = PKey::private_key_from_pem(material)
                .or_else(|_| PKey::private_key_from_der(material))
                .map_err(|_| bad("a PEM or DER private key"))?;
            let ok = match key_type {
                KeyType::Rsa2048 => pkey.id() == Id::RSA && pkey.bits() == 2048,
                KeyType::Rsa3072 => pkey.id() == Id::RSA && pkey.bits() == 3072,
                KeyType::Rsa4096 => pkey.id() == Id::RSA && pkey.bits() == 4096,
                KeyType::EcP256 | KeyType::EcdhP256 => curve(&pkey) == Some(Nid::X9_62_PRIME256V1),
                KeyType::EcP384 => curve(&pkey) == Some(Nid::SECP384R1),
                KeyType::Ed25519 => pkey.id() == Id::ED25519,
                _ => false,
            };
            if !ok {
                return Err(bad(&format!("a {} key", key_type.as_str())));
            }
            pkey.private_key_to_pkcs8()
                .map(Zeroizing::new)
                .map_err(|e| internal("PKCS#8", e))
        }
    }
}

fn curve(pkey: &PKey<Private>) -> Option<Nid> {
    pkey.ec_key().ok()?.group().curve_name()
}

/// SubjectPublicKeyInfo DER of an asymmetric key.
pub fn public_der(pkcs8: &[u8]) -> KmsResult<Vec<u8>> {
    private_key(pkcs8)?
        .public_key_to_der()
        .map_err(|e| internal("public key", e))
}

pub fn public_key(spki: &[u8]) -> KmsResult<PKey<Public>> {
    PKey::public_key_from_der(spki).map_err(|e| internal("public key", e))
}

fn ec_size(key_type: KeyType) -> usize {
    if key_type == KeyType::EcP384 {
        48
    } else {
        32
    }
}

/// A signature in JOSE form (ECDSA as r||s) or raw form (ECDSA as DER, as OpenSSL writes it).
pub fn sign(
    key_type: KeyType,
    pkey: &PKey<Private>,
    message: &[u8],
    jose: bool,
) -> KmsResult<Vec<u8>> {
    let sig = match key_type {
        KeyType::Ed25519 => {
            Signer::new_without_digest(pkey).and_then(|mut s| s.sign_oneshot_to_vec(message))
        }
        _ => Signer::new(key_type.digest(), pkey).and_then(|mut s| s.sign_oneshot_to_vec(message)),
    }
    .map_err(|e| internal("signing", e))?;
    if jose && matches!(key_type, KeyType::EcP256 | KeyType::EcP384) {
        let n = ec_size(key_type);
        let der = EcdsaSig::from_der(&sig).map_err(|e| internal("ECDSA", e))?;
        let mut out = der
            .r()
            .to_vec_padded(n as i32)
            .map_err(|e| internal("ECDSA", e))?;
        out.extend(
            der.s()
                .to_vec_padded(n as i32)
                .map_err(|e| internal("ECDSA", e))?,
        );
        return Ok(out);
    }
    Ok(sig)
}

/// Verify with any key that has a public half (a stored private key, or a parsed SPKI).
pub fn verify<T: openssl::pkey::HasPublic>(
    key_type: KeyType,
    pkey: &openssl::pkey::PKeyRef<T>,
    message: &[u8],
    signature: &[u8],
    jose: bool,
) -> KmsResult<bool> {
    let signature: Vec<u8> = if jose && matches!(key_type, KeyType::EcP256 | KeyType::EcP384) {
        let n = ec_size(key_type);
        if signature.len() != 2 * n {
            return Ok(false);
        }
        let r = BigNum::from_slice(&signature[..n]).map_err(|e| internal("ECDSA", e))?;
        let s = BigNum::from_slice(&signature[n..]).map_err(|e| internal("ECDSA", e))?;
        EcdsaSig::from_private_components(r, s)
            .and_then(|sig| sig.to_der())
            .map_err(|e| internal("ECDSA", e))?
    } else {
        signature.to_vec()
    };
    let result = match key_type {
        KeyType::Ed25519 => Verifier::new_without_digest(pkey)
            .and_then(|mut v| v.verify_oneshot(&signature, message)),
        _ => Verifier::new(key_type.digest(), pkey)
            .and_then(|mut v| v.verify_oneshot(&signature, message)),
    };
    // OpenSSL reports a malformed signature as an error; for the caller it is just invalid.
    Ok(result.unwrap_or(false))
}

fn unreadable(e: std::io::Error) -> KmsError {
    KmsError::new(Reason::BadRequest, format!("cannot read the message: {e}"))
}

/// A raw signature (ECDSA as DER) over a message read in pieces, so any size signs in
/// constant memory: RSA and ECDSA hash it in one pass with OpenSSL; Ed25519 uses
/// ed25519-dalek, which reads it twice (see `jose::ed25519::sign_message`) and makes the
/// same bytes OpenSSL's one-shot Ed25519 does.
pub fn sign_message(
    key_type: KeyType,
    pkey: &PKey<Private>,
    message: &mut dyn Message,
) -> KmsResult<Vec<u8>> {
    if key_type == KeyType::Ed25519 {
        let seed = Zeroizing::new(
            pkey.raw_private_key()
                .map_err(|e| internal("Ed25519 key", e))?,
        );
        let seed: [u8; 32] = seed[..]
            .try_into()
            .map_err(|_| KmsError::new(Reason::Internal, "an Ed25519 key is 32 bytes"))?;
        let key = ed25519_dalek::SigningKey::from_bytes(&seed);
        let signature = crate::jose::ed25519::sign_message(&key, message).map_err(unreadable)?;
        return Ok(signature.to_vec());
    }
    let mut signer = Signer::new(key_type.digest(), pkey).map_err(|e| internal("signing", e))?;
    feed_openssl(message, |piece| signer.update(piece))
        .map_err(unreadable)?
        .map_err(|e| internal("signing", e))?;
    signer.sign_to_vec().map_err(|e| internal("signing", e))
}

/// `verify` (raw form) for a message read in pieces, in one pass.
pub fn verify_message<T: openssl::pkey::HasPublic>(
    key_type: KeyType,
    pkey: &openssl::pkey::PKeyRef<T>,
    message: &mut dyn Message,
    signature: &[u8],
) -> KmsResult<bool> {
    if key_type == KeyType::Ed25519 {
        let raw = pkey
            .raw_public_key()
            .map_err(|e| internal("Ed25519 key", e))?;
        let Ok(public) = crate::jose::ed25519::PublicKey::from_bytes(&raw) else {
            return Ok(false);
        };
        return crate::jose::ed25519::verify_message(&public, message, signature)
            .map_err(unreadable);
    }
    let mut verifier =
        Verifier::new(key_type.digest(), pkey).map_err(|e| internal("verifying", e))?;
    feed_openssl(message, |piece| verifier.update(piece))
        .map_err(unreadable)?
        .map_err(|e| internal("verifying", e))?;
    // OpenSSL reports a malformed signature as an error; for the caller it is just invalid.
    Ok(verifier.verify(signature).unwrap_or(false))
}

/// ECDH on P-256 with a peer's public key (PEM or DER SPKI), then HKDF-SHA256.
pub fn derive(
    ours: &PKey<Private>,
    peer: &[u8],
    salt: &[u8],
    info: &[u8],
) -> KmsResult<Zeroizing<Vec<u8>>> {
    let theirs = peer_public(peer)?;
    let shared = ecdh(ours, &theirs)?;
    hkdf_sha256(&shared, salt, info, 32)
}

/// A peer's P-256 public key (PEM or DER SubjectPublicKeyInfo). It must name the curve:
/// explicit curve parameters are how invalid-curve attacks arrive, and OpenSSL would quietly
/// match them to P-256, so they are refused by their encoding (Wycheproof's UnnamedCurve cases).
pub fn peer_public(bytes: &[u8]) -> KmsResult<PKey<Public>> {
    use x509_parser::prelude::FromDer;
    let bad = |m: &str| KmsError::new(Reason::BadKey, format!("the peer key {m}"));
    let der = match crate::pki::pem::parse_all(bytes, "the peer key") {
        Ok(objects) => match objects.into_iter().next() {
            Some(crate::pki::pem::Object::PublicKey(der)) => der,
            _ => {
                return Err(bad(
                    "is not a public key (PEM `PUBLIC KEY` or DER SubjectPublicKeyInfo)",
                ))
            }
        },
        Err(_) => return Err(bad("is not a PEM or DER public key")),
    };
    let (_, spki) = x509_parser::x509::SubjectPublicKeyInfo::from_der(&der)
        .map_err(|_| bad("is not a DER SubjectPublicKeyInfo"))?;
    let named = spki
        .algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.as_oid().ok())
        .map(|o| o.to_id_string());
    if spki.algorithm.algorithm.to_id_string() != "1.2.840.10045.2.1"
        || named.as_deref() != Some("1.2.840.10045.3.1.7")
    {
        return Err(bad("is not an EC key on the named curve P-256"));
    }
    PKey::public_key_from_der(&der).map_err(|_| bad("is not a valid P-256 point"))
}

/// The raw ECDH shared secret (the x coordinate).
pub fn ecdh(ours: &PKey<Private>, theirs: &PKey<Public>) -> KmsResult<Zeroizing<Vec<u8>>> {
    let mut deriver = Deriver::new(ours).map_err(|e| internal("ECDH", e))?;
    deriver
        .set_peer(theirs)
        .map_err(|e| KmsError::new(Reason::BadKey, format!("the peer key cannot be used: {e}")))?;
    Ok(Zeroizing::new(deriver.derive_to_vec().map_err(|e| {
        KmsError::new(Reason::BadKey, format!("ECDH: {e}"))
    })?))
}
