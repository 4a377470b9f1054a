//! `cu demo`: from nothing to verified servers in one command, and an honest exit code when
//! a piece is broken.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

fn demo(args: &[&str]) -> (Option<i32>, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cu"))
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .args(["--output", "json", "demo"])
        .args(args)
        .output()
        .unwrap();
    let doc = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code(),
        doc,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every step passes; with `--otlp-endpoint` (a real receiver, when python3 has
/// opentelemetry-proto) both servers' request spans reach it.
#[test]
fn demo_all_check_ephemeral_passes_every_step() {
    let scratch = tempfile::tempdir().unwrap();
    let receiver = common::otlp::receiver(scratch.path());
    let endpoint = receiver
        .as_ref()
        .map(|r| format!("http://127.0.0.1:{}", r.port));
    let mut args = vec!["all", "--check", "--ephemeral", "--port-offset", "31000"];
    if let Some(e) = &endpoint {
        args.extend(["--otlp-endpoint", e.as_str()]);
    }
    let (code, doc, stderr) = demo(&args);
    assert_eq!(code, Some(0), "{doc:#}\n{stderr}");
    if let Some(r) = &receiver {
        let started = std::time::Instant::now();
        loop {
            let services: std::collections::BTreeSet<String> = common::otlp::spans(r)
                .iter()
                .filter_map(|s| s["service"].as_str().map(str::to_string))
                .collect();
            if services.contains("cu-kms") && services.contains("cu-identity") {
                break;
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(10),
                "spans from {services:?} only"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
    assert_eq!(doc["success"], true);
    let total = doc["total_steps"].as_u64().unwrap();
    assert!(total >= 10);
    assert_eq!(doc["passed"].as_u64().unwrap(), total);
    assert_eq!(doc["failed"], 0);
    assert_eq!(doc["errors"], serde_json::json!([]));
    for step in doc["steps"].as_array().unwrap() {
        assert_eq!(step["status"], "passed", "{step}");
    }
    assert!(doc["urls"]["kms_api"]
        .as_str()
        .unwrap()
        .starts_with("https://127.0.0.1:"));
    assert!(doc["urls"]["identity"]
        .as_str()
        .unwrap()
        .starts_with("https://127.0.0.1:"));
    // The passport service: started, used over HTTPS singly, coalesced and in a batch.
    let passport = doc["urls"]["passport"].as_str().unwrap();
    assert!(
        passport.starts_with("https://127.0.0.1:") && passport.ends_with("/v1"),
        "{passport}"
    );
    let step = doc["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["name"]
                .as_str()
                .unwrap()
                .starts_with("issue and verify passports over HTTPS")
        })
        .expect("the passport service step");
    assert!(
        step["detail"]
            .as_str()
            .unwrap()
            .contains("coalesced flushes"),
        "{step}"
    );
    assert!(doc["duration_ms"].as_u64().unwrap() > 0);
    assert!(stderr.is_empty(), "JSON mode keeps stderr quiet: {stderr}");
}

#[test]
fn a_broken_client_secret_fails_its_step_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let data = data.to_str().unwrap();
    let (code, doc, _) = demo(&[
        "all",
        "--check",
        "--data-dir",
        data,
        "--port-offset",
        "32000",
    ]);
    assert_eq!(code, Some(0), "{doc:#}");
    // Break one piece of the seeded data: the OAuth client's secret.
    std::fs::write(
        dir.path().join("demo/demo-service.secret"),
        "not-the-secret\n",
    )
    .unwrap();
    let (code, doc, _) = demo(&[
        "all",
        "--check",
        "--data-dir",
        data,
        "--port-offset",
        "32000",
    ]);
    assert_eq!(code, Some(1), "{doc:#}");
    assert_eq!(doc["success"], false);
    let failed: Vec<&str> = doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["step"].as_str().unwrap())
        .collect();
    assert!(
        failed.contains(&"get an access token (client credentials)"),
        "{failed:?}"
    );
    assert!(
        doc["errors"][0]["cause"]
            .as_str()
            .unwrap()
            .contains("client authentication failed"),
        "{doc:#}"
    );
    // Everything that does not need the token still passed.
    let passed: Vec<&str> = doc["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "passed")
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        passed.contains(&"sign and verify") && passed.contains(&"issue and batch-verify passports"),
        "{passed:?}"
    );
}

#[test]
fn demo_kms_alone() {
    let (code, doc, _) = demo(&["kms", "--check", "--ephemeral", "--port-offset", "33000"]);
    assert_eq!(code, Some(0), "{doc:#}");
    assert!(doc["urls"]["identity"].is_null());
}

#[test]
fn demo_identity_alone() {
    let (code, doc, _) = demo(&[
        "identity",
        "--check",
        "--ephemeral",
        "--port-offset",
        "34000",
    ]);
    assert_eq!(code, Some(0), "{doc:#}");
    assert!(doc["urls"]["kms_api"].is_null());
    let names: Vec<&str> = doc["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"get an access token (client credentials)"),
        "{names:?}"
    );
}

/// A `cu demo` started in the background for a test, with its own TMPDIR and a tag in its
/// environment that its servers inherit. Dropping it kills every process with the tag, so a
/// failing test leaves nothing running either.
struct Background {
    child: std::process::Child,
    tag: String,
    tmp: tempfile::TempDir,
    stderr: std::sync::mpsc::Receiver<String>,
    stdout: Option<std::thread::JoinHandle<String>>,
}

const TAG: &str = "CU_DEMO_TEST_TAG";

fn background(args: &[&str], sigint_ignored: bool) -> Background {
    use std::io::{BufRead, Read};
    use std::process::Stdio;
    let tmp = tempfile::tempdir().unwrap();
    let tag = format!("{}-{}", std::process::id(), args.join("-"));
    let mut command = Command::new(env!("CARGO_BIN_EXE_cu"));
    command
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .env("TMPDIR", tmp.path())
        .env(TAG, &tag)
        .args(["--output", "json", "demo"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if sigint_ignored {
        // What a shell does for a background job: SIGINT ignored before exec.
        use std::os::unix::process::CommandExt;
        unsafe {
            command.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_IGN);
                Ok(())
            });
        }
    }
    let mut child = command.spawn().unwrap();
    let (tx, stderr) = std::sync::mpsc::channel();
    let err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut out = child.stdout.take().unwrap();
    let stdout = Some(std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    }));
    Background {
        child,
        tag,
        tmp,
        stderr,
        stdout,
    }
}

