//! Inputs and stdout at their edges: every command processes all of its input or fails
//! (exit 2) naming the limit and the way around it; detached and raw signatures stream any
//! size; --max-size stops reading at the limit; a closed or full stdout is a failure (exit 2,
//! "standard output") and a reader that goes away is quiet (exit 0).
//!
//! Files just above a limit are sparse (`set_len`), with a marker byte at the very end where
//! the test changes the tail, so they cost no disk and little time.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const MIB: u64 = 1 << 20;
/// cu's in-memory input limit (`cmd::io::MAX_INPUT_BYTES`).
const IN_MEMORY: u64 = 256 * MIB;
/// `kms encrypt` without --stream (`kms::ops::MAX_PLAINTEXT_BYTES`).
const KMS_PLAINTEXT: u64 = 48 * MIB;

/// The binary under test; `CU_TEST_BIN` runs these tests against another build (to watch
/// them fail on the code before a fix).
fn bin() -> PathBuf {
    std::env::var_os("CU_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| assert_cmd::cargo::cargo_bin("cu"))
}

/// A scratch directory with its own kms store (and passport keys when asked).
struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        let e = Env {
            dir: tempfile::tempdir().unwrap(),
        };
        e.ok(&["kms", "init"]);
        e
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self) -> Command {
        let mut c = Command::new(bin());
        c.current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("CI")
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env_remove("CU_KMS_STORE")
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> Vec<u8> {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "cu {args:?} failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// Expect exit 2 with `--output json`; return the error document.
    fn fails(&self, args: &[&str]) -> Value {
        let mut full = vec!["--output", "json"];
        full.extend_from_slice(args);
        let out = self.run(&full);
        error_of(&out, args)
    }

    /// A sparse file of `len` bytes whose last byte is `last`.
    fn sparse(&self, name: &str, len: u64, last: u8) -> PathBuf {
        let path = self.path(name);
        let mut f = File::create(&path).unwrap();
        f.set_len(len).unwrap();
        f.seek(SeekFrom::Start(len - 1)).unwrap();
        f.write_all(&[last]).unwrap();
        path
    }

    fn jwk(&self, name: &str, spec: &[&str]) {
        let private = format!("{name}.jwk");
        let public = format!("{name}.pub.jwk");
        let mut args = vec!["jose", "jwk", "generate", "--out", &private];
        if !spec.contains(&"oct") {
            args.extend(["--public-out", &public]);
        }
        args.extend_from_slice(spec);
        self.ok(&args);
    }
}

fn error_of(out: &Output, args: &[&str]) -> Value {
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        out.status.code(),
        Some(2),
        "cu {args:?}: expected exit 2; stderr: {stderr}"
    );
    assert!(
        !stderr.contains("panicked"),
        "cu {args:?} panicked: {stderr}"
    );
    let last = stderr.trim().lines().last().unwrap_or("");
    serde_json::from_str(last).unwrap_or_else(|_| panic!("cu {args:?}: no JSON error: {stderr}"))
}

fn set_last_byte(path: &Path, value: u8) {
    let mut f = OpenOptions::new().write(true).open(path).unwrap();
    f.seek(SeekFrom::End(-1)).unwrap();
    f.write_all(&[value]).unwrap();
}

/// The error is `too_large`, names `limit` (e.g. "256 MiB") and says what to do (`hint`).
fn assert_too_large(doc: &Value, limit: &str, hint: &str) {
    let e = &doc["error"];
    assert_eq!(e["reason"], "too_large", "{doc}");
    let message = e["message"].as_str().unwrap_or("");
    assert!(
        message.contains(limit),
        "the message names the limit: {doc}"
    );
    let help = e["help"].as_str().unwrap_or("");
    assert!(help.contains(hint), "the help says `{hint}`: {doc}");
}

// ---- item 3: nothing is cut at 256 MiB -------------------------------------------------

#[test]
fn a_detached_jws_of_a_file_over_256_mib_covers_all_of_it() {
    let e = Env::new();
    e.jwk("rsa", &["--kty", "rsa"]);
    e.jwk("ec", &["--kty", "ec"]);
    let big = e.sparse("big.bin", IN_MEMORY + 4096, b'a');
    let big = big.to_str().unwrap();
    for (key, public) in [("rsa.jwk", "rsa.pub.jwk"), ("ec.jwk", "ec.pub.jwk")] {
        set_last_byte(Path::new(big), b'a');
        let token = e.ok(&[
            "jose",
            "jws",
            "sign",
            "--key",
            key,
            "--detached",
            "--in",
            big,
        ]);
        std::fs::write(e.path("big.jws"), &token).unwrap();
        let verify = [
            "jose",
            "jws",
            "verify",
            "--key",
            public,
            "--payload",
            big,
            "--in",
            "big.jws",
        ];
        let said = e.ok(&verify);
        assert!(
            said == b"valid\n",
            "{key}: verify printed {} bytes, not `valid`",
            said.len()
        );
        // A change past the first 256 MiB is a bad signature.
        set_last_byte(Path::new(big), b'b');
        let doc = e.fails(&verify);
        assert_eq!(doc["error"]["reason"], "bad_signature", "{key}: {doc}");
    }
}

