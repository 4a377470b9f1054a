//! JOSE: JWK, JWS, JWT and JWE, with guards against hostile tokens in front of josekit.

pub mod b64;
pub mod ed25519;
pub mod jwe;
pub mod jwk;
pub mod jws;
pub mod jwt;
pub mod keyset;
pub mod message;

use std::fmt;

/// Why a JOSE operation failed. The string forms are stable: scripts match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Malformed,
    BadSignature,
    Expired,
    NotYetValid,
    BadAudience,
    BadIssuer,
    MissingClaim,
    AlgNotAllowed,
    UnknownKid,
    UnknownCrit,
    EmbeddedKey,
    TooLarge,
    Unsupported,
    BadKey,
    DecryptFailed,
    InsecureRefused,
}

impl Reason {
    /// Every reason (the `cu commands` catalogue lists them; `docs` checks the list is whole).
    pub const ALL: [Reason; 16] = [
        Reason::Malformed,
        Reason::BadSignature,
        Reason::Expired,
        Reason::NotYetValid,
        Reason::BadAudience,
        Reason::BadIssuer,
        Reason::MissingClaim,
        Reason::AlgNotAllowed,
        Reason::UnknownKid,
        Reason::UnknownCrit,
        Reason::EmbeddedKey,
        Reason::TooLarge,
        Reason::Unsupported,
        Reason::BadKey,
        Reason::DecryptFailed,
        Reason::InsecureRefused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Malformed => "malformed",
            Reason::BadSignature => "bad_signature",
            Reason::Expired => "expired",
            Reason::NotYetValid => "not_yet_valid",
            Reason::BadAudience => "bad_audience",
            Reason::BadIssuer => "bad_issuer",
            Reason::MissingClaim => "missing_claim",
            Reason::AlgNotAllowed => "alg_not_allowed",
            Reason::UnknownKid => "unknown_kid",
            Reason::UnknownCrit => "unknown_crit",
            Reason::EmbeddedKey => "embedded_key",
            Reason::TooLarge => "too_large",
            Reason::Unsupported => "unsupported",
            Reason::BadKey => "bad_key",
            Reason::DecryptFailed => "decrypt_failed",
            Reason::InsecureRefused => "insecure_refused",
        }
    }

    fn default_help(self) -> &'static str {
        match self {
            Reason::Malformed => "check that the input is a complete, unmodified token (compact form has dot-separated base64url parts)",
            Reason::BadSignature => "the token was altered or signed with another key; check --key/--jwks and --alg",
            Reason::Expired => "obtain a fresh token, or widen --leeway if the clocks are skewed",
            Reason::NotYetValid => "wait until the token becomes valid, or check the issuer's clock (--leeway widens the window)",
            Reason::BadAudience => "pass the audience this token was issued for with --aud",
            Reason::BadIssuer => "check --iss against the token's `iss` claim",
            Reason::MissingClaim => "the token lacks a claim that --require asks for",
            Reason::AlgNotAllowed => "allow the algorithm explicitly with --alg, or use a key made for it",
            Reason::UnknownKid => "the token names a key id that is not in the key set; check --jwks",
            Reason::UnknownCrit => "the token requires header extensions cu does not implement",
            Reason::EmbeddedKey => "keys carried in the header are never trusted; pass --allow-header-keys to tolerate their presence",
            Reason::TooLarge => "raise the limit with --max-size if this input is expected",
            Reason::Unsupported => "see `cu jose --help` for the supported algorithms",
            Reason::BadKey => "pass a JWK, JWKS, PEM or DER key that fits the algorithm",
            Reason::DecryptFailed => "the JWE was altered or encrypted to another key",
            Reason::InsecureRefused => "add --insecure to read a token without verifying it",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

crate::domain_error!(
    /// A JOSE failure: a stable reason, what was wrong, and what to do next.
    JoseError,
    Reason,
    "jose"
);

impl JoseError {
    pub fn malformed(message: impl Into<String>) -> JoseError {
        JoseError::new(Reason::Malformed, message)
    }

    pub fn bad_key(message: impl Into<String>) -> JoseError {
        JoseError::new(Reason::BadKey, message)
    }

    pub fn unsupported(message: impl Into<String>) -> JoseError {
        JoseError::new(Reason::Unsupported, message)
    }
}

pub type JoseResult<T> = Result<T, JoseError>;

/// Resource limits applied before any cryptography runs, so hostile input fails fast.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest token or JWE accepted, in bytes.
    pub max_token_bytes: usize,
    /// Largest PBES2 iteration count accepted on decryption.
    pub max_pbes2_count: u64,
    /// Largest plaintext produced by inflating `zip: DEF` content.
    pub max_inflated_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_token_bytes: 1 << 20,
            max_pbes2_count: 100_000,
            max_inflated_bytes: 1 << 20,
        }
    }
}

/// What the caller explicitly allows beyond the safe defaults.
#[derive(Debug, Clone, Copy, Default)]
pub struct Policy {
    /// Tolerate `jwk`, `jku`, `x5u`, `x5c` in headers (they are never used as keys).
    pub allow_header_keys: bool,
}

/// Run a josekit call that may panic on hostile input, turning a panic into an error.
pub(crate) fn guarded<T>(what: &str, f: impl FnOnce() -> T) -> JoseResult<T> {
    crate::set_guarded(true);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    crate::set_guarded(false);
    result.map_err(|_| {
        JoseError::malformed(format!(
            "{what}: the input was rejected by the JOSE library"
        ))
    })
}
