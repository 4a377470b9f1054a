//! Property tests for passports: batch verification answers exactly as single verification
//! does; canonicalize → sign → re-canonicalize → verify holds for any payload; passports
//! issued under a version keep verifying through rotations.

use std::collections::BTreeMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use cu::passport::token::{self, IssueRequest, Kid};
use cu::passport::verify::{self, BatchOptions, KeySet, Policy};
use cu::passport::{jcs, PassportResult};
use proptest::prelude::*;
use serde_json::{Map, Value};

const TENANT: &str = "00000000-0000-4000-8000-000000000000";
const NOW: i64 = 1_800_000_000;

fn kid(keyring: &str, version: u32) -> Kid {
    Kid {
        tenant: TENANT.into(),
        keyring: keyring.into(),
        version,
    }
}

fn signing_key(seed: u8) -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[seed; 32])
}

fn request(sub: &str, aud: &str, scopes: &[&str], ttl: i64) -> IssueRequest {
    IssueRequest {
        iss: "cu".into(),
        sub: sub.into(),
        aud: vec![aud.into()],
        scopes: scopes.iter().map(|s| s.to_string()).collect(),
        now: NOW - 60,
        ttl,
        max_ttl: 86_400,
        nbf: None,
        nonce: None,
        ctx: Map::new(),
    }
}

fn policy() -> Policy {
    Policy {
        now: NOW,
        skew: 0,
        audiences: Some(vec!["api".into()]),
        required_scopes: vec!["read".into()],
        max_size: token::DEFAULT_MAX_SIZE,
    }
}

/// What one batch line is made of.
#[derive(Debug, Clone)]
enum Kind {
    Valid,
    TamperedMessage(usize),
    TamperedSignature(usize),
    /// Signed by a key the verifier does not hold, under a kid it does.
    WrongKey,
    UnknownKid,
    Expired,
    OtherAudience,
    MissingScope,
    Garbage(Vec<u8>),
    Envelope,
    TooLarge,
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        4 => Just(Kind::Valid),
        1 => any::<usize>().prop_map(Kind::TamperedMessage),
        1 => any::<usize>().prop_map(Kind::TamperedSignature),
        1 => Just(Kind::WrongKey),
        1 => Just(Kind::UnknownKid),
        1 => Just(Kind::Expired),
        1 => Just(Kind::OtherAudience),
        1 => Just(Kind::MissingScope),
        1 => proptest::collection::vec(any::<u8>(), 0..80).prop_map(Kind::Garbage),
        1 => Just(Kind::Envelope),
        1 => Just(Kind::TooLarge),
    ]
}

/// Two keyrings with two versions each are trusted; key 9 signs nothing trusted.
fn keys() -> (KeySet, Vec<(Kid, ed25519_dalek::SigningKey)>) {
    let signers = vec![
        (kid("default", 1), signing_key(1)),
        (kid("default", 2), signing_key(2)),
        (kid("payments", 1), signing_key(3)),
        (kid("payments", 2), signing_key(4)),
    ];
    let mut set = KeySet::new();
    for (k, s) in &signers {
        set.insert(k, s.verifying_key().as_bytes()).unwrap();
    }
    (set, signers)
}

