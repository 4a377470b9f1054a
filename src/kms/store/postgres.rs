//! The PostgreSQL store, for many instances on one database: the store's parameters, root
//! keys, tenant list, pins and API keys in the `cu` schema; each tenant's intermediate keys,
//! content keys and versions in its own schema `tenant_<hex id>`, made by one function from
//! the same DDL for every tenant. A connection works for one tenant: its `search_path` is
//! that tenant's schema alone, and every statement names the tenant's tables unqualified, so
//! one tenant's queries cannot reach another's rows.
//!
//! Locks (advisory, transaction-scoped): a write holds its tenant's lock (writers of one
//! tenant serialize, as on SQLite's write lock) and the root tier's lock in shared mode;
//! adding or deleting a root version takes the root tier's lock exclusively, so it waits for
//! every write in flight and sees the pins they committed. A root rotation also holds a
//! session lock for its whole run (released by the server if the process dies).

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use postgres::types::ToSql;
use postgres::{Client, Statement};
use zeroize::Zeroizing;

use super::{
    crypto, in_write, new_store, unhex, ApiKey, Backend, InitReport, Keys, Meta, RealmUser,
    Snapshot, Unseal, UseRow, VersionInfo, VersionRow, VersionedPublic, MAGIC,
};
use crate::kms::{KmsError, KmsResult, Reason};

/// Migrations of the `cu` schema, numbered from 1 and applied in order, forward only. A
/// database whose newest applied migration is above `PG_SCHEMA_VERSION` was written by a
/// newer cu and is refused.
const MIGRATIONS: &[&str] = &[
    // 1: the store's tables and the function that makes a tenant's schema.
    "CREATE TABLE cu.meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE cu.root_keys (version BIGINT PRIMARY KEY, wrapped BYTEA NOT NULL, created_at BIGINT NOT NULL);
     CREATE TABLE cu.tenants (id TEXT PRIMARY KEY, schema_version INT NOT NULL, created_at BIGINT NOT NULL);
     CREATE TABLE cu.root_pins (tenant TEXT NOT NULL, root_version BIGINT NOT NULL, PRIMARY KEY (tenant, root_version));
     CREATE TABLE cu.api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, tenant TEXT NOT NULL, scopes TEXT NOT NULL, hash BYTEA NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT, revoked_at BIGINT);
     CREATE FUNCTION cu.create_tenant_schema(s TEXT) RETURNS void LANGUAGE plpgsql AS $f$
     BEGIN
       IF s !~ '^tenant_[0-9a-f]{32}$' THEN RAISE EXCEPTION 'not a tenant schema name: %', s; END IF;
       EXECUTE format('CREATE SCHEMA %I', s);
       EXECUTE format('CREATE TABLE %I.intermediate_keys (version BIGINT PRIMARY KEY, wrapped BYTEA NOT NULL, root_version BIGINT NOT NULL, created_at BIGINT NOT NULL)', s);
       EXECUTE format('CREATE TABLE %I.keys (name TEXT PRIMARY KEY, type TEXT NOT NULL, primary_version BIGINT NOT NULL, min_decrypt_version BIGINT NOT NULL DEFAULT 1, created_at BIGINT NOT NULL)', s);
       EXECUTE format('CREATE TABLE %I.key_versions (name TEXT NOT NULL REFERENCES %I.keys(name) ON DELETE CASCADE, version BIGINT NOT NULL, state TEXT NOT NULL, wrapped BYTEA NOT NULL, intermediate_version BIGINT NOT NULL, public BYTEA, created_at BIGINT NOT NULL, PRIMARY KEY (name, version))', s, s);
     END $f$;",
    // 2: the database realm.
    "CREATE TABLE cu.kms_realm_users (name TEXT PRIMARY KEY, kind TEXT NOT NULL, tenant TEXT NOT NULL, scopes TEXT NOT NULL, hash TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);",
    // 3: the audit trail kept in the store (one chain for every instance).
    "CREATE TABLE cu.audit_trail (seq BIGINT PRIMARY KEY, line TEXT NOT NULL);",
];
/// The newest migration this cu knows.
pub const PG_SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
/// Schema version of a tenant's schema (recorded in `cu.tenants`).
const TENANT_SCHEMA_VERSION: i32 = 1;

/// Advisory lock keys (the two-integer space): the root tier, a whole root rotation, `init`
/// and migrations, and each tenant (second key: a hash of its id).
const LOCK_CLASS: i32 = 0x6375;
const LOCK_ROOTS: i32 = 1;
const LOCK_ROTATION: i32 = 2;
const LOCK_SCHEMA: i32 = 3;
const LOCK_AUDIT: i32 = 4;
const LOCK_TENANT_CLASS: i32 = 0x6376;
/// How long a root rotation waits for another one to finish.
const ROTATION_LOCK_WAIT: Duration = Duration::from_secs(15);
/// A connection attempt gives up after this long (an unreachable database fails fast).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// A statement (a lock wait included) gives up after this long.
const STATEMENT_TIMEOUT_MS: u32 = 15_000;

/// The channel writers notify (payload: the tenant) when a key's rows change.
const KEYS_CHANNEL: &str = "cu_keys";
/// The longest a cached key row is used, even if a notification were lost.
pub const KEY_CACHE_MAX_AGE: Duration = Duration::from_secs(5);

type CacheKey = (String, String, Option<u32>);
type CacheEntries = HashMap<CacheKey, (UseRow, std::time::Instant)>;

/// What a server instance knows of its keys' rows (type, versions, state), shared by its
/// connections, so an operation needs no round trip to the database. Every write of a key's
/// rows notifies `cu_keys` in its transaction; a listener connection drops the tenant's
/// entries when the notification arrives (a few milliseconds after the commit). While the
/// listener is not connected nothing is cached; an entry is at most `KEY_CACHE_MAX_AGE`
/// old; and a row read while a notification came in is not cached (generation check).
pub struct KeyCache {
    entries: std::sync::Mutex<CacheEntries>,
    generation: std::sync::atomic::AtomicU64,
    healthy: std::sync::atomic::AtomicBool,
}

impl KeyCache {
    /// A cache, with its listener thread on a connection of its own.
    pub fn start(at: &PgLocation) -> std::sync::Arc<KeyCache> {
        let cache = std::sync::Arc::new(KeyCache {
            entries: std::sync::Mutex::new(HashMap::new()),
            generation: std::sync::atomic::AtomicU64::new(0),
            healthy: std::sync::atomic::AtomicBool::new(false),
        });
        let (listener, at) = (cache.clone(), at.clone());
        // Without the thread nothing is ever cached: every read goes to the database.
        let _ = std::thread::Builder::new()
            .name("cu-kms-listen".into())
            .spawn(move || listener.listen(&at));
        cache
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, CacheEntries> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn forget_all(&self) {
        use std::sync::atomic::Ordering;
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.entries().clear();
    }

    fn listen(&self, at: &PgLocation) {
        use postgres::fallible_iterator::FallibleIterator;
        use std::sync::atomic::Ordering;
        loop {
            let Ok(mut c) = at.connect() else {
                std::thread::sleep(Duration::from_millis(200));
                continue;
            };
            if c.batch_execute(&format!("LISTEN {KEYS_CHANNEL}")).is_err() {
                std::thread::sleep(Duration::from_millis(200));
                continue;
            }
            // Listening from here on: what was cached before may have missed a change.
            self.forget_all();
            self.healthy.store(true, Ordering::SeqCst);
            loop {
                let next = c
                    .notifications()
                    .timeout_iter(Duration::from_secs(1))
                    .next();
                match next {
                    Ok(Some(n)) => {
                        self.generation.fetch_add(1, Ordering::SeqCst);
                        let tenant = n.payload().to_string();
                        self.entries().retain(|(t, _, _), _| *t != tenant);
                    }
                    Ok(None) if !c.is_closed() => {}
                    _ => break,
                }
            }
            self.healthy.store(false, Ordering::SeqCst);
            self.forget_all();
        }
    }

    fn get(&self, key: &CacheKey) -> Option<UseRow> {
        use std::sync::atomic::Ordering;
        if !self.healthy.load(Ordering::SeqCst) {
            return None;
        }
        let entries = self.entries();
        let (row, at) = entries.get(key)?;
        (at.elapsed() < KEY_CACHE_MAX_AGE).then(|| row.clone())
    }

    /// A change of `tenant`'s keys committed here: forget its rows at once.
    fn forget_tenant(&self, tenant: &str) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.entries().retain(|(t, _, _), _| t != tenant);
    }

    fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Remember `row`, read after `generation` was seen, unless a change came in since.
    fn put(&self, generation: u64, key: CacheKey, row: UseRow) {
        use std::sync::atomic::Ordering;
        let mut entries = self.entries();
        if self.healthy.load(Ordering::SeqCst) && self.generation() == generation {
            if entries.len() > 100_000 {
                entries.clear();
            }
            entries.insert(key, (row, std::time::Instant::now()));
        }
    }
}

/// How the connection is protected (libpq's `sslmode`, with its meaning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    /// TLS, the server's certificate not checked.
    Require,
    /// TLS, the certificate must chain to the CA file.
    VerifyCa,
    /// TLS, chain to the CA file and name the host.
    VerifyFull,
}

/// A PostgreSQL store's address: the URL without password or TLS settings, which are kept
/// apart (the password comes from a file, never from the URL).
#[derive(Clone)]
pub struct PgLocation {
    url: url::Url,
    pub ssl: SslMode,
    pub ca_file: Option<PathBuf>,
    pub password: Option<Zeroizing<String>>,
}

impl std::fmt::Debug for PgLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgLocation")
            .field("url", &self.display())
            .field("ssl", &self.ssl)
            .field("ca_file", &self.ca_file)
            .finish_non_exhaustive()
    }
}

impl PgLocation {
    /// `postgres://user@host:port/db?sslmode=verify-full&sslrootcert=ca.pem`. Without
    /// `sslmode`, a loopback host or a Unix socket gets `disable`, any other host
    /// `verify-full`.
    pub fn parse(text: &str) -> KmsResult<PgLocation> {
        let bad = |what: String| {
            KmsError::new(Reason::BadRequest, format!("the store URL: {what}")).with_help(
                "write it as postgres://USER@HOST:PORT/DB?sslmode=verify-full&sslrootcert=CA.pem, with the password in password_file (or PGPASSFILE)",
            )
        };
        let mut url = url::Url::parse(text).map_err(|e| bad(e.to_string()))?;
        if url.password().is_some() {
            return Err(KmsError::new(
                Reason::BadRequest,
                "the store URL holds a password; passwords are never taken from a URL",
            )
            .with_help("remove it from the URL and put it in a file named by --store-password-file, store.password_file or PGPASSFILE (mode 0600)"));
        }
        if url.username().is_empty() {
            return Err(bad("it names no user (postgres://USER@HOST/DB)".into()));
        }
        let mut ssl = None;
        let mut ca_file = None;
        let mut rest = Vec::new();
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "sslmode" => {
                    ssl = Some(match v.as_ref() {
                        "disable" => SslMode::Disable,
                        "require" => SslMode::Require,
                        "verify-ca" => SslMode::VerifyCa,
                        "verify-full" => SslMode::VerifyFull,
                        other => {
                            return Err(bad(format!(
                        "sslmode={other} is not one of disable, require, verify-ca, verify-full"
                    )))
                        }
                    })
                }
                "sslrootcert" => ca_file = Some(PathBuf::from(v.as_ref())),
                // The host and port are the URL's own, so that what decides TLS and the
                // password (pgpass) is what the driver connects to.
                "host" | "port" => {
                    return Err(bad(format!(
                        "`{k}` in the query: write the host and port in the URL (postgres://USER@HOST:PORT/DB)"
                    )))
                }
                "connect_timeout" | "application_name" => {
                    rest.push((k.to_string(), v.to_string()))
                }
                other => return Err(bad(format!("the parameter `{other}` is not supported"))),
            }
        }
        let host = url.host_str().unwrap_or("").to_string();
        if host.is_empty() {
            return Err(bad("it names no host (postgres://USER@HOST:PORT/DB)".into()));
        }
        let local = host == "localhost" || host == "127.0.0.1" || host == "[::1]";
        let ssl = ssl.unwrap_or(if local {
            SslMode::Disable
        } else {
            SslMode::VerifyFull
        });
        if matches!(ssl, SslMode::VerifyCa | SslMode::VerifyFull) && ca_file.is_none() {
            return Err(bad(
                "sslmode verify-ca and verify-full need the CA: add sslrootcert=FILE".into(),
            ));
        }
        url.set_query(None);
        if !rest.is_empty() {
            url.query_pairs_mut().extend_pairs(rest);
        }
        Ok(PgLocation {
            url,
            ssl,
            ca_file,
            password: None,
        })
    }

    /// The password of the first line of a pgpass file (`host:port:db:user:password`, `*`
    /// matching anything, `\\` escaping `:` and `\\`) that matches this URL, as libpq reads it.
    pub fn pgpass_lookup(&self, text: &str) -> Option<Zeroizing<String>> {
        let host = match self.url.host_str() {
            Some(h) if !h.is_empty() => h.trim_start_matches('[').trim_end_matches(']').to_string(),
            _ => "localhost".to_string(),
        };
        let port = self.url.port().unwrap_or(5432).to_string();
        let db = self.url.path().trim_start_matches('/').to_string();
        let db = if db.is_empty() {
            self.url.username().to_string()
        } else {
            db
        };
        let user = self.url.username().to_string();
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut fields = Vec::new();
            let mut field = String::new();
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => field.extend(chars.next()),
                    ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                    c => field.push(c),
                }
            }
            fields.push(field);
            if fields.len() != 5 {
                continue;
            }
            let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
            if matches(&fields[0], &host)
                && matches(&fields[1], &port)
                && matches(&fields[2], &db)
                && matches(&fields[3], &user)
            {
                return Some(Zeroizing::new(fields.swap_remove(4)));
            }
        }
        None
    }

    /// The URL as given, without any password.
    pub fn display(&self) -> String {
        self.url.to_string()
    }

    pub(crate) fn connect(&self) -> KmsResult<Client> {
        let mut config: postgres::Config =
            self.url.as_str().parse().map_err(|e: postgres::Error| {
                KmsError::new(Reason::BadRequest, format!("the store URL: {e}"))
            })?;
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("cu");
        // A peer that vanished without closing (a dropped route, a dead host) is noticed in
        // about 20 s, not the kernel's default of minutes: keepalives, and a bound on how long
        // sent data may stay unacknowledged (which statement_timeout, enforced by the
        // server, cannot give).
        config.keepalives(true);
        config.keepalives_idle(Duration::from_secs(10));
        config.keepalives_interval(Duration::from_secs(3));
        config.keepalives_retries(3);
        config.tcp_user_timeout(Duration::from_secs(20));
        config.options(&format!("-c statement_timeout={STATEMENT_TIMEOUT_MS}"));
        if let Some(p) = &self.password {
            config.password(p.as_bytes());
        }
        let client = match self.ssl {
            SslMode::Disable => config.connect(postgres::NoTls),
            mode => {
                config.ssl_mode(postgres::config::SslMode::Require);
                config.connect(self.tls(mode)?)
            }
        };
        client.map_err(|e| unreachable_db(self, e))
    }

    fn tls(&self, mode: SslMode) -> KmsResult<postgres_openssl::MakeTlsConnector> {
        use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
        let tls_err = |e: openssl::error::ErrorStack| {
            KmsError::new(Reason::BadRequest, format!("TLS to the database: {e}"))
        };
        let mut builder = SslConnector::builder(SslMethod::tls_client()).map_err(tls_err)?;
        builder
            .set_min_proto_version(Some(openssl::ssl::SslVersion::TLS1_2))
            .map_err(tls_err)?;
        // As libpq: `require` with a CA file checks the chain (as verify-ca).
        match (&self.ca_file, mode) {
            (Some(ca), SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull) => {
                builder.set_ca_file(ca).map_err(|e| {
                    KmsError::new(
                        Reason::BadRequest,
                        format!("the database CA file {}: {e}", ca.display()),
                    )
                })?;
                builder.set_verify(SslVerifyMode::PEER);
            }
            _ => builder.set_verify(SslVerifyMode::NONE),
        }
        let mut connector = postgres_openssl::MakeTlsConnector::new(builder.build());
        if mode != SslMode::VerifyFull {
            connector.set_callback(|c, _| {
                c.set_verify_hostname(false);
                Ok(())
            });
        }
        Ok(connector)
    }
}

