//! `cu pki` end to end through the real binary: what it writes, what it refuses, and that
//! damaged input of any kind ends in a diagnostic and exit 2, never a panic.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::Scratch;
use serde_json::Value;

fn json(s: &Scratch, args: &[&str]) -> Value {
    let mut full = vec!["--output", "json"];
    full.extend_from_slice(args);
    serde_json::from_str(&s.ok(&full, None)).unwrap()
}

fn mode(s: &Scratch, name: &str) -> u32 {
    std::fs::metadata(s.path(name))
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

fn listing(s: &Scratch, dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(s.path(dir))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn ca_create_writes_a_correct_chain_and_never_clobbers() {
    let s = Scratch::new();
    s.ok(
        &[
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--levels",
            "4",
            "--name-prefix",
            "Acme",
        ],
        None,
    );
    for key in ["root.key", "policy-1.key", "policy-2.key", "issuing.key"] {
        assert_eq!(mode(&s, &format!("ca/{key}")), 0o600, "{key}");
    }
    assert_eq!(mode(&s, "ca/root.pem"), 0o644);
    // chain.pem: issuing first, root last; pathLen decreases to 0 at the issuing CA.
    let chain = json(&s, &["pki", "inspect", "ca/chain.pem"]);
    let objects = chain["objects"].as_array().unwrap();
    let names: Vec<_> = objects
        .iter()
        .map(|o| o["subject"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "O=Acme, CN=Acme Issuing CA",
            "O=Acme, CN=Acme Policy 2 CA",
            "O=Acme, CN=Acme Policy 1 CA",
            "O=Acme, CN=Acme Root CA"
        ]
    );
    for (i, o) in objects.iter().enumerate() {
        assert_eq!(o["basic_constraints"]["ca"], true);
        assert_eq!(o["basic_constraints"]["path_len"], i as u64);
        let bc = o["extensions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == "basicConstraints")
            .unwrap();
        assert_eq!(bc["critical"], true);
        assert_eq!(
            o["key_usage"],
            serde_json::json!(["digitalSignature", "keyCertSign", "cRLSign"])
        );
        assert!(o["subject_key_id"].is_string());
        if i + 1 < objects.len() {
            // Each CA's AKI is its parent's SKI.
            assert_eq!(
                o["authority_key_id"]["key_id"],
                objects[i + 1]["subject_key_id"]
            );
        }
    }
    let before = listing(&s, "ca");
    assert_eq!(
        s.fails_with(&["pki", "ca", "create", "--out-dir", "ca"], None),
        "cu::io::write"
    );
    assert_eq!(
        listing(&s, "ca"),
        before,
        "a refused run changed the directory"
    );
    s.ok(
        &[
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--levels",
            "4",
            "--force",
        ],
        None,
    );
    assert_ne!(listing(&s, "ca"), before);
}

#[test]
fn spec_file_sets_names_and_constraints_that_verify_enforces() {
    let s = Scratch::new();
    s.write("spec.yaml", "key_type: ec-p384\nlevels:\n  - name: root\n    subject: {CN: Corp Root, O: Corp, C: US}\n    validity: 20y\n  - name: issuing\n    subject: {CN: Corp Issuing, O: Corp}\n    validity: 5y\n    name_constraints: {permitted_dns: [corp.test], permitted_ip: [10.0.0.0/8]}\n");
    let out = json(
        &s,
        &[
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--spec",
            "spec.yaml",
        ],
    );
    assert_eq!(out["levels"][0]["subject"], "C=US, O=Corp, CN=Corp Root");
    assert_eq!(out["levels"][1]["key_type"], "ec-p384");
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "api.corp.test",
            "--san",
            "ip:10.1.1.1",
            "--out-dir",
            ".",
        ],
        None,
    );
    s.ok(
        &[
            "pki",
            "verify",
            "--roots",
            "ca/root.pem",
            "--ip",
            "10.1.1.1",
            "api.corp.test.chain.pem",
        ],
        None,
    );
    // The CA refuses to issue what its own constraints forbid, and writes nothing.
    assert_eq!(
        s.fails_with(
            &[
                "pki",
                "cert",
                "issue",
                "--ca",
                "ca",
                "--cn",
                "api.other.test",
                "--out-dir",
                ".",
            ],
            None
        ),
        "name_constraints"
    );
    assert!(!s.path("api.other.test.pem").exists());
    // Minted by another tool with the same CA key, verify still refuses it.
    if common::peer("openssl") {
        s.write(
            "ext.cnf",
            "subjectAltName=DNS:api.other.test\nauthorityKeyIdentifier=keyid\nbasicConstraints=critical,CA:false\nextendedKeyUsage=serverAuth\n",
        );
        let openssl = |args: &[&str]| s.peer_ok("openssl", args);
        let key = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
        ];
        let csr = [
            "-keyout",
            "other.key",
            "-subj",
            "/CN=api.other.test",
            "-out",
            "other.csr",
        ];
        openssl(&[&["req", "-new"][..], &key, &csr].concat());
        let ca = [
            "-CA",
            "ca/issuing.pem",
            "-CAkey",
            "ca/issuing.key",
            "-CAcreateserial",
        ];
        openssl(
            &[
                &["x509", "-req", "-in", "other.csr", "-days", "30"][..],
                &ca,
                &["-extfile", "ext.cnf", "-out", "other.pem"],
            ]
            .concat(),
        );
        for profile in ["web", "rfc5280"] {
            assert_eq!(
                s.fails_with(
                    &[
                        "pki",
                        "verify",
                        "--profile",
                        profile,
                        "--roots",
                        "ca/root.pem",
                        "--chain",
                        "ca/intermediates.pem",
                        "other.pem"
                    ],
                    None
                ),
                "name_constraints",
                "{profile}"
            );
        }
    }
    // JSON specs work too; unknown fields are refused.
    s.write(
        "spec.json",
        r#"{"levels":[{"name":"root","subject":{"CN":"J"}}]}"#,
    );
    s.ok(
        &[
            "pki",
            "ca",
            "create",
            "--out-dir",
            "j",
            "--spec",
            "spec.json",
        ],
        None,
    );
    s.write(
        "bad.json",
        r#"{"levels":[{"name":"root","subject":{"CN":"J"},"colour":"red"}]}"#,
    );
    assert_eq!(
        s.fails_with(
            &[
                "pki",
                "ca",
                "create",
                "--out-dir",
                "b",
                "--spec",
                "bad.json"
            ],
            None
        ),
        "bad_request"
    );
    assert!(!s.path("b").exists());
}

