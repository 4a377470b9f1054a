//! RFC 5280 path validation through rustls-webpki: signatures, validity, basicConstraints,
//! pathLen, key usage, EKU, name constraints, subject names, and CRLs when given.
//! On top, `profile` applies the RFC 5280 and CA/B Forum rules webpki leaves to issuers.
//! There is deliberately no option that relaxes any of it.

use std::net::IpAddr;
use std::time::Duration;

use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use webpki::{EndEntityCert, KeyUsage};

use super::ca::parse_cert;
use super::rfc5280::CrlPolicy;
use super::{PkiError, PkiResult, Reason};

/// What the leaf must be good for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Purpose {
    /// TLS server authentication (id-kp-serverAuth)
    Server,
    /// TLS client authentication (id-kp-clientAuth)
    Client,
    /// No particular use (RFC 5280 names none); only with --profile rfc5280
    Any,
}

/// Which rules decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Profile {
    /// RFC 5280 plus the CA/Browser Forum and browser rules (rustls-webpki and `profile`)
    Web,
    /// Exactly RFC 5280 §6 (OpenSSL's validator, every failed rule reported)
    Rfc5280,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Web => "web",
            Profile::Rfc5280 => "rfc5280",
        }
    }
}

/// The RFC 5280 §6.1.1 policy inputs.
#[derive(Debug, Clone, Default)]
pub struct PolicyInputs {
    /// Dotted OIDs; empty: anyPolicy.
    pub initial: Vec<String>,
    pub explicit: bool,
    pub inhibit_mapping: bool,
    pub inhibit_any: bool,
}

/// The name the leaf must carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeerName {
    Dns(String),
    Ip(IpAddr),
}

#[derive(Clone)]
pub struct Request<'a> {
    pub roots: &'a [CertificateDer<'static>],
    pub intermediates: &'a [CertificateDer<'static>],
    pub leaf: &'a CertificateDer<'static>,
    pub name: Option<PeerName>,
    pub purpose: Purpose,
    /// Seconds since the Unix epoch (negative before 1970: --profile rfc5280 only).
    pub at: i64,
    pub crls: &'a [Vec<u8>],
    /// Most intermediates allowed between leaf and root, self-issued ones not counted
    /// (RFC 5280 §4.2.1.9); None: webpki's own limit.
    pub max_intermediates: Option<usize>,
    pub profile: Profile,
    pub policy: PolicyInputs,
    pub crl_policy: super::rfc5280::CrlPolicy,
}

/// The validated path, leaf first, ending with the root that anchors it.
pub struct Verified {
    pub chain: Vec<CertificateDer<'static>>,
    /// Under --profile rfc5280: the valid policy set (RFC 5280 §6.1.6).
    pub policies: Option<Vec<String>>,
}

/// Validate under `req.profile`. A failure carries `details`: the profile and the rules
/// broken (every one under rfc5280; the first under web, whose validator stops there).
pub fn verify(req: &Request<'_>) -> PkiResult<Verified> {
    verify_under_profile(req).map_err(|e| {
        if e.details.is_some() {
            return e;
        }
        let rule = serde_json::json!({"reason": e.reason.as_str(), "message": e.message});
        let details = serde_json::json!({"profile": req.profile.as_str(), "failures": [rule]});
        e.with_details(details)
    })
}

