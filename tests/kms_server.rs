//! `cu kms serve` end to end over real HTTPS on ephemeral ports: every route, the CLI in
//! client mode, tenant isolation, 401 vs 403, mutual TLS, problem+json, 413 and 429, TLS 1.2
//! refused, curl, the drain on SIGTERM, and a config that fails fast.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::servers::{b64, cu, problem, run_ok, Reply, Setup, TENANT_A, TENANT_B};
use serde_json::{json, Value};

on_both_stores!(
    schemathesis_finds_no_server_errors_or_schema_breaks,
    mutual_tls_required_and_optional,
    client_mode_fails_clearly_above_the_servers_body_limit,
    the_config_route_refuses_what_it_should,
    every_route_over_https,
    authentication_scopes_and_tenants,
    problems_for_bad_requests,
    body_and_rate_limits,
    the_cli_in_client_mode,
    readyz_turns_before_the_drain_and_the_server_exits_cleanly,
);

fn every_route_over_https(setup: Setup) {
    let s = setup.start("cu-kms.yaml");
    let a = "admin-a";
    let created = s.request(
        "POST",
        "/keys",
        Some(a),
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    assert_eq!(created.status, 201);
    for (name, t) in [
        ("sig", "ec-p256"),
        ("hooks", "hmac-sha256"),
        ("zz-last", "ed25519"),
    ] {
        s.ok("POST", "/keys", a, Some(json!({"name": name, "type": t})));
    }
    // Paging.
    let page = s.ok("GET", "/keys?limit=2", a, None);
    assert_eq!(page["tenant"], TENANT_A);
    assert_eq!(page["keys"].as_array().unwrap().len(), 2);
    let next = page["next"].as_str().unwrap().to_string();
    let rest = s.ok("GET", &format!("/keys?limit=10&after={next}"), a, None);
    assert_eq!(rest["keys"].as_array().unwrap().len(), 2);
    assert!(rest["next"].is_null());
    assert_eq!(s.ok("GET", "/keys/orders", a, None)["type"], "aes-256-gcm");
    // Encrypt, rotate, old data still opens, rewrap moves it to v2.
    let ct = s.ok(
        "POST",
        "/keys/orders/encrypt",
        a,
        Some(json!({"plaintext": b64(b"card 4111")})),
    );
    assert_eq!(ct["kid"], "orders/v1");
    assert_eq!(
        s.ok("POST", "/keys/orders/rotate", a, None)["primary_version"],
        2
    );
    let pt = s.ok(
        "POST",
        "/decrypt",
        a,
        Some(json!({"ciphertext": ct["ciphertext"]})),
    );
    assert_eq!(pt["plaintext"], b64(b"card 4111"));
    let rewrapped = s.ok(
        "POST",
        "/keys/orders/rewrap",
        a,
        Some(json!({"ciphertext": ct["ciphertext"]})),
    );
    assert_eq!(rewrapped["from"], "orders/v1");
    assert_eq!(rewrapped["kid"], "orders/v2");
    // With AAD (flattened JSON JWE), and the wrong AAD fails.
    let with_aad = s.ok(
        "POST",
        "/keys/orders/encrypt",
        a,
        Some(json!({"plaintext": b64(b"x"), "aad": b64(b"ctx")})),
    );
    s.ok(
        "POST",
        "/decrypt",
        a,
        Some(json!({"ciphertext": with_aad["ciphertext"], "aad": b64(b"ctx")})),
    );
    let wrong = s.request(
        "POST",
        "/decrypt",
        Some(a),
        Some(json!({"ciphertext": with_aad["ciphertext"], "aad": b64(b"other")})),
    );
    problem(&wrong, 422, "decrypt_failed");
    // Disable v1: its data no longer opens; enable again.
    s.ok("POST", "/keys/orders/versions/1/disable", a, None);
    problem(
        &s.request(
            "POST",
            "/decrypt",
            Some(a),
            Some(json!({"ciphertext": ct["ciphertext"]})),
        ),
        422,
        "version_disabled",
    );
    s.ok("POST", "/keys/orders/versions/1/enable", a, None);
    s.ok(
        "POST",
        "/decrypt",
        a,
        Some(json!({"ciphertext": ct["ciphertext"]})),
    );
    // Sign and verify, JWS and raw; a changed message is bad_signature.
    let jws = s.ok(
        "POST",
        "/keys/sig/sign",
        a,
        Some(json!({"message": b64(b"release 1.2")})),
    );
    let verified = s.ok(
        "POST",
        "/keys/sig/verify",
        a,
        Some(json!({"jws": jws["signature"]})),
    );
    assert_eq!(verified["payload"], b64(b"release 1.2"));
    let raw = s.ok(
        "POST",
        "/keys/sig/sign",
        a,
        Some(json!({"message": b64(b"m"), "raw": true})),
    );
    s.ok(
        "POST",
        "/keys/sig/verify",
        a,
        Some(json!({"message": b64(b"m"), "signature": raw["signature"]})),
    );
    problem(
        &s.request(
            "POST",
            "/keys/sig/verify",
            Some(a),
            Some(json!({"message": b64(b"n"), "signature": raw["signature"]})),
        ),
        422,
        "bad_signature",
    );
    let jwks = s.ok("GET", "/keys/sig/jwks", a, None);
    assert_eq!(jwks["keys"][0]["kid"], "sig/v1");
    assert_eq!(jwks["keys"][0]["crv"], "P-256");
    // MAC.
    let tag = s.ok(
        "POST",
        "/keys/hooks/mac",
        a,
        Some(json!({"message": b64(b"body")})),
    );
    s.ok(
        "POST",
        "/keys/hooks/mac-verify",
        a,
        Some(json!({"message": b64(b"body"), "mac": tag["mac"]})),
    );
    problem(
        &s.request(
            "POST",
            "/keys/hooks/mac-verify",
            Some(a),
            Some(json!({"message": b64(b"other"), "mac": tag["mac"]})),
        ),
        422,
        "bad_signature",
    );
    // Data keys: the wrapped key decrypts to the plaintext key.
    let dk = s.ok("POST", "/keys/orders/datakey", a, Some(json!({})));
    let opened = s.ok(
        "POST",
        "/decrypt",
        a,
        Some(json!({"ciphertext": dk["ciphertext"]})),
    );
    assert_eq!(opened["plaintext"], dk["plaintext"]);
    let wrapped_only = s.ok(
        "POST",
        "/keys/orders/datakey",
        a,
        Some(json!({"wrapped_only": true})),
    );
    assert!(wrapped_only.get("plaintext").is_none());
    // Delete.
    assert_eq!(
        s.ok("DELETE", "/keys/zz-last", a, None)["deleted"]["name"],
        "zz-last"
    );
    problem(
        &s.request("GET", "/keys/zz-last", Some(a), None),
        404,
        "unknown_key",
    );
    // The document is served, and every documented route is there (no route-level 404/405).
    let doc = s.request("GET", "/openapi.json", None, None);
    assert_eq!(doc.status, 200);
    assert_eq!(doc.body["openapi"], "3.1.0");
    for (path, item) in doc.body["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let concrete = path
                .replace("{name}", "orders")
                .replace("{version}", "1")
                .replace("{action}", "enable");
            let r = s.request(&method.to_uppercase(), &concrete, Some(a), Some(json!({})));
            assert!(
                !matches!(
                    r.body["code"].as_str(),
                    Some("not_found" | "method_not_allowed")
                ),
                "{method} {path}: {}",
                r.body
            );
        }
    }
    // Metrics counted what happened.
    let (status, metrics) = s.admin_get("/metrics");
    assert_eq!(status, 200);
    assert!(metrics.contains("cu_kms_http_requests_total{method=\"POST\",route=\"/service/api/v1/keys/{name}/encrypt\",status=\"200\"}"));
    assert!(metrics.contains("cu_kms_key_operations_total{operation=\"encrypt\"}"));
    assert!(metrics.contains("cu_kms_http_request_duration_seconds_bucket"));
    assert_eq!(s.admin_get("/livez").0, 200);
    assert_eq!(s.admin_get("/readyz").0, 200);
}