#[test]
fn leaves_csrs_and_what_a_csr_may_not_ask_for() {
    let s = Scratch::new();
    s.ok(
        &[
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--validity",
            "30d",
        ],
        None,
    );
    // A leaf cannot outlive its CA: cut, with a warning.
    let out = s
        .cu()
        .args([
            "--output",
            "json",
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "a.test",
            "--validity",
            "397d",
            "--out-dir",
            ".",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["validity_clamped"], true);
    assert!(String::from_utf8_lossy(&out.stderr).contains("validity was cut"));
    let leaf = json(&s, &["pki", "inspect", "a.test.pem"]);
    let ca = json(&s, &["pki", "inspect", "ca/issuing.pem"]);
    assert_eq!(
        leaf["objects"][0]["not_after"],
        ca["objects"][0]["not_after"]
    );
    assert_eq!(
        leaf["objects"][0]["extended_key_usage"],
        serde_json::json!(["serverAuth"])
    );
    assert_eq!(leaf["objects"][0]["basic_constraints"]["ca"], false);

    // A CSR asking for CA:true and extra SANs: neither is granted without the CA's say.
    let csr_out = std::process::Command::new("openssl")
        .args([
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            "evil.key",
            "-out",
            "evil.csr",
            "-subj",
            "/CN=evil.test",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "subjectAltName=DNS:evil.test,DNS:bank.test",
        ])
        .current_dir(s.dir.path())
        .output()
        .unwrap();
    assert!(csr_out.status.success());
    let signed = json(&s, &["pki", "csr", "sign", "--ca", "ca", "evil.csr"]);
    std::fs::write(s.path("evil.pem"), signed["pem"].as_str().unwrap()).unwrap();
    let evil = json(&s, &["pki", "inspect", "evil.pem"]);
    assert_eq!(evil["objects"][0]["basic_constraints"]["ca"], false);
    assert_eq!(
        evil["objects"][0]["subject_alt_names"],
        serde_json::json!([{"type": "dns", "value": "evil.test"}])
    );
    assert_eq!(
        signed["ignored_requests"],
        serde_json::json!(["basicConstraints CA:true"])
    );
    let copied = json(
        &s,
        &[
            "pki",
            "csr",
            "sign",
            "--ca",
            "ca",
            "--copy-sans",
            "evil.csr",
        ],
    );
    assert_eq!(
        copied["certificate"]["subject_alt_names"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // A tampered CSR is refused.
    let mut der = std::process::Command::new("openssl")
        .args(["req", "-in", "evil.csr", "-outform", "DER"])
        .current_dir(s.dir.path())
        .output()
        .unwrap()
        .stdout;
    let n = der.len();
    der[n - 10] ^= 1;
    std::fs::write(s.path("tampered.csr"), der).unwrap();
    assert_eq!(
        s.fails_with(&["pki", "csr", "sign", "--ca", "ca", "tampered.csr"], None),
        "bad_csr_signature"
    );
}

#[test]
fn der_and_stdin_work_where_pem_does() {
    let s = Scratch::new();
    s.ok(
        &["pki", "ca", "create", "--out-dir", "ca", "--format", "der"],
        None,
    );
    assert!(s.path("ca/issuing.crt").exists() && s.path("ca/root.pem").exists());
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "d.test",
            "--format",
            "der",
            "--out-dir",
            ".",
        ],
        None,
    );
    let der = std::fs::read(s.path("d.test.crt")).unwrap();
    assert_eq!(der[0], 0x30, "DER certificate");
    let inspected = json(&s, &["pki", "inspect", "d.test.key"]);
    assert_eq!(inspected["objects"][0]["type"], "private_key");
    s.ok(
        &[
            "pki",
            "verify",
            "--roots",
            "ca/root.pem",
            "--chain",
            "ca/intermediates.pem",
            "--hostname",
            "d.test",
            "d.test.crt",
        ],
        None,
    );
    // `-` reads standard input.
    let out = s.ok(
        &[
            "pki",
            "verify",
            "--roots",
            "ca/root.pem",
            "--chain",
            "ca/intermediates.pem",
            "-",
        ],
        Some(&der),
    );
    assert!(out.starts_with("valid"));
    let out = s.ok(&["--output", "json", "pki", "inspect", "-"], Some(&der));
    let v: Value = serde_json::from_str(&out).unwrap();
    // The fingerprint is SHA-256 over the DER, as openssl prints it.
    let fp = std::process::Command::new("openssl")
        .args([
            "x509",
            "-inform",
            "DER",
            "-in",
            "d.test.crt",
            "-noout",
            "-fingerprint",
            "-sha256",
        ])
        .current_dir(s.dir.path())
        .output()
        .unwrap();
    let fp = String::from_utf8_lossy(&fp.stdout)
        .trim()
        .split('=')
        .nth(1)
        .unwrap()
        .to_string();
    assert_eq!(v["objects"][0]["fingerprints"]["sha256"], fp);
    // Private keys are described, never echoed.
    let key = s.ok(&["--output", "json", "pki", "inspect", "ca/root.key"], None);
    assert!(!key.contains("PRIVATE KEY"));
    // Two inputs on stdin are refused.
    assert_eq!(
        s.fails_with(&["pki", "verify", "--roots", "-", "-"], Some(b"")),
        "cu::usage"
    );
}

#[test]
fn revocation_and_time_are_checked() {
    let s = Scratch::new();
    s.ok(&["pki", "ca", "create", "--out-dir", "ca"], None);
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "r.test",
            "--out-dir",
            ".",
        ],
        None,
    );
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "ok.test",
            "--out-dir",
            ".",
        ],
        None,
    );
    s.ok(
        &[
            "pki",
            "crl",
            "create",
            "--ca",
            "ca",
            "--revoke-cert",
            "r.test.pem",
            "--next-update",
            "1d",
            "--out",
            "i.crl",
        ],
        None,
    );
    // The CRLs of the CAs above: the root's (covering the policy CA) and the policy CA's
    // (covering the issuing CA), empty for now.
    let crl = |signer: &str, revoke: Option<&str>, out: &str| {
        let (cert, key) = (format!("ca/{signer}.pem"), format!("ca/{signer}.key"));
        let mut args = vec!["pki", "crl", "create", "--ca-cert", &cert, "--ca-key", &key];
        if let Some(r) = revoke {
            args.extend(["--revoke-cert", r]);
        }
        args.extend(["--next-update", "1d", "--out", out, "--force"]);
        s.ok(&args, None);
    };
    crl("root", None, "root.crl");
    crl("policy", None, "policy.crl");
    let base = [
        "pki",
        "verify",
        "--roots",
        "ca/root.pem",
        "--chain",
        "ca/intermediates.pem",
        "--crl",
        "i.crl",
        "--crl",
        "root.crl",
        "--crl",
        "policy.crl",
    ];
    fn with<'a>(base: &[&'a str], leaf: &'a str) -> Vec<&'a str> {
        base.iter().copied().chain([leaf]).collect()
    }
    assert_eq!(s.fails_with(&with(&base, "r.test.pem"), None), "revoked");
    s.ok(&with(&base, "ok.test.pem"), None);
    for profile in ["web", "rfc5280"] {
        let mut args = with(&base, "ok.test.pem");
        args.splice(2..2, ["--profile", profile]);
        s.ok(&args, None);
        // Only the leaf's CRL: the CAs' status is unknown, which --crl-policy require refuses.
        let only_leaf = [
            "pki",
            "verify",
            "--profile",
            profile,
            "--roots",
            "ca/root.pem",
            "--chain",
            "ca/intermediates.pem",
            "--crl",
            "i.crl",
            "ok.test.pem",
        ];
        assert_eq!(
            s.fails_with(&only_leaf, None),
            "revocation_unknown",
            "{profile}"
        );
        let mut leaf_policy = only_leaf.to_vec();
        leaf_policy.splice(2..2, ["--crl-policy", "leaf"]);
        s.ok(&leaf_policy, None);
        let mut best = only_leaf.to_vec();
        best.splice(2..2, ["--crl-policy", "best-effort"]);
        s.ok(&best, None);
    }
    // A revoked intermediate CA fails its leaves, under both profiles (RFC 5280 §6.3).
    crl("policy", Some("ca/issuing.pem"), "policy.crl");
    for profile in ["web", "rfc5280"] {
        let mut args = with(&base, "ok.test.pem");
        args.splice(2..2, ["--profile", profile]);
        assert_eq!(s.fails_with(&args, None), "revoked", "{profile}");
    }
    crl("policy", None, "policy.crl");
    // An expired CRL does not vouch for anything.
    let in_two_days = (time::OffsetDateTime::now_utc() + time::Duration::days(2))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let mut late: Vec<&str> = with(&base, "ok.test.pem");
    late.extend(["--at", &in_two_days]);
    assert_eq!(s.fails_with(&late, None), "expired");
    let mut late_text = s.cu();
    late_text.args(&late);
    let stderr = String::from_utf8_lossy(&late_text.output().unwrap().stderr).to_string();
    assert!(stderr.contains("CRL"), "{stderr}");
    let mut past = with(&base, "ok.test.pem");
    past.truncate(past.len() - 1);
    past.extend(["--at", "2000-01-01T00:00:00Z", "ok.test.pem"]);
    assert_eq!(s.fails_with(&past, None), "not_yet_valid");
}