fn make(kind: &Kind, i: usize, signers: &[(Kid, ed25519_dalek::SigningKey)]) -> Vec<u8> {
    let (kid, key) = &signers[i % signers.len()];
    let sign = |r: &IssueRequest, kid: &Kid, key: &ed25519_dalek::SigningKey| {
        let payload = token::payload(r, kid).unwrap();
        token::sign(&payload, key).unwrap()
    };
    let sub = format!("user-{i}");
    let good = request(&sub, "api", &["read", "write"], 3600);
    match kind {
        Kind::Valid => sign(&good, kid, key).compact().into_bytes(),
        Kind::Envelope => sign(&good, kid, key).envelope().to_string().into_bytes(),
        Kind::TamperedMessage(at) => {
            let mut p = sign(&good, kid, key);
            let at = at % p.msg.len();
            // Swap a digit of the subject for another digit, or flip a bit elsewhere: either
            // way the payload may still parse, and only the signature can tell.
            p.msg[at] = if p.msg[at].is_ascii_digit() {
                b'0' + (p.msg[at] - b'0' + 1) % 10
            } else {
                p.msg[at] ^ 0x01
            };
            p.compact().into_bytes()
        }
        Kind::TamperedSignature(at) => {
            let mut p = sign(&good, kid, key);
            p.sig[at % 64] ^= 1 << (at % 8);
            p.compact().into_bytes()
        }
        Kind::WrongKey => sign(&good, kid, &signing_key(9)).compact().into_bytes(),
        Kind::UnknownKid => sign(&good, &kid_of("default", 7), key)
            .compact()
            .into_bytes(),
        Kind::Expired => sign(&request(&sub, "api", &["read"], 30), kid, key)
            .compact()
            .into_bytes(),
        Kind::OtherAudience => sign(&request(&sub, "billing", &["read"], 3600), kid, key)
            .compact()
            .into_bytes(),
        Kind::MissingScope => sign(&request(&sub, "api", &["write"], 3600), kid, key)
            .compact()
            .into_bytes(),
        Kind::Garbage(bytes) => bytes
            .iter()
            .map(|b| if *b == b'\n' { b' ' } else { *b })
            .collect(),
        Kind::TooLarge => vec![b'a'; token::DEFAULT_MAX_SIZE + 1],
    }
}

fn kid_of(keyring: &str, version: u32) -> Kid {
    kid(keyring, version)
}