fn authentication_scopes_and_tenants(setup: Setup) {
    let s = setup.start("cu-kms.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "payroll", "type": "aes-256-gcm"})),
    );
    // 401: no credential, a wrong password, an unknown user; one message for the last two.
    let none = s.request("GET", "/keys", None, None);
    problem(&none, 401, "unauthorized");
    assert!(none.headers["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Basic realm=\"cu-kms\""));
    let client = s.client(false);
    let url = format!("{}/service/api/v1/keys", s.public);
    let wrong = client
        .get(&url)
        .basic_auth("admin-a", Some("nope"))
        .send()
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 401);
    let unknown = client
        .get(&url)
        .basic_auth("mallory", Some("nope"))
        .send()
        .unwrap();
    assert_eq!(unknown.status().as_u16(), 401);
    assert_eq!(
        wrong.json::<Value>().unwrap()["detail"],
        unknown.json::<Value>().unwrap()["detail"]
    );
    // 403: app-a may read and encrypt under `orders` only.
    s.ok("GET", "/keys", "app-a", None);
    s.ok(
        "POST",
        "/keys/orders/encrypt",
        "app-a",
        Some(json!({"plaintext": b64(b"x")})),
    );
    problem(
        &s.request(
            "POST",
            "/keys/payroll/encrypt",
            Some("app-a"),
            Some(json!({"plaintext": b64(b"x")})),
        ),
        403,
        "forbidden",
    );
    problem(
        &s.request(
            "POST",
            "/keys",
            Some("app-a"),
            Some(json!({"name": "new", "type": "aes-256-gcm"})),
        ),
        403,
        "forbidden",
    );
    let ct = s.ok(
        "POST",
        "/keys/orders/encrypt",
        "admin-a",
        Some(json!({"plaintext": b64(b"secret of A")})),
    );
    problem(
        &s.request(
            "POST",
            "/decrypt",
            Some("app-a"),
            Some(json!({"ciphertext": ct["ciphertext"]})),
        ),
        403,
        "forbidden",
    );
    // Tenant B sees none of A's keys, by any route.
    assert_eq!(s.ok("GET", "/keys", "admin-b", None)["keys"], json!([]));
    assert_eq!(s.ok("GET", "/keys", "admin-b", None)["tenant"], TENANT_B);
    problem(
        &s.request("GET", "/keys/orders", Some("admin-b"), None),
        404,
        "unknown_key",
    );
    problem(
        &s.request(
            "POST",
            "/keys/orders/encrypt",
            Some("admin-b"),
            Some(json!({"plaintext": b64(b"x")})),
        ),
        404,
        "unknown_key",
    );
    problem(
        &s.request(
            "POST",
            "/decrypt",
            Some("admin-b"),
            Some(json!({"ciphertext": ct["ciphertext"]})),
        ),
        404,
        "unknown_key",
    );
    problem(
        &s.request("POST", "/keys/orders/rotate", Some("admin-b"), None),
        404,
        "unknown_key",
    );
    problem(
        &s.request("DELETE", "/keys/orders", Some("admin-b"), None),
        404,
        "unknown_key",
    );
    // Even a key of the same name in B does not open A's data.
    s.ok(
        "POST",
        "/keys",
        "admin-b",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    problem(
        &s.request(
            "POST",
            "/decrypt",
            Some("admin-b"),
            Some(json!({"ciphertext": ct["ciphertext"]})),
        ),
        422,
        "decrypt_failed",
    );
    // The tenant cannot be chosen by the caller: no route or parameter takes one.
    let r = s.request(
        "GET",
        &format!("/keys?tenant={TENANT_A}"),
        Some("admin-b"),
        None,
    );
    assert_eq!(r.body["tenant"], TENANT_B);
    let (_, metrics) = s.admin_get("/metrics");
    assert!(
        metrics.contains("cu_kms_auth_failures_total{reason=\"bad_credentials\"} 2"),
        "{metrics}"
    );
}