#[test]
fn p12_round_trip_and_wrong_password() {
    let s = Scratch::new();
    s.ok(&["pki", "ca", "create", "--out-dir", "ca"], None);
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "p.test",
            "--out-dir",
            ".",
        ],
        None,
    );
    s.write("pw", "s3cret\n");
    s.ok(
        &[
            "pki",
            "p12",
            "export",
            "--cert",
            "p.test.chain.pem",
            "--key",
            "p.test.key",
            "--password-file",
            "pw",
            "--out",
            "p.p12",
        ],
        None,
    );
    assert_eq!(mode(&s, "p.p12"), 0o600);
    // The password may come on stdin.
    s.ok(
        &[
            "pki",
            "p12",
            "import",
            "p.p12",
            "--password-file",
            "-",
            "--out-dir",
            "back",
        ],
        Some(b"s3cret\n"),
    );
    assert_eq!(s.read("back/p.test.pem"), s.read("p.test.pem"));
    assert_eq!(mode(&s, "back/p.test.key"), 0o600);
    s.write("bad", "nope");
    assert_eq!(
        s.fails_with(
            &[
                "pki",
                "p12",
                "import",
                "p.p12",
                "--password-file",
                "bad",
                "--out-dir",
                "x"
            ],
            None
        ),
        "bad_password"
    );
    assert!(!s.path("x").exists());
}

