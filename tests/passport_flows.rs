//! `cu passport` end to end through the real binary: issue and verify in both forms, every
//! reason code with exit 2, batches with exit 0/1/2 in input order, rotation and retirement,
//! the JWKS with no store at all, attest, and a Python verifier that shares no code with cu.

mod common;

use std::path::Path;
use std::process::Command;

use common::Scratch;
use serde_json::Value;

const TENANT: &str = "00000000-0000-4000-8000-000000000000";

struct Passports {
    s: Scratch,
}

impl Passports {
    fn new() -> Passports {
        let p = Passports { s: Scratch::new() };
        p.text(&["kms", "init"], None);
        p.text(&["passport", "rotate"], None);
        p
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut c = self.s.cu();
        c.env("XDG_CONFIG_HOME", self.s.path("config"))
            .env("XDG_DATA_HOME", self.s.path("data"))
            .env_remove("CU_KMS_STORE")
            .env_remove("CU_PASSPORT_MAX_TTL");
        c
    }

    fn run(&self, args: &[&str], stdin: Option<&[u8]>) -> std::process::Output {
        let mut c = self.cmd();
        c.args(args);
        if let Some(i) = stdin {
            c.write_stdin(i.to_vec());
        }
        c.output().unwrap()
    }

    fn text(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
        let out = self.run(args, stdin);
        assert!(
            out.status.success(),
            "cu {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str], stdin: Option<&[u8]>) -> Value {
        let mut full = vec!["--output", "json"];
        full.extend_from_slice(args);
        serde_json::from_str(&self.text(&full, stdin)).unwrap()
    }

    /// Expect exit 2 with one JSON error on stderr and nothing on stdout; return the reason.
    fn reason(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
        let mut full = vec!["--output", "json"];
        full.extend_from_slice(args);
        let out = self.run(&full, stdin);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "cu {args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "cu {args:?} wrote to stdout");
        assert!(!stderr.contains("panicked"), "{stderr}");
        let doc: Value = serde_json::from_str(stderr.trim()).unwrap();
        doc["error"]["reason"].as_str().unwrap_or("").to_string()
    }

    fn issue(&self, args: &[&str]) -> String {
        let mut full = vec!["passport", "issue"];
        full.extend_from_slice(args);
        self.text(&full, None).trim().to_string()
    }
}

fn verify<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["passport", "verify"];
    v.extend_from_slice(extra);
    v
}

#[test]
fn issue_and_verify_both_forms() {
    let p = Passports::new();
    let compact = p.issue(&[
        "--sub",
        "alice",
        "--aud",
        "api",
        "--scope",
        "read",
        "--ttl",
        "15m",
        "--nonce",
        "auto",
        "--ctx",
        "region=eu",
        "--ctx",
        "n=3",
    ]);
    assert_eq!(compact.matches('.').count(), 1, "{compact}");
    let payload: Value = serde_json::from_str(&p.text(
        &verify(&["--aud", "api", "--require-scope", "read"]),
        Some(compact.as_bytes()),
    ))
    .unwrap();
    assert_eq!(payload["sub"], "alice");
    assert_eq!(payload["aud"], serde_json::json!(["api"]));
    assert_eq!(payload["ctx"], serde_json::json!({"n": 3, "region": "eu"}));
    assert_eq!(
        payload["exp"].as_i64().unwrap() - payload["iat"].as_i64().unwrap(),
        900
    );
    assert_eq!(payload["nonce"].as_str().unwrap().len(), 22);
    assert_eq!(
        payload["kid"],
        format!("ed25519/{TENANT}/default/v1").as_str()
    );

    let envelope = p.json(&["passport", "issue", "--sub", "bob", "--aud", "api"], None);
    assert_eq!(envelope["alg"], "Ed25519");
    assert_eq!(
        envelope["kid"],
        format!("ed25519/{TENANT}/default/v1").as_str()
    );
    let members: Vec<&String> = envelope.as_object().unwrap().keys().collect();
    assert_eq!(members, ["alg", "kid", "msg", "sig"]);
    let doc = p.json(
        &verify(&["--aud", "api"]),
        Some(envelope.to_string().as_bytes()),
    );
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["payload"]["sub"], "bob");
    // From a file too.
    p.s.write("p.txt", &compact);
    p.text(&verify(&["--aud", "api", "--in", "p.txt"]), None);
}

