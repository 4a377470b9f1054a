//! NIST PKITS 1.0.1 (RFC 5280 path validation conformance) through the real
//! `cu pki verify --profile rfc5280`: every case with its CRLs and policy inputs, its
//! expected result, and, where PKITS names one, its valid policy set. The cases cu gets
//! wrong, and why, are listed here and in testdata/x509/README.md.

mod common;

use std::collections::BTreeSet;

use common::Scratch;
use serde_json::Value;

const ANY_POLICY: &str = "2.5.29.32.0";

/// Cases where cu (OpenSSL's validator) differs from PKITS; `openssl verify` differs on
/// 4.1.5 and 4.14.30 too (scripts/pkits.py --verifier openssl).
const KNOWN_DIFFERENT: &[&str] = &[
    // dsaWithSHA1: cu relies on no SHA-1 signature under either profile
    // (unsupported_algorithm); openssl verify accepts it.
    "4.1.4",
    // A DSA key whose parameters are inherited from its issuer's: OpenSSL cannot use it.
    "4.1.5",
    // An indirect CRL whose cRLIssuer is reached through a second path: OpenSSL does not
    // build a separate path for the CRL issuer.
    "4.14.30",
];

#[test]
fn pkits_through_the_cli() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/x509/pkits");
    let text = std::fs::read_to_string(format!("{dir}/cases.json")).unwrap();
    let table: Value = serde_json::from_str(&text).unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 249);
    let s = Scratch::new();
    let (mut passed, mut different, mut policy_checked) = (0, BTreeSet::new(), 0);
    for case in cases {
        let id = case["id"].as_str().unwrap();
        let certs: Vec<&str> = case["certs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let cert = |name: &str| format!("{dir}/certs/{name}.crt");
        let mut args: Vec<String> = ["--output", "json", "pki", "verify", "--profile", "rfc5280"]
            .map(String::from)
            .to_vec();
        args.extend(["--roots".into(), cert(certs[0])]);
        for c in &certs[1..certs.len() - 1] {
            args.extend(["--chain".into(), cert(c)]);
        }
        for crl in case["crls"].as_array().unwrap() {
            args.extend([
                "--crl".into(),
                format!("{dir}/crls/{}.crl", crl.as_str().unwrap()),
            ]);
        }
        for p in case["initial_policy_set"].as_array().unwrap() {
            args.extend(["--policy".into(), p.as_str().unwrap().into()]);
        }
        for (key, flag) in [
            ("initial_explicit_policy", "--require-explicit-policy"),
            ("initial_policy_mapping_inhibit", "--inhibit-policy-mapping"),
            ("initial_inhibit_any_policy", "--inhibit-any-policy"),
        ] {
            if case[key] == true {
                args.push(flag.into());
            }
        }
        args.push(cert(certs[certs.len() - 1]));
        let out = s.cu().args(&args).output().unwrap();
        let code = out.status.code();
        assert!(
            matches!(code, Some(0) | Some(2)),
            "{id}: exit {code:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if code == Some(2) {
            let err: Value = serde_json::from_slice(&out.stderr)
                .unwrap_or_else(|_| panic!("{id}: stderr is not JSON"));
            assert!(err["error"]["reason"].is_string(), "{id}: {err}");
            // Every broken rule, the first of them the error's reason.
            let details = &err["error"]["details"];
            assert_eq!(details["profile"], "rfc5280", "{id}: {err}");
            let failures = details["failures"].as_array().unwrap();
            assert!(!failures.is_empty(), "{id}: {err}");
            assert_eq!(failures[0]["reason"], err["error"]["reason"], "{id}: {err}");
        }
        let valid = code == Some(0);
        if valid != (case["valid"] == true) {
            different.insert(id.split('#').next().unwrap().to_string());
            continue;
        }
        passed += 1;
        // PKITS's {anyPolicy} stands for "whatever the authorities allow"; RFC 5280
        // §6.1.6 reports that set itself, so only named sets are compared.
        let want: BTreeSet<String> = case["user_constrained_policy_set"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        if valid && !want.contains(ANY_POLICY) {
            let result: Value = serde_json::from_slice(&out.stdout).unwrap();
            let got: BTreeSet<String> = result["policies"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().to_string())
                .collect();
            assert_eq!(got, want, "{id}: valid policy set");
            policy_checked += 1;
        }
    }
    eprintln!(
        "PKITS: {passed}/{} as expected ({policy_checked} valid policy sets compared)",
        cases.len()
    );
    let known: BTreeSet<String> = KNOWN_DIFFERENT.iter().map(|s| s.to_string()).collect();
    assert_eq!(different, known, "cases answered differently from PKITS");
    assert!(policy_checked > 10, "too few policy sets compared");
}
