//! Hostile sizes and shapes: deeply nested YAML/JSON and oversized files are refused at once
//! (exit 2, naming the file and the limit), not after seconds of parsing or gigabytes of reading.
//! Each refusal is timed around the whole process run and must take under 250 ms: a debug build
//! starts in ~20 ms and scans a 1 MiB input linearly in ~80 ms on this machine (100 ms left too
//! little for a busy neighbour), while the failures this guards against (quadratic parsing,
//! unbounded reads) take seconds. The timings are printed (`--nocapture`).

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::Scratch;
use serde_json::Value;

const BUDGET: Duration = Duration::from_millis(250);
const DEPTHS: [usize; 2] = [40_000, 1_000_000];
const MIB: usize = 1 << 20;
static TIMED: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A scratch directory with a KMS store, a CA and a server certificate, and valid configs for
/// both servers, so that only the file under test is wrong.
fn fixture() -> Scratch {
    let s = Scratch::new();
    unseal_key(&s);
    s.ok(
        &[
            "-q",
            "kms",
            "init",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
        ],
        None,
    );
    s.ok(
        &[
            "-q",
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--levels",
            "2",
        ],
        None,
    );
    s.ok(
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
    s.write("realm.yml", "principals: []\n");
    s.write(
        "kms.yaml",
        kms_config(
            "realm.yml",
            "certs/localhost.chain.pem",
            "certs/localhost.key",
        ),
    );
    s.write(
        "identity.yaml",
        identity_config("certs/localhost.chain.pem", "certs/localhost.key", None),
    );
    s
}

fn unseal_key(s: &Scratch) {
    use std::os::unix::fs::PermissionsExt;
    let path = s.write("unseal.key", [7u8; 32]);
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

fn kms_config(realm: &str, cert: &str, key: &str) -> String {
    format!(
        "store: {{path: kms.db, unseal_file: unseal.key}}\nlisten: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: {cert}, key: {key}}}\nrealm: {realm}\n"
    )
}

fn identity_config(cert: &str, key: &str, realm: Option<&str>) -> String {
    let realm = realm.map(|r| format!("realm: {r}\n")).unwrap_or_default();
    format!(
        "state: identity.db\nkeys: {{store: {{path: kms.db, unseal_file: unseal.key}}}}\nlisten: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: {cert}, key: {key}}}\n{realm}"
    )
}

/// Run `cu --output json ARGS`, require exit 2 within the budget and every `expect` in the
/// error message (stderr, or the batch result lines on stdout). Prints the timing.
fn refused(s: &Scratch, what: &str, args: &[&str], stdin: Option<&[u8]>, expect: &[&str]) {
    // One timed run at a time: the tests of this file run in parallel on two cores.
    let _one = TIMED.lock().unwrap_or_else(|p| p.into_inner());
    let mut cmd = s.cu();
    cmd.env("XDG_CONFIG_HOME", s.path("config"))
        .env("XDG_DATA_HOME", s.path("data"))
        .env_remove("CU_KMS_STORE")
        .arg("--output")
        .arg("json")
        .args(args)
        // Before the fix some of these ran for minutes.
        .timeout(Duration::from_secs(10));
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_vec());
    }
    // The fastest of up to five runs: the machine is shared, and a refusal that parses in
    // quadratic time (seconds) would not get under the budget on any run.
    let (mut out, mut took) = (None, Duration::MAX);
    for _ in 0..5 {
        let start = Instant::now();
        let run = cmd.output().unwrap();
        let t = start.elapsed();
        if t < took {
            (out, took) = (Some(run), t);
        }
        // Seconds are not noise: no retry.
        if took < BUDGET || t > 10 * BUDGET {
            break;
        }
    }
    let out = out.unwrap();
    println!("{what}: exit {:?} in {took:.1?}", out.status.code());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let message = match serde_json::from_str::<Value>(&stderr) {
        Ok(v) if v["error"].is_object() => {
            format!("{} {}", v["error"]["message"], v["error"]["help"])
        }
        _ => format!("{stderr}{stdout}"),
    };
    assert_eq!(out.status.code(), Some(2), "{what}: {message}");
    for e in expect {
        assert!(message.contains(e), "{what}: expected `{e}` in: {message}");
    }
    assert!(took < BUDGET, "{what} took {took:?} (budget {BUDGET:?})");
}

/// `a: [[[[…` — YAML flow nesting, unterminated (a few bytes per level keep 1,000,000 levels
/// under the 1 MiB config limit).
fn deep_yaml_flow(depth: usize) -> String {
    format!("a: {}", "[".repeat(depth))
}

/// `- - - - …` — YAML block nesting in compact form.
fn deep_yaml_block(depth: usize) -> String {
    "- ".repeat(depth) + "x\n"
}

