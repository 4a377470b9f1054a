//! The KMS audit trail: a record for every key operation and sign-in (who, what, which key
//! and version, the result, the request id), chained and closed by checkpoints signed with
//! the store's audit key; `cu kms audit verify` catching a deleted, an edited, a reordered
//! and a truncated record and a forged checkpoint; fail-closed when the trail cannot be
//! written.

mod common;

use std::process::{Command, Stdio};

use common::servers::{b64, cu, Setup, TENANT_A};
use serde_json::{json, Value};

fn audited(setup: &Setup, name: &str, extra: &str) {
    let config = std::fs::read_to_string(setup.path("cu-kms.yaml")).unwrap();
    std::fs::write(
        setup.path(name),
        format!("{config}\naudit: {{file: audit/audit.log, checkpoint_records: 5{extra}}}\n"),
    )
    .unwrap();
    let _ = std::fs::create_dir(setup.path("audit"));
}

/// `stored.yaml`: the test config with the trail in the store only.
fn stored(setup: &Setup, extra: &str) {
    let config = std::fs::read_to_string(setup.path("cu-kms.yaml")).unwrap();
    std::fs::write(
        setup.path("stored.yaml"),
        format!("{config}\naudit: {{store: true{extra}}}\n"),
    )
    .unwrap();
}

fn verify(setup: &Setup, file: &str) -> (Option<i32>, Value) {
    let out = cu()
        .current_dir(setup.dir.path())
        .args(common::servers::state_args(
            setup.dir.path(),
            &[
                "--output", "json", "kms", "audit", "verify", file, "--store", "kms.db",
            ],
        ))
        .args(["--unseal-file", "unseal.key"])
        .output()
        .unwrap();
    let text = if out.status.success() {
        String::from_utf8_lossy(&out.stdout).to_string()
    } else {
        String::from_utf8_lossy(&out.stderr)
            .trim()
            .lines()
            .last()
            .unwrap_or("")
            .to_string()
    };
    (
        out.status.code(),
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")),
    )
}

