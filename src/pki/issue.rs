//! Leaf certificates and CSRs: subject alternative names, server/client profiles, and
//! issuing from a CSR without trusting what it asks for.

use std::net::IpAddr;

use rcgen::{
    CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
    KeyUsagePurpose, SanType,
};
use rustls_pki_types::CertificateDer;
use serde_json::{json, Value};
use time::OffsetDateTime;
use x509_parser::prelude::{FromDer, GeneralName, ParsedExtension};

use super::ca::{random_serial, validity_window, Signer};
use super::{rcgen_error, PkiError, PkiResult, Reason};

/// A subject alternative name as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum San {
    Dns(String),
    Ip(IpAddr),
    Uri(String),
    Email(String),
}

impl San {
    /// `dns:example.com`, `ip:10.0.0.1`, `uri:spiffe://x/y`, `email:a@b.c`, or a bare value
    /// whose kind is plain (an IP address, an address with `@`, a URI with `://`, else DNS).
    pub fn parse(text: &str) -> PkiResult<San> {
        let text = text.trim();
        let (kind, value) = match text.split_once(':') {
            Some((k, v))
                if matches!(
                    k.to_ascii_lowercase().as_str(),
                    "dns" | "ip" | "uri" | "email"
                ) =>
            {
                (k.to_ascii_lowercase(), v.to_string())
            }
            _ => {
                let kind = if text.parse::<IpAddr>().is_ok() {
                    "ip"
                } else if text.contains("://") {
                    "uri"
                } else if text.contains('@') {
                    "email"
                } else {
                    "dns"
                };
                (kind.to_string(), text.to_string())
            }
        };
        let bad = |what: &str| {
            PkiError::bad_request(format!("SAN `{text}` is not a valid {what}"))
                .with_help("write SANs as dns:example.com, ip:10.0.0.1, uri:spiffe://domain/id or email:user@example.com")
        };
        match kind.as_str() {
            "dns" => {
                if is_dns_name(&value) {
                    Ok(San::Dns(value.to_ascii_lowercase()))
                } else {
                    Err(bad("DNS name"))
                }
            }
            "ip" => value.parse().map(San::Ip).map_err(|_| bad("IP address")),
            "uri" => {
                let ok = value.contains(':')
                    && value.is_ascii()
                    && !value
                        .chars()
                        .any(|c| c.is_ascii_whitespace() || c.is_ascii_control());
                if ok {
                    Ok(San::Uri(value))
                } else {
                    Err(bad("URI"))
                }
            }
            _ => {
                let ok = value.is_ascii()
                    && matches!(value.split_once('@'), Some((l, d)) if !l.is_empty() && is_dns_name(d));
                if ok {
                    Ok(San::Email(value))
                } else {
                    Err(bad("email address"))
                }
            }
        }
    }

    /// Several SANs, each flag value possibly a comma-separated list.
    pub fn parse_list(values: &[String]) -> PkiResult<Vec<San>> {
        let mut out: Vec<San> = Vec::new();
        for v in values {
            for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let san = San::parse(part)?;
                if !out.contains(&san) {
                    out.push(san);
                }
            }
        }
        Ok(out)
    }

    fn to_rcgen(&self) -> PkiResult<SanType> {
        let ia5 = |s: &str| {
            s.try_into()
                .map_err(|e| rcgen_error(&format!("SAN `{s}`"), e))
        };
        if let San::Dns(d) = self {
            if let Some(suffix) = wildcard_public_suffix(d) {
                return Err(PkiError::bad_request(format!(
                    "SAN `{d}` is a wildcard over the public suffix `{suffix}`, which would name every registrant's hosts"
                ))
                .with_help("name the hosts, or a wildcard under a domain you hold (dns:*.example.com); CA/B Forum BR 3.2.2.6"));
            }
        }
        Ok(match self {
            San::Dns(d) => SanType::DnsName(ia5(d)?),
            San::Ip(ip) => SanType::IpAddress(*ip),
            San::Uri(u) => SanType::URI(ia5(u)?),
            San::Email(e) => SanType::Rfc822Name(ia5(e)?),
        })
    }

    pub fn to_json(&self) -> Value {
        match self {
            San::Dns(d) => json!({"type": "dns", "value": d}),
            San::Ip(ip) => json!({"type": "ip", "value": ip.to_string()}),
            San::Uri(u) => json!({"type": "uri", "value": u}),
            San::Email(e) => json!({"type": "email", "value": e}),
        }
    }
}