/// A failed connection: what it was to, and what the server or network said.
fn unreachable_db(at: &PgLocation, e: postgres::Error) -> KmsError {
    use postgres::error::SqlState;
    let code = e.code().cloned();
    let detail = std::error::Error::source(&e)
        .map(|s| s.to_string())
        .unwrap_or_else(|| e.to_string());
    match code {
        Some(SqlState::INVALID_PASSWORD) | Some(SqlState::INVALID_AUTHORIZATION_SPECIFICATION) => {
            KmsError::new(
                Reason::Unauthorized,
                format!("the database {} refused the credentials: {detail}", at.display()),
            )
            .with_help("check the user in the URL and the password file")
        }
        Some(SqlState::INVALID_CATALOG_NAME) => KmsError::new(
            Reason::NoStore,
            format!("the database {} does not exist: {detail}", at.display()),
        )
        .with_help("create it (createdb), then run `cu kms init --store URL`"),
        _ => KmsError::new(
            Reason::Unavailable,
            format!("cannot reach the database {}: {detail}", at.display()),
        )
        .with_help("check that PostgreSQL runs and the URL's host, port and sslmode; retry once it is back"),
    }
}

impl From<postgres::Error> for KmsError {
    fn from(e: postgres::Error) -> KmsError {
        use postgres::error::SqlState;
        let detail = match e.as_db_error() {
            Some(db) => db.message().to_string(),
            None => e.to_string(),
        };
        if e.is_closed() || e.as_db_error().is_none() && e.code().is_none() {
            return KmsError::new(
                Reason::Unavailable,
                format!("the database connection failed: {detail}"),
            )
            .with_help("the database went away or the network dropped; retry once it is back (nothing half-done was kept)");
        }
        match e.code() {
            Some(&SqlState::DISK_FULL) => KmsError::new(
                Reason::DiskFull,
                format!("the database's disk is full: {detail}"),
            ),
            Some(&SqlState::UNDEFINED_TABLE) | Some(&SqlState::INVALID_SCHEMA_NAME) => {
                KmsError::new(Reason::NotAStore, format!("the database: {detail}"))
            }
            Some(&SqlState::QUERY_CANCELED)
            | Some(&SqlState::LOCK_NOT_AVAILABLE)
            | Some(&SqlState::T_R_SERIALIZATION_FAILURE)
            | Some(&SqlState::T_R_DEADLOCK_DETECTED)
            | Some(&SqlState::ADMIN_SHUTDOWN)
            | Some(&SqlState::CANNOT_CONNECT_NOW)
            | Some(&SqlState::TOO_MANY_CONNECTIONS) => KmsError::new(
                Reason::Unavailable,
                format!("the database is busy or going down: {detail}"),
            )
            .with_help("run the command again in a moment; nothing half-done was kept"),
            Some(&SqlState::INSUFFICIENT_PRIVILEGE) => {
                KmsError::new(Reason::Forbidden, format!("the database refused: {detail}"))
                    .with_help(
                        "the store's database user needs to own the cu schema and create schemas",
                    )
            }
            _ => KmsError::new(Reason::Internal, format!("the database: {detail}")),
        }
    }
}

/// A column of a row, or `store_damaged` when the database holds what cu never writes there
/// (a NULL, another type): `Row::get` would panic.
trait Column {
    fn col<'a, T: postgres::types::FromSql<'a>>(&'a self, i: usize) -> KmsResult<T>;
}

impl Column for postgres::Row {
    fn col<'a, T: postgres::types::FromSql<'a>>(&'a self, i: usize) -> KmsResult<T> {
        self.try_get(i).map_err(|e| {
            KmsError::new(
                Reason::StoreDamaged,
                format!("the database holds an unexpected value in a cu table: {e}"),
            )
            .with_help(
                "the store's tables were changed outside cu: restore the database from a backup",
            )
        })
    }
}

fn schema_name(tenant: &str) -> String {
    format!("tenant_{}", tenant.replace('-', ""))
}

/// The tenant's advisory lock key.
fn tenant_lock(tenant: &str) -> i32 {
    use sha2::Digest;
    let d = sha2::Sha256::digest(tenant.as_bytes());
    i32::from_le_bytes([d[0], d[1], d[2], d[3]])
}

fn v32(v: i64) -> KmsResult<u32> {
    u32::try_from(v).map_err(|_| {
        KmsError::new(
            Reason::StoreDamaged,
            format!("the database holds a version number out of range ({v})"),
        )
    })
}

/// Whether the `cu` schema is there, and the newest migration applied (0: none).
fn applied_version(c: &mut Client) -> KmsResult<Option<i64>> {
    let there = c.query_opt(
        "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'cu'",
        &[],
    )?;
    if there.is_none() {
        return Ok(None);
    }
    let exists = c.query_opt(
        "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = 'cu' AND tablename = 'migrations'",
        &[],
    )?;
    if exists.is_none() {
        return Ok(Some(0));
    }
    let row = c.query_one("SELECT COALESCE(MAX(version), 0) FROM cu.migrations", &[])?;
    Ok(Some(row.col::<i64>(0)?))
}

/// Apply the migrations above `from`, in one transaction.
fn apply_migrations(c: &mut Client, now: i64) -> KmsResult<()> {
    let mut tx = c.transaction()?;
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, $2)",
        &[&LOCK_CLASS, &LOCK_SCHEMA],
    )?;
    tx.batch_execute(
        "CREATE SCHEMA IF NOT EXISTS cu;
         CREATE TABLE IF NOT EXISTS cu.migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL);",
    )?;
    let done: i64 = tx
        .query_one("SELECT COALESCE(MAX(version), 0) FROM cu.migrations", &[])?
        .col(0)?;
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        let version = i as i64 + 1;
        if version <= done {
            continue;
        }
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO cu.migrations (version, applied_at) VALUES ($1, $2)",
            &[&version, &now],
        )?;
    }
    tx.commit()?;
    Ok(())
}

fn newer_schema(at: &PgLocation, found: i64) -> KmsError {
    KmsError::new(
        Reason::NotAStore,
        format!(
            "the database {} has cu schema version {found}; this cu reads up to {PG_SCHEMA_VERSION}",
            at.display()
        ),
    )
    .with_help("upgrade cu: a newer cu wrote this store")
}

/// Create a store in the database (refusing one that has a store already).
pub fn init(at: &PgLocation, unseal: &Unseal, now: i64) -> KmsResult<InitReport> {
    unseal.check()?;
    let mut c = at.connect()?;
    if let Some(found) = applied_version(&mut c)? {
        if found > PG_SCHEMA_VERSION {
            return Err(newer_schema(at, found));
        }
    }
    apply_migrations(&mut c, now)?;
    let new = new_store(unseal, now)?;
    let mut tx = c.transaction()?;
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, $2)",
        &[&LOCK_CLASS, &LOCK_SCHEMA],
    )?;
    if tx
        .query_opt("SELECT 1 FROM cu.meta WHERE name = 'magic'", &[])?
        .is_some()
    {
        return Err(KmsError::new(
            Reason::StoreExists,
            format!("the database {} already holds a key store", at.display()),
        ));
    }
    for (k, v) in &new.meta {
        tx.execute("INSERT INTO cu.meta (name, value) VALUES ($1, $2)", &[k, v])?;
    }
    tx.execute(
        "INSERT INTO cu.root_keys (version, wrapped, created_at) VALUES (1, $1, $2)",
        &[&new.wrapped_root, &now],
    )?;
    tx.commit()?;
    Ok(InitReport {
        path: PathBuf::from(at.display()),
        unseal: unseal.kind(),
        root_version: 1,
    })
}

/// A PostgreSQL store opened for one tenant: one connection, its search_path the tenant's
/// schema.
pub struct PgBackend {
    /// Dropped by `Drop` below (never inside an async task).
    c: std::mem::ManuallyDrop<Client>,
    at: PgLocation,
    tenant: String,
    schema: String,
    /// Prepared statements by their text (each prepared once per connection).
    prepared: HashMap<&'static str, Statement>,
    in_txn: bool,
    /// The server's shared cache of key rows (None: read every time, as the CLI does).
    cache: Option<std::sync::Arc<KeyCache>>,
    /// Whether the current write notified a change (its cache entries go after the commit).
    notified: bool,
}