/// `{"a":{"a":…` — a deep JSON object (JSON is YAML).
fn deep_json_object(depth: usize) -> String {
    "{\"a\":".repeat(depth)
}

/// The message a deep document of `len` bytes gets when its kind's size limit is `limit`.
fn depth_or_size(len: usize, limit: usize) -> &'static str {
    if len > limit {
        "MiB, the limit"
    } else {
        "nested more than 64 levels deep"
    }
}

#[test]
fn deep_server_configs_are_refused_at_once() {
    let s = fixture();
    for depth in DEPTHS {
        for (shape, doc) in [
            ("YAML flow", deep_yaml_flow(depth)),
            ("YAML block", deep_yaml_block(depth)),
            ("JSON object", deep_json_object(depth)),
        ] {
            s.write("deep.yaml", &doc);
            let expect = depth_or_size(doc.len(), MIB);
            for server in ["kms", "identity"] {
                refused(
                    &s,
                    &format!("{server} serve --check-config, {shape} at depth {depth}"),
                    &[server, "serve", "--config", "deep.yaml", "--check-config"],
                    None,
                    &["deep.yaml", expect],
                );
            }
        }
    }
}

#[test]
fn deep_realms_are_refused_at_once() {
    let s = fixture();
    s.write(
        "kms-deep.yaml",
        kms_config(
            "deep-realm.yml",
            "certs/localhost.chain.pem",
            "certs/localhost.key",
        ),
    );
    s.write(
        "identity-deep.yaml",
        identity_config(
            "certs/localhost.chain.pem",
            "certs/localhost.key",
            Some("deep-realm.yml"),
        ),
    );
    for depth in DEPTHS {
        for (shape, doc) in [
            ("YAML flow", format!("principals: {}", "[".repeat(depth))),
            ("JSON object", deep_json_object(depth)),
        ] {
            s.write("deep-realm.yml", &doc);
            let expect = depth_or_size(doc.len(), 4 * MIB);
            for (server, config) in [("kms", "kms-deep.yaml"), ("identity", "identity-deep.yaml")] {
                refused(
                    &s,
                    &format!("{server} realm, {shape} at depth {depth}"),
                    &[server, "serve", "--config", config, "--check-config"],
                    None,
                    &["deep-realm.yml", expect],
                );
            }
        }
    }
}

#[test]
fn deep_ca_specs_are_refused_at_once() {
    let s = Scratch::new();
    for depth in DEPTHS {
        for (shape, name, doc) in [
            ("YAML flow", "deep.yaml", deep_yaml_flow(depth)),
            (
                "JSON",
                "deep.json",
                format!("{{\"levels\":{}", "[".repeat(depth)),
            ),
            ("JSON object", "deep-obj.json", deep_json_object(depth)),
        ] {
            s.write(name, &doc);
            refused(
                &s,
                &format!("pki ca create --spec, {shape} at depth {depth}"),
                &["pki", "ca", "create", "--out-dir", "ca", "--spec", name],
                None,
                &[name, depth_or_size(doc.len(), MIB)],
            );
            assert!(!s.path("ca").exists());
        }
    }
}

/// YAML aliases: serde_norway stops exponential ones itself; many aliases to one large anchor
/// (quadratic) ran for over a minute before the fix.
#[test]
fn yaml_aliases_are_refused_at_once() {
    let s = fixture();
    let mut laughs = vec!["a0: &a0 [x, x, x, x, x, x, x, x, x, x]".to_string()];
    for i in 1..10 {
        laughs.push(format!(
            "a{i}: &a{i} [{}]",
            vec![format!("*a{}", i - 1); 10].join(", ")
        ));
    }
    let big = vec!["x"; 30_000].join(",");
    let wide = format!("b: &b [{big}]\nc: [{}]\n", vec!["*b"; 30_000].join(","));
    for (shape, doc) in [("exponential", laughs.join("\n")), ("wide", wide)] {
        s.write("aliases.yaml", &doc);
        refused(
            &s,
            &format!("kms serve --check-config, {shape} aliases"),
            &["kms", "serve", "--config", "aliases.yaml", "--check-config"],
            None,
            &["aliases.yaml", "alias"],
        );
    }
}

