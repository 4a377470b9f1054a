//! A scratch directory with a key store, a CA, server and client certificates, a realm and
//! server configs, and a running `cu kms serve` or `cu identity serve` on ephemeral ports.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

pub const TENANT_A: &str = "00000000-0000-4000-8000-000000000000";
pub const TENANT_B: &str = "7d0b6a2e-9c41-4f7e-8a55-2f3c1d9e0b4a";

/// The `keys` line of an identity config using `Setup::identity_keys`.
pub const IDENTITY_KEYS: &str =
    "keys: {store: {path: identity-keys.db, unseal_file: identity-unseal.key}}\n";

pub fn cu() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cu"));
    c.env("NO_COLOR", "1")
        .env_remove("CI")
        .env_remove("CU_KMS_SERVER")
        .env_remove("CU_PASSPORT_SERVER");
    c
}

/// The file a `Setup` on PostgreSQL leaves in its directory: the identity state's URL and
/// password file, one per line.
const IDENTITY_STATE_FILE: &str = "identity-state.url";

/// The same for the KMS store (`--store kms.db`).
const KMS_STORE_FILE: &str = "kms-store.url";

/// `args`, with `--state identity.db` and `--store kms.db` naming the PostgreSQL identity
/// state and key store when the directory belongs to a `Setup` on PostgreSQL, so that one
/// test body runs on both stores.
pub fn state_args(dir: &Path, args: &[&str]) -> Vec<String> {
    let read = |file: &str| {
        std::fs::read_to_string(dir.join(file)).ok().map(|t| {
            let (url, password) = t.trim().split_once('\n').unwrap();
            (url.to_string(), password.to_string())
        })
    };
    let (state, store) = (read(IDENTITY_STATE_FILE), read(KMS_STORE_FILE));
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let next = args.get(i + 1).copied();
        match (args[i], next, &state, &store) {
            ("--state", Some("identity.db"), Some((url, password)), _) => {
                out.extend([
                    "--state".to_string(),
                    url.clone(),
                    "--state-password-file".to_string(),
                    password.clone(),
                ]);
                i += 2;
            }
            ("--store", Some("kms.db"), _, Some((url, password))) => {
                out.extend([
                    "--store".to_string(),
                    url.clone(),
                    "--store-password-file".to_string(),
                    password.clone(),
                ]);
                i += 2;
            }
            _ => {
                out.push(args[i].to_string());
                i += 1;
            }
        }
    }
    out
}

