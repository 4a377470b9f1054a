//! The identity server's signing keys are sealed in a `cu kms` store: after a real server has
//! issued tokens and rotated its key, no file it or its key store wrote (the state, its
//! `-wal`/`-shm`/`-journal`, the key store's main and tenant files, lock files) holds an
//! Ed25519 seed in any form. Two searches: the exact seeds, recovered the way an attacker with
//! the unseal file would (open the store, unwrap each version) and looked for raw, base64url,
//! base64 and hex; and every 32-byte window of every file taken as a seed and its public key
//! compared with every key the JWKS published. A schema-2 state (the plaintext layout of
//! before) is the control: the same searches find its seeds, and after the new server opened
//! it they are gone while the tokens they signed still verify until they expire.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use common::servers::{b64, cu, run_ok, Server, Setup, TENANT_A};
use ed25519_dalek::pkcs8::DecodePrivateKey;
use rayon::prelude::*;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const KEY: &str = cu::identity::keys::DEFAULT_KEY_NAME;

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Every regular file under `dir`, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

fn names(files: &[(PathBuf, Vec<u8>)], dir: &Path) -> Vec<String> {
    files
        .iter()
        .map(|(p, b)| {
            format!(
                "{} ({} B)",
                p.strip_prefix(dir).unwrap_or(p).display(),
                b.len()
            )
        })
        .collect()
}

/// The forms a seed could be written in.
fn forms(seed: &[u8; 32]) -> Vec<(&'static str, Vec<u8>)> {
    let hex: String = seed.iter().map(|b| format!("{b:02x}")).collect();
    vec![
        ("raw", seed.to_vec()),
        ("base64url", URL_SAFE_NO_PAD.encode(seed).into_bytes()),
        ("base64url padded", URL_SAFE.encode(seed).into_bytes()),
        ("base64", STANDARD.encode(seed).into_bytes()),
        ("base64 unpadded", STANDARD_NO_PAD.encode(seed).into_bytes()),
        ("hex", hex.clone().into_bytes()),
        ("HEX", hex.to_uppercase().into_bytes()),
    ]
}

/// Where any form of any seed occurs.
fn seed_hits(files: &[(PathBuf, Vec<u8>)], seeds: &[[u8; 32]]) -> Vec<String> {
    let mut hits = Vec::new();
    for seed in seeds {
        for (form, needle) in forms(seed) {
            for (path, bytes) in files {
                if let Some(at) = bytes.windows(needle.len()).position(|w| w == needle) {
                    hits.push(format!("{form} seed in {} at {at}", path.display()));
                }
            }
        }
    }
    hits
}