#[test]
fn deep_json_inputs_are_refused_at_once() {
    let s = Scratch::new();
    s.keygen("k", &["--kty", "oct"]);
    let b64 = |b: &[u8]| {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
    };
    for depth in DEPTHS {
        let opens = "[".repeat(depth);
        let jwk = format!("{{\"kty\":\"oct\",\"k\":{opens}");
        s.write("deep.jwk", &jwk);
        refused(
            &s,
            &format!("jose jwk public, JWK at depth {depth}"),
            &["jose", "jwk", "public", "--in", "deep.jwk"],
            None,
            &["nested more than 64 levels deep"],
        );
        s.write("deep.jwks", format!("{{\"keys\":{opens}"));
        refused(
            &s,
            &format!("jose jwk public, JWKS at depth {depth}"),
            &["jose", "jwk", "public", "--in", "deep.jwks"],
            None,
            &["nested more than 64 levels deep"],
        );
        s.write("claims.json", format!("{{\"a\":{opens}"));
        refused(
            &s,
            &format!("jose jwt sign --claims at depth {depth}"),
            &[
                "jose",
                "jwt",
                "sign",
                "--key",
                "k.jwk",
                "--claims",
                "claims.json",
            ],
            None,
            &["nested more than 64 levels deep"],
        );
        let token = format!(
            "{}.{}.{}",
            b64(br#"{"alg":"HS256"}"#),
            b64(format!("{{\"a\":{opens}").as_bytes()),
            b64(&[0u8; 32])
        );
        s.write("deep.jwt", &token);
        refused(
            &s,
            &format!("jose jwt decode, claims at depth {depth}"),
            &[
                "jose",
                "jwt",
                "decode",
                "--insecure",
                "--in",
                "deep.jwt",
                "--max-size",
                "4000000",
            ],
            None,
            &["nested more than 64 levels deep"],
        );
        let line = format!("{{\"sub\":{opens}\n");
        refused(
            &s,
            &format!("passport issue --batch, a line at depth {depth}"),
            &["passport", "issue", "--batch", "--aud", "api"],
            Some(line.as_bytes()),
            &["nested more than 64 levels deep"],
        );
    }
}

#[test]
fn deep_batch_lines_are_refused_at_once() {
    let s = Scratch::new();
    unseal_key(&s);
    for args in [
        &[
            "-q",
            "kms",
            "init",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
        ][..],
        &[
            "-q",
            "kms",
            "key",
            "create",
            "orders",
            "--type",
            "aes-256-gcm",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
        ],
        &[
            "-q",
            "passport",
            "rotate",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
        ],
    ] {
        s.ok(args, None);
    }
    for depth in DEPTHS {
        let line = format!("{{\"text\":{}\n", "[".repeat(depth));
        refused(
            &s,
            &format!("kms encrypt --batch, a line at depth {depth}"),
            &[
                "kms",
                "encrypt",
                "orders",
                "--batch",
                "--store",
                "kms.db",
                "--unseal-file",
                "unseal.key",
            ],
            Some(line.as_bytes()),
            &["nested more than 64 levels deep"],
        );
    }
    // Passports are at most 8 KiB, so a deep one is refused by size first.
    for (depth, expect) in [
        (100, "nested more than 64 levels deep"),
        (40_000, "over the limit of 8192"),
        (1_000_000, "over the limit of 8192"),
    ] {
        let passport = format!("{{\"alg\":{}\n", "[".repeat(depth));
        refused(
            &s,
            &format!("passport verify --batch, a line at depth {depth}"),
            &[
                "passport",
                "verify",
                "--batch",
                "--aud",
                "api",
                "--store",
                "kms.db",
                "--unseal-file",
                "unseal.key",
            ],
            Some(passport.as_bytes()),
            &[expect],
        );
    }
}

/// Point `field` of a config at `target` (a device or an oversized file) and expect a quick
/// refusal naming the file and the limit.
fn size_refused(s: &Scratch, what: &str, server: &str, config: &str, target: &Path, limit: &str) {
    s.write("sized.yaml", config);
    let name = target.display().to_string();
    refused(
        s,
        what,
        &[server, "serve", "--config", "sized.yaml", "--check-config"],
        None,
        &[&name, limit],
    );
}

/// A file of `len` bytes of `#` (a comment, so only its size is wrong).
fn oversized(s: &Scratch, name: &str, len: usize) -> std::path::PathBuf {
    s.write(name, vec![b'#'; len])
}

#[test]
fn oversized_server_files_are_refused_at_once() {
    let s = fixture();
    let zero = Path::new("/dev/zero");
    // --config itself.
    for (server, path) in [
        ("kms", zero.to_path_buf()),
        ("identity", zero.to_path_buf()),
        ("kms", oversized(&s, "big.yaml", MIB + 1)),
    ] {
        refused(
            &s,
            &format!("{server} serve --config {}", path.display()),
            &[
                server,
                "serve",
                "--config",
                path.to_str().unwrap(),
                "--check-config",
            ],
            None,
            &[
                path.to_str().unwrap(),
                "larger than 1 MiB, the limit for a config file",
            ],
        );
    }
    let cert = "certs/localhost.chain.pem";
    let key = "certs/localhost.key";
    let big_realm = oversized(&s, "big-realm.yml", 4 * MIB + 1);
    let big_cert = oversized(&s, "big-cert.pem", MIB + 1);
    let big_key = oversized(&s, "big.key", MIB + 1);
    let big_secret = s.write("big-unseal.key", vec![b'k'; MIB + 1]);
    for (realm, what) in [(zero, "/dev/zero"), (big_realm.as_path(), "4 MiB + 1")] {
        let r = realm.to_str().unwrap();
        size_refused(
            &s,
            &format!("kms realm: {what}"),
            "kms",
            &kms_config(r, cert, key),
            realm,
            "larger than 4 MiB, the limit for a realm file",
        );
        size_refused(
            &s,
            &format!("identity realm: {what}"),
            "identity",
            &identity_config(cert, key, Some(r)),
            realm,
            "larger than 4 MiB, the limit for a realm file",
        );
    }
    for (c, what) in [(zero, "/dev/zero"), (big_cert.as_path(), "1 MiB + 1")] {
        let c = c.to_str().unwrap();
        size_refused(
            &s,
            &format!("kms tls.cert: {what}"),
            "kms",
            &kms_config("realm.yml", c, key),
            Path::new(c),
            "the limit for a certificate file",
        );
        size_refused(
            &s,
            &format!("identity tls.cert: {what}"),
            "identity",
            &identity_config(c, key, None),
            Path::new(c),
            "the limit for a certificate file",
        );
    }
    for (k, what) in [(zero, "/dev/zero"), (big_key.as_path(), "1 MiB + 1")] {
        let k = k.to_str().unwrap();
        size_refused(
            &s,
            &format!("kms tls.key: {what}"),
            "kms",
            &kms_config("realm.yml", cert, k),
            Path::new(k),
            "the limit for a key file",
        );
        size_refused(
            &s,
            &format!("identity tls.key: {what}"),
            "identity",
            &identity_config(cert, k, None),
            Path::new(k),
            "the limit for a key file",
        );
    }
    for (ca, what) in [
        (zero, "/dev/zero"),
        (
            oversized(&s, "big-ca.pem", 4 * MIB + 1).as_path(),
            "4 MiB + 1",
        ),
    ] {
        let config = kms_config("realm.yml", cert, key).replace(
            &format!("key: {key}}}"),
            &format!(
                "key: {key}, client_auth: require, client_ca: {}}}",
                ca.display()
            ),
        );
        size_refused(
            &s,
            &format!("kms tls.client_ca: {what}"),
            "kms",
            &config,
            ca,
            "the limit for a CA bundle",
        );
    }
    for (secret, what) in [(zero, "/dev/zero"), (big_secret.as_path(), "1 MiB + 1")] {
        let config = kms_config("realm.yml", cert, key).replace(
            "unseal_file: unseal.key",
            &format!("unseal_file: {}", secret.display()),
        );
        size_refused(
            &s,
            &format!("kms store.unseal_file: {what}"),
            "kms",
            &config,
            secret,
            "the limit for a secret file",
        );
    }
}

#[test]
fn oversized_ca_files_are_refused_at_once() {
    let s = Scratch::new();
    let big = oversized(&s, "big-spec.yaml", MIB + 1);
    for spec in ["/dev/zero", big.to_str().unwrap()] {
        refused(
            &s,
            &format!("pki ca create --spec {spec}"),
            &["pki", "ca", "create", "--out-dir", "ca", "--spec", spec],
            None,
            &[spec, "larger than 1 MiB, the limit for a CA spec"],
        );
    }
    s.ok(
        &[
            "-q",
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--levels",
            "2",
        ],
        None,
    );
    let issue = |s: &Scratch, what: &str, expect: &str| {
        refused(
            s,
            what,
            &[
                "pki",
                "cert",
                "issue",
                "--ca",
                "ca",
                "--cn",
                "x.test",
                "--server",
                "--out-dir",
                "out",
            ],
            None,
            &[expect],
        )
    };
    std::fs::write(s.path("ca/ca.json"), vec![b' '; MIB + 1]).unwrap();
    issue(
        &s,
        "pki cert issue, ca.json of 1 MiB + 1",
        "the limit for a CA manifest",
    );
    std::fs::remove_file(s.path("ca/ca.json")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", s.path("ca/ca.json")).unwrap();
    issue(
        &s,
        "pki cert issue, ca.json -> /dev/zero",
        "the limit for a CA manifest",
    );
    for (file, limit) in [
        ("ca/issuing.pem", "certificate file"),
        ("ca/issuing.key", "key file"),
    ] {
        s.ok(
            &[
                "-q",
                "pki",
                "ca",
                "create",
                "--out-dir",
                "ca",
                "--levels",
                "2",
                "--force",
            ],
            None,
        );
        std::fs::remove_file(s.path(file)).unwrap();
        std::os::unix::fs::symlink("/dev/zero", s.path(file)).unwrap();
        issue(
            &s,
            &format!("pki cert issue, {file} -> /dev/zero"),
            &format!("the limit for a {limit}"),
        );
    }
}
