//! `cu passport serve` over real HTTPS on ephemeral ports, on SQLite and PostgreSQL: every
//! route with its failures, authentication, scopes and tenants, batch results equal to
//! single ones, the JWKS's cache headers, rotation and retirement seen by verification,
//! `verify.auth: open`, and passports crossing between the service and the CLI.

mod common;

use std::process::Command;

use common::servers::{cu, problem, run_ok, Reply, Server, Setup, TENANT_A, TENANT_B};
use serde_json::{json, Value};

on_both_stores!(
    routes_scopes_tenants_and_failures,
    open_verification_and_the_cli,
    two_instances_see_each_others_rotation_within_the_bound
);

/// Two instances on one store: a rotation and a retirement through one are used by the
/// other within `key_cache_ms` (its cached key set is read again), never before it is safe.
fn two_instances_see_each_others_rotation_within_the_bound(setup: Setup) {
    passport_config(&setup, "two.yaml", "passport: {key_cache_ms: 300}\n");
    let a = start(&setup, "two.yaml");
    let b = start(&setup, "two.yaml");
    ok(&a, "POST", "/admin/rotate", "admin-a", json!({}));
    let issue = json!({"sub": "s", "aud": "api"});
    let v1 = ok(&a, "POST", "/passport/issue", "issuer-a", issue.clone())["compact"].clone();
    let verify = |s: &Server, p: &Value| {
        ok(
            s,
            "POST",
            "/passport/verify",
            "verifier-a",
            json!({"passport": p, "aud": "api"}),
        )
    };
    assert_eq!(verify(&b, &v1)["ok"], true, "b caches the key set with v1");
    ok(&a, "POST", "/admin/rotate", "admin-a", json!({}));
    let v2 = ok(&b, "POST", "/passport/issue", "issuer-a", issue)["compact"].clone();
    assert!(v2.as_str().unwrap().len() > 10);
    // a forgot its own key set at the rotation: v2 verifies there at once.
    assert_eq!(verify(&a, &v2)["ok"], true);
    let until_ok = |s: &Server, p: &Value, want: bool| {
        let started = std::time::Instant::now();
        loop {
            if (verify(s, p)["ok"] == true) == want {
                return started.elapsed();
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(5),
                "never changed"
            );
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
    };
    let waited = until_ok(&b, &v2, true);
    assert!(
        waited < std::time::Duration::from_millis(1500),
        "{waited:?}"
    );
    // Retiring v1 through a: b refuses v1 within the bound too.
    ok(
        &a,
        "POST",
        "/admin/retire",
        "admin-a",
        json!({"version": 1}),
    );
    assert_eq!(verify(&a, &v1)["reason"], "unknown_kid");
    let waited = until_ok(&b, &v1, false);
    assert!(
        waited < std::time::Duration::from_millis(1500),
        "{waited:?}"
    );
    assert_eq!(verify(&b, &v1)["reason"], "unknown_kid");
}

/// Schemathesis against the live server and its OpenAPI document: no 5xx, answers as
/// documented (status codes, schemas, content types).
#[test]
fn schemathesis_finds_no_server_errors_or_schema_breaks() {
    if !common::servers::schemathesis_available() {
        return;
    }
    let setup = Setup::new();
    passport_config(&setup, "cu-passport.yaml", "");
    let s = start(&setup, "cu-passport.yaml");
    ok(&s, "POST", "/admin/rotate", "all-b", json!({}));
    common::servers::schemathesis(
        setup.dir.path(),
        "openapi/passport.json",
        &format!("{}/v1", s.public),
        "all-b:pw-all-b",
        "20",
    );
}

/// A realm of passport principals: issuer, verifier and admin of tenant A, one of B.
fn passport_config(setup: &Setup, name: &str, extra: &str) {
    let d = setup.dir.path();
    let hash = |pw: &str| {
        run_ok(
            d,
            &["kms", "realm", "hash-password", "--iterations", "10000"],
            Some(pw.as_bytes()),
        )
        .trim()
        .to_string()
    };
    let mut realm = String::from("principals:\n");
    for (user, tenant, scopes) in [
        ("issuer-a", TENANT_A, "[\"passport:issue\"]"),
        ("verifier-a", TENANT_A, "[\"passport:verify\"]"),
        ("admin-a", TENANT_A, "[\"passport:admin\"]"),
        ("all-b", TENANT_B, "[\"passport:*\"]"),
    ] {
        realm.push_str(&format!(
            "  - name: {user}\n    kind: service\n    tenant: {tenant}\n    password: \"{}\"\n    scopes: {scopes}\n",
            hash(&format!("pw-{user}"))
        ));
    }
    std::fs::write(setup.path("passport-realm.yml"), realm).unwrap();
    let text = format!(
        "{}\nlisten: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: passport-realm.yml\nshutdown: {{drain_ms: 100, grace_ms: 1000}}\nlimits: {{rate_per_second: 10000, burst: 10000}}\n{extra}",
        setup.store_line()
    );
    std::fs::write(setup.path(name), text).unwrap();
}

/// The tenants the store holds: SQLite's tenant files (kms.tenants/), or the tenant ids in
/// a dump of PostgreSQL's.
fn tenants(setup: &Setup) -> Vec<String> {
    if setup.store[1].starts_with("postgres") {
        let dump = String::from_utf8_lossy(&common::pg::dump_url(&setup.store[1])).to_string();
        let mut found: Vec<String> = dump
            .split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
            .filter(|w| w.len() == 36 && w.matches('-').count() == 4)
            .map(str::to_string)
            .collect();
        found.sort();
        found.dedup();
        return found;
    }
    let mut found: Vec<String> = std::fs::read_dir(setup.path("kms.tenants"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".db"))
        .collect();
    found.sort();
    found
}

fn start(setup: &Setup, config: &str) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cu"));
    command
        .current_dir(setup.dir.path())
        .args(["--output", "json", "passport", "serve", "--config", config]);
    setup.serve(command)
}

