//! Profile checks on a path that webpki has already validated: the RFC 5280 "MUST"s and the
//! CA/Browser Forum Baseline Requirements for TLS certificates that webpki leaves to issuers.
//! These only ever reject more; path building, signatures, validity of the non-anchor
//! certificates, constraints and names stay with webpki.

use ::time::OffsetDateTime;
use std::net::IpAddr;
use x509_parser::prelude::*;

use super::verify::Purpose;
use super::{PkiError, PkiResult, Reason};

fn invalid(message: impl Into<String>) -> PkiError {
    PkiError::new(Reason::Invalid, message)
}

/// Which rules apply: RFC 5280's rules for certificates (what a conforming CA MUST do),
/// and with `web` the CA/Browser Forum's on top (key sizes and curves, critical
/// basicConstraints in CAs, EKU in roots and leaves, SAN criticality, no wildcard over a
/// public suffix, the anchor as a CA within its validity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    Rfc5280,
    Web,
}

/// Check every certificate of a validated path, leaf first and trust anchor last.
pub fn check_path(
    path: &[&[u8]],
    purpose: Purpose,
    at: OffsetDateTime,
    rules: Rules,
) -> PkiResult<()> {
    let last = path.len().saturating_sub(1);
    let leaf = path
        .first()
        .and_then(|der| X509Certificate::from_der(der).ok())
        .map(|(_, c)| c);
    for (i, der) in path.iter().enumerate() {
        let (_, cert) = X509Certificate::from_der(der)
            .map_err(|e| PkiError::malformed(format!("certificate {}: {e}", i + 1)))?;
        let role = if i == 0 {
            "the leaf".to_string()
        } else if i == last {
            "the root".to_string()
        } else {
            format!("intermediate {i}")
        };
        check_certificate(&cert, &role, i == 0, i == last, rules)?;
        // A trust anchor is trusted as configured; its self-signature is never relied on.
        if i != last {
            check_signature_algorithm(&cert.signature_algorithm, &role)?;
        }
        if i > 0 && i != last {
            check_ca_eku(&cert, &role, purpose)?;
        }
        if i > 0 {
            if let Some(leaf) = &leaf {
                check_wildcards_against_exclusions(&cert, leaf, &role)?;
            }
        }
        if rules == Rules::Web && i == 0 && purpose == Purpose::Server {
            check_tls_server_leaf(&cert)?;
        }
        if rules == Rules::Web && i == last && path.len() > 1 {
            check_anchor(&cert, at)?;
        }
    }
    Ok(())
}

