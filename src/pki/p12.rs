//! PKCS#12 with modern protection: PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) for the key and
//! the certificates, and an HMAC-SHA256 integrity MAC — what `openssl pkcs12` reads without
//! `-legacy`.

use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkcs12::Pkcs12;
use openssl::pkey::PKey;
use openssl::stack::Stack;
use openssl::x509::X509;
use rustls_pki_types::CertificateDer;
use zeroize::Zeroizing;

use super::{PkiError, PkiResult, Reason};

/// PBKDF2 iterations for the key and certificate bags and the MAC. OpenSSL's default is 2048;
/// this costs about 30 ms per derivation here and makes guessing 50 times dearer.
pub const ITERATIONS: u32 = 100_000;

fn password_str(password: &[u8]) -> PkiResult<&str> {
    std::str::from_utf8(password).map_err(|_| {
        PkiError::bad_request("the PKCS#12 password is not valid UTF-8")
            .with_help("PKCS#12 passwords are text; write the password file in UTF-8")
    })
}

fn openssl_error(what: &str, e: openssl::error::ErrorStack) -> PkiError {
    PkiError::bad_request(format!("{what}: {e}"))
}

pub fn export(
    cert: &CertificateDer<'_>,
    key_pkcs8: &[u8],
    chain: &[CertificateDer<'static>],
    friendly_name: &str,
    password: &[u8],
) -> PkiResult<Zeroizing<Vec<u8>>> {
    let password = password_str(password)?;
    let x509 = X509::from_der(cert).map_err(|e| openssl_error("reading the certificate", e))?;
    let pkey = PKey::private_key_from_der(key_pkcs8)
        .map_err(|e| openssl_error("reading the private key", e))?;
    let mut stack = Stack::new().map_err(|e| openssl_error("PKCS#12", e))?;
    for c in chain {
        let x = X509::from_der(c).map_err(|e| openssl_error("reading the chain", e))?;
        stack.push(x).map_err(|e| openssl_error("PKCS#12", e))?;
    }
    let mut builder = Pkcs12::builder();
    builder
        .name(friendly_name)
        .pkey(&pkey)
        .cert(&x509)
        .key_algorithm(Nid::AES_256_CBC)
        .cert_algorithm(Nid::AES_256_CBC)
        .key_iter(ITERATIONS)
        .mac_iter(ITERATIONS)
        .mac_md(MessageDigest::sha256());
    if !chain.is_empty() {
        builder.ca(stack);
    }
    let p12 = builder
        .build2(password)
        .map_err(|e| openssl_error("building the PKCS#12 file", e))?;
    let der = p12
        .to_der()
        .map_err(|e| openssl_error("encoding the PKCS#12 file", e))?;
    Ok(Zeroizing::new(der))
}

/// What a PKCS#12 file holds.
pub struct Imported {
    pub cert: Option<CertificateDer<'static>>,
    /// PKCS#8 DER.
    pub key: Option<Zeroizing<Vec<u8>>>,
    pub chain: Vec<CertificateDer<'static>>,
}

pub fn import(der: &[u8], password: &[u8]) -> PkiResult<Imported> {
    let password = password_str(password)?;
    let p12 = Pkcs12::from_der(der).map_err(|_| {
        PkiError::malformed("the input is not a PKCS#12 (PFX) file")
            .with_help("pass a .p12/.pfx file in DER form")
    })?;
    let parsed = p12.parse2(password).map_err(|e| {
        let text = e.to_string();
        if text.contains("unsupported") {
            PkiError::new(
                Reason::Unsupported,
                "the PKCS#12 file uses a legacy algorithm (RC2 or 3DES) that is disabled",
            )
            .with_help("convert it once with `openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 -export -out new.p12`")
        } else {
            PkiError::new(
                Reason::BadPassword,
                "the PKCS#12 password is wrong or the file is damaged (the MAC does not verify)",
            )
        }
    })?;
    let cert = parsed
        .cert
        .map(|c| c.to_der().map(CertificateDer::from))
        .transpose()
        .map_err(|e| openssl_error("PKCS#12 certificate", e))?;
    let key = parsed
        .pkey
        .map(|k| k.private_key_to_pkcs8().map(Zeroizing::new))
        .transpose()
        .map_err(|e| openssl_error("PKCS#12 key", e))?;
    let mut chain = Vec::new();
    if let Some(ca) = parsed.ca {
        for c in ca {
            chain.push(CertificateDer::from(
                c.to_der().map_err(|e| openssl_error("PKCS#12 chain", e))?,
            ));
        }
    }
    Ok(Imported { cert, key, chain })
}
