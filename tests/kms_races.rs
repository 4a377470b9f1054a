//! Races on one key store, each side through its own SQLite connection (as two processes
//! would): concurrent `rotate-root` runs (also with the lock bypassed), tenants created and
//! intermediates rotated while the root rotates, keys created while an intermediate rotates,
//! long-lived readers, concurrent opens and migrations. Each race runs many times over many
//! tenants; afterwards every key must still exist and every ciphertext reported must
//! decrypt, and the next root rotation must succeed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::Duration;

use cu::kms::store::{self, Store, Unseal};
use cu::kms::{new_tenant_id, ops, KeyType};

const REPS: usize = 50;
const TENANTS: usize = 40;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn unseal() -> Unseal {
    Unseal::Secret(zeroize::Zeroizing::new(vec![7u8; 32]))
}

fn random_below(n: u64) -> u64 {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).unwrap();
    u64::from_le_bytes(b) % n.max(1)
}

/// Races are about ordering, not the disk: use memory-backed storage where there is one.
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::tempdir_in(shm) {
            return dir;
        }
    }
    tempfile::tempdir().unwrap()
}

/// Every ciphertext a test was told was made: (tenant, token, plaintext).
#[derive(Default)]
struct Ledger(Mutex<Vec<(String, String, Vec<u8>)>>);

impl Ledger {
    fn record(&self, tenant: &str, token: String, plaintext: Vec<u8>) {
        self.0
            .lock()
            .unwrap()
            .push((tenant.to_string(), token, plaintext));
    }

    /// The token recorded `i`-th.
    fn token(&self, i: usize) -> String {
        self.0.lock().unwrap()[i].1.clone()
    }

    /// Open each tenant afresh and decrypt everything recorded for it; what failed.
    fn failures(&self, path: &Path, context: &str) -> Vec<String> {
        let entries = self.0.lock().unwrap();
        let mut tenants: Vec<&str> = entries.iter().map(|(t, _, _)| t.as_str()).collect();
        tenants.sort();
        tenants.dedup();
        let mut bad = Vec::new();
        for tenant in tenants {
            let mut store = match Store::open(path, &unseal(), Some(tenant), false, now()) {
                Ok(s) => s,
                Err(e) => {
                    bad.push(format!("{context}: tenant {tenant} does not open: {e}"));
                    continue;
                }
            };
            if store.list_keys().map(|k| k.is_empty()).unwrap_or(true) {
                bad.push(format!("{context}: tenant {tenant} lost its keys"));
            }
            for (t, token, plaintext) in entries.iter().filter(|(t, _, _)| t == tenant) {
                match ops::decrypt(&mut store, token, None) {
                    Ok((got, _)) => assert_eq!(&got[..], &plaintext[..], "{context}: tenant {t}"),
                    Err(e) => bad.push(format!(
                        "{context}: a ciphertext of tenant {t} no longer decrypts: {e}"
                    )),
                }
            }
        }
        bad
    }

    fn check(&self, path: &Path, context: &str) {
        let bad = self.failures(path, context);
        assert!(bad.is_empty(), "{bad:#?}");
    }
}

/// A new tenant with one AES key and one recorded ciphertext.
fn seed_tenant(path: &Path, ledger: &Ledger) -> String {
    let tenant = new_tenant_id().unwrap();
    let mut store = Store::open(path, &unseal(), Some(&tenant), true, now()).unwrap();
    store
        .create_key("k", KeyType::Aes256Gcm, None, now())
        .unwrap();
    encrypt_one(&mut store, &tenant, "k", ledger);
    tenant
}

fn encrypt_one(store: &mut Store, tenant: &str, name: &str, ledger: &Ledger) {
    let plaintext = format!("{tenant} {name} {}", random_below(u64::MAX)).into_bytes();
    let token = ops::encrypt(store, name, &plaintext, None).unwrap();
    ledger.record(tenant, token, plaintext);
}