fn records(setup: &Setup) -> Vec<Value> {
    std::fs::read_to_string(setup.path("audit/audit.log"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

on_both_stores!(every_operation_is_recorded_and_the_trail_verifies);

fn every_operation_is_recorded_and_the_trail_verifies(setup: Setup) {
    audited(&setup, "audited.yaml", "");
    let s = setup.start("audited.yaml");
    let a = "admin-a";
    s.ok(
        "POST",
        "/keys",
        a,
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    s.ok(
        "POST",
        "/keys",
        a,
        Some(json!({"name": "sig", "type": "ed25519"})),
    );
    s.ok(
        "POST",
        "/keys",
        a,
        Some(json!({"name": "hooks", "type": "hmac-sha256"})),
    );
    let ct = s.ok(
        "POST",
        "/keys/orders/encrypt",
        a,
        Some(json!({"plaintext": b64(b"card 4111")})),
    );
    s.ok("POST", "/keys/orders/rotate", a, None);
    s.ok(
        "POST",
        "/decrypt",
        a,
        Some(json!({"ciphertext": ct["ciphertext"]})),
    );
    s.ok(
        "POST",
        "/keys/orders/rewrap",
        a,
        Some(json!({"ciphertext": ct["ciphertext"]})),
    );
    s.ok("POST", "/keys/orders/versions/1/disable", a, None);
    s.ok("POST", "/keys/orders/versions/1/enable", a, None);
    let jws = s.ok(
        "POST",
        "/keys/sig/sign",
        a,
        Some(json!({"message": b64(b"release")})),
    );
    s.ok(
        "POST",
        "/keys/sig/verify",
        a,
        Some(json!({"jws": jws["signature"]})),
    );
    let tag = s.ok(
        "POST",
        "/keys/hooks/mac",
        a,
        Some(json!({"message": b64(b"body")})),
    );
    s.ok(
        "POST",
        "/keys/hooks/mac-verify",
        a,
        Some(json!({"message": b64(b"body"), "mac": tag["mac"]})),
    );
    s.ok("POST", "/keys/orders/datakey", a, None);
    s.ok("GET", "/keys", a, None);
    s.ok("GET", "/keys/orders", a, None);
    s.ok("DELETE", "/keys/hooks", a, None);
    let refused = s.request(
        "POST",
        "/keys/orders/encrypt",
        Some("app-a"),
        Some(json!({"plaintext": "eA"})),
    );
    assert_eq!(refused.status, 200, "app-a may encrypt with orders");
    let forbidden = s.request("POST", "/keys/orders/rotate", Some("app-a"), None);
    assert_eq!(forbidden.status, 403);
    let wrong = s
        .client(false)
        .post(format!("{}/service/api/v1/keys/orders/encrypt", s.public))
        .basic_auth("admin-a", Some("wrong-password"))
        .header("content-type", "application/json")
        .header("x-request-id", "guess-1")
        .body(r#"{"plaintext":"eA"}"#)
        .send()
        .unwrap();
    assert_eq!(wrong.status(), 401);
    // A path naming no possible key (20,000 characters) is recorded without it: the trail
    // stays readable.
    let long = s.request(
        "POST",
        &format!("/keys/{}/encrypt", "a".repeat(20_000)),
        Some("admin-a"),
        Some(json!({"plaintext": "eA"})),
    );
    assert!(long.status >= 400, "{:?}", long.body);
    drop(s);

    let all = records(&setup);
    let requests: Vec<&Value> = all.iter().filter(|r| r["type"] == "request").collect();
    let ops: Vec<&str> = requests.iter().map(|r| r["op"].as_str().unwrap()).collect();
    for op in [
        "create",
        "encrypt",
        "rotate",
        "decrypt",
        "rewrap",
        "disable",
        "enable",
        "sign",
        "verify",
        "mac",
        "mac-verify",
        "datakey",
        "list",
        "show",
        "delete",
    ] {
        assert!(ops.contains(&op), "no {op} record in {ops:?}");
    }
    let rotate = requests.iter().find(|r| r["op"] == "rotate").unwrap();
    assert_eq!(rotate["principal"], "admin-a");
    assert_eq!(rotate["tenant"], TENANT_A);
    assert_eq!(rotate["auth"], "password");
    assert_eq!(rotate["key"], "orders");
    assert_eq!(rotate["version"], 2);
    assert_eq!(rotate["result"], "ok");
    let decrypt = requests.iter().find(|r| r["op"] == "decrypt").unwrap();
    assert_eq!(decrypt["key"], "orders");
    assert_eq!(
        decrypt["version"], 1,
        "the version the ciphertext was made under"
    );
    let disable = requests.iter().find(|r| r["op"] == "disable").unwrap();
    assert_eq!(disable["version"], 1);
    let denied = requests
        .iter()
        .find(|r| r["op"] == "rotate" && r["principal"] == "app-a")
        .unwrap();
    assert_eq!(denied["result"], "denied");
    assert_eq!(denied["problem"], "forbidden");
    let guess = requests
        .iter()
        .find(|r| r["request_id"] == "guess-1")
        .unwrap();
    assert_eq!(guess["result"], "denied");
    assert_eq!(guess["status"], 401);
    assert!(guess.get("principal").is_none(), "{guess}");
    assert_eq!(guess["auth_attempted"], "password");
    // Who tried only as an HMAC, which `cu kms audit hmac` reproduces.
    let out = assert_cmd::Command::new(env!("CARGO_BIN_EXE_cu"))
        .current_dir(setup.dir.path())
        .args(["kms", "audit", "hmac"])
        .args(&setup.store)
        .args(["--unseal-file", "unseal.key"])
        .write_stdin("admin-a")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        guess["user_hmac"].as_str().unwrap(),
        String::from_utf8_lossy(&out.stdout).trim()
    );
    // Never a secret in the trail.
    let text = std::fs::read_to_string(setup.path("audit/audit.log")).unwrap();
    for secret in [
        "pw-admin-a",
        "wrong-password",
        &b64(b"card 4111"),
        ct["ciphertext"].as_str().unwrap(),
    ] {
        assert!(!text.contains(secret), "the trail holds {secret}");
    }
    // A clean stop seals the trail: intact, and nothing after the last checkpoint.
    assert_eq!(all.last().unwrap()["type"], "checkpoint");
    let (code, doc) = verify(&setup, "audit/audit.log");
    assert_eq!(code, Some(0), "{doc}");
    assert_eq!(doc["intact"], true);
    assert_eq!(doc["unsealed"], 0);
    assert!(doc["checkpoints"].as_u64().unwrap() >= 4, "{doc}");
    assert_eq!(doc["signed_by"], json!(["audit-checkpoint/v1"]));

    // A restart continues the same chain.
    let s = setup.start("audited.yaml");
    s.ok("GET", "/keys", a, None);
    drop(s);
    let (code, doc) = verify(&setup, "audit/audit.log");
    assert_eq!(code, Some(0), "{doc}");
    assert_eq!(
        doc["last_seq"].as_u64().unwrap() as usize,
        records(&setup).len()
    );

    // Search by key and operation.
    let out = cu()
        .current_dir(setup.dir.path())
        .args([
            "kms",
            "audit",
            "search",
            "audit/audit.log",
            "--key",
            "orders",
            "--op",
            "rotate",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let found: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found
        .iter()
        .all(|r| r["op"] == "rotate" && r["key"] == "orders"));
}

fn verify_in_store(setup: &Setup) -> (Option<i32>, Value) {
    let out = cu()
        .current_dir(setup.dir.path())
        .args(["--output", "json", "kms", "audit", "verify", "--in-store"])
        .args(&setup.store)
        .args(["--unseal-file", "unseal.key"])
        .output()
        .unwrap();
    let text = if out.status.success() {
        String::from_utf8_lossy(&out.stdout).to_string()
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        err.trim().lines().last().unwrap_or("").to_string()
    };
    (
        out.status.code(),
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")),
    )
}

/// Run `sql` on the store's main database (SQLite `kms.db`, or the PostgreSQL database).
fn on_store_db(setup: &Setup, sqlite: &str, postgres: &str) {
    let store = &setup.store[1];
    if store.starts_with("postgres://") {
        let db = store.rsplit('/').next().unwrap();
        let mut c = common::pg::cluster().unwrap().connect(db).unwrap();
        c.batch_execute(postgres).unwrap();
    } else {
        let c = rusqlite::Connection::open(setup.path("kms.db")).unwrap();
        c.execute_batch(sqlite).unwrap();
    }
}

on_both_stores!(the_store_trail_is_one_chain_for_every_instance);

/// `audit.store: true`: two instances on one store append one chain, between them, in the
/// store's table; `audit verify --in-store` checks it and catches an edited row.
fn the_store_trail_is_one_chain_for_every_instance(setup: Setup) {
    stored(&setup, ", checkpoint_records: 7");
    // Realm changes made with the CLI are admin records in the same chain.
    let admin = |args: &[&str], stdin: &str| {
        let out = assert_cmd::Command::new(env!("CARGO_BIN_EXE_cu"))
            .current_dir(setup.dir.path())
            .args(["--output", "json", "kms", "realm"])
            .args(args)
            .args(&setup.store)
            .args(["--unseal-file", "unseal.key"])
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    admin(
        &[
            "user",
            "add",
            "carol",
            "--tenant",
            TENANT_A,
            "--scope",
            "kms:encrypt",
        ],
        "carol-password-1",
    );
    let key = admin(
        &[
            "api-key",
            "create",
            "--tenant",
            TENANT_A,
            "--name",
            "ci",
            "--scope",
            "kms:encrypt",
        ],
        "",
    );
    let id = key["id"].as_str().unwrap().to_string();
    admin(&["api-key", "revoke", &id], "");
    admin(&["user", "remove", "carol"], "");
    let one = setup.start("stored.yaml");
    let two = setup.start("stored.yaml");
    one.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let per_instance = 20;
    std::thread::scope(|scope| {
        for s in [&one, &two] {
            scope.spawn(move || {
                for i in 0..per_instance {
                    let r = s.request(
                        "POST",
                        "/keys/orders/encrypt",
                        Some("app-a"),
                        Some(json!({"plaintext": b64(format!("n{i}").as_bytes())})),
                    );
                    assert_eq!(r.status, 200, "{:?}", r.body);
                }
            });
        }
    });
    drop(one);
    drop(two);
    let (code, doc) = verify_in_store(&setup);
    assert_eq!(code, Some(0), "{doc}");
    assert_eq!(doc["intact"], true);
    assert_eq!(doc["first_seq"], 1);
    assert_eq!(
        doc["unsealed"], 0,
        "each instance seals its part at shutdown"
    );
    assert!(doc["checkpoints"].as_u64().unwrap() >= 2, "{doc}");
    // Search reads the same table: every encrypt of both instances is there.
    let out = cu()
        .current_dir(setup.dir.path())
        .args(["kms", "audit", "search", "--in-store", "--op", "encrypt"])
        .args(&setup.store)
        .args(["--unseal-file", "unseal.key"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found = String::from_utf8_lossy(&out.stdout).lines().count();
    assert_eq!(found, 2 * per_instance);
    let out = cu()
        .current_dir(setup.dir.path())
        .args(["kms", "audit", "search", "--in-store"])
        .args(&setup.store)
        .args(["--unseal-file", "unseal.key"])
        .output()
        .unwrap();
    let admin_ops: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["type"] == "admin")
        .collect();
    let names: Vec<&str> = admin_ops
        .iter()
        .map(|r| r["op"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "realm_user_add",
            "api_key_create",
            "api_key_revoke",
            "realm_user_remove"
        ]
    );
    assert_eq!(admin_ops[1]["subject"], id.as_str());
    assert_eq!(admin_ops[1]["tenant"], key["tenant"]);
    // An emptied trail is no proof of anything: refused.
    assert_eq!(verify_in_store(&Setup::new()).0, Some(2), "an empty trail");
    // An edited row (record 12, a request: the edit changes its result) breaks the chain.
    on_store_db(
        &setup,
        "UPDATE audit_trail SET line = replace(line, '\"result\":\"ok\"', '\"result\":\"no\"') WHERE seq = 12;",
        "UPDATE cu.audit_trail SET line = replace(line, '\"result\":\"ok\"', '\"result\":\"no\"') WHERE seq = 12;",
    );
    let (code, doc) = verify_in_store(&setup);
    assert_eq!(code, Some(2), "{doc}");
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("record 12 was changed"),
        "{doc}"
    );
}

on_both_stores!(sigkill_under_load_leaves_both_trails_intact);

/// SIGKILL in the middle of a load, three times, and once with a record cut short at the
/// file's end (as a kill mid-write leaves it): each restart continues both chains (the cut
/// record, never acknowledged, is dropped and said so), and both verify.
fn sigkill_under_load_leaves_both_trails_intact(setup: Setup) {
    audited(&setup, "both.yaml", ", store: true");
    for round in 0..3 {
        let mut s = setup.start("both.yaml");
        let pid = s.child.id().to_string();
        if round == 0 {
            s.ok(
                "POST",
                "/keys",
                "admin-a",
                Some(json!({"name": "orders", "type": "aes-256-gcm"})),
            );
        }
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    let client = s.client(false);
                    let url = format!("{}/service/api/v1/keys/orders/encrypt", s.public);
                    for i in 0..40 {
                        // Answers stop when the server dies: only the trail matters here.
                        let _ = client
                            .post(&url)
                            .basic_auth("app-a", Some("pw-app-a"))
                            .json(&json!({"plaintext": b64(format!("m{i}").as_bytes())}))
                            .send();
                    }
                });
            }
            std::thread::sleep(std::time::Duration::from_millis(150));
            let killed = Command::new("kill").args(["-KILL", &pid]).status().unwrap();
            assert!(killed.success());
        });
        let _ = s.child.wait();
        if round == 2 {
            use std::io::Write;
            std::fs::OpenOptions::new()
                .append(true)
                .open(setup.path("audit/audit.log"))
                .unwrap()
                .write_all(br#"{"seq":999999,"ts":"2026-12-02T00:00"#)
                .unwrap();
        }
    }
    let s = setup.start("both.yaml");
    s.ok("GET", "/keys", "admin-a", None);
    drop(s);
    let (code, doc) = verify(&setup, "audit/audit.log");
    assert_eq!(code, Some(0), "{doc}");
    assert!(
        records(&setup)
            .iter()
            .any(|r| r["type"] == "restart" && r["dropped_partial_bytes"].as_u64() > Some(0)),
        "the cut record is noted"
    );
    let (code, doc) = verify_in_store(&setup);
    assert_eq!(code, Some(0), "{doc}");
}

/// `fsync: background`: an answer waits for its record to be written, not synced, so a
/// SIGKILL loses no record of an answered request; the file rotates (its syncer follows
/// the new file) and the trail verifies after a restart.
#[test]
fn background_fsync_loses_no_answered_record_to_sigkill() {
    let setup = Setup::new();
    audited(&setup, "bg.yaml", ", fsync: background, max_bytes: 8192");
    let mut s = setup.start("bg.yaml");
    let pid = s.child.id().to_string();
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let answered = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for t in 0..4 {
            let (s, answered) = (&s, &answered);
            scope.spawn(move || {
                let client = s.client(false);
                let url = format!("{}/service/api/v1/keys/orders/encrypt", s.public);
                for i in 0..60 {
                    let id = format!("bg-{t}-{i}");
                    let r = client
                        .post(&url)
                        .header("x-request-id", &id)
                        .basic_auth("app-a", Some("pw-app-a"))
                        .json(&json!({"plaintext": b64(b"x")}))
                        .send();
                    match r {
                        Ok(r) if r.status() == 200 => answered.lock().unwrap().push(id),
                        Ok(r) => panic!("{id}: {}", r.status()),
                        // The server is gone.
                        Err(_) => return,
                    }
                }
            });
        }
        std::thread::sleep(std::time::Duration::from_millis(400));
        let killed = Command::new("kill").args(["-KILL", &pid]).status().unwrap();
        assert!(killed.success());
    });
    let _ = s.child.wait();
    let answered = answered.into_inner().unwrap();
    assert!(answered.len() > 20, "only {} answered", answered.len());
    let mut files = std::fs::read_dir(setup.path("audit"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect::<Vec<_>>();
    assert!(files.len() > 1, "the trail rotated: {files:?}");
    files.sort();
    let text: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    for id in &answered {
        assert!(
            text.contains(&format!("\"request_id\":\"{id}\"")),
            "answered {id} has no record"
        );
    }
    let s = setup.start("bg.yaml");
    s.ok("GET", "/keys", "admin-a", None);
    drop(s);
    let (code, doc) = verify(&setup, "audit/audit.log");
    assert_eq!(code, Some(0), "{doc}");
    assert_eq!(doc["unsealed"], 0, "{doc}");
}

on_both_stores!(a_trail_cut_back_behind_the_server_stops_it);

/// A server notices when the records it wrote to the store's table were removed behind it
/// (a tail cut back to hide what was done): with the store as its only sink, it refuses
/// requests rather than chain new records onto the shortened trail.
fn a_trail_cut_back_behind_the_server_stops_it(setup: Setup) {
    stored(&setup, "");
    let s = setup.start("stored.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    s.ok("GET", "/keys/orders", "admin-a", None);
    on_store_db(
        &setup,
        "DELETE FROM audit_trail WHERE seq = (SELECT MAX(seq) FROM audit_trail);",
        "DELETE FROM cu.audit_trail WHERE seq = (SELECT MAX(seq) FROM cu.audit_trail);",
    );
    let r = s.request("GET", "/keys/orders", Some("admin-a"), None);
    assert_eq!(r.status, 503, "{:?}", r.body);
    let (status, ready) = s.admin_get("/readyz");
    assert_eq!(status, 503, "{ready}");
    assert!(ready.contains("\"audit\""), "{ready}");
}

/// Each kind of tampering is caught, at the record where it happened.
#[test]
fn verify_catches_deleted_edited_reordered_truncated_and_forged() {
    let setup = Setup::new();
    audited(&setup, "audited.yaml", "");
    let s = setup.start("audited.yaml");
    s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    for _ in 0..12 {
        s.ok(
            "POST",
            "/keys/orders/encrypt",
            "admin-a",
            Some(json!({"plaintext": "eA"})),
        );
    }
    drop(s);
    let good = std::fs::read_to_string(setup.path("audit/audit.log")).unwrap();
    let lines: Vec<&str> = good.lines().collect();
    assert!(lines.len() >= 15);
    let check = |name: &str, text: String, expect: &str| {
        std::fs::write(setup.path(&format!("audit/{name}")), text).unwrap();
        let (code, doc) = verify(&setup, &format!("audit/{name}"));
        assert_eq!(code, Some(2), "{name}: {doc}");
        let message = doc["error"]["message"].as_str().unwrap();
        assert!(message.contains(expect), "{name}: {message}");
        assert!(
            message.contains(&format!("audit/{name}")),
            "{name}: names the file: {message}"
        );
        doc
    };
    let join = |ls: Vec<&str>| ls.join("\n") + "\n";

    let mut deleted = lines.clone();
    deleted.remove(6);
    check(
        "deleted.log",
        join(deleted),
        "line 7 (record 8): records 7 to 7 are missing",
    );

    let mut edited = lines.clone();
    let changed = edited[4].replace("\"status\":200", "\"status\":201");
    assert_ne!(changed, edited[4]);
    edited[4] = &changed;
    check("edited.log", join(edited), "record 5 was changed");

    let mut reordered = lines.clone();
    reordered.swap(8, 9);
    check("reordered.log", join(reordered), "line 9");

    let cut = &good[..good.len() - 20];
    check("truncated.log", cut.to_string(), "cut short");

    // A checkpoint re-signed by a key of another store: its signature does not verify.
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("o.key"), [7u8; 32]).unwrap();
    let mut c = cu();
    c.current_dir(other.path()).args([
        "-q",
        "kms",
        "init",
        "--store",
        "o.db",
        "--unseal-file",
        "o.key",
    ]);
    assert!(c.status().unwrap().success());
    let sign = |payload: &str| {
        let mut c = cu();
        c.current_dir(other.path())
            .args([
                "kms",
                "sign",
                "forger",
                "--store",
                "o.db",
                "--unseal-file",
                "o.key",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped());
        let mut child = c.spawn().unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(payload.as_bytes())
            .unwrap();
        String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
    };
    let mut k = cu();
    k.current_dir(other.path()).args([
        "-q",
        "kms",
        "key",
        "create",
        "forger",
        "--type",
        "ed25519",
        "--store",
        "o.db",
        "--unseal-file",
        "o.key",
    ]);
    assert!(k.status().unwrap().success());
    let at = lines
        .iter()
        .position(|l| l.contains("\"type\":\"checkpoint\""))
        .unwrap();
    let cp: Value = serde_json::from_str(lines[at]).unwrap();
    let payload = format!(
        "cu-audit-checkpoint:v1:{}:{}:{}",
        cp["seq"],
        cp["prev"].as_str().unwrap(),
        cp["ts"].as_str().unwrap()
    );
    let forged_sig = sign(&payload);
    let forged_line = lines[at].replace(cp["sig"].as_str().unwrap(), forged_sig.trim());
    let mut forged = lines.clone();
    forged[at] = &forged_line;
    // The next record's prev is fixed up too, as a forger would.
    let fixed_next;
    if at + 1 < forged.len() {
        let hash = sha_hex(forged_line.as_bytes());
        fixed_next = forged[at + 1].replace(cp_prev_of(forged[at + 1]).as_str(), &hash);
        forged[at + 1] = &fixed_next;
    }
    check(
        "forged.log",
        join(forged),
        &format!("checkpoint {} does not verify", cp["seq"]),
    );

    // The untouched trail still verifies.
    let (code, doc) = verify(&setup, "audit/audit.log");
    assert_eq!(code, Some(0), "{doc}");
}

fn cp_prev_of(line: &str) -> String {
    let v: Value = serde_json::from_str(line).unwrap();
    v["prev"].as_str().unwrap().to_string()
}

fn sha_hex(b: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(b)
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

/// A trail that cannot be written refuses the operation: the decrypt's plaintext is not
/// sent, and later requests are refused before they run (503 with Retry-After). The file is
/// held to about 8 KiB past its size with RLIMIT_FSIZE (writes past it fail with EFBIG; SIGXFSZ ignored).
#[test]
fn fail_closed_when_the_trail_cannot_be_written() {
    let setup = Setup::new();
    audited(&setup, "audited.yaml", "");
    // A first start makes the audit key (the store grows past the limit doing so).
    let s = setup.start("audited.yaml");
    let ct = s.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    assert_eq!(ct["name"], "orders");
    let ct = s.ok(
        "POST",
        "/keys/orders/encrypt",
        "admin-a",
        Some(json!({"plaintext": b64(b"secret")})),
    );
    // A trail of some size, so that the limit leaves room for the store's own files.
    for _ in 0..200 {
        s.ok(
            "POST",
            "/keys/orders/encrypt",
            "admin-a",
            Some(json!({"plaintext": "eA"})),
        );
    }
    drop(s);
    let size = std::fs::metadata(setup.path("audit/audit.log"))
        .unwrap()
        .len();
    assert!(size > 64 << 10, "{size}");
    let limited = |config: &str| {
        let size = std::fs::metadata(setup.path("audit/audit.log"))
            .unwrap()
            .len();
        let blocks = size / 512 + 16;
        let mut c = Command::new("sh");
        c.current_dir(setup.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("CI")
            .args([
                "-c",
                &format!(
                    "trap '' XFSZ; ulimit -f {blocks} && exec {} --output json kms serve --config {config}",
                    env!("CARGO_BIN_EXE_cu")
                ),
            ]);
        setup.serve(c)
    };
    let s = limited("audited.yaml");
    let mut refused = None;
    for _ in 0..400 {
        let r = s.request(
            "POST",
            "/decrypt",
            Some("admin-a"),
            Some(json!({"ciphertext": ct["ciphertext"]})),
        );
        if r.status != 200 {
            refused = Some(r);
            break;
        }
        assert_eq!(r.body["plaintext"], b64(b"secret"));
    }
    let r = refused.expect("the trail never filled");
    assert_eq!(r.status, 503, "{}", r.body);
    assert_eq!(r.body["code"], "unavailable");
    assert!(r.body.get("plaintext").is_none());
    assert!(r.headers.contains_key("retry-after"));
    let again = s.request("GET", "/keys", Some("admin-a"), None);
    assert_eq!(again.status, 503, "refused before it runs: {}", again.body);
    drop(s);

    // fail_closed: false serves on without records.
    audited(&setup, "open.yaml", ", fail_closed: false");
    let s = limited("open.yaml");
    for _ in 0..200 {
        let r = s.request(
            "POST",
            "/decrypt",
            Some("admin-a"),
            Some(json!({"ciphertext": ct["ciphertext"]})),
        );
        assert_eq!(r.status, 200, "{}", r.body);
    }
}

/// Nobody may belong to the tenant whose key signs the trail.
#[test]
fn the_audit_tenant_is_reserved() {
    let setup = Setup::new();
    let audit_tenant = "00000000-0000-4000-8000-0000000a0d17";
    std::fs::write(
        setup.path("bad-realm.yml"),
        format!("demo: true\nprincipals:\n  - name: x\n    tenant: {audit_tenant}\n    password: pw-x-123456\n    scopes: [\"kms:*\"]\n"),
    )
    .unwrap();
    let config = std::fs::read_to_string(setup.path("cu-kms.yaml"))
        .unwrap()
        .replace("realm: realm.yml", "realm: bad-realm.yml");
    std::fs::write(setup.path("bad.yaml"), config).unwrap();
    let out = cu()
        .current_dir(setup.dir.path())
        .args(["kms", "serve", "--config", "bad.yaml", "--check-config"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("audit tenant"));
    let out = cu()
        .current_dir(setup.dir.path())
        .args([
            "kms",
            "realm",
            "api-key",
            "create",
            "--tenant",
            audit_tenant,
            "--name",
            "k",
        ])
        .args([
            "--scope",
            "kms:encrypt",
            "--store",
            "kms.db",
            "--unseal-file",
            "unseal.key",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("audit tenant"));
}
