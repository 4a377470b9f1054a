//! `cu kms` on a PostgreSQL store, against a real throwaway cluster started by the tests
//! (tests/common/pg.rs): every CLI operation, tenants as schemas, nothing readable at rest
//! (a `pg_dump` scanned for the key bytes), schema versions, credentials, concurrency.

mod common;

use std::process::{Command, Stdio};

use common::kms::Kms;
use common::pg;

macro_rules! cluster_or_skip {
    () => {
        match pg::cluster() {
            Some(c) => c,
            None => return,
        }
    };
}

const T2: &str = "5f0c2a8e-9b1d-4e3f-8a7c-6d5e4f3a2b1c";

#[test]
fn every_cli_operation_works_on_postgres() {
    let c = cluster_or_skip!();
    let k = Kms::on_postgres(c);
    for (name, t) in [
        ("aes", "aes-256-gcm"),
        ("mac", "hmac-sha256"),
        ("ec", "ec-p256"),
        ("ed", "ed25519"),
        ("rsa", "rsa-2048"),
        ("dh", "ecdh-p256"),
    ] {
        let info = k.json(&["kms", "key", "create", name, "--type", t], None);
        assert_eq!(info["primary_version"], 1, "{name}");
    }
    let ct = k.text(&["kms", "encrypt", "aes"], Some(b"hello postgres"));
    assert_eq!(
        k.ok(&["kms", "decrypt"], Some(ct.as_bytes())),
        b"hello postgres"
    );
    let rotated = k.json(&["kms", "key", "rotate", "aes"], None);
    assert_eq!(rotated["primary_version"], 2);
    let ct2 = k.text(&["kms", "encrypt", "aes"], Some(b"second"));
    assert!(ct2.starts_with("ey"));
    // Old data still opens; a disabled version does not, and comes back when enabled.
    assert_eq!(
        k.ok(&["kms", "decrypt"], Some(ct.as_bytes())),
        b"hello postgres"
    );
    k.ok(
        &["kms", "key", "disable", "aes", "--key-version", "1"],
        None,
    );
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(ct.as_bytes())),
        "version_disabled"
    );
    k.ok(&["kms", "key", "enable", "aes", "--key-version", "1"], None);
    k.ok(
        &["kms", "key", "config", "aes", "--min-decrypt-version", "2"],
        None,
    );
    assert_eq!(
        k.fails(&["kms", "decrypt"], Some(ct.as_bytes())),
        "version_disabled"
    );
    assert_eq!(k.ok(&["kms", "decrypt"], Some(ct2.as_bytes())), b"second");
    // Signatures, MACs, data keys, public keys.
    for key in ["ec", "ed", "rsa"] {
        let jws = k.text(&["kms", "sign", key], Some(b"signed payload"));
        let out = k.json(&["kms", "verify", key], Some(jws.as_bytes()));
        assert_eq!(out["valid"], true, "{key}: {out}");
        let jwks = k.json(&["kms", "key", "public", key], None);
        assert!(jwks["keys"][0]["kid"].as_str().unwrap().starts_with(key));
    }
    let tag = k.text(&["kms", "mac", "mac"], Some(b"data"));
    k.ok(
        &["kms", "mac-verify", "mac", "--mac", tag.trim()],
        Some(b"data"),
    );
    let dk = k.json(&["kms", "datakey", "aes"], None);
    assert!(dk["wrapped"].as_str().is_some(), "{dk}");
    // The hierarchy rotates: intermediate, then root; everything made before still opens.
    k.ok(&["kms", "rotate-intermediate"], None);
    let root = k.json(&["kms", "rotate-root"], None);
    assert_eq!(root["root_version"], 2, "{root}");
    assert_eq!(k.ok(&["kms", "decrypt"], Some(ct2.as_bytes())), b"second");
    let jws = k.text(&["kms", "sign", "ed"], Some(b"after rotations"));
    k.ok(&["kms", "verify", "ed"], Some(jws.as_bytes()));
    // Tenants are schemas of their own: a second tenant sees none of the first's keys.
    k.ok(
        &[
            "kms",
            "key",
            "create",
            "aes",
            "--type",
            "aes-256-gcm",
            "--tenant",
            T2,
        ],
        None,
    );
    k.ok(&["kms", "key", "rotate", "aes", "--tenant", T2], None);
    let list = k.json(&["kms", "key", "list", "--tenant", T2], None);
    assert_eq!(list["keys"].as_array().unwrap().len(), 1);
    assert_eq!(
        k.fails(&["kms", "decrypt", "--tenant", T2], Some(ct2.as_bytes())),
        "decrypt_failed"
    );
    let list = k.json(&["kms", "key", "list"], None);
    assert_eq!(list["keys"].as_array().unwrap().len(), 6);
    let deleted = k.json(&["kms", "key", "delete", "dh", "--force"], None);
    assert_eq!(deleted["deleted"]["name"], "dh");
    assert_eq!(k.fails(&["kms", "key", "show", "dh"], None), "unknown_key");
    // The schema per tenant is there, made by the store.
    let (url, _) = k.postgres.as_ref().unwrap();
    let mut db = c.connect(pg::db_name(url)).unwrap();
    let schemas: Vec<String> = db
        .query(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant_%' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(schemas.len(), 2, "{schemas:?}");
    assert!(schemas.contains(&format!("tenant_{}", T2.replace('-', ""))));
}