fn verify_under_profile(req: &Request<'_>) -> PkiResult<Verified> {
    if req.roots.is_empty() {
        return Err(PkiError::bad_request("no trusted root given")
            .with_help("pass the root certificate(s) with --roots"));
    }
    match req.profile {
        Profile::Rfc5280 => return verify_rfc5280(req),
        Profile::Web => {}
    }
    if req.purpose == Purpose::Any {
        return Err(
            PkiError::bad_request("--purpose any needs --profile rfc5280")
                .with_help("the web profile checks a TLS purpose: server or client"),
        );
    }
    let p = &req.policy;
    if !p.initial.is_empty() || p.explicit || p.inhibit_mapping || p.inhibit_any {
        return Err(PkiError::bad_request(
            "--policy and the policy flags need --profile rfc5280",
        ));
    }
    let mut anchors = Vec::with_capacity(req.roots.len());
    for (i, root) in req.roots.iter().enumerate() {
        let anchor = webpki::anchor_from_trusted_cert(root).map_err(|e| {
            PkiError::malformed(format!(
                "root certificate {} cannot be a trust anchor: {e}",
                i + 1
            ))
        })?;
        anchors.push(anchor);
    }
    let leaf =
        EndEntityCert::try_from(req.leaf).map_err(|e| map_error(e, "the leaf certificate"))?;
    for (i, der) in req.crls.iter().enumerate() {
        super::profile::check_crl(der, &format!("CRL {}", i + 1))?;
    }
    let crls = req
        .crls
        .iter()
        .enumerate()
        .map(|(i, der)| {
            webpki::BorrowedCertRevocationList::from_der(der)
                .map(webpki::CertRevocationList::from)
                .map_err(|e| PkiError::malformed(format!("CRL {} is not a valid CRL: {e}", i + 1)))
        })
        .collect::<PkiResult<Vec<_>>>()?;
    let crl_refs: Vec<&webpki::CertRevocationList<'_>> = crls.iter().collect();
    let revocation = if crl_refs.is_empty() {
        None
    } else {
        // --crl-policy require (the default): every certificate below the anchor needs a
        // CRL from its issuer that settles it (`openssl verify -crl_check_all`); leaf: the
        // leaf only (`-crl_check`); best-effort: every certificate a given CRL covers. An
        // expired CRL fails in each.
        let (depth, unknown) = match req.crl_policy {
            CrlPolicy::Require => (
                webpki::RevocationCheckDepth::Chain,
                webpki::UnknownStatusPolicy::Deny,
            ),
            CrlPolicy::Leaf => (
                webpki::RevocationCheckDepth::EndEntity,
                webpki::UnknownStatusPolicy::Deny,
            ),
            CrlPolicy::BestEffort => (
                webpki::RevocationCheckDepth::Chain,
                webpki::UnknownStatusPolicy::Allow,
            ),
        };
        webpki::RevocationOptionsBuilder::new(&crl_refs)
            .ok()
            .map(|b| {
                b.with_depth(depth)
                    .with_status_policy(unknown)
                    .with_expiration_policy(webpki::ExpirationPolicy::Enforce)
                    .build()
            })
    };
    let web_time = u64::try_from(req.at)
        .map(Duration::from_secs)
        .map_err(|_| {
            PkiError::bad_request("the web profile validates at times from 1970 on")
                .with_help("validate earlier times with --profile rfc5280")
        })?;
    let usage = match req.purpose {
        Purpose::Server | Purpose::Any => KeyUsage::server_auth(),
        Purpose::Client => KeyUsage::client_auth(),
    };
    let max = req.max_intermediates;
    let depth_check = move |path: &webpki::VerifiedPath<'_>| -> Result<(), webpki::Error> {
        match max {
            Some(max)
                if path
                    .intermediate_certificates()
                    .filter(|c| c.subject() != c.issuer())
                    .count()
                    > max =>
            {
                Err(webpki::Error::MaximumPathDepthExceeded)
            }
            _ => Ok(()),
        }
    };
    let path = leaf
        .verify_for_usage(
            webpki::ALL_VERIFICATION_ALGS,
            &anchors,
            req.intermediates,
            UnixTime::since_unix_epoch(web_time),
            usage,
            revocation,
            Some(&depth_check),
        )
        .map_err(|e| map_error(e, "path validation"))?;

    if let Some(name) = &req.name {
        let server_name = match name {
            PeerName::Dns(d) => ServerName::try_from(d.clone())
                .map_err(|_| PkiError::bad_request(format!("`{d}` is not a valid host name")))?,
            PeerName::Ip(ip) => ServerName::IpAddress((*ip).into()),
        };
        leaf.verify_is_valid_for_subject_name(&server_name)
            .map_err(|e| match e {
                webpki::Error::CertNotValidForName(ctx) => PkiError::new(
                    Reason::NameMismatch,
                    format!(
                        "the leaf certificate is not valid for {}; it names {}",
                        match name {
                            PeerName::Dns(d) => format!("dns:{d}"),
                            PeerName::Ip(ip) => format!("ip:{ip}"),
                        },
                        presented_names(&ctx.presented)
                    ),
                ),
                other => map_error(other, "the leaf certificate"),
            })?;
    }
    check_leaf_key_usage(req.leaf, req.purpose)?;

    let mut chain = vec![req.leaf.clone()];
    for inter in path.intermediate_certificates() {
        let der = inter.der();
        if let Some(c) = req
            .intermediates
            .iter()
            .find(|c| c.as_ref() == der.as_ref())
        {
            chain.push(c.clone());
        }
    }
    let anchor = path.anchor();
    if let Some(root) = req.roots.iter().find(|r| {
        webpki::anchor_from_trusted_cert(r)
            .map(|a| {
                a.subject == anchor.subject
                    && a.subject_public_key_info == anchor.subject_public_key_info
            })
            .unwrap_or(false)
    }) {
        chain.push(root.clone());
    }
    let at = time::OffsetDateTime::from_unix_timestamp(req.at)
        .map_err(|_| PkiError::bad_request("the validation time is out of range"))?;
    let path: Vec<&[u8]> = chain.iter().map(|c| c.as_ref()).collect();
    super::profile::check_path(&path, req.purpose, at, super::profile::Rules::Web)?;
    super::profile::check_crl_issuers(&path, req.crls)?;
    Ok(Verified {
        chain,
        policies: None,
    })
}

