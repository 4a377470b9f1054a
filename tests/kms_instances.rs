//! Many `cu kms serve` instances on one PostgreSQL database, requests spread over all of
//! them: changes made through one are in effect on every other at the next request (no
//! cache serves a disabled or retired version), concurrent rotations through different
//! instances make distinct versions, an instance killed during writes loses no acknowledged
//! write while the others keep serving, and a database restart gives fast 503s with
//! Retry-After, a not-ready `/readyz`, and recovery without restarting the instances.

mod common;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::pg;
use common::servers::{b64, Server, Setup};
use serde_json::json;

const A: &str = "admin-a";

fn instances(setup: &Setup, n: usize) -> Vec<Server> {
    (0..n).map(|_| setup.start("cu-kms.yaml")).collect()
}

/// How long a lock counted on one instance may take to hold on another: it polls the shared
/// locks every 250 ms; the test allows 3 s on a loaded machine.
const LOCK_SHARED: Duration = Duration::from_secs(3);

/// How long a change made through one instance may take to hold on another: the other's
/// key cache hears of it by a PostgreSQL notification (milliseconds); the test allows 1 s.
const BOUND: Duration = Duration::from_secs(1);

/// Ask `check` until it holds, within `BOUND`; returns how long that took.
fn within_bound(what: &str, mut check: impl FnMut() -> Result<(), String>) -> Duration {
    let started = Instant::now();
    loop {
        match check() {
            Ok(()) => return started.elapsed(),
            Err(e) if started.elapsed() > BOUND => {
                panic!("{what}: not in effect after {BOUND:?}: {e}")
            }
            Err(_) => std::thread::sleep(Duration::from_millis(2)),
        }
    }
}

