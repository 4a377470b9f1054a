//! Hostile input: every malformed or malicious token is refused with exit 2, a stable reason,
//! and no panic (josekit 0.10 needs these guards).

mod common;

use common::{b64, Scratch};

fn setup() -> Scratch {
    let s = Scratch::new();
    s.keygen("oct", &["--kty", "oct", "--bits", "256"]);
    s.keygen("ed", &["--kty", "okp"]);
    s.keygen("rsa", &["--kty", "rsa"]);
    s.write("pw", "correct horse\n");
    s
}

fn jwe(s: &Scratch, enc: &str) -> Vec<String> {
    let token = s.ok(
        &[
            "jose", "jwe", "encrypt", "--key", "oct.jwk", "--alg", "A256KW", "--enc", enc,
        ],
        Some(b"attack at dawn"),
    );
    token.trim().split('.').map(str::to_string).collect()
}

#[test]
fn jwe_with_empty_iv_and_cbc_hmac_is_malformed_not_a_panic() {
    let s = setup();
    let mut parts = jwe(&s, "A128CBC-HS256");
    parts[2] = String::new();
    let reason = s.fails_with(
        &["jose", "jwe", "decrypt", "--key", "oct.jwk"],
        Some(parts.join(".").as_bytes()),
    );
    assert_eq!(reason, "malformed");
}

#[test]
fn truncated_gcm_tag_is_refused() {
    let s = setup();
    let mut parts = jwe(&s, "A256GCM");
    let tag = cu::jose::b64::decode(&parts[4], "tag").unwrap();
    parts[4] = b64(&tag[..8]);
    let reason = s.fails_with(
        &["jose", "jwe", "decrypt", "--key", "oct.jwk"],
        Some(parts.join(".").as_bytes()),
    );
    assert_eq!(reason, "malformed");
}

#[test]
fn deflate_bomb_stops_at_the_inflate_limit() {
    let s = setup();
    let zeros = vec![0u8; 4 << 20];
    s.write("zeros", &zeros);
    let token = s.ok(
        &[
            "jose", "jwe", "encrypt", "--key", "oct.jwk", "--alg", "A256KW", "--zip", "--in",
            "zeros",
        ],
        None,
    );
    assert!(
        token.len() < 20_000,
        "4 MiB of zeros should compress to a small token"
    );
    let reason = s.fails_with(
        &["jose", "jwe", "decrypt", "--key", "oct.jwk"],
        Some(token.as_bytes()),
    );
    assert_eq!(reason, "too_large");
    // Raising the limit lets the same token through, so the limit is what stopped it.
    let out = s
        .cu()
        .args([
            "jose",
            "jwe",
            "decrypt",
            "--key",
            "oct.jwk",
            "--max-inflated",
            "8388608",
        ])
        .write_stdin(token)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout.len(), 4 << 20);
}