/// Every 32-byte window of every file taken as an Ed25519 seed: where one's public key is one
/// of `publics`. This needs no knowledge of the seeds at all.
fn window_hits(files: &[(PathBuf, Vec<u8>)], publics: &HashSet<[u8; 32]>) -> Vec<String> {
    files
        .par_iter()
        .flat_map(|(path, bytes)| {
            if bytes.len() < 32 {
                return Vec::new();
            }
            (0..=bytes.len() - 32)
                .into_par_iter()
                .filter_map(|at| {
                    let seed: [u8; 32] = bytes[at..at + 32].try_into().unwrap();
                    let public = ed25519_dalek::SigningKey::from_bytes(&seed)
                        .verifying_key()
                        .to_bytes();
                    publics
                        .contains(&public)
                        .then(|| format!("a seed of a published key in {} at {at}", path.display()))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Both searches over every file under `dir`; prints what was searched and how long it took.
fn search(dir: &Path, seeds: &[[u8; 32]], publics: &HashSet<[u8; 32]>) -> Vec<String> {
    let all = files(dir);
    let bytes: usize = all.iter().map(|(_, b)| b.len()).sum();
    let started = Instant::now();
    let mut hits = seed_hits(&all, seeds);
    hits.extend(window_hits(&all, publics));
    eprintln!(
        "searched {} files, {bytes} bytes, for {} seeds and {} public keys in {:?}: {:?}",
        all.len(),
        seeds.len(),
        publics.len(),
        started.elapsed(),
        names(&all, dir)
    );
    hits
}

/// The attacker's route with the unseal file: open the store, unwrap every version.
fn recover_seeds(store: &Path, unseal: &Path, tenant: &str) -> Vec<[u8; 32]> {
    let unseal = cu::kms::store::Unseal::Secret(std::fs::read(unseal).unwrap().into());
    let mut store =
        cu::kms::store::Store::open(store, &unseal, Some(tenant), false, now()).unwrap();
    let info = store.key_info(KEY).unwrap();
    info.versions
        .iter()
        .map(|v| {
            let (_, _, pkcs8) = store
                .material(KEY, Some(v.version), &[cu::kms::KeyType::Ed25519], "export")
                .unwrap();
            ed25519_dalek::SigningKey::from_pkcs8_der(&pkcs8)
                .unwrap()
                .to_bytes()
        })
        .collect()
}

fn public_of(seed: &[u8; 32]) -> [u8; 32] {
    ed25519_dalek::SigningKey::from_bytes(seed)
        .verifying_key()
        .to_bytes()
}

fn jwks(identity: &Server) -> Value {
    identity
        .client(false)
        .get(format!("{}/oauth2/v1/jwks", identity.public))
        .send()
        .unwrap()
        .json()
        .unwrap()
}

fn jwks_publics(jwks: &Value) -> HashSet<[u8; 32]> {
    jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            URL_SAFE_NO_PAD
                .decode(k["x"].as_str().unwrap())
                .unwrap()
                .try_into()
                .unwrap()
        })
        .collect()
}

fn kids(jwks: &Value) -> Vec<String> {
    jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap().to_string())
        .collect()
}

fn token(setup: &Setup, identity: &Server, client: &str) -> String {
    let secret = format!("{client}.secret");
    run_ok(
        setup.dir.path(),
        &[
            "identity",
            "token",
            "--server",
            &identity.public,
            "--ca",
            "ca/root.pem",
            "--client-id",
            client,
            "--client-secret-file",
            &secret,
            "--scope",
            "kms:encrypt",
        ],
        None,
    )
    .trim()
    .to_string()
}

/// What the KMS answers a bearer token for an encryption under `orders`.
fn kms_status(kms: &Server, token: &str) -> (u16, Value) {
    let r = kms
        .client(false)
        .post(format!("{}/service/api/v1/keys/orders/encrypt", kms.public))
        .bearer_auth(token)
        .json(&json!({"plaintext": b64(b"x")}))
        .send()
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().unwrap_or(Value::Null))
}

/// Verify a token against a JWKS the way any relying party does.
fn verifies(jwks: &Value, token: &str, issuer: &str) -> bool {
    let keys = cu::identity::jwt::keys_from_jwks(jwks).unwrap();
    cu::identity::jwt::verify(
        token,
        &keys,
        &cu::identity::jwt::Expect {
            issuer,
            audience: "cu-kms",
            typ: cu::identity::jwt::ACCESS_TOKEN_TYPE,
            now: now(),
            leeway: 0,
        },
    )
    .is_ok()
}

fn federated_kms(setup: &Setup, identity: &Server) -> Server {
    setup.federated_config("kms-federated.yaml", &identity.public);
    let kms = setup.start("kms-federated.yaml");
    kms.request(
        "POST",
        "/keys",
        Some("admin-a"),
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    kms
}

/// Stop a server the way an operator does (SIGTERM) and wait for it.
fn stop(server: Server) {
    drop(server);
}

#[test]
fn no_file_holds_a_signing_seed_after_tokens_and_a_rotation() {
    let setup = Setup::new();
    let d = setup.dir.path();
    run_ok(
        d,
        &[
            "-q",
            "identity",
            "client",
            "create",
            "svc-a",
            "--state",
            "identity.db",
            "--tenant",
            TENANT_A,
            "--scope",
            "kms:encrypt",
            "--secret-out",
            "svc-a.secret",
        ],
        None,
    );
    setup.identity_config("cu-identity.yaml");
    let identity = setup.start_identity("cu-identity.yaml");
    let kms = federated_kms(&setup, &identity);
    let before = token(&setup, &identity, "svc-a");
    let rotated = run_ok(
        d,
        &[
            "--output",
            "json",
            "identity",
            "rotate-signing-key",
            "--config",
            "cu-identity.yaml",
        ],
        None,
    );
    let rotated: Value = serde_json::from_str(&rotated).unwrap();
    let after = token(&setup, &identity, "svc-a");
    let kid = |t: &str| cu::identity::jwt::kid_of(t).unwrap();
    assert_ne!(
        kid(&before),
        kid(&after),
        "the running server signs with the new key"
    );
    assert_eq!(rotated["kid"].as_str(), Some(kid(&after).as_str()));
    let published = jwks(&identity);
    assert_eq!(
        kids(&published),
        vec![kid(&before), kid(&after)],
        "the old key stays published"
    );
    for t in [&before, &after] {
        assert!(verifies(&published, t, &identity.public), "JWKS: {t}");
        let (status, body) = kms_status(&kms, t);
        assert_eq!(status, 200, "the KMS takes the token: {body}");
    }
    let publics = jwks_publics(&published);
    // While the server runs, with its -wal and -shm files open (what a live backup copies).
    let live = recover_seeds(
        &setup.path("identity-keys.db"),
        &setup.path("identity-unseal.key"),
        TENANT_A,
    );
    let hits = search(d, &live, &publics);
    assert!(hits.is_empty(), "while serving: {hits:#?}");
    stop(kms);
    stop(identity);

    let seeds = recover_seeds(
        &setup.path("identity-keys.db"),
        &setup.path("identity-unseal.key"),
        TENANT_A,
    );
    assert_eq!(seeds.len(), 2, "one seed per version");
    assert_eq!(
        seeds.iter().map(public_of).collect::<HashSet<_>>(),
        publics,
        "the recovered seeds are those of the published keys"
    );
    let hits = search(d, &seeds, &publics);
    assert!(hits.is_empty(), "{hits:#?}");
    // The state has no table for seeds at all.
    let conn = rusqlite::Connection::open(setup.path("identity.db")).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!tables.iter().any(|t| t == "signing_keys"), "{tables:?}");
}

/// What `main` wrote: schema 2, with the signing keys' seeds in `signing_keys`.
const SCHEMA_2: &str = "
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('magic', 'cu-identity');
CREATE TABLE clients (
    client_id TEXT PRIMARY KEY, kind TEXT NOT NULL, secret_hash BLOB,
    tenant TEXT NOT NULL, scopes TEXT NOT NULL, redirect_uris TEXT NOT NULL,
    created_at INTEGER NOT NULL, grant_types TEXT NOT NULL DEFAULT '[]',
    resource_server INTEGER NOT NULL DEFAULT 0);
CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY, seed BLOB NOT NULL, created_at INTEGER NOT NULL,
    retired_at INTEGER);