#[test]
fn a_detached_eddsa_jws_from_stdin_matches_the_one_from_a_file() {
    // Ed25519 reads the payload twice: a redirected file is read twice like a file; a pipe
    // is replayed from memory (small here).
    let e = Env::new();
    e.jwk("ed", &["--kty", "okp"]);
    let payload: Vec<u8> = (0..3_000_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(e.path("p.bin"), &payload).unwrap();
    let from_file = e.ok(&[
        "jose",
        "jws",
        "sign",
        "--key",
        "ed.jwk",
        "--detached",
        "--in",
        "p.bin",
    ]);
    let redirected = e
        .cmd()
        .args(["jose", "jws", "sign", "--key", "ed.jwk", "--detached"])
        .stdin(File::open(e.path("p.bin")).unwrap())
        .output()
        .unwrap();
    assert!(redirected.status.success());
    assert_eq!(redirected.stdout, from_file);
    let mut child = e
        .cmd()
        .args(["jose", "jws", "sign", "--key", "ed.jwk", "--detached"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&payload));
    let piped = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(piped.status.success());
    assert_eq!(piped.stdout, from_file, "the same signature, byte for byte");
    // The in-memory (attached) signature has the same header and signature.
    let attached = e.ok(&["jose", "jws", "sign", "--key", "ed.jwk", "--in", "p.bin"]);
    let attached = String::from_utf8(attached).unwrap();
    let parts: Vec<&str> = attached.trim().split('.').collect();
    assert_eq!(
        String::from_utf8(from_file).unwrap().trim(),
        format!("{}..{}", parts[0], parts[2])
    );
}

#[test]
fn an_attached_jws_over_256_mib_is_refused_not_cut() {
    let e = Env::new();
    e.jwk("ed", &["--kty", "okp"]);
    let big = e.sparse("big.bin", IN_MEMORY + 1, b'x');
    let doc = e.fails(&[
        "jose",
        "jws",
        "sign",
        "--key",
        "ed.jwk",
        "--in",
        big.to_str().unwrap(),
    ]);
    assert_too_large(&doc, "256 MiB", "--detached");
}

#[test]
fn kms_raw_signatures_of_a_file_over_256_mib_cover_all_of_it() {
    let e = Env::new();
    e.ok(&["kms", "key", "create", "ed", "--type", "ed25519"]);
    e.ok(&["kms", "key", "create", "rsa", "--type", "rsa-2048"]);
    let big = e.sparse("big.bin", IN_MEMORY + 4096, b'a');
    let big = big.to_str().unwrap();
    for key in ["ed", "rsa"] {
        set_last_byte(Path::new(big), b'a');
        let sig = format!("{key}.sig");
        e.ok(&["kms", "sign", key, "--raw", "--in", big, "--out", &sig]);
        let verify = [
            "kms",
            "verify",
            key,
            "--raw",
            "--in",
            big,
            "--signature",
            &sig,
        ];
        e.ok(&verify);
        set_last_byte(Path::new(big), b'b');
        let doc = e.fails(&verify);
        assert_eq!(doc["error"]["reason"], "bad_signature", "{key}: {doc}");
    }
}

#[test]
fn kms_raw_ed25519_signatures_verify_with_openssl() {
    // The streamed signature is the one OpenSSL makes and checks (pkeyutl -rawin).
    let e = Env::new();
    if Command::new("openssl").arg("version").output().is_err() {
        eprintln!("skipped: no openssl");
        return;
    }
    e.ok(&["kms", "key", "create", "ed", "--type", "ed25519"]);
    let pem = e.ok(&["kms", "key", "public", "ed", "--format", "pem"]);
    std::fs::write(e.path("ed.pub.pem"), pem).unwrap();
    let data: Vec<u8> = (0..1_500_000u32).map(|i| (i * 7 % 256) as u8).collect();
    std::fs::write(e.path("m.bin"), &data).unwrap();
    e.ok(&[
        "kms", "sign", "ed", "--raw", "--in", "m.bin", "--out", "m.sig",
    ]);
    let check = |file: &str| {
        Command::new("openssl")
            .current_dir(e.dir.path())
            .args([
                "pkeyutl",
                "-verify",
                "-rawin",
                "-pubin",
                "-inkey",
                "ed.pub.pem",
            ])
            .args(["-in", file, "-sigfile", "m.sig"])
            .output()
            .unwrap()
            .status
            .success()
    };
    assert!(
        check("m.bin"),
        "openssl rejects cu's streamed Ed25519 signature"
    );
    let mut changed = data.clone();
    *changed.last_mut().unwrap() ^= 1;
    std::fs::write(e.path("m2.bin"), &changed).unwrap();
    assert!(!check("m2.bin"));
}

#[test]
fn an_ed25519_signature_of_a_pipe_over_the_memory_limit_fails_clearly() {
    let e = Env::new();
    e.ok(&["kms", "key", "create", "ed", "--type", "ed25519"]);
    let mut child = e
        .cmd()
        .args(["--output", "json", "kms", "sign", "ed", "--raw"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![0u8; MIB as usize];
        for _ in 0..(IN_MEMORY / MIB + 1) {
            if stdin.write_all(&chunk).is_err() {
                return;
            }
        }
        let _ = stdin.write_all(b"tail");
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.stdout.is_empty(), "no signature may come out");
    let doc = error_of(&out, &["kms", "sign", "--raw", "(pipe)"]);
    assert_too_large(&doc, "256 MiB", "--in FILE");
}

#[test]
fn kms_encrypt_and_decrypt_share_one_limit() {
    let e = Env::new();
    e.ok(&["kms", "key", "create", "orders", "--type", "aes-256-gcm"]);
    // At the limit (and with the largest AAD): encrypt takes it and decrypt takes back
    // what encrypt made.
    let at = e.sparse("at.bin", KMS_PLAINTEXT, b'z');
    let aad = "a".repeat(64 << 10);
    let token = e.ok(&[
        "kms",
        "encrypt",
        "orders",
        "--aad",
        &aad,
        "--in",
        at.to_str().unwrap(),
    ]);
    std::fs::write(e.path("at.jwe"), &token).unwrap();
    e.ok(&[
        "kms", "decrypt", "--aad", &aad, "--in", "at.jwe", "--out", "at.out",
    ]);
    assert_eq!(
        std::fs::metadata(e.path("at.out")).unwrap().len(),
        KMS_PLAINTEXT
    );
    // One byte above it, and 256 MiB + 1: refused, pointing at --stream.
    for (name, len) in [
        ("above.bin", KMS_PLAINTEXT + 1),
        ("huge.bin", IN_MEMORY + 1),
    ] {
        let p = e.sparse(name, len, b'z');
        let doc = e.fails(&["kms", "encrypt", "orders", "--in", p.to_str().unwrap()]);
        assert_too_large(&doc, "48 MiB", "--stream");
    }
    // --stream takes the larger file.
    let above = e.path("above.bin");
    e.ok(&[
        "kms",
        "encrypt",
        "orders",
        "--stream",
        "--in",
        above.to_str().unwrap(),
        "--out",
        "above.enc",
    ]);
    e.ok(&[
        "kms",
        "decrypt",
        "--stream",
        "--in",
        "above.enc",
        "--out",
        "above.out",
    ]);
    assert_eq!(
        std::fs::metadata(e.path("above.out")).unwrap().len(),
        KMS_PLAINTEXT + 1
    );
}

#[test]
fn endless_inputs_are_refused_at_the_limit() {
    let e = Env::new();
    e.ok(&["kms", "key", "create", "orders", "--type", "aes-256-gcm"]);
    for device in ["/dev/urandom", "/dev/zero"] {
        let doc = e.fails(&["kms", "encrypt", "orders", "--in", device]);
        assert_too_large(&doc, "48 MiB", "--stream");
        let doc = e.fails(&["kms", "decrypt", "--in", device]);
        assert_eq!(doc["error"]["reason"], "too_large", "{doc}");
    }
}

#[test]
fn an_endless_payload_is_refused_at_256_mib() {
    let e = Env::new();
    e.jwk("ed", &["--kty", "okp"]);
    let doc = e.fails(&[
        "jose",
        "jws",
        "sign",
        "--key",
        "ed.jwk",
        "--in",
        "/dev/zero",
    ]);
    assert_too_large(&doc, "256 MiB", "--detached");
}

/// Run `cu args` with `bytes` on a stdin that stays open afterwards: a reader that stops at
/// its limit finishes; one that waits for the end of input never does.
fn with_open_stdin(e: &Env, args: &[&str], bytes: usize) -> (Output, Duration) {
    let started = Instant::now();
    let mut child: Child = e
        .cmd()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(&vec![b'a'; bytes]);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("cu {args:?} kept reading past its --max-size");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    (out, started.elapsed())
}

#[test]
fn max_size_is_checked_while_reading() {
    let e = Env::new();
    e.ok(&["passport", "rotate"]);
    e.jwk("ed", &["--kty", "okp"]);
    e.jwk("oct", &["--kty", "oct", "--bits", "256"]);
    let cases: [&[&str]; 4] = [
        &[
            "--output",
            "json",
            "passport",
            "verify",
            "--aud",
            "api",
            "--max-size",
            "1000",
        ],
        &[
            "--output",
            "json",
            "jose",
            "jws",
            "verify",
            "--key",
            "ed.pub.jwk",
            "--max-size",
            "1000",
        ],
        &[
            "--output",
            "json",
            "jose",
            "jwt",
            "verify",
            "--key",
            "ed.pub.jwk",
            "--max-size",
            "1000",
        ],
        &[
            "--output",
            "json",
            "jose",
            "jwe",
            "decrypt",
            "--key",
            "oct.jwk",
            "--max-size",
            "1000",
        ],
    ];
    for args in cases {
        let (out, took) = with_open_stdin(&e, args, 100_000);
        let doc = error_of(&out, args);
        assert_eq!(doc["error"]["reason"], "too_large", "{args:?}: {doc}");
        assert!(took < Duration::from_secs(5), "{args:?} took {took:?}");
    }
    // /dev/zero stops at the limit too.
    let doc = e.fails(&[
        "passport",
        "verify",
        "--aud",
        "api",
        "--max-size",
        "1000",
        "--in",
        "/dev/zero",
    ]);
    assert_eq!(doc["error"]["reason"], "too_large", "{doc}");
}

// ---- items 9 and 10: stdout that is closed, full, or goes away --------------------------

/// How stdout is set up for a run.
#[derive(Clone, Copy, Debug)]
enum Stdout {
    /// `>&-`: fd 1 closed before cu starts.
    Closed,
    /// `>/dev/full`: every write fails with ENOSPC.
    Full,
}

fn run_with_stdout(e: &Env, args: &[&str], how: Stdout) -> Output {
    use std::os::unix::process::CommandExt;
    let mut c = e.cmd();
    c.args(args).stderr(Stdio::piped());
    match how {
        Stdout::Closed => {
            c.stdout(Stdio::inherit());
            // SAFETY: close(2) is async-signal-safe; nothing else runs between fork and exec.
            unsafe {
                c.pre_exec(|| {
                    libc::close(1);
                    Ok(())
                });
            }
        }
        Stdout::Full => {
            c.stdout(File::options().write(true).open("/dev/full").unwrap());
        }
    }
    c.output().unwrap()
}

/// A fixture for one command of each family, and the commands that print on stdout.
fn stdout_commands(e: &Env) -> Vec<Vec<String>> {
    e.ok(&["kms", "key", "create", "orders", "--type", "aes-256-gcm"]);
    e.ok(&["passport", "rotate"]);
    e.ok(&["-q", "pki", "ca", "create", "--out-dir", "ca"]);
    std::fs::write(e.path("small.txt"), b"attack at dawn").unwrap();
    e.ok(&[
        "kms",
        "encrypt",
        "orders",
        "--stream",
        "--in",
        "small.txt",
        "--out",
        "small.enc",
    ]);
    let s = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    vec![
        s(&["kms", "encrypt", "orders", "--in", "small.txt"]),
        s(&["kms", "datakey", "orders"]),
        s(&["kms", "decrypt", "--stream", "--in", "small.enc"]),
        s(&["jose", "jwk", "generate", "--kty", "okp"]),
        s(&["pki", "inspect", "ca/root.pem"]),
        s(&["passport", "issue", "--sub", "bob", "--aud", "api"]),
        s(&["--output", "json", "kms", "datakey", "orders"]),
    ]
}

#[test]
fn a_closed_or_full_stdout_is_a_failure_that_says_standard_output() {
    let e = Env::new();
    for args in stdout_commands(&e) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        for how in [Stdout::Closed, Stdout::Full] {
            let out = run_with_stdout(&e, &args, how);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(2),
                "cu {args:?} with {how:?} stdout: {stderr}"
            );
            assert!(
                stderr.contains("standard output"),
                "cu {args:?} with {how:?} stdout: {stderr}"
            );
            assert!(!stderr.contains("standard input"), "{stderr}");
        }
    }
    // Nothing to write (the result went to --out): a closed stdout is fine.
    let out = run_with_stdout(
        &e,
        &[
            "kms",
            "decrypt",
            "--stream",
            "--in",
            "small.enc",
            "--out",
            "plain.txt",
        ],
        Stdout::Closed,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Run cu with stdout into a pipe whose reader takes one byte and goes away (`| head -c1`).
fn into_head(e: &Env, args: &[&str]) -> Output {
    let mut child = e
        .cmd()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut one = [0u8; 1];
    stdout.read_exact(&mut one).unwrap();
    drop(stdout);
    child.wait_with_output().unwrap()
}

#[test]
fn a_reader_that_goes_away_is_quiet() {
    let e = Env::new();
    e.ok(&["kms", "key", "create", "orders", "--type", "aes-256-gcm"]);
    // Far more than a pipe buffer, so cu is still writing when the reader leaves.
    let data: Vec<u8> = (0..8_000_000u32).map(|i| (i % 241) as u8).collect();
    std::fs::write(e.path("big.txt"), &data).unwrap();
    e.ok(&[
        "kms", "encrypt", "orders", "--stream", "--in", "big.txt", "--out", "big.enc",
    ]);
    let token = e.ok(&["kms", "encrypt", "orders", "--in", "big.txt"]);
    std::fs::write(e.path("big.jwe"), token).unwrap();
    for args in [
        &["kms", "decrypt", "--stream", "--in", "big.enc"][..],
        &["kms", "decrypt", "--in", "big.jwe"][..],
        &["kms", "encrypt", "orders", "--in", "big.txt"][..],
    ] {
        let out = into_head(&e, args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "cu {args:?} | head -c1: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "cu {args:?} | head -c1 printed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn streamed_detached_jws_signatures_verify_with_openssl() {
    // The signing input is rebuilt here and checked by OpenSSL: a peer that shares no code
    // with cu's streaming (EdDSA with pkeyutl -rawin, RS256 with dgst). The payload spans
    // many read pieces whose sizes are not multiples of 3, so base64 carries across them.
    if Command::new("openssl").arg("version").output().is_err() {
        eprintln!("skipped: no openssl");
        return;
    }
    let e = Env::new();
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl")
            .current_dir(e.dir.path())
            .args(args)
            .output()
            .unwrap();
        out.status.success()
    };
    assert!(openssl(&[
        "genpkey",
        "-algorithm",
        "ed25519",
        "-out",
        "ed.pem"
    ]));
    assert!(openssl(&[
        "genpkey",
        "-algorithm",
        "rsa",
        "-pkeyopt",
        "rsa_keygen_bits:2048",
        "-out",
        "rsa.pem"
    ]));
    for key in ["ed", "rsa"] {
        assert!(openssl(&[
            "pkey",
            "-in",
            &format!("{key}.pem"),
            "-pubout",
            "-out",
            &format!("{key}.pub.pem")
        ]));
    }
    let payload: Vec<u8> = (0..3_000_001u32).map(|i| (i * 13 % 256) as u8).collect();
    std::fs::write(e.path("p.bin"), &payload).unwrap();
    for key in ["ed", "rsa"] {
        let pem = format!("{key}.pem");
        let token = e.ok(&[
            "jose",
            "jws",
            "sign",
            "--key",
            &pem,
            "--detached",
            "--in",
            "p.bin",
        ]);
        let token = String::from_utf8(token).unwrap();
        let (header, rest) = token.trim().split_once("..").unwrap();
        let signature = cu::jose::b64::decode(rest, "signature").unwrap();
        std::fs::write(e.path("sig.bin"), &signature).unwrap();
        let input = format!("{header}.{}", cu::jose::b64::encode(&payload));
        let public = format!("{key}.pub.pem");
        let check = |input: &str| {
            std::fs::write(e.path("input.bin"), input).unwrap();
            if key == "ed" {
                openssl(&[
                    "pkeyutl",
                    "-verify",
                    "-rawin",
                    "-pubin",
                    "-inkey",
                    &public,
                    "-in",
                    "input.bin",
                    "-sigfile",
                    "sig.bin",
                ])
            } else {
                openssl(&[
                    "dgst",
                    "-sha256",
                    "-verify",
                    &public,
                    "-signature",
                    "sig.bin",
                    "input.bin",
                ])
            }
        };
        assert!(
            check(&input),
            "openssl rejects cu's streamed {key} JWS signature"
        );
        let altered = format!("{header}.{}", cu::jose::b64::encode(&payload[1..]));
        assert!(!check(&altered), "the check must be able to fail");
    }
}
