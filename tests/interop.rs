//! Interop: tokens and JWEs made by `cu` are accepted by Python jwcrypto and PyJWT and by
//! node's `jose`, and theirs by `cu`. A missing peer is skipped with a printed reason
//! (`.ci/run` installs them).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::Scratch;

fn interop_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/interop")
}

fn python_ready() -> bool {
    let ok = Command::new("python3")
        .arg(interop_dir().join("peer.py"))
        .arg("check")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        common::missing_peer(
            "python3 with jwcrypto and PyJWT",
            "pip install jwcrypto pyjwt",
        );
    }
    ok
}

fn node_ready() -> bool {
    let ok = interop_dir().join("node/node_modules/jose").exists()
        && Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
    if !ok {
        common::missing_peer(
            "node with jose",
            "npm install --prefix tests/interop/node jose@6",
        );
    }
    ok
}

fn peer(program: &str, args: &[&str], cwd: &std::path::Path) -> String {
    let script = if program == "node" {
        interop_dir().join("node/peer.mjs")
    } else {
        interop_dir().join("peer.py")
    };
    let out = Command::new(program)
        .arg(script)
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Signing algorithms and the cu key that makes them.
const SIGNERS: &[(&str, &[&str])] = &[
    ("EdDSA", &["--kty", "okp", "--crv", "Ed25519"]),
    ("ES256", &["--kty", "ec", "--crv", "P-256"]),
    ("RS256", &["--kty", "rsa", "--bits", "2048"]),
];

/// `NAME.jwk`, `NAME.pub.jwk`, and the same keys as PKCS#8 / SPKI PEM for the PEM-only peers.
fn keypair(s: &Scratch, name: &str, spec: &[&str]) {
    s.keygen(name, spec);
    let private = format!("{name}.jwk");
    for (extra, out) in [
        (None, format!("{name}.pem")),
        (Some("--public"), format!("{name}.pub.pem")),
    ] {
        let mut args = vec![
            "jose", "jwk", "convert", "--in", &private, "--to", "pem", "--out", &out,
        ];
        args.extend(extra);
        s.ok(&args, None);
    }
}

/// JWE key-management algorithms checked both ways, with the cu key spec for each.
const ENCRYPTIONS: &[(&str, &[&str])] = &[
    ("RSA-OAEP-256", &["--kty", "rsa"]),
    ("ECDH-ES+A256KW", &["--kty", "ec", "--crv", "P-256"]),
];

/// The peer decrypts what cu encrypted, and cu decrypts what the peer encrypted.
fn jwe_both_ways(s: &Scratch, program: &str, decrypt: &str, encrypt: &str) {
    let dir = s.dir.path();
    for (index, (alg, spec)) in ENCRYPTIONS.iter().enumerate() {
        let name = format!("enc{index}");
        let (private, public) = (format!("{name}.jwk"), format!("{name}.pub.jwk"));
        keypair(s, &name, spec);
        let jwe = s.ok(
            &[
                "jose", "jwe", "encrypt", "--key", &public, "--alg", alg, "--enc", "A256GCM",
            ],
            Some(b"from cu"),
        );
        s.write("cu.jwe", jwe.trim());
        assert_eq!(
            peer(program, &[decrypt, &private, "cu.jwe", alg], dir),
            "from cu",
            "{program} {alg}"
        );
        let theirs = peer(
            program,
            &[encrypt, &public, alg, "A256GCM", "from the peer"],
            dir,
        );
        s.write("peer.jwe", theirs.trim());
        assert_eq!(
            s.ok(
                &["jose", "jwe", "decrypt", "--key", &private, "--in", "peer.jwe"],
                None
            ),
            "from the peer",
            "{program} {alg}"
        );
    }
}

/// cu signs a token for `api` with the `ALG.jwk` key into `cu.jwt`.
fn cu_signs(s: &Scratch, alg: &str) {
    let key = format!("{alg}.jwk");
    let args = [
        "jose", "jwt", "sign", "--key", &key, "--alg", alg, "--sub", "from-cu", "--aud", "api",
        "--exp", "+1h",
    ];
    s.write("cu.jwt", s.ok(&args, None).trim());
}

fn cu_verifies(s: &Scratch, public: &str, token_file: &str, expected_sub: &str) {
    let claims = s.ok(
        &[
            "jose", "jwt", "verify", "--key", public, "--aud", "api", "--in", token_file,
        ],
        None,
    );
    let claims: serde_json::Value = serde_json::from_str(&claims).unwrap();
    assert_eq!(claims["sub"], expected_sub);
}

#[test]
fn python_peers_accept_cu_tokens_and_cu_accepts_theirs() {
    if !python_ready() {
        return;
    }
    let s = Scratch::new();
    let dir = s.dir.path();
    for (alg, spec) in SIGNERS {
        keypair(&s, alg, spec);
        cu_signs(&s, alg);
        let claims = peer(
            "python3",
            &["jwcrypto-verify", &format!("{alg}.pub.jwk"), "cu.jwt", alg],
            dir,
        );
        assert!(claims.contains("from-cu"), "jwcrypto {alg}: {claims}");
        let claims = peer(
            "python3",
            &["pyjwt-verify", &format!("{alg}.pub.pem"), "cu.jwt", alg],
            dir,
        );
        assert!(claims.contains("from-cu"), "PyJWT {alg}: {claims}");

        s.write(
            "jwcrypto.jwt",
            peer(
                "python3",
                &["jwcrypto-sign", &format!("{alg}.jwk"), alg],
                dir,
            )
            .trim(),
        );
        cu_verifies(
            &s,
            &format!("{alg}.pub.jwk"),
            "jwcrypto.jwt",
            "from-jwcrypto",
        );
        s.write(
            "pyjwt.jwt",
            peer("python3", &["pyjwt-sign", &format!("{alg}.pem"), alg], dir).trim(),
        );
        cu_verifies(&s, &format!("{alg}.pub.pem"), "pyjwt.jwt", "from-pyjwt");
    }
    jwe_both_ways(&s, "python3", "jwcrypto-decrypt", "jwcrypto-encrypt");
    // A general-JSON JWE to both recipients opens with either key in jwcrypto.
    let jwe = s.ok(
        &[
            "jose",
            "jwe",
            "encrypt",
            "--key",
            "enc0.pub.jwk",
            "--key",
            "enc1.pub.jwk",
            "--json",
        ],
        Some(b"to both"),
    );
    s.write("both.json", &jwe);
    for key in ["enc0.jwk", "enc1.jwk"] {
        assert_eq!(
            peer(
                "python3",
                &["jwcrypto-decrypt", key, "both.json"],
                s.dir.path()
            ),
            "to both",
            "{key}"
        );
    }
}

#[test]
fn node_jose_accepts_cu_tokens_and_cu_accepts_its() {
    if !node_ready() {
        return;
    }
    let s = Scratch::new();
    let dir = s.dir.path();
    for (alg, spec) in SIGNERS {
        keypair(&s, alg, spec);
        cu_signs(&s, alg);
        let claims = peer(
            "node",
            &["verify", &format!("{alg}.pub.jwk"), "cu.jwt", alg],
            dir,
        );
        assert!(claims.contains("from-cu"), "node jose {alg}: {claims}");
        s.write(
            "node.jwt",
            peer("node", &["sign", &format!("{alg}.jwk"), alg], dir).trim(),
        );
        cu_verifies(&s, &format!("{alg}.pub.jwk"), "node.jwt", "from-node-jose");
    }
    jwe_both_ways(&s, "node", "decrypt", "encrypt");
}

#[test]
fn openssl_reads_cu_pem_and_cu_reads_openssl_keys() {
    let s = Scratch::new();
    if !common::peer("openssl") {
        return;
    }
    keypair(&s, "ec", &["--kty", "ec", "--crv", "P-384"]);
    let out = Command::new("openssl")
        .args(["pkey", "-in", "ec.pem", "-noout", "-text"])
        .current_dir(s.dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "openssl cannot read cu's PKCS#8 PEM");
    // The traditional layouts (SEC1, PKCS#1) are what older openssl commands expect.
    keypair(&s, "rsa", &["--kty", "rsa"]);
    for (key, command, extra) in [
        ("ec.jwk", "ec", None),
        ("rsa.jwk", "rsa", None),
        ("rsa.pub.jwk", "rsa", Some("-RSAPublicKey_in")),
    ] {
        let pem = s.ok(
            &[
                "jose",
                "jwk",
                "convert",
                "--in",
                key,
                "--to",
                "pem",
                "--traditional",
            ],
            None,
        );
        s.write("traditional.pem", &pem);
        let mut args = vec![command, "-in", "traditional.pem", "-noout"];
        args.extend(extra);
        let read = Command::new("openssl")
            .args(&args)
            .current_dir(s.dir.path())
            .output()
            .unwrap();
        assert!(
            read.status.success(),
            "openssl {command} cannot read cu's traditional PEM of {key}"
        );
    }
    // An Ed25519 key made by openssl signs a token cu makes; the public half verifies it.
    let gen = Command::new("openssl")
        .args(["genpkey", "-algorithm", "ed25519", "-out", "ossl.pem"])
        .current_dir(s.dir.path())
        .status()
        .unwrap();
    assert!(gen.success());
    let pubkey = Command::new("openssl")
        .args(["pkey", "-in", "ossl.pem", "-pubout", "-out", "ossl.pub.pem"])
        .current_dir(s.dir.path())
        .status()
        .unwrap();
    assert!(pubkey.success());
    let token = s.ok(
        &[
            "jose", "jwt", "sign", "--key", "ossl.pem", "--sub", "k", "--aud", "api",
        ],
        None,
    );
    s.write("t.jwt", token.trim());
    cu_verifies(&s, "ossl.pub.pem", "t.jwt", "k");
    // Traditional SEC1 and PKCS#1 PEM from openssl convert to JWK with the same thumbprint.
    for (alg_args, name) in [
        (
            &[
                "ecparam",
                "-name",
                "prime256v1",
                "-genkey",
                "-noout",
                "-out",
                "sec1.pem",
            ][..],
            "sec1.pem",
        ),
        (
            &["genrsa", "-traditional", "-out", "pkcs1.pem", "2048"][..],
            "pkcs1.pem",
        ),
    ] {
        let st = Command::new("openssl")
            .args(alg_args)
            .current_dir(s.dir.path())
            .status()
            .unwrap();
        assert!(st.success());
        let jwk = s.ok(
            &["jose", "jwk", "convert", "--in", name, "--to", "jwk"],
            None,
        );
        s.write("conv.jwk", &jwk);
        let a = s.ok(&["jose", "jwk", "thumbprint", "--in", name], None);
        let b = s.ok(&["jose", "jwk", "thumbprint", "--in", "conv.jwk"], None);
        assert_eq!(a, b, "{name}");
    }
}
