//! `cu demo kms|identity|all`: from nothing to running servers with realistic data, every
//! piece verified over real HTTPS, then a summary with URLs and credentials. The servers are
//! child processes of this `cu` (the same binary); they stop when the demo stops, however
//! it stops (a signal at any moment, a failure, or the demo itself being killed).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::cli::demo::{DemoArgs, DemoKind};
use crate::error::{CuError, CuResult, Status};
use crate::kms::backend::Kms;
use crate::kms::client::{Connection, RemoteKms};
use crate::kms::store::{self, Store, Unseal};
use crate::limits::FileKind;
use crate::output::{Ctx, Report};

/// Predictable demo credentials, printed in the summary.
const USERS: [(&str, &str, &str); 4] = [
    ("admin", "demo-admin-pw", "kms:* passport:*"),
    (
        "tenant-admin",
        "demo-tenant-admin-pw",
        "kms:keys:* kms:encrypt kms:decrypt kms:sign kms:verify",
    ),
    (
        "user",
        "demo-user-pw",
        "kms:keys:read kms:encrypt kms:decrypt",
    ),
    (
        "service",
        "demo-service-pw",
        "kms:encrypt kms:decrypt kms:sign kms:verify kms:keys:read",
    ),
];
const OTHER_TENANT_USER: (&str, &str) = ("other-tenant", "demo-other-pw");
const CLIENT_ID: &str = "demo-service";
/// A ready-to-use access token of the demo client, refreshed every run.
const TOKEN_FILE: &str = "access-token.jwt";
/// The KMS's client at the identity server, for revocation checks.
const INTROSPECTION_CLIENT: &str = "kms-introspect";
const INTROSPECTION_SECRET: &str = "kms-introspect.secret";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Passed,
    Failed,
    Skipped,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
        }
    }
}

struct StepResult {
    name: &'static str,
    outcome: Outcome,
    detail: String,
    cause: Option<String>,
    duration_ms: u128,
}

/// A failed step: what went wrong, and the underlying cause.
struct StepError {
    message: String,
    cause: String,
}

fn fail(message: impl Into<String>, cause: impl std::fmt::Display) -> StepError {
    StepError {
        message: message.into(),
        cause: cause.to_string(),
    }
}

struct Running {
    child: Child,
    public: String,
    admin: String,
}

/// The state a demo run builds up step by step.
struct Demo {
    kind: DemoKind,
    dir: PathBuf,
    exe: PathBuf,
    port_offset: u16,
    ready_timeout: Duration,
    tenant: String,
    other_tenant: String,
    identity: Option<Running>,
    kms: Option<Running>,
    /// The passport service (`demo all`).
    passport: Option<Running>,
    token: Option<String>,
    old_ciphertext: Option<String>,
    /// Where the KMS listens, fixed before it starts (the console's redirect URI names it).
    kms_port: u16,
    /// Wanted ports that were taken, and what was used instead.
    port_notes: Vec<String>,
    /// The sample access token's file and what it allows.
    token_file: Option<(PathBuf, Value)>,
    /// `--postgres`: Some("") for a throwaway cluster, else the URL.
    postgres: Option<String>,
    postgres_password_file: Option<PathBuf>,
    /// KMS servers on the one store; those after the first are `kms_more`.
    kms_instances: usize,
    kms_more: Vec<Running>,
    /// The KMS store as the CLI names it, as a config's `store:` names it, and where it is.
    store_cli: Vec<String>,
    store_line: String,
    store_location: store::Location,
    /// The identity state as a config names it, and where it is.
    state_line: String,
    state_location: store::Location,
    /// The throwaway PostgreSQL cluster (dropped after the servers: fields drop after
    /// `Drop::drop` has stopped them).
    pg: Option<super::demo_postgres::Throwaway>,
    /// `--otlp-endpoint`: every server's traces go there.
    otlp: Option<String>,
}

impl Demo {
    fn stop_servers(&mut self) {
        let more = std::mem::take(&mut self.kms_more);
        for server in more.into_iter().chain(
            [self.passport.take(), self.kms.take(), self.identity.take()]
                .into_iter()
                .flatten(),
        ) {
            stop(server.child);
        }
    }

    /// Every KMS instance, the first one first.
    fn all_kms(&self) -> Vec<&Running> {
        self.kms.iter().chain(self.kms_more.iter()).collect()
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        self.stop_servers();
    }
}

/// The signal that asked the demo to stop (SIGINT, SIGTERM, SIGHUP), 0 until one came.
static STOP_SIGNAL: AtomicI32 = AtomicI32::new(0);
/// The running servers' pids, so the signal handler can pass the signal on at once: steps
/// waiting on a server then fail fast instead of running to their timeouts.
static SERVER_PIDS: [AtomicI32; 12] = [const { AtomicI32::new(0) }; 12];

extern "C" fn on_stop_signal(signal: libc::c_int) {
    // Only async-signal-safe work here: atomics and kill(2).
    STOP_SIGNAL.store(signal, Ordering::SeqCst);
    for slot in &SERVER_PIDS {
        let pid = slot.load(Ordering::SeqCst);
        if pid > 0 {
            unsafe {
                libc::kill(pid, libc::SIGTERM);
            }
        }
    }
}

/// Catch SIGINT, SIGTERM and SIGHUP from here on, also when the shell started the demo
/// with SIGINT ignored (a background job): the demo then stops its servers and cleans up.
fn catch_stop_signals() {
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction =
                on_stop_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

fn stop_signal() -> Option<&'static str> {
    match STOP_SIGNAL.load(Ordering::SeqCst) {
        0 => None,
        libc::SIGINT => Some("SIGINT"),
        libc::SIGTERM => Some("SIGTERM"),
        _ => Some("SIGHUP"),
    }
}

fn watch_server(pid: u32) {
    if let Some(slot) = SERVER_PIDS.iter().find(|s| {
        s.compare_exchange(0, pid as i32, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }) {
        // A signal that came before the pid was known still reaches the server.
        if STOP_SIGNAL.load(Ordering::SeqCst) != 0 {
            slot.store(0, Ordering::SeqCst);
            unsafe {
                libc::kill(pid as i32, libc::SIGTERM);
            }
        }
    }
}

/// Forget a server's pid before it is reaped, so no signal goes to a reused pid.
fn unwatch_server(pid: u32) {
    for slot in &SERVER_PIDS {
        let _ = slot.compare_exchange(pid as i32, 0, Ordering::SeqCst, Ordering::SeqCst);
    }
}

/// The child dies with the demo, even when the demo is SIGKILLed and cannot stop it. The
/// death signal fires when the *thread* that forked exits, so children are spawned from the
/// main thread (which runs the whole demo), never from a helper thread.
fn die_with_demo(command: &mut Command) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        let demo = std::process::id() as libc::pid_t;
        // Between fork and exec only async-signal-safe calls, and no allocation.
        unsafe {
            command.pre_exec(move || {
                if libc::prctl(
                    libc::PR_SET_PDEATHSIG,
                    libc::SIGKILL as libc::c_ulong,
                    0,
                    0,
                    0,
                ) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                // The demo may have died before prctl: then no signal would ever come.
                if libc::getppid() != demo {
                    return Err(std::io::Error::from_raw_os_error(libc::ESRCH));
                }
                Ok(())
            });
        }
    }
}

/// How a server ended, if it has (without reaping it, so its pid stays its own until then).
fn exited(child: &mut Child) -> Option<ExitStatus> {
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    let r = unsafe {
        libc::waitid(
            libc::P_PID,
            child.id() as libc::id_t,
            &mut info,
            libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
        )
    };
    if r != 0 || unsafe { info.si_pid() } == 0 {
        return None;
    }
    unwatch_server(child.id());
    child.wait().ok()
}

fn describe_exit(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit status {code}"),
        (None, Some(signal)) => {
            let name = match signal {
                libc::SIGHUP => " (SIGHUP)",
                libc::SIGINT => " (SIGINT)",
                libc::SIGABRT => " (SIGABRT)",
                libc::SIGKILL => " (SIGKILL)",
                libc::SIGSEGV => " (SIGSEGV)",
                libc::SIGTERM => " (SIGTERM)",
                _ => "",
            };
            format!("killed by signal {signal}{name}")
        }
        (None, None) => status.to_string(),
    }
}

/// SIGTERM (the servers drain and exit), then SIGKILL if they take too long.
fn stop(mut child: Child) {
    unwatch_server(child.id());
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
    }
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(5) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn port_free(port: u16) -> bool {
    std::net::TcpListener::bind(("127.0.0.1", port)).is_ok()
}

/// A process of this user that listens on a port, as /proc tells it.
struct Holder {
    pid: u32,
    command: Vec<String>,
    cwd: Option<PathBuf>,
}

