//! `cu kms` end to end through the real binary: the hierarchy, versions, tenants, every
//! operation, and what must never happen (plaintext keys on disk, a wrong secret changing
//! anything, lost keys under concurrency or a crash).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::kms::Kms;
use common::Scratch;
use serde_json::Value;

#[test]
fn init_creates_private_files_and_refuses_twice() {
    use std::os::unix::fs::PermissionsExt;
    let k = Kms::new();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&k.s.path("config/cu/unseal.key")), 0o600);
    assert_eq!(
        std::fs::read(k.s.path("config/cu/unseal.key"))
            .unwrap()
            .len(),
        32
    );
    assert_eq!(mode(&k.s.path("data/cu/kms.db")), 0o600);
    assert_eq!(k.fails(&["kms", "init"], None), "store_exists");
    k.ok(
        &["kms", "key", "create", "a", "--type", "aes-256-gcm"],
        None,
    );
    assert_eq!(
        mode(&k.s.path("data/cu/kms.tenants/00000000-0000-4000-8000-000000000000.db")),
        0o600
    );
}

#[test]
fn data_from_every_version_survives_rotation() {
    let k = Kms::new();
    k.ok(
        &["kms", "key", "create", "docs", "--type", "aes-256-gcm"],
        None,
    );
    k.ok(&["kms", "key", "create", "sig", "--type", "ec-p256"], None);
    k.ok(
        &["kms", "key", "create", "tag", "--type", "hmac-sha512"],
        None,
    );
    let mut made = Vec::new();
    for v in 1..=5 {
        let msg = format!("message under v{v}");
        let jwe = k.text(&["kms", "encrypt", "docs"], Some(msg.as_bytes()));
        assert!(jwe.starts_with("eyJ"));
        let jws = k.text(&["kms", "sign", "sig"], Some(msg.as_bytes()));
        let mac = k.text(&["kms", "mac", "tag"], Some(msg.as_bytes()));
        assert!(mac.starts_with(&format!("tag/v{v}:")), "{mac}");
        made.push((msg, jwe, jws, mac));
        for key in ["docs", "sig", "tag"] {
            k.ok(&["kms", "key", "rotate", key], None);
        }
    }
    let info = k.json(&["kms", "key", "show", "docs"], None);
    assert_eq!(info["primary_version"], 6);
    assert_eq!(info["versions"].as_array().unwrap().len(), 6);
    for (v, (msg, jwe, jws, mac)) in made.iter().enumerate() {
        let out = k.json(&["kms", "decrypt"], Some(jwe.as_bytes()));
        assert_eq!(out["text"], msg.as_str());
        assert_eq!(out["kid"], format!("docs/v{}", v + 1));
        assert_eq!(
            k.text(&["kms", "verify", "sig"], Some(jws.as_bytes())),
            *msg
        );
        k.ok(
            &["kms", "mac-verify", "tag", "--mac", mac.trim()],
            Some(msg.as_bytes()),
        );
    }
    // rewrap moves old data to the newest version without showing it.
    let rewrapped = k.json(&["kms", "rewrap", "docs"], Some(made[0].1.as_bytes()));
    assert_eq!(rewrapped["from"], "docs/v1");
    assert_eq!(rewrapped["to"], "docs/v6");
    // min_decrypt_version retires old versions; disable stops one; enable restores it.
    k.ok(
        &["kms", "key", "config", "docs", "--min-decrypt-version", "3"],
        None,
    );
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(made[0].1.as_bytes())),
        "version_disabled"
    );
    k.ok(&["kms", "decrypt"], Some(made[2].1.as_bytes()));
    k.ok(
        &["kms", "key", "disable", "docs", "--key-version", "4"],
        None,
    );
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(made[3].1.as_bytes())),
        "version_disabled"
    );
    assert_eq!(
        k.fails(
            &["kms", "key", "disable", "docs", "--key-version", "6"],
            None
        ),
        "bad_request"
    );
    k.ok(
        &["kms", "key", "enable", "docs", "--key-version", "4"],
        None,
    );
    k.ok(&["kms", "decrypt"], Some(made[3].1.as_bytes()));
    // Root and intermediate rotation re-wrap everything; nothing is lost.
    k.ok(&["kms", "rotate-root"], None);
    k.ok(&["kms", "rotate-intermediate"], None);
    k.ok(&["kms", "decrypt"], Some(made[4].1.as_bytes()));
    assert_eq!(
        k.text(&["kms", "verify", "sig"], Some(made[4].2.as_bytes())),
        made[4].0
    );
}

