//! Helpers shared by the integration tests: run the real `cu` binary in a scratch directory.
#![allow(dead_code)]

/// `on_both_stores!(a, b)`: tests `a::sqlite`, `a::postgres`, … that call `fn a(setup: Setup)`
/// with a `Setup` on SQLite files and one on the shared test PostgreSQL cluster (skipped with
/// a reason where PostgreSQL is missing; a failure under CI=true).
#[macro_export]
macro_rules! on_both_stores {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[test]
                fn sqlite() {
                    super::$name($crate::common::servers::Setup::new())
                }
                #[test]
                fn postgres() {
                    if let Some(c) = $crate::common::pg::cluster() {
                        super::$name($crate::common::servers::Setup::on_postgres(c))
                    }
                }
            }
        )*
    };
}

pub mod browser;
pub mod kms;
pub mod otlp;
pub mod pg;
pub mod servers;

use std::path::PathBuf;

use assert_cmd::Command;

pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, contents).unwrap();
        path
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap()
    }

    /// `cu` with its working directory in the scratch folder and no color.
    pub fn cu(&self) -> Command {
        let mut cmd = Command::cargo_bin("cu").unwrap();
        cmd.current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("CI");
        cmd
    }

    /// Run `cu args…` (with optional stdin), require success, return stdout.
    pub fn ok(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
        let mut cmd = self.cu();
        cmd.args(args);
        if let Some(input) = stdin {
            cmd.write_stdin(input.to_vec());
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "cu {args:?} failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Run a peer program (openssl, say) in the scratch directory and require success.
    #[allow(dead_code)]
    pub fn peer_ok(&self, program: &str, args: &[&str]) {
        let out = std::process::Command::new(program)
            .current_dir(self.dir.path())
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{program} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Generate `NAME.jwk` (and `NAME.pub.jwk` for asymmetric keys) with `cu jose jwk generate SPEC…`.
    pub fn keygen(&self, name: &str, spec: &[&str]) {
        let private = format!("{name}.jwk");
        let public = format!("{name}.pub.jwk");
        let mut args = vec!["jose", "jwk", "generate", "--out", &private];
        if !spec.contains(&"oct") {
            args.extend(["--public-out", &public]);
        }
        args.extend_from_slice(spec);
        self.ok(&args, None);
    }

    /// Run `cu --output json args…`, expect exit 2, return the error's reason.
    pub fn fails_with(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
        let mut cmd = self.cu();
        cmd.arg("--output").arg("json").args(args);
        if let Some(input) = stdin {
            cmd.write_stdin(input.to_vec());
        }
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(2),
            "cu {args:?}: expected exit 2; stderr: {stderr}"
        );
        assert!(
            out.stdout.is_empty(),
            "cu {args:?} printed on stdout while failing"
        );
        assert!(
            !stderr.contains("panicked"),
            "cu {args:?} panicked: {stderr}"
        );
        let doc: serde_json::Value = serde_json::from_str(stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not one JSON error ({e}): {stderr}"));
        doc["error"]["reason"]
            .as_str()
            .unwrap_or(doc["error"]["code"].as_str().unwrap_or(""))
            .to_string()
    }
}

pub fn b64(data: impl AsRef<[u8]>) -> String {
    cu::jose::b64::encode(data)
}

/// Whether `program` (a peer such as openssl) runs here. Missing: the caller skips (see
/// `missing_peer`), except under CI=true, where `.ci/run` installs it and its absence fails.
pub fn peer(program: &str) -> bool {
    let found = std::process::Command::new(program)
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        missing_peer(program, &format!("apt-get install {program}"));
    }
    found
}

/// A peer that `.ci/run` installs is not here (`install` says how to get it): under CI=true
/// the calling test fails; elsewhere it is skipped (`skip`).
pub fn missing_peer(what: &str, install: &str) {
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{what} is missing under CI=true, where .ci/run installs it ({install})"
    );
    skip(&format!("{what} is not installed ({install})"));
}

/// The calling test cannot run here and returns without checking anything: the reason goes
/// to stderr and to `skipped.log` in the tests' scratch directory, which `scripts/test.sh`
/// reads to count the test as skipped rather than passed and to list why.
pub fn skip(reason: &str) {
    use std::io::Write;
    eprintln!("SKIP: {reason}");
    let binary = std::env::current_exe()
        .ok()
        .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .map(|s| match s.rsplit_once('-') {
            Some((name, hash)) if hash.chars().all(|c| c.is_ascii_hexdigit()) => name.to_string(),
            _ => s,
        })
        .unwrap_or_default();
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("?");
    let log = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("skipped.log");
    // One short line in one write to a file opened for appending: lines of tests running at
    // once do not interleave.
    let line = format!("{binary}::{test}\t{}\n", reason.replace(['\t', '\n'], " "));
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log)
        .and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(e) = written {
        panic!("cannot record the skip in {}: {e}", log.display());
    }
}