fn problems_for_bad_requests(setup: Setup) {
    let s = setup.start("cu-kms.yaml");
    let client = s.client(false);
    let url = format!("{}/service/api/v1/keys", s.public);
    let send = |body: &str, content_type: &str| {
        let r = client
            .post(&url)
            .basic_auth("admin-a", Some("pw-admin-a"))
            .header("content-type", content_type)
            .body(body.to_string())
            .send()
            .unwrap();
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        Reply {
            status,
            body: r.json().unwrap(),
            headers,
        }
    };
    problem(&send("{not json", "application/json"), 400, "malformed");
    problem(
        &send(
            r#"{"name":"k","type":"aes-256-gcm","extra":1}"#,
            "application/json",
        ),
        400,
        "malformed",
    );
    problem(
        &send(r#"{"name":"k","type":"des"}"#, "application/json"),
        400,
        "bad_request",
    );
    problem(
        &send(
            r#"{"name":"../etc","type":"aes-256-gcm"}"#,
            "application/json",
        ),
        400,
        "bad_request",
    );
    problem(
        &send(r#"{"name":"k","type":"aes-256-gcm"}"#, "text/plain"),
        415,
        "unsupported_media_type",
    );
    problem(
        &s.request(
            "POST",
            "/keys/nope/encrypt",
            Some("admin-a"),
            Some(json!({"plaintext": "aGk"})),
        ),
        404,
        "unknown_key",
    );
    problem(
        &s.request(
            "POST",
            "/keys/nope/encrypt",
            Some("admin-a"),
            Some(json!({"plaintext": "not base64!"})),
        ),
        400,
        "malformed",
    );
    problem(
        &s.request(
            "POST",
            "/decrypt",
            Some("admin-a"),
            Some(json!({"ciphertext": "a.b.c"})),
        ),
        400,
        "malformed",
    );
    problem(
        &s.request("GET", "/nothing", Some("admin-a"), None),
        404,
        "not_found",
    );
    problem(
        &s.request("PUT", "/keys", Some("admin-a"), None),
        405,
        "method_not_allowed",
    );
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "dup", "type": "aes-256-gcm"})),
    );
    problem(
        &s.request(
            "POST",
            "/keys",
            Some("admin-a"),
            Some(json!({"name": "dup", "type": "aes-256-gcm"})),
        ),
        409,
        "key_exists",
    );
    problem(
        &s.request(
            "POST",
            "/keys/dup/sign",
            Some("admin-a"),
            Some(json!({"message": "aGk"})),
        ),
        400,
        "wrong_key_type",
    );
}