impl std::fmt::Display for San {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            San::Dns(d) => write!(f, "dns:{d}"),
            San::Ip(ip) => write!(f, "ip:{ip}"),
            San::Uri(u) => write!(f, "uri:{u}"),
            San::Email(e) => write!(f, "email:{e}"),
        }
    }
}

/// A host name as it may appear in a certificate: letters, digits and hyphens (RFC 1034
/// preferred syntax, as RFC 5280 §4.2.1.6 requires), an optional leading `*.`.
pub fn is_dns_name(name: &str) -> bool {
    let name = name.strip_prefix("*.").unwrap_or(name);
    let name = name.strip_suffix('.').unwrap_or(name);
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// The public suffix a wildcard dNSName `*.X` stands over, when X is one: an ICANN suffix
/// of the Public Suffix List (`*.com`, `*.co.uk`) or an unknown top-level domain
/// (`*.internal`), as Chromium refuses them. Such a wildcard names hosts of unrelated
/// registrants, and CA/B Forum BR 3.2.2.6 forbids it. A suffix of the list's PRIVATE
/// section (`*.github.io`, `*.s3.amazonaws.com`) is the operator's own and allowed, as
/// browsers and the BR (which point CAs at the ICANN section) allow it.
pub fn wildcard_public_suffix(name: &str) -> Option<String> {
    use psl::Psl;
    let base = name.strip_prefix("*.")?;
    let base = base.strip_suffix('.').unwrap_or(base).to_ascii_lowercase();
    let suffix = psl::List.suffix(base.as_bytes())?;
    let whole = suffix.as_bytes() == base.as_bytes();
    (whole && suffix.typ() != Some(psl::Type::Private)).then_some(base)
}

/// What a leaf certificate is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub server: bool,
    pub client: bool,
}

impl Usage {
    /// Neither flag means a server certificate (what mkcert and step do).
    pub fn from_flags(server: bool, client: bool) -> Usage {
        Usage {
            server: server || !client,
            client,
        }
    }

    pub fn names(self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.server {
            v.push("serverAuth");
        }
        if self.client {
            v.push("clientAuth");
        }
        v
    }
}

/// A leaf to issue.
#[derive(Debug, Clone)]
pub struct LeafRequest {
    pub common_name: String,
    pub sans: Vec<San>,
    pub usage: Usage,
    pub validity: super::ca::Validity,
}

/// The CN of a server certificate goes into the SANs too when it is a host name or an IP
/// address: verifiers ignore the CN (RFC 6125, CA/B Forum), so leaving it out breaks them.
pub fn with_cn_san(cn: &str, mut sans: Vec<San>, usage: Usage) -> Vec<San> {
    if usage.server {
        let candidate = if let Ok(ip) = cn.parse::<IpAddr>() {
            Some(San::Ip(ip))
        } else if is_dns_name(cn) {
            Some(San::Dns(cn.to_ascii_lowercase()))
        } else {
            None
        };
        if let Some(san) = candidate {
            if !sans.contains(&san) {
                sans.insert(0, san);
            }
        }
    }
    sans
}