/// OpenSSL builds one path and does not try another when it fails. An intermediate that no
/// valid path can contain (signed with SHA-1 or MD5, or an EKU without the purpose) is
/// therefore left out of a first attempt, so that a path around it is found; when none is,
/// the full set is validated again, to report the rule that fails on the path OpenSSL takes.
fn verify_rfc5280(req: &Request<'_>) -> PkiResult<Verified> {
    let usable: Vec<CertificateDer<'static>> = req
        .intermediates
        .iter()
        .filter(|c| super::profile::may_be_an_intermediate(c, req.purpose))
        .cloned()
        .collect();
    if usable.len() < req.intermediates.len() {
        let narrowed = Request {
            intermediates: &usable,
            ..req.clone()
        };
        if let Ok(verified) = verify_rfc5280_once(&narrowed) {
            return Ok(verified);
        }
    }
    verify_rfc5280_once(req)
}

fn verify_rfc5280_once(req: &Request<'_>) -> PkiResult<Verified> {
    let roots: Vec<Vec<u8>> = req.roots.iter().map(|c| c.to_vec()).collect();
    let intermediates: Vec<Vec<u8>> = req.intermediates.iter().map(|c| c.to_vec()).collect();
    let at = req.at;
    let (host, ip) = match &req.name {
        Some(PeerName::Dns(d)) => (Some(d.as_str()), None),
        Some(PeerName::Ip(ip)) => (None, Some(*ip)),
        None => (None, None),
    };
    let outcome = super::rfc5280::validate(&super::rfc5280::Inputs {
        roots: &roots,
        intermediates: &intermediates,
        leaf: req.leaf.as_ref(),
        crls: req.crls,
        crl_policy: req.crl_policy,
        at,
        host,
        ip,
        // OpenSSL's purposes add the TLS key-usage rules of its own; RFC 5280 §4.2.1.12 only
        // asks that a leaf's extendedKeyUsage, when present, name the use (checked below).
        server: None,
        policies: &req.policy.initial,
        explicit_policy: req.policy.explicit,
        inhibit_mapping: req.policy.inhibit_mapping,
        inhibit_any: req.policy.inhibit_any,
    })?;
    if let Some(first) = outcome.failures.first() {
        let rules = outcome
            .failures
            .iter()
            .map(|f| {
                let whose = match (f.depth, f.subject.is_empty()) {
                    (_, true) => "the path".to_string(),
                    (0, false) => format!("the leaf ({})", f.subject),
                    (d, false) => format!("the certificate at depth {d} ({})", f.subject),
                };
                format!("{whose}: {} [{}]", f.message, f.reason.as_str())
            })
            .collect::<Vec<_>>();
        let message = if rules.len() == 1 {
            format!("RFC 5280 validation failed: {}", rules[0])
        } else {
            format!(
                "RFC 5280 validation failed, {} rules: {}",
                rules.len(),
                rules.join("; ")
            )
        };
        let failures: Vec<serde_json::Value> = outcome
            .failures
            .iter()
            .map(|f| {
                serde_json::json!({
                    "reason": f.reason.as_str(),
                    "depth": f.depth,
                    "subject": f.subject,
                    "openssl_code": f.code,
                    "message": f.message,
                })
            })
            .collect();
        return Err(PkiError::new(first.reason, message)
            .with_details(serde_json::json!({"profile": "rfc5280", "failures": failures})));
    }
    // RFC 5280's rules for what a conforming CA issues, which §6 leaves out.
    let path: Vec<&[u8]> = outcome.chain.iter().map(|c| c.as_slice()).collect();
    if let Some(max) = req.max_intermediates {
        let counted = path
            .iter()
            .skip(1)
            .take(path.len().saturating_sub(2))
            .filter(|der| !self_issued(der))
            .count();
        if counted > max {
            return Err(PkiError::new(
                Reason::PathLen,
                format!("the path has {counted} intermediates (self-issued ones not counted); --max-intermediates allows {max}"),
            ));
        }
    }
    let time = time::OffsetDateTime::from_unix_timestamp(at)
        .map_err(|_| PkiError::bad_request("the validation time is out of range"))?;
    super::profile::check_path(&path, req.purpose, time, super::profile::Rules::Rfc5280)?;
    for (i, der) in req.crls.iter().enumerate() {
        super::profile::check_crl(der, &format!("CRL {}", i + 1))?;
    }
    check_leaf_key_usage(req.leaf, Purpose::Any)?;
    check_leaf_eku(req.leaf, req.purpose)?;
    Ok(Verified {
        chain: outcome
            .chain
            .into_iter()
            .map(CertificateDer::from)
            .collect(),
        policies: Some(outcome.policies),
    })
}