/// Damaged certificates, keys, CSRs and CRLs: every byte flip, truncation and junk file ends
/// in exit 0 (a flip in an unchecked field) or 2 with a JSON diagnostic, never a panic.
#[test]
fn damaged_inputs_never_panic() {
    let s = Scratch::new();
    s.ok(
        &["pki", "ca", "create", "--out-dir", "ca", "--levels", "2"],
        None,
    );
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "m.test",
            "--format",
            "der",
            "--out-dir",
            ".",
        ],
        None,
    );
    s.ok(
        &[
            "pki", "crl", "create", "--ca", "ca", "--revoke", "01", "--out", "c.crl",
        ],
        None,
    );
    let cert = std::fs::read(s.path("m.test.crt")).unwrap();
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"-----BEGIN CERTIFICATE-----\n".to_vec(),
        b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n".to_vec(),
        b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".to_vec(),
        std::fs::read(s.path("c.crl")).unwrap()[..100].to_vec(),
        vec![0x30, 0x82, 0xff, 0xff],
        vec![0xff; 64],
    ];
    for _ in 0..120 {
        let mut m = cert.clone();
        let i = (next() as usize) % m.len();
        match next() % 3 {
            0 => m[i] ^= 1 << (next() % 8),
            1 => m.truncate(i),
            _ => m.insert(i, next() as u8),
        }
        inputs.push(m);
    }
    for (n, input) in inputs.iter().enumerate() {
        for args in [
            vec!["--output", "json", "pki", "inspect", "-"],
            vec![
                "--output",
                "json",
                "pki",
                "verify",
                "--roots",
                "ca/root.pem",
                "--chain",
                "ca/intermediates.pem",
                "-",
            ],
        ] {
            let out = s
                .cu()
                .args(&args)
                .write_stdin(input.clone())
                .output()
                .unwrap();
            let code = out.status.code();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                matches!(code, Some(0) | Some(2)),
                "input {n} {args:?}: exit {code:?}: {stderr}"
            );
            if code == Some(2) {
                let v: Value = serde_json::from_str(stderr.trim())
                    .unwrap_or_else(|_| panic!("input {n}: {stderr}"));
                assert!(v["error"]["code"].as_str().unwrap().starts_with("cu::"));
            }
        }
    }
}

