//! CA chains: root → policy → … → issuing, each signed by the one above, and the issuer
//! that signs leaves. Spec files (YAML or JSON) give full control over names and constraints.

use std::net::IpAddr;
use std::time::Duration;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, GeneralSubtree, IsCa, KeyPair,
    KeyUsagePurpose, NameConstraints, SerialNumber,
};
use rustls_pki_types::CertificateDer;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use x509_parser::prelude::{FromDer, X509Certificate};

use super::keys::{self, KeyType};
use super::{rcgen_error, PkiError, PkiResult, Reason};
use crate::limits;

/// The name of the file listing a CA directory's levels.
pub const MANIFEST: &str = "ca.json";

/// Subject attributes, in the order they are written (C, ST, L, O, OU, CN).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    #[serde(rename = "CN", alias = "common_name")]
    pub common_name: String,
    #[serde(
        rename = "O",
        alias = "organization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organization: Option<String>,
    #[serde(
        rename = "OU",
        alias = "organizational_unit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organizational_unit: Option<String>,
    #[serde(
        rename = "C",
        alias = "country",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub country: Option<String>,
    #[serde(
        rename = "ST",
        alias = "state",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub state: Option<String>,
    #[serde(
        rename = "L",
        alias = "locality",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub locality: Option<String>,
}

impl Subject {
    pub fn named(common_name: impl Into<String>) -> Subject {
        Subject {
            common_name: common_name.into(),
            ..Subject::default()
        }
    }

    pub fn to_dn(&self) -> PkiResult<DistinguishedName> {
        let mut dn = DistinguishedName::new();
        if let Some(c) = &self.country {
            if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
                return Err(PkiError::bad_request(format!(
                    "country `{c}` is not a two-letter ISO 3166 code such as `US`"
                )));
            }
            dn.push(
                DnType::CountryName,
                rcgen::DnValue::PrintableString(
                    c.as_str()
                        .try_into()
                        .map_err(|e| rcgen_error("country", e))?,
                ),
            );
        }
        for (ty, value) in [
            (DnType::StateOrProvinceName, &self.state),
            (DnType::LocalityName, &self.locality),
            (DnType::OrganizationName, &self.organization),
            (DnType::OrganizationalUnitName, &self.organizational_unit),
        ] {
            if let Some(v) = value {
                dn.push(ty, v.as_str());
            }
        }
        if self.common_name.trim().is_empty() {
            return Err(PkiError::bad_request("the common name (CN) is empty"));
        }
        dn.push(DnType::CommonName, self.common_name.as_str());
        Ok(dn)
    }
}

/// What a CA may certify (RFC 5280 §4.2.1.10). IP ranges are CIDR, e.g. `10.0.0.0/8`.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Constraints {
    #[serde(default)]
    pub permitted_dns: Vec<String>,
    #[serde(default)]
    pub excluded_dns: Vec<String>,
    #[serde(default)]
    pub permitted_ip: Vec<String>,
    #[serde(default)]
    pub excluded_ip: Vec<String>,
    #[serde(default)]
    pub permitted_email: Vec<String>,
    #[serde(default)]
    pub excluded_email: Vec<String>,
}

impl Constraints {
    fn is_empty(&self) -> bool {
        self.permitted_dns.is_empty()
            && self.excluded_dns.is_empty()
            && self.permitted_ip.is_empty()
            && self.excluded_ip.is_empty()
            && self.permitted_email.is_empty()
            && self.excluded_email.is_empty()
    }

    fn to_rcgen(&self) -> PkiResult<NameConstraints> {
        let subtrees =
            |dns: &[String], ip: &[String], email: &[String]| -> PkiResult<Vec<GeneralSubtree>> {
                let mut out = Vec::new();
                for d in dns {
                    out.push(GeneralSubtree::DnsName(d.clone()));
                }
                for cidr in ip {
                    out.push(GeneralSubtree::IpAddress(parse_cidr(cidr)?));
                }
                for e in email {
                    out.push(GeneralSubtree::Rfc822Name(e.clone()));
                }
                Ok(out)
            };
        Ok(NameConstraints {
            permitted_subtrees: subtrees(
                &self.permitted_dns,
                &self.permitted_ip,
                &self.permitted_email,
            )?,
            excluded_subtrees: subtrees(
                &self.excluded_dns,
                &self.excluded_ip,
                &self.excluded_email,
            )?,
        })
    }
}

