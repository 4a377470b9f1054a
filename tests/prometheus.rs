//! A real Prometheus (Debian's `prometheus`) scrapes the admin listeners of a running `cu kms
//! serve` and `cu identity serve`, and PromQL through its HTTP API returns the request and
//! key-operation counters of what the test did; the committed Grafana dashboard
//! (`dashboards/grafana/cu.json`) names only metrics the servers expose, names all of them, and
//! every one of its queries runs.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::servers::{b64, Server, Setup};
use serde_json::{json, Value};

const DASHBOARD: &str = "dashboards/grafana/cu.json";

/// What `workload` does, counted.
const ENCRYPTS: u64 = 3;
const DECRYPTS: u64 = 2;
const TOKENS: u64 = 2;

struct Servers {
    setup: Setup,
    kms: Server,
    identity: Server,
}

/// A KMS and an identity server on one scratch directory, the identity server with one
/// confidential client (`svc-metrics`, its secret in `svc-metrics.secret`).
fn servers() -> Servers {
    let setup = Setup::new();
    setup.identity_client("svc-metrics", &["--secret-out", "svc-metrics.secret"]);
    setup.identity_config("cu-identity.yaml");
    let identity = setup.start_identity("cu-identity.yaml");
    let kms = setup.start("cu-kms.yaml");
    Servers {
        setup,
        kms,
        identity,
    }
}

/// On the KMS: one key created, `ENCRYPTS` encryptions, `DECRYPTS` decryptions and one
/// refused sign-in; on the identity server: discovery, the JWKS, `TOKENS` client-credentials
/// tokens.
fn workload(s: &Servers) {
    let a = "admin-a";
    let created = s.kms.request(
        "POST",
        "/keys",
        Some(a),
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    assert_eq!(created.status, 201, "{}", created.body);
    let mut sealed = Vec::new();
    for i in 0..ENCRYPTS {
        let ct = s.kms.ok(
            "POST",
            "/keys/orders/encrypt",
            a,
            Some(json!({"plaintext": b64(format!("order {i}").as_bytes())})),
        );
        sealed.push(ct["ciphertext"].clone());
    }
    for ct in sealed.iter().take(DECRYPTS as usize) {
        s.kms
            .ok("POST", "/decrypt", a, Some(json!({"ciphertext": ct})));
    }
    // No such principal: pw-nobody is refused.
    assert_eq!(
        s.kms.request("GET", "/keys", Some("nobody"), None).status,
        401
    );

    let http = s.identity.client(false);
    for path in ["/.well-known/openid-configuration", "/oauth2/v1/jwks"] {
        let r = http
            .get(format!("{}{path}", s.identity.public))
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
    }
    let secret = std::fs::read_to_string(s.setup.path("svc-metrics.secret")).unwrap();
    for _ in 0..TOKENS {
        let r = http
            .post(format!("{}/oauth2/v1/token", s.identity.public))
            .basic_auth("svc-metrics", Some(secret.trim()))
            .form(&[
                ("grant_type", "client_credentials"),
                ("scope", "kms:encrypt"),
            ])
            .send()
            .unwrap();
        let status = r.status().as_u16();
        assert_eq!(status, 200, "{}", r.text().unwrap());
    }
}

/// `host:port` of a server's admin listener (plain HTTP).
fn admin_target(s: &Server) -> String {
    s.admin
        .strip_prefix("http://")
        .unwrap_or_else(|| panic!("the admin listener is not plain HTTP: {}", s.admin))
        .to_string()
}

/// Whether Debian's `prometheus` runs here. Missing: skip with a reason, except under CI=true,
/// where `.ci/run` installs it and its absence fails.
fn prometheus_installed() -> bool {
    let found = Command::new("prometheus")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        common::missing_peer("prometheus", "apt-get install prometheus");
    }
    found
}

