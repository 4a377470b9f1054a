//! More ways into `cu kms serve`, against real servers on ephemeral ports: client certificates
//! from the client CA signing in as realm principals (`certificate_cn`, tenant from the one
//! `urn:cu:tenant:` URI SAN, scopes from the realm), and API keys from
//! `cu kms realm api-key create` (hash only in the store, shown once, revocation at once), each
//! with its failures.

mod common;

use std::path::Path;

use common::servers::{b64, cu, problem, run_ok, Reply, Server, Setup, TENANT_A, TENANT_B};
use serde_json::{json, Value};

on_both_stores!(
    client_certificates_sign_in_as_their_realm_principals,
    optional_client_auth_falls_back_and_the_policy_decides,
    api_keys_sign_in_until_revoked,
    api_key_commands_refuse_bad_input_and_show_the_key_once,
);

/// The realm of `Setup` plus certificate principals: `svc-orders` (tenant A, no password,
/// encrypt with `orders` and read keys) and `svc-b` (tenant B, everything).
fn with_certificate_principals(setup: &Setup) {
    let mut realm = std::fs::read_to_string(setup.path("realm.yml")).unwrap();
    realm.push_str(&format!(
        r#"  - name: svc-orders
    kind: service
    tenant: {TENANT_A}
    certificate_cn: svc-orders
    scopes: ["kms:keys:read", "kms:key:orders:encrypt"]
  - name: svc-b
    kind: service
    tenant: {TENANT_B}
    certificate_cn: svc-b
    scopes: ["kms:*"]
"#
    ));
    std::fs::write(setup.path("realm.yml"), realm).unwrap();
}

/// `clients/<name>.{chain.pem,key}`: a client certificate from `ca` with a CN and URI SANs.
fn client_cert(setup: &Setup, ca: &str, name: &str, cn: &str, uris: &[&str]) {
    let d = setup.dir.path();
    let out = format!("clients-{name}");
    let mut args = vec![
        "-q",
        "pki",
        "cert",
        "issue",
        "--ca",
        ca,
        "--cn",
        cn,
        "--client",
        "--out-dir",
        &out,
    ];
    let sans: Vec<String> = uris.iter().map(|u| format!("uri:{u}")).collect();
    for s in &sans {
        args.extend(["--san", s.as_str()]);
    }
    run_ok(d, &args, None);
    for ext in ["chain.pem", "key"] {
        std::fs::rename(
            d.join(&out).join(format!("{cn}.{ext}")),
            d.join("clients").join(format!("{name}.{ext}")),
        )
        .unwrap();
    }
}

fn tenant_uri(tenant: &str) -> String {
    format!("urn:cu:tenant:{tenant}")
}

/// Every client certificate the tests use.
fn certificates(setup: &Setup) {
    let (a, b) = (tenant_uri(TENANT_A), tenant_uri(TENANT_B));
    client_cert(setup, "ca", "svc-orders", "svc-orders", &[&a]);
    client_cert(
        setup,
        "ca",
        "svc-b",
        "svc-b",
        &[&b, "spiffe://example/other"],
    );
    client_cert(setup, "ca", "wrong-tenant", "svc-orders", &[&b]);
    client_cert(setup, "ca", "no-tenant", "svc-orders", &[]);
    client_cert(setup, "ca", "two-tenants", "svc-orders", &[&a, &b]);
    client_cert(setup, "ca", "stranger", "stranger", &[&a]);
    // admin-a is in the realm, but without certificate_cn: passwords only.
    client_cert(setup, "ca", "admin-a", "admin-a", &[&a]);
    run_ok(
        setup.dir.path(),
        &["-q", "pki", "ca", "create", "--out-dir", "other-ca"],
        None,
    );
    client_cert(setup, "other-ca", "other-ca", "svc-orders", &[&a]);
}

