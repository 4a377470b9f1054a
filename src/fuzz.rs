//! The fuzz targets' bodies (`fuzz/`, cargo-fuzz): one function per parser of outside input,
//! each feeding arbitrary bytes through it the way a command or a server does. They live
//! here so that `tests/fuzz_replay.rs` runs every seed and every input a fuzzer once
//! crashed on through the same code on the stable toolchain, in every test run. Nothing
//! here may panic: an `Err` is the right answer to bad input.

use std::path::Path;
use std::sync::OnceLock;

use crate::jose::jws::{self, VerifierSet};
use crate::jose::keyset::KeySet;
use crate::jose::{jwe, jwk, jwt, Limits, Policy};

/// A fuzz target's body: any bytes in, never a panic.
pub type Target = fn(&[u8]);

/// Every target, by name (the names of fuzz/fuzz_targets/*.rs).
pub const TARGETS: [(&str, Target); 10] = [
    ("jws", jws_input),
    ("jwt", jwt_input),
    ("jwe", jwe_input),
    ("keys", keys_input),
    ("pki_inspect", pki_input),
    ("pkcs12", pkcs12_input),
    ("passport", passport_input),
    ("passport_jwks", passport_jwks_input),
    ("config", config_input),
    ("json_limits", json_limits_input),
];

/// JWS in compact and JSON serialization (flattened and general), attached and detached.
pub fn jws_input(data: &[u8]) {
    let limits = Limits::default();
    let _ = jws::parse(data, None, &limits, Policy::default());
    let _ = jws::parse(data, Some(b"detached payload"), &limits, Policy::default());
    let _ = jws::parse_detached(
        data,
        &limits,
        Policy {
            allow_header_keys: true,
        },
    );
}

/// A fixed key set of the targets (the unit tests check that each one parses).
fn fixed_keys(jwks: &[u8]) -> Option<KeySet> {
    KeySet::parse(jwks, None).ok()
}

/// Two verifier sets (cu refuses a set that mixes symmetric and public keys): HS256, EdDSA.
fn jwt_verifiers() -> &'static [VerifierSet] {
    static SETS: OnceLock<Vec<VerifierSet>> = OnceLock::new();
    SETS.get_or_init(|| {
        [
            &br#"{"keys":[{"kty":"oct","kid":"h","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA"}]}"#[..],
            &br#"{"keys":[{"kty":"OKP","crv":"Ed25519","kid":"e","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}"#[..],
        ]
        .into_iter()
        .filter_map(|jwks| VerifierSet::new(&fixed_keys(jwks)?, &[]).ok())
        .collect()
    })
}

/// Compact JWTs: parsed, verified against fixed keys (HS256, EdDSA), claims checked.
pub fn jwt_input(data: &[u8]) {
    let checks = jwt::ClaimChecks {
        now: 1_700_000_000,
        leeway: 60,
        issuer: Some("https://issuer".into()),
        audiences: vec!["api".into()],
        skip_audience: false,
        required: vec!["sub".into()],
    };
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(parsed) = jwt::parse(text, &Limits::default(), Policy::default()) {
            for verifiers in jwt_verifiers() {
                let _ = jwt::verify(&parsed, verifiers, &checks);
            }
            let _ = jwt::finish(&parsed, &checks);
        }
    }
    if let Ok(claims) = jwt::claims_of(data) {
        let _ = jwt::check_claims(&claims, &checks);
    }
}

/// The JWE target's keys: A256KW and dir.
const JWE_KEYS: &[u8] = br#"{"keys":[{"kty":"oct","kid":"kw","k":"GawgguFyGrWKav7AX4VKUg-yNsR8QPnDMGvmmTavDIs"},{"kty":"oct","kid":"dir","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"}]}"#;

/// JWE in compact and JSON serialization, decrypted with fixed keys (A256KW, dir, PBES2).
pub fn jwe_input(data: &[u8]) {
    static KEYS: OnceLock<Option<KeySet>> = OnceLock::new();
    let Some(keys) = KEYS.get_or_init(|| fixed_keys(JWE_KEYS)) else {
        return;
    };
    // PBES2 kept cheap: a larger p2c is refused by the limit before any work.
    let limits = Limits {
        max_pbes2_count: 1_000,
        ..Limits::default()
    };
    let _ = jwe::decrypt(data, keys, None, &limits, Policy::default());
    let _ = jwe::decrypt(data, keys, Some(b"password"), &limits, Policy::default());
}

/// Keys as cu reads them: JWK, JWKS, PEM (PKCS#8, SPKI, SEC1, PKCS#1, encrypted), DER.
pub fn keys_input(data: &[u8]) {
    let _ = KeySet::parse(data, None);
    let _ = KeySet::parse(data, Some(b"password"));
    let _ = jwk::from_der(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = jwk::from_pem(text, Some(b"password"));
    }
}

/// Certificates, CSRs and CRLs, PEM or DER, as `cu pki inspect` reads them; PEM bundles.
pub fn pki_input(data: &[u8]) {
    use crate::pki::{inspect, pem};
    let Ok(now) = time::OffsetDateTime::from_unix_timestamp(1_700_000_000) else {
        return;
    };
    let _ = inspect::inspect(data, "fuzz", now);
    let _ = inspect::certificate_json(data, now);
    let _ = inspect::csr_json(data);
    let _ = inspect::crl_json(data);
    let _ = pem::parse_all(data, "fuzz");
}

/// PKCS#12 files as `cu pki p12 import` reads them.
pub fn pkcs12_input(data: &[u8]) {
    let _ = crate::pki::p12::import(data, b"password");
    let _ = crate::pki::p12::import(data, b"");
}

/// Passports, compact and envelope: alone, as a batch (one a line), and kids.
pub fn passport_input(data: &[u8]) {
    use crate::passport::{token, verify};
    let _ = token::parse(data, 8192);
    let lines: Vec<&[u8]> = data.split(|b| *b == b'\n').collect();
    let _ = verify::parse_all(&lines, 8192);
    if let Ok(kid) = std::str::from_utf8(data) {
        let _ = token::Kid::parse(kid);
    }
}

/// A JWKS that passports are verified against (`cu passport verify --jwks`).
pub fn passport_jwks_input(data: &[u8]) {
    if let Ok(value) = crate::limits::json_from_slice::<serde_json::Value>(data) {
        let _ = crate::passport::verify::KeySet::from_jwks(&value);
    }
}

/// Server configs (YAML checked against the JSON Schema) of `cu kms serve` and
/// `cu passport serve`.
pub fn config_input(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = Path::new("/fuzz/config.yaml");
    let _ = crate::kms::http::api::KmsServerConfig::from_text(file, text);
    let _ = crate::passport::http::api::PassportServerConfig::from_text(file, text);
}

/// The nesting and size guards in front of every JSON and YAML parser (both servers'
/// request bodies go through them), and the bounded JSON reader.
pub fn json_limits_input(data: &[u8]) {
    use crate::limits;
    let _ = limits::json_depth(data);
    let _ = limits::check_json_depth(data, 64);
    let _ = limits::json_from_slice::<serde_json::Value>(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = limits::check_yaml(text);
        let _ = limits::check_yaml_depth(text, 64);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fixed_keys_of_the_targets_parse() {
        assert_eq!(super::jwt_verifiers().len(), 2);
        // The JWE target's keys: decrypting garbage must fail as malformed, not for want of keys.
        super::jwe_input(b"a.b.c.d.e");
        assert!(super::fixed_keys(super::JWE_KEYS).is_some());
    }
}