fn new_store(tenants: usize, ledger: &Ledger) -> (tempfile::TempDir, PathBuf, Vec<String>) {
    let dir = scratch();
    let path = dir.path().join("kms.db");
    store::init(&path, &unseal(), now()).unwrap();
    let ids = (0..tenants).map(|_| seed_tenant(&path, ledger)).collect();
    (dir, path, ids)
}

fn empty_store() -> (tempfile::TempDir, PathBuf) {
    let dir = scratch();
    let path = dir.path().join("kms.db");
    store::init(&path, &unseal(), now()).unwrap();
    (dir, path)
}

/// Turn a store back into what schema 1 was (no root pins, no ready flag).
fn downgrade_to_schema_1(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "DROP TABLE root_pins; ALTER TABLE tenants DROP COLUMN ready; PRAGMA user_version = 1;",
    )
    .unwrap();
}

fn rotate_root(path: &Path) -> (u32, usize) {
    let mut store = Store::open(path, &unseal(), None, false, now()).unwrap();
    store.rotate_root(now()).unwrap()
}

#[test]
fn concurrent_root_rotations_keep_every_key() {
    let ledger = Ledger::default();
    let (_dir, path, _) = new_store(TENANTS, &ledger);
    let mut last = 1;
    for rep in 0..REPS {
        let start = Arc::new(Barrier::new(2));
        let runs: Vec<_> = (0..2)
            .map(|i| {
                let (path, start) = (path.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    if i == 1 {
                        std::thread::sleep(Duration::from_micros(random_below(20_000)));
                    }
                    rotate_root(&path)
                })
            })
            .collect();
        let mut versions: Vec<u32> = runs
            .into_iter()
            .map(|r| {
                let (version, tenants) = r.join().unwrap();
                assert_eq!(tenants, TENANTS, "rep {rep}: a rotation skipped tenants");
                version
            })
            .collect();
        versions.sort();
        // The two rotations ran one after the other: two new root versions.
        assert_eq!(versions, vec![last + 1, last + 2], "rep {rep}");
        last += 2;
        ledger.check(&path, &format!("rep {rep}"));
    }
    assert_eq!(rotate_root(&path).0, last + 1);
}

/// Run `work` on two threads, each starting at a random moment around the start of a root
/// rotation (the new root goes in first), and wait for all three.
fn during_a_root_rotation(path: &Path, work: impl Fn() + Sync) {
    let start = Arc::new(Barrier::new(3));
    let rotation = {
        let (path, start) = (path.to_path_buf(), start.clone());
        std::thread::spawn(move || {
            start.wait();
            rotate_root(&path)
        })
    };
    std::thread::scope(|s| {
        for _ in 0..2 {
            let (start, work) = (start.clone(), &work);
            s.spawn(move || {
                start.wait();
                std::thread::sleep(Duration::from_micros(random_below(4_000)));
                work();
            });
        }
    });
    rotation.join().unwrap();
}

#[test]
fn tenants_created_during_a_root_rotation_keep_their_keys() {
    let ledger = Ledger::default();
    let (_dir, path, _) = new_store(TENANTS, &ledger);
    for rep in 0..REPS {
        during_a_root_rotation(&path, || {
            seed_tenant(&path, &ledger);
        });
        ledger.check(&path, &format!("rep {rep}"));
    }
    rotate_root(&path);
    ledger.check(&path, "after a last rotation");
}

#[test]
fn intermediate_rotations_during_a_root_rotation_keep_every_key() {
    let ledger = Ledger::default();
    let (_dir, path, mut tenants) = new_store(TENANTS, &ledger);
    tenants.sort();
    for rep in 0..REPS {
        during_a_root_rotation(&path, || {
            // Tenants early in the rotation's order are re-wrapped first, which leaves the
            // widest window for an intermediate rotation that started before them.
            let tenant = &tenants[random_below(3) as usize];
            let mut store = Store::open(&path, &unseal(), Some(tenant), false, now()).unwrap();
            store.rotate_intermediate(now()).unwrap();
            encrypt_one(&mut store, tenant, "k", &ledger);
        });
        ledger.check(&path, &format!("rep {rep}"));
    }
    rotate_root(&path);
    ledger.check(&path, "after a last rotation");
}