#[test]
fn tenants_are_isolated() {
    let k = Kms::new();
    let a = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    let b = "9b2d6c8a-1e3f-4a5b-8c7d-6e5f4a3b2c1d";
    k.ok(
        &[
            "kms",
            "key",
            "create",
            "shared-name",
            "--type",
            "aes-256-gcm",
            "--tenant",
            a,
        ],
        None,
    );
    k.ok(
        &[
            "kms",
            "key",
            "create",
            "shared-name",
            "--type",
            "aes-256-gcm",
            "--tenant",
            b,
        ],
        None,
    );
    let jwe = k.text(
        &["kms", "encrypt", "shared-name", "--tenant", a],
        Some(b"for A only"),
    );
    assert_eq!(
        k.text(&["kms", "decrypt", "--tenant", a], Some(jwe.as_bytes())),
        "for A only"
    );
    // Same key name, same version, other tenant: different key, so it does not open.
    assert_eq!(
        k.fails(&["kms", "decrypt", "--tenant", b], Some(jwe.as_bytes())),
        "decrypt_failed"
    );
    // The default tenant has no such key at all.
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(jwe.as_bytes())),
        "unknown_key"
    );
    let list_b = k.json(&["kms", "key", "list", "--tenant", b], None);
    assert_eq!(list_b["keys"].as_array().unwrap().len(), 1);
    // Each tenant has its own database file.
    assert!(k.s.path(&format!("data/cu/kms.tenants/{a}.db")).exists());
    assert!(k.s.path(&format!("data/cu/kms.tenants/{b}.db")).exists());
    for bad in [
        "not-a-uuid",
        "3F2504E0-4F89-41D3-9A0C-0305E82C3301",
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    ] {
        assert_eq!(
            k.fails(&["kms", "key", "list", "--tenant", bad], None),
            "bad_request",
            "{bad}"
        );
    }
}

#[test]
fn a_wrong_unseal_secret_changes_nothing() {
    let k = Kms::new();
    k.ok(
        &["kms", "key", "create", "a", "--type", "aes-256-gcm"],
        None,
    );
    let before = k.store_files();
    k.s.write("wrong.key", [7u8; 32]);
    let wrong = k.s.path("wrong.key");
    let wrong = wrong.to_str().unwrap();
    for args in [
        vec!["kms", "key", "list", "--unseal-file", wrong],
        vec![
            "kms",
            "key",
            "create",
            "b",
            "--type",
            "aes-256-gcm",
            "--unseal-file",
            wrong,
        ],
        vec!["kms", "rotate-root", "--unseal-file", wrong],
        vec!["kms", "encrypt", "a", "--unseal-file", wrong],
    ] {
        assert_eq!(
            k.fails(&args, Some(b"x")),
            "wrong_unseal_secret",
            "{args:?}"
        );
    }
    assert!(
        k.store_files() == before,
        "a refused command changed the store"
    );
    // A passphrase where a secret file is expected is refused the same way.
    k.s.write("pass", "hunter2\n");
    let pass = k.s.path("pass");
    assert_eq!(
        k.fails(
            &[
                "kms",
                "key",
                "list",
                "--passphrase-file",
                pass.to_str().unwrap()
            ],
            None
        ),
        "wrong_unseal_secret"
    );
}

