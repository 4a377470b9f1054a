//! OpenTelemetry: the servers export a span per request over OTLP/HTTP (protobuf) to a real
//! receiver built on the official protobuf definitions (`tests/interop/otlp_receiver.py`,
//! PyPI `opentelemetry-proto`), which decodes them. The spans of a `cu kms --server` request
//! join the client's trace (its `traceparent`), with children for authentication, the store
//! and the crypto operation; no attribute holds a secret; a receiver that is gone or stopped
//! changes nothing for the requests.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::otlp::{receiver, spans, Receiver};
use common::servers::{b64, cu, Server, Setup};
use serde_json::{json, Value};

/// Wait (at most 15 s) for a span matching `f`.
fn span_where(r: &Receiver, what: &str, f: impl Fn(&Value) -> bool) -> Value {
    let started = Instant::now();
    loop {
        if let Some(s) = spans(r).into_iter().find(|s| f(s)) {
            return s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no span {what} in {:#?}",
            spans(r)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn with_telemetry(setup: &Setup, base: &str, name: &str, port: u16) {
    let config = std::fs::read_to_string(setup.path(base)).unwrap();
    std::fs::write(
        setup.path(name),
        format!("{config}\ntelemetry: {{otlp: {{endpoint: \"http://127.0.0.1:{port}\", timeout_ms: 500, metrics_seconds: 1}}}}\n"),
    )
    .unwrap();
}

fn remote(setup: &Setup, s: &Server, args: &[&str], stdin: &[u8]) -> (String, String) {
    let mut child = cu()
        .current_dir(setup.dir.path())
        .env_remove("CU_LOG")
        .env("CU_KMS_SERVER", &s.public)
        .arg("-vv")
        .args(args)
        .args([
            "--ca",
            "ca/root.pem",
            "--user",
            "admin-a",
            "--password-file",
            "admin-a.pw",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(stdin).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{args:?}: {stderr}");
    (String::from_utf8_lossy(&out.stdout).to_string(), stderr)
}

/// The `traceparent` the client logged at -vv: (trace id, span id).
fn traceparent(stderr: &str) -> (String, String) {
    let tp = stderr
        .split("traceparent ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("no traceparent in: {stderr}"));
    let parts: Vec<&str> = tp.split('-').collect();
    (parts[1].to_string(), parts[2].to_string())
}

#[test]
fn request_spans_join_the_clients_trace_with_their_parts() {
    let setup = Setup::new();
    let Some(r) = receiver(setup.dir.path()) else {
        return;
    };
    with_telemetry(&setup, "cu-kms.yaml", "traced.yaml", r.port);
    let s = setup.start("traced.yaml");
    remote(
        &setup,
        &s,
        &["kms", "key", "create", "orders", "--type", "aes-256-gcm"],
        b"",
    );
    let secret_text = b"card 4111 1111 1111 1111";
    let (ciphertext, stderr) = remote(&setup, &s, &["kms", "encrypt", "orders"], secret_text);
    let (trace_id, client_span) = traceparent(&stderr);

    let server = span_where(&r, "for the encrypt", |s| {
        s["trace_id"] == trace_id.as_str() && s["kind"] == 2
    });
    assert_eq!(server["name"], "POST /service/api/v1/keys/{name}/encrypt");
    assert_eq!(
        server["parent_span_id"],
        client_span.as_str(),
        "the client's span is the parent"
    );
    assert_eq!(server["service"], "cu-kms");
    assert_eq!(server["content_type"], "application/x-protobuf");
    let a = &server["attributes"];
    assert_eq!(a["http.request.method"], "POST");
    assert_eq!(a["http.route"], "/service/api/v1/keys/{name}/encrypt");
    assert_eq!(a["http.response.status_code"], 200);
    assert_eq!(a["cu.principal"], "admin-a");
    assert_eq!(a["cu.auth.method"], "password");
    assert_eq!(a["cu.key"], "orders");
    assert_eq!(a["cu.key.version"], 1);
    assert!(server["end"].as_u64() >= server["start"].as_u64());
    // Its children: authentication, the store connection, the store read, the crypto.
    let id = server["span_id"].as_str().unwrap().to_string();
    let started = Instant::now();
    let children = loop {
        let children: Vec<Value> = spans(&r)
            .into_iter()
            .filter(|c| c["parent_span_id"] == id.as_str())
            .collect();
        if children.len() >= 4 || started.elapsed() > Duration::from_secs(10) {
            break children;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut names: Vec<&str> = children
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["authenticate", "crypto", "store", "store.connection"],
        "{children:#?}"
    );
    for c in &children {
        assert_eq!(c["trace_id"], trace_id.as_str());
        assert!(c["start"].as_u64() >= server["start"].as_u64(), "{c}");
        assert!(c["end"].as_u64() <= server["end"].as_u64(), "{c}");
    }
    let crypto = children.iter().find(|c| c["name"] == "crypto").unwrap();
    assert_eq!(crypto["attributes"]["cu.key"], "orders");

    // A request without a traceparent starts a trace, the one its log line names.
    let reply = s
        .client(false)
        .get(format!("{}/service/api/v1/keys", s.public))
        .basic_auth("admin-a", Some("pw-admin-a"))
        .header("x-request-id", "no-trace-given")
        .send()
        .unwrap();
    assert_eq!(reply.status(), 200);
    let span = span_where(&r, "for no-trace-given", |s| {
        s["attributes"]["cu.request_id"] == "no-trace-given"
    });
    assert_eq!(span["parent_span_id"], "");
    let line = s
        .log_lines(|l| l["request_id"] == "no-trace-given")
        .pop()
        .unwrap();
    assert_eq!(span["trace_id"], line["trace_id"]);

    // No attribute holds a secret: not the password, the plaintext or the ciphertext.
    let all = std::fs::read_to_string(&r.out).unwrap();
    for secret in [
        "pw-admin-a".to_string(),
        String::from_utf8_lossy(secret_text).to_string(),
        b64(secret_text),
        ciphertext.trim().to_string(),
    ] {
        assert!(!all.contains(&secret), "a span holds {secret}");
    }
    assert!(
        !all.contains("Basic "),
        "a span holds an Authorization header"
    );

    // The /metrics counters and histograms are pushed too (every second here): the encrypt
    // route's count and latency histogram, cumulative.
    let metric = span_where(&r, "of the request counter", |m| {
        m["metric"] == "cu_kms_http_requests_total"
            && m["points"].as_array().is_some_and(|p| {
                p.iter().any(|p| {
                    p["attributes"]["route"] == "/service/api/v1/keys/{name}/encrypt"
                        && p["value"].as_i64() >= Some(1)
                })
            })
    });
    assert_eq!(metric["kind"], "sum");
    assert_eq!(metric["monotonic"], true);
    assert_eq!(metric["temporality"], 2, "cumulative");
    let histogram = span_where(&r, "of the latency histogram", |m| {
        m["metric"] == "cu_kms_http_request_duration_seconds"
            && m["points"].as_array().is_some_and(|p| {
                p.iter()
                    .any(|p| p["attributes"]["route"] == "/service/api/v1/keys/{name}/encrypt")
            })
    });
    assert_eq!(histogram["kind"], "histogram");
    assert_eq!(histogram["unit"], "s");
    let point = histogram["points"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["attributes"]["route"] == "/service/api/v1/keys/{name}/encrypt")
        .unwrap();
    let buckets: u64 = point["bucket_counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_u64().unwrap())
        .sum();
    assert_eq!(buckets, point["count"].as_u64().unwrap(), "{point}");
    assert_eq!(
        point["bucket_counts"].as_array().unwrap().len(),
        point["bounds"].as_array().unwrap().len() + 1
    );
}

#[test]
fn the_identity_server_exports_its_spans() {
    let setup = Setup::new();
    let Some(r) = receiver(setup.dir.path()) else {
        return;
    };
    setup.identity_client("svc-a", &["--secret-out", "svc-a.secret"]);
    setup.identity_config("cu-identity.yaml");
    with_telemetry(&setup, "cu-identity.yaml", "traced.yaml", r.port);
    let s = setup.start_identity("traced.yaml");
    let secret = std::fs::read_to_string(setup.path("svc-a.secret")).unwrap();
    let reply = s
        .client(false)
        .post(format!("{}/oauth2/v1/token", s.public))
        .basic_auth("svc-a", Some(secret.trim()))
        .header(
            "traceparent",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        )
        .form(&[
            ("grant_type", "client_credentials"),
            ("scope", "kms:encrypt"),
        ])
        .send()
        .unwrap();
    assert_eq!(reply.status(), 200);
    let token: Value = reply.json().unwrap();
    let span = span_where(&r, "for the token request", |s| {
        s["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736"
    });
    assert_eq!(span["name"], "POST /oauth2/v1/token");
    assert_eq!(span["parent_span_id"], "00f067aa0ba902b7");
    assert_eq!(span["service"], "cu-identity");
    assert_eq!(span["attributes"]["cu.principal"], "svc-a");
    let all = std::fs::read_to_string(&r.out).unwrap();
    assert!(
        !all.contains(secret.trim()),
        "a span holds the client secret"
    );
    assert!(
        !all.contains(token["access_token"].as_str().unwrap()),
        "a span holds the token"
    );
}

/// A collector that is gone (connection refused) or stopped (SIGSTOP: it accepts and never
/// answers) costs the requests nothing: each is answered, none waits on the exporter.
#[test]
fn a_dead_collector_never_fails_a_request() {
    let setup = Setup::new();
    let Some(mut r) = receiver(setup.dir.path()) else {
        return;
    };
    with_telemetry(&setup, "cu-kms.yaml", "traced.yaml", r.port);
    let s = setup.start("traced.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "k", "type": "aes-256-gcm"})),
    );
    let encrypt = |n: usize| {
        for i in 0..n {
            let reply = s.request(
                "POST",
                "/keys/k/encrypt",
                Some("admin-a"),
                Some(json!({"plaintext": b64(format!("m{i}").as_bytes())})),
            );
            assert_eq!(reply.status, 200, "{:?}", reply.body);
        }
    };
    // Stopped: the exporter's requests hang until their timeout.
    let pid = r.child.id().to_string();
    assert!(Command::new("kill")
        .args(["-STOP", &pid])
        .status()
        .unwrap()
        .success());
    let started = Instant::now();
    encrypt(200);
    let stopped = started.elapsed();
    assert!(Command::new("kill")
        .args(["-CONT", &pid])
        .status()
        .unwrap()
        .success());
    // Gone.
    let _ = r.child.kill();
    let _ = r.child.wait();
    let started = Instant::now();
    encrypt(200);
    let gone = started.elapsed();
    eprintln!("200 encrypts with the collector stopped: {stopped:?}; gone: {gone:?}");
    // The server is still well: its readiness does not depend on the collector.
    assert_eq!(s.admin_get("/readyz").0, 200);
}