fn body_and_rate_limits(setup: Setup) {
    setup.config(
        "tight.yaml",
        "off",
        "limits: {max_body_bytes: 2048, rate_per_second: 1, burst: 5}\n",
    );
    let s = setup.start("tight.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "k", "type": "aes-256-gcm"})),
    );
    let big = "A".repeat(4096);
    let r = s.request(
        "POST",
        "/keys/k/encrypt",
        Some("admin-a"),
        Some(json!({"plaintext": big})),
    );
    problem(&r, 413, "too_large");
    let mut limited = None;
    for _ in 0..10 {
        let r = s.request("GET", "/keys", Some("admin-a"), None);
        if r.status == 429 {
            limited = Some(r);
            break;
        }
    }
    let r = limited.expect("no 429 after 10 quick requests at 1/s with a burst of 5");
    problem(&r, 429, "rate_limited");
    let retry: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=2).contains(&retry));
    // Another credential has its own bucket.
    s.ok("GET", "/keys", "admin-b", None);
}

fn mutual_tls_required_and_optional(setup: Setup) {
    setup.config("require.yaml", "require", "");
    setup.config("optional.yaml", "optional", "");
    let required = setup.start("require.yaml");
    let url = format!("{}/service/api/v1/keys", required.public);
    let without = required
        .client(false)
        .get(&url)
        .basic_auth("admin-a", Some("pw-admin-a"))
        .send();
    assert!(
        without.is_err(),
        "a client without a certificate got through"
    );
    let with = required
        .client(true)
        .get(&url)
        .basic_auth("admin-a", Some("pw-admin-a"))
        .send()
        .unwrap();
    assert_eq!(with.status().as_u16(), 200);
    drop(required);
    let optional = setup.start("optional.yaml");
    let url = format!("{}/service/api/v1/keys", optional.public);
    for cert in [false, true] {
        let r = optional
            .client(cert)
            .get(&url)
            .basic_auth("admin-a", Some("pw-admin-a"))
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "client certificate: {cert}");
    }
    // The CLI's client certificate flags.
    let d = setup.dir.path();
    let out = cu()
        .current_dir(d)
        .args([
            "kms",
            "key",
            "list",
            "--server",
            &optional.public,
            "--ca",
            "ca/root.pem",
            "--user",
            "admin-a",
            "--password-file",
            "admin-a.pw",
            "--client-cert",
            "clients/client-1.chain.pem",
            "--client-key",
            "clients/client-1.key",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn tls_1_2_is_refused_and_curl_works() {
    let setup = Setup::new();
    let s = setup.start("cu-kms.yaml");
    let connect = format!("127.0.0.1:{}", s.port());
    let root = s.root.display().to_string();
    let s_client = |version: &str| {
        let mut child = Command::new("openssl")
            .args(["s_client", "-connect", &connect, version, "-CAfile", &root])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdin.take());
        let out = child.wait_with_output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
        )
    };
    let (ok12, out12) = s_client("-tls1_2");
    assert!(
        !ok12 || out12.contains("Cipher is (NONE)"),
        "TLS 1.2 was accepted: {out12}"
    );
    let (ok13, out13) = s_client("-tls1_3");
    assert!(ok13, "{out13}");
    assert!(out13.contains("TLSv1.3"), "{out13}");
    assert!(out13.contains("Verify return code: 0 (ok)"), "{out13}");
    let curl = Command::new("curl")
        .args([
            "-sS",
            "--fail-with-body",
            "--cacert",
            &root,
            "-u",
            "admin-a:pw-admin-a",
        ])
        .arg(format!("{}/service/api/v1/keys", s.public))
        .output()
        .unwrap();
    assert!(
        curl.status.success(),
        "{}",
        String::from_utf8_lossy(&curl.stderr)
    );
    let body: Value = serde_json::from_slice(&curl.stdout).unwrap();
    assert_eq!(body["tenant"], TENANT_A);
}