#[test]
fn no_key_material_is_readable_in_a_dump() {
    let c = cluster_or_skip!();
    let k = Kms::on_postgres(c);
    let aes: Vec<u8> = (0u8..32)
        .map(|i| i.wrapping_mul(37).wrapping_add(11))
        .collect();
    let hmac: Vec<u8> = (0u8..64)
        .map(|i| i.wrapping_mul(91).wrapping_add(5))
        .collect();
    k.s.write("aes.bin", &aes);
    k.s.write("hmac.bin", &hmac);
    for (name, t, file) in [
        ("aes", "aes-256-gcm", "aes.bin"),
        ("mac", "hmac-sha512", "hmac.bin"),
    ] {
        k.ok(
            &[
                "kms",
                "key",
                "import",
                name,
                "--type",
                t,
                "--in",
                k.s.path(file).to_str().unwrap(),
            ],
            None,
        );
    }
    k.ok(&["kms", "key", "create", "ed", "--type", "ed25519"], None);
    let ct = k.text(&["kms", "encrypt", "aes"], Some(b"a secret sentence"));
    k.ok(&["kms", "rotate-intermediate"], None);
    k.ok(&["kms", "rotate-root"], None);
    let (url, _) = k.postgres.as_ref().unwrap();
    let dump = c.dump(pg::db_name(url));
    assert!(dump.len() > 1000, "the dump holds the store");
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    // pg_dump writes bytea as hex: look for the raw bytes and their hex and base64 forms.
    for (what, secret) in [("aes key", &aes), ("hmac key", &hmac)] {
        let forms = [
            secret.to_vec(),
            hex(secret).into_bytes(),
            common::b64(secret).into_bytes(),
        ];
        for form in forms {
            assert!(
                !dump.windows(16).any(|w| form.windows(16).next() == Some(w)),
                "{what} found in the dump"
            );
        }
    }
    let unseal = std::fs::read(k.s.path("config/cu/unseal.key")).unwrap();
    assert!(!dump
        .windows(hex(&unseal).len())
        .any(|w| w == hex(&unseal).as_bytes()));
    assert!(!dump.windows(9).any(|w| w == b"a secret "));
    assert_eq!(
        k.ok(&["kms", "decrypt"], Some(ct.as_bytes())),
        b"a secret sentence"
    );
}

