//! `cu passport serve` over real HTTPS on ephemeral ports, on SQLite and PostgreSQL: every
//! route with its failures, authentication, scopes and tenants, batch results equal to
//! single ones, the JWKS's cache headers, rotation and retirement seen by verification,
//! `verify.auth: open`, and passports crossing between the service and the CLI.

mod common;

use std::process::Command;

use common::servers::{cu, problem, run_ok, Reply, Server, Setup, TENANT_A, TENANT_B};
use serde_json::{json, Value};

on_both_stores!(
    the_cli_through_the_service_answers_as_locally,
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
        ("polite-a", TENANT_A, "[\"passport:verify\"]"),
        ("all-b", TENANT_B, "[\"passport:*\"]"),
    ] {
        realm.push_str(&format!(
            "  - name: {user}\n    kind: service\n    tenant: {tenant}\n    password: \"{}\"\n    scopes: {scopes}\n",
            hash(&format!("pw-{user}"))
        ));
    }
    std::fs::write(setup.path("passport-realm.yml"), realm).unwrap();
    // An `extra` with its own limits replaces these.
    let limits = if extra.contains("limits:") {
        ""
    } else {
        "limits: {rate_per_second: 10000, burst: 10000}\n"
    };
    let text = format!(
        "{}\nlisten: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: passport-realm.yml\nshutdown: {{drain_ms: 100, grace_ms: 1000}}\n{limits}{extra}",
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
    start_with(setup, config, &[])
}

fn start_with(setup: &Setup, config: &str, more: &[&str]) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cu"));
    command
        .current_dir(setup.dir.path())
        .args(["--output", "json", "passport", "serve", "--config", config])
        .args(more);
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