impl PgBackend {
    pub(crate) fn open(at: &PgLocation, tenant: &str) -> KmsResult<(PgBackend, Meta)> {
        let mut c = at.connect()?;
        let not_a_store = || {
            KmsError::new(
                Reason::NoStore,
                format!("no key store in the database {}", at.display()),
            )
            .with_help("create one with `cu kms init --store URL`")
        };
        match applied_version(&mut c)? {
            None | Some(0) => return Err(not_a_store()),
            Some(v) if v > PG_SCHEMA_VERSION => return Err(newer_schema(at, v)),
            Some(_) => {}
        }
        let mut meta = HashMap::new();
        for row in c.query("SELECT name, value FROM cu.meta", &[])? {
            meta.insert(row.col::<String>(0)?, row.col::<String>(1)?);
        }
        let get = |k: &str| meta.get(k).cloned().ok_or_else(not_a_store);
        if get("magic")? != MAGIC {
            return Err(not_a_store());
        }
        let m = Meta {
            unseal: get("unseal")?,
            salt: unhex(&get("salt")?).ok_or_else(not_a_store)?,
            iterations: get("iterations")?.parse().map_err(|_| not_a_store())?,
        };
        let schema = schema_name(tenant);
        // Bound, not spliced: the tenant's schema alone (pg_catalog is always searched).
        c.execute("SELECT set_config('search_path', $1, false)", &[&schema])?;
        Ok((
            PgBackend {
                c: std::mem::ManuallyDrop::new(c),
                at: at.clone(),
                tenant: tenant.to_string(),
                schema,
                prepared: HashMap::new(),
                in_txn: false,
                cache: None,
                notified: false,
            },
            m,
        ))
    }

    /// The destination of a copy: the `cu` schema made (empty) when missing.
    pub(crate) fn open_for_import(at: &PgLocation) -> KmsResult<PgBackend> {
        let mut c = at.connect()?;
        if let Some(found) = applied_version(&mut c)? {
            if found > PG_SCHEMA_VERSION {
                return Err(newer_schema(at, found));
            }
        }
        apply_migrations(&mut c, 0)?;
        let schema = schema_name(crate::kms::DEFAULT_TENANT);
        c.execute("SELECT set_config('search_path', $1, false)", &[&schema])?;
        Ok(PgBackend {
            c: std::mem::ManuallyDrop::new(c),
            at: at.clone(),
            tenant: crate::kms::DEFAULT_TENANT.to_string(),
            schema,
            prepared: HashMap::new(),
            in_txn: false,
            cache: None,
            notified: false,
        })
    }

    pub(crate) fn open_api_keys(at: &PgLocation) -> KmsResult<PgBackend> {
        let (b, _) = PgBackend::open(at, crate::kms::DEFAULT_TENANT)?;
        Ok(b)
    }

    /// Tell every instance that this tenant's key rows changed (at commit, in a transaction).
    /// This instance's own cache forgets them once the change is committed (`forget_own`),
    /// so it reads its own writes at once.
    fn changed(&mut self) -> KmsResult<()> {
        let tenant = self.tenant.clone();
        self.exec("SELECT pg_notify('cu_keys', $1)", &[&tenant])?;
        self.notified = true;
        Ok(())
    }

    /// After a committed change: drop this tenant's cached rows here (the notification does
    /// the same on the other instances).
    fn forget_own(&mut self) {
        if std::mem::take(&mut self.notified) {
            if let Some(cache) = &self.cache {
                cache.forget_tenant(&self.tenant);
            }
        }
    }

    fn stmt(&mut self, sql: &'static str) -> KmsResult<Statement> {
        if let Some(s) = self.prepared.get(sql) {
            return Ok(s.clone());
        }
        let s = self.c.prepare(sql)?;
        self.prepared.insert(sql, s.clone());
        Ok(s)
    }

    fn opt(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
    ) -> KmsResult<Option<postgres::Row>> {
        let s = self.stmt(sql)?;
        Ok(self.c.query_opt(&s, params)?)
    }

    fn all(
        &mut self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
    ) -> KmsResult<Vec<postgres::Row>> {
        let s = self.stmt(sql)?;
        Ok(self.c.query(&s, params)?)
    }

    fn exec(&mut self, sql: &'static str, params: &[&(dyn ToSql + Sync)]) -> KmsResult<u64> {
        let s = self.stmt(sql)?;
        Ok(self.c.execute(&s, params)?)
    }

    /// Begin a transaction holding the root tier's lock (shared, or exclusive to add or
    /// delete root versions) and, for `tenant`, that tenant's lock.
    fn begin_locked(&mut self, roots_exclusive: bool, tenant: Option<&str>) -> KmsResult<()> {
        self.c.batch_execute("BEGIN")?;
        self.in_txn = true;
        let r = (|| {
            if roots_exclusive {
                self.exec(
                    "SELECT pg_advisory_xact_lock($1, $2)",
                    &[&LOCK_CLASS, &LOCK_ROOTS],
                )?;
            } else {
                self.exec(
                    "SELECT pg_advisory_xact_lock_shared($1, $2)",
                    &[&LOCK_CLASS, &LOCK_ROOTS],
                )?;
            }
            if let Some(t) = tenant {
                let key = tenant_lock(t);
                self.exec(
                    "SELECT pg_advisory_xact_lock($1, $2)",
                    &[&LOCK_TENANT_CLASS, &key],
                )?;
            }
            Ok(())
        })();
        if r.is_err() {
            self.rollback();
        }
        r
    }

    /// Within a transaction: work on `tenant`'s schema until it ends.
    fn use_tenant_schema(&mut self, tenant: &str) -> KmsResult<()> {
        let schema = schema_name(tenant);
        self.exec("SELECT set_config('search_path', $1, true)", &[&schema])?;
        Ok(())
    }

    fn tenant_record(&mut self, tenant: &str) -> KmsResult<Option<i32>> {
        self.opt(
            "SELECT schema_version FROM cu.tenants WHERE id = $1",
            &[&tenant],
        )?
        .map(|r| r.col(0))
        .transpose()
    }

    fn intermediate_rows(&mut self) -> KmsResult<Vec<(u32, Vec<u8>, u32)>> {
        self.all(
            "SELECT version, wrapped, root_version FROM intermediate_keys",
            &[],
        )?
        .iter()
        .map(|r| Ok((v32(r.col(0)?)?, r.col(1)?, v32(r.col(2)?)?)))
        .collect()
    }