#[test]
fn stores_are_refused_when_they_should_be() {
    let c = cluster_or_skip!();
    let k = Kms::on_postgres(c);
    k.ok(
        &["kms", "key", "create", "a", "--type", "aes-256-gcm"],
        None,
    );
    // Twice: the database already holds a store.
    assert_eq!(k.fails(&["kms", "init"], None), "store_exists");
    // Another unseal secret does not open it.
    k.s.write("other.key", [9u8; 32]);
    let other = k.s.path("other.key");
    assert_eq!(
        k.fails(
            &[
                "kms",
                "key",
                "list",
                "--unseal-file",
                other.to_str().unwrap()
            ],
            None
        ),
        "wrong_unseal_secret"
    );
    // A password in the URL is refused before anything is sent.
    let (url, _) = k.postgres.as_ref().unwrap();
    let with_password = url.replace("postgres@", "postgres:secret@");
    let (code, _, reason, last) = k.run(&["kms", "key", "list", "--store", &with_password], None);
    assert_eq!((code, reason.as_str()), (Some(2), "bad_request"), "{last}");
    assert!(
        !last.contains("secret@"),
        "the error repeats no password: {last}"
    );
    // A wrong password is an authentication failure, named as such.
    k.s.write("wrong-password", b"not it");
    let (code, _, reason, last) = k.run(
        &[
            "kms",
            "key",
            "list",
            "--store-password-file",
            k.s.path("wrong-password").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!((code, reason.as_str()), (Some(2), "unauthorized"), "{last}");
    // A database without a store, and one written by a newer cu.
    let empty = c.database();
    let (code, _, reason, _) = k.run(&["kms", "key", "list", "--store", &empty], None);
    assert_eq!((code, reason.as_str()), (Some(2), "no_store"));
    let mut db = c.connect(pg::db_name(url)).unwrap();
    db.execute(
        "INSERT INTO cu.migrations (version, applied_at) VALUES (99, 0)",
        &[],
    )
    .unwrap();
    let (code, _, reason, last) = k.run(&["kms", "key", "list"], None);
    assert_eq!((code, reason.as_str()), (Some(2), "not_a_store"), "{last}");
    assert!(last.contains("upgrade cu"), "{last}");
    // Nothing listens: unavailable, quickly.
    let closed = format!("postgres://postgres@127.0.0.1:{}/x", free_port());
    let started = std::time::Instant::now();
    let (code, _, reason, _) = k.run(&["kms", "key", "list", "--store", &closed], None);
    assert_eq!((code, reason.as_str()), (Some(2), "unavailable"));
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Eight processes rotate one key, create keys and encrypt at once, many rounds: every
/// rotation makes its own version, nothing is lost.
#[test]
fn concurrent_writers_lose_nothing_and_never_duplicate_a_version() {
    let c = cluster_or_skip!();
    let k = Kms::on_postgres(c);
    k.ok(
        &["kms", "key", "create", "shared", "--type", "aes-256-gcm"],
        None,
    );
    let exe = assert_cmd::cargo::cargo_bin("cu");
    let (url, password) = k.postgres.clone().unwrap();
    let rounds = 3;
    for round in 0..rounds {
        let children: Vec<_> = (0..8)
            .map(|p| {
                let script = format!(
                    "set -e; \"$CU\" kms key create r{round}-p{p} --type aes-256-gcm >/dev/null; echo r{round}-p{p} | \"$CU\" kms encrypt shared > /dev/null; \"$CU\" kms key rotate shared > /dev/null"
                );
                Command::new("bash")
                    .arg("-c")
                    .arg(script)
                    .env("CU", &exe)
                    .env("XDG_CONFIG_HOME", k.s.path("config"))
                    .env("CU_KMS_STORE", &url)
                    .env("CU_KMS_STORE_PASSWORD_FILE", &password)
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let list = k.json(&["kms", "key", "list"], None);
    assert_eq!(list["keys"].as_array().unwrap().len(), 1 + 8 * rounds);
    let shared = k.json(&["kms", "key", "show", "shared"], None);
    let versions: Vec<u64> = shared["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    assert_eq!(versions, (1..=1 + 8 * rounds as u64).collect::<Vec<_>>());
    assert_eq!(shared["primary_version"], 1 + 8 * rounds);
}

/// Root and intermediate rotations, tenant creations and key creations at once, from many
/// processes, some killed mid-way: every key a process reported is there and opens.
#[test]
fn rotations_racing_creations_and_kills_keep_every_reported_key() {
    let c = cluster_or_skip!();
    let k = Kms::on_postgres(c);
    let exe = assert_cmd::cargo::cargo_bin("cu");
    let (url, password) = k.postgres.clone().unwrap();
    let tenant = |i: usize| format!("{i:08x}-0000-4000-8000-00000000000a");
    let mut reported: Vec<(String, String)> = Vec::new();
    let mut kills = 0;
    for round in 0..12 {
        let mut jobs: Vec<Vec<String>> = vec![
            vec!["kms".into(), "rotate-root".into()],
            vec![
                "kms".into(),
                "rotate-intermediate".into(),
                "--tenant".into(),
                tenant(round % 3),
            ],
        ];
        for j in 0..4 {
            jobs.push(vec![
                "kms".into(),
                "key".into(),
                "create".into(),
                format!("k{round}-{j}"),
                "--type".into(),
                "ec-p256".into(),
                "--tenant".into(),
                tenant((round + j) % 5),
            ]);
        }
        let children: Vec<_> = jobs
            .iter()
            .map(|args| {
                Command::new(&exe)
                    .args(args)
                    .env("XDG_CONFIG_HOME", k.s.path("config"))
                    .env("CU_KMS_STORE", &url)
                    .env("CU_KMS_STORE_PASSWORD_FILE", &password)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        // Kill one or two of them at a moment of their run.
        std::thread::sleep(std::time::Duration::from_millis(
            20 + (round as u64 * 7) % 60,
        ));
        let mut outs = Vec::new();
        for (i, mut child) in children.into_iter().enumerate() {
            if i % 3 == round % 3 && child.try_wait().unwrap().is_none() {
                let _ = child.kill();
                kills += 1;
            }
            outs.push((jobs[i].clone(), child.wait_with_output().unwrap()));
        }
        for (args, out) in outs {
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) if args[1] == "key" => reported.push((args[7].clone(), args[3].clone())),
                Some(0) | None => {}
                // A tenant whose creation has not come yet has nothing to rotate.
                Some(2) if args[1] == "rotate-intermediate" && stderr.contains("has no keys") => {}
                Some(code) => assert!(
                    stderr.contains("unavailable") || stderr.contains("busy"),
                    "{args:?} exit {code}: {stderr}"
                ),
            }
        }
    }
    eprintln!("{} keys reported, {kills} processes killed", reported.len());
    assert!(
        reported.len() >= 20,
        "too few keys created: {}",
        reported.len()
    );
    k.ok(&["kms", "rotate-root"], None);
    for (t, name) in &reported {
        let jws = k.text(&["kms", "sign", name, "--tenant", t], Some(b"x"));
        k.ok(
            &["kms", "verify", name, "--tenant", t],
            Some(jws.as_bytes()),
        );
    }
    // Only the newest root is left once nothing is pinned to older ones.
    let mut db = c.connect(pg::db_name(&url)).unwrap();
    let roots: i64 = db
        .query_one("SELECT COUNT(*) FROM cu.root_keys", &[])
        .unwrap()
        .get(0);
    assert_eq!(roots, 1);
}

/// Two handles on one store, as two instances would have: one deletes a key and makes
/// another under the same name; the other, which had the old key's material cached, must
/// use the new key at once (on SQLite and PostgreSQL alike).
fn a_recreated_key_is_never_served_from_a_cache(location: cu::kms::store::Location) {
    use cu::kms::store::{Store, Unseal};
    use cu::kms::{ops, KeyType};
    let unseal = || Unseal::Secret(zeroize::Zeroizing::new(vec![3u8; 32]));
    cu::kms::store::init(&location, &unseal(), 0).unwrap();
    let tenant = Some(cu::kms::DEFAULT_TENANT);
    let mut a = Store::open(&location, &unseal(), tenant, true, 0).unwrap();
    let mut b = Store::open(&location, &unseal(), tenant, true, 0).unwrap();
    a.create_key("k", KeyType::Aes256Gcm, None, 0).unwrap();
    let old = ops::encrypt(&mut a, "k", b"under the old key", None).unwrap();
    ops::decrypt(&mut b, &old, None).unwrap();
    b.delete_key("k").unwrap();
    b.create_key("k", KeyType::Aes256Gcm, None, 0).unwrap();
    // `a` cached k/v1's material; k/v1 is now another key.
    let new = ops::encrypt(&mut a, "k", b"under the new key", None).unwrap();
    assert_eq!(
        &ops::decrypt(&mut b, &new, None).unwrap().0[..],
        b"under the new key"
    );
    assert!(
        ops::decrypt(&mut a, &old, None).is_err(),
        "the old key is gone"
    );
    // Disabling through one handle is seen by the other at its next operation.
    b.rotate_key("k", 0).unwrap();
    b.set_version_enabled("k", 1, false).unwrap();
    let e = ops::decrypt(&mut a, &new, None).unwrap_err();
    assert_eq!(e.reason, cu::kms::Reason::VersionDisabled);
}

#[test]
fn caches_follow_other_handles_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    a_recreated_key_is_never_served_from_a_cache(cu::kms::store::Location::Sqlite(
        dir.path().join("kms.db"),
    ));
}

#[test]
fn caches_follow_other_handles_on_postgres() {
    let c = cluster_or_skip!();
    let url = c.database();
    let password = std::fs::read_to_string(&c.password_file).unwrap();
    let location = cu::kms::store::Location::parse(std::path::Path::new(&url))
        .unwrap()
        .with_password(Some(zeroize::Zeroizing::new(password)));
    a_recreated_key_is_never_served_from_a_cache(location);
}

/// `cu kms migrate`: SQLite → PostgreSQL → SQLite, sealed as it is and verified; reruns
/// complete or repeat a copy; a destination holding another store, or a wrong secret, is
/// refused.
#[test]
fn migrate_copies_a_whole_store_both_ways() {
    let c = cluster_or_skip!();
    let k = Kms::new();
    let mut cts = Vec::new();
    for tenant in [cu::kms::DEFAULT_TENANT, T2] {
        for (name, t) in [
            ("aes", "aes-256-gcm"),
            ("ed", "ed25519"),
            ("rsa", "rsa-2048"),
        ] {
            k.ok(
                &[
                    "kms", "key", "create", name, "--type", t, "--tenant", tenant,
                ],
                None,
            );
        }
        k.ok(&["kms", "key", "rotate", "aes", "--tenant", tenant], None);
        cts.push((tenant, k.encrypt("aes", tenant, b"moved with its store")));
        k.ok(&["kms", "rotate-intermediate", "--tenant", tenant], None);
    }
    k.ok(&["kms", "rotate-root"], None);
    k.ok(
        &[
            "kms",
            "realm",
            "api-key",
            "create",
            "--tenant",
            T2,
            "--name",
            "ci",
            "--scope",
            "kms:encrypt",
        ],
        None,
    );
    k.ok(
        &[
            "kms",
            "realm",
            "user",
            "add",
            "alice",
            "--tenant",
            T2,
            "--scope",
            "kms:encrypt",
        ],
        Some(b"alice-pw"),
    );
    let sqlite = k.main_file();
    // The audit trail kept in the store (the realm changes above are admin records in it)
    // moves with it.
    let trail: Vec<String> = {
        let c = rusqlite::Connection::open(&sqlite).unwrap();
        let mut stmt = c
            .prepare("SELECT line FROM audit_trail ORDER BY seq")
            .unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    assert_eq!(trail.len(), 2, "{trail:?}");
    assert!(trail[0].contains("\"op\":\"api_key_create\""), "{trail:?}");
    let url = c.database();
    let pw = c.password_file.display().to_string();
    let to_pg = [
        "--output",
        "json",
        "kms",
        "migrate",
        "--from",
        sqlite.to_str().unwrap(),
        "--to",
        &url,
        "--to-password-file",
        &pw,
    ];
    let out = k.json(&to_pg[2..], None);
    assert_eq!(out["verified"], true, "{out}");
    assert_eq!(out["tenants"], 2);
    assert_eq!(out["keys"], 6);
    // Safe to rerun: the same copy again.
    let again = k.json(&to_pg[2..], None);
    assert_eq!(again["versions"], out["versions"]);
    let db = url.rsplit('/').next().unwrap();
    let lines: Vec<String> = c
        .connect(db)
        .unwrap()
        .query("SELECT line FROM cu.audit_trail ORDER BY seq", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(lines, trail);
    let on_pg = |args: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        v.extend([
            "--store".into(),
            url.clone(),
            "--store-password-file".into(),
            pw.clone(),
        ]);
        v
    };
    for (tenant, ct) in &cts {
        let args = on_pg(&["kms", "decrypt", "--tenant", tenant]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_eq!(k.ok(&args, Some(ct.as_bytes())), b"moved with its store");
    }
    let list = |extra: Vec<String>| {
        let mut args = vec![
            "kms".to_string(),
            "key".into(),
            "list".into(),
            "--tenant".into(),
            T2.into(),
        ];
        args.extend(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        k.json(&args, None)
    };
    assert_eq!(
        list(vec![]),
        list(vec![
            "--store".into(),
            url.clone(),
            "--store-password-file".into(),
            pw.clone()
        ])
    );
    let args = on_pg(&["kms", "realm", "user", "list"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(k.json(&args, None)["users"][0]["name"], "alice");
    // And back, to a new SQLite file.
    let back = k.s.path("back.db");
    let out = k.json(
        &[
            "kms",
            "migrate",
            "--from",
            &url,
            "--from-password-file",
            &pw,
            "--to",
            &format!("sqlite:{}", back.display()),
        ],
        None,
    );
    assert_eq!(out["verified"], true);
    for (tenant, ct) in &cts {
        assert_eq!(
            k.ok(
                &[
                    "kms",
                    "decrypt",
                    "--tenant",
                    tenant,
                    "--store",
                    back.to_str().unwrap()
                ],
                Some(ct.as_bytes())
            ),
            b"moved with its store"
        );
    }
    // Another store in the destination is refused; so is a wrong secret.
    let other = Kms::on_postgres(c);
    let (other_url, _) = other.postgres.clone().unwrap();
    let (code, _, reason, last) = k.run(
        &[
            "kms",
            "migrate",
            "--from",
            sqlite.to_str().unwrap(),
            "--to",
            &other_url,
            "--to-password-file",
            &pw,
        ],
        None,
    );
    assert_eq!((code, reason.as_str()), (Some(2), "store_exists"), "{last}");
    k.s.write("wrong.key", [5u8; 32]);
    let (code, _, reason, _) = k.run(
        &[
            "kms",
            "migrate",
            "--from",
            sqlite.to_str().unwrap(),
            "--to",
            &c.database(),
            "--to-password-file",
            &pw,
            "--unseal-file",
            k.s.path("wrong.key").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!((code, reason.as_str()), (Some(2), "wrong_unseal_secret"));
}

/// TLS to PostgreSQL: `sslmode=verify-full` with the CA works and is really TLS; a CA that
/// did not issue the server's certificate, and a certificate naming another host, are
/// refused; `require` takes any certificate; `disable` stays plain (and the server can be
/// told to refuse it, as pg_hba's hostssl would).
#[test]
fn tls_to_postgres_verify_full_with_a_ca_file() {
    let k = Kms::new();
    let d = k.s.path("");
    let cu_ok = |args: &[&str]| k.ok(args, None);
    let ca = d.join("ca");
    let other = d.join("other-ca");
    cu_ok(&[
        "-q",
        "pki",
        "ca",
        "create",
        "--out-dir",
        ca.to_str().unwrap(),
    ]);
    cu_ok(&[
        "-q",
        "pki",
        "ca",
        "create",
        "--out-dir",
        other.to_str().unwrap(),
    ]);
    for (cn, san, dir) in [
        ("localhost", "ip:127.0.0.1", "db"),
        ("elsewhere.example", "dns:elsewhere.example", "wrong-name"),
    ] {
        cu_ok(&[
            "-q",
            "pki",
            "cert",
            "issue",
            "--ca",
            ca.to_str().unwrap(),
            "--cn",
            cn,
            "--san",
            san,
            "--server",
            "--out-dir",
            d.join(dir).to_str().unwrap(),
        ]);
    }
    let Some(cluster) = pg::private_cluster_with_tls(
        "tls",
        &d.join("db/localhost.chain.pem"),
        &d.join("db/localhost.key"),
    ) else {
        return;
    };
    let db = cluster.database();
    let pw = cluster.password_file.display().to_string();
    let with = |query: &str| format!("{db}?{query}");
    let root = ca.join("root.pem");
    let verify_full = with(&format!(
        "sslmode=verify-full&sslrootcert={}",
        root.display()
    ));
    let store = |url: &str| {
        vec![
            "--store".to_string(),
            url.to_string(),
            "--store-password-file".to_string(),
            pw.clone(),
        ]
    };
    let run = |args: &[&str], url: &str| {
        let mut all: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        all.extend(store(url));
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        k.run(&all, None)
    };
    let (code, _, _, last) = run(&["kms", "init"], &verify_full);
    assert_eq!(code, Some(0), "{last}");
    let (code, _, _, last) = run(
        &["kms", "key", "create", "k", "--type", "aes-256-gcm"],
        &verify_full,
    );
    assert_eq!(code, Some(0), "{last}");
    // Another CA: refused, named as a TLS failure.
    let wrong_ca = with(&format!(
        "sslmode=verify-full&sslrootcert={}",
        other.join("root.pem").display()
    ));
    let (code, _, reason, last) = run(&["kms", "key", "list"], &wrong_ca);
    assert_eq!((code, reason.as_str()), (Some(2), "unavailable"), "{last}");
    assert!(last.contains("certificate"), "{last}");
    // `require` encrypts without checking; verify-ca checks the chain, not the name.
    let (code, _, _, last) = run(&["kms", "key", "list"], &with("sslmode=require"));
    assert_eq!(code, Some(0), "{last}");
    let (code, _, _, last) = run(
        &["kms", "key", "list"],
        &with(&format!("sslmode=verify-ca&sslrootcert={}", root.display())),
    );
    assert_eq!(code, Some(0), "{last}");
    // verify-full without a CA file is refused before connecting.
    let (code, _, reason, _) = run(&["kms", "key", "list"], &with("sslmode=verify-full"));
    assert_eq!((code, reason.as_str()), (Some(2), "bad_request"));
    // Proof that verify-full is TLS: once the server takes TLS connections only (pg_hba's
    // hostssl), a plain connection is refused and verify-full still works.
    let mut admin = cluster.connect("postgres").unwrap();
    let hba = cluster.dir.join("data/pg_hba.conf");
    let text = std::fs::read_to_string(&hba).unwrap();
    let tls_only: String = text
        .lines()
        .map(|l| match l.strip_prefix("host ") {
            Some(rest) => format!("hostssl {rest}\n"),
            None => format!("{l}\n"),
        })
        .collect();
    std::fs::write(&hba, tls_only).unwrap();
    admin.execute("SELECT pg_reload_conf()", &[]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let (code, _, _, last) = run(&["kms", "key", "list"], &with("sslmode=disable"));
    assert_eq!(code, Some(2), "a plain connection is refused now: {last}");
    let (code, _, _, last) = run(&["kms", "key", "list"], &verify_full);
    assert_eq!(code, Some(0), "{last}");
    drop(admin);
    cluster.stop_server();
    // The same server with a certificate for another name: verify-full refuses it, verify-ca
    // takes it.
    let Some(misnamed) = pg::private_cluster_with_tls(
        "tls-name",
        &d.join("wrong-name/elsewhere.example.chain.pem"),
        &d.join("wrong-name/elsewhere.example.key"),
    ) else {
        return;
    };
    let db2 = misnamed.database();
    let url = format!("{db2}?sslmode=verify-full&sslrootcert={}", root.display());
    let (code, _, reason, last) = run(&["kms", "init"], &url);
    assert_eq!((code, reason.as_str()), (Some(2), "unavailable"), "{last}");
    let url = format!("{db2}?sslmode=verify-ca&sslrootcert={}", root.display());
    let (code, _, _, last) = run(&["kms", "init"], &url);
    assert_eq!(code, Some(0), "{last}");
}