fn parse_cidr(text: &str) -> PkiResult<rcgen::CidrSubnet> {
    let bad = || {
        PkiError::bad_request(format!(
            "`{text}` is not an IP range in CIDR form such as `10.0.0.0/8` or `fd00::/8`"
        ))
    };
    let (addr, prefix) = text.split_once('/').ok_or_else(bad)?;
    let addr: IpAddr = addr.parse().map_err(|_| bad())?;
    let prefix: u8 = prefix.parse().map_err(|_| bad())?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    if prefix > max {
        return Err(bad());
    }
    Ok(rcgen::CidrSubnet::from_addr_prefix(addr, prefix))
}

/// One CA certificate of the chain to build.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LevelSpec {
    /// File stem: `root` gives `root.pem` and `root.key`.
    pub name: String,
    pub subject: Subject,
    #[serde(default)]
    pub key_type: Option<KeyType>,
    /// e.g. `10y`, `5y`, `90d`.
    #[serde(default)]
    pub validity: Option<String>,
    #[serde(default)]
    pub name_constraints: Option<Constraints>,
}

/// A whole chain, root first.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChainSpec {
    #[serde(default)]
    pub key_type: Option<KeyType>,
    #[serde(default)]
    pub validity: Option<String>,
    pub levels: Vec<LevelSpec>,
}

impl ChainSpec {
    /// The default chain: `levels` CAs named `<prefix> Root CA`, `<prefix> Policy CA`, …,
    /// `<prefix> Issuing CA`.
    pub fn standard(levels: usize, prefix: &str) -> PkiResult<ChainSpec> {
        if !(1..=8).contains(&levels) {
            return Err(PkiError::bad_request(format!(
                "--levels {levels} is out of range; a chain has 1 to 8 CAs"
            )));
        }
        let prefix = prefix.trim();
        let named = |role: &str| {
            if prefix.is_empty() {
                format!("{role} CA")
            } else {
                format!("{prefix} {role} CA")
            }
        };
        let mut out = Vec::with_capacity(levels);
        for i in 0..levels {
            let (file, role) = if i == 0 {
                ("root".to_string(), "Root".to_string())
            } else if i == levels - 1 {
                ("issuing".to_string(), "Issuing".to_string())
            } else if levels == 3 {
                ("policy".to_string(), "Policy".to_string())
            } else {
                (format!("policy-{i}"), format!("Policy {i}"))
            };
            let mut subject = Subject::named(named(&role));
            if !prefix.is_empty() {
                subject.organization = Some(prefix.to_string());
            }
            out.push(LevelSpec {
                name: file,
                subject,
                key_type: None,
                validity: None,
                name_constraints: None,
            });
        }
        Ok(ChainSpec {
            key_type: None,
            validity: None,
            levels: out,
        })
    }

    /// A spec file, YAML or JSON.
    pub fn parse(text: &str, what: &str) -> PkiResult<ChainSpec> {
        // Refused before parsing: libyaml takes time quadratic in the nesting depth, and aliases
        // can expand a small file into a huge one.
        let json = text.trim_start().starts_with('{');
        let refused = if json {
            limits::json_depth(text.as_bytes()).map_err(limits::YamlError::TooDeep)
        } else {
            limits::check_yaml(text)
        };
        refused.map_err(|e| PkiError::bad_request(format!("{what}: {e}")).with_help(e.help()))?;
        let spec: ChainSpec = if json {
            serde_json::from_str(text)
                .map_err(|e| PkiError::bad_request(format!("{what}: {e}")).with_help(SPEC_HELP))?
        } else {
            serde_norway::from_str(text)
                .map_err(|e| PkiError::bad_request(format!("{what}: {e}")).with_help(SPEC_HELP))?
        };
        if spec.levels.is_empty() || spec.levels.len() > 8 {
            return Err(PkiError::bad_request(format!(
                "{what}: `levels` must list 1 to 8 CAs, root first"
            )));
        }
        let mut seen = std::collections::HashSet::new();
        for level in &spec.levels {
            let ok = !level.name.is_empty()
                && level
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !ok {
                return Err(PkiError::bad_request(format!(
                    "{what}: level name `{}` must be letters, digits, `-` or `_` (it names the files)",
                    level.name
                )));
            }
            if !seen.insert(level.name.clone()) {
                return Err(PkiError::bad_request(format!(
                    "{what}: two levels are named `{}`",
                    level.name
                )));
            }
        }
        Ok(spec)
    }
}