#[test]
fn keys_created_during_an_intermediate_rotation_stay_readable() {
    let ledger = Ledger::default();
    let (_dir, path, tenants) = new_store(1, &ledger);
    let tenant = tenants[0].clone();
    // Enough keys that re-wrapping them takes a while.
    {
        let mut store = Store::open(&path, &unseal(), Some(&tenant), false, now()).unwrap();
        for i in 0..200 {
            store
                .create_key(&format!("base{i}"), KeyType::Aes256Gcm, None, now())
                .unwrap();
        }
    }
    for rep in 0..REPS {
        let start = Arc::new(Barrier::new(2));
        let rotation = {
            let (path, start, tenant) = (path.clone(), start.clone(), tenant.clone());
            std::thread::spawn(move || {
                let mut store = Store::open(&path, &unseal(), Some(&tenant), false, now()).unwrap();
                start.wait();
                store.rotate_intermediate(now()).unwrap()
            })
        };
        let mut store = Store::open(&path, &unseal(), Some(&tenant), false, now()).unwrap();
        start.wait();
        std::thread::sleep(Duration::from_micros(random_below(5_000)));
        let name = format!("new{rep}");
        store
            .create_key(&name, KeyType::Aes256Gcm, None, now())
            .unwrap();
        encrypt_one(&mut store, &tenant, &name, &ledger);
        rotation.join().unwrap();
        ledger.check(&path, &format!("rep {rep}"));
    }
}

/// A store written by a cu before root pins (schema 1) is brought forward on first open:
/// every key still decrypts, and root rotations then clean up as in a new store.
#[test]
fn a_schema_1_store_is_migrated_and_keeps_every_key() {
    let ledger = Ledger::default();
    let (_dir, path, _) = new_store(5, &ledger);
    rotate_root(&path);
    downgrade_to_schema_1(&path);
    ledger.check(&path, "after migrating");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, store::SCHEMA_VERSION);
    let pins: i64 = conn
        .query_row("SELECT COUNT(*) FROM root_pins", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        pins, 5,
        "each tenant pinned to the one root version there is"
    );
    let (_, tenants) = rotate_root(&path);
    assert_eq!(tenants, 5);
    let roots: i64 = conn
        .query_row("SELECT COUNT(*) FROM root_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(roots, 1, "old root versions are removed once unpinned");
    ledger.check(&path, "after a rotation");
}

/// Run `work` on a thread and call `probe` over and over until it is done; every probe
/// must succeed. Prints how many ran.
fn probe_while(
    what: &str,
    work: impl FnOnce() + Send + 'static,
    mut probe: impl FnMut() -> Result<(), String>,
) {
    let done = Arc::new(AtomicBool::new(false));
    let worker = {
        let done = done.clone();
        std::thread::spawn(move || {
            work();
            done.store(true, Ordering::SeqCst);
        })
    };
    let (mut n, mut errors) = (0, Vec::new());
    while !done.load(Ordering::SeqCst) {
        n += 1;
        if let Err(e) = probe() {
            errors.push(e);
        }
    }
    worker.join().unwrap();
    eprintln!("{what}: {n} probes, {} failed", errors.len());
    assert!(
        errors.is_empty(),
        "{what}: {} of {n} failed: {:?}",
        errors.len(),
        &errors[..errors.len().min(5)]
    );
}

