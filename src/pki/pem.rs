//! Reading PKI objects from bytes: one or more PEM blocks, or a single DER object whose kind is
//! found by parsing. Writing PEM.

use base64::Engine;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use x509_parser::prelude::FromDer;

use super::{PkiError, PkiResult};

/// One object found in a file.
#[derive(Debug)]
pub enum Object {
    Certificate(CertificateDer<'static>),
    Csr(Vec<u8>),
    Crl(Vec<u8>),
    PrivateKey(PrivateKeyDer<'static>),
    PublicKey(Vec<u8>),
}

impl Object {
    pub fn kind(&self) -> &'static str {
        match self {
            Object::Certificate(_) => "certificate",
            Object::Csr(_) => "certificate request",
            Object::Crl(_) => "CRL",
            Object::PrivateKey(_) => "private key",
            Object::PublicKey(_) => "public key",
        }
    }
}

/// PEM, possibly with text before the first block (e.g. `openssl x509 -text` output).
fn looks_like_pem(bytes: &[u8]) -> bool {
    find(bytes, b"-----BEGIN ").is_some()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Every object in `bytes` (PEM blocks in order, or one DER object). `what` names the input
/// in messages.
pub fn parse_all(bytes: &[u8], what: &str) -> PkiResult<Vec<Object>> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(PkiError::malformed(format!("{what} is empty")));
    }
    if looks_like_pem(bytes) {
        parse_pem(bytes, what)
    } else {
        Ok(vec![parse_der(bytes, what)?])
    }
}

fn parse_pem(bytes: &[u8], what: &str) -> PkiResult<Vec<Object>> {
    let mut objects = Vec::new();
    let text = std::str::from_utf8(bytes)
        .map_err(|_| PkiError::malformed(format!("{what} is not valid PEM text (not UTF-8)")))?;
    let mut rest = text;
    let mut block_no = 0;
    while let Some(begin) = rest.find("-----BEGIN ") {
        block_no += 1;
        let after = &rest[begin + 11..];
        let label_end = after.find("-----").ok_or_else(|| {
            PkiError::malformed(format!(
                "{what}: PEM block {block_no} has a broken BEGIN line"
            ))
        })?;
        let label = &after[..label_end];
        let end_marker = format!("-----END {label}-----");
        let body_start = &after[label_end + 5..];
        let end = body_start.find(&end_marker).ok_or_else(|| {
            PkiError::malformed(format!(
                "{what}: PEM block {block_no} (`{label}`) has no matching END line"
            ))
        })?;
        let body: String = body_start[..end]
            .lines()
            .filter(|l| !l.contains(':'))
            .flat_map(|l| l.chars())
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(body.as_bytes())
            .map_err(|e| {
                PkiError::malformed(format!(
                    "{what}: PEM block {block_no} (`{label}`) is not valid base64: {e}"
                ))
            })?;
        // `openssl ecparam -genkey` writes an EC PARAMETERS block before the key; the key
        // carries the curve itself, so the block adds nothing.
        if label != "EC PARAMETERS" {
            objects.push(from_label(label, der, what, block_no)?);
        }
        rest = &body_start[end + end_marker.len()..];
    }
    if objects.is_empty() {
        return Err(PkiError::malformed(format!("{what} holds no PEM block")));
    }
    Ok(objects)
}