const SPEC_HELP: &str = "a spec is `{key_type?, validity?, levels: [{name, subject: {CN, O?, OU?, C?, ST?, L?}, key_type?, validity?, name_constraints?: {permitted_dns, excluded_dns, permitted_ip, excluded_ip, permitted_email, excluded_email}}]}`, root first";

/// How long a certificate lives: whole calendar years (`10y`), or an exact duration
/// (`397d`, `12h`, humantime syntax).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validity {
    Years(u16),
    Exact(Duration),
}

/// Parse `10y`, `397d`, `12h`.
pub fn parse_validity(text: &str) -> PkiResult<Validity> {
    let t = text.trim();
    let years = t
        .strip_suffix("years")
        .or_else(|| t.strip_suffix("year"))
        .or_else(|| t.strip_suffix('y'))
        .map(str::trim)
        .and_then(|n| n.parse::<u16>().ok());
    if let Some(n) = years {
        if n == 0 || n > 100 {
            return Err(PkiError::bad_request(format!(
                "validity `{text}` must be 1 to 100 years"
            )));
        }
        return Ok(Validity::Years(n));
    }
    let d = humantime::parse_duration(t).map_err(|e| {
        PkiError::bad_request(format!("validity `{text}`: {e}"))
            .with_help("write a duration such as `10y`, `397d` or `24h`")
    })?;
    if d < Duration::from_secs(60) {
        return Err(PkiError::bad_request(format!(
            "validity `{text}` is shorter than a minute"
        )));
    }
    if d > Duration::from_secs(100 * 366 * 86_400) {
        return Err(PkiError::bad_request(format!(
            "validity `{text}` is longer than 100 years"
        )));
    }
    Ok(Validity::Exact(d))
}

/// Certificates start one minute in the past, so a verifier with a slightly slow clock
/// accepts a certificate that was just issued (step and cfssl do the same).
pub const BACKDATE: Duration = Duration::from_secs(60);

pub fn validity_window(
    now: OffsetDateTime,
    validity: Validity,
) -> (OffsetDateTime, OffsetDateTime) {
    let now = now.replace_nanosecond(0).unwrap_or(now);
    let end = match validity {
        Validity::Exact(d) => now + d,
        Validity::Years(n) => {
            let year = now.year() + i32::from(n);
            // 29 February moves to 28 February in a year that has none.
            now.replace_year(year)
                .or_else(|_| now.replace_day(28).and_then(|d| d.replace_year(year)))
                .unwrap_or(now + Duration::from_secs(u64::from(n) * 31_556_952))
        }
    };
    (now - BACKDATE, end)
}

/// A random positive 128-bit serial number (RFC 5280: at most 20 octets, positive).
pub fn random_serial() -> PkiResult<SerialNumber> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| PkiError::bad_request(format!("no randomness for a serial number: {e}")))?;
    bytes[0] &= 0x7f;
    bytes[0] |= 0x01;
    Ok(SerialNumber::from_slice(&bytes))
}

/// One CA built by `create_chain`.
pub struct BuiltCa {
    pub name: String,
    pub cert: CertificateDer<'static>,
    pub key: KeyPair,
}