fn call(s: &Server, method: &str, path: &str, user: Option<&str>, body: Option<Value>) -> Reply {
    call_with(s, method, path, user, body, &[])
}

fn call_with(
    s: &Server,
    method: &str,
    path: &str,
    user: Option<&str>,
    body: Option<Value>,
    headers: &[(&str, &str)],
) -> Reply {
    let url = format!("{}/v1{path}", s.public);
    s.request_to(&s.client(false), method, &url, user, body, headers)
}

fn ok(s: &Server, method: &str, path: &str, user: &str, body: Value) -> Value {
    let r = call(s, method, path, Some(user), Some(body));
    assert_eq!(r.status, 200, "{method} {path}: {}", r.body);
    r.body
}

/// Flip one character of the signature part of a compact passport.
fn tampered(compact: &str) -> String {
    let mut chars: Vec<char> = compact.chars().collect();
    let last = chars.len() - 2;
    chars[last] = if chars[last] == 'A' { 'B' } else { 'A' };
    chars.into_iter().collect()
}

fn routes_scopes_tenants_and_failures(setup: Setup) {
    passport_config(&setup, "cu-passport.yaml", "passport: {max_batch: 8}\n");
    let s = start(&setup, "cu-passport.yaml");
    let issue =
        json!({"sub": "alice", "aud": "api", "scopes": ["orders:read"], "ttl_seconds": 600});

    // No keyring yet; then who may create it.
    problem(
        &call(
            &s,
            "POST",
            "/passport/issue",
            Some("issuer-a"),
            Some(issue.clone()),
        ),
        404,
        "unknown_keyring",
    );
    problem(
        &call(&s, "POST", "/admin/rotate", None, None),
        401,
        "unauthorized",
    );
    problem(
        &call(&s, "POST", "/admin/rotate", Some("issuer-a"), None),
        403,
        "forbidden",
    );
    let r = call(&s, "POST", "/admin/rotate", Some("admin-a"), None);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["created"], true);
    assert_eq!(r.body["kid"], format!("ed25519/{TENANT_A}/default/v1"));

    // Issue: the envelope and the compact form; only with passport:issue.
    problem(
        &call(
            &s,
            "POST",
            "/passport/issue",
            Some("verifier-a"),
            Some(issue.clone()),
        ),
        403,
        "forbidden",
    );
    let p1 = ok(&s, "POST", "/passport/issue", "issuer-a", issue.clone());
    assert_eq!(p1["alg"], "Ed25519");
    assert_eq!(p1["kid"], format!("ed25519/{TENANT_A}/default/v1"));
    let compact = p1["compact"].as_str().unwrap().to_string();
    let envelope = json!({"alg": p1["alg"], "kid": p1["kid"], "msg": p1["msg"], "sig": p1["sig"]});
    // Issuing refuses what the CLI refuses, with its reason codes.
    for (bad, code) in [
        (json!({"sub": "", "aud": "api"}), "bad_request"),
        (json!({"sub": "a", "aud": []}), "bad_request"),
        (
            json!({"sub": "a", "aud": "api", "ttl_seconds": 999_999}),
            "bad_request",
        ),
        (
            json!({"sub": "a", "aud": "api", "keyring": "../x"}),
            "bad_request",
        ),
        (json!({"sub": "a", "aud": "api", "unknown": 1}), "malformed"),
    ] {
        let r = call(
            &s,
            "POST",
            "/passport/issue",
            Some("issuer-a"),
            Some(bad.clone()),
        );
        assert_eq!(r.status, 400, "{bad}: {}", r.body);
        assert_eq!(r.body["code"], code, "{bad}: {}", r.body);
        assert_eq!(r.body["message"], r.body["detail"]);
        assert_eq!(r.body["retryable"], false);
    }

    // Verify: ok, and each reason.
    let verify = |passport: Value, extra: Value| {
        let mut b = json!({"passport": passport, "aud": "api"});
        for (k, v) in extra.as_object().unwrap() {
            b[k] = v.clone();
        }
        ok(&s, "POST", "/passport/verify", "verifier-a", b)
    };
    let good = verify(json!(compact), json!({}));
    assert_eq!(good["ok"], true, "{good}");
    assert_eq!(good["payload"]["sub"], "alice");
    assert_eq!(verify(envelope.clone(), json!({}))["ok"], true);
    let reason = |v: Value| v["reason"].as_str().unwrap_or("ok").to_string();
    assert_eq!(
        reason(verify(json!(compact), json!({"aud": "other"}))),
        "bad_audience"
    );
    assert_eq!(
        reason(verify(json!(compact), json!({"scopes": ["orders:write"]}))),
        "scope_denied"
    );
    assert_eq!(
        reason(verify(json!(tampered(&compact)), json!({}))),
        "bad_signature"
    );
    assert_eq!(
        reason(verify(json!("not a passport"), json!({}))),
        "malformed"
    );
    assert_eq!(
        reason(verify(json!("a".repeat(9000)), json!({}))),
        "too_large"
    );
    // An unknown member (a misspelt check) is refused, never ignored with its check.
    for body in [
        json!({"passport": compact, "aud": "api", "scope": ["orders:write"]}),
        json!({"passport": compact, "aud": "api", "required_scopes": ["x"]}),
    ] {
        problem(
            &call(
                &s,
                "POST",
                "/passport/verify",
                Some("verifier-a"),
                Some(body),
            ),
            400,
            "malformed",
        );
    }
    problem(
        &call(
            &s,
            "POST",
            "/passport/verify_batch",
            Some("verifier-a"),
            Some(json!({"passports": [compact], "aud": "api", "scope": ["x"]})),
        ),
        400,
        "malformed",
    );
    // What the service would refuse to verify, it does not issue.
    let big = json!({"sub": "a", "aud": "api", "ctx": {"blob": "x".repeat(9000)}});
    problem(
        &call(&s, "POST", "/passport/issue", Some("issuer-a"), Some(big)),
        400,
        "too_large",
    );
    // A verifier names its audience (or says it checks none).
    problem(
        &call(
            &s,
            "POST",
            "/passport/verify",
            Some("verifier-a"),
            Some(json!({"passport": compact})),
        ),
        400,
        "malformed",
    );
    assert_eq!(
        ok(
            &s,
            "POST",
            "/passport/verify",
            "verifier-a",
            json!({"passport": compact, "no_audience_check": true})
        )["ok"],
        true
    );
    problem(
        &call(
            &s,
            "POST",
            "/passport/verify",
            None,
            Some(json!({"passport": compact, "aud": "api"})),
        ),
        401,
        "unauthorized",
    );
    problem(
        &call(
            &s,
            "POST",
            "/passport/verify",
            Some("issuer-a"),
            Some(json!({"passport": compact, "aud": "api"})),
        ),
        403,
        "forbidden",
    );
    // Another tenant's principal does not verify with tenant A's keys.
    let other = ok(
        &s,
        "POST",
        "/passport/verify",
        "all-b",
        json!({"passport": compact, "aud": "api"}),
    );
    assert_eq!(reason(other), "unknown_kid");

    // A batch: one result per index, in order, each what a single verify says.
    let items = vec![
        json!(compact),
        json!(tampered(&compact)),
        json!("garbage"),
        envelope.clone(),
        json!({"alg": "none", "kid": p1["kid"], "msg": p1["msg"], "sig": p1["sig"]}),
    ];
    let batch = ok(
        &s,
        "POST",
        "/passport/verify_batch",
        "verifier-a",
        json!({"passports": items, "aud": "api"}),
    );
    let results = batch["results"].as_array().unwrap();
    assert_eq!(results.len(), items.len());
    assert_eq!(
        (batch["ok"].as_u64(), batch["failed"].as_u64()),
        (Some(2), Some(3))
    );
    for (i, item) in items.iter().enumerate() {
        let single = verify(item.clone(), json!({}));
        assert_eq!(results[i]["index"], i);
        assert_eq!(results[i]["ok"], single["ok"], "{i}");
        assert_eq!(results[i]["reason"], single["reason"], "{i}");
        assert_eq!(results[i]["payload"], single["payload"], "{i}");
    }
    let too_many: Vec<Value> = (0..9).map(|_| json!(compact)).collect();
    problem(
        &call(
            &s,
            "POST",
            "/passport/verify_batch",
            Some("verifier-a"),
            Some(json!({"passports": too_many, "aud": "api"})),
        ),
        413,
        "too_large",
    );

    // The JWKS, cacheable; another tenant's is not readable.
    let keys = call(&s, "GET", "/keys", Some("verifier-a"), None);
    assert_eq!(keys.status, 200, "{}", keys.body);
    assert_eq!(keys.body["keys"].as_array().unwrap().len(), 1);
    // Read with a credential: for the caller only, and varying with it.
    assert_eq!(keys.headers["cache-control"], "private, max-age=60");
    assert_eq!(keys.headers["vary"], "authorization");
    let etag = keys.headers["etag"].to_str().unwrap().to_string();
    let again = call_with(
        &s,
        "GET",
        "/keys",
        Some("verifier-a"),
        None,
        &[("if-none-match", &etag)],
    );
    assert_eq!(again.status, 304);
    problem(
        &call(
            &s,
            "GET",
            &format!("/keys?tenant={TENANT_B}"),
            Some("verifier-a"),
            None,
        ),
        403,
        "forbidden",
    );
    problem(&call(&s, "GET", "/keys", None, None), 401, "unauthorized");

    // Rotation: new passports carry v2, old ones keep verifying until v1 is retired.
    assert_eq!(
        ok(&s, "POST", "/admin/rotate", "admin-a", json!({}))["version"],
        2
    );
    let p2 = ok(&s, "POST", "/passport/issue", "issuer-a", issue.clone());
    assert_eq!(p2["kid"], format!("ed25519/{TENANT_A}/default/v2"));
    assert_eq!(verify(json!(compact), json!({}))["ok"], true);
    let keys2 = call_with(
        &s,
        "GET",
        "/keys",
        Some("verifier-a"),
        None,
        &[("if-none-match", &etag)],
    );
    assert_eq!(keys2.status, 200, "a new key set has a new tag");
    assert_eq!(keys2.body["keys"].as_array().unwrap().len(), 2);
    problem(
        &call(
            &s,
            "POST",
            "/admin/retire",
            Some("admin-a"),
            Some(json!({"version": 2})),
        ),
        400,
        "bad_request",
    );
    problem(
        &call(
            &s,
            "POST",
            "/admin/retire",
            Some("issuer-a"),
            Some(json!({"version": 1})),
        ),
        403,
        "forbidden",
    );
    assert_eq!(
        ok(
            &s,
            "POST",
            "/admin/retire",
            "admin-a",
            json!({"version": 1})
        )["state"],
        "retired"
    );
    assert_eq!(reason(verify(json!(compact), json!({}))), "unknown_kid");
    assert_eq!(verify(json!(p2["compact"]), json!({}))["ok"], true);
    let attest = call(&s, "GET", "/admin/attest", Some("admin-a"), None);
    assert_eq!(attest.status, 200, "{}", attest.body);
    let states: Vec<&str> = attest.body["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["retired", "current"]);
    problem(
        &call(&s, "GET", "/admin/attest", Some("verifier-a"), None),
        403,
        "forbidden",
    );

    // The KMS shows a keyring's key and verifies with it, but neither signs with it (a raw
    // signature would be a passport no passport scope allowed) nor changes it.
    let kms = setup.start("cu-kms.yaml");
    let key = "/keys/passport.default";
    assert_eq!(kms.request("GET", key, Some("admin-a"), None).status, 200);
    let sign = json!({"message": common::servers::b64(b"{}"), "raw": true});
    problem(
        &kms.request("POST", &format!("{key}/sign"), Some("admin-a"), Some(sign)),
        403,
        "forbidden",
    );
    for (method, path, body) in [
        ("POST", format!("{key}/rotate"), None),
        ("DELETE", key.to_string(), None),
        ("POST", format!("{key}/versions/1/enable"), None),
        (
            "POST",
            "/keys".to_string(),
            Some(json!({"name": "passport.evil", "type": "ed25519"})),
        ),
    ] {
        problem(
            &kms.request(method, &path, Some("admin-a"), body),
            403,
            "forbidden",
        );
    }
    drop(kms);

    // What is not a route or not a method, and what is not JSON.
    problem(&call(&s, "GET", "/nope", None, None), 404, "not_found");
    problem(
        &call(&s, "GET", "/passport/issue", Some("issuer-a"), None),
        405,
        "method_not_allowed",
    );
    let r = s
        .client(false)
        .post(format!("{}/v1/passport/verify", s.public))
        .basic_auth("verifier-a", Some("pw-verifier-a"))
        .header("content-type", "text/plain")
        .body("x")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 415);
    let doc = call(&s, "GET", "/openapi.json", None, None);
    assert_eq!(doc.body["openapi"], "3.1.0");
}

