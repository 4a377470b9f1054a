//! A damaged store through the real binary: tenant files missing, emptied, truncated,
//! replaced by garbage, by another tenant's or another store's, or restored from an older
//! backup; a main file restored from before a root rotation. Every command must name the
//! damage (`store_damaged`, with the file) and change nothing, `rotate-root` above all
//! (it must never delete a root key a backup needs), and restoring the file must bring
//! everything back.

mod common;

use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

use common::kms::{copy_db, Kms};
use serde_json::Value;

const DEFAULT: &str = "00000000-0000-4000-8000-000000000000";
const OTHER: &str = "5b1f0c1e-2a3b-4c5d-8e9f-a0b1c2d3e4f5";

fn two_tenants() -> (Kms, String) {
    let k = Kms::new();
    for t in [DEFAULT, OTHER] {
        k.ok(
            &[
                "kms",
                "key",
                "create",
                "orders",
                "--type",
                "aes-256-gcm",
                "--tenant",
                t,
            ],
            None,
        );
    }
    let jwe = k.encrypt("orders", DEFAULT, b"kept");
    (k, jwe)
}

/// A known tenant whose file holds no set-up database (replaced by an empty SQLite database,
/// or copied without its -wal) is store_damaged for every command, `rotate-root` included:
/// a rotation that went ahead would drop the tenant's pins and delete the root key the
/// backup of the file needs. Restoring the file from the backup brings everything back.
#[test]
fn rotate_root_refuses_a_tenant_file_that_is_not_set_up_and_the_backup_still_opens() {
    let (k, jwe) = two_tenants();
    let file = k.tenant_file(DEFAULT);
    let saved = k.s.path("saved.db");
    copy_db(&file, &saved);
    std::fs::remove_file(&file).unwrap();
    {
        let c = rusqlite::Connection::open(&file).unwrap();
        c.execute_batch("CREATE TABLE x (a); INSERT INTO x VALUES (1);")
            .unwrap();
    }
    let (code, _, reason, err) = k.run(&["kms", "key", "list"], None);
    eprintln!("key list on the replaced file: exit {code:?} reason {reason} {err}");
    assert_eq!(reason, "store_damaged");
    let (code, out, reason, err) = k.run(&["kms", "rotate-root"], None);
    eprintln!("rotate-root on the replaced file: exit {code:?} {out} {reason} {err}");
    let (code2, out2, _, err2) = k.run(&["kms", "rotate-root"], None);
    eprintln!("second rotate-root: exit {code2:?} {out2} {err2}");
    // Restore the tenant's file from its backup, as store_damaged's help says.
    std::fs::remove_file(&file).unwrap();
    copy_db(&saved, &file);
    let (dcode, dout, dreason, derr) = k.run(&["kms", "decrypt"], Some(jwe.as_bytes()));
    eprintln!("decrypt after restoring the backup: exit {dcode:?} {dout} {dreason} {derr}");
    assert_eq!(
        reason, "store_damaged",
        "rotate-root must refuse a ready tenant whose file is not set up (it exited {code:?})"
    );
    assert_eq!(
        dcode,
        Some(0),
        "the restored backup must still decrypt: {derr}"
    );
}

/// The tenant's file from a backup older than two root rotations: its intermediates are
/// wrapped under a root version the store no longer has. That is damage, named as such by
/// every command, not "a rotation in progress, run again".
#[test]
fn an_older_backup_of_a_tenant_file_is_store_damaged_not_unavailable() {
    let (k, jwe) = two_tenants();
    let file = k.tenant_file(DEFAULT);
    let saved = k.s.path("saved.db");
    copy_db(&file, &saved);
    k.ok(&["kms", "rotate-root"], None);
    k.ok(&["kms", "rotate-root"], None);
    copy_db(&saved, &file);
    let mut reasons = Vec::new();
    for (args, stdin) in [
        (vec!["kms", "key", "list"], None),
        (vec!["kms", "decrypt"], Some(jwe.as_bytes())),
        (vec!["kms", "encrypt", "orders"], Some(&b"x"[..])),
        (vec!["kms", "rotate-intermediate"], None),
        (vec!["kms", "rotate-root"], None),
    ] {
        let (code, _, reason, err) = k.run(&args, stdin);
        eprintln!("{args:?}: exit {code:?} {err}");
        reasons.push((args.join(" "), reason));
    }
    for (what, reason) in reasons {
        assert_eq!(reason, "store_damaged", "{what}");
    }
}