/// Opening a tenant and decrypting while another connection rotates that tenant's
/// intermediate key over and over: the newest intermediate an open checks may be replaced
/// between two statements, which must never read as store_damaged.
#[test]
fn opening_a_tenant_during_intermediate_rotations_is_never_store_damaged() {
    let ledger = Ledger::default();
    let (_dir, path, ids) = new_store(1, &ledger);
    let tenant = ids[0].clone();
    let token = ledger.token(0);
    let (p, t) = (path.clone(), tenant.clone());
    probe_while(
        "opens during intermediate rotations",
        move || {
            let mut s = Store::open(&p, &unseal(), Some(&t), false, now()).unwrap();
            for _ in 0..1500 {
                s.rotate_intermediate(now()).unwrap();
            }
        },
        || {
            let mut s = Store::open(&path, &unseal(), Some(&tenant), false, now())
                .map_err(|e| format!("open: {:?}: {e}", e.reason))?;
            ops::decrypt(&mut s, &token, None)
                .map(|_| ())
                .map_err(|e| format!("decrypt: {:?}: {e}", e.reason))
        },
    );
}

/// A Store kept open for a long time (as the server's pool does) keeps working while other
/// connections rotate the root and the intermediates many times and add keys.
#[test]
fn a_long_lived_store_reads_through_many_rotations() {
    let ledger = Ledger::default();
    let (_dir, path, ids) = new_store(3, &ledger);
    let tenant = ids[0].clone();
    let stop = Arc::new(AtomicBool::new(false));
    let made = Arc::new(Mutex::new(Vec::<(String, String, Vec<u8>)>::new()));
    let writer = {
        let (path, tenant, stop, made) = (path.clone(), tenant.clone(), stop.clone(), made.clone());
        std::thread::spawn(move || {
            for i in 0..60 {
                let mut r = Store::open(&path, &unseal(), None, false, now()).unwrap();
                r.rotate_root(now()).unwrap();
                let mut s = Store::open(&path, &unseal(), Some(&tenant), false, now()).unwrap();
                s.rotate_intermediate(now()).unwrap();
                let name = format!("k{i}");
                s.create_key(&name, KeyType::Aes256Gcm, None, now())
                    .unwrap();
                let pt = name.clone().into_bytes();
                let tok = ops::encrypt(&mut s, &name, &pt, None).unwrap();
                made.lock().unwrap().push((name, tok, pt));
            }
            stop.store(true, Ordering::SeqCst);
        })
    };
    let mut long = Store::open(&path, &unseal(), Some(&tenant), false, now()).unwrap();
    let first = ledger.token(0);
    let mut errors = Vec::new();
    let mut rounds = 0;
    while !stop.load(Ordering::SeqCst) {
        rounds += 1;
        let snapshot = made.lock().unwrap().clone();
        for (name, tok, pt) in snapshot.iter().rev().take(3) {
            match ops::decrypt(&mut long, tok, None) {
                Ok((got, _)) => assert_eq!(&got[..], &pt[..]),
                Err(e) => errors.push(format!("decrypt {name}: {:?}: {e}", e.reason)),
            }
            if let Err(e) = ops::encrypt(&mut long, name, b"x", None) {
                errors.push(format!("encrypt {name}: {:?}: {e}", e.reason));
            }
        }
        if let Err(e) = ops::decrypt(&mut long, &first, None) {
            errors.push(format!("decrypt first: {:?}: {e}", e.reason));
        }
        let name = format!("long{rounds}");
        if let Err(e) = long.create_key(&name, KeyType::Aes256Gcm, None, now()) {
            errors.push(format!("create {name}: {:?}: {e}", e.reason));
        }
    }
    writer.join().unwrap();
    eprintln!(
        "{rounds} rounds, {} errors: {:?}",
        errors.len(),
        errors.iter().take(5).collect::<Vec<_>>()
    );
    let bad = ledger.failures(&path, "after");
    assert!(bad.is_empty(), "{bad:?}");
    assert!(errors.is_empty(), "{errors:?}");
}

