//! The servers' logs: one JSON line per request on stderr (or in `log.file`), for success and
//! failure of each route family, with the request id the answer carries (`X-Request-Id`, and
//! `request_id` in problem+json), the W3C trace id, who it was and what it touched; never a
//! secret that went over the wire.

mod common;

use common::servers::{b64, cu, Server, Setup, TENANT_A};
use serde_json::{json, Value};

/// Send `method path` as `user` (None: no credentials) with request id `id`; the answer's
/// status, `X-Request-Id` header and body.
fn send(
    s: &Server,
    method: &str,
    path: &str,
    user: Option<(&str, &str)>,
    body: Option<&str>,
    id: &str,
) -> (u16, Option<String>, Value) {
    let mut r = s
        .client(false)
        .request(method.parse().unwrap(), format!("{}{path}", s.public))
        .header("x-request-id", id);
    if let Some((u, p)) = user {
        r = r.basic_auth(u, Some(p));
    }
    if let Some(b) = body {
        r = r
            .header("content-type", "application/json")
            .body(b.to_string());
    }
    let response = r.send().unwrap();
    let status = response.status().as_u16();
    let echoed = response
        .headers()
        .get("x-request-id")
        .map(|v| v.to_str().unwrap().to_string());
    let text = response.text().unwrap();
    (
        status,
        echoed,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// (request id, method, path, user, body, status, route, problem code)
type Case<'a> = (
    &'a str,
    &'a str,
    &'a str,
    Option<(&'a str, &'a str)>,
    Option<String>,
    u16,
    &'a str,
    Option<&'a str>,
);

fn line_of(s: &Server, id: &str) -> Value {
    let lines = s.log_lines(|l| l["request_id"] == id);
    lines
        .into_iter()
        .find(|l| l["request_id"] == id)
        .unwrap_or_else(|| panic!("no log line for request {id}"))
}

#[test]
fn kms_logs_every_request_with_its_id_and_who_it_was() {
    let setup = Setup::new();
    let s = setup.start("cu-kms.yaml");
    let admin = Some(("admin-a", "pw-admin-a"));
    let plaintext = b64(b"the card number 4111 1111 1111 1111");
    // (id, method, path, user, body, status, route, problem code)
    let cases: Vec<Case> = vec![
        (
            "create-1",
            "POST",
            "/service/api/v1/keys",
            admin,
            Some(json!({"name": "orders", "type": "aes-256-gcm"}).to_string()),
            201,
            "/service/api/v1/keys",
            None,
        ),
        (
            "encrypt-1",
            "POST",
            "/service/api/v1/keys/orders/encrypt",
            admin,
            Some(json!({"plaintext": plaintext}).to_string()),
            200,
            "/service/api/v1/keys/{name}/encrypt",
            None,
        ),
        (
            "wrong-pw",
            "POST",
            "/service/api/v1/keys/orders/encrypt",
            Some(("admin-a", "not-the-password")),
            Some(json!({"plaintext": plaintext}).to_string()),
            401,
            "/service/api/v1/keys/{name}/encrypt",
            Some("unauthorized"),
        ),
        (
            "no-scope",
            "POST",
            "/service/api/v1/keys",
            Some(("app-a", "pw-app-a")),
            Some(json!({"name": "other", "type": "aes-256-gcm"}).to_string()),
            403,
            "/service/api/v1/keys",
            Some("forbidden"),
        ),
        (
            "unknown",
            "GET",
            "/service/api/v1/keys/nope",
            admin,
            None,
            404,
            "/service/api/v1/keys/{name}",
            Some("unknown_key"),
        ),
        (
            "bad-json",
            "POST",
            "/service/api/v1/keys",
            admin,
            Some("{\"name\":".to_string()),
            400,
            "/service/api/v1/keys",
            Some("malformed"),
        ),
        (
            "no-route",
            "GET",
            "/nowhere",
            None,
            None,
            404,
            "unmatched",
            Some("not_found"),
        ),
        (
            "list-1",
            "GET",
            "/service/api/v1/keys",
            admin,
            None,
            200,
            "/service/api/v1/keys",
            None,
        ),
        ("console", "GET", "/ui/", None, None, 200, "/ui/", None),
    ];
    for (id, method, path, user, body, status, route, code) in &cases {
        let (got, echoed, answer) = send(&s, method, path, *user, body.as_deref(), id);
        assert_eq!(got, *status, "{id}: {answer}");
        assert_eq!(echoed.as_deref(), Some(*id), "{id}: X-Request-Id");
        if let Some(code) = code {
            assert_eq!(
                answer["request_id"], *id,
                "{id}: the problem names the request"
            );
            assert_eq!(answer["code"], *code, "{id}: {answer}");
        }
        let line = line_of(&s, id);
        assert_eq!(line["msg"], "request", "{line}");
        assert_eq!(line["app"], "kms", "{line}");
        assert_eq!(line["level"], "info", "{line}");
        assert_eq!(line["method"], *method, "{line}");
        assert_eq!(line["route"], *route, "{id}: {line}");
        assert_eq!(line["status"], *status, "{line}");
        assert_eq!(line["client"], "127.0.0.1", "{line}");
        assert!(line["latency_ms"].as_f64().unwrap() >= 0.0, "{line}");
        assert!(line["ts"].as_str().unwrap().ends_with('Z'), "{line}");
        assert_eq!(line["trace_id"].as_str().unwrap().len(), 32, "{line}");
        assert_eq!(line["problem"].as_str(), *code, "{id}: {line}");
    }
    let created = line_of(&s, "create-1");
    assert_eq!(created["tenant"], TENANT_A);
    assert_eq!(created["principal"], "admin-a");
    assert_eq!(created["auth"], "password");
    let encrypted = line_of(&s, "encrypt-1");
    assert_eq!(encrypted["key"], "orders", "{encrypted}");
    assert_eq!(encrypted["principal"], "admin-a");
    // A failed sign-in names nobody: not the name typed, which may be a password.
    let refused = line_of(&s, "wrong-pw");
    assert!(refused.get("principal").is_none(), "{refused}");
    // Authenticated, then refused for the scope: who it was is known.
    assert_eq!(line_of(&s, "no-scope")["principal"], "app-a");

    // Never a secret: not the passwords, the plaintext, an Authorization header.
    let all = s.log.lock().unwrap().join("\n");
    for secret in [
        "pw-admin-a",
        "not-the-password",
        "pw-app-a",
        plaintext.as_str(),
        "Basic ",
    ] {
        assert!(!all.contains(secret), "the log holds {secret}:\n{all}");
    }
}

#[test]
fn request_ids_and_trace_context() {
    let setup = Setup::new();
    let s = setup.start("cu-kms.yaml");
    let client = s.client(false);
    // A traceparent names the trace; no X-Request-Id: one is made and answered.
    let r = client
        .get(format!("{}/service/api/v1/keys", s.public))
        .basic_auth("admin-a", Some("pw-admin-a"))
        .header(
            "traceparent",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        )
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    let made = r.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(made.len(), 32, "{made}");
    let line = line_of(&s, &made);
    assert_eq!(line["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736");
    // A request id that could split a header or a line is replaced, not echoed.
    let r = client
        .get(format!("{}/nowhere", s.public))
        .header("x-request-id", "a b\"c")
        .header(
            "traceparent",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        )
        .send()
        .unwrap();
    let made = r.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_ne!(made, "a b\"c");
    let body: Value = r.json().unwrap();
    assert_eq!(body["request_id"], made.as_str());
    let line = line_of(&s, &made);
    assert_ne!(line["trace_id"], "00000000000000000000000000000000");
    // Refusals before routing carry the id too (415: a state change that is not JSON).
    let r = client
        .post(format!("{}/service/api/v1/keys", s.public))
        .basic_auth("admin-a", Some("pw-admin-a"))
        .header("x-request-id", "not-json-1")
        .header("content-type", "text/plain")
        .body("x")
        .send()
        .unwrap();
    assert_eq!(r.status(), 415);
    assert_eq!(r.headers()["x-request-id"], "not-json-1");
    let body: Value = r.json().unwrap();
    assert_eq!(body["request_id"], "not-json-1");
    assert_eq!(line_of(&s, "not-json-1")["status"], 415);
}

#[test]
fn the_identity_server_logs_its_clients() {
    let setup = Setup::new();
    setup.identity_client("svc-a", &["--secret-out", "svc-a.secret"]);
    setup.identity_config("cu-identity.yaml");
    let s = setup.start_identity("cu-identity.yaml");
    let secret = std::fs::read_to_string(setup.path("svc-a.secret"))
        .unwrap()
        .trim()
        .to_string();
    let client = s.client(false);
    let token = |id: &str, secret: &str| {
        let r = client
            .post(format!("{}/oauth2/v1/token", s.public))
            .basic_auth("svc-a", Some(secret))
            .header("x-request-id", id)
            .form(&[
                ("grant_type", "client_credentials"),
                ("scope", "kms:encrypt"),
            ])
            .send()
            .unwrap();
        let status = r.status().as_u16();
        assert_eq!(r.headers()["x-request-id"], id);
        let body: Value = r.json().unwrap();
        (status, body)
    };
    let (ok, issued) = token("token-ok", &secret);
    assert_eq!(ok, 200, "{issued}");
    let (refused, _) = token("token-bad", "wrong-secret-value");
    assert_eq!(refused, 401);
    let line = line_of(&s, "token-ok");
    assert_eq!(line["app"], "identity");
    assert_eq!(line["route"], "/oauth2/v1/token");
    assert_eq!(line["principal"], "svc-a");
    assert_eq!(line["auth"], "client_secret");
    assert_eq!(line["tenant"], TENANT_A);
    let line = line_of(&s, "token-bad");
    assert_eq!(line["status"], 401);
    assert!(line.get("principal").is_none(), "{line}");
    let access = issued["access_token"].as_str().unwrap();
    let all = s.log.lock().unwrap().join("\n");
    for secret in [secret.as_str(), "wrong-secret-value", access] {
        assert!(!all.contains(secret), "the log holds a secret:\n{all}");
    }
}

/// `log.file`: the lines go there (created 0600), none to stderr; `format: text` writes one
/// line per request; a log file that cannot be opened stops the start with exit 2.
#[test]
fn log_files_and_text_format() {
    let setup = Setup::new();
    let config = std::fs::read_to_string(setup.path("cu-kms.yaml")).unwrap();
    std::fs::write(
        setup.path("logged.yaml"),
        format!("{config}\nlog: {{file: logs/kms.log, format: text}}\n"),
    )
    .unwrap();
    std::fs::create_dir(setup.path("logs")).unwrap();
    let s = setup.start("logged.yaml");
    let (status, _, _) = send(
        &s,
        "GET",
        "/service/api/v1/keys",
        Some(("admin-a", "pw-admin-a")),
        None,
        "text-1",
    );
    assert_eq!(status, 200);
    let file = setup.path("logs/kms.log");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let text = loop {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if text.contains("request_id=text-1") || std::time::Instant::now() > deadline {
            break text;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let line = text
        .lines()
        .find(|l| l.contains("request_id=text-1"))
        .unwrap_or_else(|| panic!("no line for the request in {text}"));
    assert!(line.contains(" INFO  kms request "), "{line}");
    assert!(line.contains("status=200"), "{line}");
    assert!(line.contains("principal=admin-a"), "{line}");
    assert!(text.lines().any(|l| l.contains("listening")), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(s.log.lock().unwrap().is_empty(), "nothing more on stderr");
    drop(s);

    std::fs::write(
        setup.path("unloggable.yaml"),
        format!("{config}\nlog: {{file: no-such-dir/kms.log}}\n"),
    )
    .unwrap();
    let out = cu()
        .current_dir(setup.dir.path())
        .args(["kms", "serve", "--config", "unloggable.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the log file") && stderr.contains("no-such-dir"),
        "{stderr}"
    );
}

/// `-v` shows the client's requests with their request ids; a failure quotes the id; the
/// server's log line carries the same id (client → server log → problem → error message).
#[test]
fn request_ids_end_to_end_from_the_cli() {
    let setup = Setup::new();
    let s = setup.start("cu-kms.yaml");
    let d = setup.dir.path();
    let remote = |verbosity: &[&str], user: &str, args: &[&str]| {
        cu().current_dir(d)
            .env_remove("CU_LOG")
            .env("CU_KMS_SERVER", &s.public)
            .args(verbosity)
            .args(args)
            .args([
                "--ca",
                "ca/root.pem",
                "--user",
                user,
                "--password-file",
                &format!("{user}.pw"),
            ])
            .output()
            .unwrap()
    };
    let quiet = remote(&[], "admin-a", &["kms", "key", "list"]);
    assert!(quiet.status.success());
    assert!(
        quiet.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&quiet.stderr)
    );
    let out = remote(&["-v"], "admin-a", &["kms", "key", "list"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let id = stderr
        .split("request id ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("no request id in: {stderr}"))
        .to_string();
    assert!(stderr.starts_with("cu: info: GET https://"), "{stderr}");
    assert!(stderr.contains("→ 200 in"), "{stderr}");
    let line = line_of(&s, &id);
    assert_eq!(line["principal"], "admin-a");
    // A failure: the error message quotes the id the server logged.
    std::fs::write(d.join("wrong.pw"), "wrong-password").unwrap();
    let out = remote(&["--output", "json"], "wrong", &["kms", "key", "list"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let error: Value = serde_json::from_str(stderr.trim().lines().last().unwrap()).unwrap();
    let message = error["error"]["message"].as_str().unwrap();
    let id = message
        .split("request id ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("no request id in: {message}"));
    assert_eq!(line_of(&s, id)["status"], 401);
    // JSON diagnostics with CU_LOG, one object per line; a bad CU_LOG is a usage error.
    let out = cu()
        .current_dir(d)
        .env("CU_LOG", "cu=debug")
        .env("CU_KMS_SERVER", &s.public)
        .args([
            "--output",
            "json",
            "kms",
            "key",
            "list",
            "--ca",
            "ca/root.pem",
            "--user",
            "admin-a",
            "--password-file",
            "admin-a.pw",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        lines.iter().any(|l| l["log"]["level"] == "debug"),
        "{lines:?}"
    );
    assert!(lines
        .iter()
        .all(|l| l["log"]["target"].as_str().unwrap().starts_with("cu")));
    let out = cu()
        .env("CU_LOG", "loud")
        .args(["kms", "key", "list", "--store", "none.db"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("CU_LOG"));
}

/// A console request names the session's principal, as an API request does.
#[test]
fn console_requests_name_the_signed_in_principal() {
    let setup = Setup::new();
    let s = setup.start("cu-kms.yaml");
    let browser = common::servers::Agent::new(&setup.path("ca/root.pem"));
    let page = browser.get(&format!("{}/ui/", s.public));
    let signed_in = browser.post(
        &format!("{}/ui/login", s.public),
        &[
            ("username", "admin-a"),
            ("password", "pw-admin-a"),
            ("csrf", &page.hidden("csrf")),
        ],
        &[("origin", &s.public)],
    );
    assert!(signed_in.status < 400, "{}", signed_in.status);
    browser.get(&format!("{}/ui/", s.public));
    let noted = |l: &Value| l["route"] == "/ui/" && l["principal"] == "admin-a";
    let lines = s.log_lines(noted);
    let line = lines
        .iter()
        .find(|l| noted(l))
        .expect("a console line naming admin-a");
    assert_eq!(line["auth"], "session");
    assert_eq!(line["tenant"], TENANT_A);
    let all = s.log.lock().unwrap().join("\n");
    assert!(!all.contains("pw-admin-a"));
}