    fn rotation_lock(&mut self) -> KmsResult<()> {
        let started = std::time::Instant::now();
        loop {
            let got: bool = self
                .opt(
                    "SELECT pg_try_advisory_lock($1, $2)",
                    &[&LOCK_CLASS, &LOCK_ROTATION],
                )?
                .map(|r| r.col(0))
                .transpose()?
                .unwrap_or(false);
            if got {
                return Ok(());
            }
            if started.elapsed() >= ROTATION_LOCK_WAIT {
                return Err(KmsError::new(
                    Reason::Unavailable,
                    format!(
                        "another root rotation of {} has held its lock for {} s",
                        self.at.display(),
                        ROTATION_LOCK_WAIT.as_secs()
                    ),
                )
                .with_help("wait for it to finish and run `cu kms rotate-root` again (a killed rotation loses nothing, and its lock goes with its connection)"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn rotation_unlock(&mut self) {
        let _ = self.exec(
            "SELECT pg_advisory_unlock($1, $2)",
            &[&LOCK_CLASS, &LOCK_ROTATION],
        );
    }

    fn rotate_root_locked(&mut self, keys: &mut Keys, now: i64) -> KmsResult<(u32, usize)> {
        let tenants: Vec<String> = self
            .all("SELECT id FROM cu.tenants ORDER BY id COLLATE \"C\"", &[])?
            .iter()
            .map(|r| r.col(0))
            .collect::<KmsResult<_>>()?;
        // A damaged tenant stops the rotation before it starts.
        for tenant in &tenants {
            let at = self.at.display();
            in_write_roots(self, false, None, |b| {
                b.use_tenant_schema(tenant)?;
                let rows = b.intermediate_rows()?;
                keys.open_intermediates(b, tenant, rows, None, |what| damaged(&at, tenant, what))?;
                Ok(())
            })?;
        }
        let fresh = crypto::random(32)?;
        let kek = keys.kek().clone();
        // Added under the root tier's exclusive lock: a tenant being created either
        // committed before (and is listed below) or pins this root.
        let next = in_write_roots(self, true, None, |b| {
            let newest = b
                .newest_root()?
                .ok_or_else(|| KmsError::new(Reason::NotAStore, "the store has no root key"))?;
            let next = newest + 1;
            let wrapped = crypto::seal(&kek, &super::root_aad(next), &fresh)?;
            b.exec(
                "INSERT INTO cu.root_keys (version, wrapped, created_at) VALUES ($1, $2, $3)",
                &[&i64::from(next), &wrapped, &now],
            )?;
            Ok(next)
        })?;
        keys.roots.insert(next, fresh.clone());
        let tenants: Vec<String> = self
            .all("SELECT id FROM cu.tenants ORDER BY id COLLATE \"C\"", &[])?
            .iter()
            .map(|r| r.col(0))
            .collect::<KmsResult<_>>()?;
        let mut done = 0;
        let at = self.at.display();
        for tenant in &tenants {
            // One transaction per tenant: pin, re-wrap, drop the pins no longer needed.
            in_write_roots(self, false, Some(tenant), |b| {
                if b.newest_root()? != Some(next) {
                    return Err(KmsError::new(
                        Reason::Unavailable,
                        "another root rotation ran at the same time; this one stopped",
                    )
                    .with_help("run `cu kms rotate-root` again once no other rotation runs"));
                }
                b.exec(
                    "INSERT INTO cu.root_pins (tenant, root_version) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    &[tenant, &i64::from(next)],
                )?;
                b.use_tenant_schema(tenant)?;
                let rows = b.intermediate_rows()?;
                let rewrapped =
                    keys.open_intermediates(b, tenant, rows, Some((next, &fresh)), |what| {
                        damaged(&at, tenant, what)
                    })?;
                for (version, wrapped) in rewrapped {
                    b.exec(
                        "UPDATE intermediate_keys SET wrapped = $2, root_version = $3 WHERE version = $1",
                        &[&i64::from(version), &wrapped, &i64::from(next)],
                    )?;
                }
                b.exec(
                    "DELETE FROM cu.root_pins WHERE tenant = $1 AND root_version < $2 AND root_version NOT IN (SELECT root_version FROM intermediate_keys)",
                    &[tenant, &i64::from(next)],
                )?;
                Ok(())
            })?;
            done += 1;
        }
        in_write_roots(self, true, None, |b| {
            b.exec(
                "DELETE FROM cu.root_keys WHERE version < $1 AND version NOT IN (SELECT root_version FROM cu.root_pins)",
                &[&i64::from(next)],
            )?;
            Ok(())
        })?;
        keys.roots.retain(|v, _| *v == next);
        keys.intermediates.clear();
        Ok((next, done))
    }
}

/// The synchronous client owns a small runtime, which must not be dropped inside an async
/// task (tokio panics): a server dropping its pooled stores at shutdown does so, so within a
/// runtime the client is dropped on a thread of its own.
impl Drop for PgBackend {
    fn drop(&mut self) {
        // SAFETY: `c` is taken once, here, and never used again.
        let client = unsafe { std::mem::ManuallyDrop::take(&mut self.c) };
        if tokio::runtime::Handle::try_current().is_ok() {
            let _ = std::thread::spawn(move || drop(client)).join();
        } else {
            drop(client);
        }
    }
}

impl PgBackend {
    /// The whole store in one REPEATABLE READ transaction: one consistent snapshot.
    fn export_locked(&mut self) -> KmsResult<Snapshot> {
        self.c
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        self.in_txn = true;
        let result = (|| {
            let mut snap = Snapshot {
                meta: self
                    .all(
                        "SELECT name, value FROM cu.meta ORDER BY name COLLATE \"C\"",
                        &[],
                    )?
                    .iter()
                    .map(|r| Ok((r.col(0)?, r.col(1)?)))
                    .collect::<KmsResult<_>>()?,
                ..Default::default()
            };
            for r in self.all(
                "SELECT version, wrapped, created_at FROM cu.root_keys ORDER BY version",
                &[],
            )? {
                snap.roots.push((v32(r.col(0)?)?, r.col(1)?, r.col(2)?));
            }
            for r in self.all(
                "SELECT tenant, root_version FROM cu.root_pins ORDER BY tenant COLLATE \"C\", root_version",
                &[],
            )? {
                snap.pins.push((r.col(0)?, v32(r.col(1)?)?));
            }
            snap.api_keys = self
                .all(
                    "SELECT id, name, tenant, scopes, hash, created_at, expires_at, revoked_at FROM cu.api_keys ORDER BY id COLLATE \"C\"",
                    &[],
                )?
                .iter()
                .map(api_key_row)
                .collect::<KmsResult<_>>()?;
            snap.users = self
                .all(
                    "SELECT name, kind, tenant, scopes, hash, created_at, updated_at FROM cu.kms_realm_users ORDER BY name COLLATE \"C\"",
                    &[],
                )?
                .iter()
                .map(user_row)
                .collect::<KmsResult<_>>()?;
            snap.audit = self
                .all("SELECT seq, line FROM cu.audit_trail ORDER BY seq", &[])?
                .iter()
                .map(|r| Ok((r.col::<i64>(0)? as u64, r.col::<String>(1)?.into_bytes())))
                .collect::<KmsResult<_>>()?;
            let tenants: Vec<(String, i64)> = self
                .all(
                    "SELECT id, created_at FROM cu.tenants ORDER BY id COLLATE \"C\"",
                    &[],
                )?
                .iter()
                .map(|r| Ok((r.col(0)?, r.col(1)?)))
                .collect::<KmsResult<_>>()?;
            for (id, created_at) in tenants {
                self.use_tenant_schema(&id)?;
                let mut t = super::TenantSnapshot {
                    id,
                    created_at,
                    ..Default::default()
                };
                for r in self.all(
                    "SELECT version, wrapped, root_version, created_at FROM intermediate_keys ORDER BY version",
                    &[],
                )? {
                    t.intermediates
                        .push((v32(r.col(0)?)?, r.col(1)?, v32(r.col(2)?)?, r.col(3)?));
                }
                for r in self.all(
                    "SELECT name, type, primary_version, min_decrypt_version, created_at FROM keys ORDER BY name COLLATE \"C\"",
                    &[],
                )? {
                    t.keys
                        .push((r.col(0)?, r.col(1)?, v32(r.col(2)?)?, v32(r.col(3)?)?, r.col(4)?));
                }
                for r in self.all(
                    "SELECT name, version, state, wrapped, intermediate_version, public, created_at FROM key_versions ORDER BY name COLLATE \"C\", version",
                    &[],
                )? {
                    t.versions.push((
                        r.col(0)?,
                        v32(r.col(1)?)?,
                        r.col(2)?,
                        r.col(3)?,
                        v32(r.col(4)?)?,
                        r.col(5)?,
                        r.col(6)?,
                    ));
                }
                snap.tenants.push(t);
            }
            Ok(snap)
        })();
        self.rollback();
        result
    }
}

impl PgBackend {
    /// A key's row as `use_row` returns it, read from the database.
    fn use_row_read(&mut self, name: &str, version: Option<u32>) -> KmsResult<Option<UseRow>> {
        let row = match version {
            None => self.opt(
                "SELECT k.type, k.min_decrypt_version, k.primary_version, v.state, v.wrapped, v.intermediate_version FROM keys k LEFT JOIN key_versions v ON v.name = k.name AND v.version = k.primary_version WHERE k.name = $1",
                &[&name],
            )?,
            Some(v) => self.opt(
                "SELECT k.type, k.min_decrypt_version, $2::BIGINT, v.state, v.wrapped, v.intermediate_version FROM keys k LEFT JOIN key_versions v ON v.name = k.name AND v.version = $2 WHERE k.name = $1",
                &[&name, &i64::from(v)],
            )?,
        };
        let Some(r) = row else {
            return Ok(None);
        };
        let state: Option<String> = r.col(3)?;
        let wrapped: Option<Vec<u8>> = r.col(4)?;
        let iv: Option<i64> = r.col(5)?;
        let current = match (state, wrapped, iv) {
            (Some(s), Some(w), Some(i)) => Some((s, w, v32(i)?)),
            _ => None,
        };
        Ok(Some((r.col(0)?, v32(r.col(1)?)?, v32(r.col(2)?)?, current)))
    }
}

/// `in_write` with a chosen lock set.
fn in_write_roots<T>(
    b: &mut PgBackend,
    roots_exclusive: bool,
    tenant: Option<&str>,
    f: impl FnOnce(&mut PgBackend) -> KmsResult<T>,
) -> KmsResult<T> {
    b.begin_locked(roots_exclusive, tenant)?;
    match f(b) {
        Ok(v) => match b.commit() {
            Ok(()) => Ok(v),
            Err(e) => {
                b.rollback();
                Err(e)
            }
        },
        Err(e) => {
            b.rollback();
            Err(e)
        }
    }
}

fn user_row(r: &postgres::Row) -> KmsResult<RealmUser> {
    let scopes: String = r.col(3)?;
    Ok(RealmUser {
        name: r.col(0)?,
        kind: r.col(1)?,
        tenant: r.col(2)?,
        // Written by cu as a JSON array; anything else grants nothing.
        scopes: serde_json::from_str(&scopes).unwrap_or_default(),
        hash: r.col(4)?,
        created_at: r.col(5)?,
        updated_at: r.col(6)?,
    })
}

fn api_key_row(r: &postgres::Row) -> KmsResult<ApiKey> {
    let scopes: String = r.col(3)?;
    Ok(ApiKey {
        id: r.col(0)?,
        name: r.col(1)?,
        tenant: r.col(2)?,
        // Written by cu as a JSON array; anything else grants nothing.
        scopes: serde_json::from_str(&scopes).unwrap_or_default(),
        hash: r.col(4)?,
        created_at: r.col(5)?,
        expires_at: r.col(6)?,
        revoked_at: r.col(7)?,
    })
}

impl Backend for PgBackend {
    fn place(&self) -> String {
        self.at.display()
    }

    fn begin(&mut self) -> KmsResult<()> {
        let tenant = self.tenant.clone();
        self.begin_locked(false, Some(&tenant))
    }

    fn commit(&mut self) -> KmsResult<()> {
        self.in_txn = false;
        let result = self.c.batch_execute("COMMIT");
        // Committed or not, what was cached may be stale now: forget it either way.
        self.forget_own();
        Ok(result?)
    }

    fn rollback(&mut self) {
        self.in_txn = false;
        let _ = self.c.batch_execute("ROLLBACK");
        self.forget_own();
    }

    fn migrate_if_needed(&mut self) -> KmsResult<()> {
        let found = applied_version(&mut self.c)?.unwrap_or(0);
        if found < PG_SCHEMA_VERSION {
            apply_migrations(&mut self.c, 0)?;
        }
        Ok(())
    }

    fn newest_root(&mut self) -> KmsResult<Option<u32>> {
        let row = self.opt("SELECT MAX(version) FROM cu.root_keys", &[])?;
        row.map(|r| r.col::<Option<i64>>(0))
            .transpose()?
            .flatten()
            .map(v32)
            .transpose()
    }

    fn root_wrapped(&mut self, version: u32) -> KmsResult<Option<Vec<u8>>> {
        self.opt(
            "SELECT wrapped FROM cu.root_keys WHERE version = $1",
            &[&i64::from(version)],
        )?
        .map(|r| r.col(0))
        .transpose()
    }

    fn pin_newest(&mut self, tenant: &str) -> KmsResult<u32> {
        let newest = self
            .newest_root()?
            .ok_or_else(|| KmsError::new(Reason::StoreDamaged, "the store has no root key"))?;
        self.exec(
            "INSERT INTO cu.root_pins (tenant, root_version) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&tenant, &i64::from(newest)],
        )?;
        Ok(newest)
    }

    fn pinned(&mut self, tenant: &str, version: u32) -> KmsResult<bool> {
        Ok(self
            .opt(
                "SELECT 1 FROM cu.root_pins p JOIN cu.root_keys r ON r.version = p.root_version WHERE p.tenant = $1 AND p.root_version = $2",
                &[&tenant, &i64::from(version)],
            )?
            .is_some())
    }

    fn newest_intermediate(&mut self) -> KmsResult<Option<u32>> {
        let row = self.opt("SELECT MAX(version) FROM intermediate_keys", &[])?;
        row.map(|r| r.col::<Option<i64>>(0))
            .transpose()?
            .flatten()
            .map(v32)
            .transpose()
    }

    fn intermediate_row(&mut self, version: u32) -> KmsResult<Option<(Vec<u8>, u32)>> {
        self.opt(
            "SELECT wrapped, root_version FROM intermediate_keys WHERE version = $1",
            &[&i64::from(version)],
        )?
        .map(|r| Ok((r.col(0)?, v32(r.col(1)?)?)))
        .transpose()
    }

    fn insert_intermediate(
        &mut self,
        version: u32,
        wrapped: &[u8],
        root_version: u32,
        now: i64,
    ) -> KmsResult<()> {
        self.changed()?;
        self.exec(
            "INSERT INTO intermediate_keys (version, wrapped, root_version, created_at) VALUES ($1, $2, $3, $4)",
            &[&i64::from(version), &wrapped, &i64::from(root_version), &now],
        )?;
        Ok(())
    }

    fn delete_intermediates_except(&mut self, version: u32) -> KmsResult<()> {
        self.changed()?;
        self.exec(
            "DELETE FROM intermediate_keys WHERE version <> $1",
            &[&i64::from(version)],
        )?;
        Ok(())
    }

    fn key_row(&mut self, name: &str) -> KmsResult<Option<(String, u32, u32, i64)>> {
        self.opt(
            "SELECT type, primary_version, min_decrypt_version, created_at FROM keys WHERE name = $1",
            &[&name],
        )?
        .map(|r| Ok((r.col(0)?, v32(r.col(1)?)?, v32(r.col(2)?)?, r.col(3)?)))
        .transpose()
    }

    fn use_row(&mut self, name: &str, version: Option<u32>) -> KmsResult<Option<UseRow>> {
        let key = (self.tenant.clone(), name.to_string(), version);
        if let Some(row) = self.cache.as_ref().and_then(|c| c.get(&key)) {
            return Ok(Some(row));
        }
        let generation = self.cache.as_ref().map(|c| c.generation());
        let row = self.use_row_read(name, version)?;
        if let (Some(cache), Some(generation), Some(row)) = (&self.cache, generation, &row) {
            cache.put(generation, key, row.clone());
        }
        Ok(row)
    }

    fn set_key_cache(&mut self, cache: std::sync::Arc<KeyCache>) {
        self.cache = Some(cache);
    }

    fn version_row(
        &mut self,
        name: &str,
        version: u32,
    ) -> KmsResult<Option<(String, Vec<u8>, u32)>> {
        self.opt(
            "SELECT state, wrapped, intermediate_version FROM key_versions WHERE name = $1 AND version = $2",
            &[&name, &i64::from(version)],
        )?
        .map(|r| Ok((r.col(0)?, r.col(1)?, v32(r.col(2)?)?)))
        .transpose()
    }

    fn insert_key(&mut self, name: &str, key_type: &str, now: i64) -> KmsResult<bool> {
        self.changed()?;
        Ok(self.exec(
            "INSERT INTO keys (name, type, primary_version, min_decrypt_version, created_at) VALUES ($1, $2, 1, 1, $3) ON CONFLICT DO NOTHING",
            &[&name, &key_type, &now],
        )? == 1)
    }

    fn next_version(&mut self, name: &str) -> KmsResult<Option<u32>> {
        let row = self.opt(
            "SELECT MAX(version) + 1 FROM key_versions WHERE name = $1",
            &[&name],
        )?;
        row.map(|r| r.col::<Option<i64>>(0))
            .transpose()?
            .flatten()
            .map(v32)
            .transpose()
    }

    fn insert_version(
        &mut self,
        name: &str,
        version: u32,
        wrapped: &[u8],
        intermediate_version: u32,
        public: Option<&[u8]>,
        now: i64,
    ) -> KmsResult<()> {
        self.changed()?;
        self.exec(
            "INSERT INTO key_versions (name, version, state, wrapped, intermediate_version, public, created_at) VALUES ($1, $2, 'enabled', $3, $4, $5, $6)",
            &[&name, &i64::from(version), &wrapped, &i64::from(intermediate_version), &public, &now],
        )?;
        Ok(())
    }

    fn set_primary(&mut self, name: &str, version: u32) -> KmsResult<()> {
        self.changed()?;
        self.exec(
            "UPDATE keys SET primary_version = $2 WHERE name = $1",
            &[&name, &i64::from(version)],
        )?;
        Ok(())
    }

    fn set_state(&mut self, name: &str, version: u32, state: &str) -> KmsResult<usize> {
        // Outside a transaction the notification goes at once: after the change, so nobody
        // re-reads the old row in between.
        let n = self.exec(
            "UPDATE key_versions SET state = $3 WHERE name = $1 AND version = $2",
            &[&name, &i64::from(version), &state],
        )? as usize;
        self.changed()?;
        if !self.in_txn {
            self.forget_own();
        }
        Ok(n)
    }

    fn set_min_decrypt(&mut self, name: &str, min: u32) -> KmsResult<()> {
        self.exec(
            "UPDATE keys SET min_decrypt_version = $2 WHERE name = $1",
            &[&name, &i64::from(min)],
        )?;
        self.changed()?;
        if !self.in_txn {
            self.forget_own();
        }
        Ok(())
    }

    fn delete_key(&mut self, name: &str) -> KmsResult<()> {
        self.changed()?;
        self.exec("DELETE FROM key_versions WHERE name = $1", &[&name])?;
        self.exec("DELETE FROM keys WHERE name = $1", &[&name])?;
        Ok(())
    }

    fn versions(&mut self, name: &str) -> KmsResult<Vec<VersionInfo>> {
        self.all(
            "SELECT version, state, created_at FROM key_versions WHERE name = $1 ORDER BY version",
            &[&name],
        )?
        .iter()
        .map(|r| {
            Ok(VersionInfo {
                version: v32(r.col(0)?)?,
                state: r.col(1)?,
                created_at: r.col(2)?,
            })
        })
        .collect()
    }

    fn key_names(&mut self) -> KmsResult<Vec<String>> {
        self.all("SELECT name FROM keys ORDER BY name COLLATE \"C\"", &[])?
            .iter()
            .map(|r| r.col(0))
            .collect::<KmsResult<_>>()
    }

    fn all_versions(&mut self) -> KmsResult<Vec<VersionRow>> {
        self.all(
            "SELECT v.name, v.version, v.wrapped, v.intermediate_version, k.type FROM key_versions v JOIN keys k ON k.name = v.name",
            &[],
        )?
        .iter()
        .map(|r| Ok((r.col(0)?, v32(r.col(1)?)?, r.col(2)?, v32(r.col(3)?)?, r.col(4)?)))
        .collect()
    }

    fn rewrap_version(
        &mut self,
        name: &str,
        version: u32,
        wrapped: &[u8],
        intermediate_version: u32,
    ) -> KmsResult<()> {
        self.changed()?;
        self.exec(
            "UPDATE key_versions SET wrapped = $3, intermediate_version = $4 WHERE name = $1 AND version = $2",
            &[&name, &i64::from(version), &wrapped, &i64::from(intermediate_version)],
        )?;
        Ok(())
    }

    fn public_rows(&mut self, name: &str, min: u32) -> KmsResult<Vec<VersionedPublic>> {
        self.all(
            "SELECT version, public FROM key_versions WHERE name = $1 AND state = 'enabled' AND version >= $2 ORDER BY version",
            &[&name, &i64::from(min)],
        )?
        .iter()
        .map(|r| Ok((v32(r.col(0)?)?, r.get::<_, Option<Vec<u8>>>(1).unwrap_or_default())))
        .collect()
    }

    /// A tenant is made in one transaction: its record, its pin, its schema and its first
    /// intermediate key, so there is no half-made tenant to finish later.
    fn open_tenant(&mut self, keys: &mut Keys, create: bool, now: i64) -> KmsResult<bool> {
        let tenant = self.tenant.clone();
        match self.tenant_record(&tenant)? {
            Some(v) if v > TENANT_SCHEMA_VERSION => Err(KmsError::new(
                Reason::NotAStore,
                format!(
                    "tenant {tenant}'s schema has version {v}; this cu reads up to {TENANT_SCHEMA_VERSION}"
                ),
            )
            .with_help("upgrade cu")),
            Some(_) => {
                let at = self.at.display();
                keys.check_tenant(self, |what| damaged(&at, &tenant, what))?;
                Ok(true)
            }
            None if !create => Ok(false),
            None => {
                let schema = self.schema.clone();
                in_write(self, |b| {
                    if b.tenant_record(&tenant)?.is_some() {
                        return Ok(()); // made by another process meanwhile
                    }
                    let root_version = b.pin_newest(&tenant)?;
                    let wrapped = keys.first_intermediate(b, root_version)?;
                    b.exec("SELECT cu.create_tenant_schema($1)", &[&schema])?;
                    b.insert_intermediate(1, &wrapped, root_version, now)?;
                    b.exec(
                        "INSERT INTO cu.tenants (id, schema_version, created_at) VALUES ($1, $2, $3)",
                        &[&tenant, &TENANT_SCHEMA_VERSION, &now],
                    )?;
                    Ok(())
                })?;
                let at = self.at.display();
                keys.check_tenant(self, |what| damaged(&at, &tenant, what))?;
                Ok(true)
            }
        }
    }

    fn rotate_root(&mut self, keys: &mut Keys, now: i64) -> KmsResult<(u32, usize)> {
        self.rotation_lock()?;
        let result = self.rotate_root_locked(keys, now);
        self.rotation_unlock();
        result
    }

    fn audit_last(&mut self) -> KmsResult<Option<Vec<u8>>> {
        if self.in_txn {
            self.exec(
                "SELECT pg_advisory_xact_lock($1, $2)",
                &[&LOCK_CLASS, &LOCK_AUDIT],
            )?;
        }
        self.opt(
            "SELECT line FROM cu.audit_trail ORDER BY seq DESC LIMIT 1",
            &[],
        )?
        .map(|r| r.col::<String>(0).map(String::into_bytes))
        .transpose()
    }

    fn audit_insert(&mut self, seq: u64, line: &[u8]) -> KmsResult<()> {
        let seq = i64::try_from(seq)
            .map_err(|_| KmsError::new(Reason::Internal, "audit sequence out of range"))?;
        self.exec(
            "INSERT INTO cu.audit_trail (seq, line) VALUES ($1, $2)",
            &[&seq, &String::from_utf8_lossy(line).as_ref()],
        )?;
        Ok(())
    }

    fn audit_page(&mut self, after: u64, limit: u32) -> KmsResult<Vec<(u64, Vec<u8>)>> {
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        self.all(
            "SELECT seq, line FROM cu.audit_trail WHERE seq > $1 ORDER BY seq LIMIT $2",
            &[&after, &i64::from(limit)],
        )?
        .iter()
        .map(|r| Ok((r.col::<i64>(0)? as u64, r.col::<String>(1)?.into_bytes())))
        .collect()
    }

    fn insert_api_key(&mut self, key: &ApiKey, scopes: &str) -> KmsResult<bool> {
        Ok(self.exec(
            "INSERT INTO cu.api_keys (id, name, tenant, scopes, hash, created_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL) ON CONFLICT DO NOTHING",
            &[&key.id, &key.name, &key.tenant, &scopes, &key.hash, &key.created_at, &key.expires_at],
        )? == 1)
    }

    fn find_api_key(&mut self, id: &str) -> KmsResult<Option<ApiKey>> {
        self
            .opt(
                "SELECT id, name, tenant, scopes, hash, created_at, expires_at, revoked_at FROM cu.api_keys WHERE id = $1",
                &[&id],
            )?
            .as_ref()
            .map(api_key_row).transpose()
    }

    fn api_keys(&mut self, tenant: Option<&str>) -> KmsResult<Vec<ApiKey>> {
        self
            .all(
                "SELECT id, name, tenant, scopes, hash, created_at, expires_at, revoked_at FROM cu.api_keys WHERE $1::TEXT IS NULL OR tenant = $1 ORDER BY created_at, id COLLATE \"C\"",
                &[&tenant],
            )?
            .iter()
            .map(api_key_row)
            .collect::<KmsResult<_>>()
    }

    fn revoke_api_key(&mut self, id: &str, now: i64) -> KmsResult<()> {
        self.exec(
            "UPDATE cu.api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1",
            &[&id, &now],
        )?;
        Ok(())
    }

    fn export(&mut self) -> KmsResult<Snapshot> {
        self.rotation_lock()?;
        let result = self.export_locked();
        self.rotation_unlock();
        result
    }

    fn import(&mut self, snap: &Snapshot) -> KmsResult<()> {
        let place = self.at.display();
        in_write_roots(self, true, None, |b| {
            b.exec(
                "SELECT pg_advisory_xact_lock($1, $2)",
                &[&LOCK_CLASS, &LOCK_SCHEMA],
            )?;
            let existing: Vec<(String, String)> = b
                .all(
                    "SELECT name, value FROM cu.meta ORDER BY name COLLATE \"C\"",
                    &[],
                )?
                .iter()
                .map(|r| Ok((r.col(0)?, r.col(1)?)))
                .collect::<KmsResult<_>>()?;
            if !existing.is_empty() && existing != snap.meta {
                return Err(super::sqlite::another_store(&place));
            }
            for (k, v) in &snap.meta {
                b.exec(
                    "INSERT INTO cu.meta (name, value) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    &[k, v],
                )?;
            }
            for (v, w, at) in &snap.roots {
                b.exec(
                    "INSERT INTO cu.root_keys (version, wrapped, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    &[&i64::from(*v), w, at],
                )?;
            }
            for (t, v) in &snap.pins {
                b.exec(
                    "INSERT INTO cu.root_pins (tenant, root_version) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    &[t, &i64::from(*v)],
                )?;
            }
            for k in &snap.api_keys {
                let scopes = serde_json::to_string(&k.scopes)
                    .map_err(|e| KmsError::new(Reason::Internal, e.to_string()))?;
                b.exec(
                    "INSERT INTO cu.api_keys (id, name, tenant, scopes, hash, created_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
                    &[&k.id, &k.name, &k.tenant, &scopes, &k.hash, &k.created_at, &k.expires_at, &k.revoked_at],
                )?;
            }
            for u in &snap.users {
                let scopes = serde_json::to_string(&u.scopes)
                    .map_err(|e| KmsError::new(Reason::Internal, e.to_string()))?;
                b.exec(
                    "INSERT INTO cu.kms_realm_users (name, kind, tenant, scopes, hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
                    &[&u.name, &u.kind, &u.tenant, &scopes, &u.hash, &u.created_at, &u.updated_at],
                )?;
            }
            for (seq, line) in &snap.audit {
                let seq = *seq as i64;
                b.exec(
                    "INSERT INTO cu.audit_trail (seq, line) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    &[&seq, &String::from_utf8_lossy(line).as_ref()],
                )?;
            }
            for t in &snap.tenants {
                if b.tenant_record(&t.id)?.is_none() {
                    b.exec("SELECT cu.create_tenant_schema($1)", &[&schema_name(&t.id)])?;
                    b.exec(
                        "INSERT INTO cu.tenants (id, schema_version, created_at) VALUES ($1, $2, $3)",
                        &[&t.id, &TENANT_SCHEMA_VERSION, &t.created_at],
                    )?;
                }
                b.use_tenant_schema(&t.id)?;
                for (v, w, rv, at) in &t.intermediates {
                    b.exec(
                        "INSERT INTO intermediate_keys (version, wrapped, root_version, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                        &[&i64::from(*v), w, &i64::from(*rv), at],
                    )?;
                }
                for (n, ty, p, m, at) in &t.keys {
                    b.exec(
                        "INSERT INTO keys (name, type, primary_version, min_decrypt_version, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                        &[n, ty, &i64::from(*p), &i64::from(*m), at],
                    )?;
                }
                for (n, v, st, w, iv, public, at) in &t.versions {
                    b.exec(
                        "INSERT INTO key_versions (name, version, state, wrapped, intermediate_version, public, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
                        &[n, &i64::from(*v), st, w, &i64::from(*iv), public, at],
                    )?;
                }
            }
            Ok(())
        })
    }

    fn insert_realm_user(&mut self, user: &RealmUser, scopes: &str) -> KmsResult<bool> {
        Ok(self.exec(
            "INSERT INTO cu.kms_realm_users (name, kind, tenant, scopes, hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT DO NOTHING",
            &[&user.name, &user.kind, &user.tenant, &scopes, &user.hash, &user.created_at],
        )? == 1)
    }

    fn find_realm_user(&mut self, name: &str) -> KmsResult<Option<RealmUser>> {
        self
            .opt(
                "SELECT name, kind, tenant, scopes, hash, created_at, updated_at FROM cu.kms_realm_users WHERE name = $1",
                &[&name],
            )?
            .as_ref()
            .map(user_row).transpose()
    }

    fn realm_users(&mut self, tenant: Option<&str>) -> KmsResult<Vec<RealmUser>> {
        self
            .all(
                "SELECT name, kind, tenant, scopes, hash, created_at, updated_at FROM cu.kms_realm_users WHERE $1::TEXT IS NULL OR tenant = $1 ORDER BY name COLLATE \"C\"",
                &[&tenant],
            )?
            .iter()
            .map(user_row)
            .collect::<KmsResult<_>>()
    }

    fn set_realm_password(&mut self, name: &str, hash: &str, now: i64) -> KmsResult<usize> {
        Ok(self.exec(
            "UPDATE cu.kms_realm_users SET hash = $2, updated_at = $3 WHERE name = $1",
            &[&name, &hash, &now],
        )? as usize)
    }

    fn delete_realm_user(&mut self, name: &str) -> KmsResult<usize> {
        Ok(self.exec("DELETE FROM cu.kms_realm_users WHERE name = $1", &[&name])? as usize)
    }
}

/// A tenant the store records whose schema is missing, empty or foreign.
fn damaged(at: &str, tenant: &str, what: &str) -> KmsError {
    KmsError::new(
        Reason::StoreDamaged,
        format!(
            "the store records tenant {tenant}, but its schema {} in {at} {what}",
            schema_name(tenant)
        ),
    )
    .with_help("restore the database from a backup (do not re-initialise the store or drop the tenant's schema: its keys are there)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_decide_tls_and_refuse_what_could_mislead() {
        let local = PgLocation::parse("postgres://cu@127.0.0.1:5432/kms").unwrap();
        assert_eq!(local.ssl, SslMode::Disable);
        // Any other host: verify-full, which needs the CA.
        let e = PgLocation::parse("postgres://cu@db.internal/kms").unwrap_err();
        assert!(e.message.contains("sslrootcert"), "{}", e.message);
        let remote =
            PgLocation::parse("postgres://cu@db.internal/kms?sslrootcert=/ca.pem").unwrap();
        assert_eq!(remote.ssl, SslMode::VerifyFull);
        // The host comes from the URL alone: a host in the query could move the connection
        // somewhere the TLS default and the pgpass line were not chosen for.
        for url in [
            "postgres://cu@/kms?host=db.prod.example",
            "postgres://cu@localhost/kms?host=db2",
            "postgres://cu@localhost/kms?port=6543",
        ] {
            assert!(PgLocation::parse(url).is_err(), "{url}");
        }
        assert!(PgLocation::parse("postgres://cu:pw@localhost/kms").is_err());
        assert!(
            PgLocation::parse("postgres://localhost/kms").is_err(),
            "no user"
        );
        assert!(PgLocation::parse("postgres://cu@localhost/kms?sslmode=prefer").is_err());
        // Nothing secret in what is shown.
        let shown = PgLocation::parse("postgres://cu@localhost/kms?sslmode=disable")
            .unwrap()
            .display();
        assert_eq!(shown, "postgres://cu@localhost/kms");
    }

    #[test]
    fn pgpass_lines_match_as_libpq_reads_them() {
        let at = PgLocation::parse("postgres://app@db.internal:6543/kms?sslrootcert=/c").unwrap();
        let text = "# comment\nlocalhost:5432:*:app:wrong\ndb.internal:6543:kms:app:pa\\:ss\n*:*:*:*:fallback\n";
        assert_eq!(
            at.pgpass_lookup(text).as_deref().map(String::as_str),
            Some("pa:ss")
        );
        let other =
            PgLocation::parse("postgres://bob@db.internal:6543/kms?sslrootcert=/c").unwrap();
        assert_eq!(
            other.pgpass_lookup(text).as_deref().map(String::as_str),
            Some("fallback")
        );
    }
}