CREATE TABLE revoked (jti TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE access_tokens (
    token_hash BLOB PRIMARY KEY, claims TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE pending (
    id TEXT PRIMARY KEY, request TEXT NOT NULL, csrf TEXT NOT NULL,
    expires_at INTEGER NOT NULL);
CREATE TABLE sessions (
    id_hash BLOB PRIMARY KEY, user TEXT NOT NULL, tenant TEXT NOT NULL,
    scopes TEXT NOT NULL, auth_time INTEGER NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE codes (
    code_hash BLOB PRIMARY KEY, grant_data TEXT NOT NULL,
    expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0,
    family TEXT, access_jti TEXT, access_exp INTEGER);
CREATE TABLE refresh_tokens (
    token_hash BLOB PRIMARY KEY, family TEXT NOT NULL, grant_data TEXT NOT NULL,
    expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0);
PRAGMA user_version = 2;
";

/// `main`'s kid: base64url of the first 12 bytes of SHA-256 of the public key.
fn legacy_kid(public: &[u8; 32]) -> String {
    URL_SAFE_NO_PAD.encode(&Sha256::digest(public)[..12])
}

fn random_seed() -> [u8; 32] {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).unwrap();
    seed
}

/// A schema-2 state as `main`'s server leaves it: WAL mode, a confidential client `svc-a`,
/// a key retired long ago, and the current key. Returns (long retired, current) seeds.
fn schema_2_state(path: &Path, secret: &str) -> ([u8; 32], [u8; 32]) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.execute_batch(SCHEMA_2).unwrap();
    let now = now();
    conn.execute(
        "INSERT INTO clients VALUES ('svc-a', 'confidential', ?1, ?2, '[\"kms:encrypt\"]', '[]', ?3, '[\"client_credentials\"]', 0)",
        rusqlite::params![Sha256::digest(secret.as_bytes()).to_vec(), TENANT_A, now - 86_400],
    )
    .unwrap();
    let (old, current) = (random_seed(), random_seed());
    for (seed, created, retired) in [
        (old, now - 90_000, Some(now - 86_400)),
        (current, now - 86_400, None),
    ] {
        conn.execute(
            "INSERT INTO signing_keys VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![legacy_kid(&public_of(&seed)), &seed[..], created, retired],
        )
        .unwrap();
    }
    // Some traffic, as a server that ran a while leaves it.
    for i in 0..200 {
        conn.execute(
            "INSERT INTO revoked VALUES (?1, ?2)",
            rusqlite::params![format!("jti-{i}"), now + 600],
        )
        .unwrap();
    }
    (old, current)
}

fn legacy_token(identity: &Server, seed: &[u8; 32], jti: &str) -> String {
    let now = now();
    let claims = json!({
        "iss": identity.public, "sub": "svc-a", "aud": "cu-kms", "exp": now + 600,
        "iat": now - 60, "jti": jti, "client_id": "svc-a", "scope": "kms:encrypt",
        "tenant_id": TENANT_A,
    });
    cu::identity::jwt::sign(
        &claims,
        &legacy_kid(&public_of(seed)),
        cu::identity::jwt::ACCESS_TOKEN_TYPE,
        &ed25519_dalek::SigningKey::from_bytes(seed),
    )
}

#[test]
fn a_schema_2_state_loses_its_seeds_and_keeps_its_tokens_valid() {
    let setup = Setup::new();
    let d = setup.dir.path();
    let secret = "legacy-secret-of-svc-a";
    std::fs::write(setup.path("svc-a.secret"), secret).unwrap();
    let (old, current) = schema_2_state(&setup.path("identity.db"), secret);
    let legacy_publics: HashSet<[u8; 32]> = [public_of(&old), public_of(&current)].into();

    // The control: on main's layout both searches find both seeds.
    let hits = search(d, &[old, current], &legacy_publics);
    for seed in [&old, &current] {
        let raw = forms(seed).remove(0).1;
        assert!(
            files(d)
                .iter()
                .any(|(_, b)| b.windows(32).any(|w| w == raw.as_slice())),
            "the control must see the plaintext seed"
        );
    }
    assert!(
        hits.iter().any(|h| h.starts_with("raw seed"))
            && hits
                .iter()
                .any(|h| h.starts_with("a seed of a published key")),
        "the searches find main's plaintext seeds: {hits:#?}"
    );

    // Three servers checking their config at once all migrate the one state.
    setup.identity_config("cu-identity.yaml");
    let checks: Vec<_> = (0..3)
        .map(|_| {
            cu().current_dir(d)
                .args([
                    "identity",
                    "serve",
                    "--config",
                    "cu-identity.yaml",
                    "--check-config",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in checks {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let identity = setup.start_identity("cu-identity.yaml");
    let kms = federated_kms(&setup, &identity);
    let published = jwks(&identity);
    let sealed = token(&setup, &identity, "svc-a");
    let sealed_kid = cu::identity::jwt::kid_of(&sealed).unwrap();
    assert_eq!(
        kids(&published),
        vec![legacy_kid(&public_of(&current)), sealed_kid.clone()],
        "the key that was current stays published; the one retired a day ago does not"
    );
    let old_token = legacy_token(&identity, &current, "legacy-1");
    let stale_token = legacy_token(&identity, &old, "legacy-2");
    assert!(verifies(&published, &old_token, &identity.public));
    assert!(verifies(&published, &sealed, &identity.public));
    assert!(!verifies(&published, &stale_token, &identity.public));
    assert_eq!(
        kms_status(&kms, &old_token).0,
        200,
        "a token of the old key"
    );
    assert_eq!(
        kms_status(&kms, &sealed).0,
        200,
        "a token of the sealed key"
    );
    assert_eq!(
        kms_status(&kms, &stale_token).0,
        401,
        "a key retired long ago"
    );
    stop(kms);
    stop(identity);

    let seeds = recover_seeds(
        &setup.path("identity-keys.db"),
        &setup.path("identity-unseal.key"),
        TENANT_A,
    );
    assert_eq!(seeds.len(), 1);
    assert_eq!(
        cu::identity::keys::kid(1, &public_of(&seeds[0])),
        sealed_kid,
        "new tokens are signed by the sealed key"
    );
    let mut publics = legacy_publics.clone();
    publics.extend(jwks_publics(&published));
    let hits = search(d, &[old, current, seeds[0]], &publics);
    assert!(hits.is_empty(), "{hits:#?}");
    let conn = rusqlite::Connection::open(setup.path("identity.db")).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 3);
}

/// A migration interrupted after its commit (the `scrub` flag still set, the dropped seed
/// still in a free page) finishes at the next open.
#[test]
fn an_interrupted_scrub_finishes_at_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("identity.db");
    drop(cu::identity::state::State::open(&path, true).unwrap());
    let seed = random_seed();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "secure_delete", "OFF").unwrap();
        conn.execute_batch("CREATE TABLE leftover (seed BLOB)")
            .unwrap();
        for _ in 0..50 {
            conn.execute("INSERT INTO leftover VALUES (?1)", [&seed[..]])
                .unwrap();
        }
        conn.execute_batch(
            "DROP TABLE leftover; INSERT OR REPLACE INTO meta VALUES ('scrub', '1');",
        )
        .unwrap();
        let raw = std::fs::read(&path)
            .unwrap()
            .into_iter()
            .chain(std::fs::read(dir.path().join("identity.db-wal")).unwrap_or_default())
            .collect::<Vec<u8>>();
        assert!(
            raw.windows(32).any(|w| w == seed),
            "the control: a dropped row's bytes stay in the file"
        );
    }
    let state = cu::identity::state::State::open(&path, false).unwrap();
    assert!(state.list_clients().unwrap().is_empty(), "the state works");
    let publics: HashSet<[u8; 32]> = [public_of(&seed)].into();
    let hits = search(dir.path(), &[seed], &publics);
    assert!(hits.is_empty(), "{hits:#?}");
    drop(state);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let flag: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE name = 'scrub'", [], |r| {
            r.get(0)
        })
        .ok();
    assert_eq!(flag, None);
}

/// Without `keys` the server says what to add and how to make the store.
#[test]
fn a_config_without_keys_is_explained() {
    let setup = Setup::new();
    let d = setup.dir.path();
    std::fs::write(
        setup.path("no-keys.yaml"),
        "state: identity.db\nlisten: {public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}\ntls: {cert: certs/localhost.chain.pem, key: certs/localhost.key}\n",
    )
    .unwrap();
    for args in [
        &[
            "identity",
            "serve",
            "--config",
            "no-keys.yaml",
            "--check-config",
        ][..],
        &["identity", "rotate-signing-key", "--config", "no-keys.yaml"][..],
    ] {
        let out = cu()
            .current_dir(d)
            .arg("--output")
            .arg("json")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let e: Value = serde_json::from_str(stderr.trim().lines().last().unwrap()).unwrap();
        let message = e["error"]["message"].as_str().unwrap_or_default();
        let help = e["error"]["help"].as_str().unwrap_or_default();
        assert!(message.contains("/keys"), "{e}");
        assert!(
            help.contains("keys: {store:") && help.contains("cu kms init"),
            "{e}"
        );
    }
    let out = cu()
        .current_dir(d)
        .args(["identity", "rotate-signing-key", "--state", "identity.db"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