fn check_certificate(
    cert: &X509Certificate<'_>,
    role: &str,
    is_leaf: bool,
    is_anchor: bool,
    rules: Rules,
) -> PkiResult<()> {
    let web = rules == Rules::Web;
    // RFC 5280 §4.1.2.2: positive, at most 20 octets. A trust anchor is trusted by
    // configuration (§6.1.1 d), and old roots with serial 0 are still in use.
    let serial = cert.raw_serial();
    let significant = serial.iter().skip_while(|b| **b == 0).count();
    if significant == 0 && !is_anchor {
        return Err(invalid(format!(
            "{role} has serial number zero (RFC 5280 §4.1.2.2)"
        )));
    }
    if serial.first().is_some_and(|b| b & 0x80 != 0) {
        return Err(invalid(format!(
            "{role} has a negative serial number (RFC 5280 §4.1.2.2)"
        )));
    }
    if serial.len() > 20 {
        return Err(invalid(format!(
            "{role} has a {}-octet serial number; at most 20 are allowed (RFC 5280 §4.1.2.2)",
            serial.len()
        )));
    }
    let self_issued = cert.subject().as_raw() == cert.issuer().as_raw();
    let is_ca = cert.is_ca();
    if is_ca && cert.subject().iter_attributes().next().is_none() {
        return Err(invalid(format!(
            "{role} is a CA with an empty subject (RFC 5280 §4.1.2.6)"
        )));
    }

    let mut has_aki = false;
    let mut has_ski = false;
    let mut has_bc = false;
    for ext in cert.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::AuthorityKeyIdentifier(aki) => {
                has_aki = true;
                if ext.critical {
                    return Err(invalid(format!(
                        "{role} marks authorityKeyIdentifier critical (RFC 5280 §4.2.1.1)"
                    )));
                }
                if is_anchor && self_issued {
                    // A root's AKI, when present, must point at its own key and nothing else.
                    let ski = cert
                        .extensions()
                        .iter()
                        .find_map(|e| match e.parsed_extension() {
                            ParsedExtension::SubjectKeyIdentifier(k) => Some(k.0),
                            _ => None,
                        });
                    let ok = aki.authority_cert_issuer.is_none()
                        && aki.authority_cert_serial.is_none()
                        && matches!((&aki.key_identifier, ski), (Some(k), Some(s)) if k.0 == s);
                    if !ok {
                        return Err(invalid(format!(
                            "{role} carries an authorityKeyIdentifier that is not just its own key identifier"
                        )));
                    }
                }
            }
            ParsedExtension::SubjectKeyIdentifier(_) => {
                has_ski = true;
                if ext.critical {
                    return Err(invalid(format!(
                        "{role} marks subjectKeyIdentifier critical (RFC 5280 §4.2.1.2)"
                    )));
                }
            }
            ParsedExtension::BasicConstraints(_) => {
                has_bc = true;
                if web && is_ca && !ext.critical {
                    return Err(invalid(format!(
                        "{role} is a CA whose basicConstraints is not critical (RFC 5280 §4.2.1.9)"
                    )));
                }
            }
            ParsedExtension::NameConstraints(nc) => {
                if is_leaf {
                    return Err(invalid(format!(
                        "{role} carries nameConstraints, which only CAs may (RFC 5280 §4.2.1.10)"
                    )));
                }
                if !ext.critical {
                    return Err(invalid(format!(
                        "{role} marks nameConstraints non-critical (RFC 5280 §4.2.1.10)"
                    )));
                }
                let empty = |s: &Option<Vec<x509_parser::extensions::GeneralSubtree<'_>>>| {
                    s.as_ref().map(|v| v.is_empty()).unwrap_or(true)
                };
                if empty(&nc.permitted_subtrees) && empty(&nc.excluded_subtrees) {
                    return Err(invalid(format!(
                        "{role} carries an empty nameConstraints (RFC 5280 §4.2.1.10)"
                    )));
                }
                // A leading period is URI-constraint syntax; in a dNSName it names nothing.
                let bad_dns = [&nc.permitted_subtrees, &nc.excluded_subtrees]
                    .into_iter()
                    .flatten()
                    .flatten()
                    .any(|t| matches!(t.base, GeneralName::DNSName(d) if d.starts_with('.')));
                if bad_dns {
                    return Err(invalid(format!(
                        "{role} has a dNSName constraint with a leading period (RFC 5280 §4.2.1.10)"
                    )));
                }
            }
            // A conforming CA marks it critical, but §6 does not check, and PKITS relies on
            // that (4.8, 4.10, 4.12 use non-critical policyConstraints in valid paths).
            ParsedExtension::PolicyConstraints(_) if web && !ext.critical => {
                return Err(invalid(format!(
                    "{role} marks policyConstraints non-critical (RFC 5280 §4.2.1.11)"
                )));
            }
            ParsedExtension::SubjectAlternativeName(san) => {
                // RFC 5280 §4.2.1.6: dNSNames use the preferred name syntax (letters, digits,
                // hyphens), with a wildcard only as the whole leftmost label.
                for name in &san.general_names {
                    if let GeneralName::DNSName(d) = name {
                        if !super::issue::is_dns_name(d) {
                            return Err(invalid(format!(
                                "{role} has a malformed dNSName SAN `{d}` (RFC 5280 §4.2.1.6)"
                            )));
                        }
                    }
                    // RFC 5280 §4.2.1.6: an rfc822Name is a Mailbox (RFC 5321 §4.1.2):
                    // local-part "@" domain, the domain a host name.
                    if let GeneralName::RFC822Name(m) = name {
                        let ok = m.rsplit_once('@').is_some_and(|(local, domain)| {
                            !local.is_empty()
                                && !local.contains('@')
                                && super::issue::is_dns_name(domain)
                                && !domain.starts_with("*.")
                        });
                        if !ok {
                            return Err(invalid(format!(
                                "{role} has a malformed rfc822Name SAN `{m}` (RFC 5280 §4.2.1.6)"
                            )));
                        }
                    }
                }
                let empty_subject = cert.subject().iter_attributes().next().is_none();
                if empty_subject && !ext.critical {
                    return Err(invalid(format!(
                        "{role} has an empty subject and a non-critical subjectAltName (RFC 5280 §4.2.1.6)"
                    )));
                }
                if web && !empty_subject && ext.critical && is_leaf {
                    return Err(invalid(format!(
                        "{role} marks subjectAltName critical while its subject is not empty (CA/B Forum BR 7.1.2.7.12)"
                    )));
                }
            }
            ParsedExtension::ExtendedKeyUsage(_) if web && is_anchor && self_issued => {
                return Err(invalid(format!("{role} carries extendedKeyUsage, which a root must not (CA/B Forum BR 7.1.2.1)")));
            }
            ParsedExtension::ParseError { error } => {
                return Err(invalid(format!(
                    "{role} has a malformed {} extension: {error}",
                    ext.oid.to_id_string()
                )));
            }
            // OpenSSL, the rfc5280 validator, refuses the critical extensions it cannot process.
            ParsedExtension::UnsupportedExtension { .. } if web && ext.critical => {
                return Err(invalid(format!(
                    "{role} has a critical extension cu does not understand ({})",
                    ext.oid.to_id_string()
                )));
            }
            _ => {}
        }
    }
    if !self_issued && !has_aki && !is_anchor {
        return Err(invalid(format!(
            "{role} lacks authorityKeyIdentifier (RFC 5280 §4.2.1.1)"
        )));
    }
    if is_ca && !has_ski {
        return Err(invalid(format!(
            "{role} is a CA without subjectKeyIdentifier (RFC 5280 §4.2.1.2)"
        )));
    }
    if is_anchor && !has_bc {
        return Err(invalid(format!(
            "{role} lacks basicConstraints, so it is not a CA (RFC 5280 §4.2.1.9)"
        )));
    }
    if is_ca {
        if let Ok(Some(ku)) = cert.key_usage() {
            if !ku.value.key_cert_sign() {
                return Err(invalid(format!(
                    "{role} is a CA whose keyUsage lacks keyCertSign (RFC 5280 §4.2.1.3)"
                )));
            }
        }
    }
    if web {
        check_public_key(cert, role)?;
    }
    Ok(())
}