#[test]
fn every_reason_code_exits_2() {
    let p = Passports::new();
    let good = p.issue(&[
        "--sub", "alice", "--aud", "api", "--scope", "read", "--ttl", "10m",
    ]);
    let g = Some(good.as_bytes());
    assert_eq!(p.reason(&verify(&["--aud", "billing"]), g), "bad_audience");
    assert_eq!(
        p.reason(&verify(&["--aud", "api", "--require-scope", "write"]), g),
        "scope_denied"
    );
    assert_eq!(
        p.reason(
            &[
                "--now",
                "2099-01-01T00:00:00Z",
                "passport",
                "verify",
                "--aud",
                "api"
            ],
            g
        ),
        "expired"
    );
    let later = p.issue(&[
        "--sub", "alice", "--aud", "api", "--nbf", "+30m", "--ttl", "1h",
    ]);
    assert_eq!(
        p.reason(&verify(&["--aud", "api"]), Some(later.as_bytes())),
        "not_yet_valid"
    );
    // Within the skew, not yet valid is fine.
    p.text(
        &verify(&["--aud", "api", "--skew", "31m"]),
        Some(later.as_bytes()),
    );
    let (msg, sig) = good.split_once('.').unwrap();
    let mut sig_bytes = cu::jose::b64::decode(sig, "sig").unwrap();
    sig_bytes[10] ^= 4;
    let tampered = format!("{msg}.{}", common::b64(&sig_bytes));
    assert_eq!(
        p.reason(&verify(&["--aud", "api"]), Some(tampered.as_bytes())),
        "bad_signature"
    );
    assert_eq!(
        p.reason(&verify(&["--aud", "api"]), Some(b"not a passport")),
        "malformed"
    );
    assert_eq!(p.reason(&verify(&["--aud", "api"]), Some(b"")), "malformed");
    let rs256 = serde_json::json!({"alg": "RS256", "kid": "k", "msg": msg, "sig": sig});
    assert_eq!(
        p.reason(
            &verify(&["--aud", "api"]),
            Some(rs256.to_string().as_bytes())
        ),
        "bad_alg"
    );
    assert_eq!(
        p.reason(&verify(&["--aud", "api", "--max-size", "100"]), g),
        "too_large"
    );
    // Another tenant's store does not know this kid.
    let other = "5b0f3a8e-1c2d-4e5f-9a6b-7c8d9e0f1a2b";
    p.text(&["passport", "rotate", "--tenant", other], None);
    assert_eq!(
        p.reason(&verify(&["--aud", "api", "--tenant", other]), g),
        "unknown_kid"
    );
    // No audience: a usage error unless asked for.
    let out = p.run(&verify(&[]), g);
    assert_eq!(out.status.code(), Some(2));
    p.text(&verify(&["--no-audience-check"]), g);
}

