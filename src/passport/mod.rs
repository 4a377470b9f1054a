//! Passports: short-lived Ed25519-signed statements ("this subject may do these things for this
//! audience until then"), issued and verified offline.
//!
//! The signed bytes are the RFC 8785 canonical form of the payload, so any language can
//! reproduce them; a verifier checks the bytes it received, never a re-serialization. Keys are
//! versions of an Ed25519 key in the `cu kms` store, named by `ed25519/<tenant>/<keyring>/vN`.
//! Never prints, exits, or reads the clock or the environment.

pub mod client;
pub mod http;
pub mod jcs;
pub mod keyring;
pub mod token;
pub mod verify;

/// Why a passport was refused. The string forms are stable: scripts match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Expired,
    NotYetValid,
    BadAudience,
    ScopeDenied,
    BadSignature,
    Malformed,
    UnknownKid,
    BadAlg,
    TooLarge,
    /// The tenant has no keyring of that name (issuing, keys, rotate, attest).
    UnknownKeyring,
    /// An issuing request that cannot be honoured (TTL over the maximum, empty audience, …).
    BadRequest,
    /// A key set (JWKS) or stored key that is not a usable Ed25519 public key.
    BadKey,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Expired => "expired",
            Reason::NotYetValid => "not_yet_valid",
            Reason::BadAudience => "bad_audience",
            Reason::ScopeDenied => "scope_denied",
            Reason::BadSignature => "bad_signature",
            Reason::Malformed => "malformed",
            Reason::UnknownKid => "unknown_kid",
            Reason::BadAlg => "bad_alg",
            Reason::TooLarge => "too_large",
            Reason::UnknownKeyring => "unknown_keyring",
            Reason::BadRequest => "bad_request",
            Reason::BadKey => "bad_key",
        }
    }

    /// Every reason, for reading a code back.
    pub const ALL: [Reason; 12] = [
        Reason::Expired,
        Reason::NotYetValid,
        Reason::BadAudience,
        Reason::ScopeDenied,
        Reason::BadSignature,
        Reason::Malformed,
        Reason::UnknownKid,
        Reason::BadAlg,
        Reason::TooLarge,
        Reason::UnknownKeyring,
        Reason::BadRequest,
        Reason::BadKey,
    ];

    /// The reason a code names (`as_str` read back).
    pub fn parse(code: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.as_str() == code)
    }

    fn default_help(self) -> &'static str {
        match self {
            Reason::Expired => "issue a new passport; --skew allows for clock differences",
            Reason::NotYetValid => "wait until its nbf, or check the clocks of issuer and verifier",
            Reason::BadAudience => "the passport was issued for another audience; check --aud",
            Reason::ScopeDenied => "issue a passport with the required --scope",
            Reason::BadSignature => "the passport was altered, or signed by another key",
            Reason::Malformed => "pass the complete, unmodified output of `cu passport issue`",
            Reason::UnknownKid => "`cu passport keys` lists the known key versions (check --tenant, --keyring or --jwks)",
            Reason::BadAlg => "passports are signed with Ed25519 only",
            Reason::TooLarge => "passports are small; raise --max-size if this one is meant to be this large",
            Reason::UnknownKeyring => "create it with `cu passport rotate --keyring NAME` (keyrings are per tenant: check --tenant)",
            Reason::BadRequest => "see `cu passport issue --help`",
            Reason::BadKey => "a passport key is an OKP Ed25519 JWK with a kid; `cu passport keys` makes a JWKS",
        }
    }
}

crate::domain_error!(
    /// A passport failure: a stable reason, what was wrong, and what to do next.
    PassportError,
    Reason,
    "passport"
);

impl PassportError {
    pub fn malformed(message: impl Into<String>) -> PassportError {
        PassportError::new(Reason::Malformed, message)
    }
}

pub type PassportResult<T> = Result<T, PassportError>;