pub fn run_ok(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> String {
    let mut c = cu();
    c.current_dir(dir)
        .args(state_args(dir, args))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if stdin.is_some() {
        c.stdin(Stdio::piped());
    }
    let mut child = c.spawn().unwrap();
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "cu {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A directory with a store, a CA, server and client certificates, a realm and configs.
pub struct Setup {
    pub dir: tempfile::TempDir,
    /// The store as the CLI names it: `--store X` (and `--store-password-file F`).
    pub store: Vec<String>,
    /// The `store:` line of the server configs.
    store_config: String,
    /// The identity server's state and signing-key store: SQLite files, or two more
    /// databases of the cluster (URL, password file).
    identity_pg: Option<(String, String, String)>,
}

impl Setup {
    /// A SQLite store (kms.db) in the scratch directory.
    pub fn new() -> Setup {
        Setup::with_store(
            vec!["--store".into(), "kms.db".into()],
            "store: {path: kms.db, unseal_file: unseal.key}".into(),
            None,
        )
    }

    /// A store in a new database of the shared test PostgreSQL cluster.
    pub fn on_postgres(cluster: &super::pg::Cluster) -> Setup {
        let url = cluster.database();
        let password = cluster.password_file.display().to_string();
        let identity = (cluster.database(), cluster.database(), password.clone());
        Setup::with_store(
            vec![
                "--store".into(),
                url.clone(),
                "--store-password-file".into(),
                password.clone(),
            ],
            format!("store: {{path: \"{url}\", unseal_file: unseal.key, password_file: \"{password}\"}}"),
            Some(identity),
        )
    }

    fn with_store(
        store: Vec<String>,
        store_config: String,
        identity_pg: Option<(String, String, String)>,
    ) -> Setup {
        let s = Setup {
            dir: tempfile::tempdir().unwrap(),
            store,
            store_config,
            identity_pg,
        };
        if let Some((state, _, password)) = &s.identity_pg {
            std::fs::write(
                s.dir.path().join(IDENTITY_STATE_FILE),
                format!("{state}\n{password}\n"),
            )
            .unwrap();
            std::fs::write(
                s.dir.path().join(KMS_STORE_FILE),
                format!("{}\n{}\n", s.store[1], s.store[3]),
            )
            .unwrap();
        }
        let d = s.dir.path();
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).unwrap();
        std::fs::write(d.join("unseal.key"), secret).unwrap();
        let mut init = vec!["-q", "kms", "init", "--unseal-file", "unseal.key"];
        init.extend(s.store.iter().map(String::as_str));
        run_ok(d, &init, None);
        run_ok(d, &["-q", "pki", "ca", "create", "--out-dir", "ca"], None);
        run_ok(
            d,
            &[
                "-q",
                "pki",
                "cert",
                "issue",
                "--ca",
                "ca",
                "--cn",
                "localhost",
                "--san",
                "ip:127.0.0.1",
                "--server",
                "--out-dir",
                "certs",
            ],
            None,
        );
        run_ok(
            d,
            &[
                "-q",
                "pki",
                "cert",
                "issue",
                "--ca",
                "ca",
                "--cn",
                "client-1",
                "--client",
                "--out-dir",
                "clients",
            ],
            None,
        );
        let hash = |pw: &str| {
            run_ok(
                d,
                &["kms", "realm", "hash-password", "--iterations", "10000"],
                Some(pw.as_bytes()),
            )
            .trim()
            .to_string()
        };
        let realm = format!(
            r#"roles:
  admin: ["kms:*"]
principals:
  - name: admin-a
    tenant: {TENANT_A}
    password: "{}"
    roles: [admin]
  - name: app-a
    kind: service
    tenant: {TENANT_A}
    password: "{}"
    scopes: ["kms:keys:read", "kms:key:orders:encrypt"]
  - name: admin-b
    tenant: {TENANT_B}
    password: "{}"
    roles: [admin]
"#,
            hash("pw-admin-a"),
            hash("pw-app-a"),
            hash("pw-admin-b")
        );
        std::fs::write(d.join("realm.yml"), realm).unwrap();
        for (name, pw) in [
            ("admin-a", "pw-admin-a"),
            ("app-a", "pw-app-a"),
            ("admin-b", "pw-admin-b"),
        ] {
            std::fs::write(d.join(format!("{name}.pw")), pw).unwrap();
        }
        s.config("cu-kms.yaml", "off", "");
        s
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// What the key store keeps, to scan for secrets: the SQLite files, or a `pg_dump`.
    pub fn stored_bytes(&self) -> Vec<(String, Vec<u8>)> {
        if self.identity_pg.is_some() {
            return vec![("pg_dump".into(), super::pg::dump_url(&self.store[1]))];
        }
        ["kms.db", "kms.db-wal"]
            .iter()
            .filter_map(|f| Some((f.to_string(), std::fs::read(self.path(f)).ok()?)))
            .collect()
    }

    /// The `store:` line of a KMS server config naming this setup's store.
    pub fn store_line(&self) -> &str {
        &self.store_config
    }

    pub fn config(&self, name: &str, client_auth: &str, limits: &str) {
        let client_ca = if client_auth == "off" {
            String::new()
        } else {
            ", client_ca: ca/root.pem".to_string()
        };
        let text = format!(
            "{}\nlisten: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key, client_auth: {client_auth}{client_ca}}}\nrealm: realm.yml\nshutdown: {{drain_ms: 300, grace_ms: 2000}}\n{limits}",
            self.store_config
        );
        std::fs::write(self.path(name), text).unwrap();
    }

    /// `cu kms serve --config CONFIG`.
    pub fn start(&self, config: &str) -> Server {
        self.launch("kms", config)
    }

    /// `cu identity serve --config CONFIG`.
    pub fn start_identity(&self, config: &str) -> Server {
        self.launch("identity", config)
    }

    /// An identity server config (state `identity.db`, signing keys sealed in the key store
    /// `identity-keys.db` of its own, the same TLS identity; on PostgreSQL, databases).
    pub fn identity_config(&self, name: &str) {
        self.identity_keys();
        let text = format!("{}realm: realm.yml\nlisten: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nshutdown: {{drain_ms: 100, grace_ms: 1000}}\n", self.identity_lines());
        std::fs::write(self.path(name), text).unwrap();
    }

    /// The `state:` and `keys:` lines of an identity server config.
    pub fn identity_lines(&self) -> String {
        match &self.identity_pg {
            None => format!("state: identity.db\n{IDENTITY_KEYS}"),
            Some((state, keys, password)) => format!(
                "state: \"{state}\"\nstate_password_file: \"{password}\"\nkeys: {{store: {{path: \"{keys}\", unseal_file: identity-unseal.key, password_file: \"{password}\"}}}}\n"
            ),
        }
    }

    /// Where the identity server's signing keys are sealed.
    pub fn identity_keys_location(&self) -> cu::kms::store::Location {
        match &self.identity_pg {
            None => cu::kms::store::Location::Sqlite(self.path("identity-keys.db")),
            Some((_, keys, password)) => {
                let password = std::fs::read_to_string(password).unwrap();
                cu::kms::store::Location::parse(Path::new(keys))
                    .unwrap()
                    .with_password(Some(password.trim_end().to_string().into()))
            }
        }
    }

    /// `cu identity client create ID --tenant TENANT_A --scope openid --scope kms:encrypt
    /// EXTRA…` on this setup's identity state.
    pub fn identity_client(&self, id: &str, extra: &[&str]) {
        let mut args = vec![
            "-q",
            "identity",
            "client",
            "create",
            id,
            "--state",
            "identity.db",
            "--tenant",
            TENANT_A,
            "--scope",
            "openid",
            "--scope",
            "kms:encrypt",
        ];
        args.extend(extra);
        run_ok(self.dir.path(), &args, None);
    }

    /// The databases of the identity state and its signing-key store (PostgreSQL only).
    pub fn identity_databases(&self) -> Option<(String, String)> {
        self.identity_pg
            .as_ref()
            .map(|(state, keys, _)| (state.clone(), keys.clone()))
    }

    /// The identity server's key store, as the CLI names it (`--store X …`).
    pub fn identity_keys_args(&self) -> Vec<String> {
        match &self.identity_pg {
            None => vec!["--store".into(), "identity-keys.db".into()],
            Some((_, keys, password)) => vec![
                "--store".into(),
                keys.clone(),
                "--store-password-file".into(),
                password.clone(),
            ],
        }
    }

    /// The identity server's key store and its unseal file (made once).
    pub fn identity_keys(&self) {
        let d = self.dir.path();
        if d.join("identity-unseal.key").exists() {
            return;
        }
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).unwrap();
        std::fs::write(d.join("identity-unseal.key"), secret).unwrap();
        let mut init = vec![
            "-q".to_string(),
            "kms".into(),
            "init".into(),
            "--unseal-file".into(),
            "identity-unseal.key".into(),
        ];
        match &self.identity_pg {
            None => init.extend(["--store".into(), "identity-keys.db".into()]),
            Some((_, keys, password)) => init.extend([
                "--store".into(),
                keys.clone(),
                "--store-password-file".into(),
                password.clone(),
            ]),
        }
        let init: Vec<&str> = init.iter().map(String::as_str).collect();
        run_ok(d, &init, None);
    }

    /// A KMS config that also accepts the tokens of `issuer`.
    pub fn federated_config(&self, name: &str, issuer: &str) {
        self.config(
            name,
            "off",
            &format!("federation: {{issuer: \"{issuer}\", ca: ca/root.pem}}\n"),
        );
    }

    fn launch(&self, server: &str, config: &str) -> Server {
        let mut command = cu();
        command
            .current_dir(self.dir.path())
            .args(["--output", "json", server, "serve", "--config", config]);
        self.serve(command)
    }

    /// Start a server with `command` (`cu … serve`, maybe wrapped, as by `ip netns exec`)
    /// and read where it listens from its first line.
    pub fn serve(&self, mut command: Command) -> Server {
        let mut child = command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        // The listening line; the server's log lines (on stderr without `log.file`) are kept.
        let first = loop {
            let line = lines.next().expect("the server said nothing").unwrap();
            let v: Value = serde_json::from_str(&line)
                .unwrap_or_else(|_| panic!("not the listening line: {line}"));
            if v.get("listening").is_some() || v.get("error").is_some() {
                break line;
            }
            log.lock().unwrap().push(line);
        };
        let v: Value = serde_json::from_str(&first).unwrap();
        // Keep draining stderr so the server never blocks on it.
        let kept = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                kept.lock().unwrap().push(line);
            }
        });
        Server {
            log,
            child,
            public: v["listening"]["public"]
                .as_str()
                .unwrap_or_else(|| panic!("not listening: {first}"))
                .to_string(),
            admin: v["listening"]["admin"].as_str().unwrap().to_string(),
            root: self.path("ca/root.pem"),
            clients: self.path("clients"),
        }
    }
}

