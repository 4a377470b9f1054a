//! End-to-end flows through the real binary: files and modes, streams, nesting, batches.

mod common;

use common::Scratch;

#[cfg(unix)]
#[test]
fn private_keys_are_written_0600_and_never_overwritten_without_force() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    s.keygen("k", &["--kty", "ec"]);
    let mode = |name: &str| {
        std::fs::metadata(s.path(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode("k.jwk"), 0o600);
    assert_eq!(mode("k.pub.jwk"), 0o644);
    let before = s.read("k.jwk");
    let out = s
        .cu()
        .args(["jose", "jwk", "generate", "--kty", "ec", "--out", "k.jwk"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        s.read("k.jwk"),
        before,
        "a refused write must leave the file as it was"
    );
    s.ok(
        &[
            "jose", "jwk", "generate", "--kty", "ec", "--out", "k.jwk", "--force",
        ],
        None,
    );
    assert_ne!(s.read("k.jwk"), before);
    assert_eq!(mode("k.jwk"), 0o600);
    s.ok(
        &[
            "jose", "jwk", "convert", "--in", "k.jwk", "--to", "pem", "--out", "k.pem",
        ],
        None,
    );
    assert_eq!(mode("k.pem"), 0o600);
}

#[test]
fn stdout_carries_only_the_result() {
    let s = Scratch::new();
    let out = s
        .cu()
        .args(["jose", "jwk", "generate", "--kty", "okp"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let jwk: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("stdout is the JWK alone");
    assert_eq!(jwk["crv"], "Ed25519");
    s.write("k.jwk", &out.stdout);
    let token = s.ok(
        &["jose", "jwt", "sign", "--key", "k.jwk", "--sub", "a"],
        None,
    );
    let decoded = s
        .cu()
        .args(["jose", "jwt", "decode", "--insecure"])
        .write_stdin(token)
        .output()
        .unwrap();
    assert!(decoded.status.success());
    assert!(
        String::from_utf8_lossy(&decoded.stderr).contains("NOT verified"),
        "the warning goes to stderr"
    );
    assert!(!String::from_utf8_lossy(&decoded.stdout).contains("NOT verified"));
}

#[test]
fn two_inputs_on_stdin_are_a_usage_error() {
    let s = Scratch::new();
    let reason = s.fails_with(
        &["jose", "jwt", "verify", "--key", "-", "--in", "-"],
        Some(b""),
    );
    assert_eq!(reason, "cu::usage");
}

#[test]
fn nested_jwt_round_trip() {
    let s = Scratch::new();
    s.keygen("sig", &["--kty", "okp"]);
    s.keygen("enc", &["--kty", "rsa"]);
    let nested = s.ok(
        &[
            "jose",
            "jwt",
            "sign",
            "--key",
            "sig.jwk",
            "--sub",
            "n",
            "--aud",
            "api",
            "--encrypt-to",
            "enc.pub.jwk",
            "--jwe-alg",
            "RSA-OAEP-256",
        ],
        None,
    );
    assert_eq!(nested.trim().split('.').count(), 5, "a nested JWT is a JWE");
    s.write("n.jwe", nested.trim());
    let claims = s.ok(
        &[
            "jose",
            "jwt",
            "verify",
            "--key",
            "sig.pub.jwk",
            "--aud",
            "api",
            "--decrypt-key",
            "enc.jwk",
            "--in",
            "n.jwe",
        ],
        None,
    );
    assert!(claims.contains("\"sub\": \"n\""));
    assert_eq!(
        s.fails_with(
            &[
                "jose",
                "jwt",
                "verify",
                "--key",
                "sig.pub.jwk",
                "--aud",
                "api",
                "--in",
                "n.jwe"
            ],
            None
        ),
        "malformed"
    );
}

/// Batch answers equal one-by-one answers, line for line, for a mix of valid, tampered,
/// wrong-key, expired and malformed tokens, and the exit code reflects the mix.
#[test]
fn batch_equals_single_verification() {
    let s = Scratch::new();
    s.keygen("a", &["--kty", "okp", "--kid", "a"]);
    s.keygen("b", &["--kty", "okp", "--kid", "b"]);
    s.keygen("c", &["--kty", "ec", "--kid", "c"]);
    let jwks = format!(
        "{{\"keys\":[{},{}]}}",
        s.read("a.pub.jwk"),
        s.read("c.pub.jwk")
    );
    s.write("jwks.json", jwks);
    let mut lines = Vec::new();
    for i in 0..60 {
        let key = match i % 5 {
            0 | 1 => "a.jwk",
            2 => "c.jwk",
            _ => "b.jwk",
        };
        let mut token = s
            .ok(
                &[
                    "jose",
                    "jwt",
                    "sign",
                    "--key",
                    key,
                    "--sub",
                    &format!("u{i}"),
                    "--aud",
                    "api",
                ],
                None,
            )
            .trim()
            .to_string();
        match i % 7 {
            0 => token.push('A'),
            1 => token = token.replacen('.', ".x", 1),
            _ => {}
        }
        if i % 11 == 0 {
            token = format!("garbage-{i}");
        }
        lines.push(token);
    }
    s.write("batch.txt", lines.join("\n") + "\n");
    let out = s
        .cu()
        .args([
            "jose",
            "jwt",
            "verify",
            "--jwks",
            "jwks.json",
            "--aud",
            "api",
            "--batch",
            "--in",
            "batch.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a mix is a partial result");
    let batch: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(batch.len(), lines.len());
    let mut valid = 0;
    for (i, token) in lines.iter().enumerate() {
        s.write("one.jwt", token);
        let single = s
            .cu()
            .args([
                "--output",
                "json",
                "jose",
                "jwt",
                "verify",
                "--jwks",
                "jwks.json",
                "--aud",
                "api",
                "--in",
                "one.jwt",
            ])
            .output()
            .unwrap();
        if single.status.success() {
            valid += 1;
            assert_eq!(batch[i], "valid", "line {}", i + 1);
        } else {
            let err: serde_json::Value = serde_json::from_slice(&single.stderr).unwrap();
            let reason = err["error"]["reason"].as_str().unwrap();
            assert!(
                batch[i].starts_with(&format!("invalid\t{reason}\t")),
                "line {}: batch {:?}, single {reason}",
                i + 1,
                batch[i]
            );
        }
    }
    assert!(
        valid > 10 && valid < lines.len(),
        "the mix must hold both outcomes ({valid} valid)"
    );
}

/// One JWE for several recipients (general JSON): each key, and the password, opens it; a
/// stranger's key does not; the compact form refuses several recipients.
#[test]
fn jwe_to_several_recipients() {
    let s = Scratch::new();
    s.keygen("rsa", &["--kty", "rsa"]);
    s.keygen("ec", &["--kty", "ec", "--crv", "P-384"]);
    s.keygen("x", &["--kty", "okp", "--crv", "X25519"]);
    s.keygen("aes", &["--kty", "oct", "--bits", "256"]);
    s.keygen("stranger", &["--kty", "ec"]);
    s.write("pw", "open sesame\n");
    let args = [
        "jose",
        "jwe",
        "encrypt",
        "--key",
        "rsa.pub.jwk",
        "--key",
        "ec.pub.jwk",
        "--key",
        "x.pub.jwk",
        "--key",
        "aes.jwk",
        "--password-file",
        "pw",
        "--p2c",
        "2000",
        "--json",
        "--aad",
        "pw",
    ];
    let jwe = s.ok(&args, Some(b"for all of you"));
    let doc: serde_json::Value = serde_json::from_str(&jwe).unwrap();
    assert_eq!(doc["recipients"].as_array().unwrap().len(), 5);
    s.write("many.json", &jwe);
    for key in ["rsa.jwk", "ec.jwk", "x.jwk", "aes.jwk"] {
        assert_eq!(
            s.ok(
                &["jose", "jwe", "decrypt", "--key", key, "--in", "many.json"],
                None
            ),
            "for all of you",
            "{key}"
        );
    }
    assert_eq!(
        s.ok(
            &[
                "jose",
                "jwe",
                "decrypt",
                "--password-file",
                "pw",
                "--in",
                "many.json"
            ],
            None
        ),
        "for all of you"
    );
    assert_eq!(
        s.fails_with(
            &[
                "jose",
                "jwe",
                "decrypt",
                "--key",
                "stranger.jwk",
                "--in",
                "many.json"
            ],
            None
        ),
        "unknown_kid"
    );
    let compact = s.fails_with(
        &[
            "jose",
            "jwe",
            "encrypt",
            "--key",
            "rsa.pub.jwk",
            "--key",
            "ec.pub.jwk",
        ],
        Some(b"x"),
    );
    assert_eq!(compact, "malformed");
}