/// The rotation lock is a lock on a *path* (`<store>.lock`): two names for one store (a
/// symlinked store file and tenants directory) give two locks, so two rotations can run at
/// once. Each tenant's re-wrap re-checks, in its transaction, that its root is still the
/// newest and pinned, so the rotation that is behind stops instead of moving a tenant back
/// onto a root the other one is about to delete.
#[test]
fn two_rotations_through_two_names_of_one_store_keep_every_key() {
    let mut failures = Vec::new();
    for rep in 0..30 {
        let ledger = Ledger::default();
        let (dir, path, _) = new_store(12, &ledger);
        let alias = dir.path().join("alias.db");
        std::os::unix::fs::symlink(&path, &alias).unwrap();
        std::os::unix::fs::symlink(
            dir.path().join("kms.tenants"),
            dir.path().join("alias.tenants"),
        )
        .unwrap();
        let barrier = Arc::new(Barrier::new(2));
        let hs: Vec<_> = [path.clone(), alias.clone()]
            .into_iter()
            .map(|p| {
                let b = barrier.clone();
                std::thread::spawn(move || {
                    let mut s = Store::open(&p, &unseal(), None, false, now()).unwrap();
                    b.wait();
                    s.rotate_root(now()).map(|r| r.0).map_err(|e| e.to_string())
                })
            })
            .collect();
        let res: Vec<_> = hs.into_iter().map(|h| h.join().unwrap()).collect();
        let bad = ledger.failures(&path, &format!("rep {rep} ({res:?})"));
        if !bad.is_empty() {
            failures.push(format!(
                "rep {rep}: {} of 12 tenants: {}",
                bad.len(),
                bad[0]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 30 reps lost keys: {failures:#?}",
        failures.len()
    );
}

/// The same, with the lock file removed (as "stale") while the first rotation holds it.
#[test]
fn two_rotations_despite_a_removed_lock_file_keep_every_key() {
    let mut failures = Vec::new();
    for rep in 0..30 {
        let ledger = Ledger::default();
        let (dir, path, _) = new_store(12, &ledger);
        let lock = dir.path().join("kms.lock");
        let p1 = path.clone();
        let first = std::thread::spawn(move || {
            let mut s = Store::open(&p1, &unseal(), None, false, now()).unwrap();
            s.rotate_root(now()).map(|r| r.0).map_err(|e| e.to_string())
        });
        // Wait until the first rotation has the lock file, then remove it ("a stale lock").
        let started = std::time::Instant::now();
        while !lock.exists() && started.elapsed().as_secs() < 5 {
            std::thread::yield_now();
        }
        let _ = std::fs::remove_file(&lock);
        let p2 = path.clone();
        let second = std::thread::spawn(move || {
            let mut s = Store::open(&p2, &unseal(), None, false, now()).unwrap();
            s.rotate_root(now()).map(|r| r.0).map_err(|e| e.to_string())
        });
        let res = (first.join().unwrap(), second.join().unwrap());
        let bad = ledger.failures(&path, &format!("rep {rep} ({res:?})"));
        if !bad.is_empty() {
            failures.push(format!(
                "rep {rep}: {} of 12 tenants: {}",
                bad.len(),
                bad[0]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 30 reps lost keys: {failures:#?}",
        failures.len()
    );
}

/// Several processes open a schema-1 store at once (each migrates or finds it migrated),
/// while others read and write: every open succeeds and every key survives.
#[test]
fn many_openers_of_a_schema_1_store_at_once() {
    let mut failures = Vec::new();
    for rep in 0..15 {
        let ledger = Ledger::default();
        let (_dir, path, ids) = new_store(4, &ledger);
        {
            let mut r = Store::open(&path, &unseal(), None, false, now()).unwrap();
            r.rotate_root(now()).unwrap();
        }
        downgrade_to_schema_1(&path);
        let barrier = Arc::new(Barrier::new(6));
        let hs: Vec<_> = (0..6)
            .map(|i| {
                let (b, p, t) = (barrier.clone(), path.clone(), ids[i % ids.len()].clone());
                std::thread::spawn(move || -> Result<(), String> {
                    b.wait();
                    match i {
                        0 => {
                            let mut s = Store::open(&p, &unseal(), None, false, now())
                                .map_err(|e| format!("open root: {e}"))?;
                            s.rotate_root(now()).map_err(|e| format!("rotate: {e}"))?;
                        }
                        1 => {
                            let nt = new_tenant_id().unwrap();
                            let mut s = Store::open(&p, &unseal(), Some(&nt), true, now())
                                .map_err(|e| format!("create tenant: {e}"))?;
                            s.create_key("k", KeyType::Aes256Gcm, None, now())
                                .map_err(|e| format!("{e}"))?;
                        }
                        2 => {
                            let mut s = Store::open(&p, &unseal(), Some(&t), false, now())
                                .map_err(|e| format!("open: {e}"))?;
                            s.rotate_intermediate(now())
                                .map_err(|e| format!("rotate-int: {e}"))?;
                        }
                        _ => {
                            let mut s = Store::open(&p, &unseal(), Some(&t), false, now())
                                .map_err(|e| format!("open {i}: {e}"))?;
                            s.list_keys().map_err(|e| format!("list: {e}"))?;
                        }
                    }
                    Ok(())
                })
            })
            .collect();
        for h in hs {
            if let Err(e) = h.join().unwrap() {
                failures.push(format!("rep {rep}: {e}"));
            }
        }
        for b in ledger.failures(&path, &format!("rep {rep}")) {
            failures.push(b);
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Several connections open one brand-new tenant at once, some creating it (as `key create`
/// and the server's pool do), some only reading: a creator that finishes between another's
/// reading the tenant's record and looking at its file must not make that one call the file
/// foreign.
#[test]
fn a_tenant_created_by_several_at_once_is_never_store_damaged() {
    let mut errors = Vec::new();
    let reps = 150;
    for _ in 0..reps {
        let (_dir, path) = empty_store();
        let tenant = new_tenant_id().unwrap();
        let barrier = Arc::new(Barrier::new(4));
        let hs: Vec<_> = (0..4)
            .map(|i| {
                let (b, p, t) = (barrier.clone(), path.clone(), tenant.clone());
                std::thread::spawn(move || {
                    b.wait();
                    Store::open(&p, &unseal(), Some(&t), i % 2 == 0, now())
                        .map(|_| ())
                        .map_err(|e| format!("create={}: {:?}: {e}", i % 2 == 0, e.reason))
                })
            })
            .collect();
        for h in hs {
            if let Err(e) = h.join().unwrap() {
                errors.push(e);
            }
        }
    }
    eprintln!(
        "{} errors in {reps} reps: {:?}",
        errors.len(),
        errors.iter().take(4).collect::<Vec<_>>()
    );
    assert!(
        errors.is_empty(),
        "{} failures: {:?}",
        errors.len(),
        &errors[..errors.len().min(4)]
    );
}

/// Schema 1 recorded a tenant and set up its file in one transaction over two WAL files, which
/// SQLite commits file by file (main first): a writer killed between the two commits left a
/// tenant record with a file that is not set up. The migration leaves such a tenant not
/// ready, so `key create` finishes it as schema 1 would have.
#[test]
fn a_schema_1_tenant_left_half_created_is_usable_after_migration() {
    let (dir, path) = empty_store();
    let ok = new_tenant_id().unwrap();
    let half = new_tenant_id().unwrap();
    let token = {
        let mut s = Store::open(&path, &unseal(), Some(&ok), true, now()).unwrap();
        s.create_key("k", KeyType::Aes256Gcm, None, now()).unwrap();
        ops::encrypt(&mut s, "k", b"kept", None).unwrap()
    };
    {
        // What schema 1 left: the main file's commit (the tenant row) without the tenant's.
        let file = store::tenant_path(&path, &half);
        let c = rusqlite::Connection::open(&file).unwrap();
        c.pragma_update(None, "journal_mode", "WAL").unwrap();
        drop(c);
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE root_pins; ALTER TABLE tenants DROP COLUMN ready; PRAGMA user_version = 1;",
        )
        .unwrap();
        conn.execute(
            "INSERT INTO tenants (id, created_at) VALUES (?1, 0)",
            [&half],
        )
        .unwrap();
    }
    let _ = dir;
    // The healthy tenant migrates and decrypts.
    let mut s = Store::open(&path, &unseal(), Some(&ok), false, now()).unwrap();
    assert_eq!(&ops::decrypt(&mut s, &token, None).unwrap().0[..], b"kept");
    // The half-created one: schema 1 would have set it up on `key create`.
    let r = Store::open(&path, &unseal(), Some(&half), true, now())
        .and_then(|mut s| s.create_key("k", KeyType::Aes256Gcm, None, now()));
    if let Err(e) = &r {
        eprintln!(
            "key create on the half-created tenant after migration: {:?}: {e}",
            e.reason
        );
    }
    assert!(r.is_ok(), "the tenant is refused for good");
}

/// With the main file restored from a backup that predates a root rotation, the tenants
/// refer to a root version the main file lacks: rotate-root refuses (store_damaged) rather
/// than make a second, different root under that version number.
#[test]
fn a_root_version_number_is_never_reused() {
    let (dir, path) = empty_store();
    let t = new_tenant_id().unwrap();
    {
        let mut s = Store::open(&path, &unseal(), Some(&t), true, now()).unwrap();
        s.create_key("k", KeyType::Aes256Gcm, None, now()).unwrap();
    }
    let backup = dir.path().join("backup.db");
    std::fs::copy(&path, &backup).unwrap();
    {
        let mut r = Store::open(&path, &unseal(), None, false, now()).unwrap();
        r.rotate_root(now()).unwrap(); // root v2; the tenant is rewrapped under it
    }
    let good_main = dir.path().join("good.db");
    std::fs::copy(&path, &good_main).unwrap();
    std::fs::copy(&backup, &path).unwrap(); // operator restores an old main file
    let rotated =
        Store::open(&path, &unseal(), None, false, now()).and_then(|mut r| r.rotate_root(now()));
    eprintln!(
        "rotate-root over the mismatched main file: {:?}",
        rotated.as_ref().map_err(|e| e.to_string())
    );
    assert!(
        rotated.is_err(),
        "rotate-root went ahead and made a second, different root v2"
    );
}

/// A key deleted by another process while `list_keys` runs is left out of the listing; the
/// listing does not fail.
#[test]
fn key_list_during_concurrent_deletes_does_not_fail() {
    let (_dir, path) = empty_store();
    let t = new_tenant_id().unwrap();
    {
        let mut s = Store::open(&path, &unseal(), Some(&t), true, now()).unwrap();
        for i in 0..20 {
            s.create_key(&format!("keep{i}"), KeyType::Aes256Gcm, None, now())
                .unwrap();
        }
    }
    let (p, tenant) = (path.clone(), t.clone());
    let mut lister = Store::open(&path, &unseal(), Some(&t), false, now()).unwrap();
    probe_while(
        "listings during deletes",
        move || {
            let mut s = Store::open(&p, &unseal(), Some(&tenant), false, now()).unwrap();
            for i in 0..1500 {
                let name = format!("tmp{}", i % 5);
                let _ = s.create_key(&name, KeyType::Aes256Gcm, None, now());
                let _ = s.delete_key(&name);
            }
        },
        || {
            lister
                .list_keys()
                .map(|_| ())
                .map_err(|e| format!("{:?}: {e}", e.reason))
        },
    );
}

/// A wrong unseal secret changes nothing, not even the schema of a store that needs
/// migrating: the secret is checked first.
#[test]
fn a_wrong_secret_does_not_migrate_a_schema_1_store() {
    let (_dir, path) = empty_store();
    {
        let t = new_tenant_id().unwrap();
        Store::open(&path, &unseal(), Some(&t), true, now()).unwrap();
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE root_pins; ALTER TABLE tenants DROP COLUMN ready; PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let wrong = Unseal::Secret(zeroize::Zeroizing::new(vec![8u8; 32]));
    let r = Store::open(&path, &wrong, None, false, now());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    eprintln!(
        "open with a wrong secret: {:?}; user_version afterwards {version}",
        r.as_ref().err().map(|e| e.to_string())
    );
    assert!(r.is_err());
    assert_eq!(version, 1, "a wrong secret migrated the store");
}