#[test]
fn changes_through_one_instance_hold_on_every_other_at_once() {
    let Some(c) = pg::cluster() else { return };
    let setup = Setup::on_postgres(c);
    let s = instances(&setup, 3);
    s[0].ok(
        "POST",
        "/keys",
        A,
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let ct1 = s[1].ok(
        "POST",
        "/keys/orders/encrypt",
        A,
        Some(json!({"plaintext": b64(b"v1 data")})),
    );
    assert_eq!(ct1["kid"], "orders/v1");
    // Each instance has the key's v1 cached now.
    for i in &s {
        i.ok(
            "POST",
            "/decrypt",
            A,
            Some(json!({"ciphertext": ct1["ciphertext"]})),
        );
    }
    let rotated = Instant::now();
    assert_eq!(
        s[2].ok("POST", "/keys/orders/rotate", A, None)["primary_version"],
        2
    );
    // The instance that rotated uses v2 from its next request; the others within the bound.
    let mut lag = Duration::ZERO;
    for i in &s {
        let took = within_bound("rotation", || {
            let ct = i.ok(
                "POST",
                "/keys/orders/encrypt",
                A,
                Some(json!({"plaintext": b64(b"v2 data")})),
            );
            (ct["kid"] == "orders/v2")
                .then_some(())
                .ok_or(ct["kid"].to_string())
        });
        lag = lag.max(took);
    }
    eprintln!(
        "a rotation on one instance was in effect on the two others within {lag:?} ({:?} in all)",
        rotated.elapsed()
    );
    // Disabled through one instance: refused by every instance within the bound, though
    // each had v1 cached; at once by the instance that disabled it.
    s[1].ok("POST", "/keys/orders/versions/1/disable", A, None);
    let refused = |i: &Server| {
        let r = i.request(
            "POST",
            "/decrypt",
            Some(A),
            Some(json!({"ciphertext": ct1["ciphertext"]})),
        );
        (r.status == 422 && r.body["code"] == "version_disabled")
            .then_some(())
            .ok_or(format!("{} {}", r.status, r.body))
    };
    assert!(
        refused(&s[1]).is_ok(),
        "read-your-writes on the instance that disabled it"
    );
    for i in &s {
        lag = lag.max(within_bound("disable", || refused(i)));
    }
    s[0].ok("POST", "/keys/orders/versions/1/enable", A, None);
    s[2].ok(
        "POST",
        "/keys/orders/config",
        A,
        Some(json!({"min_decrypt_version": 2})),
    );
    assert!(refused(&s[2]).is_ok());
    for i in &s {
        lag = lag.max(within_bound("min_decrypt_version", || refused(i)));
    }
    eprintln!("changes held on every instance within {lag:?}");
    // Deleted and made again under the same name through one instance: the others use the
    // new key, never the old one they had cached.
    let old = s[0].ok(
        "POST",
        "/keys/orders/encrypt",
        A,
        Some(json!({"plaintext": b64(b"old key")})),
    );
    s[1].ok("DELETE", "/keys/orders", A, None);
    s[1].ok(
        "POST",
        "/keys",
        A,
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    // Once s[0] knows of the new key, what it encrypts opens under the new key only.
    let mut new = serde_json::Value::Null;
    within_bound("delete and create", || {
        new = s[0].ok(
            "POST",
            "/keys/orders/encrypt",
            A,
            Some(json!({"plaintext": b64(b"new key")})),
        );
        let r = s[1].request(
            "POST",
            "/decrypt",
            Some(A),
            Some(json!({"ciphertext": new["ciphertext"]})),
        );
        (r.status == 200).then_some(()).ok_or(r.body.to_string())
    });
    let opened = s[2].ok(
        "POST",
        "/decrypt",
        A,
        Some(json!({"ciphertext": new["ciphertext"]})),
    );
    assert_eq!(opened["plaintext"], b64(b"new key"));
    let r = s[0].request(
        "POST",
        "/decrypt",
        Some(A),
        Some(json!({"ciphertext": old["ciphertext"]})),
    );
    assert_ne!(
        r.status, 200,
        "the deleted key's data stays closed: {}",
        r.body
    );
}

#[test]
fn concurrent_rotations_through_different_instances_make_distinct_versions() {
    let Some(c) = pg::cluster() else { return };
    let setup = Setup::on_postgres(c);
    let s = Arc::new(instances(&setup, 3));
    s[0].ok(
        "POST",
        "/keys",
        A,
        Some(json!({"name": "hot", "type": "ec-p256"})),
    );
    let reported = Arc::new(Mutex::new(Vec::new()));
    let rounds = 10;
    let per_round = 6;
    for _ in 0..rounds {
        let threads: Vec<_> = (0..per_round)
            .map(|t| {
                let s = s.clone();
                let reported = reported.clone();
                std::thread::spawn(move || {
                    let r = s[t % 3].request("POST", "/keys/hot/rotate", Some(A), None);
                    assert_eq!(r.status, 200, "{}", r.body);
                    reported
                        .lock()
                        .unwrap()
                        .push(r.body["primary_version"].as_u64().unwrap());
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
    }
    let info = s[1].ok("GET", "/keys/hot", A, None);
    let versions: Vec<u64> = info["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    let total = (rounds * per_round) as u64;
    assert_eq!(versions, (1..=1 + total).collect::<Vec<_>>());
    let mut seen = reported.lock().unwrap().clone();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(
        seen.len() as u64,
        total,
        "every rotation reported its own version"
    );
    // Every version signs and verifies through any instance.
    let jws = s[2].ok(
        "POST",
        "/keys/hot/sign",
        A,
        Some(json!({"message": b64(b"x")})),
    );
    let v = s[0].ok(
        "POST",
        "/keys/hot/verify",
        A,
        Some(json!({"jws": jws["signature"]})),
    );
    assert_eq!(v["payload"], b64(b"x"), "{v}");
}

#[test]
fn an_instance_killed_during_writes_loses_no_acknowledged_write() {
    let Some(c) = pg::cluster() else { return };
    let setup = Setup::on_postgres(c);
    let mut s = instances(&setup, 3);
    let victim = s.remove(1);
    let victim_pid = victim.child.id();
    let s = Arc::new(s);
    let victim = Arc::new(victim);
    let acked = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let counter = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..6)
        .map(|w| {
            let (s, victim, acked, stop, counter) = (
                s.clone(),
                victim.clone(),
                acked.clone(),
                stop.clone(),
                counter.clone(),
            );
            std::thread::spawn(move || {
                let client = victim.client(false);
                let others: Vec<_> = s.iter().map(|i| i.client(false)).collect();
                while !stop.load(Ordering::SeqCst) {
                    let n = counter.fetch_add(1, Ordering::SeqCst);
                    let name = format!("w{w}-{n}");
                    let body = Some(json!({"name": name, "type": "aes-256-gcm"}));
                    // Half the writes go to the instance that will be killed.
                    let (server, client) = if n % 2 == 0 {
                        (&*victim, &client)
                    } else {
                        (&s[n % 2], &others[n % 2])
                    };
                    let url = format!("{}/service/api/v1/keys", server.public);
                    let sent = client
                        .post(url)
                        .basic_auth(A, Some("pw-admin-a"))
                        .json(&body)
                        .send();
                    if let Ok(r) = sent {
                        if r.status().as_u16() == 201 || r.status().as_u16() == 200 {
                            acked.lock().unwrap().push(name);
                        }
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    // SIGKILL mid-load.
    // SAFETY: a signal to the server process this test started.
    unsafe { libc::kill(victim_pid as i32, libc::SIGKILL) };
    let killed_at = acked.lock().unwrap().len();
    std::thread::sleep(Duration::from_millis(1500));
    stop.store(true, Ordering::SeqCst);
    for w in workers {
        w.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() > killed_at + 10,
        "the other instances kept serving after the kill: {} acknowledged, {killed_at} at the kill",
        acked.len()
    );
    let mut listed = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let path = match &after {
            Some(a) => format!("/keys?limit=100&after={a}"),
            None => "/keys?limit=100".to_string(),
        };
        let page = s[0].ok("GET", &path, A, None);
        for k in page["keys"].as_array().unwrap() {
            listed.push(k["name"].as_str().unwrap().to_string());
        }
        match page["next"].as_str() {
            Some(n) => after = Some(n.to_string()),
            None => break,
        }
    }
    for name in &acked {
        assert!(listed.contains(name), "acknowledged key {name} is missing");
    }
    eprintln!(
        "{} acknowledged creations ({killed_at} before the kill), all present",
        acked.len()
    );
}

#[test]
fn a_database_restart_gives_fast_503s_and_the_instances_recover() {
    let Some(cluster) = pg::private_cluster("restart") else {
        return;
    };
    let setup = Setup::on_postgres(&cluster);
    let s = instances(&setup, 2);
    s[0].ok(
        "POST",
        "/keys",
        A,
        Some(json!({"name": "k", "type": "aes-256-gcm"})),
    );
    let ct = s[1].ok(
        "POST",
        "/keys/k/encrypt",
        A,
        Some(json!({"plaintext": b64(b"before the restart")})),
    );
    assert_eq!(s[0].admin_get("/readyz").0, 200);
    // A write load on both instances through the restart: every answer is 201 or 503, and
    // every creation acknowledged (201) is there afterwards.
    let stop = AtomicBool::new(false);
    let acked = Mutex::new(Vec::<String>::new());
    let odd = Mutex::new(Vec::<String>::new());
    std::thread::scope(|scope| {
        for w in 0..4 {
            let (server, stop, acked, odd) = (&s[w % 2], &stop, &acked, &odd);
            scope.spawn(move || {
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) {
                    let name = format!("load-{w}-{n}");
                    n += 1;
                    let r = server.request(
                        "POST",
                        "/keys",
                        Some(A),
                        Some(json!({"name": name, "type": "aes-256-gcm"})),
                    );
                    match r.status {
                        201 => acked.lock().unwrap().push(name),
                        503 => std::thread::sleep(Duration::from_millis(20)),
                        other => odd.lock().unwrap().push(format!("{other} {}", r.body)),
                    }
                }
            });
        }
        std::thread::sleep(Duration::from_millis(300));
        restart_checks(&cluster, &s, &ct);
        std::thread::sleep(Duration::from_millis(500));
        stop.store(true, Ordering::SeqCst);
    });
    let odd = odd.into_inner().unwrap();
    assert!(odd.is_empty(), "answers other than 201 and 503: {odd:?}");
    let acked = acked.into_inner().unwrap();
    assert!(acked.len() > 10, "the load made only {} keys", acked.len());
    let lost: Vec<&String> = acked
        .iter()
        .enumerate()
        .filter(|(k, n)| {
            s[k % 2]
                .request("GET", &format!("/keys/{n}"), Some(A), None)
                .status
                != 200
        })
        .map(|(_, n)| n)
        .collect();
    assert!(lost.is_empty(), "acknowledged and lost: {lost:?}");
    eprintln!(
        "{} creations acknowledged through the restart, none lost",
        acked.len()
    );
}

/// The database stopped and started under `s`: fast 503s with Retry-After and a not-ready
/// `/readyz` while it is down, then recovery without restarting the instances, and `ct`
/// (made before) still decrypts.
fn restart_checks(cluster: &pg::Cluster, s: &[Server], ct: &serde_json::Value) {
    cluster.stop_server();
    // While the database is down: 503 with Retry-After, quickly, on every instance; not ready.
    for i in s {
        let started = Instant::now();
        let r = i.request(
            "POST",
            "/keys/k/encrypt",
            Some(A),
            Some(json!({"plaintext": b64(b"during")})),
        );
        assert_eq!(r.status, 503, "{}", r.body);
        assert!(r.headers.get("retry-after").is_some());
        assert!(
            started.elapsed() < Duration::from_secs(6),
            "took {:?}",
            started.elapsed()
        );
        let (status, text) = i.admin_get("/readyz");
        assert_eq!(status, 503, "{text}");
    }
    cluster.start_server();
    // Back: the instances serve again without a restart, and nothing acknowledged is lost.
    for i in s {
        let started = Instant::now();
        loop {
            let r = i.request(
                "POST",
                "/decrypt",
                Some(A),
                Some(json!({"ciphertext": ct["ciphertext"]})),
            );
            if r.status == 200 {
                assert_eq!(r.body["plaintext"], b64(b"before the restart"));
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "no recovery: {} {}",
                r.status,
                r.body
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        assert_eq!(i.admin_get("/readyz").0, 200);
    }
}

/// The database realm: users added with `cu kms realm user add` sign in at every instance on
/// the store, with the scopes the store gives them; a password change and a removal hold
/// from the next sign-in; the realm file and the database are tried in `auth_order`'s order.
fn database_realm(setup: Setup, instances_n: usize) {
    // The default credential cache (300 s): a database user's cached sign-in is checked
    // against its row at each use, so a new password or a removal holds at once.
    setup.config("db-realm.yaml", "off", "auth_order: [file, database]");
    setup.config("db-first.yaml", "off", "auth_order: [database, file]");
    let d = setup.dir.path();
    let cli = |args: &[&str], stdin: &[u8]| {
        let mut full: Vec<&str> = args.to_vec();
        full.extend(["--unseal-file", "unseal.key"]);
        full.extend(setup.store.iter().map(String::as_str));
        common::servers::run_ok(d, &full, Some(stdin))
    };
    let tenant = common::servers::TENANT_A;
    cli(
        &[
            "kms",
            "realm",
            "user",
            "add",
            "dbuser",
            "--tenant",
            tenant,
            "--scope",
            "kms:keys:read",
        ],
        b"pw-dbuser\n",
    );
    // A name the realm file has too, with another password.
    cli(
        &[
            "kms",
            "realm",
            "user",
            "add",
            "admin-a",
            "--tenant",
            tenant,
            "--scope",
            "kms:keys:read",
        ],
        b"db-password-of-admin-a",
    );
    let listed: serde_json::Value = serde_json::from_str(&cli(
        &["--output", "json", "kms", "realm", "user", "list"],
        b"",
    ))
    .unwrap();
    assert_eq!(listed["users"].as_array().unwrap().len(), 2, "{listed}");
    assert!(!listed.to_string().contains("pbkdf2"), "no hash is shown");
    let s: Vec<Server> = (0..instances_n)
        .map(|_| setup.start("db-realm.yaml"))
        .collect();
    let basic = |server: &Server, user: &str, password: &str| {
        server
            .client(false)
            .get(format!("{}/service/api/v1/keys", server.public))
            .basic_auth(user, Some(password))
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    for i in &s {
        assert_eq!(basic(i, "dbuser", "pw-dbuser"), 200);
        assert_eq!(basic(i, "dbuser", "wrong"), 401);
        // Its scopes are the store's: reading, not writing.
        let r = i.request(
            "POST",
            "/keys",
            Some("dbuser"),
            Some(json!({"name": "x", "type": "aes-256-gcm"})),
        );
        assert_eq!(r.status, 403, "{}", r.body);
        // The file decides for a name it has: its password, not the database's.
        assert_eq!(basic(i, "admin-a", "pw-admin-a"), 200);
        assert_eq!(basic(i, "admin-a", "db-password-of-admin-a"), 401);
    }
    let first = setup.start("db-first.yaml");
    assert_eq!(basic(&first, "admin-a", "db-password-of-admin-a"), 200);
    assert_eq!(basic(&first, "admin-a", "pw-admin-a"), 401);
    drop(first);
    cli(
        &["kms", "realm", "user", "passwd", "dbuser"],
        b"new-password",
    );
    for i in &s {
        assert_eq!(
            basic(i, "dbuser", "pw-dbuser"),
            401,
            "the old password is gone"
        );
        assert_eq!(basic(i, "dbuser", "new-password"), 200);
    }
    // Guessing a database user's password locks the name like a realm file's (5 failures):
    // then even the right password is refused with 429 for the lockout's time.
    cli(
        &[
            "kms",
            "realm",
            "user",
            "add",
            "guessed",
            "--tenant",
            tenant,
            "--scope",
            "kms:keys:read",
        ],
        b"the-right-one",
    );
    // The guesses are spread over the instances: on PostgreSQL they add up (shared in
    // `cu_shared.lockouts`), and the lock holds on every instance within the sharing's bound.
    for k in 0..5 {
        assert_eq!(basic(&s[k % s.len()], "guessed", "a-guess"), 401);
    }
    for i in &s {
        // A wrong guess either counts once more (401) or finds the name locked (429).
        let started = Instant::now();
        while basic(i, "guessed", "a-guess") != 429 {
            assert!(
                started.elapsed() < LOCK_SHARED,
                "the lock did not reach every instance"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        assert_eq!(basic(i, "guessed", "the-right-one"), 429);
    }
    // An address that signed a name in may still try it while it is locked, on every
    // instance (the trust is shared too): guesses from elsewhere cannot shut a service out.
    cli(
        &[
            "kms",
            "realm",
            "user",
            "add",
            "svc",
            "--tenant",
            tenant,
            "--scope",
            "kms:keys:read",
        ],
        b"svc-password",
    );
    assert_eq!(basic(&s[0], "svc", "svc-password"), 200);
    for _ in 0..5 {
        assert_eq!(basic(&s[0], "svc", "wrong"), 401);
    }
    std::thread::sleep(LOCK_SHARED);
    for i in &s {
        assert_eq!(
            basic(i, "svc", "svc-password"),
            200,
            "the trusted address is refused"
        );
    }
    cli(&["kms", "realm", "user", "remove", "dbuser"], b"");
    for i in &s {
        assert_eq!(
            basic(i, "dbuser", "new-password"),
            401,
            "a removed user is refused"
        );
    }
}

#[test]
fn the_database_realm_on_sqlite() {
    database_realm(Setup::new(), 1);
}

#[test]
fn the_database_realm_on_postgres_across_two_instances() {
    let Some(c) = pg::cluster() else { return };
    database_realm(Setup::on_postgres(c), 2);
}

/// A full pool answers 503 with Retry-After after `pool_timeout_ms`, never a hang: writes
/// held up by a lock taken outside the server fill both connections of a two-connection
/// pool, the next request is refused quickly, and once the lock goes everything completes.
#[test]
fn a_full_pool_answers_503_not_a_hang() {
    let Some(c) = pg::cluster() else { return };
    let setup = Setup::on_postgres(c);
    let text = std::fs::read_to_string(setup.path("cu-kms.yaml")).unwrap();
    let text = text.replacen(
        "unseal_file: unseal.key,",
        "unseal_file: unseal.key, max_connections: 2, pool_timeout_ms: 500,",
        1,
    );
    assert!(text.contains("max_connections: 2"), "{text}");
    std::fs::write(setup.path("small-pool.yaml"), text).unwrap();
    let s = Arc::new(setup.start("small-pool.yaml"));
    s.ok(
        "POST",
        "/keys",
        A,
        Some(json!({"name": "k0", "type": "aes-256-gcm"})),
    );
    // Hold the tenant's write lock from outside, as a long transaction of another instance.
    let url = setup.store[1].clone();
    let mut blocker = c.connect(pg::db_name(&url)).unwrap();
    let key = {
        use sha2::Digest;
        let d = sha2::Sha256::digest(common::servers::TENANT_A.as_bytes());
        i32::from_le_bytes([d[0], d[1], d[2], d[3]])
    };
    blocker
        .execute("SELECT pg_advisory_lock(25462, $1)", &[&key])
        .unwrap();
    let writers: Vec<_> = (0..2)
        .map(|i| {
            let s = s.clone();
            std::thread::spawn(move || {
                s.request(
                    "POST",
                    "/keys",
                    Some(A),
                    Some(json!({"name": format!("held-{i}"), "type": "aes-256-gcm"})),
                )
                .status
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    let r = s.request("GET", "/keys", Some(A), None);
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.headers.get("retry-after").is_some());
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    blocker
        .execute("SELECT pg_advisory_unlock(25462, $1)", &[&key])
        .unwrap();
    for w in writers {
        assert_eq!(w.join().unwrap(), 201);
    }
    let list = s.ok("GET", "/keys", A, None);
    assert_eq!(list["keys"].as_array().unwrap().len(), 3, "{list}");
}

/// The per-credential rate is the service's, not each instance's: two live instances take
/// half the burst and half the rate each (they count each other by heartbeat).
#[test]
fn the_rate_limit_holds_over_the_instances() {
    let Some(c) = pg::cluster() else { return };
    let setup = Setup::on_postgres(c);
    setup.config(
        "rated.yaml",
        "off",
        "limits: {rate_per_second: 0.2, burst: 6}\n",
    );
    let s: Vec<Server> = (0..2).map(|_| setup.start("rated.yaml")).collect();
    // Each sees the other's heartbeat within a poll (250 ms).
    std::thread::sleep(Duration::from_millis(1500));
    let (mut ok, mut limited) = (0, 0);
    for _ in 0..8 {
        let r = s[0].request("GET", "/keys", Some(A), None);
        match r.status {
            200 => ok += 1,
            429 => {
                limited += 1;
                assert_eq!(r.body["code"], "rate_limited", "{}", r.body);
                assert!(
                    r.body["detail"]
                        .as_str()
                        .unwrap()
                        .contains("over 2 instances"),
                    "{}",
                    r.body
                );
            }
            other => panic!("{other}: {}", r.body),
        }
    }
    // Burst 6 over 2 instances: 3 here (the refill, 0.1 a second, adds none in the test's
    // time). One instance alone would let 6 through.
    assert_eq!(ok, 3, "{ok} requests passed a limit of 3");
    assert_eq!(limited, 5);
}