fn open_verification_and_the_cli(setup: Setup) {
    passport_config(&setup, "open.yaml", "passport: {verify: {auth: open}}\n");
    let s = start(&setup, "open.yaml");
    ok(&s, "POST", "/admin/rotate", "admin-a", json!({}));
    let p = ok(
        &s,
        "POST",
        "/passport/issue",
        "issuer-a",
        json!({"sub": "svc", "aud": ["api", "billing"]}),
    );
    let compact = p["compact"].as_str().unwrap().to_string();
    // Anyone may verify, with the keys of the tenant the kid names.
    let r = call(
        &s,
        "POST",
        "/passport/verify",
        None,
        Some(json!({"passport": compact, "aud": "billing"})),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["ok"], true, "{}", r.body);
    let keys = call(&s, "GET", &format!("/keys?tenant={TENANT_A}"), None, None);
    assert_eq!(keys.status, 200, "{}", keys.body);
    assert_eq!(keys.headers["cache-control"], "public, max-age=60");
    problem(&call(&s, "GET", "/keys", None, None), 400, "malformed");
    // A tenant named only by a request is read, never created: a passport or a key set
    // request naming tenants that do not exist leaves the store as it was.
    let before = setup.stored_bytes().len();
    let tables = tenants(&setup);
    let ghost = "5f0c6a1e-1111-4222-8333-444455556666";
    let forged = compact.replace(
        &cu::jose::b64::encode(TENANT_A.as_bytes())[..4],
        &cu::jose::b64::encode(ghost.as_bytes())[..4],
    );
    let r = call(
        &s,
        "POST",
        "/passport/verify",
        None,
        Some(json!({"passport": forged, "aud": "api"})),
    );
    assert_eq!(r.body["ok"], false, "{}", r.body);
    problem(
        &call(&s, "GET", &format!("/keys?tenant={ghost}"), None, None),
        404,
        "unknown_keyring",
    );
    let mut many = Vec::new();
    for i in 0..20 {
        let payload = json!({"aud": ["api"], "ctx": {}, "exp": 4_000_000_000u64, "iat": 1, "iss": "x",
            "kid": format!("ed25519/5f0c6a1e-1111-4222-8333-{i:012}/default/v1"), "scopes": [], "sub": "s"});
        let msg = cu::jose::b64::encode(payload.to_string().as_bytes());
        many.push(json!(format!("{msg}.{}", cu::jose::b64::encode([0u8; 64]))));
    }
    let r = call(
        &s,
        "POST",
        "/passport/verify_batch",
        None,
        Some(json!({"passports": many, "aud": "api"})),
    );
    assert_eq!(r.body["failed"], 20, "{}", r.body);
    assert_eq!(setup.stored_bytes().len(), before);
    assert_eq!(tenants(&setup), tables, "no tenant was created");
    // Issuing still needs a principal.
    problem(
        &call(
            &s,
            "POST",
            "/passport/issue",
            None,
            Some(json!({"sub": "x", "aud": "api"})),
        ),
        401,
        "unauthorized",
    );

    // What the service issued, the CLI verifies with the store's keys, and the reverse.
    let mut store = vec!["--tenant", TENANT_A, "--unseal-file", "unseal.key"];
    store.extend(setup.store.iter().map(String::as_str));
    let mut args = vec!["passport", "verify", "--aud", "api"];
    args.extend(&store);
    let out = run_ok(setup.dir.path(), &args, Some(compact.as_bytes()));
    assert!(out.contains("svc"), "{out}");
    let mut args = vec!["passport", "issue", "--sub", "cli-made", "--aud", "api"];
    args.extend(&store);
    let from_cli = run_ok(setup.dir.path(), &args, None);
    let r = call(
        &s,
        "POST",
        "/passport/verify",
        None,
        Some(json!({"passport": from_cli.trim(), "aud": "api"})),
    );
    assert_eq!(r.body["ok"], true, "{}", r.body);
    assert_eq!(r.body["payload"]["sub"], "cli-made");
    let _ = cu;
}
