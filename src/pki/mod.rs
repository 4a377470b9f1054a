//! PKI: CA chains, leaf certificates, CSRs, inspection, RFC 5280 path validation, PKCS#12,
//! and the TLS 1.3 configurations the servers use. Builds certificates with rcgen, validates
//! with rustls-webpki, parses with x509-parser. Never prints, exits or reads the clock.

pub mod ca;
pub mod inspect;
pub mod issue;
pub mod keys;
pub mod p12;
pub mod pem;
pub mod profile;
pub mod rfc5280;
pub mod tls;
pub mod verify;

use std::fmt;

/// Why a PKI operation failed. The string forms are stable: scripts match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Not a PEM/DER certificate, key, CSR or CRL, or a damaged one.
    Malformed,
    /// The key does not belong to the certificate, or is of an unusable kind.
    BadKey,
    /// A CA directory, spec file or flag combination that cannot work.
    BadRequest,
    /// The CSR's own signature does not verify.
    BadCsrSignature,
    /// Wrong password for a PKCS#12 file, or a damaged one.
    BadPassword,
    /// Path validation: the chain does not lead to a trusted root.
    UnknownIssuer,
    Expired,
    NotYetValid,
    Revoked,
    NameMismatch,
    BadSignature,
    BadUsage,
    NameConstraints,
    PathLen,
    NotCa,
    /// Certificate policy processing (RFC 5280 §6.1.3–6.1.5): no acceptable policy remains.
    Policy,
    /// A CRL was given but none settles a certificate's status (`--crl-policy require`).
    RevocationUnknown,
    /// A signature or key algorithm the validator does not support (DSA among them).
    UnsupportedAlgorithm,
    /// Any other rejection by the path validator.
    Invalid,
    Unsupported,
}

impl Reason {
    /// Every reason (the `cu commands` catalogue lists them; `docs` checks the list is whole).
    pub const ALL: [Reason; 20] = [
        Reason::Malformed,
        Reason::BadKey,
        Reason::BadRequest,
        Reason::BadCsrSignature,
        Reason::BadPassword,
        Reason::UnknownIssuer,
        Reason::Expired,
        Reason::NotYetValid,
        Reason::Revoked,
        Reason::NameMismatch,
        Reason::BadSignature,
        Reason::BadUsage,
        Reason::NameConstraints,
        Reason::PathLen,
        Reason::NotCa,
        Reason::Policy,
        Reason::RevocationUnknown,
        Reason::UnsupportedAlgorithm,
        Reason::Invalid,
        Reason::Unsupported,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Malformed => "malformed",
            Reason::BadKey => "bad_key",
            Reason::BadRequest => "bad_request",
            Reason::BadCsrSignature => "bad_csr_signature",
            Reason::BadPassword => "bad_password",
            Reason::UnknownIssuer => "unknown_issuer",
            Reason::Expired => "expired",
            Reason::NotYetValid => "not_yet_valid",
            Reason::Revoked => "revoked",
            Reason::NameMismatch => "name_mismatch",
            Reason::BadSignature => "bad_signature",
            Reason::BadUsage => "bad_usage",
            Reason::NameConstraints => "name_constraints",
            Reason::PathLen => "path_len",
            Reason::NotCa => "not_ca",
            Reason::Policy => "policy",
            Reason::RevocationUnknown => "revocation_unknown",
            Reason::UnsupportedAlgorithm => "unsupported_algorithm",
            Reason::Invalid => "invalid",
            Reason::Unsupported => "unsupported",
        }
    }

    fn default_help(self) -> &'static str {
        match self {
            Reason::Malformed => "pass a PEM or DER file holding a certificate, CSR, key or CRL (`cu pki inspect` shows what a file holds)",
            Reason::BadKey => "pass the private key that was generated with this certificate or CSR",
            Reason::BadRequest => "see `cu pki --help` for the expected files and flags",
            Reason::BadCsrSignature => "the CSR was altered after it was signed; ask for a fresh one",
            Reason::BadPassword => "check the password file (one trailing newline is ignored)",
            Reason::UnknownIssuer => "pass the root with --roots and the intermediates with --chain",
            Reason::Expired => "renew the certificate, or check --at",
            Reason::NotYetValid => "wait until the certificate becomes valid, or check --at and the issuer's clock",
            Reason::Revoked => "the certificate was revoked by its CA; issue a new one",
            Reason::NameMismatch => "issue a certificate with this name in its subjectAltName (`--san`)",
            Reason::BadSignature => "a certificate in the chain was altered or signed by another key",
            Reason::BadUsage => "issue the certificate for this purpose (`--server`/`--client`) or check --purpose",
            Reason::NameConstraints => "the name is outside what a CA in the chain may certify",
            Reason::PathLen => "the chain is longer than a CA's pathLen allows",
            Reason::NotCa => "a certificate used as a CA is not marked CA:true with keyCertSign",
            Reason::Policy => "check --policy and the policy flags against the chain's certificatePolicies (`cu pki inspect`)",
            Reason::RevocationUnknown => "pass the CRL of every CA in the chain with --crl, or choose --crl-policy leaf|best-effort",
            Reason::UnsupportedAlgorithm => "re-issue the chain with RSA, ECDSA or Ed25519 keys",
            Reason::Invalid => "the chain breaks an RFC 5280 rule; `cu pki inspect` shows each certificate",
            Reason::Unsupported => "see `cu pki --help` for the supported key types and formats",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

crate::domain_error!(
    /// A PKI failure: a stable reason, what was wrong, and what to do next.
    PkiError,
    Reason,
    "pki"
);

impl PkiError {
    pub fn malformed(message: impl Into<String>) -> PkiError {
        PkiError::new(Reason::Malformed, message)
    }

    pub fn bad_key(message: impl Into<String>) -> PkiError {
        PkiError::new(Reason::BadKey, message)
    }

    pub fn bad_request(message: impl Into<String>) -> PkiError {
        PkiError::new(Reason::BadRequest, message)
    }
}

pub type PkiResult<T> = Result<T, PkiError>;

/// rcgen's errors are all about what we asked it to build or parse.
pub(crate) fn rcgen_error(what: &str, e: rcgen::Error) -> PkiError {
    match e {
        rcgen::Error::CouldNotParseKeyPair | rcgen::Error::RingKeyRejected(_) => {
            PkiError::bad_key(format!("{what}: the private key could not be read ({e})"))
        }
        rcgen::Error::InvalidCertificationRequestSignature => {
            PkiError::new(Reason::BadCsrSignature, format!("{what}: {e}"))
        }
        rcgen::Error::CouldNotParseCertificate
        | rcgen::Error::CouldNotParseCertificationRequest
        | rcgen::Error::PemError(_)
        | rcgen::Error::X509(_) => PkiError::malformed(format!("{what}: {e}")),
        rcgen::Error::UnsupportedSignatureAlgorithm | rcgen::Error::KeyGenerationUnavailable => {
            PkiError::new(Reason::Unsupported, format!("{what}: {e}"))
        }
        other => PkiError::bad_request(format!("{what}: {other}")),
    }
}