/// What a complete `pki ca create --levels 7` writes (7, not 8: rustls-webpki refuses paths
/// through more than 6 intermediates, so an 8-level chain's leaves do not verify).
fn complete_ca_files() -> Vec<String> {
    let mut names: Vec<String> = ["root", "policy-1", "policy-2", "policy-3", "policy-4"]
        .iter()
        .chain(&["policy-5", "issuing"])
        .flat_map(|l| [format!("{l}.pem"), format!("{l}.key")])
        .collect();
    names.extend(["intermediates.pem", "chain.pem", "ca.json"].map(String::from));
    names.sort();
    names
}

/// Check that `dir` is a whole CA: every file there and non-empty, nothing else, and its
/// issuing key signs a leaf that verifies up to its root.
fn assert_complete_ca(s: &Scratch, dir: &str) {
    let mut names: Vec<String> = std::fs::read_dir(s.path(dir))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(names, complete_ca_files(), "{dir} is not a complete CA");
    for name in &names {
        let len = std::fs::metadata(s.path(&format!("{dir}/{name}")))
            .unwrap()
            .len();
        assert!(len > 0, "{dir}/{name} is empty");
    }
    let leaf = format!("{dir}-leaf");
    s.ok(
        &[
            "-q",
            "pki",
            "cert",
            "issue",
            "--ca",
            dir,
            "--cn",
            "x.test",
            "--server",
            "--out-dir",
            &leaf,
        ],
        None,
    );
    s.ok(
        &[
            "-q",
            "pki",
            "verify",
            &format!("{leaf}/x.test.pem"),
            "--roots",
            &format!("{dir}/root.pem"),
            "--chain",
            &format!("{dir}/intermediates.pem"),
        ],
        None,
    );
}