/// An HTTPS client trusting the test CA, presenting `clients/<cert>` when given.
fn client(server: &Server, cert: Option<&str>) -> reqwest::blocking::Client {
    let roots =
        cu::pki::pem::only_certificates(&std::fs::read(&server.root).unwrap(), "ca").unwrap();
    let identity = cert.map(|name| {
        cu::pki::tls::Identity::from_pem(
            &std::fs::read(server.clients.join(format!("{name}.chain.pem"))).unwrap(),
            &std::fs::read(server.clients.join(format!("{name}.key"))).unwrap(),
            "client",
        )
        .unwrap()
    });
    let tls = cu::pki::tls::client_config(&roots, identity.as_ref()).unwrap();
    reqwest::blocking::Client::builder()
        .use_preconfigured_tls((*tls).clone())
        .build()
        .unwrap()
}

/// One request with extra headers; Err when the connection itself fails (TLS).
fn send(
    server: &Server,
    http: &reqwest::blocking::Client,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> Result<Reply, reqwest::Error> {
    let mut r = http.request(
        method.parse().unwrap(),
        format!("{}/service/api/v1{path}", server.public),
    );
    for (k, v) in headers {
        r = r.header(*k, *v);
    }
    r = match body {
        Some(b) => r.json(&b),
        None if method != "GET" => r.header("content-type", "application/json"),
        None => r,
    };
    let response = r.send()?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text()?;
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok(Reply {
        status,
        body,
        headers,
    })
}

fn basic(user: &str) -> String {
    format!("Basic {}", b64_std(format!("{user}:pw-{user}")))
}

fn b64_std(text: impl AsRef<[u8]>) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(text)
}

fn encrypt_body() -> Value {
    json!({"plaintext": b64(b"card 4111")})
}

fn auth_failures(server: &Server, reason: &str) -> u64 {
    let (_, metrics) = server.admin_get("/metrics");
    let prefix = format!("cu_kms_auth_failures_total{{reason=\"{reason}\"}} ");
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .map(|n| n.trim().parse().unwrap())
        .unwrap_or(0)
}

fn unauthorized(r: &Reply, detail_has: &str) {
    problem(r, 401, "unauthorized");
    let detail = r.body["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains(detail_has),
        "detail `{detail}` does not say `{detail_has}`"
    );
}

fn client_certificates_sign_in_as_their_realm_principals(setup: Setup) {
    with_certificate_principals(&setup);
    certificates(&setup);
    setup.config(
        "require.yaml",
        "require",
        "auth_order: [file, certificate]\n",
    );
    let s = setup.start("require.yaml");
    let svc = client(&s, Some("svc-orders"));
    // A request with a certificate and Basic credentials is the Basic user's: the explicit
    // credential wins over the connection's certificate.
    let auth = basic("admin-a");
    let created = send(
        &s,
        &svc,
        "POST",
        "/keys",
        &[("authorization", &auth)],
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    )
    .unwrap();
    assert_eq!(created.status, 201, "{}", created.body);
    // The certificate alone: svc-orders of tenant A, with the realm entry's scopes.
    let listed = send(&s, &svc, "GET", "/keys", &[], None).unwrap();
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(listed.body["tenant"], TENANT_A);
    assert_eq!(listed.body["keys"][0]["name"], "orders");
    let ct = send(
        &s,
        &svc,
        "POST",
        "/keys/orders/encrypt",
        &[],
        Some(encrypt_body()),
    )
    .unwrap();
    assert_eq!(ct.status, 200, "{}", ct.body);
    assert_eq!(ct.body["kid"], "orders/v1");
    // Scopes not granted: 403, not 401.
    let rotate = send(&s, &svc, "POST", "/keys/orders/rotate", &[], None).unwrap();
    problem(&rotate, 403, "forbidden");
    let decrypt = send(
        &s,
        &svc,
        "POST",
        "/decrypt",
        &[],
        Some(json!({"ciphertext": ct.body["ciphertext"]})),
    )
    .unwrap();
    problem(&decrypt, 403, "forbidden");
    // Another tenant's certificate principal sees its own tenant only.
    let b = client(&s, Some("svc-b"));
    let b_keys = send(&s, &b, "GET", "/keys", &[], None).unwrap();
    assert_eq!(b_keys.status, 200, "{}", b_keys.body);
    assert_eq!(b_keys.body["tenant"], TENANT_B);
    assert_eq!(b_keys.body["keys"], json!([]));
    problem(
        &send(&s, &b, "GET", "/keys/orders", &[], None).unwrap(),
        404,
        "unknown_key",
    );
    // Certificates the CA issued that sign in as nobody.
    let before = auth_failures(&s, "bad_certificate");
    for (cert, says) in [
        (
            "wrong-tenant",
            "no realm principal signs in with this client certificate",
        ),
        (
            "stranger",
            "no realm principal signs in with this client certificate",
        ),
        (
            "admin-a",
            "no realm principal signs in with this client certificate",
        ),
        ("no-tenant", "exactly one urn:cu:tenant:<uuid> URI SAN"),
        ("two-tenants", "exactly one urn:cu:tenant:<uuid> URI SAN"),
    ] {
        let r = send(&s, &client(&s, Some(cert)), "GET", "/keys", &[], None).unwrap();
        unauthorized(&r, says);
        assert!(
            r.headers.contains_key("www-authenticate"),
            "{cert}: no WWW-Authenticate"
        );
    }
    assert_eq!(auth_failures(&s, "bad_certificate"), before + 5);
    // The TLS layer refuses a certificate from another CA, and (require) no certificate.
    for cert in [Some("other-ca"), None] {
        let r = send(
            &s,
            &client(&s, cert),
            "GET",
            "/keys",
            &[("authorization", &auth)],
            None,
        );
        assert!(r.is_err(), "{cert:?}: the TLS handshake succeeded");
    }
    // The CLI's client certificate flags sign in the same way, with no password.
    let out = cu()
        .current_dir(setup.dir.path())
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
            "--client-cert",
            "clients/svc-orders.chain.pem",
            "--client-key",
            "clients/svc-orders.key",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("orders"));
}