#[test]
fn issuing_refuses_what_it_cannot_honour() {
    let p = Passports::new();
    assert_eq!(
        p.reason(
            &["passport", "issue", "--sub", "a", "--aud", "api", "--ttl", "2d"],
            None
        ),
        "bad_request"
    );
    p.issue(&[
        "--sub",
        "a",
        "--aud",
        "api",
        "--ttl",
        "2d",
        "--max-ttl",
        "7d",
    ]);
    let out = p
        .cmd()
        .env("CU_PASSPORT_MAX_TTL", "5m")
        .args(["passport", "issue", "--sub", "a", "--aud", "api"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "the env maximum applies");
    assert_eq!(
        p.reason(
            &[
                "passport",
                "issue",
                "--sub",
                "a",
                "--aud",
                "api",
                "--keyring",
                "nope"
            ],
            None
        ),
        "unknown_keyring"
    );
    assert_eq!(
        p.reason(
            &["passport", "issue", "--sub", "a", "--aud", "api", "--nbf", "+2h", "--ttl", "1h"],
            None
        ),
        "bad_request"
    );
    assert_eq!(
        p.reason(
            &[
                "passport",
                "issue",
                "--sub",
                "a",
                "--aud",
                "api",
                "--keyring",
                "a/b"
            ],
            None
        ),
        "bad_request"
    );
}

#[test]
fn batch_answers_every_line_in_order() {
    let p = Passports::new();
    let a = p.issue(&["--sub", "a", "--aud", "api"]);
    let b = p.json(&["passport", "issue", "--sub", "b", "--aud", "api"], None);
    let c = p.issue(&["--sub", "c", "--aud", "billing"]);
    let input = format!("{a}\n{b}\n\ngarbage\n{c}\n");
    let out = p.run(
        &verify(&["--batch", "--aud", "api"]),
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1), "some passed: exit 1");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "blank lines are skipped");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["ok"], true);
    assert_eq!(lines[0]["payload"]["sub"], "a");
    assert_eq!(lines[1]["payload"]["sub"], "b");
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[2]["error"]["reason"], "malformed");
    assert_eq!(lines[3]["line"], 5);
    assert_eq!(lines[3]["error"]["reason"], "bad_audience");

    let all_good = format!("{a}\n{b}\n");
    let out = p.run(
        &verify(&["--batch", "--aud", "api"]),
        Some(all_good.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    let out = p.run(
        &verify(&["--batch", "--aud", "nobody"]),
        Some(all_good.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2), "none passed: exit 2");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);
}