#[test]
fn passphrase_stores_work_and_reject_a_wrong_passphrase() {
    let s = Scratch::new();
    s.write("pass", "correct horse battery staple\n");
    s.write("bad", "wrong\n");
    let cu = |args: &[&str]| {
        let mut c = s.cu();
        c.args(["kms", "--store", "p.db"]).args(args);
        c
    };
    assert!(cu(&["init", "--passphrase-file", "pass"])
        .output()
        .unwrap()
        .status
        .success());
    let meta = rusqlite::Connection::open(s.path("p.db")).unwrap();
    let (kdf, iterations, salt): (String, String, String) = meta
        .query_row(
            "SELECT (SELECT value FROM meta WHERE name='kdf'), (SELECT value FROM meta WHERE name='iterations'), (SELECT value FROM meta WHERE name='salt')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (kdf.as_str(), iterations.as_str(), salt.len()),
        ("pbkdf2-hmac-sha256", "600000", 64)
    );
    assert!(cu(&[
        "key",
        "create",
        "k",
        "--type",
        "ed25519",
        "--passphrase-file",
        "-"
    ])
    .write_stdin("correct horse battery staple\n")
    .output()
    .unwrap()
    .status
    .success());
    let out = cu(&["key", "list", "--passphrase-file", "bad"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong_unseal_secret"));
}

fn needles(secret: &[u8]) -> Vec<Vec<u8>> {
    let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    vec![
        secret.to_vec(),
        secret[..16].to_vec(),
        common::b64(secret).into_bytes(),
        hex.into_bytes(),
    ]
}

#[test]
fn no_key_material_is_ever_stored_in_plaintext() {
    let k = Kms::new();
    // Known material, imported so we know what to look for.
    let aes: Vec<u8> = (0u8..32)
        .map(|i| i.wrapping_mul(37).wrapping_add(11))
        .collect();
    let hmac: Vec<u8> = (0u8..64)
        .map(|i| i.wrapping_mul(91).wrapping_add(5))
        .collect();
    k.s.write("aes.bin", &aes);
    k.s.write("hmac.bin", &hmac);
    let key = Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-outform",
            "DER",
        ])
        .output()
        .unwrap()
        .stdout;
    k.s.write("ec.der", &key);
    k.ok(
        &[
            "kms",
            "key",
            "import",
            "aes",
            "--type",
            "aes-256-gcm",
            "--in",
            k.s.path("aes.bin").to_str().unwrap(),
        ],
        None,
    );
    k.ok(
        &[
            "kms",
            "key",
            "import",
            "mac",
            "--type",
            "hmac-sha512",
            "--in",
            k.s.path("hmac.bin").to_str().unwrap(),
        ],
        None,
    );
    k.ok(
        &[
            "kms",
            "key",
            "import",
            "ec",
            "--type",
            "ec-p256",
            "--in",
            k.s.path("ec.der").to_str().unwrap(),
        ],
        None,
    );
    let d = Command::new("openssl")
        .args([
            "ec",
            "-inform",
            "DER",
            "-in",
            k.s.path("ec.der").to_str().unwrap(),
            "-no_public",
            "-outform",
            "DER",
        ])
        .output()
        .unwrap()
        .stdout;
    // The EC private scalar sits at a fixed place in SEC1 DER: 30 .. 02 01 01 04 20 <32 bytes>.
    let scalar = d[7..39].to_vec();
    let unseal = std::fs::read(k.s.path("config/cu/unseal.key")).unwrap();
    k.ok(&["kms", "rotate-intermediate"], None);
    k.ok(&["kms", "rotate-root"], None);
    let files = k.store_files();
    assert!(files.len() >= 2);
    for secret in [&aes, &hmac, &scalar, &unseal] {
        for needle in needles(secret) {
            for (name, bytes) in &files {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                    "{name} holds key material in plaintext"
                );
            }
        }
    }
    // And the imported keys work: what cu encrypts, JOSE peers decrypt with the same key.
    let jwe = k.text(&["kms", "encrypt", "aes"], Some(b"interop"));
    let jwk = serde_json::json!({"kty": "oct", "k": common::b64(&aes)});
    k.s.write("aes.jwk", jwk.to_string());
    let plain = k.text(
        &[
            "jose",
            "jwe",
            "decrypt",
            "--key",
            k.s.path("aes.jwk").to_str().unwrap(),
        ],
        Some(jwe.as_bytes()),
    );
    assert_eq!(plain, "interop");
}

#[test]
fn datakeys_and_jose_interop() {
    let k = Kms::new();
    k.ok(
        &["kms", "key", "create", "wrap", "--type", "aes-256-gcm"],
        None,
    );
    let dk = k.json(&["kms", "datakey", "wrap"], None);
    let plaintext = dk["plaintext"].as_str().unwrap();
    let unwrapped = k.json(
        &["kms", "decrypt"],
        Some(dk["wrapped"].as_str().unwrap().as_bytes()),
    );
    assert_eq!(unwrapped["plaintext"], plaintext);
    let wrapped_only = k.text(&["kms", "datakey", "wrap", "--wrapped-only"], None);
    assert_eq!(wrapped_only.trim().split('.').count(), 5);
    // The exported data key, brought into the store, makes JWEs `cu jose` opens with it.
    let raw = cu::jose::b64::decode(plaintext, "k").unwrap();
    k.s.write("dk.bin", &raw);
    k.ok(
        &[
            "kms",
            "key",
            "import",
            "byok",
            "--type",
            "aes-256-gcm",
            "--in",
            k.s.path("dk.bin").to_str().unwrap(),
        ],
        None,
    );
    let jwe = k.text(
        &["kms", "encrypt", "byok", "--aad", "order-42"],
        Some(b"payload"),
    );
    k.s.write(
        "dk.jwk",
        serde_json::json!({"kty": "oct", "k": plaintext}).to_string(),
    );
    let out = k.text(
        &[
            "jose",
            "jwe",
            "decrypt",
            "--key",
            k.s.path("dk.jwk").to_str().unwrap(),
        ],
        Some(jwe.as_bytes()),
    );
    assert_eq!(out, "payload");
    // The AAD is bound: without it or with another, cu refuses.
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(jwe.as_bytes())),
        "decrypt_failed"
    );
    assert_eq!(
        k.fails(
            &["kms", "decrypt", "--aad", "order-43"],
            Some(jwe.as_bytes())
        ),
        "decrypt_failed"
    );
    assert_eq!(
        k.text(
            &["kms", "decrypt", "--aad", "order-42"],
            Some(jwe.as_bytes())
        ),
        "payload"
    );
}