/// SIGKILL `pki ca create` at random moments: the directory is either absent (and a rerun
/// without --force succeeds) or complete, never a partial CA; temporary directories of killed
/// runs do not block the next run and are cleaned up by it.
#[test]
fn a_killed_ca_create_leaves_a_complete_ca_or_none() {
    let s = Scratch::new();
    let bin = assert_cmd::cargo::cargo_bin("cu");
    let create = |dir: &str| {
        let mut c = std::process::Command::new(&bin);
        c.current_dir(s.dir.path())
            .args([
                "-q",
                "pki",
                "ca",
                "create",
                "--out-dir",
                dir,
                "--levels",
                "7",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        c
    };
    // The kill lands anywhere from start-up to well past a typical run (runs vary under load).
    let start = std::time::Instant::now();
    assert!(create("timing").status().unwrap().success());
    let window = 2 * start.elapsed().as_micros() as u64 + 5_000;
    let (mut absent, mut complete, mut finished) = (0, 0, 0);
    for run in 0..50 {
        let dir = format!("ca-{run}");
        let mut delay = [0u8; 8];
        getrandom::fill(&mut delay).unwrap();
        let delay = u64::from_le_bytes(delay) % window;
        let mut child = create(&dir).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_micros(delay));
        let _ = child.kill();
        if child.wait().unwrap().success() {
            finished += 1;
        }
        if s.path(&dir).exists() {
            complete += 1;
            assert_complete_ca(&s, &dir);
        } else {
            absent += 1;
            assert!(
                create(&dir).status().unwrap().success(),
                "rerun into {dir} failed"
            );
            assert_complete_ca(&s, &dir);
        }
        // A killed run's temporary directory does not block the rerun, which removes it.
        let leftovers: Vec<_> = std::fs::read_dir(s.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|n| n.starts_with(&format!(".{dir}.")))
            .collect();
        assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
    }
    println!(
        "50 SIGKILLs within {window} µs: {absent} left no directory (rerun succeeded), {complete} left a complete CA ({finished} had finished)"
    );
}

/// `--out-dir` that exists: an empty directory (made by the user) is filled in one step and
/// keeps its mode; a CA needs --force, which swaps in the whole new CA; a directory holding
/// files `ca create` does not write is never replaced.
#[test]
fn ca_create_into_existing_directories() {
    let s = Scratch::new();
    std::fs::create_dir(s.path("empty")).unwrap();
    std::fs::set_permissions(s.path("empty"), std::fs::Permissions::from_mode(0o750)).unwrap();
    s.ok(&["-q", "pki", "ca", "create", "--out-dir", "empty"], None);
    assert_eq!(mode(&s, "empty"), 0o750);
    assert!(s.path("empty/chain.pem").exists());

    s.ok(
        &[
            "-q",
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--levels",
            "4",
        ],
        None,
    );
    let before = listing(&s, "ca");
    assert_eq!(
        s.fails_with(&["pki", "ca", "create", "--out-dir", "ca"], None),
        "cu::io::write"
    );
    assert_eq!(listing(&s, "ca"), before);
    // Four levels replaced by two: the old policy files go with the old CA.
    s.ok(
        &[
            "-q",
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--levels",
            "2",
            "--force",
        ],
        None,
    );
    assert!(!s.path("ca/policy-1.pem").exists());
    assert!(s.path("ca/issuing.key").exists());

    s.write("ca/server.pem", "not the CA's");
    let before = listing(&s, "ca");
    let out = s
        .cu()
        .args(["pki", "ca", "create", "--out-dir", "ca", "--force"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("server.pem"));
    assert_eq!(
        listing(&s, "ca"),
        before,
        "a refused --force changed the directory"
    );
    let names: Vec<_> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains(".cu-tmp-") || n.contains(".cu-old-")),
        "temporary directories left: {names:?}"
    );
}

