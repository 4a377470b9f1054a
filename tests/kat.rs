//! Known-answer tests from published vectors (see testdata/kat/*/README.md for sources):
//! RFC 7515/7516/7517/7638/8037 appendix examples, the RFC 7520 cookbook, Wycheproof JWS.

use std::path::PathBuf;

use cu::jose::jwe;
use cu::jose::jwk::{self, Jwk};
use cu::jose::jws::{self, VerifierSet};
use cu::jose::keyset::KeySet;
use cu::jose::{Limits, Policy};
use serde_json::Value;

fn kat(path: &str) -> Value {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/kat")
        .join(path);
    serde_json::from_slice(
        &std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display())),
    )
    .unwrap()
}

fn as_jwk(v: &Value) -> Jwk {
    match v {
        Value::String(s) => serde_json::from_str(s).unwrap(),
        Value::Object(m) => m.clone(),
        other => panic!("not a key: {other}"),
    }
}

fn as_str(v: &Value) -> String {
    match v {
        Value::String(s) => serde_json::from_str::<String>(s).unwrap_or_else(|_| s.clone()),
        other => other.to_string(),
    }
}

/// Wycheproof cases its README lists as ambiguous (key labelled for another algorithm).
const WYCHEPROOF_AMBIGUOUS: &[u64] = &[346, 347, 350, 351, 367, 370, 372, 373];