fn leaf_params(
    req: &LeafRequest,
    rsa: bool,
    signer: &Signer,
    now: OffsetDateTime,
) -> PkiResult<(CertificateParams, bool)> {
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    if req.common_name.trim().is_empty() {
        return Err(PkiError::bad_request("the common name (--cn) is empty"));
    }
    dn.push(DnType::CommonName, req.common_name.as_str());
    params.distinguished_name = dn;
    params.subject_alt_names = req
        .sans
        .iter()
        .map(San::to_rcgen)
        .collect::<PkiResult<_>>()?;
    if req.usage.server && req.sans.is_empty() {
        return Err(PkiError::bad_request(format!(
            "a server certificate needs a host name or IP address, and CN `{}` is neither",
            req.common_name
        ))
        .with_help("add --san dns:NAME or --san ip:ADDRESS"));
    }
    let (not_before, not_after) = validity_window(now, req.validity);
    let clamped = not_after > signer.not_after;
    params.not_before = not_before;
    params.not_after = not_after.min(signer.not_after);
    params.serial_number = Some(random_serial()?);
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    if rsa && req.usage.server {
        // RSA key transport in TLS 1.2 and below needs it; harmless for TLS 1.3.
        params.key_usages.push(KeyUsagePurpose::KeyEncipherment);
    }
    if req.usage.server {
        params
            .extended_key_usages
            .push(ExtendedKeyUsagePurpose::ServerAuth);
    }
    if req.usage.client {
        params
            .extended_key_usages
            .push(ExtendedKeyUsagePurpose::ClientAuth);
    }
    params.use_authority_key_identifier_extension = true;
    Ok((params, clamped))
}

/// An issued leaf and whether its validity was cut to the CA's.
pub struct Issued {
    pub cert: CertificateDer<'static>,
    pub clamped: bool,
}

fn is_rsa(alg: &rcgen::SignatureAlgorithm) -> bool {
    alg == &rcgen::PKCS_RSA_SHA256
        || alg == &rcgen::PKCS_RSA_SHA384
        || alg == &rcgen::PKCS_RSA_SHA512
}

/// Issue a leaf for a key we hold.
pub fn issue(
    req: &LeafRequest,
    key: &KeyPair,
    signer: &Signer,
    now: OffsetDateTime,
) -> PkiResult<Issued> {
    let (params, clamped) = leaf_params(req, is_rsa(key.algorithm()), signer, now)?;
    Ok(Issued {
        cert: signer.sign(&params, key)?,
        clamped,
    })
}

/// Issue a leaf for a public key taken from a verified CSR.
pub fn issue_for_csr(
    req: &LeafRequest,
    csr: &CsrInfo,
    signer: &Signer,
    now: OffsetDateTime,
) -> PkiResult<Issued> {
    let spki = rcgen::SubjectPublicKeyInfo::from_der(&csr.spki_der).map_err(|_| {
        PkiError::new(
            Reason::Unsupported,
            "the CSR's public key type is not supported",
        )
        .with_help("cu pki signs ECDSA P-256/P-384, RSA and Ed25519 keys")
    })?;
    let rsa = is_rsa(rcgen::PublicKeyData::algorithm(&spki));
    let (params, clamped) = leaf_params(req, rsa, signer, now)?;
    Ok(Issued {
        cert: signer.sign(&params, &spki)?,
        clamped,
    })
}

/// A certificate request (DER) for a key we hold.
pub fn create_csr(common_name: &str, sans: &[San], key: &KeyPair) -> PkiResult<Vec<u8>> {
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    if common_name.trim().is_empty() {
        return Err(PkiError::bad_request("the common name (--cn) is empty"));
    }
    dn.push(DnType::CommonName, common_name);
    params.distinguished_name = dn;
    params.subject_alt_names = sans.iter().map(San::to_rcgen).collect::<PkiResult<_>>()?;
    let csr = params
        .serialize_request(key)
        .map_err(|e| rcgen_error("building the CSR", e))?;
    Ok(csr.der().to_vec())
}

/// What a CSR asks for, after its signature was checked.
#[derive(Debug, Clone)]
pub struct CsrInfo {
    pub common_name: Option<String>,
    pub sans: Vec<San>,
    pub spki_der: Vec<u8>,
    /// Requested extensions cu never copies (basicConstraints, keyUsage, EKU, …).
    pub ignored: Vec<String>,
}