/// SIGKILL `pki ca create --force` over an existing CA at random moments: the directory always
/// holds a complete CA, the old one or the new one.
#[test]
fn a_killed_ca_create_force_keeps_the_old_ca_or_the_new_one() {
    let s = Scratch::new();
    let bin = assert_cmd::cargo::cargo_bin("cu");
    let create = || {
        let mut c = std::process::Command::new(&bin);
        c.current_dir(s.dir.path())
            .args([
                "-q",
                "pki",
                "ca",
                "create",
                "--out-dir",
                "ca",
                "--levels",
                "7",
                "--force",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        c
    };
    let start = std::time::Instant::now();
    assert!(create().status().unwrap().success());
    let window = 2 * start.elapsed().as_micros() as u64 + 5_000;
    let mut replaced = 0;
    for run in 0..30 {
        let before = std::fs::read(s.path("ca/root.pem")).unwrap();
        let mut delay = [0u8; 8];
        getrandom::fill(&mut delay).unwrap();
        let mut child = create().spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_micros(
            u64::from_le_bytes(delay) % window,
        ));
        let _ = child.kill();
        child.wait().unwrap();
        assert!(s.path("ca").exists(), "run {run}: the CA is gone");
        assert_complete_ca(&s, "ca");
        std::fs::remove_dir_all(s.path("ca-leaf")).unwrap();
        if std::fs::read(s.path("ca/root.pem")).unwrap() != before {
            replaced += 1;
        }
    }
    println!("30 SIGKILLs of --force within {window} µs: {replaced} replaced the CA, the rest kept the old one");
}

/// `ca create --levels 8` warns that the web profile refuses its leaves (7 intermediates),
/// and the rfc5280 profile accepts them (RFC 5280 sets no depth limit).
#[test]
fn eight_levels_warn_and_verify_under_rfc5280_only() {
    let s = Scratch::new();
    let out = s
        .cu()
        .args(["pki", "ca", "create", "--out-dir", "ca", "--levels", "8"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("rfc5280"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "a.test",
            "--out-dir",
            ".",
        ],
        None,
    );
    let verify = [
        "pki",
        "verify",
        "--roots",
        "ca/root.pem",
        "--chain",
        "ca/intermediates.pem",
    ];
    let web: Vec<&str> = verify.iter().copied().chain(["a.test.pem"]).collect();
    assert_eq!(s.fails_with(&web, None), "path_len");
    let rfc: Vec<&str> = verify
        .iter()
        .copied()
        .chain(["--profile", "rfc5280", "a.test.pem"])
        .collect();
    s.ok(&rfc, None);
}

/// CA/B Forum BR 3.2.2.6: a wildcard over a public suffix names every registrant's hosts.
/// `cert issue` and `csr sign` refuse it; the web profile refuses a leaf with one (minted
/// by openssl with the same CA key); rfc5280 knows no suffix list and accepts it. A suffix
/// of the list's PRIVATE section (`*.github.io`) is its operator's and stays allowed.
#[test]
fn wildcards_over_a_public_suffix_are_not_issued_nor_trusted_on_the_web() {
    fn issue<'a>(san: &'a str, cn: &'a str) -> [&'a str; 11] {
        [
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            cn,
            "--san",
            san,
            "--out-dir",
            ".",
        ]
    }
    fn verify<'a>(profile: &'a str, host: &'a str, leaf: &'a str) -> [&'a str; 11] {
        [
            "pki",
            "verify",
            "--profile",
            profile,
            "--roots",
            "ca/root.pem",
            "--chain",
            "ca/intermediates.pem",
            "--hostname",
            host,
            leaf,
        ]
    }
    let s = Scratch::new();
    s.ok(&["pki", "ca", "create", "--out-dir", "ca"], None);
    for (san, cn) in [
        ("*.co.uk", "www.example.co.uk"),
        ("dns:*.COM", "example.com"),
    ] {
        assert_eq!(s.fails_with(&issue(san, cn), None), "bad_request", "{san}");
        assert!(!s.path(&format!("{cn}.pem")).exists());
    }
    let out = s
        .cu()
        .args(["--output", "json"])
        .args(issue("*.co.uk", "x.example.co.uk"))
        .output()
        .unwrap();
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    let field = |name: &str| err["error"][name].as_str().unwrap_or("").to_string();
    assert!(field("message").contains("public suffix `co.uk`"), "{err}");
    assert!(field("help").contains("BR 3.2.2.6"), "{err}");
    s.ok(&issue("*.github.io", "pages.github.io"), None);
    s.ok(&verify("web", "me.github.io", "pages.github.io.pem"), None);
    if !common::peer("openssl") {
        return;
    }
    s.peer_ok(
        "openssl",
        &[
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            "wide.key",
            "-subj",
            "/O=Example",
            "-out",
            "wide.csr",
            "-addext",
            "subjectAltName=DNS:*.co.uk",
        ],
    );
    // csr sign refuses to copy it from a CSR, and signs the CSR with names of its own.
    let sign = |extra: &[&str]| -> Vec<String> {
        ["pki", "csr", "sign", "--ca", "ca", "--out", "w.pem"]
            .iter()
            .chain(extra)
            .chain(&["wide.csr"])
            .map(|a| a.to_string())
            .collect()
    };
    let copy = sign(&["--copy-sans", "--cn", "x.example.co.uk"]);
    let copy: Vec<&str> = copy.iter().map(String::as_str).collect();
    assert_eq!(s.fails_with(&copy, None), "bad_request");
    assert!(!s.path("w.pem").exists());
    let own = sign(&["--cn", "a.example.co.uk"]);
    s.ok(&own.iter().map(String::as_str).collect::<Vec<_>>(), None);
    s.write(
        "ext.cnf",
        "subjectAltName=DNS:*.co.uk\nauthorityKeyIdentifier=keyid\nbasicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
    );
    s.peer_ok(
        "openssl",
        &[
            "x509",
            "-req",
            "-in",
            "wide.csr",
            "-days",
            "30",
            "-CA",
            "ca/issuing.pem",
            "-CAkey",
            "ca/issuing.key",
            "-CAcreateserial",
            "-extfile",
            "ext.cnf",
            "-out",
            "wide.pem",
        ],
    );
    let web = verify("web", "example.co.uk", "wide.pem");
    assert_eq!(s.fails_with(&web, None), "invalid");
    let err = s.cu().args(web).output().unwrap();
    assert!(
        String::from_utf8_lossy(&err.stderr).contains("wildcard over the public suffix `co.uk`"),
        "{}",
        String::from_utf8_lossy(&err.stderr)
    );
    s.ok(&verify("rfc5280", "example.co.uk", "wide.pem"), None);
}