/// A running `prometheus` with its config and TSDB in a scratch directory, killed on drop.
struct Prometheus {
    child: Child,
    url: String,
    dir: tempfile::TempDir,
    http: reqwest::blocking::Client,
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Prometheus {
    /// Scrape every `(job, host:port)` each second; return once the server is ready.
    fn start(jobs: &[(&str, String)], http: reqwest::blocking::Client) -> Prometheus {
        let dir = tempfile::tempdir().unwrap();
        let mut config =
            String::from("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n");
        for (job, target) in jobs {
            config.push_str(&format!(
                "  - job_name: {job}\n    metrics_path: /metrics\n    scheme: http\n    static_configs:\n      - targets: [\"{target}\"]\n"
            ));
        }
        std::fs::write(dir.path().join("prometheus.yml"), config).unwrap();
        // The port is picked free and bound a moment later by prometheus: retry if taken.
        for _ in 0..3 {
            if let Some((child, url)) = Prometheus::launch(dir.path(), &http) {
                return Prometheus {
                    child,
                    url,
                    dir,
                    http,
                };
            }
        }
        panic!(
            "prometheus did not start: {}",
            std::fs::read_to_string(dir.path().join("prometheus.log")).unwrap_or_default()
        );
    }

    /// One attempt on a free port: the child and its URL once ready, `None` if it exited.
    fn launch(d: &Path, http: &reqwest::blocking::Client) -> Option<(Child, String)> {
        let address = format!("127.0.0.1:{}", free_port());
        let log = std::fs::File::create(d.join("prometheus.log")).unwrap();
        let mut child = Command::new("prometheus")
            .arg(format!(
                "--config.file={}",
                d.join("prometheus.yml").display()
            ))
            .arg(format!("--storage.tsdb.path={}", d.join("tsdb").display()))
            .arg(format!("--web.listen-address={address}"))
            .current_dir(d)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let url = format!("http://{address}");
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if child.try_wait().unwrap().is_some() {
                return None;
            }
            let ready = http
                .get(format!("{url}/-/ready"))
                .send()
                .is_ok_and(|r| r.status().is_success());
            if ready {
                return Some((child, url));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!(
            "prometheus was not ready within 60 s: {}",
            std::fs::read_to_string(d.join("prometheus.log")).unwrap_or_default()
        );
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("prometheus.log")).unwrap_or_default()
    }

    fn api(&self, path: &str, form: &[(&str, &str)]) -> Value {
        let response = self
            .http
            .post(format!("{}/api/v1/{path}", self.url))
            .form(form)
            .send()
            .unwrap();
        let text = response.text().unwrap();
        let v: Value =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("{path}: not JSON: {text}"));
        assert_eq!(v["status"], "success", "{path} {form:?}: {v}");
        v["data"].clone()
    }