/// A tenant file from another store (same tenant id) put in place is foreign, whatever root
/// versions the two stores are at.
#[test]
fn a_tenant_file_from_another_store_is_store_damaged() {
    let (k, _) = two_tenants();
    k.ok(&["kms", "rotate-root"], None);
    k.ok(&["kms", "rotate-root"], None);
    let other = Kms::new();
    other.ok(
        &["kms", "key", "create", "orders", "--type", "aes-256-gcm"],
        None,
    );
    copy_db(&other.tenant_file(DEFAULT), &k.tenant_file(DEFAULT));
    let (code, _, reason, err) = k.run(&["kms", "key", "list"], None);
    eprintln!("key list: exit {code:?} {err}");
    assert_eq!(reason, "store_damaged");
}

/// The main file restored from a backup older than a root rotation: tenants refer to a root
/// version the restored main file lacks. Commands say store_damaged, and rotate-root does
/// not reuse that version number for a new key.
#[test]
fn a_main_file_from_before_a_root_rotation() {
    let (k, jwe) = two_tenants();
    let saved = k.s.path("saved-main.db");
    copy_db(&k.main_file(), &saved);
    k.ok(&["kms", "rotate-root"], None);
    copy_db(&saved, &k.main_file());
    let (code, _, reason, err) = k.run(&["kms", "decrypt"], Some(jwe.as_bytes()));
    eprintln!("decrypt: exit {code:?} {err}");
    let (rcode, rout, rreason, rerr) = k.run(&["kms", "rotate-root"], None);
    eprintln!("rotate-root: exit {rcode:?} {rout} {rerr}");
    let (code2, _, reason2, err2) = k.run(&["kms", "decrypt"], Some(jwe.as_bytes()));
    eprintln!("decrypt after that rotate-root: exit {code2:?} {err2}");
    assert_eq!(reason, "store_damaged", "decrypt: {err}");
    assert_eq!(
        rreason, "store_damaged",
        "rotate-root over a mismatched main file: {rout}"
    );
    let _ = reason2;
}