fn the_cli_in_client_mode(setup: Setup) {
    let s = setup.start("cu-kms.yaml");
    let d = setup.dir.path();
    let remote = |user: &str, args: &[&str], stdin: Option<&[u8]>| {
        let mut c = cu();
        c.current_dir(d)
            .env("CU_KMS_SERVER", &s.public)
            .args(args)
            .args([
                "--ca",
                "ca/root.pem",
                "--user",
                user,
                "--password-file",
                &format!("{user}.pw"),
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        {
            use std::io::Write;
            let mut input = child.stdin.take().unwrap();
            if let Some(i) = stdin {
                input.write_all(i).unwrap();
            }
        }
        child.wait_with_output().unwrap()
    };
    let ok = |user: &str, args: &[&str], stdin: Option<&[u8]>| {
        let out = remote(user, args, stdin);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    ok(
        "admin-a",
        &["kms", "key", "create", "orders", "--type", "aes-256-gcm"],
        None,
    );
    ok(
        "admin-a",
        &["kms", "key", "create", "sig", "--type", "ed25519"],
        None,
    );
    let ct = ok("admin-a", &["kms", "encrypt", "orders"], Some(b"card 4111"));
    assert_eq!(ok("admin-a", &["kms", "decrypt"], Some(&ct)), b"card 4111");
    let jws = ok("admin-a", &["kms", "sign", "sig"], Some(b"release"));
    assert_eq!(
        ok("admin-a", &["kms", "verify", "sig"], Some(&jws)),
        b"release"
    );
    let list: Value = serde_json::from_slice(&ok(
        "admin-a",
        &["--output", "json", "kms", "key", "list"],
        None,
    ))
    .unwrap();
    assert_eq!(list["tenant"], TENANT_A);
    assert_eq!(list["keys"].as_array().unwrap().len(), 2);
    // The same JSON as a local store gives for the same key.
    let local: Value = serde_json::from_str(&run_ok(
        d,
        &[
            "--output",
            "json",
            "kms",
            "key",
            "show",
            "orders",
            "--unseal-file",
            "unseal.key",
        ]
        .into_iter()
        .chain(setup.store.iter().map(String::as_str))
        .collect::<Vec<_>>(),
        None,
    ))
    .unwrap();
    let remote_show: Value = serde_json::from_slice(&ok(
        "admin-a",
        &["--output", "json", "kms", "key", "show", "orders"],
        None,
    ))
    .unwrap();
    assert_eq!(local, remote_show);
    // Failures: the same exit code and reason as locally.
    let reason = |out: std::process::Output| {
        assert_eq!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stderr).unwrap();
        v["error"]["reason"].as_str().unwrap().to_string()
    };
    assert_eq!(
        reason(remote(
            "app-a",
            &["--output", "json", "kms", "decrypt"],
            Some(&ct)
        )),
        "forbidden"
    );
    assert_eq!(
        reason(remote(
            "admin-b",
            &["--output", "json", "kms", "decrypt"],
            Some(&ct)
        )),
        "unknown_key"
    );
    let mut tampered = jws.clone();
    let at = tampered.len() - 5;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        reason(remote(
            "admin-a",
            &["--output", "json", "kms", "verify", "sig"],
            Some(&tampered)
        )),
        "bad_signature"
    );
    std::fs::write(d.join("wrong.pw"), "nope").unwrap();
    let out = cu()
        .current_dir(d)
        .args([
            "--output",
            "json",
            "kms",
            "key",
            "list",
            "--server",
            &s.public,
            "--ca",
            "ca/root.pem",
            "--user",
            "admin-a",
            "--password-file",
            "wrong.pw",
        ])
        .output()
        .unwrap();
    assert_eq!(reason(out), "unauthorized");
    // A CA that did not issue the server's certificate: refused before any request.
    run_ok(
        d,
        &["-q", "pki", "ca", "create", "--out-dir", "other-ca"],
        None,
    );
    let out = cu()
        .current_dir(d)
        .args([
            "--output",
            "json",
            "kms",
            "key",
            "list",
            "--server",
            &s.public,
            "--ca",
            "other-ca/root.pem",
            "--user",
            "admin-a",
            "--password-file",
            "admin-a.pw",
        ])
        .output()
        .unwrap();
    assert_eq!(reason(out), "unavailable");
}

fn readyz_turns_before_the_drain_and_the_server_exits_cleanly(setup: Setup) {
    setup.config("slow-drain.yaml", "off", "");
    let text = std::fs::read_to_string(setup.path("slow-drain.yaml"))
        .unwrap()
        .replace("drain_ms: 300", "drain_ms: 1500");
    std::fs::write(setup.path("slow-drain.yaml"), text).unwrap();
    let mut s = setup.start("slow-drain.yaml");
    assert_eq!(s.admin_get("/readyz").0, 200);
    Command::new("kill")
        .args(["-TERM", &s.child.id().to_string()])
        .status()
        .unwrap();
    let started = Instant::now();
    let mut saw_not_ready = false;
    while started.elapsed() < Duration::from_millis(1200) {
        if let Ok(r) = s.client(false).get(format!("{}/readyz", s.admin)).send() {
            if r.status().as_u16() == 503 {
                saw_not_ready = true;
                // Still serving the API while draining.
                s.ok("GET", "/keys", "admin-a", None);
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(saw_not_ready, "/readyz never reported not ready");
    let status = s.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_bad_config_stops_start_up_with_the_place_and_the_reason() {
    let setup = Setup::new();
    let d = setup.dir.path();
    let check = |config: &str| {
        std::fs::write(d.join("bad.yaml"), config).unwrap();
        let out = cu()
            .current_dir(d)
            .args(["--output", "json", "kms", "serve", "--config", "bad.yaml"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let v: Value = serde_json::from_slice(&out.stderr).unwrap();
        v["error"]["message"].as_str().unwrap().to_string()
    };
    let good = std::fs::read_to_string(setup.path("cu-kms.yaml")).unwrap();
    let m = check(&format!("{good}colour: blue\n"));
    assert!(m.contains("bad.yaml") && m.contains("colour"), "{m}");
    let m = check(&good.replace("127.0.0.1:0\", admin", "localhost\", admin"));
    assert!(m.contains("/listen/public"), "{m}");
    let m = check(&good.replace("client_auth: off", "client_auth: require"));
    assert!(m.contains("client_ca"), "{m}");
    let m = check(&good.replace("unseal.key", "missing.key"));
    assert!(m.contains("missing.key"), "{m}");
    let m = check("store: [");
    assert!(m.contains("YAML"), "{m}");
    // Plaintext passwords need `demo: true`.
    std::fs::write(
        d.join("realm-plain.yml"),
        format!("principals:\n  - name: x\n    tenant: {TENANT_A}\n    password: plain\n"),
    )
    .unwrap();
    let m = check(&good.replace("realm.yml", "realm-plain.yml"));
    assert!(m.contains("demo: true"), "{m}");
    let ok = run_ok(
        d,
        &["kms", "serve", "--config", "cu-kms.yaml", "--check-config"],
        None,
    );
    assert!(ok.contains("OK"));
}

/// schemathesis (PyPI) drives the live server from the committed OpenAPI document: no 5xx,
/// and every response matches the document (schema, status code, content type).
fn schemathesis_finds_no_server_errors_or_schema_breaks(setup: Setup) {
    if !common::servers::schemathesis_available() {
        return;
    }
    let s = setup.start("cu-kms.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    common::servers::schemathesis(
        setup.dir.path(),
        "openapi/kms.json",
        &format!("{}/service/api/v1", s.public),
        "admin-a:pw-admin-a",
        "15",
    );
}

/// Headless Chromium signs in to the console, creates a key, encrypts and decrypts a text;
/// screenshots of the key list and the result go to target/screenshots/.
#[test]
fn chromium_uses_the_console() {
    use common::browser::Browser;
    if !Browser::available() {
        return;
    }
    let setup = Setup::new();
    let s = setup.start("cu-kms.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::start(profile.path()).expect("chromedriver did not start a session");
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    browser.go(&format!("{}/ui/", s.public));
    browser.type_into("#username", "admin-a");
    browser.type_into("#password", "pw-admin-a");
    browser.click("button[type=submit]");
    browser.type_into("#name", "notes");
    browser.click("form[action='/ui/keys'] button[type=submit]");
    let at = browser.url_when(|u| u.ends_with("/ui/keys/notes"));
    assert!(at.ends_with("/ui/keys/notes"), "{at}");
    browser.go(&format!("{}/ui/", s.public));
    browser.screenshot(&shots.join("console-keys.png"));
    browser.go(&format!("{}/ui/keys/notes", s.public));
    browser.type_into("#encrypt-text", "meet at noon");
    browser.click("form[action='/ui/keys/notes/encrypt'] button");
    let ciphertext = browser.text_when("#result", |t| t.starts_with("eyJ"));
    assert!(ciphertext.starts_with("eyJ"), "{ciphertext}");
    browser.type_into("#decrypt-ciphertext", &ciphertext);
    browser.click("form[action='/ui/keys/notes/decrypt'] button");
    let plaintext = browser.text_when("#result", |t| t.starts_with("meet at noon"));
    assert!(plaintext.starts_with("meet at noon"), "{plaintext}");
    browser.screenshot(&shots.join("console-result.png"));
    // The key the browser made is a real key: the API decrypts the same ciphertext.
    let pt = s.ok(
        "POST",
        "/decrypt",
        "admin-a",
        Some(json!({"ciphertext": ciphertext})),
    );
    assert_eq!(pt["plaintext"], b64(b"meet at noon"));
}

fn client_mode_fails_clearly_above_the_servers_body_limit(setup: Setup) {
    setup.config("tight.yaml", "off", "limits: {max_body_bytes: 2048}\n");
    let s = setup.start("tight.yaml");
    for (name, t) in [("k", "aes-256-gcm"), ("sig", "ed25519")] {
        s.ok(
            "POST",
            "/keys",
            "admin-a",
            Some(json!({"name": name, "type": t})),
        );
    }
    let d = setup.dir.path();
    let error = |args: &[&str]| -> Value {
        let out = cu()
            .current_dir(d)
            .args(["--output", "json"])
            .args(args)
            .args(["--server", &s.public, "--ca", "ca/root.pem"])
            .args(["--user", "admin-a", "--password-file", "admin-a.pw"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(2), "cu {args:?}: {stderr}");
        assert!(out.stdout.is_empty());
        serde_json::from_str(stderr.trim().lines().last().unwrap()).unwrap()
    };
    // Over the server's limit: the server's refusal, with what to do about it.
    for len in [4096, 1 << 20, 8 << 20] {
        std::fs::write(d.join("body.bin"), vec![7u8; len]).unwrap();
        let doc = error(&["kms", "encrypt", "k", "--in", "body.bin"]);
        let help = doc["error"]["help"].as_str().unwrap_or("");
        assert!(help.contains("max_body_bytes"), "{len} bytes: {doc}");
    }
    // Over what the client sends at all: refused before any request, never cut.
    let big = d.join("big.bin");
    std::fs::File::create(&big)
        .unwrap()
        .set_len((48 << 20) + 1)
        .unwrap();
    let doc = error(&["kms", "sign", "sig", "--raw", "--in", "big.bin"]);
    assert_eq!(doc["error"]["reason"], "too_large", "{doc}");
    assert!(
        doc["error"]["help"]
            .as_str()
            .unwrap_or("")
            .contains("--server"),
        "{doc}"
    );
}

/// `POST /keys/{name}/config` under attack: no credential, too few scopes, another tenant,
/// a cross-site form, malformed and oversized bodies.
fn the_config_route_refuses_what_it_should(setup: Setup) {
    setup.config(
        "small-bodies.yaml",
        "off",
        "limits: {max_body_bytes: 2048}\n",
    );
    let s = setup.start("small-bodies.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    s.ok("POST", "/keys/orders/rotate", "admin-a", None);
    let body = Some(json!({"min_decrypt_version": 2}));
    problem(
        &s.request("POST", "/keys/orders/config", None, body.clone()),
        401,
        "unauthorized",
    );
    problem(
        &s.request("POST", "/keys/orders/config", Some("app-a"), body.clone()),
        403,
        "forbidden",
    );
    // Another tenant's administrator does not see tenant A's key at all.
    problem(
        &s.request("POST", "/keys/orders/config", Some("admin-b"), body.clone()),
        404,
        "unknown_key",
    );
    for bad in [
        json!({"min_decrypt_version": "2"}),
        json!({"min_decrypt_version": 2, "extra": true}),
        json!({"min_decrypt_version": -1}),
        json!({}),
    ] {
        let r = s.request(
            "POST",
            "/keys/orders/config",
            Some("admin-a"),
            Some(bad.clone()),
        );
        assert_eq!(r.status, 400, "{bad}: {}", r.body);
    }
    for out_of_range in [0, 3] {
        let r = s.request(
            "POST",
            "/keys/orders/config",
            Some("admin-a"),
            Some(json!({"min_decrypt_version": out_of_range})),
        );
        problem(&r, 400, "bad_request");
    }
    let client = s.client(false);
    let url = format!("{}/service/api/v1/keys/orders/config", s.public);
    // A cross-site form (the browser would send cached Basic credentials): refused.
    let form = client
        .post(&url)
        .basic_auth("admin-a", Some("pw-admin-a"))
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("min_decrypt_version=2")
        .send()
        .unwrap();
    assert_eq!(form.status().as_u16(), 415);
    let huge = format!(
        "{{\"min_decrypt_version\": 2, \"pad\": \"{}\"}}",
        "x".repeat(4096)
    );
    let big = client
        .post(&url)
        .basic_auth("admin-a", Some("pw-admin-a"))
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .unwrap();
    assert_eq!(big.status().as_u16(), 413);
    // Nothing above changed the key.
    assert_eq!(
        s.ok("GET", "/keys/orders", "admin-a", None)["min_decrypt_version"],
        1
    );
    let done = s.ok("POST", "/keys/orders/config", "admin-a", body);
    assert_eq!(done["min_decrypt_version"], 2);
}
