//! A throwaway PostgreSQL cluster for the tests of one test binary: `initdb` and `postgres`
//! from Debian's `postgresql` package, a temporary directory and a free port, password
//! authentication over TCP. Started once, on first use; the server stops when the test
//! process exits (it is started with a parent-death signal), and its directory is removed
//! by the next run. Where PostgreSQL is missing, `cluster()` prints why and returns None,
//! except under CI=true, where `.ci/run` installs it and its absence fails.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub struct Cluster {
    pub port: u16,
    pub dir: PathBuf,
    /// The superuser's password, in a 0600 file.
    pub password_file: PathBuf,
    bin: PathBuf,
    /// Unprivileged user the server runs as when the tests run as root (initdb refuses root).
    run_as: Option<(u32, u32)>,
    /// The running server's pid (0: stopped).
    pid: std::sync::Mutex<u32>,
    /// More `-c name=value` settings of the server (TLS, say).
    settings: Vec<String>,
}

const PASSWORD: &str = "cu-test-Zq8!pw";

fn bin_dir() -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").exists() && p.join("postgres").exists())
        .collect();
    found.sort();
    found.pop()
}

/// The server's programs, or None with the calling test skipped (a failure under CI=true,
/// where `.ci/run` installs them).
fn bin_or_skip() -> Option<PathBuf> {
    let bin = bin_dir();
    if bin.is_none() {
        super::missing_peer(
            "PostgreSQL (initdb, postgres in /usr/lib/postgresql/*/bin)",
            "apt-get install postgresql",
        );
    }
    bin
}

/// The shared cluster, or None (the calling test skipped) where PostgreSQL is not installed.
pub fn cluster() -> Option<&'static Cluster> {
    static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
    // Every caller that gets None is skipped, not only the first.
    let bin = bin_or_skip()?;
    CLUSTER
        .get_or_init(|| Some(start(bin, "shared", Vec::new())))
        .as_ref()
}

/// A cluster of the caller's own (to stop and start without disturbing other tests), or
/// None where PostgreSQL is missing (as `cluster()`).
pub fn private_cluster(name: &str) -> Option<Cluster> {
    let bin = bin_or_skip()?;
    Some(start(bin, name, Vec::new()))
}

/// A cluster of the caller's own that also listens on `addresses` and takes password
/// sign-ins from `network` (CIDR): for clients in other network namespaces.
pub fn private_cluster_on(name: &str, addresses: &[&str], network: &str) -> Option<Cluster> {
    let bin = bin_or_skip()?;
    let listen = std::iter::once("127.0.0.1")
        .chain(addresses.iter().copied())
        .collect::<Vec<_>>()
        .join(",");
    let cluster = start(bin, name, vec![format!("listen_addresses={listen}")]);
    cluster.stop_server();
    let hba = cluster.dir.join("data/pg_hba.conf");
    let mut text = std::fs::read_to_string(&hba).unwrap();
    text.push_str(&format!("host all all {network} scram-sha-256\n"));
    std::fs::write(&hba, text).unwrap();
    cluster.start_server();
    Some(cluster)
}