pub struct Server {
    /// What the server wrote to stderr after it said where it listens (its log lines, when
    /// its config names no log file).
    pub log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    pub child: Child,
    pub public: String,
    pub admin: String,
    pub root: PathBuf,
    pub clients: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .stderr(Stdio::null())
            .status();
        let _ = self.child.wait();
    }
}

pub struct Reply {
    pub status: u16,
    pub body: Value,
    pub headers: reqwest::header::HeaderMap,
}

impl Server {
    /// The server's log lines so far, parsed (waiting up to 5 s for one that `until` accepts,
    /// as lines reach the log a moment after the answer).
    pub fn log_lines(&self, until: impl Fn(&Value) -> bool) -> Vec<Value> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let lines: Vec<Value> = self
                .log
                .lock()
                .unwrap()
                .iter()
                .filter_map(|l| serde_json::from_str(l).ok())
                .collect();
            if lines.iter().any(&until) || std::time::Instant::now() > deadline {
                return lines;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    pub fn port(&self) -> String {
        self.public.rsplit(':').next().unwrap().to_string()
    }

    pub fn client(&self, with_cert: bool) -> reqwest::blocking::Client {
        let roots =
            cu::pki::pem::only_certificates(&std::fs::read(&self.root).unwrap(), "ca").unwrap();
        let identity = with_cert.then(|| {
            cu::pki::tls::Identity::from_pem(
                &std::fs::read(self.clients.join("client-1.chain.pem")).unwrap(),
                &std::fs::read(self.clients.join("client-1.key")).unwrap(),
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

    pub fn request(
        &self,
        method: &str,
        path: &str,
        user: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        self.request_with(&self.client(false), method, path, user, body)
    }

    pub fn request_with(
        &self,
        client: &reqwest::blocking::Client,
        method: &str,
        path: &str,
        user: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let url = format!("{}/service/api/v1{path}", self.public);
        self.request_to(client, method, &url, user, body, &[])
    }

    /// A request to `url` (as `user`, with the password `pw-USER`), with more `headers`.
    pub fn request_to(
        &self,
        client: &reqwest::blocking::Client,
        method: &str,
        url: &str,
        user: Option<&str>,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut r = client.request(method.parse().unwrap(), url);
        if let Some(u) = user {
            r = r.basic_auth(u, Some(format!("pw-{u}")));
        }
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        match body {
            Some(b) => r = r.json(&b),
            // The API takes state changes as JSON only, an empty body included.
            None if method != "GET" && method != "HEAD" => {
                r = r.header("content-type", "application/json")
            }
            None => {}
        }
        let response = r.send().unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().unwrap();
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        Reply {
            status,
            body,
            headers,
        }
    }

    pub fn ok(&self, method: &str, path: &str, user: &str, body: Option<Value>) -> Value {
        let r = self.request(method, path, Some(user), body);
        assert!(
            (200..300).contains(&r.status),
            "{method} {path}: {} {}",
            r.status,
            r.body
        );
        r.body
    }

    pub fn admin_get(&self, path: &str) -> (u16, String) {
        let response = self
            .client(false)
            .get(format!("{}{path}", self.admin))
            .send()
            .unwrap();
        (response.status().as_u16(), response.text().unwrap())
    }
}

/// Whether schemathesis (`st`) is here; under CI=true it must be (`.ci/run` installs it).
pub fn schemathesis_available() -> bool {
    let here = Command::new("st")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !here {
        super::missing_peer("schemathesis (st)", "pip install schemathesis");
    }
    here
}

/// Schemathesis against a live server (`url`) and its OpenAPI `document`: no 5xx, answers
/// as documented (status codes, schemas, content types).
pub fn schemathesis(dir: &Path, document: &str, url: &str, auth: &str, examples: &str) {
    let document = Path::new(env!("CARGO_MANIFEST_DIR")).join(document);
    let out = Command::new("st")
        .current_dir(dir)
        .env("SCHEMATHESIS_HOOKS", "")
        .arg("run")
        .arg(&document)
        .args(["--url", url])
        .args(["--auth", auth, "--tls-verify", "ca/root.pem"])
        .args([
            "--checks",
            "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
            "--max-examples",
            examples,
            // What this checks is the server's answers; a connection the loaded CI machine
            // drops or a slow RSA-4096 key generation is retried, not counted against it.
            "--request-timeout",
            "60",
            "--request-retries",
            "2",
            "--no-color",
        ])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "schemathesis failed:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains("passed"), "{report}");
}

pub fn b64(data: &[u8]) -> String {
    cu::jose::b64::encode(data)
}

pub fn problem(r: &Reply, status: u16, code: &str) {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(
        r.headers["content-type"], "application/problem+json",
        "{}",
        r.body
    );
    assert_eq!(r.body["code"], code, "{}", r.body);
    assert_eq!(r.body["status"], status);
    assert!(r.body["type"].as_str().unwrap().ends_with(code));
}

/// One simulated browser: its own cookie jar (by name, as a browser keeps them per host:
/// both test servers share 127.0.0.1), no redirects followed, the test CA trusted.
pub struct Agent {
    http: reqwest::blocking::Client,
    jar: std::sync::Mutex<std::collections::BTreeMap<String, String>>,
}

/// What one request answered.
pub struct Answer {
    pub status: u16,
    pub location: String,
    pub set_cookies: Vec<String>,
    pub body: String,
}

impl Answer {
    /// Whether the answer set cookie `name` to a value (not a deletion).
    pub fn sets(&self, name: &str) -> bool {
        self.set_cookies
            .iter()
            .any(|c| c.starts_with(&format!("{name}=")) && !c.contains("Max-Age=0"))
    }

    /// The value of hidden form field `name` in the page.
    pub fn hidden(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no field {name} in: {}", self.body))
            + marker.len();
        let len = self.body[start..].find('"').unwrap();
        self.body[start..start + len].to_string()
    }
}

impl Agent {
    pub fn new(root: &Path) -> Agent {
        let roots = cu::pki::pem::only_certificates(&std::fs::read(root).unwrap(), "ca").unwrap();
        let tls = cu::pki::tls::client_config(&roots, None).unwrap();
        Agent {
            http: reqwest::blocking::Client::builder()
                .use_preconfigured_tls((*tls).clone())
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            jar: Default::default(),
        }
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.jar.lock().unwrap().get(name).cloned()
    }

    pub fn get(&self, url: &str) -> Answer {
        self.send(self.http.get(url), &[])
    }

    /// A form POST with extra request headers (`Origin`, `Sec-Fetch-Site`).
    pub fn post(&self, url: &str, form: &[(&str, &str)], headers: &[(&str, &str)]) -> Answer {
        self.send(self.http.post(url).form(form), headers)
    }

    fn send(
        &self,
        mut request: reqwest::blocking::RequestBuilder,
        headers: &[(&str, &str)],
    ) -> Answer {
        let cookies: Vec<String> = self
            .jar
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if !cookies.is_empty() {
            request = request.header("cookie", cookies.join("; "));
        }
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        let response = request.send().unwrap();
        let set_cookies: Vec<String> = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect();
        {
            let mut jar = self.jar.lock().unwrap();
            for c in &set_cookies {
                let pair = c.split(';').next().unwrap();
                let (k, v) = pair.split_once('=').unwrap();
                if c.contains("Max-Age=0") {
                    jar.remove(k);
                } else {
                    jar.insert(k.to_string(), v.to_string());
                }
            }
        }
        Answer {
            status: response.status().as_u16(),
            location: response
                .headers()
                .get("location")
                .map(|v| v.to_str().unwrap().to_string())
                .unwrap_or_default(),
            set_cookies,
            body: response.text().unwrap(),
        }
    }
}

/// A PKCE pair: (verifier, S256 challenge).
pub fn pkce() -> (String, String) {
    use sha2::Digest;
    let mut raw = [0u8; 32];
    getrandom::fill(&mut raw).unwrap();
    let verifier = b64(&raw);
    let challenge = b64(&sha2::Sha256::digest(verifier.as_bytes()));
    (verifier, challenge)
}

/// The code flow at an identity server, one browser's view of it.
impl Agent {
    /// Open `/oauth2/v1/authorize` with `pairs` (client_id, redirect_uri, scope, …) added to
    /// response_type=code and the PKCE `challenge`.
    pub fn authorize(&self, issuer: &str, challenge: &str, pairs: &[(&str, &str)]) -> Answer {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("response_type", "code"),
                ("code_challenge", challenge),
                ("code_challenge_method", "S256"),
            ])
            .extend_pairs(pairs)
            .finish();
        self.get(&format!("{issuer}/oauth2/v1/authorize?{query}"))
    }

    /// Post the login form of `page` as `user` (password `pw-<user>`).
    pub fn log_in(&self, issuer: &str, page: &Answer, user: &str) -> Answer {
        let password = format!("pw-{user}");
        self.post(
            &format!("{issuer}/oauth2/v1/login"),
            &[
                ("request", &page.hidden("request")),
                ("csrf", &page.hidden("csrf")),
                ("username", user),
                ("password", &password),
            ],
            &[("origin", issuer)],
        )
    }

    /// Approve the consent form of `page`.
    /// The code flow up to the code, with PKCE: `client_id` asks for `scope` at `issuer`,
    /// `user` signs in and approves. The code and its verifier.
    pub fn code_flow(
        &self,
        issuer: &str,
        client_id: &str,
        redirect_uri: &str,
        scope: &str,
        user: &str,
    ) -> (String, String) {
        use sha2::Digest;
        let verifier = "v".repeat(64);
        let challenge = b64(&sha2::Sha256::digest(verifier.as_bytes()));
        let login = self.authorize(
            issuer,
            &challenge,
            &[
                ("client_id", client_id),
                ("redirect_uri", redirect_uri),
                ("scope", scope),
                ("state", "s1"),
            ],
        );
        let consent = self.log_in(issuer, &login, user);
        let approved = self.approve(issuer, &consent);
        let code = query_param(&approved.location, "code")
            .unwrap_or_else(|| panic!("no code in {}", approved.location));
        (code, verifier)
    }

    pub fn approve(&self, issuer: &str, page: &Answer) -> Answer {
        self.post(
            &format!("{issuer}/oauth2/v1/consent"),
            &[
                ("request", &page.hidden("request")),
                ("csrf", &page.hidden("csrf")),
                ("decision", "approve"),
            ],
            &[("origin", issuer)],
        )
    }
}

/// The value of query parameter `name` in a redirect `location`.
pub fn query_param(location: &str, name: &str) -> Option<String> {
    let query = location.split_once('?')?.1;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}
