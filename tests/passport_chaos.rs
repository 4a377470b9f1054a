//! Chaos: one thread rotates the keyring every 50–200 ms while others issue passports and
//! batch-verify everything issued so far (mixed versions), each through its own connection to
//! the same SQLite store, for several seconds. Every passport must verify every time.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cu::kms::store::{self, Store, Unseal};
use cu::passport::keyring;
use cu::passport::token::{self, IssueRequest};
use cu::passport::verify::{self, BatchOptions, Policy};

const TENANT: &str = "00000000-0000-4000-8000-000000000000";
const RUN_FOR: Duration = Duration::from_secs(4);

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn open(path: &std::path::Path) -> Store {
    let unseal = Unseal::Secret(zeroize::Zeroizing::new(vec![42u8; 32]));
    Store::open(path, &unseal, Some(TENANT), true, now()).unwrap()
}

fn random_below(n: u64) -> u64 {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).unwrap();
    u64::from_le_bytes(b) % n
}

#[test]
fn rotation_under_load_never_fails_a_passport() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kms.db");
    store::init(
        &path,
        &Unseal::Secret(zeroize::Zeroizing::new(vec![42u8; 32])),
        now(),
    )
    .unwrap();
    keyring::rotate(&mut open(&path), "default", now()).unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let issued: Arc<Mutex<Vec<Vec<u8>>>> = Arc::new(Mutex::new(Vec::new()));
    let rotations = Arc::new(AtomicUsize::new(0));
    let verified = Arc::new(AtomicUsize::new(0));

    let rotator = {
        let (stop, rotations, path) = (stop.clone(), rotations.clone(), path.clone());
        std::thread::spawn(move || {
            let mut store = open(&path);
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(50 + random_below(151)));
                keyring::rotate(&mut store, "default", now()).unwrap();
                rotations.fetch_add(1, Ordering::Relaxed);
            }
        })
    };

    let workers: Vec<_> = (0..3)
        .map(|w| {
            let (stop, issued, verified, path) =
                (stop.clone(), issued.clone(), verified.clone(), path.clone());
            std::thread::spawn(move || -> Result<(), String> {
                let mut store = open(&path);
                let mut round = 0;
                while !stop.load(Ordering::Relaxed) {
                    // Issue a few under whatever version is current right now.
                    for i in 0..20 {
                        let (kid, key) = keyring::signing_key(&mut store, "default")
                            .map_err(|e| format!("signing key: {e:?}"))?;
                        let request = IssueRequest {
                            iss: "cu".into(),
                            sub: format!("w{w}-r{round}-{i}"),
                            aud: vec!["api".into()],
                            scopes: vec!["read".into()],
                            now: now(),
                            ttl: 600,
                            max_ttl: 3600,
                            nbf: None,
                            nonce: None,
                            ctx: Default::default(),
                        };
                        let payload = token::payload(&request, &kid).map_err(|e| e.to_string())?;
                        let passport = token::sign(&payload, &key).map_err(|e| e.to_string())?;
                        issued.lock().unwrap().push(passport.compact().into_bytes());
                    }
                    // Batch-verify a sample of everything issued so far, all versions mixed.
                    let sample: Vec<Vec<u8>> = {
                        let all = issued.lock().unwrap();
                        let start = all.len().saturating_sub(400);
                        all[start..].to_vec()
                    };
                    let refs: Vec<&[u8]> = sample.iter().map(Vec::as_slice).collect();
                    let policy = Policy {
                        now: now(),
                        skew: 5,
                        audiences: Some(vec!["api".into()]),
                        required_scopes: vec!["read".into()],
                        max_size: token::DEFAULT_MAX_SIZE,
                    };
                    let parsed = verify::parse_all(&refs, policy.max_size);
                    let kids: Vec<String> = parsed
                        .iter()
                        .map(|p| p.as_ref().map(|p| p.kid.clone()).map_err(|e| e.to_string()))
                        .collect::<Result<_, _>>()?;
                    let keys = keyring::resolve(&mut store, kids.iter().map(String::as_str))
                        .map_err(|e| format!("resolve: {e:?}"))?;
                    let results =
                        verify::verify_parsed(parsed, &keys, &policy, BatchOptions::default());
                    for (i, r) in results.iter().enumerate() {
                        if let Err(e) = r {
                            return Err(format!("worker {w} round {round} item {i}: {e}"));
                        }
                    }
                    verified.fetch_add(results.len(), Ordering::Relaxed);
                    round += 1;
                }
                Ok(())
            })
        })
        .collect();

    let started = Instant::now();
    while started.elapsed() < RUN_FOR {
        std::thread::sleep(Duration::from_millis(50));
        if workers.iter().any(|w| w.is_finished()) {
            break;
        }
    }
    stop.store(true, Ordering::Relaxed);
    rotator.join().unwrap();
    for w in workers {
        w.join().unwrap().unwrap();
    }
    let rotations = rotations.load(Ordering::Relaxed);
    let versions = keyring::public_versions(&mut open(&path), "default")
        .unwrap()
        .len();
    eprintln!(
        "{rotations} rotations, {versions} versions, {} passports issued, {} verifications",
        issued.lock().unwrap().len(),
        verified.load(Ordering::Relaxed)
    );
    assert!(rotations >= 10, "only {rotations} rotations in {RUN_FOR:?}");
    assert_eq!(versions, rotations + 1);
    assert!(verified.load(Ordering::Relaxed) > 1000);
}