impl Background {
    fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    /// Wait for a stderr line containing `needle`; every line seen goes into `seen`.
    fn wait_for(&self, needle: &str, timeout: Duration, seen: &mut Vec<String>) -> bool {
        let until = Instant::now() + timeout;
        while let Some(left) = until.checked_duration_since(Instant::now()) {
            match self.stderr.recv_timeout(left) {
                Ok(line) => {
                    let found = line.contains(needle);
                    seen.push(line);
                    if found {
                        return true;
                    }
                }
                Err(_) => return false,
            }
        }
        false
    }

    /// The stderr lines not read yet, up to the demo's end.
    fn rest_of_stderr(&self) -> Vec<String> {
        let mut lines = Vec::new();
        while let Ok(line) = self.stderr.recv_timeout(Duration::from_secs(5)) {
            lines.push(line);
        }
        lines
    }

    /// The live processes carrying this demo's tag (the demo itself and its children).
    fn tagged(&self) -> Vec<(i32, String)> {
        let marker = format!("{TAG}={}", self.tag);
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<i32>().ok())
            else {
                continue;
            };
            // A zombie has no environment left: it is dead, only not yet reaped.
            let env = std::fs::read(entry.path().join("environ")).unwrap_or_default();
            if env.split(|b| *b == 0).any(|v| v == marker.as_bytes()) {
                let cmd = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
                let cmd = String::from_utf8_lossy(&cmd).replace('\0', " ");
                found.push((pid, cmd));
            }
        }
        found
    }

    /// The tagged server processes (`cu kms serve`, `cu identity serve`).
    fn servers(&self) -> Vec<(i32, String)> {
        self.tagged()
            .into_iter()
            .filter(|(_, cmd)| cmd.contains(" serve "))
            .collect()
    }

    fn wait_exit(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        let until = Instant::now() + timeout;
        while Instant::now() < until {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    fn stdout(&mut self) -> String {
        self.stdout
            .take()
            .map(|h| h.join().unwrap_or_default())
            .unwrap_or_default()
    }

    /// What is left in the demo's TMPDIR.
    fn leftovers(&self) -> Vec<String> {
        std::fs::read_dir(self.tmp.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()
    }

    /// Poll until no tagged process is left, at most `timeout`; what is left then.
    fn wait_none_left(&self, timeout: Duration) -> Vec<(i32, String)> {
        let until = Instant::now() + timeout;
        loop {
            let left = self.tagged();
            if left.is_empty() || Instant::now() >= until {
                return left;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        for (pid, _) in self.tagged() {
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
        }
    }
}

fn signal(pid: i32, signal: i32) {
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
}

fn listening(port: u16) -> bool {
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(300)).is_ok()
}

/// Long enough for a loaded 2-core machine running the other demo tests at the same time.
const SETUP: Duration = Duration::from_secs(180);

#[test]
fn sigterm_during_setup_stops_the_servers_and_removes_the_ephemeral_directory() {
    let mut demo = background(&["all", "--ephemeral", "--port-offset", "11000"], false);
    // Setup is under way once the first server runs (the identity server, then the KMS).
    let until = Instant::now() + SETUP;
    while demo.servers().is_empty() {
        assert!(Instant::now() < until, "no server started");
        assert!(
            demo.child.try_wait().unwrap().is_none(),
            "the demo ended early"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    signal(demo.pid(), libc::SIGTERM);
    let status = demo.wait_exit(Duration::from_secs(30));
    assert_eq!(status.and_then(|s| s.code()), Some(2), "{status:?}");
    assert_eq!(demo.wait_none_left(Duration::from_secs(2)), vec![]);
    assert_eq!(demo.leftovers(), Vec::<String>::new());
    let doc: Value = serde_json::from_str(&demo.stdout()).unwrap();
    assert_eq!(doc["interrupted"], "SIGTERM", "{doc:#}");
    assert_eq!(doc["success"], false);
}

#[test]
fn sigint_during_setup_counts_also_when_started_as_a_background_job() {
    let mut demo = background(&["kms", "--ephemeral", "--port-offset", "12000"], true);
    let until = Instant::now() + SETUP;
    while demo.servers().is_empty() {
        assert!(Instant::now() < until, "no server started");
        assert!(
            demo.child.try_wait().unwrap().is_none(),
            "the demo ended early"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    signal(demo.pid(), libc::SIGINT);
    let status = demo.wait_exit(Duration::from_secs(30));
    assert_eq!(status.and_then(|s| s.code()), Some(2), "{status:?}");
    assert_eq!(demo.wait_none_left(Duration::from_secs(2)), vec![]);
    assert_eq!(demo.leftovers(), Vec::<String>::new());
}

#[test]
fn sigkill_of_the_demo_leaves_no_server_after_2_seconds() {
    let demo = background(&["all", "--ephemeral", "--port-offset", "13000"], false);
    let mut seen = Vec::new();
    assert!(
        demo.wait_for("\"serving\":true", SETUP, &mut seen),
        "{seen:#?}"
    );
    let servers = demo.servers();
    assert_eq!(servers.len(), 3, "{servers:?}");
    let ports = [
        8081 + 13000,
        8082 + 13000,
        8083 + 13000,
        9090 + 13000,
        9091 + 13000,
        9092 + 13000,
    ];
    assert!(ports.iter().all(|p| listening(*p)));
    signal(demo.pid(), libc::SIGKILL);
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(demo.tagged(), vec![], "servers outlived the demo");
    let held: Vec<u16> = ports.into_iter().filter(|p| listening(*p)).collect();
    assert_eq!(held, Vec::<u16>::new(), "ports still held");
}

#[test]
fn ephemeral_after_ctrl_c_leaves_nothing() {
    let mut demo = background(&["kms", "--ephemeral", "--port-offset", "14000"], false);
    let mut seen = Vec::new();
    assert!(
        demo.wait_for("\"serving\":true", SETUP, &mut seen),
        "{seen:#?}"
    );
    assert_eq!(demo.leftovers().len(), 1, "the demo works in TMPDIR");
    signal(demo.pid(), libc::SIGINT);
    let status = demo.wait_exit(Duration::from_secs(30));
    assert_eq!(status.and_then(|s| s.code()), Some(0), "{status:?}");
    assert_eq!(demo.wait_none_left(Duration::from_secs(2)), vec![]);
    assert_eq!(demo.leftovers(), Vec::<String>::new());
}

#[test]
fn a_server_killed_while_serving_is_reported_and_the_demo_exits_2() {
    let mut demo = background(&["kms", "--ephemeral", "--port-offset", "15000"], false);
    let mut seen = Vec::new();
    assert!(
        demo.wait_for("\"serving\":true", SETUP, &mut seen),
        "{seen:#?}"
    );
    let servers = demo.servers();
    let (kms, _) = servers
        .iter()
        .find(|(_, cmd)| cmd.contains("kms serve"))
        .unwrap_or_else(|| panic!("{servers:?}"));
    signal(*kms, libc::SIGKILL);
    let status = demo.wait_exit(Duration::from_secs(15));
    assert_eq!(status.and_then(|s| s.code()), Some(2), "{status:?}");
    let rest = demo.rest_of_stderr();
    let error = rest
        .iter()
        .find_map(|l| {
            serde_json::from_str::<Value>(l)
                .ok()
                .filter(|v| v["error"].is_object())
        })
        .unwrap_or_else(|| panic!("no error on stderr: {rest:#?}"));
    let message = error["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("the KMS")
            && message.contains(&format!("pid {kms}"))
            && message.contains("SIGKILL"),
        "{message}"
    );
    assert_eq!(demo.wait_none_left(Duration::from_secs(2)), vec![]);
    assert_eq!(demo.leftovers(), Vec::<String>::new());
}

#[test]
fn a_port_held_by_a_server_of_an_earlier_demo_is_reported_not_swapped() {
    let first = background(&["kms", "--ephemeral", "--port-offset", "16000"], false);
    let mut seen = Vec::new();
    assert!(
        first.wait_for("\"serving\":true", SETUP, &mut seen),
        "{seen:#?}"
    );
    let servers = first.servers();
    let (kms, _) = servers
        .iter()
        .find(|(_, cmd)| cmd.contains("kms serve"))
        .unwrap_or_else(|| panic!("{servers:?}"));
    let (code, doc, _) = demo(&["kms", "--check", "--ephemeral", "--port-offset", "16000"]);
    assert_eq!(code, Some(2), "{doc:#}");
    let error = &doc["errors"][0];
    let said = format!("{} {}", error["message"], error["cause"]);
    assert!(
        said.contains("port 24081 is held by")
            && said.contains(&format!("pid {kms}"))
            && said.contains("--port-offset"),
        "{said}"
    );
}

#[test]
fn the_data_directory_and_every_file_in_it_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    // A directory an older demo left world-readable is tightened too.
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(data.join("passports.jsonl"), "").unwrap();
    std::fs::set_permissions(
        data.join("passports.jsonl"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let (code, doc, _) = demo(&[
        "all",
        "--check",
        "--data-dir",
        data.to_str().unwrap(),
        "--port-offset",
        "17000",
    ]);
    assert_eq!(code, Some(0), "{doc:#}");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    for name in [
        "passports.jsonl",
        "unseal.key",
        "realm.yml",
        "demo-service.secret",
        "access-token.jwt",
        "kms.db",
        "identity.db",
        "certs/localhost.key",
    ] {
        assert_eq!(mode(&data.join(name)), 0o600, "{name}");
    }
    fn walk(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, u32)>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let m = e.metadata().unwrap();
            out.push((e.path(), m.permissions().mode() & 0o777));
            if m.is_dir() {
                walk(&e.path(), out);
            }
        }
    }
    let mut all = Vec::new();
    walk(&data, &mut all);
    let open: Vec<_> = all.iter().filter(|(_, m)| m & 0o077 != 0).collect();
    assert!(open.is_empty(), "readable by others: {open:?}");
    // The summary names a ready-to-use access token.
    let file = doc["access_token"]["file"].as_str().unwrap();
    assert_eq!(std::path::Path::new(file), data.join("access-token.jwt"));
    let token = std::fs::read_to_string(file).unwrap();
    assert_eq!(token.trim().split('.').count(), 3, "{token}");
    assert_eq!(doc["access_token"]["client_id"], "demo-service");
    // Each server logged every request to its file in the data directory, and no secret the
    // demo used is in any of them: not a password, the client secrets, the access token or
    // the unseal secret.
    let logs: Vec<String> = doc["logs"]["kms_instances"]
        .as_array()
        .unwrap()
        .iter()
        .chain(std::iter::once(&doc["logs"]["identity"]))
        .map(|p| std::fs::read_to_string(p.as_str().unwrap()).unwrap())
        .collect();
    assert_eq!(logs.len(), 2);
    // The audit trails, in the data directory too, checked by the demo's last step.
    let trails: Vec<String> = doc["audit"]["kms_instances"]
        .as_array()
        .unwrap()
        .iter()
        .chain(std::iter::once(&doc["audit"]["identity"]))
        .map(|p| std::fs::read_to_string(p.as_str().unwrap()).unwrap())
        .collect();
    assert_eq!(trails.len(), 2);
    assert!(trails[0].contains("\"op\":\"encrypt\""), "{}", trails[0]);
    assert!(trails[1].contains("\"op\":\"token\""), "{}", trails[1]);
    let audit_step = doc["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "verify the audit trails of this run")
        .unwrap();
    assert_eq!(audit_step["status"], "passed", "{audit_step}");
    for log in &logs {
        let requests = log
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .filter(|l| l["msg"] == "request")
            .count();
        assert!(requests >= 5, "{log}");
    }
    let mut secrets: Vec<String> = doc["credentials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["password"].as_str().unwrap().to_string())
        .collect();
    secrets.push(token.trim().to_string());
    for name in ["demo-service.secret", "kms-introspect.secret"] {
        let secret = std::fs::read_to_string(data.join(name)).unwrap();
        secrets.push(secret.trim().to_string());
    }
    let unseal = std::fs::read(data.join("unseal.key")).unwrap();
    secrets.push(String::from_utf8_lossy(&unseal).trim().to_string());
    for secret in secrets.iter().filter(|s| s.len() >= 8) {
        for log in logs.iter().chain(&trails) {
            assert!(
                !log.contains(secret.as_str()),
                "a log or trail holds a secret"
            );
        }
    }
}

/// `--postgres` without a URL: a throwaway cluster of the demo's own, three KMS servers on
/// it, the checks crossing them; every instance is listed, and the cluster's directory is
/// gone afterwards.
#[test]
fn demo_all_on_a_throwaway_postgres_with_three_kms_instances() {
    if common::pg::cluster().is_none() {
        return;
    }
    let before = throwaway_dirs();
    let (code, doc, stderr) = demo(&[
        "all",
        "--check",
        "--ephemeral",
        "--port-offset",
        "31400",
        "--postgres",
        "--kms-instances",
        "3",
    ]);
    assert_eq!(code, Some(0), "{doc:#}\n{stderr}");
    assert_eq!(doc["passed"], doc["total_steps"], "{doc:#}");
    let across = doc["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "use one key across the KMS instances")
        .expect("the cross-instance step runs");
    assert_eq!(across["status"], "passed", "{across}");
    assert!(
        across["detail"]
            .as_str()
            .unwrap()
            .starts_with("3 instances"),
        "{across}"
    );
    let configs = &doc["steps"][1]["detail"];
    assert!(
        configs.as_str().unwrap().contains("throwaway cluster"),
        "{configs}"
    );
    let instances = doc["urls"]["kms_instances"].as_array().unwrap();
    assert_eq!(instances.len(), 3, "{instances:?}");
    let apis: std::collections::HashSet<&str> = instances
        .iter()
        .map(|i| i["api"].as_str().unwrap())
        .collect();
    assert_eq!(apis.len(), 3, "three distinct instances: {instances:?}");
    assert_eq!(instances[0]["api"], doc["urls"]["kms_api"]);
    let after = throwaway_dirs();
    assert!(
        after.is_subset(&before),
        "the throwaway cluster is left behind: {:?}",
        after.difference(&before).collect::<Vec<_>>()
    );
}

fn throwaway_dirs() -> std::collections::HashSet<String> {
    std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("cu-demo-pg-"))
        .collect()
}

/// `--postgres URL`: the store and the identity state in a database the caller runs.
#[test]
fn demo_kms_on_a_postgres_url() {
    let Some(c) = common::pg::cluster() else {
        return;
    };
    let url = c.database();
    let password = c.password_file.display().to_string();
    let (code, doc, stderr) = demo(&[
        "all",
        "--check",
        "--ephemeral",
        "--port-offset",
        "31500",
        "--postgres",
        &url,
        "--postgres-password-file",
        &password,
        "--kms-instances",
        "2",
    ]);
    assert_eq!(code, Some(0), "{doc:#}\n{stderr}");
    assert_eq!(doc["passed"], doc["total_steps"], "{doc:#}");
    assert_eq!(doc["urls"]["kms_instances"].as_array().unwrap().len(), 2);
    // The keys and the identity state are in that database.
    let mut db = c.connect(common::pg::db_name(&url)).unwrap();
    let schemas: Vec<String> = db
        .query("SELECT nspname::text FROM pg_namespace", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    for want in ["cu", "cu_identity", "cu_shared"] {
        assert!(schemas.iter().any(|s| s == want), "{want}: {schemas:?}");
    }
    assert!(schemas.iter().filter(|s| s.starts_with("tenant_")).count() >= 2);
}

#[test]
fn kms_instances_need_postgres() {
    let (code, _, stderr) = demo(&["kms", "--check", "--ephemeral", "--kms-instances", "2"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("--kms-instances needs --postgres"),
        "{stderr}"
    );
}
