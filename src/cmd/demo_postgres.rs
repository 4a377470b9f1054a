//! `cu demo … --postgres` without a URL: a throwaway PostgreSQL cluster made with Debian's
//! `initdb` in a temporary directory, on a free loopback port, password auth (scram) with a
//! random password in a 0600 file. The server is a child of the demo that dies with it; the
//! directory is removed when the demo ends, however it ends.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running throwaway cluster.
pub struct Throwaway {
    dir: PathBuf,
    child: Option<Child>,
    pub port: u16,
    /// The superuser's password, alone in a 0600 file.
    pub password_file: PathBuf,
}

/// Where Debian keeps the server binaries: the newest /usr/lib/postgresql/<major>/bin.
fn binaries() -> Option<PathBuf> {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .filter_map(|e| {
            let major = e.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((major, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, bin)| bin)
}

/// The `postgres` user's ids: initdb and the server refuse to run as root.
fn postgres_user() -> Option<(u32, u32)> {
    let name = std::ffi::CString::new("postgres").ok()?;
    // SAFETY: getpwnam with a valid C string; the result is read at once, on this thread.
    let pw = unsafe { libc::getpwnam(name.as_ptr()) };
    if pw.is_null() {
        return None;
    }
    // SAFETY: non-null, as checked.
    let pw = unsafe { &*pw };
    Some((pw.pw_uid, pw.pw_gid))
}

/// Run `command` as `user` (set before exec; before the demo's own death signal, which a
/// change of user clears).
fn as_user(command: &mut Command, user: Option<(u32, u32)>) {
    use std::os::unix::process::CommandExt;
    let Some((uid, gid)) = user else { return };
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(move || {
            if libc::setgroups(0, std::ptr::null()) != 0
                || libc::setgid(gid) != 0
                || libc::setuid(uid) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// Remove the clusters of demos that were killed (their owner process is gone; its server
/// died with it).
fn sweep() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for e in entries.flatten() {
        if !e.file_name().to_string_lossy().starts_with("cu-demo-pg-") {
            continue;
        }
        let owner = std::fs::read_to_string(e.path().join("owner"))
            .ok()
            .and_then(|p| p.trim().parse::<u32>().ok());
        let alive = owner.is_some_and(|pid| Path::new(&format!("/proc/{pid}")).exists());
        if owner.is_some() && !alive {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

impl Throwaway {
    /// Make and start the cluster; `die_with_demo` is applied to the server's command.
    pub fn start(timeout: Duration, die_with_demo: fn(&mut Command)) -> Result<Throwaway, String> {
        use std::os::unix::fs::PermissionsExt;
        let bin = binaries().ok_or(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or pass --postgres URL",
        )?;
        // SAFETY: geteuid has no preconditions.
        let user = if unsafe { libc::geteuid() } == 0 {
            Some(postgres_user().ok_or(
                "running as root needs the `postgres` user to run PostgreSQL (Debian's postgresql package makes it)",
            )?)
        } else {
            None
        };
        let mut random = [0u8; 24];
        getrandom::fill(&mut random).map_err(|e| format!("randomness: {e}"))?;
        let password = crate::jose::b64::encode(&random[..]);
        let tag: String = random[..6].iter().map(|b| format!("{b:02x}")).collect();
        sweep();
        let dir = std::env::temp_dir().join(format!("cu-demo-pg-{tag}"));
        std::fs::create_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        // Whose it is: a later demo removes it if this one was killed before it could.
        std::fs::write(dir.join("owner"), std::process::id().to_string())
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut cluster = Throwaway {
            dir: dir.clone(),
            child: None,
            port: 0,
            password_file: dir.join("password"),
        };
        let write = |path: &Path, text: &str, mode: u32| -> Result<(), String> {
            std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
                .map_err(|e| format!("{}: {e}", path.display()))
        };
        write(&cluster.password_file, &password, 0o600)?;
        let pwfile = dir.join("initdb-password");
        write(&pwfile, &password, 0o600)?;
        // The server's own directory: its user's, 0700.
        let data = dir.join("data");
        let sockets = dir.join("sockets");
        for d in [&data, &sockets] {
            std::fs::create_dir(d).map_err(|e| format!("{}: {e}", d.display()))?;
        }
        if let Some((uid, gid)) = user {
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o711))
                .map_err(|e| e.to_string())?;
            for p in [&data, &sockets, &pwfile] {
                std::os::unix::fs::chown(p, Some(uid), Some(gid)).map_err(|e| e.to_string())?;
            }
        }
        let mut initdb = Command::new(bin.join("initdb"));
        initdb
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "postgres",
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C",
            ])
            .arg(format!("--pwfile={}", pwfile.display()))
            .stdin(Stdio::null());
        as_user(&mut initdb, user);
        let out = initdb
            .output()
            .map_err(|e| format!("cannot run initdb: {e}"))?;
        let _ = std::fs::remove_file(&pwfile);
        if !out.status.success() {
            return Err(format!(
                "initdb failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        cluster.port = free_port()?;
        let log = std::fs::File::create(dir.join("server.log")).map_err(|e| e.to_string())?;
        if let Some((uid, gid)) = user {
            std::os::unix::fs::chown(dir.join("server.log"), Some(uid), Some(gid))
                .map_err(|e| e.to_string())?;
        }
        let mut server = Command::new(bin.join("postgres"));
        server
            .arg("-D")
            .arg(&data)
            .args(["-p", &cluster.port.to_string()])
            .args(["-c", "listen_addresses=127.0.0.1"])
            .arg("-c")
            .arg(format!("unix_socket_directories={}", sockets.display()))
            .args(["-c", "max_connections=200", "-c", "fsync=off"])
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log);
        as_user(&mut server, user);
        die_with_demo(&mut server);
        cluster.child = Some(
            server
                .spawn()
                .map_err(|e| format!("cannot start postgres: {e}"))?,
        );
        let started = Instant::now();
        loop {
            if cluster.connect("postgres").is_ok() {
                return Ok(cluster);
            }
            if let Some(child) = cluster.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    return Err(format!(
                        "postgres exited ({status}): {}",
                        std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
                    ));
                }
            }
            if started.elapsed() > timeout {
                return Err("PostgreSQL did not start in time".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn connect(&self, db: &str) -> Result<postgres::Client, postgres::Error> {
        let password = std::fs::read_to_string(&self.password_file).unwrap_or_default();
        postgres::Config::new()
            .host("127.0.0.1")
            .port(self.port)
            .user("postgres")
            .password(password)
            .dbname(db)
            .connect_timeout(Duration::from_secs(5))
            .connect(postgres::NoTls)
    }

    /// Make the database `name`; its URL (the password is in `password_file`).
    pub fn database(&self, name: &str) -> Result<String, String> {
        // Spliced into the statement (CREATE DATABASE takes no parameter): lowercase
        // letters and `_` only, checked here, so quoting it is enough.
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(format!("`{name}` is not a database name this demo makes"));
        }
        let mut c = self.connect("postgres").map_err(|e| e.to_string())?;
        c.batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .map_err(|e| e.to_string())?;
        Ok(format!(
            "postgres://postgres@127.0.0.1:{}/{name}",
            self.port
        ))
    }
}

impl Drop for Throwaway {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // SIGINT: a fast shutdown (clients are disconnected, nothing is left running).
            unsafe {
                libc::kill(child.id() as i32, libc::SIGINT);
            }
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