#[test]
fn pbes2_iteration_count_is_capped() {
    let s = setup();
    let header =
        b64(r#"{"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2c":1000000,"p2s":"AAAAAAAAAAA"}"#);
    let token = format!(
        "{header}.{}.{}.{}.{}",
        b64([1u8; 24]),
        b64([0u8; 12]),
        b64(b"x"),
        b64([0u8; 16])
    );
    let reason = s.fails_with(
        &["jose", "jwe", "decrypt", "--password-file", "pw"],
        Some(token.as_bytes()),
    );
    assert_eq!(reason, "too_large");
}

#[test]
fn oversized_tokens_are_refused_before_parsing() {
    let s = setup();
    let big = "a".repeat((1 << 20) + 1);
    assert_eq!(
        s.fails_with(
            &["jose", "jwt", "verify", "--key", "ed.pub.jwk"],
            Some(big.as_bytes())
        ),
        "too_large"
    );
    assert_eq!(
        s.fails_with(
            &["jose", "jwe", "decrypt", "--key", "oct.jwk"],
            Some(big.as_bytes())
        ),
        "too_large"
    );
    assert_eq!(
        s.fails_with(
            &[
                "jose",
                "jws",
                "verify",
                "--key",
                "ed.pub.jwk",
                "--max-size",
                "100"
            ],
            Some(&[b'x'; 101])
        ),
        "too_large"
    );
}

fn unsigned_parts(header: &str, claims: &str) -> String {
    format!("{}.{}", b64(header), b64(claims))
}

#[test]
fn alg_none_is_refused() {
    let s = setup();
    let token = format!(
        "{}.",
        unsigned_parts(r#"{"alg":"none"}"#, r#"{"sub":"root"}"#)
    );
    assert_eq!(
        s.fails_with(
            &["jose", "jwt", "verify", "--key", "ed.pub.jwk"],
            Some(token.as_bytes())
        ),
        "alg_not_allowed"
    );
    let token = format!(
        "{}.",
        unsigned_parts(r#"{"alg":"nOnE"}"#, r#"{"sub":"root"}"#)
    );
    assert_eq!(
        s.fails_with(
            &["jose", "jws", "verify", "--key", "oct.jwk"],
            Some(token.as_bytes())
        ),
        "alg_not_allowed"
    );
}

#[test]
fn hmac_with_an_rsa_public_key_is_refused() {
    use openssl::hash::MessageDigest;
    use openssl::pkey::PKey;
    use openssl::sign::Signer;
    let s = setup();
    s.ok(
        &[
            "jose",
            "jwk",
            "convert",
            "--in",
            "rsa.pub.jwk",
            "--to",
            "pem",
            "--out",
            "rsa.pub.pem",
        ],
        None,
    );
    // The classic confusion attack: HMAC keyed with the public key's PEM text.
    let pem = s.read("rsa.pub.pem");
    let input = unsigned_parts(r#"{"alg":"HS256","typ":"JWT"}"#, r#"{"sub":"root"}"#);
    let key = PKey::hmac(pem.as_bytes()).unwrap();
    let mut signer = Signer::new(MessageDigest::sha256(), &key).unwrap();
    signer.update(input.as_bytes()).unwrap();
    let token = format!("{input}.{}", b64(signer.sign_to_vec().unwrap()));
    for key in ["rsa.pub.pem", "rsa.pub.jwk"] {
        assert_eq!(
            s.fails_with(
                &["jose", "jwt", "verify", "--key", key],
                Some(token.as_bytes())
            ),
            "alg_not_allowed"
        );
    }
    assert_eq!(
        s.fails_with(
            &[
                "jose",
                "jwt",
                "verify",
                "--key",
                "rsa.pub.pem",
                "--alg",
                "HS256"
            ],
            Some(token.as_bytes())
        ),
        "alg_not_allowed"
    );
}

fn signed(s: &Scratch, header_pairs: &[&str]) -> String {
    let mut args = vec!["jose", "jws", "sign", "--key", "ed.jwk"];
    for pair in header_pairs {
        args.push("--header");
        args.push(pair);
    }
    s.ok(&args, Some(b"{\"sub\":\"x\"}")).trim().to_string()
}

#[test]
fn unknown_crit_is_refused() {
    let s = setup();
    let token = signed(&s, &[r#"crit=["exp-x"]"#, "exp-x=1"]);
    assert_eq!(
        s.fails_with(
            &["jose", "jws", "verify", "--key", "ed.pub.jwk"],
            Some(token.as_bytes())
        ),
        "unknown_crit"
    );
}

#[test]
fn keys_in_the_header_are_refused_unless_allowed() {
    let s = setup();
    let public = s.read("ed.pub.jwk").replace('\n', "");
    let jwk_pair = format!("jwk={public}");
    for pair in [
        jwk_pair.as_str(),
        "jku=https://attacker.example/jwks",
        "x5u=https://attacker.example/c.pem",
        r#"x5c=["MIIB"]"#,
    ] {
        let token = signed(&s, &[pair]);
        assert_eq!(
            s.fails_with(
                &["jose", "jws", "verify", "--key", "ed.pub.jwk"],
                Some(token.as_bytes())
            ),
            "embedded_key",
            "{pair}"
        );
        s.ok(
            &[
                "jose",
                "jws",
                "verify",
                "--key",
                "ed.pub.jwk",
                "--allow-header-keys",
            ],
            Some(token.as_bytes()),
        );
    }
}

#[test]
fn garbage_is_malformed() {
    let s = setup();
    for garbage in [
        "",
        "not a token",
        "a.b.c",
        "....",
        "eyJhbGciOiJFZERTQSJ9.e30.!!!!",
        "{\"payload\":1}",
        "\u{0}\u{1}\u{2}",
    ] {
        let reason = s.fails_with(
            &["jose", "jws", "verify", "--key", "ed.pub.jwk"],
            Some(garbage.as_bytes()),
        );
        assert!(
            ["malformed", "bad_signature"].contains(&reason.as_str()),
            "{garbage:?}: {reason}"
        );
        let reason = s.fails_with(
            &["jose", "jwe", "decrypt", "--key", "oct.jwk"],
            Some(garbage.as_bytes()),
        );
        assert!(
            ["malformed", "alg_not_allowed"].contains(&reason.as_str()),
            "{garbage:?}: {reason}"
        );
    }
    for bad_key in [
        "{",
        "[]",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}",
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
    ] {
        s.write("bad.key", bad_key);
        let reason = s.fails_with(
            &["jose", "jwt", "verify", "--key", "bad.key"],
            Some(b"a.b.c"),
        );
        assert_eq!(reason, "bad_key", "{bad_key:?}");
    }
}

/// Mutated tokens (flipped, dropped and inserted bytes) of every JWE and JWS family never
/// panic: each call returns a value or an error. Deterministic (xorshift), in process.
#[test]
fn mutated_tokens_never_panic() {
    use cu::jose::jwe::{self, EncryptOptions, Recipient, Secret};
    use cu::jose::jwk::{self, GenerateSpec, KeyType};
    use cu::jose::jws::{self, Signer, VerifierSet};
    use cu::jose::keyset::KeySet;
    use cu::jose::{Limits, Policy};

    let gen = |kty, crv: Option<&str>, bits| {
        jwk::generate(&GenerateSpec {
            kty: Some(kty),
            crv: crv.map(str::to_string),
            bits,
            ..Default::default()
        })
        .unwrap()
    };
    let rsa = gen(KeyType::Rsa, None, Some(2048));
    let ec = gen(KeyType::Ec, Some("P-256"), None);
    let x25519 = gen(KeyType::Okp, Some("X25519"), None);
    let ed = gen(KeyType::Okp, Some("Ed25519"), None);
    let oct = gen(KeyType::Oct, None, Some(256));
    let mut tokens: Vec<(Vec<u8>, KeySet)> = Vec::new();
    for (key, alg, enc) in [
        (&rsa, "RSA-OAEP-256", "A256GCM"),
        (&ec, "ECDH-ES+A256KW", "A128CBC-HS256"),
        (&x25519, "ECDH-ES", "A256GCM"),
        (&oct, "A256KW", "A256CBC-HS512"),
        (&oct, "A256GCMKW", "A128GCM"),
        (&oct, "PBES2-HS256+A128KW", "A128GCM"),
    ] {
        for json in [false, true] {
            let options = EncryptOptions {
                enc: enc.into(),
                header: Default::default(),
                compress: true,
                p2c: 1000,
                json,
                aad: None,
            };
            let recipient = Recipient {
                secret: Secret::Key(key),
                alg: alg.into(),
            };
            let doc = jwe::encrypt(&[recipient], b"hostile world", &options).unwrap();
            let bytes = match doc {
                serde_json::Value::String(s) => s.into_bytes(),
                other => serde_json::to_vec(&other).unwrap(),
            };
            tokens.push((bytes, KeySet::single(key.clone())));
        }
    }
    let jws_keys = KeySet {
        keys: vec![
            jwk::public_of(&ed).unwrap(),
            jwk::public_of(&ec).unwrap(),
            oct.clone(),
        ],
    };
    for key in [&ed, &ec, &oct] {
        let token = jws::sign_compact(
            &Signer::new(key, None).unwrap(),
            b"{\"sub\":\"x\"}",
            &Default::default(),
        )
        .unwrap();
        tokens.push((token.into_bytes(), jws_keys.clone()));
    }
    let verifiers = VerifierSet::new(&jws_keys, &[]).unwrap();
    let mut state = 0x9e3779b97f4a7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.{}\":,[] \0\xff";
    let mut runs = 0;
    for (token, keys) in &tokens {
        for _ in 0..300 {
            let mut mutated = token.clone();
            for _ in 0..(1 + next() % 4) {
                let at = (next() as usize) % mutated.len().max(1);
                match next() % 3 {
                    0 if !mutated.is_empty() => {
                        mutated[at] = alphabet[(next() as usize) % alphabet.len()]
                    }
                    1 if !mutated.is_empty() => {
                        mutated.remove(at);
                    }
                    _ => mutated.insert(
                        at.min(mutated.len()),
                        alphabet[(next() as usize) % alphabet.len()],
                    ),
                }
            }
            let _ = jwe::decrypt(
                &mutated,
                keys,
                Some(b"pw"),
                &Limits::default(),
                Policy::default(),
            );
            if let Ok(parsed) = jws::parse(&mutated, None, &Limits::default(), Policy::default()) {
                let _ = jws::verify_parsed(&parsed, &verifiers);
            }
            runs += 1;
        }
    }
    assert_eq!(runs, tokens.len() * 300);
}