pub fn read_csr(der: &[u8], what: &str) -> PkiResult<CsrInfo> {
    let (_, csr) = x509_parser::certification_request::X509CertificationRequest::from_der(der)
        .map_err(|e| PkiError::malformed(format!("{what}: {e}")))?;
    csr.verify_signature().map_err(|_| {
        PkiError::new(
            Reason::BadCsrSignature,
            format!("{what}: the CSR's signature does not verify with its own public key"),
        )
    })?;
    let info = &csr.certification_request_info;
    let common_name = info
        .subject
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
        .map(str::to_string);
    let mut sans = Vec::new();
    let mut ignored = Vec::new();
    if let Some(exts) = csr.requested_extensions() {
        for ext in exts {
            match ext {
                ParsedExtension::SubjectAlternativeName(san) => {
                    for name in &san.general_names {
                        match name {
                            GeneralName::DNSName(d) => sans.push(San::parse(&format!("dns:{d}"))?),
                            GeneralName::IPAddress(bytes) => match bytes.len() {
                                4 => sans.push(San::Ip(IpAddr::from(
                                    <[u8; 4]>::try_from(*bytes).unwrap_or_default(),
                                ))),
                                16 => sans.push(San::Ip(IpAddr::from(
                                    <[u8; 16]>::try_from(*bytes).unwrap_or_default(),
                                ))),
                                _ => ignored.push("an IP SAN of odd length".to_string()),
                            },
                            GeneralName::URI(u) => sans.push(San::parse(&format!("uri:{u}"))?),
                            GeneralName::RFC822Name(e) => {
                                sans.push(San::parse(&format!("email:{e}"))?)
                            }
                            other => ignored.push(format!("SAN {other}")),
                        }
                    }
                }
                ParsedExtension::BasicConstraints(bc) => ignored.push(if bc.ca {
                    "basicConstraints CA:true".to_string()
                } else {
                    "basicConstraints".to_string()
                }),
                ParsedExtension::KeyUsage(_) => ignored.push("keyUsage".to_string()),
                ParsedExtension::ExtendedKeyUsage(_) => {
                    ignored.push("extendedKeyUsage".to_string())
                }
                _ => ignored.push("an extension cu does not copy".to_string()),
            }
        }
    }
    Ok(CsrInfo {
        common_name,
        sans,
        spki_der: info.subject_pki.raw.to_vec(),
        ignored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_over_a_public_suffix_are_named() {
        for (name, suffix) in [
            ("*.com", "com"),
            ("*.co.uk", "co.uk"),
            ("*.CO.UK.", "co.uk"),
            ("*.internal", "internal"),
            // `*.ck` is a wildcard rule of the list: every name under ck is a suffix.
            ("*.anything.ck", "anything.ck"),
        ] {
            assert_eq!(
                wildcard_public_suffix(name).as_deref(),
                Some(suffix),
                "{name}"
            );
        }
        for name in [
            "*.example.com",
            "*.example.co.uk",
            "*.dev.internal",
            // PRIVATE section: the operator's own namespace.
            "*.github.io",
            "*.s3.amazonaws.com",
            // The exception rule `!www.ck` makes www.ck registrable.
            "*.www.ck",
            "com",
            "example.com",
        ] {
            assert_eq!(wildcard_public_suffix(name), None, "{name}");
        }
    }

    #[test]
    fn a_san_wildcard_over_a_public_suffix_is_not_put_in_a_certificate() {
        // Read (from a CSR, say) it is a name like any other; written, it is refused.
        let san = San::parse("dns:*.CO.uk").unwrap();
        let err = san.to_rcgen().unwrap_err();
        assert!(err.to_string().contains("public suffix `co.uk`"), "{err}");
        assert!(San::parse("*.example.co.uk").unwrap().to_rcgen().is_ok());
    }
}
