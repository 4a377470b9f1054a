//! Key pairs for certificates: generation, loading (PKCS#8, SEC1, PKCS#1; PEM or DER),
//! and the check that a key belongs to a certificate or CSR.

use rcgen::KeyPair;
use rustls_pki_types::PrivateKeyDer;
use zeroize::Zeroizing;

use super::pem::{self, Object};
use super::{rcgen_error, PkiError, PkiResult, Reason};

/// The key types `cu pki` generates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyType {
    /// ECDSA on P-256 with SHA-256 (fast, widely supported; the default)
    EcP256,
    /// ECDSA on P-384 with SHA-384
    EcP384,
    /// RSA 2048-bit, PKCS#1 v1.5 signatures with SHA-256
    #[value(name = "rsa-2048")]
    #[serde(rename = "rsa-2048")]
    Rsa2048,
    /// RSA 3072-bit
    #[value(name = "rsa-3072")]
    #[serde(rename = "rsa-3072")]
    Rsa3072,
    /// RSA 4096-bit
    #[value(name = "rsa-4096")]
    #[serde(rename = "rsa-4096")]
    Rsa4096,
    /// Ed25519 (RFC 8410)
    Ed25519,
}

impl KeyType {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyType::EcP256 => "ec-p256",
            KeyType::EcP384 => "ec-p384",
            KeyType::Rsa2048 => "rsa-2048",
            KeyType::Rsa3072 => "rsa-3072",
            KeyType::Rsa4096 => "rsa-4096",
            KeyType::Ed25519 => "ed25519",
        }
    }
}

pub fn generate(key_type: KeyType) -> PkiResult<KeyPair> {
    let result = match key_type {
        KeyType::EcP256 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256),
        KeyType::EcP384 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384),
        KeyType::Ed25519 => KeyPair::generate_for(&rcgen::PKCS_ED25519),
        KeyType::Rsa2048 => {
            KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_2048)
        }
        KeyType::Rsa3072 => {
            KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_3072)
        }
        KeyType::Rsa4096 => {
            KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_4096)
        }
    };
    result.map_err(|e| rcgen_error(&format!("generating a {} key", key_type.as_str()), e))
}

/// A DER private key of any of the three encodings, or None.
pub fn private_key_from_der(der: &[u8]) -> Option<PrivateKeyDer<'static>> {
    let candidates = [
        PrivateKeyDer::Pkcs8(der.to_vec().into()),
        PrivateKeyDer::Sec1(der.to_vec().into()),
        PrivateKeyDer::Pkcs1(der.to_vec().into()),
    ];
    candidates
        .into_iter()
        .find(|key| KeyPair::try_from(key).is_ok())
}

/// The one private key in `bytes` (PEM or DER).
pub fn load(bytes: &[u8], what: &str) -> PkiResult<KeyPair> {
    let objects = pem::parse_all(bytes, what)?;
    let mut keys = objects.iter().filter_map(|o| match o {
        Object::PrivateKey(k) => Some(k),
        _ => None,
    });
    let key = keys.next().ok_or_else(|| {
        let found = objects.first().map(Object::kind).unwrap_or("nothing");
        PkiError::bad_key(format!("{what} holds a {found}, not a private key"))
            .with_help("pass the private key file (PEM `PRIVATE KEY`, `EC PRIVATE KEY` or `RSA PRIVATE KEY`, or DER)")
    })?;
    if keys.next().is_some() {
        return Err(PkiError::bad_key(format!(
            "{what} holds more than one private key"
        )));
    }
    KeyPair::try_from(key).map_err(|e| match e {
        rcgen::Error::CouldNotParseKeyPair | rcgen::Error::RingKeyRejected(_) => PkiError::bad_key(
            format!("{what}: the private key is damaged or of an unsupported type"),
        )
        .with_help("cu pki reads ECDSA P-256/P-384/P-521, RSA (2048 bits and up) and Ed25519 keys"),
        other => rcgen_error(what, other),
    })
}

/// PKCS#8 PEM, wiped from memory when dropped.
pub fn to_pem(key: &KeyPair) -> Zeroizing<String> {
    Zeroizing::new(pem::encode("PRIVATE KEY", &to_der(key)))
}

/// PKCS#8 DER, wiped from memory when dropped.
pub fn to_der(key: &KeyPair) -> Zeroizing<Vec<u8>> {
    let der = Zeroizing::new(key.serialize_der());
    ed25519_v1(&der).unwrap_or(der)
}

/// aws-lc writes Ed25519 keys as PKCS#8 v2 (RFC 5958, with the public key), which OpenSSL 3.0
/// cannot read. RFC 8410's v1 form (version 0, the seed only) is read everywhere.
fn ed25519_v1(der: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    const V2_PREFIX: [u8; 16] = [
        0x30, 0x51, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04,
        0x20,
    ];
    const V1_PREFIX: [u8; 16] = [
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04,
        0x20,
    ];
    if der.len() != 83 || der[..16] != V2_PREFIX {
        return None;
    }
    let mut v1 = Zeroizing::new(Vec::with_capacity(48));
    v1.extend_from_slice(&V1_PREFIX);
    v1.extend_from_slice(&der[16..48]);
    Some(v1)
}

/// The key type name for a loaded key, e.g. `ec-p256`, `rsa-2048`.
pub fn describe(key: &KeyPair) -> String {
    let alg = key.algorithm();
    if alg == &rcgen::PKCS_ED25519 {
        "ed25519".into()
    } else if alg == &rcgen::PKCS_ECDSA_P256_SHA256 {
        "ec-p256".into()
    } else if alg == &rcgen::PKCS_ECDSA_P384_SHA384 {
        "ec-p384".into()
    } else if alg == &rcgen::PKCS_ECDSA_P521_SHA512 {
        "ec-p521".into()
    } else {
        match spki_bits(&rcgen::PublicKeyData::subject_public_key_info(key)) {
            Some(bits) => format!("rsa-{bits}"),
            None => "rsa".into(),
        }
    }
}

fn spki_bits(spki: &[u8]) -> Option<usize> {
    use x509_parser::prelude::FromDer;
    let (_, info) = x509_parser::x509::SubjectPublicKeyInfo::from_der(spki).ok()?;
    match info.parsed().ok()? {
        x509_parser::public_key::PublicKey::RSA(rsa) => Some(rsa.key_size()),
        _ => None,
    }
}

/// Refuse a key that does not belong to the public key of a certificate or CSR.
pub fn check_matches(key: &KeyPair, spki_der: &[u8], what: &str) -> PkiResult<()> {
    use x509_parser::prelude::FromDer;
    let (_, info) = x509_parser::x509::SubjectPublicKeyInfo::from_der(spki_der)
        .map_err(|_| PkiError::malformed(format!("{what}: unreadable public key")))?;
    if info.subject_public_key.data.as_ref() != key.public_key_raw() {
        return Err(PkiError::new(
            Reason::BadKey,
            format!("the private key does not belong to {what}"),
        )
        .with_help("pass the key that was generated together with this certificate (compare with `cu pki inspect`)"));
    }
    Ok(())
}