impl Holder {
    /// `cu kms serve` or `cu identity serve`: a demo server, most likely left from an
    /// earlier demo (or another demo still running).
    fn is_cu_server(&self) -> bool {
        let cu = self.command.first().is_some_and(|exe| {
            Path::new(exe)
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("cu"))
        });
        let has = |word: &str| self.command.iter().any(|a| a == word);
        cu && has("serve") && (has("kms") || has("identity"))
    }

    fn describe(&self) -> String {
        let command: Vec<&str> = self
            .command
            .iter()
            .map(String::as_str)
            .filter(|a| !a.starts_with('-') && !a.ends_with(".yaml") && *a != "json")
            .collect();
        let name = Path::new(command.first().copied().unwrap_or("?"))
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rest = command.get(1..).unwrap_or_default().join(" ");
        match &self.cwd {
            Some(dir) => format!(
                "`{name} {rest}` (pid {}, data in {})",
                self.pid,
                dir.display()
            ),
            None => format!("`{name} {rest}` (pid {})", self.pid),
        }
    }
}

/// Who listens on `port`: the socket's inode from /proc/net/tcp{,6}, then the process that
/// holds it. None when nothing listens or the holder is not this user's.
#[cfg(target_os = "linux")]
fn holder(port: u16) -> Option<Holder> {
    let mut sockets = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        for line in text.lines().skip(1) {
            // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
            let f: Vec<&str> = line.split_whitespace().collect();
            let listening = f.len() > 9 && f[3] == "0A";
            let on_port = f.get(1).and_then(|a| a.rsplit_once(':')).map(|(_, p)| p);
            if listening && on_port.and_then(|p| u16::from_str_radix(p, 16).ok()) == Some(port) {
                sockets.push(format!("socket:[{}]", f[9]));
            }
        }
    }
    if sockets.is_empty() {
        return None;
    }
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        let holds = fds.flatten().any(|fd| {
            std::fs::read_link(fd.path())
                .is_ok_and(|t| sockets.iter().any(|s| t.as_os_str() == s.as_str()))
        });
        if holds {
            let command = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            return Some(Holder {
                pid,
                command: command
                    .split(|b| *b == 0)
                    .filter(|a| !a.is_empty())
                    .map(|a| String::from_utf8_lossy(a).into_owned())
                    .collect(),
                cwd: std::fs::read_link(entry.path().join("cwd")).ok(),
            });
        }
    }
    None
}

#[cfg(not(target_os = "linux"))]
fn holder(_port: u16) -> Option<Holder> {
    None
}

impl Demo {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// `wanted` when free. A port held by a demo server (left from an earlier demo, or
    /// another demo running) stops the demo and names it; a port another program holds is
    /// swapped for a free one, which the step's detail says.
    fn port(&mut self, wanted: u16) -> Result<u16, StepError> {
        if port_free(wanted) {
            return Ok(wanted);
        }
        let holder = holder(wanted);
        if let Some(h) = holder.as_ref().filter(|h| h.is_cu_server()) {
            return Err(fail(
                format!(
                    "port {wanted} is held by {}, a server from an earlier demo",
                    h.describe()
                ),
                format!(
                    "stop it (kill {}) or move this demo with --port-offset N",
                    h.pid
                ),
            ));
        }
        let got = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .map_err(|e| fail("no free port", e))?;
        self.port_notes.push(match holder {
            Some(h) => format!("{wanted} is held by {}, so {got}", h.describe()),
            None => format!("{wanted} is taken, so {got}"),
        });
        Ok(got)
    }

    fn address(&mut self, wanted: u16) -> Result<String, StepError> {
        Ok(format!("127.0.0.1:{}", self.port(wanted)?))
    }

    /// Run this `cu` with `args` in the data directory; stdout on success.
    fn cu(&self, args: &[&str]) -> Result<String, StepError> {
        let mut command = Command::new(&self.exe);
        command
            .current_dir(&self.dir)
            .env("NO_COLOR", "1")
            .args(["-q", "--output", "json"])
            .args(args);
        die_with_demo(&mut command);
        let out = command
            .output()
            .map_err(|e| fail(format!("cannot run {}", self.exe.display()), e))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            let err: Value = serde_json::from_slice(&out.stderr).unwrap_or(Value::Null);
            Err(fail(
                format!("`cu {}` failed", args.join(" ")),
                err["error"]["message"].as_str().unwrap_or("no message"),
            ))
        }
    }

    fn http(&self) -> Result<reqwest::blocking::Client, StepError> {
        let ca = self.read(FileKind::Certificate, "ca/root.pem", "no demo CA")?;
        let roots =
            crate::pki::pem::only_certificates(&ca, "demo CA").map_err(|e| fail("demo CA", e))?;
        let tls = crate::pki::tls::client_config(&roots, None).map_err(|e| fail("TLS", e))?;
        reqwest::blocking::Client::builder()
            .use_preconfigured_tls((*tls).clone())
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| fail("HTTPS client", e))
    }

    fn kms_as(
        &self,
        user: Option<(&str, &str)>,
        token: Option<&str>,
    ) -> Result<RemoteKms, StepError> {
        self.kms_on(0, user, token)
    }

    /// A client of KMS instance `i` (0: the first).
    fn kms_on(
        &self,
        i: usize,
        user: Option<(&str, &str)>,
        token: Option<&str>,
    ) -> Result<RemoteKms, StepError> {
        let all = self.all_kms();
        let kms = all
            .get(i)
            .ok_or_else(|| fail("the KMS is not running", "an earlier step failed"))?;
        RemoteKms::connect(Connection {
            url: kms.public.clone(),
            ca_pem: self
                .read(FileKind::Certificate, "ca/root.pem", "no demo CA")?
                .to_vec(),
            user: user.map(|(u, _)| u.to_string()),
            password: user.map(|(_, p)| zeroize::Zeroizing::new(p.as_bytes().to_vec())),
            token: token.map(|t| zeroize::Zeroizing::new(t.as_bytes().to_vec())),
            client_identity: None,
        })
        .map_err(|e| fail("cannot connect to the KMS", e.message))
    }

    fn unseal(&self) -> Result<Unseal, StepError> {
        let secret = self.read(FileKind::Secret, "unseal.key", "no unseal key")?;
        Ok(Unseal::Secret(secret))
    }

    /// One of the demo's own files, with the size limit of its kind.
    fn read(
        &self,
        kind: FileKind,
        name: &str,
        what: &str,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, StepError> {
        let path = self.path(name);
        crate::limits::read_file(&path, kind).map_err(|e| fail(what, e.message(&path)))
    }

    /// Start `cu <server> serve`, read where it listens, wait for /readyz with backoff.
    fn launch(&self, server: &str, config: &str) -> Result<Running, StepError> {
        let mut command = Command::new(&self.exe);
        command
            .current_dir(&self.dir)
            .args(["--output", "json", server, "serve", "--config", config])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        die_with_demo(&mut command);
        let mut child = command
            .spawn()
            .map_err(|e| fail(format!("cannot start cu {server} serve"), e))?;
        watch_server(child.id());
        let stderr = child
            .stderr
            .take()
            .ok_or_else(|| fail("no stderr", "spawn"))?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stderr).lines();
            // The line that says where it listens, or why it did not start (a log line on
            // stderr before it, as without `log.file`, is passed over).
            let first = lines
                .by_ref()
                .map_while(Result::ok)
                .find(|l| {
                    serde_json::from_str::<Value>(l).map_or(true, |v| {
                        v.get("listening").is_some() || v.get("error").is_some()
                    })
                })
                .unwrap_or_default();
            let _ = tx.send(first);
            // Keep draining so the server never blocks writing to stderr.
            for _ in lines {}
        });
        let said_nothing = Instant::now() + self.ready_timeout;
        let first = loop {
            if let Some(signal) = stop_signal() {
                stop(child);
                return Err(fail(format!("cu {server} serve stopped"), signal));
            }
            match rx.recv_timeout(Duration::from_millis(50)) {
                Ok(line) => break line,
                Err(mpsc::RecvTimeoutError::Timeout) if Instant::now() < said_nothing => {}
                Err(_) => {
                    stop(child);
                    return Err(fail(format!("cu {server} serve said nothing"), "timed out"));
                }
            }
        };
        let v: Value = match serde_json::from_str(&first) {
            Ok(v) => v,
            Err(_) => {
                stop(child);
                let cause = serde_json::from_str::<Value>(&first)
                    .ok()
                    .and_then(|e| e["error"]["message"].as_str().map(str::to_string))
                    .unwrap_or(first);
                return Err(fail(format!("cu {server} serve did not start"), cause));
            }
        };
        let (Some(public), Some(admin)) = (
            v["listening"]["public"].as_str(),
            v["listening"]["admin"].as_str(),
        ) else {
            stop(child);
            let cause = v["error"]["message"]
                .as_str()
                .unwrap_or("no address")
                .to_string();
            return Err(fail(format!("cu {server} serve did not start"), cause));
        };
        let running = Running {
            child,
            public: public.to_string(),
            admin: admin.to_string(),
        };
        let http = self.http()?;
        let started = Instant::now();
        let mut wait = Duration::from_millis(10);
        loop {
            let ready = http
                .get(format!("{}/readyz", running.admin))
                .send()
                .is_ok_and(|r| r.status().is_success());
            if ready {
                return Ok(running);
            }
            if let Some(signal) = stop_signal() {
                stop(running.child);
                return Err(fail(format!("cu {server} serve stopped"), signal));
            }
            if started.elapsed() > self.ready_timeout {
                stop(running.child);
                return Err(fail(
                    format!("cu {server} serve never became ready"),
                    "timed out",
                ));
            }
            std::thread::sleep(wait);
            wait = (wait * 2).min(Duration::from_millis(500));
        }
    }
}