/// Build the chain described by `spec`, root first.
pub fn create_chain(
    spec: &ChainSpec,
    default_key_type: KeyType,
    default_validity: Validity,
    now: OffsetDateTime,
) -> PkiResult<Vec<BuiltCa>> {
    let levels = spec.levels.len();
    let mut built: Vec<BuiltCa> = Vec::with_capacity(levels);
    let mut parent_params: Option<CertificateParams> = None;
    for (i, level) in spec.levels.iter().enumerate() {
        let key_type = level.key_type.or(spec.key_type).unwrap_or(default_key_type);
        let validity = match level.validity.as_deref().or(spec.validity.as_deref()) {
            Some(v) => parse_validity(v)?,
            None => default_validity,
        };
        let key = keys::generate(key_type)?;
        let (not_before, mut not_after) = validity_window(now, validity);
        if let Some(parent) = &parent_params {
            // A CA never outlives the CA that signed it.
            not_after = not_after.min(parent.not_after);
        }
        let mut params = CertificateParams::default();
        params.distinguished_name = level.subject.to_dn()?;
        params.not_before = not_before;
        params.not_after = not_after;
        params.serial_number = Some(random_serial()?);
        params.is_ca = IsCa::Ca(BasicConstraints::Constrained((levels - 1 - i) as u8));
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        params.use_authority_key_identifier_extension = i > 0;
        if let Some(nc) = &level.name_constraints {
            if !nc.is_empty() {
                params.name_constraints = Some(nc.to_rcgen()?);
            }
        }
        let cert = match (&parent_params, built.last()) {
            (Some(pp), Some(parent)) => {
                let issuer = rcgen::Issuer::from_params(pp, &parent.key);
                params.signed_by(&key, &issuer)
            }
            _ => params.self_signed(&key),
        }
        .map_err(|e| rcgen_error(&format!("signing the {} CA", level.name), e))?;
        built.push(BuiltCa {
            name: level.name.clone(),
            cert: cert.der().clone(),
            key,
        });
        parent_params = Some(params);
    }
    Ok(built)
}

/// A CA directory's manifest, `ca.json`: the levels root first, with their files.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub levels: Vec<ManifestLevel>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManifestLevel {
    pub name: String,
    pub cert: String,
    pub key: String,
}

impl Manifest {
    pub fn parse(text: &str, what: &str) -> PkiResult<Manifest> {
        limits::json_depth(text.as_bytes()).map_err(|e| {
            PkiError::bad_request(format!("{what}: {e}")).with_help(limits::TOO_DEEP_HELP)
        })?;
        let m: Manifest = serde_json::from_str(text).map_err(|e| {
            PkiError::bad_request(format!("{what} is not a cu CA manifest: {e}"))
                .with_help("point --ca at a directory made by `cu pki ca create`, or pass --ca-cert and --ca-key")
        })?;
        if m.levels.is_empty() {
            return Err(PkiError::bad_request(format!("{what} lists no CA")));
        }
        Ok(m)
    }

    pub fn issuing(&self) -> &ManifestLevel {
        &self.levels[self.levels.len() - 1]
    }
}

/// The CA that signs: its certificate, key, and the chain above it up to (not including)
/// the self-signed root, which is what a server presents after its leaf.
pub struct Signer {
    pub cert: CertificateDer<'static>,
    pub key: KeyPair,
    pub chain_above: Vec<CertificateDer<'static>>,
    pub not_after: OffsetDateTime,
    /// The CA certificate and every parent given, as given: the path whose name
    /// constraints a new certificate must satisfy.
    pub path: Vec<CertificateDer<'static>>,
}

/// Is `cert` self-issued and self-signed (a root)?
pub fn is_self_signed(cert: &X509Certificate<'_>) -> bool {
    cert.subject().as_raw() == cert.issuer().as_raw() && cert.verify_signature(None).is_ok()
}

pub fn parse_cert<'a>(der: &'a [u8], what: &str) -> PkiResult<X509Certificate<'a>> {
    X509Certificate::from_der(der)
        .map(|(_, c)| c)
        .map_err(|e| PkiError::malformed(format!("{what}: {e}")))
}

