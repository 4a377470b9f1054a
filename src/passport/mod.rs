//! Passports: Ed25519-signed statements over RFC 8785 canonical JSON. This first piece is the
//! canonicalization the signatures are computed over; issuing and verifying build on it.

pub mod jcs;
