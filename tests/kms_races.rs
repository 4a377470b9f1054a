//! Races on one key store, each side through its own SQLite connection (as two processes
//! would): concurrent `rotate-root` runs, tenants created and intermediates rotated while the
//! root rotates, keys created while an intermediate rotates. Each race runs many times over
//! many tenants; afterwards every key must still exist and every ciphertext reported must
//! decrypt, and the next root rotation must succeed.

use std::path::{Path, PathBuf};
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

    /// Open each tenant afresh and decrypt everything recorded for it.
    fn check(&self, path: &Path, context: &str) {
        let entries = self.0.lock().unwrap();
        let mut tenants: Vec<&str> = entries.iter().map(|(t, _, _)| t.as_str()).collect();
        tenants.sort();
        tenants.dedup();
        for tenant in tenants {
            let mut store = Store::open(path, &unseal(), Some(tenant), false, now())
                .unwrap_or_else(|e| panic!("{context}: tenant {tenant} does not open: {e}"));
            let keys = store.list_keys().unwrap();
            assert!(!keys.is_empty(), "{context}: tenant {tenant} lost its keys");
            for (t, token, plaintext) in entries.iter().filter(|(t, _, _)| t == tenant) {
                let (got, _) = ops::decrypt(&mut store, token, None).unwrap_or_else(|e| {
                    panic!("{context}: a ciphertext of tenant {t} no longer decrypts: {e}")
                });
                assert_eq!(&got[..], &plaintext[..], "{context}: tenant {t}");
            }
        }
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

#[test]
fn tenants_created_during_a_root_rotation_keep_their_keys() {
    let ledger = Ledger::default();
    let (_dir, path, _) = new_store(TENANTS, &ledger);
    for rep in 0..REPS {
        let start = Arc::new(Barrier::new(3));
        let rotation = {
            let (path, start) = (path.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                rotate_root(&path)
            })
        };
        std::thread::scope(|s| {
            for _ in 0..2 {
                let (path, start, ledger) = (&path, start.clone(), &ledger);
                s.spawn(move || {
                    start.wait();
                    // The root is inserted at the start of a rotation: aim around it.
                    std::thread::sleep(Duration::from_micros(random_below(4_000)));
                    seed_tenant(path, ledger);
                });
            }
        });
        rotation.join().unwrap();
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
        let start = Arc::new(Barrier::new(3));
        let rotation = {
            let (path, start) = (path.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                rotate_root(&path)
            })
        };
        std::thread::scope(|s| {
            for _ in 0..2 {
                let (path, start, tenants, ledger) = (&path, start.clone(), &tenants, &ledger);
                s.spawn(move || {
                    start.wait();
                    std::thread::sleep(Duration::from_micros(random_below(4_000)));
                    // Tenants early in the rotation's order are re-wrapped first, which
                    // leaves the widest window for a rotation that started before them.
                    let tenant = &tenants[random_below(3) as usize];
                    let mut store =
                        Store::open(path, &unseal(), Some(tenant), false, now()).unwrap();
                    store.rotate_intermediate(now()).unwrap();
                    encrypt_one(&mut store, tenant, "k", ledger);
                });
            }
        });
        rotation.join().unwrap();
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
    {
        // Turn it back into what schema 1 was.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE root_pins; ALTER TABLE tenants DROP COLUMN ready; PRAGMA user_version = 1;",
        )
        .unwrap();
    }
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