/// Check a certificate and key can sign leaves, and assemble the signer.
/// `bundle` is the issuing CA certificate followed by its parents (any order after the first).
pub fn signer(
    bundle: Vec<CertificateDer<'static>>,
    key: KeyPair,
    now: OffsetDateTime,
    what: &str,
) -> PkiResult<Signer> {
    let path = bundle.clone();
    let mut bundle = bundle.into_iter();
    let cert = bundle
        .next()
        .ok_or_else(|| PkiError::malformed(format!("{what} holds no certificate")))?;
    let parsed = parse_cert(&cert, what)?;
    keys::check_matches(
        &key,
        parsed.public_key().raw,
        &format!("the CA certificate {what}"),
    )?;
    let is_ca = matches!(parsed.basic_constraints(), Ok(Some(bc)) if bc.value.ca);
    if !is_ca {
        return Err(PkiError::new(
            Reason::NotCa,
            format!("{what} is not a CA certificate (basicConstraints CA:true is missing)"),
        ));
    }
    if let Ok(Some(ku)) = parsed.key_usage() {
        if !ku.value.key_cert_sign() {
            return Err(PkiError::new(
                Reason::NotCa,
                format!("{what} may not sign certificates (keyUsage lacks keyCertSign)"),
            ));
        }
    }
    let not_after = parsed.validity().not_after.to_datetime();
    if not_after <= now {
        return Err(PkiError::new(
            Reason::Expired,
            format!(
                "the CA certificate {what} expired at {}",
                super::inspect::rfc3339(not_after)
            ),
        )
        .with_help("renew the CA (`cu pki ca create`) before issuing from it"));
    }
    let mut chain_above = Vec::new();
    for parent in bundle {
        let p = parse_cert(&parent, what)?;
        if !is_self_signed(&p) {
            chain_above.push(parent.clone());
        }
    }
    let self_signed = is_self_signed(&parsed);
    let mut all = Vec::new();
    if !self_signed {
        all.push(cert.clone());
    }
    all.extend(chain_above);
    Ok(Signer {
        cert,
        key,
        chain_above: all,
        not_after,
        path,
    })
}

impl Signer {
    /// Sign `params` for `public_key`, then check the result chains to this CA: rcgen
    /// re-encodes the issuer name, and a byte-level difference would silently break paths.
    pub fn sign(
        &self,
        params: &CertificateParams,
        public_key: &impl rcgen::PublicKeyData,
    ) -> PkiResult<CertificateDer<'static>> {
        let issuer = rcgen::Issuer::from_ca_cert_der(&self.cert, &self.key)
            .map_err(|e| rcgen_error("reading the CA certificate", e))?;
        let cert = params
            .signed_by(public_key, &issuer)
            .map_err(|e| rcgen_error("signing the certificate", e))?;
        let der = cert.der().clone();
        let ca = parse_cert(&self.cert, "the CA certificate")?;
        let leaf = parse_cert(&der, "the new certificate")?;
        if leaf.issuer().as_raw() != ca.subject().as_raw()
            || leaf.verify_signature(Some(ca.public_key())).is_err()
        {
            return Err(PkiError::new(
                Reason::Unsupported,
                "the CA's subject name could not be reproduced exactly in the new certificate",
            )
            .with_help(
                "issue from a CA made by `cu pki ca create`, or report the CA certificate as a bug",
            ));
        }
        let at = leaf.validity().not_before.timestamp();
        self.check_name_constraints(&der, at)?;
        Ok(der)
    }

    /// Refuse a certificate that this CA's name constraints, or its parents', forbid: a
    /// verifier would reject it (RFC 5280 §4.2.1.10), so it is not issued. Checked by the
    /// validator of `cu pki verify --profile rfc5280`, every name form included, with the
    /// topmost certificate given as the anchor.
    fn check_name_constraints(&self, der: &[u8], at: i64) -> PkiResult<()> {
        let certs: Vec<Vec<u8>> = self.path.iter().map(|c| c.to_vec()).collect();
        let Some((anchor, middle)) = certs.split_last() else {
            return Ok(());
        };
        let outcome = super::rfc5280::validate(&super::rfc5280::Inputs {
            roots: std::slice::from_ref(anchor),
            intermediates: middle,
            leaf: der,
            crls: &[],
            crl_policy: super::rfc5280::CrlPolicy::Require,
            at,
            host: None,
            ip: None,
            server: None,
            policies: &[],
            explicit_policy: false,
            inhibit_mapping: false,
            inhibit_any: false,
        })?;
        let broken: Vec<String> = outcome
            .failures
            .iter()
            .filter(|f| f.reason == Reason::NameConstraints)
            .map(|f| f.message.clone())
            .collect();
        if broken.is_empty() {
            return Ok(());
        }
        let names = parse_cert(der, "the new certificate")
            .ok()
            .and_then(|c| {
                c.subject_alternative_name().ok().flatten().map(|s| {
                    s.value
                        .general_names
                        .iter()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
            })
            .unwrap_or_default();
        Err(PkiError::new(
            Reason::NameConstraints,
            format!(
                "the CA's name constraints forbid this certificate's names ({names}): {}; a verifier would reject it",
                broken.join("; ")
            ),
        )
        .with_help(
            "ask only for names inside the CA's permitted subtrees; `cu pki inspect` on the CA shows them",
        ))
    }
}
