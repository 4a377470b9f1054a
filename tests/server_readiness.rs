//! `/readyz` checks what a request needs and says so in JSON: the store answers, the
//! database realm reads, the identity server's JWKS is fresh, the audit trail takes records.
//! Each check turns the answer into 503, naming itself, when its dependency is taken away,
//! and back to 200 when it returns.

mod common;

use std::time::{Duration, Instant};

use common::servers::{Server, Setup};
use serde_json::Value;

fn readyz(s: &Server) -> (u16, Value) {
    let (status, text) = s.admin_get("/readyz");
    (
        status,
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")),
    )
}

fn check<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name} check in {doc}"))
}

/// Wait (at most 10 s) until `/readyz` answers `status` with check `name` in `state`.
fn until(s: &Server, status: u16, name: &str, state: &str) -> Value {
    let started = Instant::now();
    loop {
        let (got, doc) = readyz(s);
        if got == status && check(&doc, name)["state"] == state {
            return doc;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "/readyz never answered {status} with {name} {state}: {got} {doc}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn sql(setup: &Setup, statements: &str) {
    rusqlite::Connection::open(setup.path("kms.db"))
        .unwrap()
        .execute_batch(statements)
        .unwrap();
}

#[test]
fn every_check_turns_503_when_its_dependency_goes() {
    let setup = Setup::new();
    setup.identity_config("cu-identity.yaml");
    let identity = setup.start_identity("cu-identity.yaml");
    setup.config(
        "ready.yaml",
        "off",
        &format!(
            "auth_order: [file, database, federation]\nfederation: {{issuer: \"{}\", ca: ca/root.pem, jwks_cache_seconds: 1}}\naudit: {{store: true}}\n",
            identity.public
        ),
    );
    let kms = setup.start("ready.yaml");
    let doc = until(&kms, 200, "federation", "ok");
    assert_eq!(doc["status"], "ready");
    let names: Vec<&str> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["store", "realm", "federation", "audit"], "{doc}");
    for c in doc["checks"].as_array().unwrap() {
        assert_eq!(c["state"], "ok", "{doc}");
        assert!(c["age_seconds"].as_f64().unwrap() >= 0.0, "{doc}");
    }

    // The store's root tier gone: the store check fails, the others hold.
    sql(&setup, "ALTER TABLE root_keys RENAME TO root_keys_away;");
    let doc = until(&kms, 503, "store", "failing");
    assert_eq!(doc["status"], "not_ready");
    assert!(check(&doc, "store")["error"].as_str().is_some(), "{doc}");
    assert_eq!(check(&doc, "realm")["state"], "ok", "{doc}");
    sql(&setup, "ALTER TABLE root_keys_away RENAME TO root_keys;");
    until(&kms, 200, "store", "ok");

    // The database realm's table gone.
    sql(
        &setup,
        "ALTER TABLE kms_realm_users RENAME TO kms_realm_users_away;",
    );
    let doc = until(&kms, 503, "realm", "failing");
    assert!(
        check(&doc, "realm")["error"]
            .as_str()
            .unwrap()
            .contains("database realm"),
        "{doc}"
    );
    sql(
        &setup,
        "ALTER TABLE kms_realm_users_away RENAME TO kms_realm_users;",
    );
    until(&kms, 200, "realm", "ok");

    // The audit trail's table gone: the next record fails, the trail is unwritable.
    sql(
        &setup,
        "ALTER TABLE audit_trail RENAME TO audit_trail_away;",
    );
    let r = kms.request("GET", "/keys", Some("admin-a"), None);
    assert_eq!(r.status, 503, "a request whose record is lost is refused");
    let doc = until(&kms, 503, "audit", "failing");
    assert_eq!(check(&doc, "store")["state"], "ok", "{doc}");
    sql(
        &setup,
        "ALTER TABLE audit_trail_away RENAME TO audit_trail;",
    );
    until(&kms, 200, "audit", "ok");

    // The identity server gone: once the JWKS is older than jwks_cache_seconds and cannot
    // be fetched again, federation fails, with the age of the keys it still has.
    drop(identity);
    let doc = until(&kms, 503, "federation", "failing");
    let federation = check(&doc, "federation");
    assert!(
        federation["error"].as_str().unwrap().contains("JWKS"),
        "{doc}"
    );
    assert!(federation["age_seconds"].as_f64().unwrap() > 0.0, "{doc}");
    drop(kms);
}

/// The identity server checks its state (and its audit trail, with `audit:`).
#[test]
fn the_identity_server_checks_its_state_and_trail() {
    let setup = Setup::new();
    setup.identity_config("cu-identity.yaml");
    let config = std::fs::read_to_string(setup.path("cu-identity.yaml")).unwrap();
    std::fs::write(
        setup.path("audited.yaml"),
        format!("{config}audit: {{store: true}}\n"),
    )
    .unwrap();
    let s = setup.start_identity("audited.yaml");
    let doc = until(&s, 200, "state", "ok");
    assert_eq!(check(&doc, "audit")["state"], "ok", "{doc}");
    let state = rusqlite::Connection::open(setup.path("identity.db")).unwrap();
    state
        .execute_batch("ALTER TABLE clients RENAME TO clients_away;")
        .unwrap();
    let doc = until(&s, 503, "state", "failing");
    assert_eq!(doc["status"], "not_ready");
    state
        .execute_batch("ALTER TABLE clients_away RENAME TO clients;")
        .unwrap();
    until(&s, 200, "state", "ok");
    // The key store's audit table gone: a record fails, the trail check follows.
    rusqlite::Connection::open(setup.path("identity-keys.db"))
        .unwrap()
        .execute_batch("ALTER TABLE audit_trail RENAME TO audit_trail_away;")
        .unwrap();
    let r = s
        .client(false)
        .post(format!("{}/oauth2/v1/token", s.public))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", "nobody"),
        ])
        .send()
        .unwrap();
    assert_eq!(r.status(), 503);
    until(&s, 503, "audit", "failing");
}