#[test]
fn openssl_verifies_raw_signatures_with_the_exported_public_key() {
    let k = Kms::new();
    k.s.write("msg", "release 1.2.3\n");
    for (key_type, args) in [
        (
            "ec-p256",
            vec![
                "dgst",
                "-sha256",
                "-verify",
                "pub.pem",
                "-signature",
                "sig",
                "msg",
            ],
        ),
        (
            "ec-p384",
            vec![
                "dgst",
                "-sha384",
                "-verify",
                "pub.pem",
                "-signature",
                "sig",
                "msg",
            ],
        ),
        (
            "rsa-2048",
            vec![
                "dgst",
                "-sha256",
                "-verify",
                "pub.pem",
                "-signature",
                "sig",
                "msg",
            ],
        ),
        (
            "ed25519",
            vec![
                "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-in", "msg",
                "-sigfile", "sig",
            ],
        ),
    ] {
        let name = format!("s-{key_type}");
        k.ok(&["kms", "key", "create", &name, "--type", key_type], None);
        k.ok(&["kms", "key", "rotate", &name], None);
        let sig = k.ok(
            &[
                "kms",
                "sign",
                &name,
                "--raw",
                "--in",
                k.s.path("msg").to_str().unwrap(),
            ],
            None,
        );
        k.s.write("sig", &sig);
        let pem = k.ok(&["kms", "key", "public", &name, "--format", "pem"], None);
        k.s.write("pub.pem", &pem);
        let out = Command::new("openssl")
            .args(&args)
            .current_dir(k.s.dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{key_type}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let valid = k.json(
            &[
                "kms",
                "verify",
                &name,
                "--raw",
                "--signature",
                k.s.path("sig").to_str().unwrap(),
                "--in",
                k.s.path("msg").to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(valid["kid"], format!("{name}/v2"));
        // The JWKS lists both versions with their kids.
        let jwks = k.json(&["kms", "key", "public", &name], None);
        let kids: Vec<_> = jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|j| j["kid"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(kids, [format!("{name}/v1"), format!("{name}/v2")]);
    }
    // And a JWS from cu kms verifies with cu jose against that JWKS.
    let jws = k.text(&["kms", "sign", "s-ed25519"], Some(b"hello"));
    let jwks = k.ok(&["kms", "key", "public", "s-ed25519"], None);
    k.s.write("jwks.json", &jwks);
    let out = k.text(
        &[
            "jose",
            "jws",
            "verify",
            "--jwks",
            k.s.path("jwks.json").to_str().unwrap(),
        ],
        Some(jws.as_bytes()),
    );
    assert_eq!(out, "hello");
}

#[test]
fn derive_agrees_with_openssl() {
    let k = Kms::new();
    k.ok(&["kms", "key", "create", "ex", "--type", "ecdh-p256"], None);
    let pem = k.ok(&["kms", "key", "public", "ex", "--format", "pem"], None);
    k.s.write("ours.pub", &pem);
    let dir = k.s.dir.path();
    let sh = |args: &[&str]| {
        assert!(
            Command::new("openssl")
                .args(args)
                .current_dir(dir)
                .output()
                .unwrap()
                .status
                .success(),
            "{args:?}"
        )
    };
    sh(&[
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-out",
        "peer.key",
    ]);
    sh(&["pkey", "-in", "peer.key", "-pubout", "-out", "peer.pub"]);
    sh(&[
        "pkeyutl",
        "-derive",
        "-inkey",
        "peer.key",
        "-peerkey",
        "ours.pub",
        "-out",
        "shared.bin",
    ]);
    let shared = std::fs::read(dir.join("shared.bin")).unwrap();
    let hex: String = shared.iter().map(|b| format!("{b:02x}")).collect();
    let hexkey = format!("hexkey:{hex}");
    let out = Command::new("openssl")
        .args([
            "kdf",
            "-keylen",
            "32",
            "-kdfopt",
            "digest:SHA256",
            "-kdfopt",
            &hexkey,
            "-kdfopt",
            "salt:s",
            "-kdfopt",
            "info:i",
            "-binary",
            "HKDF",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let ours = k.json(
        &[
            "kms",
            "derive",
            "ex",
            "--peer",
            dir.join("peer.pub").to_str().unwrap(),
            "--salt",
            "s",
            "--info",
            "i",
        ],
        None,
    );
    assert_eq!(ours["key"], common::b64(&out.stdout));
}

#[test]
fn streams_round_trip_and_detect_tampering() {
    let k = Kms::new();
    k.ok(
        &["kms", "key", "create", "bulk", "--type", "aes-256-gcm"],
        None,
    );
    let mut data = vec![0u8; 3 * 65536 + 123];
    for (i, b) in data.iter_mut().enumerate() {
        *b = (i * 31 % 251) as u8;
    }
    k.s.write("big", &data);
    let big = k.s.path("big");
    let enc = k.s.path("big.enc");
    let dec = k.s.path("big.dec");
    k.ok(
        &[
            "kms",
            "encrypt",
            "bulk",
            "--stream",
            "--in",
            big.to_str().unwrap(),
            "--out",
            enc.to_str().unwrap(),
        ],
        None,
    );
    k.ok(
        &[
            "kms",
            "decrypt",
            "--stream",
            "--in",
            enc.to_str().unwrap(),
            "--out",
            dec.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(std::fs::read(&dec).unwrap(), data);
    let sealed = std::fs::read(&enc).unwrap();
    let header_end = sealed.iter().skip(16).position(|b| *b == b'\n').unwrap() + 17;
    let block = 65536 + 16;
    let mut cases: Vec<(&str, Vec<u8>)> = Vec::new();
    cases.push((
        "truncated at a chunk boundary",
        sealed[..header_end + 2 * block].to_vec(),
    ));
    cases.push((
        "truncated inside a chunk",
        sealed[..sealed.len() - 7].to_vec(),
    ));
    let mut swapped = sealed.clone();
    let (a, b) = (header_end, header_end + block);
    let first: Vec<u8> = swapped[a..a + block].to_vec();
    let second: Vec<u8> = swapped[b..b + block].to_vec();
    swapped[a..a + block].copy_from_slice(&second);
    swapped[b..b + block].copy_from_slice(&first);
    cases.push(("chunks reordered", swapped));
    let mut flipped = sealed.clone();
    flipped[header_end + 100] ^= 1;
    cases.push(("a bit flipped", flipped));
    let mut extended = sealed.clone();
    extended.extend_from_slice(&sealed[header_end..header_end + block]);
    cases.push(("a chunk appended", extended));
    let mut header = sealed.clone();
    header[20] ^= 1;
    cases.push(("header changed", header));
    for (what, bytes) in cases {
        k.s.write("bad.enc", &bytes);
        let reason = k.fails(
            &[
                "kms",
                "decrypt",
                "--stream",
                "--in",
                k.s.path("bad.enc").to_str().unwrap(),
                "--out",
                k.s.path("bad.dec").to_str().unwrap(),
            ],
            None,
        );
        assert!(
            reason == "decrypt_failed" || reason == "malformed",
            "{what}: {reason}"
        );
        assert!(
            !k.s.path("bad.dec").exists(),
            "{what}: a partial plaintext was left behind"
        );
    }
}

#[test]
fn bad_input_gets_exit_2_and_a_reason() {
    let k = Kms::new();
    k.ok(
        &["kms", "key", "create", "aes", "--type", "aes-256-gcm"],
        None,
    );
    k.ok(&["kms", "key", "create", "ed", "--type", "ed25519"], None);
    let jwe = k.text(&["kms", "encrypt", "aes"], Some(b"x"));
    let mut parts: Vec<String> = jwe.trim().split('.').map(str::to_string).collect();
    parts[3] = common::b64(b"tampered!");
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(parts.join(".").as_bytes())),
        "decrypt_failed"
    );
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(b"not a jwe")),
        "malformed"
    );
    let v9 = jwe.trim().split('.').collect::<Vec<_>>();
    let header = common::b64(r#"{"alg":"A256KW","enc":"A256GCM","kid":"aes/v9"}"#);
    let forged = format!("{header}.{}.{}.{}.{}", v9[1], v9[2], v9[3], v9[4]);
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(forged.as_bytes())),
        "unknown_version"
    );
    assert_eq!(
        k.fails(&["kms", "sign", "aes"], Some(b"x")),
        "wrong_key_type"
    );
    assert_eq!(
        k.fails(&["kms", "encrypt", "ed"], Some(b"x")),
        "wrong_key_type"
    );
    assert_eq!(
        k.fails(&["kms", "encrypt", "nope"], Some(b"x")),
        "unknown_key"
    );
    assert_eq!(
        k.fails(
            &["kms", "key", "create", "aes", "--type", "aes-256-gcm"],
            None
        ),
        "key_exists"
    );
    assert_eq!(
        k.fails(
            &["kms", "key", "create", "bad/name", "--type", "aes-256-gcm"],
            None
        ),
        "bad_request"
    );
    assert_eq!(
        k.fails(
            &[
                "kms",
                "decrypt",
                "--stream",
                "--out",
                k.s.path("o").to_str().unwrap()
            ],
            Some(b"short")
        ),
        "malformed"
    );
    assert_eq!(k.fails(&["kms", "key", "delete", "aes"], None), "cu::usage");
    k.ok(&["kms", "key", "delete", "aes", "--force"], None);
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(jwe.as_bytes())),
        "unknown_key"
    );
    // A file that is not a store.
    k.s.write("junk.db", b"SQLite format 3\0 but not really");
    assert_eq!(
        k.fails(
            &[
                "kms",
                "--store",
                k.s.path("junk.db").to_str().unwrap(),
                "key",
                "list"
            ],
            None
        ),
        "not_a_store"
    );
    k.s.write("text.db", b"hello");
    assert_eq!(
        k.fails(
            &[
                "kms",
                "--store",
                k.s.path("text.db").to_str().unwrap(),
                "key",
                "list"
            ],
            None
        ),
        "not_a_store"
    );
    assert_eq!(
        k.fails(
            &[
                "kms",
                "--store",
                k.s.path("missing.db").to_str().unwrap(),
                "key",
                "list"
            ],
            None
        ),
        "no_store"
    );
}

#[test]
fn batches_answer_every_line_in_order() {
    let k = Kms::new();
    k.ok(
        &["kms", "key", "create", "aes", "--type", "aes-256-gcm"],
        None,
    );
    k.ok(&["kms", "key", "create", "sig", "--type", "ec-p256"], None);
    let input = "{\"text\":\"one\"}\n{\"plaintext\":\"dHdv\"}\nnot json\n{\"text\":\"four\"}\n";
    let mut c = k.cmd();
    let out = c
        .args(["kms", "encrypt", "aes", "--batch"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "one bad line of four is a partial success"
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[2]["ok"], false);
    let cts: String = lines
        .iter()
        .filter(|l| l["ok"] == true)
        .map(|l| format!("{}\n", l["ciphertext"].as_str().unwrap()))
        .collect();
    let out = k.ok(&["kms", "decrypt", "--batch"], Some(cts.as_bytes()));
    let texts: Vec<String> = String::from_utf8_lossy(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(texts, ["one", "two", "four"]);
    let signed = k.ok(
        &["kms", "sign", "sig", "--batch"],
        Some(b"{\"text\":\"a\"}\n{\"text\":\"b\"}\n"),
    );
    let jws: String = String::from_utf8_lossy(&signed)
        .lines()
        .map(|l| {
            format!(
                "{}\n",
                serde_json::from_str::<Value>(l).unwrap()["jws"]
                    .as_str()
                    .unwrap()
            )
        })
        .collect();
    k.ok(&["kms", "verify", "sig", "--batch"], Some(jws.as_bytes()));
    let mut c = k.cmd();
    let out = c
        .args(["kms", "verify", "sig", "--batch"])
        .write_stdin("garbage\nmore garbage\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "no line verified");
}

#[test]
fn eight_processes_at_once_lose_nothing() {
    let k = Kms::new();
    k.ok(
        &["kms", "key", "create", "shared", "--type", "aes-256-gcm"],
        None,
    );
    let exe = assert_cmd::cargo::cargo_bin("cu");
    let children: Vec<_> = (0..8)
        .map(|p| {
            let script = format!(
                "set -e; for i in 1 2 3 4 5; do \"$CU\" kms key create p{p}-k$i --type aes-256-gcm >/dev/null; echo p{p}-$i | \"$CU\" kms encrypt shared > /dev/null; done; \"$CU\" kms key rotate shared > /dev/null"
            );
            Command::new("bash")
                .arg("-c")
                .arg(script)
                .env("CU", &exe)
                .env("XDG_CONFIG_HOME", k.s.path("config"))
                .env("XDG_DATA_HOME", k.s.path("data"))
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let list = k.json(&["kms", "key", "list"], None);
    assert_eq!(list["keys"].as_array().unwrap().len(), 41);
    let shared = k.json(&["kms", "key", "show", "shared"], None);
    assert_eq!(
        shared["primary_version"], 9,
        "eight concurrent rotations give eight versions"
    );
}

#[test]
fn a_killed_process_leaves_a_sound_store_with_every_reported_key() {
    let k = Kms::new();
    let exe = assert_cmd::cargo::cargo_bin("cu");
    let script = "i=0; while true; do i=$((i+1)); \"$CU\" kms key create crash-$i --type ec-p256 >/dev/null && echo crash-$i; done";
    let child = Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("CU", &exe)
        .env("XDG_CONFIG_HOME", k.s.path("config"))
        .env("XDG_DATA_HOME", k.s.path("data"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    // SIGKILL the whole group: the shell and whichever `cu` is mid-write.
    let pid = child.id() as i32;
    Command::new("pkill")
        .args(["-KILL", "-P", &pid.to_string()])
        .status()
        .unwrap();
    Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let reported: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert!(
        reported.len() >= 3,
        "too few keys created to test: {reported:?}"
    );
    for file in [
        k.s.path("data/cu/kms.db"),
        k.s.path("data/cu/kms.tenants/00000000-0000-4000-8000-000000000000.db"),
    ] {
        let conn = rusqlite::Connection::open(&file).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{}", file.display());
    }
    let list = k.json(&["kms", "key", "list"], None);
    let names: Vec<&str> = list["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap())
        .collect();
    for r in &reported {
        assert!(
            names.contains(&r.as_str()),
            "{r} was reported created but is gone"
        );
    }
    k.ok(
        &[
            "kms",
            "key",
            "create",
            "after-crash",
            "--type",
            "aes-256-gcm",
        ],
        None,
    );
}

#[test]
fn eight_processes_creating_a_new_tenant_at_once() {
    let k = Kms::new();
    let tenant = "5b1f0c1e-2a3b-4c5d-8e9f-a0b1c2d3e4f5";
    let exe = assert_cmd::cargo::cargo_bin("cu");
    let children: Vec<_> = (0..8)
        .map(|p| {
            Command::new(&exe)
                .args([
                    "kms",
                    "key",
                    "create",
                    &format!("k{p}"),
                    "--type",
                    "aes-256-gcm",
                    "--tenant",
                    tenant,
                ])
                .env("XDG_CONFIG_HOME", k.s.path("config"))
                .env("XDG_DATA_HOME", k.s.path("data"))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let list = k.json(&["kms", "key", "list", "--tenant", tenant], None);
    assert_eq!(list["keys"].as_array().unwrap().len(), 8);
}

/// A long-running process (a server) must see a version disabled by another process, even
/// after it has used and cached that version.
#[test]
fn a_cached_version_disabled_elsewhere_stops_working() {
    use cu::kms::store::{self, Store, Unseal};
    use cu::kms::{ops, KeyType, DEFAULT_TENANT};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kms.db");
    let unseal = || Unseal::Secret(zeroize::Zeroizing::new(vec![9u8; 32]));
    store::init(&path, &unseal(), 0).unwrap();
    let mut server = Store::open(&path, &unseal(), Some(DEFAULT_TENANT), true, 0).unwrap();
    server.create_key("k", KeyType::Aes256Gcm, None, 0).unwrap();
    let old = ops::encrypt(&mut server, "k", b"v1 data", None).unwrap();
    server.rotate_key("k", 0).unwrap();
    assert_eq!(
        &ops::decrypt(&mut server, &old, None).unwrap().0[..],
        b"v1 data"
    );
    let mut admin = Store::open(&path, &unseal(), Some(DEFAULT_TENANT), false, 0).unwrap();
    admin.set_version_enabled("k", 1, false).unwrap();
    let err = ops::decrypt(&mut server, &old, None).err().unwrap();
    assert_eq!(err.reason.as_str(), "version_disabled");
}

/// SIGKILL storm: root rotations, intermediate rotations, key and tenant creations and
/// encryptions are started together and killed at random moments, round after round. Every
/// key and ciphertext a process reported must survive, every tenant (including those whose
/// creation was killed) must be usable, and a last root rotation must complete.
#[test]
fn a_sigkill_storm_during_rotations_loses_nothing_reported() {
    use std::collections::BTreeMap;
    let k = Kms::new();
    let exe = assert_cmd::cargo::cargo_bin("cu");
    let random_below = |n: u64| {
        let mut b = [0u8; 8];
        getrandom::fill(&mut b).unwrap();
        u64::from_le_bytes(b) % n
    };
    let tenant_id = |i: usize| format!("{i:08x}-0000-4000-8000-000000000000");
    // tenant -> reported key names; (tenant, ciphertext, plaintext) reported.
    let mut keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut ciphertexts: Vec<(String, String, String)> = Vec::new();
    // The kill window is calibrated on this machine: a window much longer than a command
    // lets most commands finish before their kill, and a fast machine then kills too few.
    let mut durations = Vec::new();
    for i in 0..12 {
        let t = tenant_id(i);
        let began = std::time::Instant::now();
        k.ok(
            &[
                "kms",
                "key",
                "create",
                "k0",
                "--type",
                "aes-256-gcm",
                "--tenant",
                &t,
            ],
            None,
        );
        durations.push(began.elapsed().as_millis() as u64);
        let ct = k.text(&["kms", "encrypt", "k0", "--tenant", &t], Some(b"seed"));
        keys.entry(t.clone()).or_default().push("k0".into());
        ciphertexts.push((t, ct, "seed".into()));
    }
    let mut attempted_tenants: Vec<String> = keys.keys().cloned().collect();
    durations.sort_unstable();
    // Five processes share the cores, so each runs several times longer than alone.
    let window = (durations[durations.len() / 2] * 4).clamp(20, 250);
    let (mut kills, mut finished, mut round) = (0, 0, 0);
    // At least 30 rounds and 20 kills, whichever comes last (bounded).
    while round < 30 || (kills < 20 && round < 300) {
        round += 1;
        let new_tenant = tenant_id(100 + round);
        attempted_tenants.push(new_tenant.clone());
        let some_tenant = tenant_id(random_below(12) as usize);
        let name = format!("r{round}");
        let plaintext = format!("round {round}");
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        let jobs: Vec<(&str, Vec<String>, Option<String>)> = vec![
            ("rotate-root", args(&["kms", "rotate-root"]), None),
            (
                "rotate-intermediate",
                args(&["kms", "rotate-intermediate", "--tenant", &some_tenant]),
                None,
            ),
            (
                "create",
                args(&[
                    "kms",
                    "key",
                    "create",
                    &name,
                    "--type",
                    "aes-256-gcm",
                    "--tenant",
                    &new_tenant,
                ]),
                None,
            ),
            (
                "create-existing",
                args(&[
                    "kms",
                    "key",
                    "create",
                    &name,
                    "--type",
                    "aes-256-gcm",
                    "--tenant",
                    &some_tenant,
                ]),
                None,
            ),
            (
                "encrypt",
                args(&["kms", "encrypt", "k0", "--tenant", &some_tenant]),
                Some(plaintext.clone()),
            ),
        ];
        let mut children: Vec<_> = jobs
            .into_iter()
            .map(|(what, args, stdin)| {
                let mut child = Command::new(&exe)
                    .args(&args)
                    .env("XDG_CONFIG_HOME", k.s.path("config"))
                    .env("XDG_DATA_HOME", k.s.path("data"))
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                {
                    use std::io::Write;
                    let mut input = child.stdin.take().unwrap();
                    let _ = input.write_all(stdin.unwrap_or_default().as_bytes());
                }
                (what, child, random_below(window))
            })
            .collect();
        let started = std::time::Instant::now();
        children.sort_by_key(|(_, _, at)| *at);
        let mut outcomes = Vec::new();
        for (what, mut child, at) in children {
            let wait = std::time::Duration::from_millis(at).saturating_sub(started.elapsed());
            std::thread::sleep(wait);
            if child.try_wait().unwrap().is_none() {
                let _ = child.kill(); // SIGKILL
                kills += 1;
            }
            let out = child.wait_with_output().unwrap();
            outcomes.push((what, out));
        }
        for (what, out) in outcomes {
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) => {
                    finished += 1;
                    match what {
                        "create" => keys
                            .entry(new_tenant.clone())
                            .or_default()
                            .push(name.clone()),
                        "create-existing" => keys
                            .entry(some_tenant.clone())
                            .or_default()
                            .push(name.clone()),
                        "encrypt" => ciphertexts.push((
                            some_tenant.clone(),
                            String::from_utf8(out.stdout).unwrap(),
                            plaintext.clone(),
                        )),
                        _ => {}
                    }
                }
                // Killed, or refused honestly (two creations of one name): never damage.
                None => {}
                Some(code) => {
                    assert!(
                        !stderr.contains("store_damaged")
                            && !stderr.contains("does not open")
                            && !stderr.contains("missing"),
                        "round {round}: {what} exit {code}: {stderr}"
                    );
                }
            }
        }
    }
    eprintln!(
        "storm: {round} rounds, kill window {window} ms, {kills} processes killed mid-run, {finished} finished"
    );
    assert!(kills >= 20, "too few kills to mean anything: {kills}");
    k.ok(&["kms", "rotate-root"], None);
    for (tenant, names) in &keys {
        let list = k.json(&["kms", "key", "list", "--tenant", tenant], None);
        let have: Vec<&str> = list["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["name"].as_str().unwrap())
            .collect();
        for n in names {
            assert!(
                have.contains(&n.as_str()),
                "{tenant}/{n} was reported created but is gone"
            );
        }
    }
    for (tenant, ct, plaintext) in &ciphertexts {
        let got = k.text(&["kms", "decrypt", "--tenant", tenant], Some(ct.as_bytes()));
        assert_eq!(&got, plaintext);
    }
    // Every tenant whose creation was started, killed or not, can be used now.
    for tenant in &attempted_tenants {
        k.ok(
            &[
                "kms",
                "key",
                "create",
                "after",
                "--type",
                "hmac-sha256",
                "--tenant",
                tenant,
            ],
            None,
        );
    }
    // No file is left that is not a complete tenant.
    for entry in std::fs::read_dir(k.s.path("data/cu/kms.tenants")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("db") {
            continue;
        }
        let conn = rusqlite::Connection::open(&path).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{}", path.display());
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, 1, "{} is not set up", path.display());
    }
    let conn = rusqlite::Connection::open(k.s.path("data/cu/kms.db")).unwrap();
    let roots: i64 = conn
        .query_row("SELECT COUNT(*) FROM root_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(roots, 1, "a completed rotation leaves one root version");
}