type Step = (&'static str, fn(&mut Demo) -> Result<String, StepError>);

fn steps(kind: DemoKind, kms_instances: usize) -> Vec<Step> {
    let mut list: Vec<Step> = vec![
        ("create the demo CA and certificates", certificates),
        ("write configs and the realm", configs),
        ("start the servers", start_servers),
    ];
    if kind != DemoKind::Identity {
        list.push(("seed keys of every type and passports", seed_keys));
    }
    if kind != DemoKind::Kms {
        list.push(("register the OAuth client", seed_client));
        list.push(("get an access token (client credentials)", get_token));
    }
    if kind == DemoKind::All {
        list.push(("encrypt and decrypt with the token", bearer_round_trip));
        list.push(("check a revoked token is refused at once", revoked_token));
    }
    if kind != DemoKind::Identity {
        list.push(("sign and verify", sign_verify));
        list.push(("rotate a key and decrypt old data", rotate_and_decrypt));
        if kms_instances > 1 {
            list.push(("use one key across the KMS instances", across_instances));
        }
        list.push(("check another tenant cannot use the key", tenant_isolation));
        list.push(("issue and batch-verify passports", passports));
    }
    if kind == DemoKind::All {
        list.push((
            "issue and verify passports over HTTPS (single, coalesced, batch)",
            passport_service,
        ));
    }
    list.push(("verify the demo certificate chain", verify_chain));
    list.push(("verify the audit trails of this run", verify_audit));
    list
}

/// Every audit trail this run wrote holds (each server's file, the KMS store's table), with
/// records of what the steps did.
fn verify_audit(d: &mut Demo) -> Result<String, StepError> {
    let mut checked = Vec::new();
    let mut verify = |file: Option<&str>, store: Vec<String>, unseal: &str| {
        let mut args: Vec<String> = vec!["kms".into(), "audit".into(), "verify".into()];
        match file {
            Some(f) => args.push(f.into()),
            None => args.push("--in-store".into()),
        }
        args.extend(store);
        args.extend(["--unseal-file".into(), unseal.into()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // A server may be appending a checkpoint as the file is read: a torn last line is
        // read again once before it counts.
        let out = d.cu(&args).or_else(|_| {
            std::thread::sleep(Duration::from_millis(300));
            d.cu(&args)
        })?;
        let v: Value = serde_json::from_str(&out).map_err(|e| fail("audit verify", e))?;
        let records = v["records"].as_u64().unwrap_or(0);
        if records < 2 {
            return Err(fail(
                format!(
                    "the audit trail {} is empty",
                    file.unwrap_or("in the store")
                ),
                format!("{records} records"),
            ));
        }
        checked.push(format!(
            "{} ({records} records)",
            file.unwrap_or("KMS store")
        ));
        Ok(())
    };
    if d.kind != DemoKind::Identity {
        for i in 1..=d.kms_instances {
            verify(Some(&kms_audit(i)), d.store_cli.clone(), "unseal.key")?;
        }
        verify(None, d.store_cli.clone(), "unseal.key")?;
    }
    if d.kind != DemoKind::Kms {
        verify(
            Some(IDENTITY_AUDIT),
            vec!["--store".into(), "identity-keys.db".into()],
            "identity-unseal.key",
        )?;
    }
    Ok(format!("intact: {}", checked.join(", ")))
}

fn certificates(d: &mut Demo) -> Result<String, StepError> {
    if !d.path("ca/root.pem").exists() {
        d.cu(&[
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--name-prefix",
            "cu demo",
        ])?;
    }
    if !d.path("certs/localhost.pem").exists() {
        d.cu(&[
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
        ])?;
        d.cu(&[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--cn",
            "demo-client",
            "--client",
            "--out-dir",
            "certs",
        ])?;
    }
    Ok("root → policy → issuing CA; server certificate for localhost and 127.0.0.1; a client certificate".into())
}

fn configs(d: &mut Demo) -> Result<String, StepError> {
    d.tenant = crate::kms::new_tenant_id().map_err(|e| fail("tenant id", e.message))?;
    d.other_tenant = crate::kms::new_tenant_id().map_err(|e| fail("tenant id", e.message))?;
    if !d.path("unseal.key").exists() {
        let secret = crate::kms::crypto::random(32).map_err(|e| fail("randomness", e.message))?;
        super::io::write_file(&d.path("unseal.key"), &secret, true, false)
            .map_err(|e| fail("cannot write the unseal key", e.full_message()))?;
    }
    let storage = storage(d)?;
    let exists = match &d.store_location {
        store::Location::Sqlite(path) => path.exists(),
        pg => match Store::open(pg.clone(), &d.unseal()?, None, false, 0) {
            Ok(_) => true,
            Err(e)
                if matches!(
                    e.reason,
                    crate::kms::Reason::NoStore | crate::kms::Reason::NotAStore
                ) =>
            {
                false
            }
            Err(e) => return Err(fail("cannot open the key store", e.message)),
        },
    };
    if !exists {
        store::init(
            d.store_location.clone(),
            &d.unseal()?,
            super::kms::unix_now(),
        )
        .map_err(|e| fail("cannot create the key store", e.message))?;
    }
    // PBKDF2 at 600,000 iterations is ~180 ms a password: hash them all at once.
    let mut principals: Vec<(String, String, String, String)> = USERS
        .iter()
        .map(|(n, p, s)| {
            (
                n.to_string(),
                p.to_string(),
                d.tenant.clone(),
                s.to_string(),
            )
        })
        .collect();
    principals.push((
        OTHER_TENANT_USER.0.into(),
        OTHER_TENANT_USER.1.into(),
        d.other_tenant.clone(),
        "kms:*".into(),
    ));
    let hashes: Vec<Result<String, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = principals
            .iter()
            .map(|(_, pw, _, _)| {
                scope.spawn(move || {
                    crate::server::auth::realm::hash_password(
                        pw.as_bytes(),
                        crate::server::auth::realm::DEFAULT_ITERATIONS,
                    )
                    .map_err(|e| e.message)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("hashing failed".into())))
            .collect()
    });
    let mut realm = String::from("# cu demo realm: regenerated every run\nprincipals:\n");
    for ((name, _, tenant, scopes), hash) in principals.iter().zip(hashes) {
        let hash = hash.map_err(|e| fail("cannot hash a password", e))?;
        let scopes: Vec<String> = scopes.split(' ').map(|s| format!("\"{s}\"")).collect();
        realm.push_str(&format!(
            "  - name: {name}\n    kind: {}\n    tenant: {tenant}\n    password: \"{hash}\"\n    scopes: [{}]\n",
            if name == "service" { "service" } else { "user" },
            scopes.join(", ")
        ));
    }
    super::io::write_file(&d.path("realm.yml"), realm.as_bytes(), true, true)
        .map_err(|e| fail("cannot write the realm", e.full_message()))?;
    if d.kind != DemoKind::Kms {
        // The identity server's signing keys are sealed in a store of their own, with its own
        // unseal secret: no KMS principal can sign with them (a key in a KMS tenant could be
        // used through the KMS API), and the KMS's unseal secret does not open them.
        if !d.path("identity-unseal.key").exists() {
            let secret =
                crate::kms::crypto::random(32).map_err(|e| fail("randomness", e.message))?;
            super::io::write_file(&d.path("identity-unseal.key"), &secret, true, false)
                .map_err(|e| fail("cannot write the identity unseal key", e.full_message()))?;
        }
        if !d.path("identity-keys.db").exists() {
            let secret = d.read(
                FileKind::Secret,
                "identity-unseal.key",
                "no identity unseal key",
            )?;
            store::init(
                d.path("identity-keys.db"),
                &Unseal::Secret(secret),
                super::kms::unix_now(),
            )
            .map_err(|e| fail("cannot create the identity key store", e.message))?;
        }
        let identity = format!(
            "{}keys: {{store: {{path: identity-keys.db, unseal_file: identity-unseal.key}}}}\nrealm: realm.yml\nlisten: {{public: \"{}\", admin: \"{}\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nshutdown: {{drain_ms: 0, grace_ms: 2000}}\nlog: {{file: {IDENTITY_LOG}}}\naudit: {{file: {IDENTITY_AUDIT}}}\n{}",
            d.state_line.clone(),
            d.address(8082 + d.port_offset)?,
            d.address(9091 + d.port_offset)?,
            telemetry_line(d)
        );
        super::io::write_file(&d.path("identity.yaml"), identity.as_bytes(), false, true)
            .map_err(|e| fail("cannot write the identity config", e.full_message()))?;
    }
    Ok(format!(
        "tenant {} (and {} for the isolation check); realm with {} principals; {storage}",
        d.tenant,
        d.other_tenant,
        principals.len()
    ))
}

/// Where the KMS store and the identity state live: SQLite files in the data directory, or
/// PostgreSQL (a URL given, or a throwaway cluster started here). What it chose, in words.
fn storage(d: &mut Demo) -> Result<String, StepError> {
    let Some(requested) = d.postgres.clone() else {
        d.store_cli = vec!["--store".into(), "kms.db".into()];
        d.store_line = "store: {path: kms.db, unseal_file: unseal.key}".into();
        d.store_location = store::Location::Sqlite(d.path("kms.db"));
        d.state_line = "state: identity.db\n".into();
        d.state_location = store::Location::Sqlite(d.path("identity.db"));
        return Ok("SQLite files in the data directory".into());
    };
    let (url, password_file, what) = if requested.is_empty() {
        if d.pg.is_none() {
            let cluster = super::demo_postgres::Throwaway::start(d.ready_timeout, die_with_demo)
                .map_err(|e| fail("cannot start a throwaway PostgreSQL", e))?;
            d.pg = Some(cluster);
        }
        let cluster = d.pg.as_ref().ok_or_else(|| fail("no cluster", "start"))?;
        let url = cluster
            .database("cu_demo")
            .map_err(|e| fail("cannot make the demo database", e))?;
        let what = format!(
            "PostgreSQL: a throwaway cluster on 127.0.0.1:{} (removed on exit)",
            cluster.port
        );
        (url, cluster.password_file.clone(), what)
    } else {
        // The password as the CLI finds it (the file given, else $PGPASSFILE), kept in a
        // 0600 file of the data directory for the servers' configs.
        let located = store::Location::parse(Path::new(&requested))
            .map_err(|e| fail("--postgres", e.message))?;
        let store::Location::Postgres(pg) = &located else {
            return Err(fail("--postgres", "give a postgres:// URL"));
        };
        let password = match &d.postgres_password_file {
            Some(f) => Some(
                super::kms::password_from_file(f)
                    .map_err(|e| fail("--postgres-password-file", e.full_message()))?,
            ),
            None => super::kms::pgpass_password(pg, None)
                .map_err(|e| fail("$PGPASSFILE", e.full_message()))?,
        };
        let file = d.path("pg-password");
        super::io::write_file(
            &file,
            password.as_deref().map(String::as_bytes).unwrap_or(b""),
            true,
            true,
        )
        .map_err(|e| fail("cannot write the database password", e.full_message()))?;
        let what = format!("PostgreSQL {}", pg.display());
        (requested, file, what)
    };
    let password = super::kms::password_from_file(&password_file)
        .map_err(|e| fail("the database password", e.full_message()))?;
    let location = store::Location::parse(Path::new(&url))
        .map_err(|e| fail("the database URL", e.message))?
        .with_password(Some(password));
    let pw = password_file.display().to_string();
    d.store_cli = vec![
        "--store".into(),
        url.clone(),
        "--store-password-file".into(),
        pw.clone(),
    ];
    d.store_line =
        format!("store: {{path: \"{url}\", unseal_file: unseal.key, password_file: \"{pw}\"}}");
    d.store_location = location.clone();
    d.state_line = format!("state: \"{url}\"\nstate_password_file: \"{pw}\"\n");
    d.state_location = location;
    Ok(what)
}

fn console_redirect(d: &Demo) -> String {
    format!("https://127.0.0.1:{}/ui/callback", d.kms_port)
}

/// Where each server logs, in the data directory.
const KMS_LOG: &str = "kms.log";
const IDENTITY_LOG: &str = "identity.log";
const PASSPORT_LOG: &str = "passport.log";
const IDENTITY_AUDIT: &str = "identity-audit.log";

/// The audit trail file of KMS instance `i` (1: the first).
fn kms_audit(i: usize) -> String {
    if i == 1 {
        "kms-audit.log".to_string()
    } else {
        format!("kms-{i}-audit.log")
    }
}

/// The `telemetry:` line of the configs with `--otlp-endpoint`.
fn telemetry_line(d: &Demo) -> String {
    match &d.otlp {
        Some(url) => format!("telemetry: {{otlp: {{endpoint: {}}}}}\n", json!(url)),
        None => String::new(),
    }
}

/// The log of KMS instance `i` (1 is the first).
fn kms_log(i: usize) -> String {
    if i == 1 {
        KMS_LOG.to_string()
    } else {
        format!("kms-{i}.log")
    }
}

fn kms_config(d: &Demo, public: &str, admin: &str, instance: usize) -> String {
    let log = kms_log(instance);
    let audit = kms_audit(instance);
    // In `demo all` the console signs people in through the identity server.
    let federation = match (&d.identity, d.kind) {
        (Some(id), DemoKind::All) => format!(
            "federation: {{issuer: \"{}\", ca: ca/root.pem, introspection: {{when: sensitive, client_id: {INTROSPECTION_CLIENT}, client_secret_file: {INTROSPECTION_SECRET}}}}}\nconsole: {{client_id: kms-console, redirect_uri: \"{}\"}}\n",
            id.public,
            console_redirect(d)
        ),
        _ => String::new(),
    };
    format!(
        "{}\nlisten: {{public: \"{public}\", admin: \"{}\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: realm.yml\nshutdown: {{drain_ms: 0, grace_ms: 2000}}\nlog: {{file: {log}}}\naudit: {{file: {audit}, store: true}}\n{federation}{}",
        d.store_line,
        admin,
        telemetry_line(d)
    )
}

fn start_servers(d: &mut Demo) -> Result<String, StepError> {
    let mut started = Vec::new();
    if d.kind != DemoKind::Kms {
        d.identity = Some(d.launch("identity", "identity.yaml")?);
        started.push(format!(
            "identity {}",
            d.identity.as_ref().map(|r| r.public.as_str()).unwrap_or("")
        ));
    }
    if d.kind == DemoKind::All {
        introspection_client(d)?;
    }
    if d.kind != DemoKind::Identity {
        d.kms_port = d.port(8081 + d.port_offset)?;
        let admin = d.address(9090 + d.port_offset)?;
        super::io::write_file(
            &d.path("kms.yaml"),
            kms_config(d, &format!("127.0.0.1:{}", d.kms_port), &admin, 1).as_bytes(),
            false,
            true,
        )
        .map_err(|e| fail("cannot write the KMS config", e.full_message()))?;
        d.kms = Some(d.launch("kms", "kms.yaml")?);
        started.push(format!(
            "KMS {}",
            d.kms.as_ref().map(|r| r.public.as_str()).unwrap_or("")
        ));
        if d.kms_instances > 1 {
            // More instances on the same store, on ports and with logs of their own.
            for i in 2..=d.kms_instances {
                let config = format!("kms-{i}.yaml");
                super::io::write_file(
                    &d.path(&config),
                    kms_config(d, "127.0.0.1:0", "127.0.0.1:0", i).as_bytes(),
                    false,
                    true,
                )
                .map_err(|e| fail("cannot write the KMS config", e.full_message()))?;
                let more = d.launch("kms", &config)?;
                started.push(format!("KMS {}", more.public));
                d.kms_more.push(more);
            }
        }
    }
    if d.kind == DemoKind::All {
        let public = d.address(8083 + d.port_offset)?;
        let admin = d.address(9092 + d.port_offset)?;
        let config = format!(
            "{}\nlisten: {{public: \"{}\", admin: \"{}\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: realm.yml\nshutdown: {{drain_ms: 0, grace_ms: 2000}}\nlog: {{file: {PASSPORT_LOG}}}\n{}",
            d.store_line,
            public,
            admin,
            telemetry_line(d)
        );
        super::io::write_file(&d.path("passport.yaml"), config.as_bytes(), false, true)
            .map_err(|e| fail("cannot write the passport service config", e.full_message()))?;
        d.passport = Some(d.launch("passport", "passport.yaml")?);
        started.push(format!(
            "passport {}",
            d.passport.as_ref().map(|r| r.public.as_str()).unwrap_or("")
        ));
    }
    let mut detail = started.join(", ");
    if !d.port_notes.is_empty() {
        detail.push_str(&format!(" (ports {})", d.port_notes.join("; ")));
    }
    Ok(detail)
}

/// The KMS's own client at the identity server, a resource server (RFC 7662 §4) that may
/// introspect every token: the KMS asks about each token before a sensitive operation, so a
/// revoked token stops working there at once. A new secret every run.
fn introspection_client(d: &Demo) -> Result<(), StepError> {
    let state = crate::identity::state::State::open_at(&d.state_location, true)
        .map_err(|e| fail("cannot open the identity state", e.message))?;
    let _ = state.delete_client(INTROSPECTION_CLIENT);
    let (_, secret) = state
        .create_client_with(
            crate::identity::state::NewClient {
                client_id: INTROSPECTION_CLIENT.into(),
                confidential: true,
                tenant: d.tenant.clone(),
                scopes: vec![],
                redirect_uris: vec![],
            },
            crate::identity::state::ClientPolicy {
                resource_server: true,
                ..Default::default()
            },
            super::kms::unix_now(),
        )
        .map_err(|e| fail("cannot register the KMS's introspection client", e.message))?;
    let secret = secret.ok_or_else(|| fail("no secret", "confidential client"))?;
    super::io::write_file(
        &d.path(INTROSPECTION_SECRET),
        format!("{}\n", secret.as_str()).as_bytes(),
        true,
        true,
    )
    .map_err(|e| fail("cannot write the introspection secret", e.full_message()))
}

fn seed_keys(d: &mut Demo) -> Result<String, StepError> {
    let types = crate::kms::KeyType::ALL;
    // Created in parallel: RSA-4096 takes a while, the others should not wait for it.
    let results: Vec<Result<(), String>> = std::thread::scope(|scope| {
        let d = &*d;
        let handles: Vec<_> = types
            .iter()
            .map(|t| {
                scope.spawn(move || {
                    let mut kms = d
                        .kms_as(Some(("tenant-admin", USERS[1].1)), None)
                        .map_err(|e| e.cause)?;
                    let name = format!("demo-{}", t.as_str());
                    match kms.create_key(&name, *t, None, 0) {
                        Ok(_) => Ok(()),
                        Err(e) => Err(format!("{name}: {}", e.message)),
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("panicked".into())))
            .collect()
    });
    let errors: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    if !errors.is_empty() {
        return Err(fail("some keys were not created", errors.join("; ")));
    }
    let mut store = Store::open(
        d.store_location.clone(),
        &d.unseal()?,
        Some(&d.tenant),
        true,
        super::kms::unix_now(),
    )
    .map_err(|e| fail("cannot open the store", e.message))?;
    crate::passport::keyring::rotate(&mut store, "demo", super::kms::unix_now())
        .map_err(|e| fail("cannot create the passport keyring", format!("{e:?}")))?;
    Ok(format!(
        "{} keys ({}); passport keyring `demo`",
        types.len(),
        types.map(|t| t.as_str()).join(", ")
    ))
}

fn seed_client(d: &mut Demo) -> Result<String, StepError> {
    let state = crate::identity::state::State::open_at(&d.state_location, true)
        .map_err(|e| fail("cannot open the identity state", e.message))?;
    if d.kind == DemoKind::All {
        // The console's public client; its redirect names this run's KMS port.
        let _ = state.delete_client("kms-console");
        state
            .create_client(
                crate::identity::state::NewClient {
                    client_id: "kms-console".into(),
                    confidential: false,
                    tenant: d.tenant.clone(),
                    scopes: [
                        "openid",
                        "kms:keys:read",
                        "kms:keys:write",
                        "kms:encrypt",
                        "kms:decrypt",
                        "kms:sign",
                        "kms:verify",
                    ]
                    .map(String::from)
                    .to_vec(),
                    redirect_uris: vec![console_redirect(d)],
                },
                super::kms::unix_now(),
            )
            .map_err(|e| fail("cannot register the console client", e.message))?;
    }
    let secret_file = d.path("demo-service.secret");
    match state.client(CLIENT_ID) {
        // Reused with its secret from the last run; only the tenant is this run's.
        Ok(_) if secret_file.exists() => {
            state
                .set_client_tenant(CLIENT_ID, &d.tenant)
                .map_err(|e| fail("cannot update the client", e.message))?;
            Ok(format!(
                "client {CLIENT_ID} (confidential, tenant {})",
                d.tenant
            ))
        }
        _ => {
            let _ = state.delete_client(CLIENT_ID);
            let (_, secret) = state
                .create_client(
                    crate::identity::state::NewClient {
                        client_id: CLIENT_ID.into(),
                        confidential: true,
                        tenant: d.tenant.clone(),
                        scopes: vec![
                            "kms:encrypt".into(),
                            "kms:decrypt".into(),
                            "kms:keys:read".into(),
                        ],
                        redirect_uris: vec![],
                    },
                    super::kms::unix_now(),
                )
                .map_err(|e| fail("cannot register the client", e.message))?;
            let secret = secret.ok_or_else(|| fail("no secret", "confidential client"))?;
            super::io::write_file(
                &secret_file,
                format!("{}\n", secret.as_str()).as_bytes(),
                true,
                true,
            )
            .map_err(|e| fail("cannot write the client secret", e.full_message()))?;
            Ok(format!(
                "client {CLIENT_ID} (confidential, tenant {}), secret in demo-service.secret",
                d.tenant
            ))
        }
    }
}

/// A client-credentials token of the demo client, from `cu identity token`: (answer, token).
fn client_token(d: &Demo) -> Result<(Value, String), StepError> {
    let identity = d.identity.as_ref().ok_or_else(|| {
        fail(
            "the identity server is not running",
            "an earlier step failed",
        )
    })?;
    let server = identity.public.clone();
    let out = d.cu(&[
        "identity",
        "token",
        "--server",
        &server,
        "--ca",
        "ca/root.pem",
        "--client-id",
        CLIENT_ID,
        "--client-secret-file",
        "demo-service.secret",
    ])?;
    let v: Value =
        serde_json::from_str(&out).map_err(|e| fail("the token answer is not JSON", e))?;
    let token = v["access_token"]
        .as_str()
        .ok_or_else(|| fail("no access token", out.clone()))?
        .to_string();
    Ok((v, token))
}

fn get_token(d: &mut Demo) -> Result<String, StepError> {
    let (v, token) = client_token(d)?;
    let token = token.as_str();
    d.token = Some(token.to_string());
    let file = d.path(TOKEN_FILE);
    super::io::write_file(&file, format!("{token}\n").as_bytes(), true, true)
        .map_err(|e| fail("cannot write the sample token", e.full_message()))?;
    let about = json!({"client_id": CLIENT_ID, "scope": v["scope"], "expires_in": v["expires_in"]});
    d.token_file = Some((file, about));
    Ok(format!(
        "EdDSA JWT, scope \"{}\", expires in {} s; saved in {TOKEN_FILE}",
        v["scope"].as_str().unwrap_or(""),
        v["expires_in"]
    ))
}

fn bearer_round_trip(d: &mut Demo) -> Result<String, StepError> {
    let token = d
        .token
        .clone()
        .ok_or_else(|| fail("no access token", "the token step failed"))?;
    let mut kms = d.kms_as(None, Some(&token))?;
    let ct = kms
        .encrypt("demo-aes-256-gcm", b"demo secret", None)
        .map_err(|e| fail("encrypt with the token", e.message))?;
    let (pt, kid) = kms
        .decrypt(&ct, None)
        .map_err(|e| fail("decrypt with the token", e.message))?;
    if &pt[..] != b"demo secret" {
        return Err(fail("the decrypted text differs", "round trip"));
    }
    Ok(format!("identity token accepted by the KMS; {kid}"))
}

/// A second token: it decrypts, is revoked at the identity server, and the KMS refuses it on
/// the next sensitive operation (it introspects before each one).
fn revoked_token(d: &mut Demo) -> Result<String, StepError> {
    let (_, token) = client_token(d)?;
    let mut kms = d.kms_as(None, Some(&token))?;
    let ct = kms
        .encrypt("demo-aes-256-gcm", b"demo secret", None)
        .map_err(|e| fail("encrypt with the second token", e.message))?;
    kms.decrypt(&ct, None)
        .map_err(|e| fail("decrypt before revocation", e.message))?;
    // Our own token, just issued: its payload read without a check, for the jti to revoke.
    let claims: Value = token
        .split('.')
        .nth(1)
        .and_then(|p| crate::jose::b64::decode(p, "the token payload").ok())
        .and_then(|p| serde_json::from_slice(&p).ok())
        .ok_or_else(|| fail("the token cannot be read", "not a JWT"))?;
    let state = crate::identity::state::State::open_at(&d.state_location, false)
        .map_err(|e| fail("cannot open the identity state", e.message))?;
    state
        .revoke(
            claims["jti"].as_str().unwrap_or_default(),
            claims["exp"].as_i64().unwrap_or(0),
            super::kms::unix_now(),
        )
        .map_err(|e| fail("cannot revoke the token", e.message))?;
    match kms.decrypt(&ct, None) {
        Ok(_) => Err(fail(
            "the KMS still accepted a revoked token",
            "introspection is not configured",
        )),
        Err(e) if e.message.contains("revoked") => {
            Ok("revoked at the identity server, refused by the KMS on the next decrypt".into())
        }
        Err(e) => Err(fail(
            "the revoked token failed for another reason",
            e.message,
        )),
    }
}

fn sign_verify(d: &mut Demo) -> Result<String, StepError> {
    let mut kms = d.kms_as(Some(("service", USERS[3].1)), None)?;
    let mut done = Vec::new();
    for key in ["demo-ed25519", "demo-ec-p256", "demo-rsa-2048"] {
        let (jws, kid) = kms
            .sign(key, b"release 1.0", false)
            .map_err(|e| fail(format!("sign with {key}"), e.message))?;
        let jws = String::from_utf8_lossy(&jws).into_owned();
        kms.verify_jws(key, &jws)
            .map_err(|e| fail(format!("verify with {key}"), e.message))?;
        let mut tampered = jws.clone();
        tampered.push('A');
        if kms.verify_jws(key, &tampered).is_ok() {
            return Err(fail(
                format!("{key} accepted a tampered signature"),
                "verify",
            ));
        }
        done.push(kid);
    }
    Ok(format!(
        "signed and verified with {}; a tampered signature was refused",
        done.join(", ")
    ))
}

fn rotate_and_decrypt(d: &mut Demo) -> Result<String, StepError> {
    let mut admin = d.kms_as(Some(("tenant-admin", USERS[1].1)), None)?;
    let old = admin
        .encrypt("demo-aes-256-gcm", b"before rotation", None)
        .map_err(|e| fail("encrypt", e.message))?;
    let info = admin
        .rotate_key("demo-aes-256-gcm", 0)
        .map_err(|e| fail("rotate", e.message))?;
    let (pt, kid) = admin
        .decrypt(&old, None)
        .map_err(|e| fail("decrypt old data", e.message))?;
    if &pt[..] != b"before rotation" {
        return Err(fail("old data did not decrypt", "rotation"));
    }
    d.old_ciphertext = Some(old);
    Ok(format!(
        "demo-aes-256-gcm is now v{}; data from {kid} still decrypts",
        info.primary_version
    ))
}

/// Many KMS servers on one store: a key made on the first is used on the second, rotated on
/// the second, data from before the rotation decrypted on the third (or the first), and the
/// first encrypts under the new version within the documented bound.
fn across_instances(d: &mut Demo) -> Result<String, StepError> {
    let n = d.all_kms().len();
    if n < 2 {
        return Err(fail("one KMS instance runs", "an instance did not start"));
    }
    let user = Some(("tenant-admin", USERS[1].1));
    let (first, second, third) = (0, 1, 2 % n);
    let name = format!(
        "demo-shared-{}",
        d.tenant.get(..8).unwrap_or(d.tenant.as_str())
    );
    d.kms_on(first, user, None)?
        .create_key(&name, crate::kms::KeyType::Aes256Gcm, None, 0)
        .map_err(|e| fail(format!("create {name} on instance 1"), e.message))?;
    let mut on_second = d.kms_on(second, user, None)?;
    let old = on_second
        .encrypt(&name, b"made on one, kept on all", None)
        .map_err(|e| fail("encrypt on instance 2", e.message))?;
    let rotated = on_second
        .rotate_key(&name, 0)
        .map_err(|e| fail("rotate on instance 2", e.message))?;
    let (pt, kid) = d
        .kms_on(third, user, None)?
        .decrypt(&old, None)
        .map_err(|e| {
            fail(
                format!("decrypt old data on instance {}", third + 1),
                e.message,
            )
        })?;
    if &pt[..] != b"made on one, kept on all" {
        return Err(fail("old data decrypted to something else", kid));
    }
    // The first instance has the key's v1 cached; it hears of the rotation by notification.
    let mut on_first = d.kms_on(first, user, None)?;
    let started = Instant::now();
    let want = format!("{name}/v{}", rotated.primary_version);
    loop {
        let ct = on_first
            .encrypt(&name, b"after", None)
            .map_err(|e| fail("encrypt on instance 1", e.message))?;
        let (_, kid) = on_first
            .decrypt(&ct, None)
            .map_err(|e| fail("decrypt on instance 1", e.message))?;
        if kid == want {
            break;
        }
        if started.elapsed() > Duration::from_secs(5) {
            return Err(fail(
                "instance 1 still encrypts under the old version",
                format!("{kid}, not {want}, after 5 s"),
            ));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(format!(
        "{n} instances: {name} made on 1, used and rotated on 2, old data decrypted on {}, 1 on {want} after {} ms",
        third + 1,
        started.elapsed().as_millis()
    ))
}

fn tenant_isolation(d: &mut Demo) -> Result<String, StepError> {
    let ct = match &d.old_ciphertext {
        Some(c) => c.clone(),
        None => d
            .kms_as(Some(("user", USERS[2].1)), None)?
            .encrypt("demo-aes-256-gcm", b"tenant A only", None)
            .map_err(|e| fail("encrypt", e.message))?,
    };
    let mut other = d.kms_as(Some(OTHER_TENANT_USER), None)?;
    match other.decrypt(&ct, None) {
        Ok(_) => Err(fail(
            "tenant B decrypted tenant A's data",
            "isolation broken",
        )),
        Err(e) if e.reason == crate::kms::Reason::UnknownKey => {
            let keys = other
                .list_keys()
                .map_err(|e| fail("list keys", e.message))?;
            if keys.is_empty() {
                Ok(
                    "tenant B sees no keys of tenant A and cannot decrypt its data (unknown_key)"
                        .into(),
                )
            } else {
                Err(fail("tenant B sees keys", format!("{} keys", keys.len())))
            }
        }
        Err(e) => Err(fail("unexpected answer for tenant B", e.message)),
    }
}

fn passports(d: &mut Demo) -> Result<String, StepError> {
    let store_cli = d.store_cli.clone();
    let mut args: Vec<&str> = store_cli.iter().map(String::as_str).collect();
    args.extend(["--unseal-file", "unseal.key", "--tenant"]);
    args.push(&d.tenant);
    let tenant = d.tenant.clone();
    let mut issued = String::new();
    for sub in ["alice", "bob", "carol"] {
        let mut a = vec![
            "passport",
            "issue",
            "--keyring",
            "demo",
            "--sub",
            sub,
            "--aud",
            "demo-api",
            "--scope",
            "read",
            "--ttl",
            "15m",
        ];
        a.extend(store_cli.iter().map(String::as_str));
        a.extend(["--unseal-file", "unseal.key", "--tenant", tenant.as_str()]);
        let v: Value = serde_json::from_str(&d.cu(&a)?).map_err(|e| fail("passport", e))?;
        issued.push_str(&v.to_string());
        issued.push('\n');
    }
    super::io::write_file(&d.path("passports.jsonl"), issued.as_bytes(), true, true)
        .map_err(|e| fail("cannot write passports", e.full_message()))?;
    let mut a = vec![
        "passport",
        "verify",
        "--batch",
        "--aud",
        "demo-api",
        "--require-scope",
        "read",
        "--in",
        "passports.jsonl",
    ];
    a.extend(args.iter().copied());
    let out = d.cu(&a)?;
    let ok = out.lines().filter(|l| l.contains("\"ok\":true")).count();
    if ok != 3 {
        return Err(fail("not every passport verified", out));
    }
    Ok("3 passports issued with keyring `demo` and batch-verified".into())
}

/// The passport service as its clients use it: a keyring rotated by the admin, a passport
/// issued, verified alone, then many single verifications at once (coalesced into batch
/// equations: the service's metrics say how many per flush), and a verify_batch of 256.
fn passport_service(d: &mut Demo) -> Result<String, StepError> {
    use crate::passport::client::{Checks, RemotePassport};
    let running = d.passport.as_ref().ok_or_else(|| {
        fail(
            "the passport service is not running",
            "an earlier step failed",
        )
    })?;
    let (user, password, _) = USERS[0];
    let remote = RemotePassport::connect(Connection {
        url: running.public.clone(),
        ca_pem: d
            .read(FileKind::Certificate, "ca/root.pem", "no demo CA")?
            .to_vec(),
        user: Some(user.to_string()),
        password: Some(zeroize::Zeroizing::new(password.as_bytes().to_vec())),
        token: None,
        client_identity: None,
    })
    .map_err(|e| fail("cannot connect to the passport service", keyring_message(e)))?;
    let step = |what: &str, e: crate::passport::keyring::KeyringError| {
        fail(format!("passport service: {what}"), keyring_message(e))
    };
    let rotated = remote.rotate("web").map_err(|e| step("rotate", e))?;
    let issued = remote
        .issue(&json!({"sub": "demo-user", "aud": "demo-api", "scopes": ["read"], "ttl_seconds": 900, "keyring": "web"}))
        .map_err(|e| step("issue", e))?;
    let compact = issued["compact"].as_str().unwrap_or_default().to_string();
    let checks = Checks {
        audiences: Some(vec!["demo-api".into()]),
        scopes: vec!["read".into()],
        skew_seconds: 60,
    };
    remote
        .verify(compact.as_bytes(), &checks)
        .map_err(|e| step("verify", e))?
        .map_err(|e| fail("the passport did not verify", e.message))?;
    // 16 clients at once, 8 verifications each.
    let failures: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..16)
            .map(|_| {
                let (remote, checks, compact) = (&remote, &checks, &compact);
                scope.spawn(move || {
                    (0..8)
                        .filter(|_| !matches!(remote.verify(compact.as_bytes(), checks), Ok(Ok(_))))
                        .count()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or(8)).sum()
    });
    if failures > 0 {
        return Err(fail(
            "concurrent verifications failed",
            format!("{failures} of 128"),
        ));
    }
    let inputs: Vec<&[u8]> = (0..256).map(|_| compact.as_bytes()).collect();
    let batch = remote
        .verify_batch(&inputs, &checks)
        .map_err(|e| step("verify_batch", e))?;
    let ok = batch.iter().filter(|r| r.is_ok()).count();
    if ok != 256 {
        return Err(fail("verify_batch", format!("{ok} of 256 verified")));
    }
    let metrics = d
        .http()?
        .get(format!("{}/metrics", running.admin))
        .send()
        .and_then(|r| r.text())
        .map_err(|e| fail("the passport service's metrics", e))?;
    let sample = |series: &str| {
        metrics
            .lines()
            .find_map(|l| {
                l.strip_prefix(series)?
                    .strip_prefix(' ')?
                    .parse::<f64>()
                    .ok()
            })
            .unwrap_or(0.0)
    };
    let flushes = sample("cu_passport_passport_batch_len_count{path=\"coalesced\"}");
    let items = sample("cu_passport_passport_batch_len_sum{path=\"coalesced\"}");
    Ok(format!(
        "keyring `web` at {}; issued, verified, 128 concurrent single verifications ({items:.0} in {flushes:.0} coalesced flushes), verify_batch of 256",
        rotated["kid"].as_str().unwrap_or_default()
    ))
}

fn keyring_message(e: crate::passport::keyring::KeyringError) -> String {
    match e {
        crate::passport::keyring::KeyringError::Store(e) => e.message,
        crate::passport::keyring::KeyringError::Passport(e) => e.message,
    }
}

fn verify_chain(d: &mut Demo) -> Result<String, StepError> {
    d.cu(&[
        "pki",
        "verify",
        "--roots",
        "ca/root.pem",
        "--chain",
        "ca/intermediates.pem",
        "--hostname",
        "localhost",
        "certs/localhost.pem",
    ])?;
    let http = d.http()?;
    for server in [&d.kms, &d.identity].into_iter().flatten() {
        http.get(format!("{}/", server.public))
            .send()
            .map_err(|e| fail(format!("TLS to {}", server.public), e))?;
    }
    Ok(
        "the server certificate chains to the demo root, and both servers present it over TLS 1.3"
            .into(),
    )
}

struct DemoReport {
    doc: Value,
    text: String,
    status: Status,
}

impl Report for DemoReport {
    fn write_text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.text.as_bytes())
    }
    fn to_json(&self) -> Value {
        self.doc.clone()
    }
    fn status(&self) -> Status {
        self.status
    }
}

/// The data directory of an `--ephemeral` run: removed when the run ends, however it ends
/// (declared before the `Demo`, so the servers are stopped first).
struct Scratch(Option<PathBuf>);

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(dir) = self.0.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Why the demo stopped serving.
enum Ended {
    Signal(&'static str),
    /// Which server (in the user's words), its pid, how it ended.
    ServerDied(&'static str, u32, String),
}

/// Serve until a stop signal or until a server dies, which is reported at once.
fn serve(demo: &mut Demo) -> Ended {
    loop {
        if let Some(signal) = stop_signal() {
            return Ended::Signal(signal);
        }
        for more in demo.kms_more.iter_mut() {
            if let Some(status) = exited(&mut more.child) {
                let pid = more.child.id();
                demo.kms_more.retain(|r| r.child.id() != pid);
                return Ended::ServerDied("a KMS instance", pid, describe_exit(status));
            }
        }
        for (name, server) in [
            ("the KMS", &mut demo.kms),
            ("the identity server", &mut demo.identity),
        ] {
            if let Some(running) = server.as_mut() {
                if let Some(status) = exited(&mut running.child) {
                    let pid = running.child.id();
                    *server = None;
                    return Ended::ServerDied(name, pid, describe_exit(status));
                }
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Owner-only, also for a directory an older demo left world-readable: it holds the unseal
/// key, the realm, the client secret and the token.
fn owner_only(dir: &Path) -> std::io::Result<()> {
    // The data directory itself may be a symlink (`--data-dir` pointing elsewhere): follow it,
    // so the files of an older, world-readable directory are tightened too. Links inside it
    // are not followed.
    owner_only_within(dir, std::fs::metadata(dir)?)
}

fn owner_only_within(dir: &Path, meta: std::fs::Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & 0o700))?;
    }
    if meta.is_dir() {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            if !entry.file_type()?.is_symlink() {
                let path = entry.path();
                owner_only_within(&path, std::fs::symlink_metadata(&path)?)?;
            }
        }
    }
    Ok(())
}

pub fn run(args: DemoArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    // From the first instant: a stop signal stops the servers and cleans up, and everything
    // the demo and its servers create (SQLite files and their journals too) is owner-only.
    catch_stop_signals();
    unsafe {
        libc::umask(0o077);
    }
    let started = Instant::now();
    if args.kms_instances > 1 && args.postgres.is_none() {
        return Err(CuError::usage(
            "--kms-instances needs --postgres: instances share one PostgreSQL store",
            "add --postgres (a throwaway cluster) or --postgres URL",
        ));
    }
    if args.kms_instances > 1 && args.kind == DemoKind::Identity {
        return Err(CuError::usage(
            "--kms-instances is for `cu demo kms` and `cu demo all`",
            "drop --kms-instances, or run `cu demo all`",
        ));
    }
    let ready_timeout = humantime::parse_duration(&args.ready_timeout)
        .map_err(|e| CuError::usage(format!("--ready-timeout: {e}"), "e.g. --ready-timeout 30s"))?;
    let scratch = Scratch(if args.ephemeral {
        Some(tempfile_dir()?)
    } else {
        None
    });
    let dir = match (&scratch.0, &args.data_dir) {
        (Some(t), _) => t.clone(),
        (None, Some(d)) => d.clone(),
        (None, None) => super::kms::home_dir("XDG_DATA_HOME", ".local/share")
            .map(|d| d.join("cu/demo"))
            .ok_or_else(|| {
                CuError::usage("cannot find a place for demo data", "pass --data-dir DIR")
            })?,
    };
    let write_error = |source| CuError::Write {
        path: dir.clone(),
        source,
    };
    if args.reset_demo && dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(write_error)?;
    }
    std::fs::create_dir_all(&dir).map_err(write_error)?;
    owner_only(&dir).map_err(write_error)?;
    let exe = std::env::current_exe().map_err(|source| CuError::Read {
        path: "cu".into(),
        source,
    })?;
    let mut demo = Demo {
        kind: args.kind,
        dir: dir.clone(),
        exe,
        port_offset: args.port_offset,
        ready_timeout,
        tenant: String::new(),
        other_tenant: String::new(),
        identity: None,
        kms: None,
        passport: None,
        token: None,
        old_ciphertext: None,
        kms_port: 0,
        port_notes: Vec::new(),
        token_file: None,
        postgres: args.postgres.clone(),
        postgres_password_file: args.postgres_password_file.clone(),
        kms_instances: usize::from(args.kms_instances),
        kms_more: Vec::new(),
        store_cli: Vec::new(),
        store_line: String::new(),
        store_location: store::Location::Sqlite(dir.join("kms.db")),
        state_line: String::new(),
        state_location: store::Location::Sqlite(dir.join("identity.db")),
        pg: None,
        otlp: args.otlp_endpoint.clone(),
    };
    let list = steps(args.kind, usize::from(args.kms_instances));
    let total = list.len();
    let progress = ctx.progress();
    let mut results: Vec<StepResult> = Vec::new();
    let mut stop_now = false;
    for (i, (name, step)) in list.into_iter().enumerate() {
        let step_started = Instant::now();
        // Without the servers there is nothing to verify.
        let blocked = stop_now
            || stop_signal().is_some()
            || (i > 2 && demo.kms.is_none() && demo.identity.is_none());
        let spinner = progress.start(i + 1, total, name);
        let mut result = if blocked {
            StepResult {
                name,
                outcome: Outcome::Skipped,
                detail: String::new(),
                cause: None,
                duration_ms: 0,
            }
        } else {
            match step(&mut demo) {
                Ok(detail) => StepResult {
                    name,
                    outcome: Outcome::Passed,
                    detail,
                    cause: None,
                    duration_ms: step_started.elapsed().as_millis(),
                },
                Err(e) => StepResult {
                    name,
                    outcome: Outcome::Failed,
                    detail: e.message,
                    cause: Some(e.cause),
                    duration_ms: step_started.elapsed().as_millis(),
                },
            }
        };
        if let (Outcome::Failed, Some(signal)) = (result.outcome, stop_signal()) {
            // The servers were stopped under it: that, not its own error, is why it failed.
            result.cause = Some(format!("interrupted by {signal}"));
        }
        progress.finish(spinner, i + 1, total, name, result.outcome.as_str());
        if result.outcome == Outcome::Failed && (args.fail_fast || i < 3) {
            // Without certificates, configs or servers, later steps cannot run.
            stop_now = true;
        }
        results.push(result);
    }
    let interrupted = stop_signal();
    if interrupted.is_some() {
        // Stop the servers before the summary says they are stopped.
        demo.stop_servers();
    }
    let passed = results
        .iter()
        .filter(|r| r.outcome == Outcome::Passed)
        .count();
    let failed = results
        .iter()
        .filter(|r| r.outcome == Outcome::Failed)
        .count();
    let skipped = results
        .iter()
        .filter(|r| r.outcome == Outcome::Skipped)
        .count();
    let urls = json!({
        "console": demo.kms.as_ref().map(|k| format!("{}/ui/", k.public)),
        "kms_api": demo.kms.as_ref().map(|k| format!("{}/service/api/v1", k.public)),
        "kms_admin": demo.kms.as_ref().map(|k| k.admin.clone()),
        "kms_instances": demo.all_kms().iter().map(|k| json!({"api": format!("{}/service/api/v1", k.public), "admin": k.admin})).collect::<Vec<_>>(),
        "identity": demo.identity.as_ref().map(|k| k.public.clone()),
        "identity_discovery": demo.identity.as_ref().map(|k| format!("{}/.well-known/openid-configuration", k.public)),
        "identity_admin": demo.identity.as_ref().map(|k| k.admin.clone()),
        "passport": demo.passport.as_ref().map(|p| format!("{}/v1", p.public)),
        "passport_admin": demo.passport.as_ref().map(|p| p.admin.clone()),
    });
    let in_dir = |name: String| dir.join(name).display().to_string();
    let logs = json!({
        "kms": demo.kms.as_ref().map(|_| in_dir(kms_log(1))),
        "kms_instances": (1..=demo.all_kms().len()).map(|i| in_dir(kms_log(i))).collect::<Vec<_>>(),
        "identity": demo.identity.as_ref().map(|_| in_dir(IDENTITY_LOG.to_string())),
        "passport": demo.passport.as_ref().map(|_| in_dir(PASSPORT_LOG.to_string())),
    });
    let audit = json!({
        "kms": demo.kms.as_ref().map(|_| in_dir(kms_audit(1))),
        "kms_instances": (1..=demo.all_kms().len()).map(|i| in_dir(kms_audit(i))).collect::<Vec<_>>(),
        "kms_store": demo.kms.is_some(),
        "identity": demo.identity.as_ref().map(|_| in_dir(IDENTITY_AUDIT.to_string())),
        "verify": demo.kms.as_ref().map(|_| format!("cu kms audit verify {} {} --unseal-file {}", in_dir(kms_audit(1)), demo.store_cli.join(" "), in_dir("unseal.key".into()))),
    });
    let credentials: Vec<Value> = USERS
        .iter()
        .map(|(u, p, s)| json!({"user": u, "password": p, "tenant": demo.tenant, "scopes": s}))
        .chain(std::iter::once(json!({"user": OTHER_TENANT_USER.0, "password": OTHER_TENANT_USER.1, "tenant": demo.other_tenant, "scopes": "kms:*"})))
        .collect();
    let token = demo.token_file.as_ref().map(|(file, about)| {
        let mut about = about.clone();
        about["file"] = json!(file.display().to_string());
        about
    });
    let success = failed == 0 && passed == total && interrupted.is_none();
    let doc = json!({
        "success": success,
        "interrupted": interrupted,
        "total_steps": total,
        "passed": passed,
        "failed": failed,
        "skipped": skipped,
        "steps": results.iter().map(|r| json!({"name": r.name, "status": r.outcome.as_str(), "detail": r.detail, "duration_ms": r.duration_ms as u64})).collect::<Vec<_>>(),
        "errors": results.iter().filter(|r| r.outcome == Outcome::Failed).map(|r| json!({"step": r.name, "message": r.detail, "cause": r.cause})).collect::<Vec<_>>(),
        "urls": urls,
        "logs": logs,
        "audit": audit,
        "credentials": credentials,
        "access_token": token,
        "ca": dir.join("ca/root.pem").display().to_string(),
        "data_dir": dir.display().to_string(),
        "duration_ms": started.elapsed().as_millis() as u64,
    });
    let mut text = String::new();
    if let Some(signal) = interrupted {
        text.push_str(&format!(
            "\ninterrupted by {signal}: the servers are stopped{}\n",
            if scratch.0.is_some() {
                " and the temporary data removed"
            } else {
                ""
            }
        ));
    }
    text.push_str("\nstep                                          result   detail\n");
    for r in &results {
        text.push_str(&format!(
            "{:<45} {:<8} {}\n",
            r.name,
            r.outcome.as_str(),
            match &r.cause {
                Some(c) => format!("{} ({c})", r.detail),
                None => r.detail.clone(),
            }
        ));
    }
    text.push_str(&format!(
        "\n{passed}/{total} steps passed in {} ms\n\n",
        started.elapsed().as_millis()
    ));
    for (label, key) in [
        ("Console", "console"),
        ("KMS API", "kms_api"),
        ("KMS admin", "kms_admin"),
        ("Identity", "identity"),
        ("Discovery", "identity_discovery"),
        ("Passport", "passport"),
    ] {
        if let Some(u) = doc["urls"][key].as_str() {
            text.push_str(&format!("{label:<11} {u}\n"));
        }
    }
    if !demo.kms_more.is_empty() {
        for (i, k) in demo.all_kms().iter().enumerate().skip(1) {
            text.push_str(&format!(
                "{:<11} {}/service/api/v1\n",
                format!("KMS {}", i + 1),
                k.public
            ));
        }
    }
    let log_files: Vec<&str> = doc["logs"]["kms_instances"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(doc["logs"].get("identity"))
        .filter_map(Value::as_str)
        .collect();
    if !log_files.is_empty() {
        text.push_str(&format!("{:<11} {}\n", "Logs", log_files.join(", ")));
    }
    let audit_files: Vec<&str> = doc["audit"]["kms_instances"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(doc["audit"].get("identity"))
        .filter_map(Value::as_str)
        .collect();
    if !audit_files.is_empty() {
        text.push_str(&format!(
            "{:<11} {}{}\n",
            "Audit",
            audit_files.join(", "),
            if demo.kms.is_some() {
                " (and the KMS store: cu kms audit verify --in-store)"
            } else {
                ""
            }
        ));
    }
    text.push_str(&format!(
        "CA          {} (trust it: curl --cacert …)\n\nCredentials (demo only):\n",
        dir.join("ca/root.pem").display()
    ));
    for c in &credentials {
        text.push_str(&format!(
            "  {:<13} {:<22} tenant {}  {}\n",
            c["user"].as_str().unwrap_or(""),
            c["password"].as_str().unwrap_or(""),
            c["tenant"].as_str().unwrap_or(""),
            c["scopes"].as_str().unwrap_or("")
        ));
    }
    if demo.identity.is_some() {
        text.push_str(&format!(
            "  OAuth client  {CLIENT_ID} (secret in {})\n",
            dir.join("demo-service.secret").display()
        ));
    }
    if let Some(token) = &token {
        text.push_str(&format!(
            "  Access token  {} ({CLIENT_ID}, scope \"{}\", expires in {} s; send it as `Authorization: Bearer …`)\n",
            token["file"].as_str().unwrap_or(""),
            token["scope"].as_str().unwrap_or(""),
            token["expires_in"]
        ));
    }
    let status = if success {
        Status::Success
    } else if passed == 0
        || (interrupted.is_some() && results.iter().take(3).any(|r| r.outcome != Outcome::Passed))
        || (failed > 0 && results.iter().take(3).any(|r| r.outcome != Outcome::Passed))
    {
        Status::Failure
    } else {
        Status::Partial
    };
    if !args.check && status != Status::Failure && interrupted.is_none() {
        // Serve in the foreground: show the summary now, stop the servers on Ctrl-C.
        let report = DemoReport {
            doc: doc.clone(),
            text: text.clone(),
            status,
        };
        let _ = crate::output::emit(ctx, &report);
        ctx.event("serving until Ctrl-C…", &json!({"serving": true}));
        let ended = serve(&mut demo);
        drop(demo);
        drop(scratch);
        return Ok(Box::new(match ended {
            Ended::Signal(signal) => DemoReport {
                doc: json!({"stopped": true, "signal": signal}),
                text: String::from("stopped\n"),
                status,
            },
            Ended::ServerDied(server, pid, how) => {
                let message = format!("{server} (pid {pid}) exited while serving: {how}");
                ctx.event(
                    &format!("{message}; the demo stopped"),
                    &json!({"error": {"code": "cu::demo::server_exited", "message": message, "help": "run the demo again"}}),
                );
                DemoReport {
                    doc: json!({"stopped": true, "server_exited": {"server": server, "pid": pid, "status": how}}),
                    text: format!("stopped: {message}\n"),
                    status: Status::Failure,
                }
            }
        }));
    }
    drop(demo);
    drop(scratch);
    Ok(Box::new(DemoReport { doc, text, status }))
}

fn tempfile_dir() -> CuResult<PathBuf> {
    let mut bytes = [0u8; 8];
    let _ = getrandom::fill(&mut bytes);
    let name: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let dir = std::env::temp_dir().join(format!("cu-demo-{name}"));
    std::os::unix::fs::DirBuilderExt::mode(&mut std::fs::DirBuilder::new(), 0o700)
        .create(&dir)
        .map_err(|source| CuError::Write {
            path: dir.clone(),
            source,
        })?;
    Ok(dir)
}
