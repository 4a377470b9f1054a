//! Full disks: every writing command run on a small tmpfs that has been filled up must fail
//! with exit 2 and a reason that says the disk is full (`disk_full`, or the system's "No
//! space left on device" for plain files), leave nothing half-written behind, and leave the
//! store exactly as usable as before once space is freed. Mounting needs root: elsewhere the
//! test says why it skips.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// A tmpfs mounted on a temporary directory for the life of the value.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            eprintln!("skipping: mounting a tmpfs needs root");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let status = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir.path())
            .status();
        match status {
            Ok(s) if s.success() => Some(Tmpfs { dir }),
            other => {
                eprintln!("skipping: cannot mount a tmpfs here ({other:?})");
                None
            }
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Fill every free byte with one file.
    fn fill(&self) {
        let mut f = std::fs::File::create(self.path("filler")).unwrap();
        let chunk = vec![0u8; 4096];
        loop {
            if f.write_all(&chunk).is_err() {
                break;
            }
        }
        // What a 4 KiB write could not take, smaller writes do.
        for _ in 0..4096 {
            if f.write_all(&[0u8]).is_err() {
                break;
            }
        }
        let _ = f.sync_all();
    }

    fn free(&self) {
        std::fs::remove_file(self.path("filler")).unwrap();
    }

    /// Every file under the mount but the filler, with its size.
    fn files(&self) -> Vec<(String, u64)> {
        fn walk(dir: &Path, out: &mut Vec<(String, u64)>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.file_name().unwrap() != "filler" {
                    out.push((p.display().to_string(), p.metadata().unwrap().len()));
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out.sort();
        out
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    error: Value,
}

fn cu(fs: &Tmpfs, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut c = assert_cmd::Command::cargo_bin("cu").unwrap();
    c.current_dir(fs.dir.path())
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .env_remove("CU_KMS_STORE")
        .env("XDG_CONFIG_HOME", fs.path("config"))
        .env("XDG_DATA_HOME", fs.path("data"))
        .arg("--output")
        .arg("json")
        .args(args);
    if let Some(i) = stdin {
        c.write_stdin(i.to_vec());
    }
    let out = c.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let error = stderr
        .trim()
        .lines()
        .last()
        .and_then(|l| serde_json::from_str(l).ok())
        .unwrap_or(Value::Null);
    Run {
        code: out.status.code(),
        stdout: out.stdout,
        error,
    }
}

fn ok(fs: &Tmpfs, args: &[&str], stdin: Option<&[u8]>) -> Value {
    let run = cu(fs, args, stdin);
    assert_eq!(run.code, Some(0), "cu {args:?}: {}", run.error);
    serde_json::from_slice(&run.stdout).unwrap()
}

/// What a step is called, its arguments, its standard input.
type Step<'a> = (&'a str, Vec<&'a str>, Option<&'a [u8]>);

const TENANT_B: &str = "5b1f0c1e-2a3b-4c5d-8e9f-a0b1c2d3e4f5";

/// Everything the commands below need, made while there is room.
fn prepare(fs: &Tmpfs) -> String {
    ok(fs, &["kms", "init"], None);
    ok(
        fs,
        &["kms", "key", "create", "k", "--type", "aes-256-gcm"],
        None,
    );
    ok(
        fs,
        &["kms", "key", "create", "s", "--type", "ec-p256"],
        None,
    );
    ok(fs, &["kms", "key", "rotate", "s"], None);
    ok(
        fs,
        &["kms", "key", "create", "del", "--type", "hmac-sha256"],
        None,
    );
    let ct = ok(fs, &["kms", "encrypt", "k"], Some(b"before"))["ciphertext"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(fs.path("ct.txt"), &ct).unwrap();
    ok(fs, &["passport", "rotate"], None);
    ok(fs, &["passport", "rotate"], None);
    // The identity server's signing keys: a key store of their own, named by ./cu-identity.yaml.
    ok(
        fs,
        &[
            "kms",
            "--store",
            "identity-keys.db",
            "init",
            "--unseal-file",
            "config/cu/unseal.key",
        ],
        None,
    );
    std::fs::write(
        fs.path("cu-identity.yaml"),
        "state: data/cu/identity.db\nkeys: {store: {path: identity-keys.db, unseal_file: config/cu/unseal.key}}\ntls: {cert: none.pem, key: none.key}\n",
    )
    .unwrap();
    ok(fs, &["identity", "rotate-signing-key"], None);
    ok(
        fs,
        &[
            "identity",
            "client",
            "create",
            "app",
            "--tenant",
            TENANT_B,
            "--scope",
            "kms:encrypt",
        ],
        None,
    );
    ok(fs, &["pki", "ca", "create", "--out-dir", "ca0"], None);
    ok(
        fs,
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca0",
            "--cn",
            "leaf.example",
            "--out-dir",
            "certs",
        ],
        None,
    );
    ok(
        fs,
        &[
            "pki",
            "csr",
            "create",
            "--cn",
            "c.example",
            "--out-dir",
            "csrs",
        ],
        None,
    );
    std::fs::write(fs.path("pw.txt"), "correct horse\n").unwrap();
    ok(
        fs,
        &[
            "pki",
            "p12",
            "export",
            "--cert",
            "certs/leaf.example.pem",
            "--key",
            "certs/leaf.example.key",
            "--password-file",
            "pw.txt",
            "--out",
            "a.p12",
        ],
        None,
    );
    ok(
        fs,
        &[
            "jose", "jwk", "generate", "--kty", "ec", "--crv", "P-256", "--out", "k.jwk",
        ],
        None,
    );
    std::fs::write(fs.path("import.key"), [1u8; 32]).unwrap();
    std::fs::write(fs.path("msg.txt"), "a message").unwrap();
    ct
}

/// Every writing command there is, with what it writes.
fn writing_commands() -> Vec<Step<'static>> {
    vec![
        (
            "kms init",
            vec![
                "kms",
                "--store",
                "other.db",
                "init",
                "--unseal-file",
                "config/cu/unseal.key",
            ],
            None,
        ),
        (
            "kms key create",
            vec!["kms", "key", "create", "new", "--type", "aes-256-gcm"],
            None,
        ),
        (
            "kms key create (new tenant)",
            vec![
                "kms",
                "key",
                "create",
                "new",
                "--type",
                "aes-256-gcm",
                "--tenant",
                TENANT_B,
            ],
            None,
        ),
        (
            "kms key import",
            vec![
                "kms",
                "key",
                "import",
                "imp",
                "--type",
                "aes-256-gcm",
                "--in",
                "import.key",
            ],
            None,
        ),
        ("kms key rotate", vec!["kms", "key", "rotate", "k"], None),
        (
            "kms key disable",
            vec!["kms", "key", "disable", "s", "--key-version", "1"],
            None,
        ),
        (
            "kms key config",
            vec!["kms", "key", "config", "s", "--min-decrypt-version", "2"],
            None,
        ),
        (
            "kms key delete",
            vec!["kms", "key", "delete", "del", "--force"],
            None,
        ),
        (
            "kms rotate-intermediate",
            vec!["kms", "rotate-intermediate"],
            None,
        ),
        ("kms rotate-root", vec!["kms", "rotate-root"], None),
        (
            "kms decrypt --out",
            vec!["kms", "decrypt", "--in", "ct.txt", "--out", "plain.txt"],
            None,
        ),
        (
            "kms encrypt --stream --out",
            vec![
                "kms", "encrypt", "k", "--stream", "--in", "msg.txt", "--out", "msg.enc",
            ],
            None,
        ),
        (
            "kms sign --out",
            vec!["kms", "sign", "s", "--in", "msg.txt", "--out", "msg.jws"],
            None,
        ),
        ("passport rotate", vec!["passport", "rotate"], None),
        (
            "passport retire",
            vec!["passport", "retire", "--key-version", "1"],
            None,
        ),
        (
            "identity client create",
            vec![
                "identity",
                "client",
                "create",
                "app2",
                "--tenant",
                TENANT_B,
                "--scope",
                "kms:encrypt",
            ],
            None,
        ),
        (
            "identity client rotate-secret",
            vec!["identity", "client", "rotate-secret", "app"],
            None,
        ),
        (
            "identity rotate-signing-key",
            vec!["identity", "rotate-signing-key"],
            None,
        ),
        (
            "jose jwk generate --out",
            vec![
                "jose", "jwk", "generate", "--kty", "ec", "--crv", "P-256", "--out", "new.jwk",
            ],
            None,
        ),
        (
            "jose jws sign --out",
            vec![
                "jose", "jws", "sign", "--key", "k.jwk", "--in", "msg.txt", "--out", "msg.sig",
            ],
            None,
        ),
        (
            "jose jwe encrypt --out",
            vec![
                "jose", "jwe", "encrypt", "--key", "k.jwk", "--in", "msg.txt", "--out", "msg.jwe",
            ],
            None,
        ),
        (
            "pki ca create",
            vec!["pki", "ca", "create", "--out-dir", "ca"],
            None,
        ),
        (
            "pki cert issue",
            vec![
                "pki",
                "cert",
                "issue",
                "--ca",
                "ca0",
                "--cn",
                "new.example",
                "--out-dir",
                "certs",
            ],
            None,
        ),
        (
            "pki csr create",
            vec![
                "pki",
                "csr",
                "create",
                "--cn",
                "d.example",
                "--out-dir",
                "csrs",
            ],
            None,
        ),
        (
            "pki csr sign",
            vec![
                "pki",
                "csr",
                "sign",
                "csrs/c.example.csr",
                "--ca",
                "ca0",
                "--out",
                "c.pem",
            ],
            None,
        ),
        (
            "pki crl create",
            vec!["pki", "crl", "create", "--ca", "ca0", "--out", "crl.pem"],
            None,
        ),
        (
            "pki p12 export",
            vec![
                "pki",
                "p12",
                "export",
                "--cert",
                "certs/leaf.example.pem",
                "--key",
                "certs/leaf.example.key",
                "--password-file",
                "pw.txt",
                "--out",
                "b.p12",
            ],
            None,
        ),
        (
            "pki p12 import",
            vec![
                "pki",
                "p12",
                "import",
                "a.p12",
                "--password-file",
                "pw.txt",
                "--out-dir",
                "imported",
            ],
            None,
        ),
    ]
}

/// Fill the disk, run every writing command, free the disk; check each failed as a full
/// disk, nothing was half-written, the stores are as they were, and each command then works.
fn full_disk_round(fs: &Tmpfs, hold_open: bool) {
    let ct = prepare(fs);
    let keys_before = ok(fs, &["kms", "key", "list"], None);
    let clients_before = ok(fs, &["identity", "client", "list"], None);
    let files_before = fs.files();
    // A running server keeps its connections (and so SQLite's -wal and -shm files) open.
    let held: Vec<rusqlite::Connection> = if hold_open {
        [
            "data/cu/kms.db",
            "data/cu/kms.tenants/00000000-0000-4000-8000-000000000000.db",
            "data/cu/identity.db",
        ]
        .iter()
        .map(|f| {
            let conn = rusqlite::Connection::open(fs.path(f)).unwrap();
            let tables: i64 = conn
                .query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))
                .unwrap();
            assert!(tables > 0, "{f}");
            conn
        })
        .collect()
    } else {
        Vec::new()
    };
    fs.fill();
    let commands = writing_commands();
    let mut outcomes = Vec::new();
    for (what, args, stdin) in &commands {
        let run = cu(fs, args, *stdin);
        let message = run.error["error"]["message"]
            .as_str()
            .unwrap_or("")
            .to_string();
        let reason = run.error["error"]["reason"]
            .as_str()
            .unwrap_or("")
            .to_string();
        eprintln!("{what}: exit {:?} {reason} {message}", run.code);
        match run.code {
            Some(2) => assert!(
                reason == "disk_full"
                    || (reason.is_empty() && message.contains("No space left on device")),
                "{what}: a full disk must be named as such: {}",
                run.error
            ),
            Some(0) => {}
            other => panic!("{what}: exit {other:?}: {}", run.error),
        }
        outcomes.push((*what, run.code));
    }
    drop(held);
    fs.free();
    let succeeded: Vec<&str> = outcomes
        .iter()
        .filter(|(_, c)| *c == Some(0))
        .map(|(w, _)| *w)
        .collect();
    let failed = outcomes.len() - succeeded.len();
    assert!(
        failed * 10 >= outcomes.len() * 8,
        "most writes on a full disk must fail: {outcomes:?}"
    );
    // Nothing half-written: no file is there that was not, but for what succeeded.
    if succeeded.is_empty() {
        let stray: Vec<_> = fs
            .files()
            .into_iter()
            .filter(|(p, _)| {
                !files_before.iter().any(|(q, _)| q == p)
                    && !p.ends_with("-wal")
                    && !p.ends_with("-shm")
                    && !p.ends_with(".lock")
            })
            .collect();
        assert!(stray.is_empty(), "left behind: {stray:?}");
    }
    if !succeeded.iter().any(|w| w.starts_with("kms key")) {
        assert_eq!(ok(fs, &["kms", "key", "list"], None), keys_before);
    }
    if !succeeded.iter().any(|w| w.starts_with("identity")) {
        assert_eq!(
            ok(fs, &["identity", "client", "list"], None),
            clients_before
        );
    }
    assert_eq!(
        ok(fs, &["kms", "decrypt"], Some(ct.as_bytes()))["text"],
        "before"
    );
    // With room again, every command that failed works.
    for (what, args, stdin) in &commands {
        if succeeded.contains(what) {
            continue;
        }
        let run = cu(fs, args, *stdin);
        assert_eq!(
            run.code,
            Some(0),
            "{what} after freeing space: {}",
            run.error
        );
    }
    assert_eq!(
        ok(fs, &["kms", "decrypt"], Some(ct.as_bytes()))["text"],
        "before"
    );
}

#[test]
fn every_writing_command_on_a_full_disk_fails_cleanly_and_changes_nothing() {
    let Some(fs) = Tmpfs::mount("8m") else {
        return;
    };
    full_disk_round(&fs, false);
}

/// The same while another process (a server) holds the store open, so commands get past
/// opening it and fail where they write.
#[test]
fn a_full_disk_under_a_running_server_fails_writes_cleanly() {
    let Some(fs) = Tmpfs::mount("8m") else {
        return;
    };
    full_disk_round(&fs, true);
}