#[test]
fn batch_issue_pipes_into_batch_verify() {
    let p = Passports::new();
    let requests = "{\"sub\":\"a\"}\n{\"sub\":\"b\",\"scopes\":[\"read\"],\"ttl\":\"5m\"}\n{\"sub\":\"c\",\"aud\":[\"billing\"]}\n";
    let issued = p.text(
        &["passport", "issue", "--batch", "--aud", "api"],
        Some(requests.as_bytes()),
    );
    assert_eq!(issued.lines().count(), 3);
    let out = p.run(
        &verify(&["--batch", "--aud", "api"]),
        Some(issued.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let reasons: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["ok"].clone())
        .collect();
    assert_eq!(reasons, [true, true, false]);
    // One bad request fails the whole run, and nothing is printed.
    let bad = "{\"sub\":\"a\"}\n{\"sub\":\"b\",\"ttl\":\"30d\"}\n";
    assert_eq!(
        p.reason(
            &["passport", "issue", "--batch", "--aud", "api"],
            Some(bad.as_bytes())
        ),
        "bad_request"
    );
    let unknown = "{\"sub\":\"a\",\"admin\":true}\n";
    let out = p.run(
        &["passport", "issue", "--batch", "--aud", "api"],
        Some(unknown.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn rotation_keeps_old_passports_until_retired() {
    let p = Passports::new();
    let v1 = p.issue(&["--sub", "a", "--aud", "api"]);
    let rotated = p.json(&["passport", "rotate"], None);
    assert_eq!(rotated["version"], 2);
    let v2 = p.issue(&["--sub", "b", "--aud", "api"]);
    assert!(p
        .text(&verify(&["--aud", "api"]), Some(v2.as_bytes()))
        .contains("/default/v2"));
    p.text(&verify(&["--aud", "api"]), Some(v1.as_bytes()));
    let jwks = p.json(&["passport", "keys"], None);
    let kids: Vec<&str> = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap())
        .collect();
    assert_eq!(
        kids,
        [
            format!("ed25519/{TENANT}/default/v1"),
            format!("ed25519/{TENANT}/default/v2")
        ]
    );
    for k in jwks["keys"].as_array().unwrap() {
        assert_eq!(k["kty"], "OKP");
        assert_eq!(k["crv"], "Ed25519");
        assert_eq!(k["alg"], "EdDSA");
        assert!(k.get("d").is_none());
    }
    // The current version cannot be retired; v1 can, and then only v1's passports fail.
    assert_eq!(
        p.reason(&["passport", "retire", "--key-version", "2"], None),
        "bad_request"
    );
    p.text(&["passport", "retire", "--key-version", "1"], None);
    assert_eq!(
        p.reason(&verify(&["--aud", "api"]), Some(v1.as_bytes())),
        "unknown_kid"
    );
    p.text(&verify(&["--aud", "api"]), Some(v2.as_bytes()));
    let attest = p.json(&["passport", "attest"], None);
    assert_eq!(attest["alg"], "Ed25519");
    assert_eq!(
        attest["current_kid"],
        format!("ed25519/{TENANT}/default/v2").as_str()
    );
    let states: Vec<&str> = attest["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["retired", "current"]);
    assert_eq!(attest["build"]["version"], env!("CARGO_PKG_VERSION"));
    assert!(attest["versions"][0]["created_at"]
        .as_str()
        .unwrap()
        .ends_with('Z'));
}

#[test]
fn a_jwks_verifies_with_no_store_at_all() {
    let p = Passports::new();
    let passport = p.issue(&["--sub", "a", "--aud", "api"]);
    p.s.write("jwks.json", p.text(&["passport", "keys"], None));
    p.s.write("p.txt", &passport);
    // No store, no unseal file: only the JWKS.
    let out =
        p.s.cu()
            .env("CU_KMS_STORE", p.s.path("nowhere.db"))
            .env("XDG_CONFIG_HOME", p.s.path("nowhere"))
            .args([
                "passport",
                "verify",
                "--aud",
                "api",
                "--jwks",
                "jwks.json",
                "--in",
                "p.txt",
            ])
            .output()
            .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A JWKS without the kid: unknown_kid. A broken JWKS: bad_key.
    p.s.write(
        "empty.json",
        r#"{"keys":[{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}]}"#,
    );
    assert_eq!(
        p.reason(
            &verify(&["--aud", "api", "--jwks", "empty.json", "--in", "p.txt"]),
            None
        ),
        "bad_key"
    );
    p.text(&["passport", "rotate", "--keyring", "other"], None);
    p.s.write(
        "other.json",
        p.text(&["passport", "keys", "--keyring", "other"], None),
    );
    assert_eq!(
        p.reason(
            &verify(&["--aud", "api", "--jwks", "other.json", "--in", "p.txt"]),
            None
        ),
        "unknown_kid"
    );
    p.s.write("broken.json", "{\"keys\": [");
    assert_eq!(
        p.reason(
            &verify(&["--aud", "api", "--jwks", "broken.json", "--in", "p.txt"]),
            None
        ),
        "bad_key"
    );
}

fn interop_script() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/passport_verify.py")
}

/// Python's `cryptography` verifies a cu passport from the JWKS alone, and recomputes the
/// RFC 8785 bytes from the payload with its own code.
#[test]
fn python_verifies_a_cu_passport() {
    let ready = Command::new("python3")
        .arg(interop_script())
        .arg("check")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ready {
        common::missing_peer("python3 with cryptography", "pip install cryptography");
        return;
    }
    let p = Passports::new();
    p.s.write("jwks.json", p.text(&["passport", "keys"], None));
    let compact = p.issue(&[
        "--sub",
        "ünïcødé \"quoted\" \\ tab\t",
        "--aud",
        "api",
        "--scope",
        "read",
        "--ctx",
        "emoji=😀",
        "--ctx",
        "nested={\"b\":[1,2,{\"\u{e9}\":null}],\"a\":true}",
        "--ctx",
        "\u{10000}=astral",
        "--ctx",
        "\u{e000}=private-use",
    ]);
    p.s.write("compact.txt", &compact);
    let envelope = p.json(&["passport", "issue", "--sub", "env", "--aud", "api"], None);
    p.s.write("envelope.json", envelope.to_string());
    for file in ["compact.txt", "envelope.json"] {
        let out = Command::new("python3")
            .arg(interop_script())
            .arg(p.s.path("jwks.json"))
            .arg(p.s.path(file))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let payload: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(payload["kid"].as_str().unwrap().starts_with("ed25519/"));
    }
    // And it refuses a tampered one (the check is not vacuous).
    let (msg, sig) = compact.split_once('.').unwrap();
    let mut m = cu::jose::b64::decode(msg, "msg").unwrap();
    let at = m.iter().position(|&b| b == b'r').unwrap();
    m[at] = b'R';
    p.s.write("tampered.txt", format!("{}.{sig}", common::b64(&m)));
    let out = Command::new("python3")
        .arg(interop_script())
        .arg(p.s.path("jwks.json"))
        .arg(p.s.path("tampered.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}
