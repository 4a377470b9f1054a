//! Client certificates: the TLS-verified peer certificate mapped to a realm principal.
//!
//! The TLS layer has checked the chain to `tls.client_ca`, the validity period at the
//! handshake and, when the certificate has one, extendedKeyUsage clientAuth. Here: the
//! certificate must carry clientAuth (a certificate without extendedKeyUsage is not taken
//! as a client's), be valid now (a connection may outlive it), have exactly one subject CN
//! naming a realm principal's `certificate_cn`, and exactly one `urn:cu:tenant:<uuid>` URI
//! SAN equal to that principal's tenant. Scopes come from the realm entry, never from the
//! certificate.

use std::sync::Arc;

use x509_parser::extensions::GeneralName;
use x509_parser::prelude::{FromDer, X509Certificate};

use super::realm::Identity;
use super::Authenticator;
use crate::server::problem::Problem;

/// The scheme of the URI SAN that names a client certificate's tenant.
pub const TENANT_URI_PREFIX: &str = "urn:cu:tenant:";

/// The end-entity certificate (DER) a client presented and the TLS layer verified; the
/// serving loop puts it into the extensions of every request of that connection.
#[derive(Debug, Clone)]
pub struct PeerCertificate(pub Arc<Vec<u8>>);

/// What a client certificate claims, once its form is checked.
#[derive(Debug, PartialEq, Eq)]
pub struct Claims {
    pub cn: String,
    pub tenant: String,
}

/// Why a certificate was refused: the client's own certificate, so saying what is wrong with
/// its form leaks nothing; which principal or tenant it failed to match is not said.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    Unreadable,
    NotClientAuth,
    OutsideValidity,
    Cn,
    TenantSan,
}

impl Refusal {
    fn detail(&self) -> &'static str {
        match self {
            Refusal::Unreadable => "the client certificate cannot be read",
            Refusal::NotClientAuth => {
                "the client certificate is not for TLS clients (extendedKeyUsage clientAuth)"
            }
            Refusal::OutsideValidity => "the client certificate is not valid now",
            Refusal::Cn => "the client certificate needs exactly one subject CN",
            Refusal::TenantSan => {
                "the client certificate needs exactly one urn:cu:tenant:<uuid> URI SAN"
            }
        }
    }
}

/// Read a client certificate's CN and tenant, checking its form at `now` (Unix seconds).
pub fn claims(der: &[u8], now: i64) -> Result<Claims, Refusal> {
    let (rest, cert) = X509Certificate::from_der(der).map_err(|_| Refusal::Unreadable)?;
    if !rest.is_empty() {
        return Err(Refusal::Unreadable);
    }
    match cert.extended_key_usage() {
        Ok(Some(eku)) if eku.value.client_auth => {}
        _ => return Err(Refusal::NotClientAuth),
    }
    let validity = cert.validity();
    if now < validity.not_before.timestamp() || now > validity.not_after.timestamp() {
        return Err(Refusal::OutsideValidity);
    }
    let mut cns = cert.subject().iter_common_name();
    let cn = match (cns.next(), cns.next()) {
        (Some(cn), None) => cn.as_str().map_err(|_| Refusal::Cn)?.to_string(),
        _ => return Err(Refusal::Cn),
    };
    let names = match cert.subject_alternative_name() {
        Ok(Some(san)) => san.value.general_names.clone(),
        Ok(None) => Vec::new(),
        Err(_) => return Err(Refusal::Unreadable),
    };
    // Any URI that looks like a tenant URN counts, whatever its case, so a second one written
    // differently cannot hide; the one there is must then be exact.
    let tenants: Vec<&str> = names
        .iter()
        .filter_map(|n| match n {
            GeneralName::URI(u)
                if u.len() >= TENANT_URI_PREFIX.len()
                    && u.as_bytes()[..TENANT_URI_PREFIX.len()]
                        .eq_ignore_ascii_case(TENANT_URI_PREFIX.as_bytes()) =>
            {
                Some(*u)
            }
            _ => None,
        })
        .collect();
    let [uri] = tenants.as_slice() else {
        return Err(Refusal::TenantSan);
    };
    let tenant = uri
        .strip_prefix(TENANT_URI_PREFIX)
        .filter(|t| crate::kms::check_tenant(t).is_ok())
        .ok_or(Refusal::TenantSan)?;
    Ok(Claims {
        cn,
        tenant: tenant.to_string(),
    })
}

impl Authenticator {
    /// The principal a verified client certificate signs in as, under the policy.
    pub(super) fn by_certificate(
        &self,
        cert: &PeerCertificate,
        now: i64,
    ) -> Result<Identity, Problem> {
        let claims =
            claims(&cert.0, now).map_err(|r| self.unauthorized("bad_certificate", r.detail()))?;
        // One answer for an unknown CN and a tenant that is not the principal's: no probing
        // of who is in the realm or which tenant they belong to.
        match self.realm().certificate_principal(&claims.cn) {
            Some(identity) if identity.tenant == claims.tenant => Ok(identity),
            _ => Err(self.unauthorized(
                "bad_certificate",
                "no realm principal signs in with this client certificate",
            )),
        }
    }
}