fn outcome(r: &PassportResult<verify::Verified>) -> Result<Vec<u8>, &'static str> {
    match r {
        Ok(v) => Ok(v.msg.clone()),
        Err(e) => Err(e.reason.as_str()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Batch == single, whatever the mix, chunk size and threading.
    #[test]
    fn batch_equals_single(
        kinds in proptest::collection::vec(kind(), 1..90),
        chunk in 1usize..70,
        parallel in any::<bool>(),
    ) {
        let (set, signers) = keys();
        let inputs: Vec<Vec<u8>> = kinds.iter().enumerate().map(|(i, k)| make(k, i, &signers)).collect();
        let refs: Vec<&[u8]> = inputs.iter().map(Vec::as_slice).collect();
        let policy = policy();
        let batch = verify::verify_batch(&refs, &set, &policy, BatchOptions { chunk, parallel });
        prop_assert_eq!(batch.len(), inputs.len());
        for (i, input) in inputs.iter().enumerate() {
            let single = verify::verify(input, &set, &policy);
            prop_assert_eq!(outcome(&batch[i]), outcome(&single), "item {} ({:?})", i, kinds[i]);
            if matches!(kinds[i], Kind::Valid | Kind::Envelope) {
                prop_assert!(batch[i].is_ok(), "item {} should verify", i);
            }
            if matches!(kinds[i], Kind::TamperedSignature(_) | Kind::WrongKey) {
                prop_assert_eq!(outcome(&single), Err("bad_signature"));
            }
        }
    }

    /// canonicalize → sign → re-canonicalize → verify, for payloads with any strings and
    /// context values (Unicode, escapes, nesting, numbers of every size).
    #[test]
    fn canonical_sign_verify_round_trip(
        sub in "\\PC{1,24}",
        aud in proptest::collection::vec("[a-z\u{e9}\u{1F600}]{1,8}", 1..4),
        scopes in proptest::collection::vec("[ -~]{0,12}", 0..5),
        ctx in proptest::collection::btree_map("\\PC{1,10}", json_value(), 0..6),
        nonce in proptest::option::of("[\u{0}-\u{7f}]{1,16}"),
    ) {
        let (_, signers) = keys();
        let (kid, key) = &signers[0];
        let mut r = request(&sub, &aud[0], &["read"], 600);
        r.aud = aud.clone();
        r.scopes = scopes;
        r.nonce = nonce;
        r.ctx = ctx.into_iter().collect::<BTreeMap<_, _>>().into_iter().collect();
        let payload = token::payload(&r, kid).unwrap();
        let passport = token::sign(&payload, key).unwrap();
        let reparsed: Value = serde_json::from_slice(&passport.msg).unwrap();
        prop_assert_eq!(jcs::canonicalize(&reparsed).unwrap(), passport.msg.clone());
        let mut set = KeySet::new();
        set.insert(kid, key.verifying_key().as_bytes()).unwrap();
        let mut p = policy();
        p.audiences = Some(vec![aud[0].clone()]);
        p.required_scopes = vec![];
        for form in [passport.compact().into_bytes(), passport.envelope().to_string().into_bytes()] {
            let verified = verify::verify(&form, &set, &p);
            prop_assert!(verified.is_ok(), "{:?}", verified.err());
            // Equal up to the canonical form (which writes -0 as 0, as RFC 8785 requires).
            let verified = verified.unwrap();
            prop_assert_eq!(&verified.msg, &passport.msg);
            let again = serde_json::to_value(&verified.payload).unwrap();
            prop_assert_eq!(jcs::canonicalize(&again).unwrap(), passport.msg.clone());
            prop_assert_eq!(&verified.payload.sub, &payload.sub);
        }
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-(1i64 << 53)..=(1i64 << 53)).prop_map(Value::from),
        (proptest::num::f64::NORMAL
            | proptest::num::f64::SUBNORMAL
            | proptest::num::f64::ZERO
            | proptest::num::f64::NEGATIVE
            | proptest::num::f64::POSITIVE)
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        "[\u{0}-\u{1f}\"\\\\]{0,6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("\\PC{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A payload signed in a non-canonical form (extra space, other key order) verifies as a
/// signature but is refused as malformed: the signed bytes must be the RFC 8785 form.
#[test]
fn non_canonical_signed_bytes_are_malformed() {
    use ed25519_dalek::Signer;
    let (set, signers) = keys();
    let (kid, key) = &signers[0];
    let payload = token::payload(&request("alice", "api", &["read"], 600), kid).unwrap();
    let canonical = token::sign(&payload, key).unwrap().msg;
    let text = String::from_utf8(canonical).unwrap();
    let variants = [
        text.replacen(':', ": ", 1),
        serde_json::to_string_pretty(&serde_json::from_str::<Value>(&text).unwrap()).unwrap(),
        text.replacen("{\"aud\"", "{\"nbf\":null,\"aud\"", 1),
        text.replacen("{\"aud\"", "{\"sub\":\"mallory\",\"aud\"", 1),
    ];
    for variant in variants {
        let sig = key.sign(variant.as_bytes()).to_bytes();
        let compact = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(variant.as_bytes()),
            URL_SAFE_NO_PAD.encode(sig)
        );
        let e = verify::verify(compact.as_bytes(), &set, &policy()).unwrap_err();
        assert_eq!(e.reason.as_str(), "malformed", "{variant}");
    }
}

mod rotation {
    use super::*;
    use cu::kms::store::{self, Store, Unseal};
    use cu::passport::keyring;

    fn store(dir: &std::path::Path) -> Store {
        let path = dir.join("kms.db");
        let unseal = || Unseal::Secret(zeroize::Zeroizing::new(vec![7u8; 32]));
        if !path.exists() {
            store::init(&path, &unseal(), NOW).unwrap();
        }
        Store::open(&path, &unseal(), Some(TENANT), true, NOW).unwrap()
    }

    fn issue(store: &mut Store, keyring_name: &str, sub: &str) -> Vec<u8> {
        let (kid, key) = keyring::signing_key(store, keyring_name).unwrap();
        let payload = token::payload(&request(sub, "api", &["read"], 3600), &kid).unwrap();
        token::sign(&payload, &key).unwrap().compact().into_bytes()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

        /// Passports issued under vN verify before, during and after every later rotation, in
        /// a verifier that opened the store before the rotations (it re-reads the keyring) and
        /// in one opened after; retiring a version stops exactly its passports.
        #[test]
        fn issued_under_vn_verify_through_rotations(per_version in proptest::collection::vec(1usize..4, 1..5)) {
            let dir = tempfile::tempdir().unwrap();
            let mut issuer = store(dir.path());
            let mut early_verifier = store(dir.path());
            keyring::rotate(&mut issuer, "default", NOW).unwrap();
            let mut issued: Vec<(u32, Vec<u8>)> = Vec::new();
            for (v, count) in per_version.iter().enumerate() {
                let version = v as u32 + 1;
                for i in 0..*count {
                    issued.push((version, issue(&mut issuer, "default", &format!("s{version}-{i}"))));
                }
                let mut late_verifier = store(dir.path());
                for verifier in [&mut early_verifier, &mut late_verifier] {
                    let refs: Vec<&[u8]> = issued.iter().map(|(_, p)| p.as_slice()).collect();
                    let parsed = verify::parse_all(&refs, token::DEFAULT_MAX_SIZE);
                    let kids: Vec<String> = parsed.iter().map(|p| p.as_ref().unwrap().kid.clone()).collect();
                    let set = keyring::resolve(verifier, kids.iter().map(String::as_str)).unwrap();
                    let results = verify::verify_parsed(parsed, &set, &policy(), BatchOptions::default());
                    prop_assert!(results.iter().all(|r| r.is_ok()), "{:?}", results.iter().filter_map(|r| r.as_ref().err()).collect::<Vec<_>>());
                }
                keyring::rotate(&mut issuer, "default", NOW).unwrap();
            }
            // Retire v1: its passports (and only those) stop verifying.
            keyring::retire(&mut issuer, "default", 1).unwrap();
            let mut verifier = store(dir.path());
            for (version, p) in &issued {
                let kid = token::parse(p, token::DEFAULT_MAX_SIZE).unwrap().kid;
                let set = keyring::resolve(&mut verifier, [kid.as_str()]).unwrap();
                let result = verify::verify(p, &set, &policy());
                if *version == 1 {
                    prop_assert_eq!(result.unwrap_err().reason.as_str(), "unknown_kid");
                } else {
                    prop_assert!(result.is_ok());
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any bytes at all: a reason code, never a panic, never a pass.
    #[test]
    fn arbitrary_input_is_refused_with_a_reason(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let (set, _) = keys();
        let e = verify::verify(&bytes, &set, &policy()).unwrap_err();
        prop_assert!(["malformed", "bad_alg", "too_large", "unknown_kid"].contains(&e.reason.as_str()), "{}", e.reason.as_str());
    }

    /// A valid passport with one byte changed anywhere in its text never verifies.
    #[test]
    fn one_changed_byte_never_verifies(at in any::<usize>(), to in any::<u8>()) {
        let (set, signers) = keys();
        let mut text = make(&Kind::Valid, 0, &signers);
        let at = at % text.len();
        prop_assume!(text[at] != to);
        text[at] = to;
        prop_assert!(verify::verify(&text, &set, &policy()).is_err());
    }
}

/// Hostile payloads that are validly signed: deep nesting, path-like kids, huge numbers,
/// unknown claims. Each is refused with `malformed` (or `bad_alg`), none panics.
#[test]
fn hostile_signed_payloads_are_malformed() {
    use ed25519_dalek::Signer;
    let (set, signers) = keys();
    let (kid, key) = &signers[0];
    let base = format!(
        r#"{{"aud":["api"],"ctx":CTX,"exp":{},"iat":{},"iss":"cu","kid":"KID","scopes":["read"],"sub":"s"}}"#,
        NOW + 600,
        NOW - 10
    );
    let deep = format!("{}1{}", "[".repeat(1_000), "]".repeat(1_000));
    let cases = [
        base.replace("CTX", &deep).replace("KID", &kid.to_string()),
        base.replace("CTX", "{}")
            .replace("KID", &format!("ed25519/{TENANT}/../../etc/passwd/v1")),
        base.replace("CTX", "{}").replace("KID", "ed25519/x"),
        base.replace("CTX", "{}")
            .replace("KID", &kid.to_string())
            .replace("\"exp\":", "\"exp\":1e400,\"x\":"),
        base.replace("CTX", "{}")
            .replace("KID", &kid.to_string())
            .replace("\"sub\":\"s\"", "\"sub\":\"s\",\"admin\":true"),
        base.replace("CTX", "{}")
            .replace("KID", &kid.to_string())
            .replace(
                &format!("\"exp\":{}", NOW + 600),
                "\"exp\":99999999999999999999",
            ),
    ];
    for payload in cases {
        let sig = key.sign(payload.as_bytes()).to_bytes();
        let compact = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(payload.as_bytes()),
            URL_SAFE_NO_PAD.encode(sig)
        );
        let e = verify::verify(compact.as_bytes(), &set, &policy()).unwrap_err();
        assert_eq!(
            e.reason.as_str(),
            "malformed",
            "{}",
            &payload[..80.min(payload.len())]
        );
    }
}