fn from_label(label: &str, der: Vec<u8>, what: &str, block_no: usize) -> PkiResult<Object> {
    let bad = |kind: &str| {
        PkiError::malformed(format!(
            "{what}: PEM block {block_no} is labelled `{label}` but does not hold a valid {kind}"
        ))
    };
    Ok(match label {
        "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE" => {
            check_certificate(&der).map_err(|_| bad("certificate"))?;
            Object::Certificate(CertificateDer::from(der))
        }
        "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => {
            check_csr(&der).map_err(|_| bad("certificate request"))?;
            Object::Csr(der)
        }
        "X509 CRL" => {
            check_crl(&der).map_err(|_| bad("CRL"))?;
            Object::Crl(der)
        }
        "PRIVATE KEY" => Object::PrivateKey(PrivateKeyDer::Pkcs8(der.into())),
        "RSA PRIVATE KEY" => Object::PrivateKey(PrivateKeyDer::Pkcs1(der.into())),
        "EC PRIVATE KEY" => Object::PrivateKey(PrivateKeyDer::Sec1(der.into())),
        "PUBLIC KEY" => {
            x509_parser::x509::SubjectPublicKeyInfo::from_der(&der).map_err(|_| bad("public key"))?;
            Object::PublicKey(der)
        }
        "ENCRYPTED PRIVATE KEY" => {
            return Err(PkiError::new(
                super::Reason::Unsupported,
                format!("{what}: PEM block {block_no} is an encrypted private key"),
            )
            .with_help("decrypt it first, e.g. `openssl pkey -in key.pem -out plain.pem`, and keep the result mode 0600"))
        }
        other => {
            return Err(PkiError::malformed(format!(
                "{what}: PEM block {block_no} is a `{other}`, which cu pki does not read"
            )))
        }
    })
}

fn check_certificate(der: &[u8]) -> Result<(), ()> {
    match x509_parser::parse_x509_certificate(der) {
        Ok((&[], _)) => Ok(()),
        _ => Err(()),
    }
}

fn check_csr(der: &[u8]) -> Result<(), ()> {
    match x509_parser::certification_request::X509CertificationRequest::from_der(der) {
        Ok((&[], _)) => Ok(()),
        _ => Err(()),
    }
}

fn check_crl(der: &[u8]) -> Result<(), ()> {
    match x509_parser::revocation_list::CertificateRevocationList::from_der(der) {
        Ok((&[], _)) => Ok(()),
        _ => Err(()),
    }
}

fn parse_der(der: &[u8], what: &str) -> PkiResult<Object> {
    if check_certificate(der).is_ok() {
        return Ok(Object::Certificate(CertificateDer::from(der.to_vec())));
    }
    if check_csr(der).is_ok() {
        return Ok(Object::Csr(der.to_vec()));
    }
    if check_crl(der).is_ok() {
        return Ok(Object::Crl(der.to_vec()));
    }
    if let Ok((rest, _)) = x509_parser::x509::SubjectPublicKeyInfo::from_der(der) {
        if rest.is_empty() {
            return Ok(Object::PublicKey(der.to_vec()));
        }
    }
    if let Some(key) = super::keys::private_key_from_der(der) {
        return Ok(Object::PrivateKey(key));
    }
    Err(PkiError::malformed(format!(
        "{what} is neither PEM nor a DER certificate, CSR, CRL or key"
    )))
}

pub fn certificates(objects: &[Object]) -> Vec<CertificateDer<'static>> {
    objects
        .iter()
        .filter_map(|o| match o {
            Object::Certificate(c) => Some(c.clone()),
            _ => None,
        })
        .collect()
}

/// Exactly the certificates of a file that must hold only certificates.
pub fn only_certificates(bytes: &[u8], what: &str) -> PkiResult<Vec<CertificateDer<'static>>> {
    let objects = parse_all(bytes, what)?;
    if let Some(other) = objects
        .iter()
        .find(|o| !matches!(o, Object::Certificate(_)))
    {
        return Err(PkiError::malformed(format!(
            "{what} holds a {} where only certificates are expected",
            other.kind()
        )));
    }
    Ok(certificates(&objects))
}

/// One certificate (the first, when the file is a chain).
pub fn first_certificate(bytes: &[u8], what: &str) -> PkiResult<CertificateDer<'static>> {
    only_certificates(bytes, what)?
        .into_iter()
        .next()
        .ok_or_else(|| PkiError::malformed(format!("{what} holds no certificate")))
}

/// PEM text for one DER object.
pub fn encode(label: &str, der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = String::with_capacity(b64.len() + b64.len() / 64 + 64);
    out.push_str("-----BEGIN ");
    out.push_str(label);
    out.push_str("-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str("-----END ");
    out.push_str(label);
    out.push_str("-----\n");
    out
}

pub fn certificate_pem(der: &[u8]) -> String {
    encode("CERTIFICATE", der)
}
