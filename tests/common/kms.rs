//! `cu kms` through the real binary in a scratch directory with its own store and unseal file.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::Scratch;

/// A scratch directory with `cu kms` pointed at its own store and unseal file.
pub struct Kms {
    pub s: Scratch,
    /// A PostgreSQL store: its URL and password file (None: the SQLite default).
    pub postgres: Option<(String, PathBuf)>,
}

impl Kms {
    pub fn new() -> Kms {
        let k = Kms {
            s: Scratch::new(),
            postgres: None,
        };
        k.ok(&["kms", "init"], None);
        k
    }

    /// A store in a new database of the shared test cluster.
    #[allow(dead_code)]
    pub fn on_postgres(cluster: &super::pg::Cluster) -> Kms {
        let k = Kms {
            s: Scratch::new(),
            postgres: Some((cluster.database(), cluster.password_file.clone())),
        };
        k.ok(&["kms", "init"], None);
        k
    }

    pub fn cmd(&self) -> assert_cmd::Command {
        let mut c = self.s.cu();
        c.env("XDG_CONFIG_HOME", self.s.path("config"))
            .env("XDG_DATA_HOME", self.s.path("data"))
            .env_remove("CU_KMS_STORE")
            .env_remove("CU_KMS_STORE_PASSWORD_FILE")
            .env_remove("PGPASSFILE");
        if let Some((url, password)) = &self.postgres {
            c.env("CU_KMS_STORE", url)
                .env("CU_KMS_STORE_PASSWORD_FILE", password);
        }
        c
    }

    pub fn ok(&self, args: &[&str], stdin: Option<&[u8]>) -> Vec<u8> {
        let mut c = self.cmd();
        c.args(args);
        if let Some(i) = stdin {
            c.write_stdin(i.to_vec());
        }
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "cu {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    pub fn text(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
        String::from_utf8(self.ok(args, stdin)).unwrap()
    }

    pub fn json(&self, args: &[&str], stdin: Option<&[u8]>) -> Value {
        let mut full = vec!["--output", "json"];
        full.extend_from_slice(args);
        serde_json::from_slice(&self.ok(&full, stdin)).unwrap()
    }

    /// Expect exit 2 and return the JSON error's reason.
    pub fn fails(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
        let mut c = self.cmd();
        c.arg("--output").arg("json").args(args);
        if let Some(i) = stdin {
            c.write_stdin(i.to_vec());
        }
        let out = c.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(2), "cu {args:?}: {stderr}");
        // Warnings come first as their own JSON lines; the error is the last line.
        let last = stderr.trim().lines().last().unwrap_or("");
        let v: Value = serde_json::from_str(last).unwrap_or_else(|_| panic!("{stderr}"));
        v["error"]["reason"]
            .as_str()
            .or(v["error"]["code"].as_str())
            .unwrap_or("")
            .to_string()
    }

    pub fn store_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        fn walk(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else {
                    out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
                }
            }
        }
        walk(&self.s.path("data"), &mut out);
        out.sort();
        out
    }

    /// Run with `--output json`: (exit code, stdout, the error's reason or "", the last
    /// line of stderr).
    pub fn run(
        &self,
        args: &[&str],
        stdin: Option<&[u8]>,
    ) -> (Option<i32>, String, String, String) {
        let mut c = self.cmd();
        c.args(["--output", "json"]).args(args);
        if let Some(i) = stdin {
            c.write_stdin(i.to_vec());
        }
        let out = c.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        let last = stderr.trim().lines().last().unwrap_or("").to_string();
        let reason = serde_json::from_str::<Value>(&last)
            .ok()
            .and_then(|v| v["error"]["reason"].as_str().map(str::to_string))
            .unwrap_or_default();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            reason,
            last,
        )
    }

    /// A compact JWE of `text` under `key` in `tenant`.
    pub fn encrypt(&self, key: &str, tenant: &str, text: &[u8]) -> String {
        self.text(&["kms", "encrypt", key, "--tenant", tenant], Some(text))
    }

    pub fn tenant_file(&self, tenant: &str) -> PathBuf {
        self.s.path(&format!("data/cu/kms.tenants/{tenant}.db"))
    }

    pub fn main_file(&self) -> PathBuf {
        self.s.path("data/cu/kms.db")
    }
}

/// Copy a database file as a backup would hold it (without the -wal and -shm beside it).
pub fn copy_db(from: &Path, to: &Path) {
    std::fs::copy(from, to).unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", to.display()));
    }
}