/// A tenant file truncated to any length is store_damaged for `key list` and `rotate-root`,
/// and the backup still decrypts afterwards.
#[test]
fn truncated_tenant_files_are_store_damaged() {
    let mut wrong = Vec::new();
    for len in [1u64, 100, 512, 4096, 8192] {
        let (k, jwe) = two_tenants();
        let file = k.tenant_file(DEFAULT);
        let saved = k.s.path("saved.db");
        copy_db(&file, &saved);
        let f = std::fs::OpenOptions::new().write(true).open(&file).unwrap();
        let full = f.metadata().unwrap().len();
        f.set_len(len.min(full - 1)).unwrap();
        drop(f);
        let (code, _, reason, err) = k.run(&["kms", "key", "list"], None);
        eprintln!("truncated to {len} of {full}: key list exit {code:?} {err}");
        let (rcode, rout, rreason, rerr) = k.run(&["kms", "rotate-root"], None);
        eprintln!(
            "truncated to {len}: rotate-root exit {rcode:?} {} {rerr}",
            rout.replace('\n', " ")
        );
        copy_db(&saved, &file);
        let (dcode, _, _, derr) = k.run(&["kms", "decrypt"], Some(jwe.as_bytes()));
        eprintln!("truncated to {len}: decrypt after restoring the backup: exit {dcode:?} {derr}");
        if reason != "store_damaged" {
            wrong.push(format!("{len}: key list said {reason:?}"));
        }
        if rreason != "store_damaged" {
            wrong.push(format!(
                "{len}: rotate-root said {rreason:?} (exit {rcode:?})"
            ));
        }
        if dcode != Some(0) {
            wrong.push(format!(
                "{len}: the restored backup no longer decrypts: {derr}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The default tenant's id is the same in every store. A default-tenant file from another
/// store (a restore from the wrong host's backup) whose intermediates are at the root
/// version this store's next rotation takes must still be refused by rotate-root (each
/// intermediate is opened, not trusted by its version number), so the real file's root
/// survives.
#[test]
fn rotate_root_refuses_a_foreign_tenant_file_and_the_real_file_still_opens() {
    let (k, jwe) = two_tenants();
    let other = Kms::new();
    other.ok(
        &["kms", "key", "create", "orders", "--type", "aes-256-gcm"],
        None,
    );
    other.ok(&["kms", "rotate-root"], None); // the foreign file's intermediates: root v2
    let file = k.tenant_file(DEFAULT);
    let saved = k.s.path("saved.db");
    copy_db(&file, &saved);
    copy_db(&other.tenant_file(DEFAULT), &file);
    let (code, _, reason, err) = k.run(&["kms", "key", "list"], None);
    eprintln!("key list over the foreign file: exit {code:?} {reason} {err}");
    let (rcode, rout, rreason, rerr) = k.run(&["kms", "rotate-root"], None);
    eprintln!(
        "rotate-root over the foreign file: exit {rcode:?} {} {rerr}",
        rout.replace('\n', " ")
    );
    copy_db(&saved, &file);
    let (dcode, _, _, derr) = k.run(&["kms", "decrypt"], Some(jwe.as_bytes()));
    eprintln!("decrypt after restoring the real file: exit {dcode:?} {derr}");
    assert_eq!(
        rreason, "store_damaged",
        "rotate-root must refuse a foreign tenant file (exit {rcode:?})"
    );
    assert_eq!(dcode, Some(0), "the real file must still decrypt: {derr}");
}

/// A tenant file overwritten with bytes that are not a database is store_damaged naming
/// that file, not "not a cu key store" for the whole store.
#[test]
fn a_tenant_file_of_garbage_is_store_damaged_naming_the_file() {
    let (k, _) = two_tenants();
    let file = k.tenant_file(DEFAULT);
    let len = std::fs::metadata(&file).unwrap().len() as usize;
    std::fs::write(&file, vec![0x5au8; len]).unwrap();
    let mut wrong = Vec::new();
    for args in [vec!["kms", "key", "list"], vec!["kms", "rotate-root"]] {
        let (code, _, reason, err) = k.run(&args, None);
        eprintln!("{args:?} over a garbage tenant file: exit {code:?} {err}");
        if reason != "store_damaged" || !err.contains(&format!("{DEFAULT}.db")) {
            wrong.push(format!("{args:?}: {err}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A tenant the store knows whose file went missing, was emptied or was replaced is reported
/// as damaged (naming the file) by every command, and nothing is re-created over it.
#[test]
fn a_missing_emptied_or_foreign_tenant_file_is_store_damaged() {
    let k = Kms::new();
    let other = "5b1f0c1e-2a3b-4c5d-8e9f-a0b1c2d3e4f5";
    k.ok(
        &["kms", "key", "create", "orders", "--type", "aes-256-gcm"],
        None,
    );
    k.ok(
        &[
            "kms",
            "key",
            "create",
            "theirs",
            "--type",
            "aes-256-gcm",
            "--tenant",
            other,
        ],
        None,
    );
    let jwe = k.text(&["kms", "encrypt", "orders"], Some(b"kept"));
    let file =
        k.s.path("data/cu/kms.tenants/00000000-0000-4000-8000-000000000000.db");
    let saved = k.s.path("saved.db");
    std::fs::copy(&file, &saved).unwrap();
    let every_command = |k: &Kms, what: &str| {
        for (args, stdin) in [
            (vec!["kms", "key", "list"], None),
            (vec!["kms", "key", "show", "orders"], None),
            (vec!["kms", "decrypt"], Some(jwe.as_bytes())),
            (vec!["kms", "encrypt", "orders"], Some(&b"x"[..])),
            (
                vec!["kms", "key", "create", "orders", "--type", "aes-256-gcm"],
                None,
            ),
            (vec!["kms", "rotate-intermediate"], None),
            (vec!["kms", "rotate-root"], None),
        ] {
            let mut c = k.cmd();
            c.args(["--output", "json"]).args(&args);
            if let Some(i) = stdin {
                c.write_stdin(i.to_vec());
            }
            let out = c.output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{what}: cu {args:?}: {stderr}");
            let v: Value = serde_json::from_str(stderr.trim().lines().last().unwrap()).unwrap();
            assert_eq!(v["error"]["reason"], "store_damaged", "{what}: {args:?}");
            let message = v["error"]["message"].as_str().unwrap();
            assert!(
                message.contains("00000000-0000-4000-8000-000000000000.db"),
                "{what}: the file is named: {message}"
            );
            assert!(
                v["error"]["help"].as_str().unwrap().contains("backup"),
                "{what}: {v}"
            );
        }
    };
    // Deleted.
    std::fs::remove_file(&file).unwrap();
    every_command(&k, "deleted");
    assert!(!file.exists(), "a read must not re-create the file");
    // Emptied.
    std::fs::write(&file, b"").unwrap();
    every_command(&k, "emptied");
    assert_eq!(std::fs::metadata(&file).unwrap().len(), 0);
    // Another tenant's file in its place.
    std::fs::copy(k.s.path(&format!("data/cu/kms.tenants/{other}.db")), &file).unwrap();
    every_command(&k, "foreign");
    // Restored from the backup: everything is back.
    std::fs::copy(&saved, &file).unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    assert_eq!(k.text(&["kms", "decrypt"], Some(jwe.as_bytes())), "kept");
    // A tenant the store has never seen still reads as empty and is created only by `key create`.
    let fresh = "6c2f1d2e-3b4c-4d5e-9f0a-b1c2d3e4f5a6";
    let list = k.json(&["kms", "key", "list", "--tenant", fresh], None);
    assert_eq!(list["keys"].as_array().unwrap().len(), 0);
    assert!(!k
        .s
        .path(&format!("data/cu/kms.tenants/{fresh}.db"))
        .exists());
    k.ok(
        &[
            "kms",
            "key",
            "create",
            "new",
            "--type",
            "aes-256-gcm",
            "--tenant",
            fresh,
        ],
        None,
    );
    // A file left by a creation killed before it set the file up (the store has no record
    // of the tenant, or records it as not ready) is reused, not refused.
    for (leftover, recorded) in [
        ("7d3a2e3f-4c5d-4e6f-8a0b-c2d3e4f5a6b7", false),
        ("8e4b3f4a-5d6e-4f7a-9b1c-d3e4f5a6b7c8", true),
    ] {
        let path = k.s.path(&format!("data/cu/kms.tenants/{leftover}.db"));
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute_batch("CREATE TABLE x (a); DROP TABLE x;")
            .unwrap();
        drop(conn);
        assert!(std::fs::metadata(&path).unwrap().len() > 0);
        if recorded {
            let main = rusqlite::Connection::open(k.s.path("data/cu/kms.db")).unwrap();
            main.execute(
                "INSERT INTO tenants (id, created_at, ready) VALUES (?1, 0, 0)",
                [leftover],
            )
            .unwrap();
        }
        let list = k.json(&["kms", "key", "list", "--tenant", leftover], None);
        assert_eq!(list["keys"].as_array().unwrap().len(), 0, "{leftover}");
        k.ok(
            &[
                "kms",
                "key",
                "create",
                "k",
                "--type",
                "aes-256-gcm",
                "--tenant",
                leftover,
            ],
            None,
        );
        let list = k.json(&["kms", "key", "list", "--tenant", leftover], None);
        assert_eq!(list["keys"].as_array().unwrap().len(), 1, "{leftover}");
    }
}

/// A root rotation that cannot get the store's rotation lock (its holder is stopped or hung)
/// fails after a bounded wait, naming the holder, instead of hanging.
#[test]
fn rotate_root_does_not_wait_forever_for_the_rotation_lock() {
    let k = Kms::new();
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(k.s.path("data/cu/kms.lock"))
        .unwrap();
    // SAFETY: flock on a descriptor this test owns.
    assert_eq!(unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX) }, 0);
    let started = Instant::now();
    let out = k
        .cmd()
        .args(["--output", "json", "kms", "rotate-root"])
        .timeout(Duration::from_secs(25))
        .output()
        .unwrap();
    let waited = started.elapsed();
    drop(lock);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "after {waited:?}: {stderr}");
    assert!(waited < Duration::from_secs(20), "waited {waited:?}");
    let v: Value = serde_json::from_str(stderr.trim().lines().last().unwrap()).unwrap();
    assert_eq!(v["error"]["reason"], "unavailable", "{v}");
    // With the lock free again, it rotates.
    k.ok(&["kms", "rotate-root"], None);
}