#[test]
fn wycheproof_json_web_signature() {
    let doc = kat("jose/wycheproof/json_web_signature_test.json");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for group in doc["testGroups"].as_array().unwrap() {
        let key = group.get("public").or(group.get("private")).unwrap();
        let keys = KeySet::single(key.as_object().unwrap().clone());
        let verifiers = VerifierSet::new(&keys, &[]);
        for case in group["tests"].as_array().unwrap() {
            let id = case["tcId"].as_u64().unwrap();
            if WYCHEPROOF_AMBIGUOUS.contains(&id) {
                continue;
            }
            let input = match &case["jws"] {
                Value::String(s) => s.clone().into_bytes(),
                other => serde_json::to_vec(other).unwrap(),
            };
            let valid = match &verifiers {
                Ok(verifiers) => jws::parse(&input, None, &Limits::default(), Policy::default())
                    .map(|parsed| {
                        jws::verify_parsed(&parsed, verifiers)
                            .iter()
                            .all(|c| c.outcome.is_ok())
                    })
                    .unwrap_or(false),
                Err(_) => false,
            };
            let expected = case["result"] == "valid";
            checked += 1;
            if valid != expected {
                wrong.push(format!(
                    "tc{id} ({}): expected {}",
                    case["comment"], case["result"]
                ));
            }
        }
    }
    assert!(checked > 380, "only {checked} cases ran");
    assert!(
        wrong.is_empty(),
        "{} wrong of {checked}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn rfc7638_and_rfc8037_thumbprints() {
    let doc = kat("jose/rfc-appendix-vectors.json");
    let case = &doc["rfc7517_A1_public_keys_and_rfc7638_thumbprints"];
    let keys: Vec<Jwk> = match &case["keys"] {
        Value::String(s) => serde_json::from_str(s).unwrap(),
        v => serde_json::from_value(v.clone()).unwrap(),
    };
    let prints: Vec<String> = serde_json::from_value(case["thumbprints"].clone()).unwrap();
    for (key, print) in keys.iter().zip(&prints) {
        assert_eq!(&jwk::thumbprint(key).unwrap(), print);
    }
    let okp = &doc["rfc8037_A1_A2_okp_keys"];
    let public = okp["public"]["keys"][0].as_object().unwrap();
    assert_eq!(
        jwk::thumbprint(public).unwrap(),
        okp["public"]["thumbprints"][0].as_str().unwrap()
    );
    assert_eq!(
        jwk::thumbprint(public).unwrap(),
        "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
    );
}

fn compact_verifies(key: &Jwk, token: &str) -> bool {
    let verifiers = VerifierSet::new(&KeySet::single(key.clone()), &[]).unwrap();
    let parsed = jws::parse(
        token.as_bytes(),
        None,
        &Limits::default(),
        Policy::default(),
    )
    .unwrap();
    jws::verify_parsed(&parsed, &verifiers)
        .iter()
        .all(|c| c.outcome.is_ok())
}

#[test]
fn rfc7515_appendix_signatures() {
    let doc = kat("jose/rfc-appendix-vectors.json");
    for name in [
        "rfc7515_A1_HS256",
        "rfc7515_A2_RS256",
        "rfc7515_A3_ES256",
        "rfc7515_A4_ES512",
    ] {
        let case = &doc[name];
        let key = as_jwk(&case["key"]);
        let protected = as_str(&case["protected"]);
        let payload = as_str(&case["payload"]);
        let b64 = |d: &[u8]| cu::jose::b64::encode(d);
        let signature: Vec<u8> = match &case["signature"] {
            Value::String(s) => {
                let text: String = serde_json::from_str(s).unwrap_or_else(|_| s.clone());
                text.chars().map(|c| c as u32 as u8).collect()
            }
            Value::Array(a) => a.iter().map(|b| b.as_u64().unwrap() as u8).collect(),
            other => panic!("{other}"),
        };
        let token = format!(
            "{}.{}.{}",
            b64(protected.as_bytes()),
            b64(payload.as_bytes()),
            b64(&signature)
        );
        assert!(compact_verifies(&key, &token), "{name}");
        let tampered = format!(
            "{}.{}.{}",
            b64(protected.as_bytes()),
            b64(format!("{payload} ").as_bytes()),
            b64(&signature)
        );
        assert!(!compact_verifies(&key, &tampered), "{name} tampered");
    }
}

#[test]
fn rfc7515_a5_unsecured_is_refused() {
    let doc = kat("jose/rfc-appendix-vectors.json");
    let case = &doc["rfc7515_A5_none"];
    let b64 = cu::jose::b64::encode;
    let token = format!(
        "{}.{}.",
        b64(as_str(&case["protected"])),
        b64(as_str(&case["payload"]))
    );
    let err = jws::parse(
        token.as_bytes(),
        None,
        &Limits::default(),
        Policy::default(),
    )
    .unwrap_err();
    assert_eq!(err.reason.as_str(), "alg_not_allowed");
}

#[test]
fn rfc7515_a6_general_json_both_signatures() {
    let doc = kat("jose/rfc-appendix-vectors.json");
    let case = &doc["rfc7515_A6_general_json"];
    let mut k1 = as_jwk(&case["key1"]);
    k1.insert("kid".into(), "2010-12-29".into());
    let mut k2 = as_jwk(&case["key2"]);
    k2.insert("kid".into(), "e9bc097a-ce51-4036-9562-d2ade882db0d".into());
    let serialized = as_str(&case["serialized"]);
    let keys = KeySet {
        keys: vec![jwk::public_of(&k1).unwrap(), jwk::public_of(&k2).unwrap()],
    };
    let verifiers = VerifierSet::new(&keys, &[]).unwrap();
    let parsed = jws::parse(
        serialized.as_bytes(),
        None,
        &Limits::default(),
        Policy::default(),
    )
    .unwrap();
    let checks = jws::verify_parsed(&parsed, &verifiers);
    assert_eq!(checks.len(), 2);
    assert!(checks.iter().all(|c| c.outcome.is_ok()));
}

#[test]
fn rfc7516_appendix_decryption() {
    let doc = kat("jose/rfc-appendix-vectors.json");
    for name in [
        "rfc7516_A1_RSA-OAEP_A256GCM",
        "rfc7516_A3_A128KW_A128CBC-HS256",
    ] {
        let case = &doc[name];
        let key = as_jwk(&case["key"]);
        let vector = as_str(&case["vector"]);
        let out = jwe::decrypt(
            vector.as_bytes(),
            &KeySet::single(key),
            None,
            &Limits::default(),
            Policy::default(),
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            &out.plaintext[..],
            as_str(&case["plaintext"]).as_bytes(),
            "{name}"
        );
    }
    // A.2 uses RSA1_5, refused by design.
    let case = &doc["rfc7516_A2_RSA1_5_A128CBC-HS256"];
    let err = jwe::decrypt(
        as_str(&case["vector"]).as_bytes(),
        &KeySet::single(as_jwk(&case["key"])),
        None,
        &Limits::default(),
        Policy::default(),
    )
    .unwrap_err();
    assert_eq!(err.reason.as_str(), "alg_not_allowed");
    // A.4: two recipients (RSA1_5 and A128KW); the A128KW one decrypts. The shared unprotected
    // header carries `jku`, which has to be tolerated explicitly.
    let case = &doc["rfc7516_A4_general_json"];
    let mut key2 = as_jwk(&case["key2"]);
    key2.insert("kid".into(), "7".into());
    let allow = Policy {
        allow_header_keys: true,
    };
    let out = jwe::decrypt(
        as_str(&case["vector"]).as_bytes(),
        &KeySet::single(key2.clone()),
        None,
        &Limits::default(),
        allow,
    )
    .unwrap();
    assert_eq!(&out.plaintext[..], b"Live long and prosper.");
    let refused = jwe::decrypt(
        as_str(&case["vector"]).as_bytes(),
        &KeySet::single(key2),
        None,
        &Limits::default(),
        Policy::default(),
    );
    assert!(refused.is_err());
}

fn cookbook_files(dir: &str) -> Vec<(String, Value)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/kat/jose/cookbook")
        .join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap(),
            )
        })
        .collect()
}