/// The value of one sample of a metrics page (`name{labels}` exactly), 0 when absent.
fn sample(metrics: &str, series: &str) -> f64 {
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

/// What a result says, for comparing paths: ok, reason, kid and payload.
fn outcome(r: &Value) -> Value {
    json!([r["ok"], r["reason"], r["kid"], r["payload"]])
}

/// Coalesced single requests, verify_batch and uncoalesced single requests give the same
/// answer for every passport, whatever the mix: valid ones of two key versions, tampered,
/// signed by another key, of another tenant, of a version that does not exist, expired,
/// for another audience, lacking the scope, malformed and oversized, sent concurrently so
/// that they meet in one flush (a bad item in a batch is found by splitting it).
#[test]
fn coalesced_batch_and_single_results_agree_on_every_mix() {
    let setup = Setup::new();
    passport_config(
        &setup,
        "on.yaml",
        "passport: {coalesce: {target_batch: 16, max_wait_us: 5000, single_below: 2}}\n",
    );
    passport_config(
        &setup,
        "off.yaml",
        "passport: {coalesce: {enabled: false}}\n",
    );
    let on_server = start(&setup, "on.yaml");
    let on = &on_server;
    let off = start(&setup, "off.yaml");
    ok(on, "POST", "/admin/rotate", "admin-a", json!({}));
    ok(on, "POST", "/admin/rotate", "all-b", json!({}));
    let issue = |who: &str, body: Value| ok(on, "POST", "/passport/issue", who, body);
    let good = json!({"sub": "alice", "aud": "api", "scopes": ["orders:read"]});
    let v1 = issue("issuer-a", good.clone());
    let short = issue(
        "issuer-a",
        json!({"sub": "brief", "aud": "api", "scopes": ["orders:read"], "ttl_seconds": 1}),
    );
    let other_aud = issue(
        "issuer-a",
        json!({"sub": "carol", "aud": "billing", "scopes": ["orders:read"]}),
    );
    let no_scope = issue("issuer-a", json!({"sub": "dave", "aud": "api"}));
    ok(on, "POST", "/admin/rotate", "admin-a", json!({}));
    let v2 = issue(
        "issuer-a",
        json!({"sub": "erin", "aud": ["api", "x"], "scopes": ["orders:read", "w"]}),
    );
    let b = issue("all-b", good.clone());
    let envelope =
        |p: &Value| json!({"alg": p["alg"], "kid": p["kid"], "msg": p["msg"], "sig": p["sig"]});
    let compact = |p: &Value| p["compact"].clone();
    let mut with_kid = envelope(&b);
    with_kid["kid"] = v1["kid"].clone();
    let mut unknown_version = envelope(&v2);
    unknown_version["kid"] = json!(format!("ed25519/{TENANT_A}/default/v9"));
    let mut swapped_sig = envelope(&v1);
    swapped_sig["sig"] = v2["sig"].clone();
    // Expired (skew 0 in the checks) once its second is over.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let pool: Vec<Value> = vec![
        compact(&v1),
        envelope(&v1),
        compact(&v2),
        envelope(&v2),
        json!(tampered(v1["compact"].as_str().unwrap())),
        json!(tampered(v2["compact"].as_str().unwrap())),
        swapped_sig,
        with_kid,
        compact(&b),
        unknown_version,
        compact(&short),
        compact(&other_aud),
        compact(&no_scope),
        json!("garbage"),
        json!("a.b.c"),
        json!({"alg": "none", "kid": v1["kid"], "msg": v1["msg"], "sig": v1["sig"]}),
        json!("x".repeat(9000)),
    ];
    let checks = json!({"aud": "api", "scopes": ["orders:read"], "skew_seconds": 0});
    let single = |s: &Server, client: &reqwest::blocking::Client, p: &Value| {
        let mut body = checks.clone();
        body["passport"] = p.clone();
        let url = format!("{}/v1/passport/verify", s.public);
        let r = s.request_to(client, "POST", &url, Some("verifier-a"), Some(body), &[]);
        assert_eq!(r.status, 200, "{}", r.body);
        r.body
    };
    let client = on.client(false);
    // What each passport is, checked alone by the uncoalesced instance.
    let expected: Vec<Value> = pool
        .iter()
        .map(|p| outcome(&single(&off, &client, p)))
        .collect();
    let reasons: Vec<&str> = expected
        .iter()
        .map(|e| e[1].as_str().unwrap_or("ok"))
        .collect();
    for want in [
        "ok",
        "bad_signature",
        "unknown_kid",
        "expired",
        "bad_audience",
        "scope_denied",
        "malformed",
        "too_large",
    ] {
        assert!(
            reasons.contains(&want),
            "no {want} in the pool: {reasons:?}"
        );
    }
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases: 24,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    });
    runner
        .run(&proptest::collection::vec(0..pool.len(), 1..40), |picks| {
            // Every pick its own request, all at once: they meet in the queues.
            let answers: Vec<Value> = std::thread::scope(|scope| {
                let handles: Vec<_> = picks
                    .iter()
                    .map(|&i| {
                        let (client, p, single) = (&client, &pool[i], &single);
                        scope.spawn(move || single(on, client, p))
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            for (&i, answer) in picks.iter().zip(&answers) {
                proptest::prop_assert_eq!(&outcome(answer), &expected[i], "coalesced, item {}", i);
            }
            let mut body = checks.clone();
            body["passports"] = json!(picks.iter().map(|&i| pool[i].clone()).collect::<Vec<_>>());
            let url = format!("{}/v1/passport/verify_batch", on.public);
            let r = on.request_to(&client, "POST", &url, Some("verifier-a"), Some(body), &[]);
            proptest::prop_assert_eq!(r.status, 200);
            let results = r.body["results"].as_array().unwrap();
            proptest::prop_assert_eq!(results.len(), picks.len());
            for (k, &i) in picks.iter().enumerate() {
                proptest::prop_assert_eq!(&results[k]["index"], &json!(k));
                proptest::prop_assert_eq!(&outcome(&results[k]), &expected[i], "batch, item {}", i);
            }
            Ok(())
        })
        .unwrap();
    // The requests did meet: some flush checked more than one.
    let (_, metrics) = on.admin_get("/metrics");
    let flushes = sample(
        &metrics,
        "cu_passport_passport_batch_len_count{path=\"coalesced\"}",
    );
    let items = sample(
        &metrics,
        "cu_passport_passport_batch_len_sum{path=\"coalesced\"}",
    );
    assert!(
        flushes > 0.0 && items > flushes * 1.5,
        "flushes {flushes}, items {items}"
    );
    for series in [
        "cu_passport_passport_verify_results_total{reason=\"ok\"}",
        "cu_passport_passport_verify_results_total{reason=\"bad_signature\"}",
        "cu_passport_passport_verify_duration_seconds_count{path=\"coalesced\"}",
        "cu_passport_passport_verify_duration_seconds_count{path=\"batch\"}",
        "cu_passport_passport_batch_len_count{path=\"batch\"}",
    ] {
        assert!(sample(&metrics, series) > 0.0, "{series} in\n{metrics}");
    }
    assert!(
        metrics.contains("cu_passport_passport_queue_depth "),
        "{metrics}"
    );
}

/// One credential flooding verifications does not starve another: the flood meets its
/// rate (429 rate_limited, with retry_after_ms, answered `refusal_delay_ms` late so that
/// each flooding connection gets about one refusal a second) and its queue bound (429
/// queue_full), while every request of a polite client is answered, and answered ok. The
/// polite client's p50 and p99 are printed (`--nocapture`).
#[test]
fn a_greedy_client_does_not_starve_a_polite_one() {
    let setup = Setup::new();
    passport_config(
        &setup,
        "fair.yaml",
        "limits: {rate_per_second: 100, burst: 20}\npassport: {coalesce: {max_queued_per_credential: 4}}\n",
    );
    let s = start(&setup, "fair.yaml");
    ok(&s, "POST", "/admin/rotate", "admin-a", json!({}));
    let p = ok(
        &s,
        "POST",
        "/passport/issue",
        "issuer-a",
        json!({"sub": "s", "aud": "api"}),
    )["compact"]
        .clone();
    let body = json!({"passport": p, "aud": "api"});
    let url = format!("{}/v1/passport/verify", s.public);
    let until = std::time::Instant::now() + std::time::Duration::from_secs(3);
    let (greedy, polite) = std::thread::scope(|scope| {
        let greedy: Vec<_> = (0..8)
            .map(|_| {
                let (s, url, body) = (&s, &url, &body);
                scope.spawn(move || {
                    let client = s.client(false);
                    let mut statuses = std::collections::BTreeMap::<String, u32>::new();
                    while std::time::Instant::now() < until {
                        let r = s.request_to(
                            &client,
                            "POST",
                            url,
                            Some("verifier-a"),
                            Some(body.clone()),
                            &[],
                        );
                        if r.status == 429 {
                            assert!(r.body["retry_after_ms"].as_u64().unwrap() > 0, "{}", r.body);
                            assert_eq!(r.body["retryable"], true);
                        }
                        let key = format!("{} {}", r.status, r.body["code"].as_str().unwrap_or(""));
                        *statuses.entry(key).or_default() += 1;
                    }
                    statuses
                })
            })
            .collect();
        let polite = scope.spawn(|| {
            let client = s.client(false);
            let mut latencies = Vec::new();
            while std::time::Instant::now() < until {
                let started = std::time::Instant::now();
                let r = s.request_to(
                    &client,
                    "POST",
                    &url,
                    Some("polite-a"),
                    Some(body.clone()),
                    &[],
                );
                latencies.push(started.elapsed());
                assert_eq!(r.status, 200, "the polite client was refused: {}", r.body);
                assert_eq!(r.body["ok"], true, "{}", r.body);
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            latencies
        });
        let mut all = std::collections::BTreeMap::<String, u32>::new();
        for g in greedy {
            for (k, n) in g.join().unwrap() {
                *all.entry(k).or_default() += n;
            }
        }
        (all, polite.join().unwrap())
    });
    let mut sorted = polite.clone();
    sorted.sort();
    let p99 = sorted[(sorted.len() * 99).div_ceil(100).saturating_sub(1)];
    let p50 = sorted[sorted.len() / 2];
    eprintln!(
        "fairness: polite client {} requests, p50 {p50:?}, p99 {p99:?}; greedy client {greedy:?}",
        polite.len()
    );
    assert!(polite.len() >= 40, "{}", polite.len());
    assert!(
        greedy.keys().any(|k| k.starts_with("429 ")),
        "the flood was never limited: {greedy:?}"
    );
    assert!(greedy.contains_key("200 "), "{greedy:?}");
    assert!(
        p99 < std::time::Duration::from_secs(1),
        "polite p99 {p99:?}"
    );
    let (_, metrics) = s.admin_get("/metrics");
    assert!(
        sample(
            &metrics,
            "cu_passport_passport_rejections_total{cause=\"rate_limited\"}"
        ) > 0.0,
        "{metrics}"
    );
}

/// Rotation every 50–200 ms while clients issue and verify passports of every version so
/// far (singly, coalesced, and in batches): no verification fails.
#[test]
fn rotating_under_load_fails_no_verification() {
    let setup = Setup::new();
    passport_config(
        &setup,
        "chaos.yaml",
        "passport: {coalesce: {max_wait_us: 2000}}\n",
    );
    let s = start(&setup, "chaos.yaml");
    ok(&s, "POST", "/admin/rotate", "admin-a", json!({}));
    let done = std::sync::atomic::AtomicBool::new(false);
    let (rotations, checked) = std::thread::scope(|scope| {
        let rotator = scope.spawn(|| {
            let mut n = 0;
            let mut seed = 0x9e37_79b9_u32;
            while n < 15 {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                std::thread::sleep(std::time::Duration::from_millis(50 + u64::from(seed % 151)));
                ok(&s, "POST", "/admin/rotate", "admin-a", json!({}));
                n += 1;
            }
            done.store(true, std::sync::atomic::Ordering::SeqCst);
            n
        });
        let workers: Vec<_> = (0..4)
            .map(|w| {
                let (s, done) = (&s, &done);
                scope.spawn(move || {
                    let client = s.client(false);
                    let verify_url = format!("{}/v1/passport/verify", s.public);
                    let batch_url = format!("{}/v1/passport/verify_batch", s.public);
                    let issue_url = format!("{}/v1/passport/issue", s.public);
                    let mut kept: Vec<Value> = Vec::new();
                    let mut kids = std::collections::BTreeSet::new();
                    let mut checked = 0;
                    let mut round = 0;
                    while !done.load(std::sync::atomic::Ordering::SeqCst) {
                        round += 1;
                        let body = json!({"sub": format!("w{w}-{round}"), "aud": "api"});
                        let r = s.request_to(
                            &client,
                            "POST",
                            &issue_url,
                            Some("issuer-a"),
                            Some(body),
                            &[],
                        );
                        assert_eq!(r.status, 200, "{}", r.body);
                        let p = r.body["compact"].clone();
                        kids.insert(r.body["kid"].as_str().unwrap().to_string());
                        // This passport right away, and an older one (of an older version).
                        let older = kept
                            .get(round % kept.len().max(1))
                            .cloned()
                            .unwrap_or(p.clone());
                        let verify = |url: &str, body: Value| {
                            let r = s.request_to(
                                &client,
                                "POST",
                                url,
                                Some("verifier-a"),
                                Some(body),
                                &[],
                            );
                            assert_eq!(r.status, 200, "{}", r.body);
                            r.body
                        };
                        for q in [&p, &older] {
                            let r = verify(&verify_url, json!({"passport": q, "aud": "api"}));
                            assert_eq!(r["ok"], true, "round {round}: {r}");
                            checked += 1;
                        }
                        kept.push(p);
                        if round % 5 == 0 {
                            let r = verify(&batch_url, json!({"passports": kept, "aud": "api"}));
                            assert_eq!(r["failed"], 0, "round {round}: {r}");
                            checked += kept.len();
                        }
                    }
                    (checked, kids.len())
                })
            })
            .collect();
        let rotations = rotator.join().unwrap();
        let results: Vec<(usize, usize)> = workers.into_iter().map(|w| w.join().unwrap()).collect();
        (rotations, results)
    });
    assert_eq!(rotations, 15);
    let total: usize = checked.iter().map(|c| c.0).sum();
    eprintln!("chaos: {rotations} rotations, {total} verifications, all ok");
    assert!(total > 100, "{checked:?}");
    assert!(
        checked.iter().all(|c| c.1 >= 3),
        "mixed versions: {checked:?}"
    );
}

/// `cu passport … --server`: as the service's client, with a user's password file (or
/// CU_PASSPORT_SERVER), every command answers with the output, reason codes and exit codes of
/// the local commands (here: local verification against the JWKS the service publishes).
fn the_cli_through_the_service_answers_as_locally(setup: Setup) {
    passport_config(&setup, "cli.yaml", "");
    let s = start(&setup, "cli.yaml");
    let d = setup.dir.path();
    for user in ["issuer-a", "verifier-a", "admin-a", "all-b"] {
        std::fs::write(d.join(format!("{user}.pw")), format!("pw-{user}")).unwrap();
    }
    let root = s.root.display().to_string();
    let text = |o: &std::process::Output| String::from_utf8_lossy(&o.stdout).to_string();
    // `cu passport ARGS` with STDIN, as it is (local) or as a client of the service.
    let local = |args: &[&str], stdin: &[u8]| {
        let mut c = cu();
        c.current_dir(d)
            .args(["passport"])
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(stdin).unwrap();
        child.wait_with_output().unwrap()
    };
    let run = |user: &str, args: &[&str], stdin: &[u8]| {
        let password = format!("{user}.pw");
        let client = ["--server", &s.public, "--ca", &root, "--user", user];
        local(
            &[&client[..], &["--password-file", &password], args].concat(),
            stdin,
        )
    };

    let rotated = run("admin-a", &["rotate"], b"");
    assert!(rotated.status.success(), "{rotated:?}");
    assert_eq!(
        text(&rotated),
        format!("created keyring default; current key ed25519/{TENANT_A}/default/v1\n")
    );
    let issued = run(
        "issuer-a",
        &[
            "issue", "--sub", "alice", "--aud", "api", "--scope", "read", "--ttl", "10m",
        ],
        b"",
    );
    assert!(issued.status.success(), "{issued:?}");
    let compact = text(&issued).trim().to_string();
    let keys = run("verifier-a", &["keys"], b"");
    assert!(keys.status.success(), "{keys:?}");
    std::fs::write(d.join("jwks.json"), &keys.stdout).unwrap();

    // One passport: the payload as signed, exit 0; a tampered one: bad_signature, exit 2.
    let checks = ["verify", "--aud", "api", "--require-scope", "read"];
    let remote_ok = run("verifier-a", &checks, compact.as_bytes());
    let local_ok = local(
        &[&checks[..], &["--jwks", "jwks.json"]].concat(),
        compact.as_bytes(),
    );
    assert_eq!(remote_ok.status.code(), Some(0), "{remote_ok:?}");
    assert_eq!(remote_ok.stdout, local_ok.stdout);
    assert!(text(&remote_ok).contains("\"sub\":\"alice\""));
    let bad = tampered(&compact);
    for (args, want) in [
        (&checks[..], "bad_signature"),
        (&["verify", "--aud", "billing"][..], "bad_audience"),
        (
            &["verify", "--aud", "api", "--require-scope", "write"][..],
            "scope_denied",
        ),
    ] {
        let input = if want == "bad_signature" {
            bad.as_bytes()
        } else {
            compact.as_bytes()
        };
        let r = run("verifier-a", args, input);
        let l = local(&[args, &["--jwks", "jwks.json"]].concat(), input);
        assert_eq!(r.status.code(), Some(2), "{r:?}");
        assert_eq!(l.status.code(), Some(2), "{l:?}");
        let (re, le) = (
            String::from_utf8_lossy(&r.stderr),
            String::from_utf8_lossy(&l.stderr),
        );
        assert!(re.contains(want) && le.contains(want), "{re}\n{le}");
    }
    // Another tenant's verifier: unknown_kid, as locally without the key.
    let other = run("all-b", &checks, compact.as_bytes());
    assert_eq!(other.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&other.stderr).contains("unknown_kid"),
        "{other:?}"
    );

    // A batch: the same lines, byte for byte, and exit 1 (some failed).
    let batch_in = format!("{compact}\n\n{bad}\ngarbage\n{compact}\n");
    let batch = ["verify", "--batch", "--aud", "api"];
    let r = run("verifier-a", &batch, batch_in.as_bytes());
    let l = local(
        &[&batch[..], &["--jwks", "jwks.json"]].concat(),
        batch_in.as_bytes(),
    );
    assert_eq!(r.status.code(), Some(1), "{r:?}");
    assert_eq!(l.status.code(), Some(1));
    assert_eq!(text(&r), text(&l));
    assert_eq!(text(&r).lines().count(), 4);
    // More than one request's worth (256 a request), all good: exit 0, every line.
    let many: String = (0..300).map(|_| format!("{compact}\n")).collect();
    let r = run("verifier-a", &batch, many.as_bytes());
    assert_eq!(
        r.status.code(),
        Some(0),
        "{:?}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert_eq!(text(&r).lines().count(), 300);

    // issue --batch: one passport per line; a bad line fails the run and prints nothing.
    let r = run(
        "issuer-a",
        &["issue", "--batch", "--aud", "api"],
        b"{\"sub\":\"a\"}\n{\"sub\":\"b\"}\n",
    );
    assert!(r.status.success(), "{r:?}");
    assert_eq!(text(&r).lines().count(), 2);
    let r = run(
        "issuer-a",
        &["issue", "--batch", "--aud", "api"],
        b"{\"sub\":\"a\"}\n{\"sub\":\"\"}\n",
    );
    assert_eq!(r.status.code(), Some(2), "{r:?}");
    assert!(r.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("request 2"),
        "{r:?}"
    );

    // JSON output as locally; attest and retire; who may do what is the service's to say.
    let r = run(
        "verifier-a",
        &["--output", "json", "verify", "--aud", "api"],
        compact.as_bytes(),
    );
    let l = local(
        &[
            "--output",
            "json",
            "verify",
            "--aud",
            "api",
            "--jwks",
            "jwks.json",
        ],
        compact.as_bytes(),
    );
    assert_eq!(r.stdout, l.stdout);
    let attest = run("admin-a", &["attest"], b"");
    assert!(
        text(&attest).contains(&format!("tenant       {TENANT_A}")),
        "{attest:?}"
    );
    let r = run("issuer-a", &["rotate"], b"");
    assert_eq!(r.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("passport:admin"),
        "{r:?}"
    );
    assert!(run("admin-a", &["rotate"], b"").status.success());
    let r = run("admin-a", &["retire", "--key-version", "1"], b"");
    assert!(
        text(&r).starts_with(&format!("retired ed25519/{TENANT_A}/default/v1")),
        "{r:?}"
    );
    let r = run("verifier-a", &checks, compact.as_bytes());
    assert_eq!(r.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("unknown_kid"),
        "{r:?}"
    );

    // CU_PASSPORT_SERVER names the service; --server and a local store exclude each other.
    let mut c = cu();
    let o = c
        .current_dir(d)
        .env("CU_PASSPORT_SERVER", &s.public)
        .args([
            "passport",
            "--ca",
            &root,
            "--user",
            "admin-a",
            "--password-file",
            "admin-a.pw",
            "attest",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    let o = run("admin-a", &["--store", "kms.db", "attest"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("--store"),
        "{o:?}"
    );
    std::fs::write(d.join("wrong.pw"), "not-the-password").unwrap();
    let mut c = cu();
    let o = c
        .current_dir(d)
        .args([
            "passport", "--server", &s.public, "--ca", &root, "--user", "admin-a",
        ])
        .args(["--password-file", "wrong.pw", "attest"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(o.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("password is wrong"),
        "{o:?}"
    );
}

/// `--amnesia`: a config asking for an audit trail, a log file or telemetry is refused by
/// name; served, the service logs no request lines. The key cache is warmed at start with
/// the keyrings of the realm's verifiers' tenants.
#[test]
fn amnesia_keeps_nothing_and_the_key_cache_starts_warm() {
    let setup = Setup::new();
    passport_config(&setup, "plain.yaml", "");
    let first = start(&setup, "plain.yaml");
    ok(&first, "POST", "/admin/rotate", "admin-a", json!({}));
    ok(
        &first,
        "POST",
        "/admin/rotate",
        "all-b",
        json!({"keyring": "other"}),
    );
    let p = ok(
        &first,
        "POST",
        "/passport/issue",
        "issuer-a",
        json!({"sub": "s", "aud": "api"}),
    )["compact"]
        .clone();
    // Without --amnesia, the request lines go to stderr (no log file configured).
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(
        first
            .log
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("/passport/issue")),
        "{:?}",
        first.log.lock().unwrap()
    );
    drop(first);
    for (extra, what) in [
        ("audit: {file: audit.log}\n", "audit trail"),
        ("log: {file: passport.log}\n", "log file"),
        (
            "telemetry: {otlp: {endpoint: \"http://127.0.0.1:9\"}}\n",
            "telemetry export",
        ),
    ] {
        passport_config(&setup, "bad.yaml", extra);
        let o = cu()
            .current_dir(setup.dir.path())
            .args([
                "passport",
                "serve",
                "--config",
                "bad.yaml",
                "--amnesia",
                "--check-config",
            ])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{extra}: {o:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(&format!("--amnesia keeps no {what}")), "{err}");
    }
    let s = start_with(&setup, "plain.yaml", &["--amnesia"]);
    let (_, metrics) = s.admin_get("/metrics");
    // Tenant A's `default` and tenant B's `other`.
    assert_eq!(
        sample(&metrics, "cu_passport_passport_key_sets_warmed"),
        2.0,
        "{metrics}"
    );
    let r = ok(
        &s,
        "POST",
        "/passport/verify",
        "verifier-a",
        json!({"passport": p, "aud": "api"}),
    );
    assert_eq!(r["ok"], true, "{r}");
    problem(
        &call(
            &s,
            "POST",
            "/passport/verify",
            None,
            Some(json!({"passport": p, "aud": "api"})),
        ),
        401,
        "unauthorized",
    );
    // Who asks is checked before the body is read: a stranger's malformed body is a 401.
    for route in ["/passport/verify", "/passport/verify_batch"] {
        problem(
            &call(&s, "POST", route, None, Some(json!({"nonsense": 1}))),
            401,
            "unauthorized",
        );
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    let lines = s.log.lock().unwrap().clone();
    assert!(
        lines.iter().all(|l| !l.contains("/passport/verify")),
        "request lines under --amnesia: {lines:?}"
    );
}

/// The shared stack's guards on the passport listener itself: a body over
/// `limits.max_body_bytes` is refused (413) before any parsing, also from a stranger; a body
/// that is not JSON is 415; an unknown route is a problem document; every answer carries
/// HSTS and nosniff; a passport over `passport.max_msg_bytes` in a body within the limit is
/// the result `too_large`, answered before any signature work.
#[test]
fn the_passport_listener_keeps_the_stacks_guards() {
    let setup = Setup::new();
    passport_config(
        &setup,
        "tight.yaml",
        "limits: {max_body_bytes: 4096, rate_per_second: 10000, burst: 10000}\npassport: {max_msg_bytes: 1024}\n",
    );
    let s = start(&setup, "tight.yaml");
    ok(&s, "POST", "/admin/rotate", "admin-a", json!({}));
    let huge: Vec<Value> = (0..64).map(|_| json!("x".repeat(100))).collect();
    for user in [Some("verifier-a"), None] {
        let r = call(
            &s,
            "POST",
            "/passport/verify_batch",
            user,
            Some(json!({"passports": huge, "aud": "api"})),
        );
        problem(&r, 413, "too_large");
    }
    let r = call_with(
        &s,
        "POST",
        "/passport/verify",
        Some("verifier-a"),
        None,
        &[("content-type", "text/plain")],
    );
    problem(&r, 415, "unsupported_media_type");
    let r = call(&s, "GET", "/nowhere", None, None);
    problem(&r, 404, "not_found");
    for r in [
        &r,
        &call(&s, "GET", "/openapi.json", None, None),
        &call(
            &s,
            "POST",
            "/passport/verify",
            Some("verifier-a"),
            Some(json!({"passport": "x".repeat(3000), "aud": "api"})),
        ),
    ] {
        assert_eq!(r.headers["strict-transport-security"], "max-age=31536000");
        assert_eq!(r.headers["x-content-type-options"], "nosniff");
    }
    let r = call(
        &s,
        "POST",
        "/passport/verify",
        Some("verifier-a"),
        Some(json!({"passport": "x".repeat(3000), "aud": "api"})),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["reason"], "too_large", "{}", r.body);
}