/// Subject and issuer are the same name (compared in OpenSSL's canonical DER, as it
/// compared them while building the path).
fn self_issued(der: &[u8]) -> bool {
    openssl::x509::X509::from_der(der)
        .ok()
        .and_then(|c| {
            let subject = c.subject_name().to_der().ok()?;
            let issuer = c.issuer_name().to_der().ok()?;
            Some(subject == issuer)
        })
        .unwrap_or(false)
}

/// webpki leaves the leaf's keyUsage to the protocol; RFC 5280 §4.2.1.3 does not. When the
/// extension is present it must allow what the purpose needs: signatures for TLS 1.3 (and
/// client auth), or key encipherment/agreement for a TLS 1.2 server.
fn check_leaf_key_usage(leaf: &CertificateDer<'_>, purpose: Purpose) -> PkiResult<()> {
    let cert = parse_cert(leaf, "the leaf certificate")?;
    if let Ok(Some(ku)) = cert.key_usage() {
        let ku = ku.value;
        let ok = match purpose {
            Purpose::Server => {
                ku.digital_signature() || ku.key_encipherment() || ku.key_agreement()
            }
            Purpose::Client => ku.digital_signature() || ku.key_agreement(),
            Purpose::Any => true,
        };
        if !ok {
            return Err(PkiError::new(
                Reason::BadUsage,
                format!(
                    "the leaf's keyUsage ({ku}) does not allow TLS {} authentication",
                    match purpose {
                        Purpose::Server | Purpose::Any => "server",
                        Purpose::Client => "client",
                    }
                ),
            ));
        }
        if ku.key_cert_sign() && !cert.is_ca() {
            return Err(PkiError::new(
                Reason::Invalid,
                "the leaf asserts keyCertSign without being a CA (RFC 5280 §4.2.1.3)",
            ));
        }
    }
    Ok(())
}

/// RFC 5280 §4.2.1.12: a leaf with extendedKeyUsage may be used only for a purpose it names
/// (or anyExtendedKeyUsage); without the extension it is unrestricted.
fn check_leaf_eku(leaf: &CertificateDer<'_>, purpose: Purpose) -> PkiResult<()> {
    let cert = parse_cert(leaf, "the leaf certificate")?;
    let eku = match cert.extended_key_usage() {
        Ok(Some(e)) => e.value,
        Ok(None) => return Ok(()),
        Err(e) => {
            return Err(PkiError::malformed(format!(
                "the leaf's extendedKeyUsage is malformed: {e}"
            )))
        }
    };
    let listed = eku.any
        || eku.server_auth
        || eku.client_auth
        || eku.code_signing
        || eku.email_protection
        || eku.time_stamping
        || eku.ocsp_signing
        || !eku.other.is_empty();
    if !listed {
        return Err(PkiError::new(
            Reason::BadUsage,
            "the leaf's extendedKeyUsage lists no purpose (RFC 5280 §4.2.1.12: at least one)",
        ));
    }
    let ok = eku.any
        || match purpose {
            Purpose::Server => eku.server_auth,
            Purpose::Client => eku.client_auth,
            Purpose::Any => true,
        };
    if !ok {
        return Err(PkiError::new(
            Reason::BadUsage,
            format!(
                "the leaf's extendedKeyUsage does not include {}",
                if purpose == Purpose::Server {
                    "serverAuth"
                } else {
                    "clientAuth"
                }
            ),
        ));
    }
    Ok(())
}