/// A wildcard dNSName in the leaf that could stand for a name a CA excludes is outside its
/// constraints (RFC 9525 §6.3 matching against RFC 5280 §4.2.1.10 exclusions; the case of
/// CVE-2025-61727): `*.example.com` under an excluded `bar.example.com`.
fn check_wildcards_against_exclusions(
    ca: &X509Certificate<'_>,
    leaf: &X509Certificate<'_>,
    role: &str,
) -> PkiResult<()> {
    let Some(excluded) = ca
        .extensions()
        .iter()
        .find_map(|e| match e.parsed_extension() {
            ParsedExtension::NameConstraints(nc) => nc.excluded_subtrees.clone(),
            _ => None,
        })
    else {
        return Ok(());
    };
    let Ok(Some(san)) = leaf.subject_alternative_name() else {
        return Ok(());
    };
    for name in &san.value.general_names {
        let GeneralName::DNSName(d) = name else {
            continue;
        };
        let Some(suffix) = d.strip_prefix("*.") else {
            continue;
        };
        let suffix = suffix.to_ascii_lowercase();
        for subtree in &excluded {
            let GeneralName::DNSName(base) = subtree.base else {
                continue;
            };
            let base = base.trim_start_matches('.').to_ascii_lowercase();
            // The wildcard stands for one label before `suffix`: it reaches into the
            // excluded subtree when the subtree is such a name, or contains `suffix`.
            let one_label_above = base
                .strip_suffix(&suffix)
                .and_then(|l| l.strip_suffix('.'))
                .is_some_and(|l| !l.is_empty() && !l.contains('.'));
            let inside = suffix == base || suffix.ends_with(&format!(".{base}"));
            if one_label_above || inside {
                return Err(PkiError::new(
                    Reason::NameConstraints,
                    format!(
                        "the leaf's `{d}` can stand for names {role} excludes (`{base}`) (RFC 5280 §4.2.1.10)"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// CA/B Forum BR 6.1.5: RSA of at least 2048 bits and a multiple of 8; ECDSA on P-256,
/// P-384 or P-521; Ed25519 is accepted as well. DSA and small curves are refused.
fn check_public_key(cert: &X509Certificate<'_>, role: &str) -> PkiResult<()> {
    let spki = cert.public_key();
    match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => {
            let modulus: Vec<u8> = rsa
                .modulus
                .iter()
                .copied()
                .skip_while(|b| *b == 0)
                .collect();
            let bits = modulus.len() * 8
                - modulus
                    .first()
                    .map(|b| b.leading_zeros() as usize)
                    .unwrap_or(8);
            if bits < 2048 || bits % 8 != 0 {
                return Err(PkiError::new(
                    Reason::UnsupportedAlgorithm,
                    format!("{role} has a {bits}-bit RSA key; at least 2048 bits in whole bytes are required"),
                ));
            }
        }
        Ok(x509_parser::public_key::PublicKey::EC(_)) => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| o.to_id_string())
                .unwrap_or_default();
            if !matches!(
                curve.as_str(),
                "1.2.840.10045.3.1.7" | "1.3.132.0.34" | "1.3.132.0.35"
            ) {
                return Err(PkiError::new(
                    Reason::UnsupportedAlgorithm,
                    format!(
                        "{role} has an EC key on curve {curve}; P-256, P-384 or P-521 are required"
                    ),
                ));
            }
        }
        _ => {
            let alg = spki.algorithm.algorithm.to_id_string();
            if alg != "1.3.101.112" {
                return Err(PkiError::new(
                    Reason::UnsupportedAlgorithm,
                    format!("{role} has a key of type {alg}; RSA, ECDSA or Ed25519 are required"),
                ));
            }
        }
    }
    Ok(())
}

/// CA/B Forum BR 7.1.2.7 for TLS server leaves: an EKU that names serverAuth without
/// anyExtendedKeyUsage, not critical; BR 3.2.2.6: no wildcard over a public suffix (the
/// Public Suffix List's ICANN section, or an unknown TLD); and BR 7.1.4.3's encoding rule: a
/// commonName that names one of the subjectAltName values spells it exactly as the SAN does
/// (a dNSName byte for byte, in A-labels; an IP address in dotted decimal or RFC 5952 text).
/// A CN spelled otherwise is a second, differently parsed name for the same host, which a
/// client falling back to the CN may read as another one. A CN that names no SAN at all is
/// ignored, as RFC 6125 §6.4.4 tells clients to when SANs are present and as browsers and
/// webpki do (BetterTLS expects such leaves accepted, and so do three x509-limbo cases).
fn check_tls_server_leaf(cert: &X509Certificate<'_>) -> PkiResult<()> {
    let sans: Vec<Presented> = match cert.subject_alternative_name() {
        Ok(Some(san)) => san
            .value
            .general_names
            .iter()
            .filter_map(|n| match n {
                GeneralName::DNSName(d) => Some(Presented::Dns(d.to_string())),
                GeneralName::IPAddress(b) => match b.len() {
                    4 => Some(Presented::Ip(IpAddr::from(<[u8; 4]>::try_from(*b).ok()?))),
                    16 => Some(Presented::Ip(IpAddr::from(<[u8; 16]>::try_from(*b).ok()?))),
                    _ => None,
                },
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    for name in &sans {
        if let Presented::Dns(name) = name {
            if let Some(suffix) = super::issue::wildcard_public_suffix(name) {
                return Err(invalid(format!(
                    "the leaf's `{name}` is a wildcard over the public suffix `{suffix}` (CA/B Forum BR 3.2.2.6)"
                )));
            }
        }
    }
    for cn in cert.subject().iter_common_name() {
        let Ok(text) = cn.as_str() else { continue };
        if let Some(san) = sans.iter().find(|s| s.is_spelled_otherwise_by(text)) {
            return Err(PkiError::new(
                Reason::NameMismatch,
                format!(
                    "the leaf's commonName `{text}` names its subjectAltName `{san}` but spells it otherwise (CA/B Forum BR 7.1.4.3)"
                ),
            )
            .with_help("issue the certificate with the CN written exactly as the SAN, or without a CN"));
        }
        // A dNSName is ASCII, so a host name in U-labels can never be a copy of one.
        if !text.is_ascii() {
            if let Ok(alabels) = idna::domain_to_ascii(text) {
                if alabels.contains('.') && super::issue::is_dns_name(&alabels) {
                    return Err(PkiError::new(
                        Reason::NameMismatch,
                        format!(
                            "the leaf's commonName `{text}` is a host name in Unicode; it can only repeat a subjectAltName in A-labels (`{alabels}`) (CA/B Forum BR 7.1.4.3)"
                        ),
                    )
                    .with_help("issue the certificate with the CN written exactly as the SAN, or without a CN"));
                }
            }
        }
    }
    let eku = cert
        .extensions()
        .iter()
        .find(|e| matches!(e.parsed_extension(), ParsedExtension::ExtendedKeyUsage(_)));
    // RFC 5280 §4.2.1.12 allows a leaf without EKU (it is then unrestricted); webpki and
    // every TLS client accept it, so cu does too.
    match eku {
        None => {}
        Some(ext) => {
            if ext.critical {
                return Err(PkiError::new(
                    Reason::BadUsage,
                    "the leaf marks extendedKeyUsage critical (CA/B Forum BR 7.1.2.7.10)",
                ));
            }
            if let ParsedExtension::ExtendedKeyUsage(e) = ext.parsed_extension() {
                if e.any {
                    return Err(PkiError::new(
                        Reason::BadUsage,
                        "the leaf's extendedKeyUsage includes anyExtendedKeyUsage (CA/B Forum BR 7.1.2.7.10)",
                    ));
                }
            }
        }
    }
    Ok(())
}

/// webpki trusts an anchor as given; RFC 5280 still wants a trusted root to be a usable CA
/// certificate within its validity.
fn check_anchor(cert: &X509Certificate<'_>, at: OffsetDateTime) -> PkiResult<()> {
    let not_before = cert.validity().not_before.to_datetime();
    let not_after = cert.validity().not_after.to_datetime();
    if at > not_after {
        return Err(PkiError::new(
            Reason::Expired,
            format!("the root expired at {}", super::inspect::rfc3339(not_after)),
        ));
    }
    if at < not_before {
        return Err(PkiError::new(
            Reason::NotYetValid,
            format!(
                "the root is not valid before {}",
                super::inspect::rfc3339(not_before)
            ),
        ));
    }
    if !cert.is_ca() {
        return Err(PkiError::new(
            Reason::NotCa,
            "the root is not a CA certificate (basicConstraints CA:true)",
        ));
    }
    Ok(())
}

/// RFC 5280 §4.2.1.3 / §6.3.3 (f): a CRL counts only when its issuer may sign CRLs.
pub fn check_crl_issuers(path: &[&[u8]], crls: &[Vec<u8>]) -> PkiResult<()> {
    for (i, der) in crls.iter().enumerate() {
        let Ok((_, crl)) = x509_parser::revocation_list::CertificateRevocationList::from_der(der)
        else {
            continue;
        };
        for cert_der in path {
            let Ok((_, cert)) = X509Certificate::from_der(cert_der) else {
                continue;
            };
            if cert.subject().as_raw() != crl.issuer().as_raw() {
                continue;
            }
            if let Ok(Some(ku)) = cert.key_usage() {
                if !ku.value.crl_sign() {
                    return Err(invalid(format!(
                        "CRL {} is signed by a CA whose keyUsage lacks cRLSign (RFC 5280 §4.2.1.3)",
                        i + 1
                    )));
                }
            }
        }
    }
    Ok(())
}

/// Whether `der` can be an intermediate of any valid path for `purpose`: not signed with a
/// forgeable hash, and no extendedKeyUsage that leaves the purpose out.
pub fn may_be_an_intermediate(der: &[u8], purpose: Purpose) -> bool {
    let Ok((_, cert)) = X509Certificate::from_der(der) else {
        // Left in: the validator names what is wrong with it if the path needs it.
        return true;
    };
    check_signature_algorithm(&cert.signature_algorithm, "").is_ok()
        && check_ca_eku(&cert, "", purpose).is_ok()
}

/// Signatures made with MD2, MD5 or SHA-1 can be forged (SHA-1 chosen-prefix collisions,
/// 2020), so neither profile relies on one: webpki and browsers refuse them, and so does
/// `--profile rfc5280`, where OpenSSL's default security level still accepts SHA-1.
fn check_signature_algorithm(algorithm: &AlgorithmIdentifier<'_>, what: &str) -> PkiResult<()> {
    let name = match algorithm.algorithm.to_id_string().as_str() {
        "1.2.840.113549.1.1.2" => "md2WithRSAEncryption",
        "1.2.840.113549.1.1.4" => "md5WithRSAEncryption",
        "1.2.840.113549.1.1.5" | "1.3.14.3.2.29" => "sha1WithRSAEncryption",
        "1.2.840.10045.4.1" => "ecdsa-with-SHA1",
        "1.2.840.10040.4.3" => "dsa-with-SHA1",
        _ => return Ok(()),
    };
    Err(PkiError::new(
        Reason::UnsupportedAlgorithm,
        format!("{what} is signed with {name}, a hash whose collisions make signatures forgeable"),
    ))
}

/// An extendedKeyUsage in a CA certificate limits the leaves under it (CA/B Forum BR
/// 7.1.2.10.6; OpenSSL, Go and webpki all enforce it): an intermediate that lists neither the
/// purpose nor anyExtendedKeyUsage cannot vouch for a leaf used for it.
fn check_ca_eku(cert: &X509Certificate<'_>, role: &str, purpose: Purpose) -> PkiResult<()> {
    let Ok(Some(eku)) = cert.extended_key_usage() else {
        return Ok(());
    };
    let eku = eku.value;
    let (ok, name) = match purpose {
        Purpose::Server => (eku.any || eku.server_auth, "serverAuth"),
        Purpose::Client => (eku.any || eku.client_auth, "clientAuth"),
        Purpose::Any => return Ok(()),
    };
    if ok {
        return Ok(());
    }
    Err(PkiError::new(
        Reason::BadUsage,
        format!("{role}'s extendedKeyUsage does not include {name}, so its leaves may not be used for it"),
    ))
}

/// RFC 5280 §5.2.3: a CRL carries a non-critical CRL number.
pub fn check_crl(der: &[u8], what: &str) -> PkiResult<()> {
    let (_, crl) = x509_parser::revocation_list::CertificateRevocationList::from_der(der)
        .map_err(|e| PkiError::malformed(format!("{what}: {e}")))?;
    check_signature_algorithm(&crl.signature_algorithm, what)?;
    let number = crl
        .extensions()
        .iter()
        .find(|e| matches!(e.parsed_extension(), ParsedExtension::CRLNumber(_)));
    match number {
        None => Err(invalid(format!(
            "{what} lacks the CRL number extension (RFC 5280 §5.2.3)"
        ))),
        Some(ext) if ext.critical => Err(invalid(format!(
            "{what} marks the CRL number critical (RFC 5280 §5.2.3)"
        ))),
        Some(_) => Ok(()),
    }
}

/// A name a TLS leaf presents in its subjectAltName.
enum Presented {
    Dns(String),
    Ip(IpAddr),
}

impl std::fmt::Display for Presented {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Presented::Dns(d) => f.write_str(d),
            Presented::Ip(ip) => write!(f, "{ip}"),
        }
    }
}

impl Presented {
    /// Whether `cn` denotes this name without being its exact text: an IP address written
    /// in another notation (hex, octal, leading zeros, upper case, uncompressed IPv6), or a
    /// host name in other letter case or in Unicode (U-labels) rather than A-labels.
    fn is_spelled_otherwise_by(&self, cn: &str) -> bool {
        match self {
            Presented::Ip(ip) => {
                let exact = match ip {
                    IpAddr::V4(v4) => v4.to_string(),
                    IpAddr::V6(v6) => v6.to_string(),
                };
                cn != exact && parse_ip_leniently(cn) == Some(*ip)
            }
            Presented::Dns(d) => {
                if cn == d {
                    return false;
                }
                let cn = cn.strip_suffix('.').unwrap_or(cn);
                let d = d.strip_suffix('.').unwrap_or(d);
                if cn.is_ascii() {
                    cn.eq_ignore_ascii_case(d)
                } else {
                    idna::domain_to_ascii(cn).is_ok_and(|a| a.eq_ignore_ascii_case(d))
                }
            }
        }
    }
}

/// An IP address as the many parsers that clients use read one: IPv6 in any valid text, and
/// IPv4 as inet_aton(3) does, with one to four parts, each decimal, hex (`0x`) or octal (a
/// leading `0`), the last filling the remaining bytes (`0xC0A80101`, `192.168.001.001`).
fn parse_ip_leniently(text: &str) -> Option<IpAddr> {
    if text.contains(':') {
        return text.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6);
    }
    let parts: Vec<&str> = text.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut values = Vec::with_capacity(parts.len());
    for part in &parts {
        let (digits, radix) =
            if let Some(hex) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
                (hex, 16)
            } else if part.len() > 1 && part.starts_with('0') {
                (&part[1..], 8)
            } else {
                (*part, 10)
            };
        // from_str_radix would also take a sign (`+1`), which no address parser does.
        if (digits.is_empty() && radix != 16) || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        let value = if digits.is_empty() {
            0
        } else {
            u64::from_str_radix(digits, radix).ok()?
        };
        values.push(value);
    }
    let (last, head) = values.split_last()?;
    if head.iter().any(|v| *v > 255) {
        return None;
    }
    let room = 8 * (4 - head.len() as u32);
    if *last >= 1u64 << room {
        return None;
    }
    let mut addr: u64 = 0;
    for (i, v) in head.iter().enumerate() {
        addr |= v << (24 - 8 * i as u32);
    }
    addr |= last;
    Some(IpAddr::V4(std::net::Ipv4Addr::from(addr as u32)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_addresses_are_read_as_lenient_parsers_read_them() {
        let v4 = |s: &str| parse_ip_leniently(s).map(|ip| ip.to_string());
        for text in [
            "192.168.1.1",
            "0xC0A80101",
            "192.168.001.001",
            "0300.0250.01.01",
            "192.168.257",
            "3232235777",
        ] {
            assert_eq!(v4(text).as_deref(), Some("192.168.1.1"), "{text}");
        }
        for text in [
            "",
            "1.2.3.4.5",
            "256.1.1.1",
            "1.2.3.256",
            "09.1.1.1",
            "+1.2.3.4",
            "a.b.c.d",
            "example.com",
        ] {
            assert_eq!(v4(text), None, "{text}");
        }
        assert_eq!(
            v4("2001:0db8:0000:0000:0000:0000:0000:0001").as_deref(),
            Some("2001:db8::1")
        );
    }

    #[test]
    fn a_common_name_spelling_a_san_otherwise_is_told_from_one_naming_another_host() {
        let ip = Presented::Ip("2001:db8::1".parse().unwrap());
        assert!(ip.is_spelled_otherwise_by("2001:DB8::1"));
        assert!(ip.is_spelled_otherwise_by("2001:db8:0:0:0:0:0:1"));
        assert!(!ip.is_spelled_otherwise_by("2001:db8::1"));
        assert!(!ip.is_spelled_otherwise_by("2001:db8::2"));
        let v4 = Presented::Ip("127.0.0.1".parse().unwrap());
        assert!(v4.is_spelled_otherwise_by("127.1"));
        assert!(!v4.is_spelled_otherwise_by("127.0.0.1"));
        let dns = Presented::Dns("xn--test--gs1lv54n.com".into());
        assert!(dns.is_spelled_otherwise_by("test-測試.com"));
        assert!(dns.is_spelled_otherwise_by("XN--TEST--GS1LV54N.com"));
        assert!(!dns.is_spelled_otherwise_by("xn--test--gs1lv54n.com"));
        // Another host altogether: ignored, as clients ignore a CN beside SANs.
        assert!(!dns.is_spelled_otherwise_by("bad.example.com"));
        assert!(!dns.is_spelled_otherwise_by("EE"));
    }
}