fn keyset_of(v: &Value) -> KeySet {
    match v {
        Value::Array(list) => KeySet {
            keys: list.iter().map(as_jwk).collect(),
        },
        other => KeySet::single(as_jwk(other)),
    }
}

fn public_set(set: &KeySet) -> KeySet {
    KeySet {
        keys: set
            .keys
            .iter()
            .map(|k| {
                if k["kty"] == "oct" {
                    k.clone()
                } else {
                    jwk::public_of(k).unwrap()
                }
            })
            .collect(),
    }
}

/// Every output form of every RFC 7520 / RFC 8037 / RFC 7797 JWS example verifies with the
/// public key and yields the input payload; a flipped payload byte does not verify.
#[test]
fn rfc7520_cookbook_signatures() {
    let mut checked = 0;
    for dir in ["jws", "curve25519", "rfc7797"] {
        for (name, case) in cookbook_files(dir) {
            let Some(payload) = case["input"]["payload"].as_str() else {
                continue;
            };
            let keys = public_set(&keyset_of(&case["input"]["key"]));
            let verifiers = VerifierSet::new(&keys, &[]).unwrap_or_else(|e| panic!("{name}: {e}"));
            let detached = name.contains("detached");
            for form in ["compact", "json", "json_flat"] {
                let Some(output) = case["output"].get(form) else {
                    continue;
                };
                let input = match output {
                    Value::String(s) => s.clone().into_bytes(),
                    other => serde_json::to_vec(other).unwrap(),
                };
                let content = detached.then_some(payload.as_bytes());
                let result = jws::parse(&input, content, &Limits::default(), Policy::default());
                let protected_b64 = case["signing"]["protected_b64u"].as_str().unwrap_or("");
                let protected: Value = cu::jose::b64::decode(protected_b64, "header")
                    .ok()
                    .and_then(|b| serde_json::from_slice(&b).ok())
                    .unwrap_or(Value::Null);
                if protected["b64"] == false && protected.get("crit").is_none() {
                    // RFC 7797 §6: `b64` must be listed in `crit`; this example omits it.
                    assert_eq!(
                        result.unwrap_err().reason.as_str(),
                        "malformed",
                        "{name} {form}"
                    );
                    checked += 1;
                    continue;
                }
                let parsed = result.unwrap_or_else(|e| panic!("{name} {form}: {e}"));
                assert_eq!(parsed.payload, payload.as_bytes(), "{name} {form}");
                let checks = jws::verify_parsed(&parsed, &verifiers);
                assert!(
                    checks.iter().all(|c| c.outcome.is_ok()),
                    "{name} {form}: {:?}",
                    checks
                );
                if detached {
                    let other = format!("{payload}!");
                    let parsed = jws::parse(
                        &input,
                        Some(other.as_bytes()),
                        &Limits::default(),
                        Policy::default(),
                    )
                    .unwrap();
                    assert!(
                        jws::verify_parsed(&parsed, &verifiers)
                            .iter()
                            .all(|c| c.outcome.is_err()),
                        "{name} {form} altered"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 25, "only {checked} outputs checked");
}

/// Every RFC 7520 / RFC 8037 JWE example decrypts to its plaintext, except RSA1_5 (5.1),
/// which is refused by design, and the RSA1_5 recipient of 5.13.
#[test]
fn rfc7520_cookbook_encryption() {
    let mut checked = 0;
    for dir in ["jwe", "curve25519"] {
        for (name, case) in cookbook_files(dir) {
            let Some(plaintext) = case["input"]["plaintext"].as_str() else {
                continue;
            };
            let keys = case["input"].get("key").map(keyset_of).unwrap_or_default();
            let password = case["input"]["pwd"].as_str().map(|p| p.as_bytes().to_vec());
            for form in ["compact", "json", "json_flat"] {
                let Some(output) = case["output"].get(form) else {
                    continue;
                };
                let input = match output {
                    Value::String(s) => s.clone().into_bytes(),
                    other => serde_json::to_vec(other).unwrap(),
                };
                let result = jwe::decrypt(
                    &input,
                    &keys,
                    password.as_deref(),
                    &Limits::default(),
                    Policy::default(),
                );
                if case["input"]["alg"] == "RSA1_5" {
                    assert_eq!(
                        result.unwrap_err().reason.as_str(),
                        "alg_not_allowed",
                        "{name}"
                    );
                } else {
                    let out = result.unwrap_or_else(|e| panic!("{name} {form}: {e}"));
                    assert_eq!(&out.plaintext[..], plaintext.as_bytes(), "{name} {form}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 30, "only {checked} outputs checked");
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// "Taming the many EdDSAs" edge cases: cu accepts only what passes its strict checks, and
/// batch verification answers exactly as single verification does on every case.
#[test]
fn ed25519_speccheck_single_equals_batch() {
    use cu::jose::ed25519;
    let cases = kat("ed25519/speccheck-cases.json");
    let mut keys = Vec::new();
    let mut singles = Vec::new();
    for case in cases.as_array().unwrap() {
        let key = ed25519::PublicKey::from_bytes(&hex(case["pub_key"].as_str().unwrap())).ok();
        let message = hex(case["message"].as_str().unwrap());
        let signature = hex(case["signature"].as_str().unwrap());
        singles.push(
            key.as_ref()
                .is_some_and(|k| ed25519::verify(k, &message, &signature)),
        );
        keys.push((key, message, signature));
    }
    let usable: Vec<_> = keys
        .iter()
        .enumerate()
        .filter(|(_, (k, _, _))| k.is_some())
        .collect();
    let items: Vec<ed25519::Item> = usable
        .iter()
        .map(|(_, (k, m, s))| ed25519::Item {
            key: k.as_ref().unwrap(),
            message: m,
            signature: s,
        })
        .collect();
    let batch = ed25519::verify_all(&items);
    for ((index, _), ok) in usable.iter().zip(&batch) {
        assert_eq!(*ok, singles[*index], "case {index}");
    }
    // Every case is an edge an honest signer never produces (small-order or mixed-order keys,
    // S >= L, non-canonical encodings), and cu refuses all twelve. ed25519-dalek's
    // verify_strict alone accepts case 3 (mixed-order A); the torsion check on keys closes it.
    for (index, ok) in singles.iter().enumerate() {
        assert!(!ok, "case {index} should be refused");
    }
}

/// Wycheproof JWK cases: a key set is parsed as the user would pass it (public keys when
/// given, else private), and a JWS verifies only with a sound key.
#[test]
fn wycheproof_json_web_key() {
    let doc = kat("jose/wycheproof/json_web_key_test.json");
    let mut wrong = Vec::new();
    let mut checked = 0;
    for group in doc["testGroups"].as_array().unwrap() {
        let keys = group.get("public").or(group.get("private")).unwrap();
        let parsed = KeySet::parse(&serde_json::to_vec(keys).unwrap(), None);
        for case in group["tests"].as_array().unwrap() {
            let valid = parsed.as_ref().ok().is_some_and(|keys| {
                VerifierSet::new(keys, &[]).is_ok_and(|verifiers| {
                    jws::parse(
                        case["jws"].as_str().unwrap().as_bytes(),
                        None,
                        &Limits::default(),
                        Policy::default(),
                    )
                    .is_ok_and(|p| {
                        jws::verify_parsed(&p, &verifiers)
                            .iter()
                            .all(|c| c.outcome.is_ok())
                    })
                })
            });
            checked += 1;
            if valid != (case["result"] == "valid") {
                wrong.push(format!(
                    "tc{} ({}): expected {}",
                    case["tcId"], case["comment"], case["result"]
                ));
            }
        }
    }
    assert_eq!(checked, 26);
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// RFC 8032 §7.1 Ed25519 vectors (TEST 1, 2, 3, 1024, SHA(abc)): the signing key reproduces the
/// public key and the signature byte for byte; single and batch verification accept each, and
/// refuse it with one bit of the message or signature changed.
#[test]
fn ed25519_rfc8032_vectors() {
    use cu::jose::ed25519;
    use ed25519_dalek::Signer;
    let vectors = kat("ed25519/rfc8032.json");
    let vectors = vectors.as_array().unwrap();
    assert_eq!(vectors.len(), 5);
    let mut keys = Vec::new();
    let mut messages = Vec::new();
    let mut signatures = Vec::new();
    for v in vectors {
        let name = v["name"].as_str().unwrap();
        let signing = ed25519_dalek::SigningKey::from_bytes(
            &hex(v["secret"].as_str().unwrap()).try_into().unwrap(),
        );
        let public = hex(v["public"].as_str().unwrap());
        let message = hex(v["message"].as_str().unwrap());
        let signature = hex(v["signature"].as_str().unwrap());
        assert_eq!(
            signing.verifying_key().as_bytes().as_slice(),
            public,
            "{name}"
        );
        assert_eq!(
            signing.sign(&message).to_bytes().as_slice(),
            signature,
            "{name}"
        );
        let key = ed25519::PublicKey::from_bytes(&public).unwrap();
        assert!(ed25519::verify(&key, &message, &signature), "{name}");
        let mut other = message.clone();
        other.push(0);
        assert!(!ed25519::verify(&key, &other, &signature), "{name}");
        for bit in [0, 255, 256, 511] {
            let mut bad = signature.clone();
            bad[bit / 8] ^= 1 << (bit % 8);
            assert!(!ed25519::verify(&key, &message, &bad), "{name} bit {bit}");
        }
        keys.push(key);
        messages.push(message);
        signatures.push(signature);
    }
    let items: Vec<ed25519::Item> = (0..keys.len())
        .map(|i| ed25519::Item {
            key: &keys[i],
            message: &messages[i],
            signature: &signatures[i],
        })
        .collect();
    assert_eq!(ed25519::verify_all(&items), vec![true; 5]);
}

/// Why cu checks keys for torsion: ed25519-dalek's verify_strict alone accepts speccheck case 3
/// (a mixed-order public key), which cu refuses at the key.
#[test]
fn ed25519_speccheck_case_3_needs_the_torsion_check() {
    let cases = kat("ed25519/speccheck-cases.json");
    let case = &cases[3];
    let public: [u8; 32] = hex(case["pub_key"].as_str().unwrap()).try_into().unwrap();
    let signature: [u8; 64] = hex(case["signature"].as_str().unwrap()).try_into().unwrap();
    let message = hex(case["message"].as_str().unwrap());
    let dalek = ed25519_dalek::VerifyingKey::from_bytes(&public).unwrap();
    assert!(dalek
        .verify_strict(&message, &ed25519_dalek::Signature::from_bytes(&signature))
        .is_ok());
    assert!(cu::jose::ed25519::PublicKey::from_bytes(&public).is_err());
}

/// A passport verifier never trusts a weak key: every speccheck public key that is small-order,
/// mixed-order or non-canonical is refused when it arrives in a JWKS.
#[test]
fn passport_jwks_refuses_the_speccheck_weak_keys() {
    use cu::passport::verify::KeySet;
    let cases = kat("ed25519/speccheck-cases.json");
    let mut refused = 0;
    for (i, case) in cases.as_array().unwrap().iter().enumerate() {
        let public = hex(case["pub_key"].as_str().unwrap());
        let weak = cu::jose::ed25519::PublicKey::from_bytes(&public).is_err();
        let jwks = serde_json::json!({"keys": [{
            "kty": "OKP", "crv": "Ed25519", "alg": "EdDSA",
            "kid": "ed25519/00000000-0000-4000-8000-000000000000/default/v1",
            "x": cu::jose::b64::encode(&public),
        }]});
        let result = KeySet::from_jwks(&jwks);
        assert_eq!(result.is_err(), weak, "case {i}");
        if let Err(e) = result {
            assert_eq!(e.reason.as_str(), "bad_key");
            refused += 1;
        }
    }
    // Cases 0–5 and 10–11 carry a weak or non-canonical key; 6–9 a strong key with bad signatures.
    assert!(refused >= 6, "only {refused} keys refused");
}