/// A cluster of the caller's own that also takes TLS, with this certificate chain and key
/// (PEM files), or None where PostgreSQL is missing.
pub fn private_cluster_with_tls(name: &str, chain: &Path, key: &Path) -> Option<Cluster> {
    let bin = bin_or_skip()?;
    // Where the server (maybe another user) can read them: its key must be 0600 and its own.
    let base = std::env::temp_dir().join("cu-tests-pg");
    std::fs::create_dir_all(&base).unwrap();
    let tls = base.join(format!("tls-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&tls).unwrap();
    let (cert_at, key_at) = (tls.join("server.crt"), tls.join("server.key"));
    std::fs::copy(chain, &cert_at).unwrap();
    std::fs::copy(key, &key_at).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key_at, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::set_permissions(&tls, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        if let Some((uid, gid)) = ids_of("postgres") {
            for p in [&cert_at, &key_at] {
                std::os::unix::fs::chown(p, Some(uid), Some(gid)).unwrap();
            }
        }
    }
    Some(start(
        bin,
        name,
        vec![
            "ssl=on".into(),
            format!("ssl_cert_file={}", cert_at.display()),
            format!("ssl_key_file={}", key_at.display()),
        ],
    ))
}

fn ids_of(user: &str) -> Option<(u32, u32)> {
    let out = Command::new("id").args(["-u", user]).output().ok()?;
    let uid = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    let out = Command::new("id").args(["-g", user]).output().ok()?;
    let gid = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    Some((uid, gid))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Remove the directories (clusters and TLS files) of earlier runs whose process is gone.
fn sweep(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let pid = name
            .strip_prefix("pg-")
            .or_else(|| name.strip_prefix("tls-"))
            .and_then(|p| p.split('-').next())
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid {
            if !Path::new(&format!("/proc/{pid}")).exists() {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
}

fn start(bin: PathBuf, name: &str, settings: Vec<String>) -> Cluster {
    use std::os::unix::fs::PermissionsExt;
    let base = std::env::temp_dir().join("cu-tests-pg");
    std::fs::create_dir_all(&base).unwrap();
    std::fs::set_permissions(&base, std::fs::Permissions::from_mode(0o755)).unwrap();
    sweep(&base);
    let dir = base.join(format!("pg-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let run_as = if root {
        Some(ids_of("postgres").expect(
            "running as root needs the `postgres` user (Debian's postgresql package makes it)",
        ))
    } else {
        None
    };
    let password_file = dir.join("password");
    std::fs::write(&password_file, PASSWORD).unwrap();
    std::fs::set_permissions(&password_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let data = dir.join("data");
    let pwfile = dir.join("initdb-pw");
    std::fs::write(&pwfile, PASSWORD).unwrap();
    if let Some((uid, gid)) = run_as {
        for p in [&dir, &pwfile] {
            std::os::unix::fs::chown(p, Some(uid), Some(gid)).unwrap();
        }
    }
    let mut initdb = Command::new(bin.join("initdb"));
    initdb
        .arg("-D")
        .arg(&data)
        .args([
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        ])
        .arg(format!("--pwfile={}", pwfile.display()));
    as_user(&mut initdb, run_as, false);
    let out = initdb.output().expect("initdb runs");
    assert!(
        out.status.success(),
        "initdb: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let port = free_port();
    let cluster = Cluster {
        port,
        dir,
        password_file,
        bin,
        run_as,
        pid: std::sync::Mutex::new(0),
        settings,
    };
    cluster.start_server();
    cluster
}

/// Run as the unprivileged user (when root), and with `die_with_parent` get SIGINT (a fast
/// shutdown) when the spawning thread ends: the privilege change comes first, as it clears
/// the parent-death signal.
fn as_user(c: &mut Command, run_as: Option<(u32, u32)>, die_with_parent: bool) {
    use std::os::unix::process::CommandExt;
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        c.pre_exec(move || {
            if let Some((uid, gid)) = run_as {
                if libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(gid) != 0
                    || libc::setuid(uid) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
            }
            if die_with_parent && libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGINT) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

impl Cluster {
    /// Start the server (again) and wait until it takes connections.
    pub fn start_server(&self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("server.log"))
            .unwrap();
        if let Some((uid, gid)) = self.run_as {
            std::os::unix::fs::chown(self.dir.join("server.log"), Some(uid), Some(gid)).unwrap();
        }
        let (bin, data, dir, port, run_as, settings) = (
            self.bin.clone(),
            self.dir.join("data"),
            self.dir.clone(),
            self.port,
            self.run_as,
            self.settings.clone(),
        );
        // Started from a thread that never ends: the parent-death signal follows the thread
        // that spawned the server, so the server goes with the whole test process.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut server = Command::new(bin.join("postgres"));
            server
                .arg("-D")
                .arg(&data)
                .args(["-p", &port.to_string()])
                .args(["-c", "listen_addresses=127.0.0.1"])
                .arg("-c")
                .arg(format!("unix_socket_directories={}", dir.display()))
                .args(["-c", "fsync=off", "-c", "max_connections=300"])
                .args(["-c", "shared_buffers=32MB"])
                .args(settings.iter().flat_map(|s| ["-c", s.as_str()]))
                .stdout(log.try_clone().unwrap())
                .stderr(log);
            as_user(&mut server, run_as, true);
            let child = server.spawn();
            let _ = tx.send(child.map(|c| c.id()).map_err(|e| e.to_string()));
            loop {
                std::thread::park();
            }
        });
        let pid = rx.recv().unwrap().expect("postgres starts");
        *self.pid.lock().unwrap() = pid;
        let started = Instant::now();
        loop {
            if self.connect("postgres").is_ok() {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "PostgreSQL did not start: {}",
                std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Stop the server (a fast shutdown: clients are disconnected) and wait until it is gone.
    pub fn stop_server(&self) {
        let mut pid = self.pid.lock().unwrap();
        if *pid == 0 {
            return;
        }
        // SAFETY: a signal to the server this cluster started.
        unsafe { libc::kill(*pid as i32, libc::SIGINT) };
        let started = Instant::now();
        while Path::new(&format!("/proc/{}", *pid)).exists()
            && std::fs::read_to_string(format!("/proc/{}/stat", *pid))
                .map(|s| !s.contains(") Z "))
                .unwrap_or(false)
        {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "postgres did not stop"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        *pid = 0;
    }

    pub fn connect(&self, db: &str) -> Result<postgres::Client, postgres::Error> {
        postgres::Config::new()
            .host("127.0.0.1")
            .port(self.port)
            .user("postgres")
            .password(PASSWORD)
            .dbname(db)
            .connect_timeout(Duration::from_secs(5))
            .connect(postgres::NoTls)
    }

    /// A new, empty database; its URL (the password is in `password_file`).
    pub fn database(&self) -> String {
        let mut b = [0u8; 8];
        getrandom::fill(&mut b).unwrap();
        let name = format!(
            "t_{}",
            b.iter().map(|x| format!("{x:02x}")).collect::<String>()
        );
        let mut c = self.connect("postgres").unwrap();
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        self.url(&name)
    }

    pub fn url(&self, db: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{db}", self.port)
    }

    /// `pg_dump` of a database, as text.
    pub fn dump(&self, db: &str) -> Vec<u8> {
        let mut c = Command::new(self.bin.join("pg_dump"));
        c.args([
            "-h",
            "127.0.0.1",
            "-p",
            &self.port.to_string(),
            "-U",
            "postgres",
            db,
        ])
        .env("PGPASSWORD", PASSWORD);
        let out = c.output().expect("pg_dump runs");
        assert!(
            out.status.success(),
            "pg_dump: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }
}

/// `pg_dump` of the database at `url` (made by `database()` of any test cluster), as text.
pub fn dump_url(url: &str) -> Vec<u8> {
    let rest = url.strip_prefix("postgres://postgres@127.0.0.1:").unwrap();
    let (port, db) = rest.split_once('/').unwrap();
    let out = Command::new(bin_dir().unwrap().join("pg_dump"))
        .args(["-h", "127.0.0.1", "-p", port, "-U", "postgres", db])
        .env("PGPASSWORD", PASSWORD)
        .output()
        .expect("pg_dump runs");
    assert!(
        out.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The database name of a URL made by `database()`.
pub fn db_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or("")
}
