//! x509-limbo through the real `cu pki verify`: every case, its expected result, and the list
//! of cases cu knowingly gets wrong (each with its reason in testdata/x509/README.md).

mod common;

use std::collections::BTreeSet;

use common::Scratch;
use serde_json::Value;

/// Cases where cu's answer differs from limbo's expectation, on purpose or by a known
/// limitation of its validators. Keep in sync with testdata/x509/README.md.
const KNOWN_DIFFERENT: &[&str] = &[
    // OpenSSL (the rfc5280 validator) builds one path and does not try another when a
    // name constraint fails on it.
    "rfc5280::nc::nc-forbids-alternate-chain-ica",
    "rfc5280::nc::nc-forbids-same-chain-ica",
    // RFC 5280 §6 does not check these criticality rules (they bind issuers), and NIST
    // PKITS expects paths with non-critical policyConstraints to validate.
    "rfc5280::pc::ica-noncritical-pc",
    "rfc5280::root-non-critical-basic-constraints",
    // Conflicts with cve::cve-2024-0567, whose valid path also ends at a non-self-issued anchor without AKI.
    "rfc5280::aki::cross-signed-root-missing-aki",
    // Conflicting pairs in limbo: cu follows the RFC 5280 side.
    "webpki::eku::ee-without-eku",
    "webpki::nc::permitted-dns-match-noncritical",
    // limbo expects a leaf refused whose CN names a host that none of its SANs is, while
    // it expects three others (webpki::nc::nc-permits-dns-san-pattern,
    // webpki::san::exact-localhost-ip-san, webpki::san::leftmost-wildcard-san, CN=example.com
    // beside *.example.com or 127.0.0.1) valid, and BetterTLS expects 389 such leaves valid.
    // cu refuses a CN that spells a SAN otherwise (case, IP notation, U-labels) and ignores
    // one that names another host, as RFC 6125 §6.4.4 and browsers do.
    "webpki::cn::not-in-san",
    "webpki::cn::punycode-not-in-san",
    // *.s3.amazonaws.com: a suffix of the Public Suffix List's PRIVATE section, which
    // browsers accept and the CA/B BR 3.2.2.6 leaves out (AWS and GitHub Pages serve such
    // wildcards); cu refuses wildcards over ICANN suffixes and unknown TLDs only.
    "webpki::san::public-suffix-private-namespace-wildcard-san",
];

#[test]
fn limbo_cases_through_the_cli() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testdata/x509/limbo.json"
    ))
    .unwrap();
    let limbo: Value = serde_json::from_str(&text).unwrap();
    let cases = limbo["testcases"].as_array().unwrap();
    assert_eq!(cases.len(), 208);
    let mut passed = 0;
    let mut different = BTreeSet::new();
    for case in cases {
        let id = case["id"].as_str().unwrap();
        let s = Scratch::new();
        let join = |v: &Value| -> String {
            v.as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default()
        };
        s.write("roots.pem", join(&case["trusted_certs"]));
        s.write("leaf.pem", case["peer_certificate"].as_str().unwrap());
        let mut args: Vec<String> = vec![
            "--output".into(),
            "json".into(),
            "pki".into(),
            "verify".into(),
            "--roots".into(),
            "roots.pem".into(),
        ];
        let inter = join(&case["untrusted_intermediates"]);
        if !inter.is_empty() {
            s.write("inter.pem", inter);
            args.extend(["--chain".into(), "inter.pem".into()]);
        }
        if let Some(name) = case["expected_peer_name"].as_object() {
            let flag = if name["kind"] == "IP" {
                "--ip"
            } else {
                "--hostname"
            };
            args.extend([flag.into(), name["value"].as_str().unwrap().into()]);
        }
        let purpose = if case["validation_kind"] == "CLIENT" {
            "client"
        } else {
            "server"
        };
        args.extend(["--purpose".into(), purpose.into()]);
        if let Some(at) = case["validation_time"].as_str() {
            args.extend(["--at".into(), at.into()]);
        }
        for (i, crl) in case["crls"].as_array().into_iter().flatten().enumerate() {
            let name = format!("crl{i}.pem");
            s.write(&name, crl.as_str().unwrap());
            args.extend(["--crl".into(), name]);
        }
        if let Some(depth) = case["max_chain_depth"].as_u64() {
            args.extend(["--max-intermediates".into(), depth.to_string()]);
        }
        // The profile by id: webpki:: cases under the web profile, the rest exactly RFC 5280.
        if !id.starts_with("webpki::") {
            args.extend(["--profile".into(), "rfc5280".into()]);
        }
        args.push("leaf.pem".into());
        let out = s.cu().args(&args).output().unwrap();
        let code = out.status.code();
        assert!(
            matches!(code, Some(0) | Some(2)),
            "{id}: exit {code:?} (a crash?): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if code == Some(2) {
            // Failures are explained with a stable code, never a bare error.
            let err: Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|_| {
                panic!(
                    "{id}: stderr is not JSON: {}",
                    String::from_utf8_lossy(&out.stderr)
                )
            });
            assert!(
                err["error"]["code"].as_str().unwrap().starts_with("cu::"),
                "{id}: {err}"
            );
        }
        let got = if code == Some(0) {
            "SUCCESS"
        } else {
            "FAILURE"
        };
        if got == case["expected_result"] {
            passed += 1;
        } else {
            different.insert(id.to_string());
        }
    }
    eprintln!("x509-limbo: {passed}/{} cases as expected", cases.len());
    eprintln!("answered differently: {different:?}");
    let known: BTreeSet<String> = KNOWN_DIFFERENT.iter().map(|s| s.to_string()).collect();
    let unexpected: Vec<_> = different.difference(&known).collect();
    let fixed: Vec<_> = known.difference(&different).collect();
    assert!(
        unexpected.is_empty(),
        "new disagreements with limbo: {unexpected:?}"
    );
    assert!(
        fixed.is_empty(),
        "now agreeing with limbo (remove from KNOWN_DIFFERENT): {fixed:?}"
    );
    assert_eq!(passed, 208 - KNOWN_DIFFERENT.len());
}