fn optional_client_auth_falls_back_and_the_policy_decides(setup: Setup) {
    with_certificate_principals(&setup);
    certificates(&setup);
    setup.config(
        "optional.yaml",
        "optional",
        "auth_order: [file, certificate]\n",
    );
    let s = setup.start("optional.yaml");
    let auth = basic("admin-a");
    let plain = client(&s, None);
    // No certificate: Basic as before; nothing at all is 401.
    let created = send(
        &s,
        &plain,
        "POST",
        "/keys",
        &[("authorization", &auth)],
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    )
    .unwrap();
    assert_eq!(created.status, 201, "{}", created.body);
    unauthorized(
        &send(&s, &plain, "GET", "/keys", &[], None).unwrap(),
        "credentials are required",
    );
    let svc = client(&s, Some("svc-orders"));
    let r = send(
        &s,
        &svc,
        "POST",
        "/keys/orders/encrypt",
        &[],
        Some(encrypt_body()),
    )
    .unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
    // A wrong Basic password next to a good certificate does not fall back to the certificate.
    let wrong = format!("Basic {}", b64_std("admin-a:nope"));
    unauthorized(
        &send(&s, &svc, "GET", "/keys", &[("authorization", &wrong)], None).unwrap(),
        "user name or password is wrong",
    );
    // Another CA's certificate fails the handshake even when certificates are optional.
    assert!(send(
        &s,
        &client(&s, Some("other-ca")),
        "GET",
        "/keys",
        &[("authorization", &auth)],
        None
    )
    .is_err());
    drop(s);

    // A policy without `certificate`: the certificate is ignored, Basic still works.
    setup.config("no-certs.yaml", "optional", "auth_order: [file]\n");
    let s = setup.start("no-certs.yaml");
    let svc = client(&s, Some("svc-orders"));
    unauthorized(
        &send(&s, &svc, "GET", "/keys", &[], None).unwrap(),
        "credentials are required",
    );
    let r = send(&s, &svc, "GET", "/keys", &[("authorization", &auth)], None).unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
    drop(s);

    // `certificate` in the policy with no client certificates requested is a config error.
    setup.config("bad.yaml", "off", "auth_order: [certificate]\n");
    let out = cu()
        .current_dir(setup.dir.path())
        .args(["kms", "serve", "--config", "bad.yaml", "--check-config"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("client_auth"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `cu kms realm api-key …` on the test store; the JSON report.
fn api_key(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec![
        "--output",
        "json",
        "kms",
        "realm",
        "api-key",
        "--store",
        "kms.db",
        "--unseal-file",
        "unseal.key",
    ];
    all.extend_from_slice(args);
    serde_json::from_str(&run_ok(dir, &all, None)).unwrap()
}

fn bearer(key: &str) -> String {
    format!("Bearer {key}")
}

fn api_keys_sign_in_until_revoked(setup: Setup) {
    let d = setup.dir.path();
    setup.config("keys.yaml", "off", "auth_order: [file, api_key]\n");
    let s = setup.start("keys.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    s.ok(
        "POST",
        "/keys",
        "admin-b",
        Some(json!({"name": "b-secrets", "type": "aes-256-gcm"})),
    );
    // Made while the server runs: it reads the store on every request.
    let created = api_key(
        d,
        &[
            "create",
            "--tenant",
            TENANT_A,
            "--name",
            "ci",
            "--scope",
            "kms:key:orders:encrypt,kms:keys:read",
        ],
    );
    let key = created["key"].as_str().unwrap().to_string();
    let id = created["id"].as_str().unwrap().to_string();
    assert!(key.starts_with(&format!("cu_{id}_")), "{key}");
    // The secret is base64url, so it may hold `_` itself: the id ends at the first one.
    let secret = key[format!("cu_{id}_").len()..].to_string();
    assert_eq!(secret.len(), 43, "a 256-bit secret in base64url");
    assert_eq!(created["tenant"], TENANT_A);
    let http = client(&s, None);
    // Both headers.
    for (header, value) in [("authorization", bearer(&key)), ("x-api-key", key.clone())] {
        let r = send(
            &s,
            &http,
            "POST",
            "/keys/orders/encrypt",
            &[(header, &value)],
            Some(encrypt_body()),
        )
        .unwrap();
        assert_eq!(r.status, 200, "{header}: {}", r.body);
        let listed = send(&s, &http, "GET", "/keys", &[(header, &value)], None).unwrap();
        assert_eq!(listed.body["tenant"], TENANT_A);
        assert_eq!(listed.body["keys"].as_array().unwrap().len(), 1);
    }
    let with_key = [("x-api-key", key.as_str())];
    // The key's scopes and tenant hold.
    problem(
        &send(&s, &http, "POST", "/keys/orders/rotate", &with_key, None).unwrap(),
        403,
        "forbidden",
    );
    problem(
        &send(
            &s,
            &http,
            "POST",
            "/keys",
            &with_key,
            Some(json!({"name": "x", "type": "aes-256-gcm"})),
        )
        .unwrap(),
        403,
        "forbidden",
    );
    problem(
        &send(&s, &http, "GET", "/keys/b-secrets", &with_key, None).unwrap(),
        404,
        "unknown_key",
    );
    problem(
        &send(
            &s,
            &http,
            "POST",
            "/keys/b-secrets/encrypt",
            &with_key,
            Some(encrypt_body()),
        )
        .unwrap(),
        403,
        "forbidden",
    );
    // Wrong secret for a right id, unknown id, malformed, two credentials at once.
    let before = auth_failures(&s, "bad_api_key");
    let mut other_secret = secret.clone().into_bytes();
    other_secret[0] = if other_secret[0] == b'A' { b'B' } else { b'A' };
    let wrong_secret = format!("cu_{id}_{}", String::from_utf8(other_secret).unwrap());
    let unknown_id = format!("cu_0123456789abcdef_{secret}");
    for k in [&wrong_secret, &unknown_id] {
        for (h, v) in [("authorization", bearer(k)), ("x-api-key", k.clone())] {
            let r = send(&s, &http, "GET", "/keys", &[(h, &v)], None).unwrap();
            unauthorized(&r, "the API key is not valid");
            assert!(r.headers["www-authenticate"]
                .to_str()
                .unwrap()
                .contains("Bearer"));
        }
    }
    assert_eq!(auth_failures(&s, "bad_api_key"), before + 4);
    for malformed in [
        "cu_",
        "cu_nothex_abc",
        &format!("cu_{id}_{}", &secret[..20]),
        &format!("cu_{}_{secret}", id.to_uppercase()),
        "eyJhbGciOi.not.akey",
    ] {
        let r = send(&s, &http, "GET", "/keys", &[("x-api-key", malformed)], None).unwrap();
        unauthorized(&r, "malformed");
    }
    let auth = basic("admin-a");
    unauthorized(
        &send(
            &s,
            &http,
            "GET",
            "/keys",
            &[("x-api-key", &key), ("authorization", &auth)],
            None,
        )
        .unwrap(),
        "not both",
    );
    // `list` shows the key without its secret, in text and JSON.
    let listed = api_key(d, &["list"]);
    let entry = &listed["api_keys"][0];
    assert_eq!(entry["id"], id.as_str());
    assert_eq!(entry["name"], "ci");
    assert_eq!(entry["tenant"], TENANT_A);
    assert_eq!(
        entry["scopes"],
        json!(["kms:key:orders:encrypt", "kms:keys:read"])
    );
    assert_eq!(entry["state"], "active");
    assert!(entry["expires_at"].is_null());
    assert!(entry.get("key").is_none() && entry.get("hash").is_none());
    let text = run_ok(
        d,
        &[
            "kms",
            "realm",
            "api-key",
            "list",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
        ],
        None,
    );
    assert!(text.contains(&id) && text.contains("ci"), "{text}");
    for shown in [listed.to_string(), text] {
        assert!(!shown.contains(&secret), "list shows the secret: {shown}");
    }
    // The store holds no plaintext key: neither the text nor the secret's bytes.
    let raw_secret = cu::jose::b64::decode(&secret, "secret").unwrap();
    let stored = setup.stored_bytes();
    assert!(!stored.is_empty());
    for (file, bytes) in stored {
        let found = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(!found(secret.as_bytes()), "{file} holds the key's secret");
        assert!(!found(&raw_secret), "{file} holds the secret's bytes");
        assert!(!found(key.as_bytes()), "{file} holds the key");
    }
    // Revoked: refused from the very next request, to the holder of the secret only.
    let revoked = api_key(d, &["revoke", &id]);
    assert_eq!(revoked["revoked"]["state"], "revoked");
    unauthorized(
        &send(&s, &http, "GET", "/keys", &with_key, None).unwrap(),
        "revoked",
    );
    unauthorized(
        &send(
            &s,
            &http,
            "GET",
            "/keys",
            &[("x-api-key", &wrong_secret)],
            None,
        )
        .unwrap(),
        "the API key is not valid",
    );
    assert_eq!(api_key(d, &["list"])["api_keys"][0]["state"], "revoked");
    // Expired: made "in 2020" with an hour to live.
    let old = api_key(
        d,
        &[
            "--now",
            "2020-01-01T00:00:00Z",
            "create",
            "--tenant",
            TENANT_A,
            "--name",
            "old",
            "--scope",
            "kms:keys:read",
            "--expires",
            "1h",
        ],
    );
    assert_eq!(old["expires_at"], "2020-01-01T01:00:00Z");
    unauthorized(
        &send(
            &s,
            &http,
            "GET",
            "/keys",
            &[("x-api-key", old["key"].as_str().unwrap())],
            None,
        )
        .unwrap(),
        "expired",
    );
    // Tenant B's key reaches tenant B's keys and not A's.
    let b = api_key(
        d,
        &[
            "create", "--tenant", TENANT_B, "--name", "b", "--scope", "kms:*",
        ],
    );
    let b_key = bearer(b["key"].as_str().unwrap());
    let r = send(
        &s,
        &http,
        "GET",
        "/keys",
        &[("authorization", &b_key)],
        None,
    )
    .unwrap();
    assert_eq!(r.body["tenant"], TENANT_B);
    assert_eq!(r.body["keys"][0]["name"], "b-secrets");
    problem(
        &send(
            &s,
            &http,
            "POST",
            "/keys/orders/encrypt",
            &[("authorization", &b_key)],
            Some(encrypt_body()),
        )
        .unwrap(),
        404,
        "unknown_key",
    );
    // The CLI's client mode sends a key file as a bearer credential (--token-file).
    api_key(
        d,
        &[
            "create",
            "--tenant",
            TENANT_B,
            "--name",
            "cli",
            "--scope",
            "kms:keys:read",
            "--secret-out",
            "cli.key",
        ],
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
            "ca/root.pem",
            "--token-file",
            "cli.key",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("b-secrets"));
    // `list --tenant` filters.
    let only_b = api_key(d, &["list", "--tenant", TENANT_B]);
    assert_eq!(only_b["api_keys"].as_array().unwrap().len(), 2);
    drop(s);

    // A server whose policy has no api_key refuses keys and says why.
    setup.config("no-keys.yaml", "off", "auth_order: [file]\n");
    let s = setup.start("no-keys.yaml");
    let r = send(
        &s,
        &http,
        "GET",
        "/keys",
        &[("authorization", &b_key)],
        None,
    )
    .unwrap();
    unauthorized(&r, "does not accept API keys");
}

fn api_key_commands_refuse_bad_input_and_show_the_key_once(setup: Setup) {
    let d = setup.dir.path();
    let fails = |args: &[&str]| -> String {
        let mut all = vec![
            "--output",
            "json",
            "kms",
            "realm",
            "api-key",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
        ];
        all.extend_from_slice(args);
        let out = cu()
            .current_dir(d)
            .args(common::servers::state_args(d, &all))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?} did not fail");
        assert!(out.stdout.is_empty());
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    assert!(fails(&["create", "--name", "x", "--scope", "kms:encrypt"]).contains("--tenant"));
    assert!(fails(&[
        "create",
        "--tenant",
        TENANT_A,
        "--name",
        "x",
        "--scope",
        "KMS encrypt"
    ])
    .contains("not a scope"));
    assert!(fails(&[
        "create",
        "--tenant",
        "not-a-uuid",
        "--name",
        "x",
        "--scope",
        "kms:encrypt"
    ])
    .contains("tenant"));
    assert!(fails(&[
        "create",
        "--tenant",
        TENANT_A,
        "--name",
        "x",
        "--scope",
        "kms:encrypt",
        "--expires",
        "2001-01-01T00:00:00Z"
    ])
    .contains("not in the future"));
    assert!(fails(&["revoke", "0123456789abcdef"]).contains("no API key"));
    // --secret-out: the key goes to a 0600 file, not to standard output.
    let text = run_ok(
        d,
        &[
            "kms",
            "realm",
            "api-key",
            "create",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
            "--tenant",
            TENANT_A,
            "--name",
            "filed",
            "--scope",
            "kms:encrypt",
            "--secret-out",
            "filed.key",
        ],
        None,
    );
    let key = std::fs::read_to_string(d.join("filed.key")).unwrap();
    assert!(key.starts_with("cu_"));
    assert!(!text.contains(key.trim()), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("filed.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn a_schema_2_store_gains_api_keys_and_a_newer_one_is_refused() {
    let setup = Setup::new();
    let d = setup.dir.path();
    let db = d.join("kms.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "DROP TABLE api_keys; DROP TABLE kms_realm_users; DROP TABLE audit_trail; PRAGMA user_version = 2;",
        )
        .unwrap();
    }
    let created = api_key(
        d,
        &[
            "create",
            "--tenant",
            TENANT_A,
            "--name",
            "m",
            "--scope",
            "kms:encrypt",
        ],
    );
    assert_eq!(created["state"], "active");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, cu::kms::store::SCHEMA_VERSION);
    assert_eq!(version, 5);
    // Schema 4's and 5's tables came with the migration too.
    let users: i64 = conn
        .query_row("SELECT COUNT(*) FROM kms_realm_users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(users, 0);
    // … and holds the API key's creation, an admin record.
    let records: Vec<String> = {
        let mut stmt = conn.prepare("SELECT line FROM audit_trail").unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    assert_eq!(records.len(), 1, "{records:?}");
    assert!(
        records[0].contains("\"op\":\"api_key_create\""),
        "{records:?}"
    );
    conn.execute_batch("PRAGMA user_version = 6;").unwrap();
    drop(conn);
    let out = cu()
        .current_dir(d)
        .args([
            "kms",
            "realm",
            "api-key",
            "list",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("this cu reads up to 5"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