fn map_error(e: webpki::Error, what: &str) -> PkiError {
    use webpki::Error as E;
    let (reason, message) = match &e {
        E::CertExpired { time, not_after } => (
            Reason::Expired,
            format!(
                "a certificate in the chain expired at {} (checked at {})",
                unix(not_after.as_secs()),
                unix(time.as_secs())
            ),
        ),
        E::CertNotValidYet { time, not_before } => (
            Reason::NotYetValid,
            format!(
                "a certificate in the chain is not valid before {} (checked at {})",
                unix(not_before.as_secs()),
                unix(time.as_secs())
            ),
        ),
        E::UnknownRevocationStatus => (
            Reason::RevocationUnknown,
            format!("{what}: no CRL given settles a certificate's status (a CA's CRL is missing)"),
        ),
        E::CertRevoked => (
            Reason::Revoked,
            "a certificate in the chain is revoked by its CA's CRL".into(),
        ),
        E::CertNotValidForName(ctx) => (
            Reason::NameMismatch,
            format!(
                "{what} is not valid for {:?} (it names {:?})",
                ctx.expected, ctx.presented
            ),
        ),
        E::InvalidSignatureForPublicKey | E::InvalidCrlSignatureForPublicKey => (
            Reason::BadSignature,
            format!("{what}: a signature does not verify ({e:?})"),
        ),
        E::RequiredEkuNotFoundContext(ctx) => (
            Reason::BadUsage,
            format!(
                "the leaf's extendedKeyUsage ({}) does not include {}",
                ctx.present
                    .iter()
                    .map(|p| eku_name(p))
                    .collect::<Vec<_>>()
                    .join(", "),
                eku_name(&ctx.required.oid_values().collect::<Vec<_>>())
            ),
        ),
        E::EmptyEkuExtension => (
            Reason::BadUsage,
            "the leaf's extendedKeyUsage extension is empty".to_string(),
        ),
        E::NameConstraintViolation => (
            Reason::NameConstraints,
            format!("{what}: a name is outside a CA's name constraints"),
        ),
        E::PathLenConstraintViolated | E::MaximumPathDepthExceeded => (
            Reason::PathLen,
            format!("{what} is longer than allowed ({e:?})"),
        ),
        E::CaUsedAsEndEntity => (
            Reason::NotCa,
            format!("{what}: a CA certificate is used as the leaf"),
        ),
        E::EndEntityUsedAsCa => (
            Reason::NotCa,
            format!("{what}: a non-CA certificate is used as an issuer"),
        ),
        E::UnknownIssuer => (
            Reason::UnknownIssuer,
            format!("{what} does not lead to a trusted root (no valid issuer found)"),
        ),
        E::BadDer | E::BadDerTime | E::TrailingData(_) | E::MalformedExtensions => (
            Reason::Malformed,
            format!("{what}: a certificate is not valid DER ({e:?})"),
        ),
        E::UnsupportedSignatureAlgorithmContext(_)
        | E::UnsupportedSignatureAlgorithmForPublicKeyContext(_)
        | E::UnsupportedCrlSignatureAlgorithmContext(_)
        | E::UnsupportedCrlSignatureAlgorithmForPublicKeyContext(_) => (
            Reason::UnsupportedAlgorithm,
            format!("{what}: an unsupported or weak signature algorithm is used ({e:?})"),
        ),
        E::CrlExpired { time, next_update } => (
            Reason::Expired,
            format!(
                "the CRL for the leaf's issuer is stale: its nextUpdate was {} (checked at {})",
                unix(next_update.as_secs()),
                unix(time.as_secs())
            ),
        ),
        _ => (Reason::Invalid, format!("{what} is invalid: {e:?}")),
    };
    PkiError::new(reason, message)
}

/// `1.3.6.1.5.5.7.3.1` → `serverAuth`.
fn eku_name(arcs: &[usize]) -> String {
    let oid = arcs
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(".");
    match oid.as_str() {
        "1.3.6.1.5.5.7.3.1" => "serverAuth".into(),
        "1.3.6.1.5.5.7.3.2" => "clientAuth".into(),
        "1.3.6.1.5.5.7.3.3" => "codeSigning".into(),
        "1.3.6.1.5.5.7.3.4" => "emailProtection".into(),
        "1.3.6.1.5.5.7.3.8" => "timeStamping".into(),
        "1.3.6.1.5.5.7.3.9" => "OCSPSigning".into(),
        "2.5.29.37.0" => "anyExtendedKeyUsage".into(),
        _ => oid,
    }
}

/// webpki reports names as `DnsName("x")` / `IpAddress(x)`; show them as cu writes SANs.
fn presented_names(presented: &[String]) -> String {
    if presented.is_empty() {
        return "no DNS or IP names".to_string();
    }
    presented
        .iter()
        .map(|p| {
            if let Some(d) = p
                .strip_prefix("DnsName(\"")
                .and_then(|d| d.strip_suffix("\")"))
            {
                format!("dns:{d}")
            } else if let Some(ip) = p
                .strip_prefix("IpAddress(")
                .and_then(|d| d.strip_suffix(')'))
            {
                format!("ip:{ip}")
            } else {
                p.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn unix(secs: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs as i64)
        .map(super::inspect::rfc3339)
        .unwrap_or_else(|_| secs.to_string())
}