    /// Wait until every scrape target is up (at most 30 s); their `(job, health)`.
    fn targets_up(&self, count: usize) -> Vec<(String, String)> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let response = self
                .http
                .get(format!("{}/api/v1/targets", self.url))
                .send()
                .unwrap();
            let v: Value = response.json().unwrap();
            let targets: Vec<(String, String)> = v["data"]["activeTargets"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|t| {
                    (
                        t["labels"]["job"].as_str().unwrap_or("").to_string(),
                        t["health"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect();
            if targets.len() == count && targets.iter().all(|(_, h)| h == "up") {
                return targets;
            }
            assert!(
                Instant::now() < deadline,
                "targets not up: {v}\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// An instant query: each series' labels and value.
    fn query(&self, expr: &str) -> Vec<(Value, f64)> {
        let data = self.api("query", &[("query", expr)]);
        assert_eq!(data["resultType"], "vector", "{expr}: {data}");
        data["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                let value = s["value"][1].as_str().unwrap().parse().unwrap();
                (s["metric"].clone(), value)
            })
            .collect()
    }

    /// The value of the one-series `expr`, once a scrape has brought it to at least `want`
    /// (at most 30 s: scrapes run each second).
    fn value_reaching(&self, expr: &str, want: f64) -> f64 {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let series = self.query(expr);
            assert!(series.len() <= 1, "{expr}: {series:?}");
            let value = series.first().map_or(0.0, |(_, v)| *v);
            if value >= want || Instant::now() > deadline {
                return value;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

#[test]
fn prometheus_scrapes_both_admin_listeners_and_promql_returns_the_counters() {
    if !prometheus_installed() {
        return;
    }
    let s = servers();
    workload(&s);
    let prometheus = Prometheus::start(
        &[
            ("cu-kms", admin_target(&s.kms)),
            ("cu-identity", admin_target(&s.identity)),
        ],
        s.kms.client(false),
    );
    let mut targets = prometheus.targets_up(2);
    targets.sort();
    assert_eq!(
        targets,
        [
            ("cu-identity".to_string(), "up".to_string()),
            ("cu-kms".to_string(), "up".to_string())
        ]
    );

    let exact = |expr: &str, want: u64| {
        let got = prometheus.value_reaching(expr, want as f64);
        assert_eq!(got, want as f64, "{expr}\n{}", prometheus.log());
    };
    // Key operations, as counted by the KMS.
    exact(r#"cu_kms_key_operations_total{operation="create"}"#, 1);
    exact(
        r#"cu_kms_key_operations_total{operation="encrypt"}"#,
        ENCRYPTS,
    );
    exact(
        r#"cu_kms_key_operations_total{operation="decrypt"}"#,
        DECRYPTS,
    );
    // Requests by route and status, and the latency histogram's count.
    exact(
        r#"sum(cu_kms_http_requests_total{method="POST",route="/service/api/v1/keys/{name}/encrypt",status="200"})"#,
        ENCRYPTS,
    );
    exact(
        r#"sum(cu_kms_http_requests_total{route="/service/api/v1/decrypt",status="200"})"#,
        DECRYPTS,
    );
    exact(
        r#"sum(cu_kms_http_request_duration_seconds_count{route="/service/api/v1/keys/{name}/encrypt"})"#,
        ENCRYPTS,
    );
    exact(r#"sum(cu_kms_http_requests_total{status="401"})"#, 1);
    let all = prometheus.value_reaching("sum(cu_kms_http_requests_total)", 1.0);
    assert!(all >= (1 + ENCRYPTS + DECRYPTS + 1) as f64, "{all}");
    assert!(prometheus.value_reaching("sum(cu_kms_auth_failures_total)", 1.0) >= 1.0);
    // The identity server's requests and tokens.
    exact(
        r#"sum(cu_identity_http_requests_total{method="POST",route="/oauth2/v1/token",status="200"})"#,
        TOKENS,
    );
    exact(
        r#"sum(cu_identity_http_requests_total{route="/.well-known/openid-configuration",status="200"})"#,
        1,
    );
    exact(
        r#"sum(cu_identity_http_requests_total{route="/oauth2/v1/jwks",status="200"})"#,
        1,
    );
    exact(
        r#"cu_identity_key_operations_total{operation="access_token"}"#,
        TOKENS,
    );
    // Each series carries the job and instance of the admin listener it was scraped from.
    let by_job = prometheus.query("sum by (job, instance) (cu_kms_key_operations_total)");
    assert_eq!(by_job.len(), 1, "{by_job:?}");
    assert_eq!(by_job[0].0["job"], "cu-kms");
    assert_eq!(by_job[0].0["instance"], admin_target(&s.kms).as_str());

    // Every query of the dashboard parses and runs against these series; the request rate
    // has data once two scrapes are in the window.
    for (title, expr) in dashboard_queries() {
        let expr = expr.replace("$__rate_interval", "1m");
        prometheus.query(&expr);
        if title.starts_with("Request rate") {
            let deadline = Instant::now() + Duration::from_secs(10);
            while prometheus.query(&expr).is_empty() {
                assert!(Instant::now() < deadline, "{title}: no data for {expr}");
                std::thread::sleep(Duration::from_millis(200));
            }
        }
    }
}

/// Every panel's `(title, expr)` in the committed dashboard.
fn dashboard_queries() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(DASHBOARD);
    let text = std::fs::read_to_string(&path).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["schemaVersion"], 39);
    assert_eq!(doc["__inputs"][0]["name"], "DS_PROMETHEUS");
    let mut out = Vec::new();
    for panel in doc["panels"].as_array().unwrap() {
        if panel["type"] == "row" {
            continue;
        }
        let title = panel["title"].as_str().unwrap().to_string();
        assert_eq!(
            panel["datasource"]["uid"], "${DS_PROMETHEUS}",
            "{title}: not on the dashboard's datasource input"
        );
        let targets = panel["targets"].as_array().unwrap();
        assert!(!targets.is_empty(), "{title}: no queries");
        for t in targets {
            out.push((title.clone(), t["expr"].as_str().unwrap().to_string()));
        }
    }
    assert!(!out.is_empty());
    out
}

/// The `cu_…` metric names in a PromQL expression (label values in quotes skipped).
fn metric_names(expr: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut chars = expr.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '"' {
            while let Some((_, c)) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    _ => {}
                }
            }
        } else if c.is_ascii_alphabetic() || c == '_' {
            let mut end = i + c.len_utf8();
            while let Some(&(j, c)) = chars.peek() {
                if c.is_ascii_alphanumeric() || c == '_' || c == ':' {
                    end = j + c.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &expr[i..end];
            if word.starts_with("cu_") {
                names.insert(word.to_string());
            }
        }
    }
    names
}

/// The metric families of a /metrics text (from its `# TYPE` lines), each with the sample
/// names it exposes (`_bucket`, `_sum`, `_count` for a histogram).
fn families(text: &str) -> Vec<(String, Vec<String>)> {
    text.lines()
        .filter_map(|l| {
            let mut words = l.strip_prefix("# TYPE ")?.split_whitespace();
            let (name, kind) = (words.next()?.to_string(), words.next()?);
            let samples = match kind {
                "histogram" => ["_bucket", "_sum", "_count"]
                    .iter()
                    .map(|s| format!("{name}{s}"))
                    .collect(),
                "summary" => vec![format!("{name}_sum"), format!("{name}_count"), name.clone()],
                _ => vec![name.clone()],
            };
            Some((name, samples))
        })
        .collect()
}

#[test]
fn the_dashboard_uses_exactly_the_metrics_the_servers_expose() {
    let s = servers();
    workload(&s);
    let mut exposed = Vec::new();
    for server in [&s.kms, &s.identity] {
        let (status, text) = server.admin_get("/metrics");
        assert_eq!(status, 200);
        exposed.extend(families(&text));
    }
    let samples: BTreeSet<&str> = exposed
        .iter()
        .flat_map(|(_, samples)| samples.iter().map(String::as_str))
        .collect();
    let mut used = BTreeSet::new();
    for (title, expr) in dashboard_queries() {
        let names = metric_names(&expr);
        assert!(!names.is_empty(), "{title}: no cu_ metric in {expr}");
        for name in names {
            assert!(
                samples.contains(name.as_str()),
                "{title}: {name} is not exposed by the servers (exposed: {samples:?})"
            );
            used.insert(name);
        }
    }
    for (family, family_samples) in &exposed {
        assert!(
            family_samples.iter().any(|s| used.contains(s)),
            "{family} has no panel in {DASHBOARD}"
        );
    }
}

#[test]
fn metric_names_skip_label_values_and_functions() {
    let names = metric_names(
        r#"histogram_quantile(0.99, sum by (le) (rate(cu_kms_http_request_duration_seconds_bucket{route="/x/cu_fake"}[$__rate_interval]))) / cu_identity_auth_pbkdf2_total"#,
    );
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        [
            "cu_identity_auth_pbkdf2_total",
            "cu_kms_http_request_duration_seconds_bucket"
        ]
    );
}
