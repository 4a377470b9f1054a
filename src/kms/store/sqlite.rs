//! The SQLite store: the main database holds the store's parameters, the wrapped root keys
//! and the tenant list; each tenant's intermediate keys, content keys and versions live in
//! that tenant's own database file, attached as `tenant_<id>`.
//!
//! Several processes may use one store at once. Writers serialize on SQLite's write lock
//! (`BEGIN IMMEDIATE` locks the main file and the attached tenant's). A pin is removed only
//! in a transaction that sees the tenant's file no longer refer to it. Root rotations take
//! an advisory lock on `<store>.lock` for their whole run, so two never interleave; the
//! kernel releases it when the holder dies.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::{
    crypto, in_write, new_store, unhex, ApiKey, Backend, InitReport, Keys, Meta, RealmUser,
    Snapshot, TenantSnapshot, Unseal, UseRow, VersionInfo, VersionRow, VersionedPublic, MAGIC,
    PIN_ATTEMPTS,
};
use crate::kms::{KmsError, KmsResult, Reason};

/// Schema version of the main database: 2 added `root_pins` and `tenants.ready`, 3 added
/// `api_keys`, 4 `kms_realm_users`.
pub const SCHEMA_VERSION: i64 = 5;
/// Schema version of a tenant's database file.
const TENANT_SCHEMA_VERSION: i64 = 1;
/// How long a root rotation waits for another one to finish.
const ROTATION_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(15);
const BUSY_TIMEOUT_MS: u64 = 10_000;

/// Where a tenant's database lives, next to the main one.
pub fn tenant_path(store: &Path, tenant: &str) -> PathBuf {
    let dir = store.with_extension("tenants");
    dir.join(format!("{tenant}.db"))
}

/// A key's type, min decrypt version, the version used and that version's state (NULL when
/// there is no such version): of the primary version, and of version ?2. Two statements,
/// each with a subquery rather than a join: SQLite (3.54) re-prepares a join whose plan
/// could depend on a bound value each time it runs (measured: 50k instructions a time,
/// against about 6k for the whole statement).
fn use_sql(s: &str) -> [String; 2] {
    let select = |version: &str| {
        let column = |c: &str| {
            format!(
                "(SELECT v.{c} FROM {s}.key_versions v WHERE v.name = ?1 AND v.version = {version})"
            )
        };
        format!(
            "SELECT k.type, k.min_decrypt_version, {version}, {}, {}, {} FROM {s}.keys k WHERE k.name = ?1",
            column("state"),
            column("wrapped"),
            column("intermediate_version")
        )
    };
    [select("k.primary_version"), select("?2")]
}

fn schema_name(tenant: &str) -> String {
    format!("tenant_{}", tenant.replace('-', ""))
}

/// Per-connection settings. WAL mode is a property of the file, set once when it is created.
fn configure(conn: &Connection) -> KmsResult<()> {
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
    // Every reported key creation survives a crash or power loss.
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Deleted rows are overwritten, so a deleted key's wrapped material does not linger.
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(())
}

/// Store files hold only wrapped keys, but who can read them is still nobody's business:
/// create them 0600 before SQLite opens them (its -wal and -shm files copy the mode).
fn create_private_file(path: &Path) -> KmsResult<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(KmsError::io(
            format!("cannot create {}", path.display()),
            &e,
        )),
    }
}

fn create_private_dir(dir: &Path) -> KmsResult<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| KmsError::io(format!("cannot create {}", dir.display()), &e))
}

/// The advisory lock that root rotations hold for their whole run.
fn lock_path(store: &Path) -> PathBuf {
    store.with_extension("lock")
}

/// Held while it lives: an exclusive `flock` on the store's lock file (waits for a holder).
struct RotationLock(#[allow(dead_code)] std::fs::File);

fn rotation_lock(store: &Path) -> KmsResult<RotationLock> {
    let path = lock_path(store);
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(&path)
        .map_err(|e| KmsError::io(format!("cannot open the lock file {}", path.display()), &e))?;
    #[cfg(unix)]
    {
        use std::io::{Read, Seek, Write};
        use std::os::fd::AsRawFd;
        let started = std::time::Instant::now();
        loop {
            // SAFETY: flock on a descriptor this function owns; no memory is involved.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
                break;
            }
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() != Some(libc::EWOULDBLOCK)
                && e.kind() != std::io::ErrorKind::Interrupted
            {
                return Err(KmsError::io(format!("cannot lock {}", path.display()), &e));
            }
            if started.elapsed() >= ROTATION_LOCK_WAIT {
                let mut holder = String::new();
                let _ = (&file).read_to_string(&mut holder);
                let holder = holder.trim();
                return Err(KmsError::new(
                    Reason::Unavailable,
                    format!(
                        "another root rotation of {} ({}) has held its lock for {} s",
                        store.display(),
                        if holder.is_empty() { "pid unknown".to_string() } else { format!("pid {holder}") },
                        ROTATION_LOCK_WAIT.as_secs()
                    ),
                )
                .with_help("wait for it to finish and run `cu kms rotate-root` again; if that process is stuck, stop it (a killed rotation loses nothing)"));
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        // Who holds it, for the message above in the next process.
        let _ = file.set_len(0);
        let _ = (&file).seek(std::io::SeekFrom::Start(0));
        let _ = write!(&file, "{}", std::process::id());
    }
    Ok(RotationLock(file))
}

/// What is at a tenant's file path, looked at without opening it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileState {
    Missing,
    Empty,
    Present,
}

fn file_state(path: &Path) -> KmsResult<FileState> {
    match std::fs::metadata(path) {
        Ok(m) if m.len() == 0 => Ok(FileState::Empty),
        Ok(_) => Ok(FileState::Present),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(FileState::Missing),
        Err(e) => Err(KmsError::io(
            format!("cannot look at {}", path.display()),
            &e,
        )),
    }
}

fn damaged(file: &Path, tenant: &str, what: &str) -> KmsError {
    KmsError::new(
        Reason::StoreDamaged,
        format!(
            "the store records tenant {tenant}, but its file {} {what}",
            file.display()
        ),
    )
    .with_help(format!(
        "restore {} from a backup of this store (do not re-initialise the store or delete the tenant: its keys are in that file)",
        file.display()
    ))
}

/// What an error while reading the store's own tables means: a file that is not a database,
/// or lacks the tables, is not a store; a full disk, an I/O error or a busy store is that.
fn not_a_store_unless_io(e: rusqlite::Error, not_a_store: impl FnOnce() -> KmsError) -> KmsError {
    match &e {
        rusqlite::Error::QueryReturnedNoRows
        | rusqlite::Error::InvalidColumnType(..)
        | rusqlite::Error::FromSqlConversionFailure(..) => not_a_store(),
        // SQLITE_ERROR ("no such table") and SQLITE_NOTADB.
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(
                f.code,
                rusqlite::ErrorCode::Unknown | rusqlite::ErrorCode::NotADatabase
            ) =>
        {
            not_a_store()
        }
        _ => KmsError::from(e),
    }
}

/// Record that `tenant` may refer to the newest root version; returns that version.
fn pin_newest(conn: &Connection, tenant: &str) -> KmsResult<u32> {
    let newest: Option<u32> =
        conn.query_row("SELECT MAX(version) FROM root_keys", [], |r| r.get(0))?;
    let newest =
        newest.ok_or_else(|| KmsError::new(Reason::StoreDamaged, "the store has no root key"))?;
    conn.execute(
        "INSERT OR IGNORE INTO root_pins (tenant, root_version) VALUES (?1, ?2)",
        params![tenant, newest],
    )?;
    Ok(newest)
}

/// Whether `tenant`'s pin on root `version` (and so that root key) is still there.
fn pinned(conn: &Connection, tenant: &str, version: u32) -> KmsResult<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM root_pins p JOIN root_keys r ON r.version = p.root_version WHERE p.tenant = ?1 AND p.root_version = ?2",
            params![tenant, version],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// The `api_keys` table (schema 3): the servers' API keys, only a hash of each secret.
const API_KEYS_TABLE: &str = "CREATE TABLE IF NOT EXISTS api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, tenant TEXT NOT NULL, scopes TEXT NOT NULL, hash BLOB NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER, revoked_at INTEGER);";

/// The `kms_realm_users` table (schema 4): the database realm, only a hash of each password.
const REALM_USERS_TABLE: &str = "CREATE TABLE IF NOT EXISTS kms_realm_users (name TEXT PRIMARY KEY, kind TEXT NOT NULL, tenant TEXT NOT NULL, scopes TEXT NOT NULL, hash TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);";

/// The `audit_trail` table (schema 5): the servers' audit records kept in the store.
const AUDIT_TABLE: &str =
    "CREATE TABLE IF NOT EXISTS audit_trail (seq INTEGER PRIMARY KEY, line TEXT NOT NULL);";

/// Bring a main database written by an older cu up to `SCHEMA_VERSION`, one numbered step at
/// a time, in one transaction (a process that finds it done already changes nothing).
/// 1 → 2: every tenant recorded so far was set up in the transaction that recorded it, so it
/// is ready; it is pinned to every root version there is, which is more than it needs and
/// keeps everything it could need (the next root rotation removes the extra pins).
/// 2 → 3: an empty `api_keys` table. 3 → 4: an empty `kms_realm_users` table. 4 → 5: an
/// empty `audit_trail` table.
fn migrate(conn: &Connection, path: &Path, found: i64) -> KmsResult<()> {
    // Schema 1 committed a tenant's record before its file's tables (one transaction over
    // two WAL files), so a writer killed in between left a record and a file never set up:
    // those are not ready (the next `key create` finishes them). A missing file is damage.
    let tenants: Vec<String> = {
        let mut stmt = conn.prepare("SELECT id FROM tenants")?;
        let r = stmt.query_map([], |r| r.get(0))?;
        r.collect::<Result<Vec<_>, _>>()?
    };
    let mut half_made = Vec::new();
    // Only schema 1 can have half-made tenants.
    for tenant in tenants.into_iter().filter(|_| found < 2) {
        let file = tenant_path(path, &tenant);
        if file_state(&file)? == FileState::Missing {
            continue;
        }
        let version: i64 = Connection::open_with_flags(
            &file,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .and_then(|c| c.pragma_query_value(None, "user_version", |r| r.get(0)))
        .unwrap_or(1);
        if version == 0 {
            half_made.push(tenant);
        }
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| -> KmsResult<()> {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version >= SCHEMA_VERSION {
            return Ok(());
        }
        if version < 1 {
            return Err(KmsError::new(
                Reason::NotAStore,
                format!(
                    "{} has schema version {version}, which no cu wrote",
                    path.display()
                ),
            ));
        }
        if version < 2 {
            conn.execute_batch(
                "ALTER TABLE tenants ADD COLUMN ready INTEGER NOT NULL DEFAULT 0;
                 UPDATE tenants SET ready = 1;
                 CREATE TABLE root_pins (tenant TEXT NOT NULL, root_version INTEGER NOT NULL, PRIMARY KEY (tenant, root_version));
                 INSERT INTO root_pins (tenant, root_version) SELECT t.id, r.version FROM tenants t, root_keys r;",
            )?;
            for tenant in &half_made {
                conn.execute("UPDATE tenants SET ready = 0 WHERE id = ?1", [tenant])?;
            }
        }
        if version < 3 {
            conn.execute_batch(API_KEYS_TABLE)?;
        }
        if version < 4 {
            conn.execute_batch(REALM_USERS_TABLE)?;
        }
        if version < 5 {
            conn.execute_batch(AUDIT_TABLE)?;
        }
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(())
    })();
    match result.and_then(|()| conn.execute_batch("COMMIT").map_err(KmsError::from)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// A tenant file's tables, in the file attached as `s`.
fn tenant_tables(s: &str) -> String {
    format!(
        "CREATE TABLE {s}.intermediate_keys (version INTEGER PRIMARY KEY, wrapped BLOB NOT NULL, root_version INTEGER NOT NULL, created_at INTEGER NOT NULL);
         CREATE TABLE {s}.keys (name TEXT PRIMARY KEY, type TEXT NOT NULL, primary_version INTEGER NOT NULL, min_decrypt_version INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL);
         CREATE TABLE {s}.key_versions (name TEXT NOT NULL REFERENCES keys(name) ON DELETE CASCADE, version INTEGER NOT NULL, state TEXT NOT NULL, wrapped BLOB NOT NULL, intermediate_version INTEGER NOT NULL, public BLOB, created_at INTEGER NOT NULL, PRIMARY KEY (name, version));"
    )
}

/// The main database's tables.
const MAIN_TABLES: &str = "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE IF NOT EXISTS root_keys (version INTEGER PRIMARY KEY, wrapped BLOB NOT NULL, created_at INTEGER NOT NULL);
     CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, ready INTEGER NOT NULL DEFAULT 0);
     CREATE TABLE IF NOT EXISTS root_pins (tenant TEXT NOT NULL, root_version INTEGER NOT NULL, PRIMARY KEY (tenant, root_version));";

/// Create a store at `path` (refusing an existing file).
pub fn init(path: &Path, unseal: &Unseal, now: i64) -> KmsResult<InitReport> {
    if path.exists() {
        return Err(KmsError::new(
            Reason::StoreExists,
            format!("{} already exists", path.display()),
        ));
    }
    unseal.check()?;
    // Created here and by nobody else (O_EXCL), so on failure it is ours to remove.
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(KmsError::new(
                Reason::StoreExists,
                format!("{} already exists", path.display()),
            ))
        }
        Err(e) => {
            return Err(KmsError::io(
                format!("cannot create {}", path.display()),
                &e,
            ))
        }
    }
    let result = init_file(path, unseal, now);
    if result.is_err() {
        // A store that could not be written whole (a full disk, say) is not left half-made.
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(p));
        }
    }
    result
}

fn init_file(path: &Path, unseal: &Unseal, now: i64) -> KmsResult<InitReport> {
    let mut conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    configure(&conn)?;
    let new = new_store(unseal, now)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(MAIN_TABLES)?;
    tx.execute_batch(API_KEYS_TABLE)?;
    tx.execute_batch(REALM_USERS_TABLE)?;
    tx.execute_batch(AUDIT_TABLE)?;
    for (k, v) in &new.meta {
        tx.execute(
            "INSERT INTO meta (name, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    tx.execute(
        "INSERT INTO root_keys (version, wrapped, created_at) VALUES (1, ?1, ?2)",
        params![new.wrapped_root, now],
    )?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(InitReport {
        path: path.to_path_buf(),
        unseal: unseal.kind(),
        root_version: 1,
    })
}

/// A SQLite store opened for one tenant.
pub struct SqliteBackend {
    conn: Connection,
    path: PathBuf,
    tenant: String,
    schema: String,
    /// `use_sql(schema)`, built once: it runs on every operation.
    sql_use: [String; 2],
    /// Whether the tenant's file is attached (as `schema`).
    attached: bool,
    /// The main database's schema version when it was opened (migrated after unsealing).
    found_version: i64,
}

impl SqliteBackend {
    /// Open the main database and read the store's parameters (nothing is unsealed yet).
    pub(crate) fn open(path: &Path, tenant: &str) -> KmsResult<(SqliteBackend, Meta)> {
        if !path.exists() {
            return Err(KmsError::new(
                Reason::NoStore,
                format!("no key store at {}", path.display()),
            ));
        }
        let conn = Connection::open_with_flags(
            path,
            // CREATE lets ATTACH make a new tenant's file; the main file was checked to exist.
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
                | rusqlite::OpenFlags::SQLITE_OPEN_CREATE
                | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let not_a_store = || {
            KmsError::new(
                Reason::NotAStore,
                format!("{} is not a cu key store", path.display()),
            )
        };
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| not_a_store_unless_io(e, not_a_store))?;
        if version > SCHEMA_VERSION {
            return Err(KmsError::new(
                Reason::NotAStore,
                format!(
                    "{} has schema version {version}; this cu reads up to {SCHEMA_VERSION}",
                    path.display()
                ),
            )
            .with_help("upgrade cu"));
        }
        let meta = |name: &str| -> KmsResult<String> {
            conn.query_row("SELECT value FROM meta WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .map_err(|e| not_a_store_unless_io(e, not_a_store))
        };
        if meta("magic")? != MAGIC {
            return Err(not_a_store());
        }
        configure(&conn)?;
        let m = Meta {
            unseal: meta("unseal")?,
            salt: unhex(&meta("salt")?).ok_or_else(not_a_store)?,
            iterations: meta("iterations")?.parse().map_err(|_| not_a_store())?,
        };
        let schema = schema_name(tenant);
        Ok((
            SqliteBackend {
                conn,
                path: path.to_path_buf(),
                tenant: tenant.to_string(),
                sql_use: use_sql(&schema),
                schema,
                attached: false,
                found_version: version,
            },
            m,
        ))
    }

    /// A read-only connection for a server's API key lookups (no unsealing).
    pub(crate) fn open_api_keys(path: &Path) -> KmsResult<SqliteBackend> {
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version != SCHEMA_VERSION {
            return Err(KmsError::new(
                Reason::NotAStore,
                format!(
                    "{} has schema version {version}; API keys need {SCHEMA_VERSION}",
                    path.display()
                ),
            )
            .with_help("open the store once with this cu (e.g. `cu kms key list`) to migrate it"));
        }
        let schema = schema_name(super::super::DEFAULT_TENANT);
        Ok(SqliteBackend {
            conn,
            path: path.to_path_buf(),
            tenant: super::super::DEFAULT_TENANT.to_string(),
            sql_use: use_sql(&schema),
            schema,
            attached: false,
            found_version: version,
        })
    }

    /// The destination of a copy: made (empty, 0600, with its tables) when missing.
    pub(crate) fn open_for_import(path: &Path) -> KmsResult<SqliteBackend> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
        create_private_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
                | rusqlite::OpenFlags::SQLITE_OPEN_CREATE
                | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(KmsError::new(
                Reason::NotAStore,
                format!(
                    "{} has schema version {version}; this cu reads up to {SCHEMA_VERSION}",
                    path.display()
                ),
            )
            .with_help("upgrade cu"));
        }
        if version == 0 {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.execute_batch(MAIN_TABLES)?;
            conn.execute_batch(API_KEYS_TABLE)?;
            conn.execute_batch(REALM_USERS_TABLE)?;
            conn.execute_batch(AUDIT_TABLE)?;
            conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        } else if version < SCHEMA_VERSION {
            migrate(&conn, path, version)?;
        }
        configure(&conn)?;
        let schema = schema_name(super::super::DEFAULT_TENANT);
        Ok(SqliteBackend {
            conn,
            path: path.to_path_buf(),
            tenant: super::super::DEFAULT_TENANT.to_string(),
            sql_use: use_sql(&schema),
            schema,
            attached: false,
            found_version: SCHEMA_VERSION,
        })
    }

    fn export_tenant(&mut self, id: &str, created_at: i64) -> KmsResult<TenantSnapshot> {
        self.with_tenant_file(id, false, |b, schema, file| {
            in_write(b, |b| {
                if b.attached_version(schema)? == 0 {
                    return Err(damaged(file, id, "holds no keys"));
                }
                let mut t = TenantSnapshot {
                    id: id.to_string(),
                    created_at,
                    ..Default::default()
                };
                let mut stmt = b.conn.prepare(&format!(
                    "SELECT version, wrapped, root_version, created_at FROM {schema}.intermediate_keys ORDER BY version"
                ))?;
                t.intermediates = stmt
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                    .collect::<Result<Vec<_>, _>>()?;
                let mut stmt = b.conn.prepare(&format!(
                    "SELECT name, type, primary_version, min_decrypt_version, created_at FROM {schema}.keys ORDER BY name"
                ))?;
                t.keys = stmt
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
                    .collect::<Result<Vec<_>, _>>()?;
                let mut stmt = b.conn.prepare(&format!(
                    "SELECT name, version, state, wrapped, intermediate_version, public, created_at FROM {schema}.key_versions ORDER BY name, version"
                ))?;
                t.versions = stmt
                    .query_map([], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
                    })?
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(t)
            })
        })
    }

    fn import_tenant(&mut self, t: &TenantSnapshot) -> KmsResult<()> {
        let file = tenant_path(&self.path, &t.id);
        if let Some(dir) = file.parent() {
            create_private_dir(dir)?;
        }
        create_private_file(&file)?;
        self.with_tenant_file(&t.id, true, |b, schema, _| {
            if b.attached_version(schema)? == 0 {
                b.conn
                    .pragma_update(Some(schema), "journal_mode", "WAL")?;
            }
            in_write(b, |b| {
                if b.attached_version(schema)? == 0 {
                    b.conn.execute_batch(&tenant_tables(schema))?;
                    b.conn
                        .pragma_update(Some(schema), "user_version", TENANT_SCHEMA_VERSION)?;
                }
                for (v, w, rv, at) in &t.intermediates {
                    b.conn.execute(
                        &format!("INSERT OR IGNORE INTO {schema}.intermediate_keys (version, wrapped, root_version, created_at) VALUES (?1, ?2, ?3, ?4)"),
                        params![v, w, rv, at],
                    )?;
                }
                for (n, ty, p, m, at) in &t.keys {
                    b.conn.execute(
                        &format!("INSERT OR IGNORE INTO {schema}.keys (name, type, primary_version, min_decrypt_version, created_at) VALUES (?1, ?2, ?3, ?4, ?5)"),
                        params![n, ty, p, m, at],
                    )?;
                }
                for (n, v, st, w, iv, public, at) in &t.versions {
                    b.conn.execute(
                        &format!("INSERT OR IGNORE INTO {schema}.key_versions (name, version, state, wrapped, intermediate_version, public, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
                        params![n, v, st, w, iv, public, at],
                    )?;
                }
                Ok(())
            })
        })?;
        // Only with its file committed is the tenant ready.
        self.conn
            .execute("UPDATE tenants SET ready = 1 WHERE id = ?1", [&t.id])?;
        Ok(())
    }

    fn file(&self) -> PathBuf {
        tenant_path(&self.path, &self.tenant)
    }

    fn open_tenant_retrying(&mut self, keys: &mut Keys, create: bool, now: i64) -> KmsResult<bool> {
        let file = self.file();
        match self.open_tenant_once(keys, &file, create, now) {
            // The record is read before the file is looked at, and a creator commits the
            // record before it sets the file up; a file found set up without a record was
            // therefore set up in between. Looking once more settles it.
            Err(e) if e.reason == Reason::StoreDamaged => {
                self.open_tenant_once(keys, &file, create, now)
            }
            other => other,
        }
        .map_err(|e| in_tenant_file(e, &file, &self.tenant.clone()))
    }

    /// Attach this store's tenant, as its records say it should be: a tenant the store has
    /// made must have its file, set up and opening under this store's keys (else the store
    /// is damaged, and nothing is re-created over it); a tenant seen for the first time, or
    /// whose creation was interrupted, is created (with `create`) or reads as empty.
    fn open_tenant_once(
        &mut self,
        keys: &mut Keys,
        file: &Path,
        create: bool,
        now: i64,
    ) -> KmsResult<bool> {
        let tenant = self.tenant.clone();
        let ready: Option<bool> = self
            .conn
            .query_row("SELECT ready FROM tenants WHERE id = ?1", [&tenant], |r| {
                r.get(0)
            })
            .optional()?;
        let state = file_state(file)?;
        match (ready, state) {
            (Some(true), FileState::Missing) => Err(damaged(file, &tenant, "is missing")),
            (Some(true), FileState::Empty) => Err(damaged(file, &tenant, "is empty")),
            (Some(true), FileState::Present) => {
                self.attach_file(file)?;
                if self.tenant_file_version()? == 0 {
                    return Err(damaged(file, &tenant, "holds no keys"));
                }
                self.check_tenant_file(keys, file)?;
                Ok(true)
            }
            (None, FileState::Present) => {
                self.attach_file(file)?;
                if self.tenant_file_version()? == 0 {
                    // Left by a creation killed before it set the file up: reused.
                    return if create {
                        self.create_tenant(keys, file, now)
                    } else {
                        Ok(false)
                    };
                }
                Err(KmsError::new(
                    Reason::StoreDamaged,
                    format!(
                        "{} holds keys, but this store has no record of tenant {tenant}",
                        file.display()
                    ),
                )
                .with_help(format!(
                    "a file from another store or a backup was put in place: move {} away (or restore the store's main file from the same backup)",
                    file.display()
                )))
            }
            (Some(false), FileState::Present) if !create => {
                // A creation that was interrupted: finished if its file got set up.
                self.attach_file(file)?;
                if self.tenant_file_version()? > 0 {
                    self.check_tenant_file(keys, file)?;
                    self.mark_ready()?;
                    return Ok(true);
                }
                Ok(false)
            }
            (_, _) if !create => Ok(false),
            (_, _) => self.create_tenant(keys, file, now),
        }
    }

    /// A new tenant: recorded with a pin on the newest root first, then its file is set up
    /// under a pinned root in one transaction, then it is marked ready. A process killed at
    /// any point leaves a tenant that the next `create` finishes (reusing its file).
    fn create_tenant(&mut self, keys: &mut Keys, file: &Path, now: i64) -> KmsResult<bool> {
        let tenant = self.tenant.clone();
        let mut root_version = in_write(self, |b| {
            b.conn.execute(
                "INSERT OR IGNORE INTO tenants (id, created_at, ready) VALUES (?1, ?2, 0)",
                params![tenant, now],
            )?;
            pin_newest(&b.conn, &tenant)
        })?;
        if let Some(dir) = file.parent() {
            create_private_dir(dir)?;
        }
        create_private_file(file)?;
        self.attach_file(file)?;
        let s = self.schema.clone();
        if self.tenant_file_version()? == 0 {
            // WAL mode sticks to the file once set (outside a transaction). Switching needs
            // the file to itself, and SQLite answers BUSY at once rather than waiting, so
            // several processes creating the same tenant retry here.
            let started = std::time::Instant::now();
            let mut pause = std::time::Duration::from_millis(5);
            loop {
                match self
                    .conn
                    .pragma_update(Some(s.as_str()), "journal_mode", "WAL")
                {
                    Ok(()) => break,
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if matches!(
                            e.code,
                            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                        ) && started.elapsed()
                            < std::time::Duration::from_millis(BUSY_TIMEOUT_MS) =>
                    {
                        std::thread::sleep(pause);
                        pause = (pause * 2).min(std::time::Duration::from_millis(100));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        for _ in 0..PIN_ATTEMPTS {
            let done = in_write(self, |b| {
                // Another process may have set it up while we waited for the lock.
                if b.tenant_file_version()? != 0 {
                    return Ok(true);
                }
                if !pinned(&b.conn, &tenant, root_version)? {
                    return Ok(false);
                }
                let wrapped = keys.first_intermediate(b, root_version)?;
                b.conn.execute_batch(&tenant_tables(&s))?;
                b.conn.execute(
                    &format!("INSERT INTO {s}.intermediate_keys (version, wrapped, root_version, created_at) VALUES (1, ?1, ?2, ?3)"),
                    params![wrapped, root_version, now],
                )?;
                b.conn
                    .pragma_update(Some(s.as_str()), "user_version", TENANT_SCHEMA_VERSION)?;
                Ok(true)
            })?;
            if done {
                // Only now, with the file committed, does the store call the tenant made.
                self.check_tenant_file(keys, file)?;
                self.mark_ready()?;
                return Ok(true);
            }
            // A root rotation moved on before we wrote: pin the newest root and try again.
            root_version = in_write(self, |b| pin_newest(&b.conn, &tenant))?;
        }
        Err(super::busy_rotating())
    }

    fn attach_file(&mut self, file: &Path) -> KmsResult<()> {
        if self.attached {
            return Ok(());
        }
        let file_str = file.to_string_lossy().to_string();
        self.conn
            .execute("ATTACH DATABASE ?1 AS ?2", params![file_str, self.schema])?;
        self.attached = true;
        let s = self.schema.clone();
        self.conn
            .pragma_update(Some(s.as_str()), "synchronous", "FULL")?;
        let version = self.tenant_file_version()?;
        if version > TENANT_SCHEMA_VERSION {
            return Err(KmsError::new(
                Reason::NotAStore,
                format!(
                    "{} has schema version {version}; this cu reads up to {TENANT_SCHEMA_VERSION}",
                    file.display()
                ),
            )
            .with_help("upgrade cu"));
        }
        Ok(())
    }

    fn tenant_file_version(&self) -> KmsResult<i64> {
        let s = self.schema.as_str();
        Ok(self
            .conn
            .pragma_query_value(Some(s), "user_version", |r| r.get(0))?)
    }

    fn check_tenant_file(&mut self, keys: &mut Keys, file: &Path) -> KmsResult<()> {
        let tenant = self.tenant.clone();
        keys.check_tenant(self, |what| damaged(file, &tenant, what))
    }

    fn mark_ready(&mut self) -> KmsResult<()> {
        self.conn.execute(
            "UPDATE tenants SET ready = 1 WHERE id = ?1 AND ready = 0",
            [&self.tenant],
        )?;
        Ok(())
    }

    /// Attach `tenant`'s file as `rot_<id>` for `f`, then detach it. A missing file is
    /// created empty (0600) with `create_missing` (a creation in progress sets it up), and is
    /// damage without.
    fn with_tenant_file<T>(
        &mut self,
        tenant: &str,
        create_missing: bool,
        f: impl FnOnce(&mut SqliteBackend, &str, &Path) -> KmsResult<T>,
    ) -> KmsResult<T> {
        let file = tenant_path(&self.path, tenant);
        let schema = format!("rot_{}", tenant.replace('-', ""));
        match file_state(&file)? {
            FileState::Missing if create_missing => {
                if let Some(dir) = file.parent() {
                    create_private_dir(dir)?;
                }
                create_private_file(&file)?;
            }
            FileState::Missing => return Err(damaged(&file, tenant, "is missing")),
            FileState::Empty if !create_missing => return Err(damaged(&file, tenant, "is empty")),
            _ => {}
        }
        self.conn
            .execute(
                "ATTACH DATABASE ?1 AS ?2",
                params![file.to_string_lossy(), schema],
            )
            .map_err(|e| in_tenant_file(e.into(), &file, tenant))?;
        let result = f(self, &schema, &file).map_err(|e| in_tenant_file(e, &file, tenant));
        let _ = self.conn.execute("DETACH DATABASE ?1", [&schema]);
        result
    }

    fn attached_version(&self, schema: &str) -> KmsResult<i64> {
        Ok(self
            .conn
            .pragma_query_value(Some(schema), "user_version", |r| r.get(0))?)
    }

    /// Every intermediate of the tenant attached as `schema`, each checked to open under a
    /// root this store has; with `rewrap`, those not under root `next` re-wrapped under it.
    fn open_intermediates(
        &mut self,
        keys: &mut Keys,
        schema: &str,
        tenant: &str,
        file: &Path,
        rewrap: Option<(u32, &[u8])>,
    ) -> KmsResult<()> {
        let rows: Vec<(u32, Vec<u8>, u32)> = {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT version, wrapped, root_version FROM {schema}.intermediate_keys"
            ))?;
            let r = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            r.collect::<Result<Vec<_>, _>>()?
        };
        let rewrapped = keys.open_intermediates(self, tenant, rows, rewrap, |what| {
            damaged(file, tenant, what)
        })?;
        if let Some((next, _)) = rewrap {
            for (version, wrapped) in rewrapped {
                self.conn.execute(
                    &format!("UPDATE {schema}.intermediate_keys SET wrapped = ?2, root_version = ?3 WHERE version = ?1"),
                    params![version, wrapped, next],
                )?;
            }
        }
        Ok(())
    }

    /// Re-wrap one tenant's intermediates under root `next`, then drop its pins on the roots
    /// its file no longer refers to. Returns whether the tenant has a file that is set up.
    fn rotate_tenant_root(
        &mut self,
        keys: &mut Keys,
        tenant: &str,
        next: u32,
        fresh: &[u8],
    ) -> KmsResult<bool> {
        // Pinned before the file may refer to it.
        in_write(self, |b| {
            b.conn.execute(
                "INSERT OR IGNORE INTO root_pins (tenant, root_version) VALUES (?1, ?2)",
                params![tenant, next],
            )?;
            Ok(())
        })?;
        let ready = |b: &SqliteBackend| -> KmsResult<bool> {
            Ok(b.conn
                .query_row("SELECT ready FROM tenants WHERE id = ?1", [tenant], |r| {
                    r.get(0)
                })?)
        };
        self.with_tenant_file(tenant, true, |b, schema, file| {
            let set_up = in_write(b, |b| {
                // Re-checked under the lock: a rotation that is no longer the newest (two
                // ran at once despite the lock file) must not move a tenant back.
                if b.newest_root()? != Some(next) || !pinned(&b.conn, tenant, next)? {
                    return Err(KmsError::new(
                        Reason::Unavailable,
                        "another root rotation ran at the same time; this one stopped",
                    )
                    .with_help("run `cu kms rotate-root` again once no other rotation runs (do not remove the store's .lock file while one does)"));
                }
                if b.attached_version(schema)? == 0 {
                    return if ready(b)? {
                        Err(damaged(file, tenant, "holds no keys"))
                    } else {
                        Ok(false) // a creation in progress: it wraps under the newest root
                    };
                }
                b.open_intermediates(keys, schema, tenant, file, Some((next, fresh)))?;
                Ok(true)
            })?;
            // Its own transaction, after the file's commit: pins go only once the file that
            // no longer needs them is on disk. Pins on the newest root stay (never deleted).
            in_write(b, |b| {
                // Read again under the lock: the tenant's creator may have set the file up
                // since the transaction above.
                let in_use = if b.attached_version(schema)? != 0 {
                    format!("SELECT root_version FROM {schema}.intermediate_keys")
                } else if ready(b)? {
                    return Err(damaged(file, tenant, "holds no keys"));
                } else {
                    "SELECT NULL WHERE 0".to_string()
                };
                b.conn.execute(
                    &format!("DELETE FROM root_pins WHERE tenant = ?1 AND root_version < ?2 AND root_version NOT IN ({in_use})"),
                    params![tenant, next],
                )?;
                Ok(())
            })?;
            Ok(set_up)
        })
    }
}

/// A copy's destination that holds a store other than the source.
pub(crate) fn another_store(place: &str) -> KmsError {
    KmsError::new(
        Reason::StoreExists,
        format!("{place} holds another key store (its parameters differ from the source's)"),
    )
    .with_help("copy into an empty database or a new file; a rerun continues only a copy of the same store")
}

/// An error while using a tenant's file: one that says the file is not a (sound) database
/// names the file as damaged.
fn in_tenant_file(e: KmsError, file: &Path, tenant: &str) -> KmsError {
    let newer_schema = e.message.contains("this cu reads up to");
    match e.reason {
        Reason::NotAStore if !newer_schema => {
            damaged(file, tenant, &format!("cannot be read ({})", e.message))
        }
        Reason::StoreDamaged if !e.message.contains(&file.display().to_string()) => {
            damaged(file, tenant, &format!("cannot be read ({})", e.message))
        }
        _ => e,
    }
}

const USER_COLUMNS: &str = "name, kind, tenant, scopes, hash, created_at, updated_at";

fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RealmUser> {
    let scopes: String = r.get(3)?;
    Ok(RealmUser {
        name: r.get(0)?,
        kind: r.get(1)?,
        tenant: r.get(2)?,
        // Written by cu as a JSON array; anything else grants nothing.
        scopes: serde_json::from_str(&scopes).unwrap_or_default(),
        hash: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
    })
}

const API_KEY_COLUMNS: &str = "id, name, tenant, scopes, hash, created_at, expires_at, revoked_at";

fn api_key_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ApiKey> {
    let scopes: String = r.get(3)?;
    Ok(ApiKey {
        id: r.get(0)?,
        name: r.get(1)?,
        tenant: r.get(2)?,
        // Written by this module as a JSON array; anything else grants nothing.
        scopes: serde_json::from_str(&scopes).unwrap_or_default(),
        hash: r.get(4)?,
        created_at: r.get(5)?,
        expires_at: r.get(6)?,
        revoked_at: r.get(7)?,
    })
}

impl Backend for SqliteBackend {
    fn place(&self) -> String {
        self.path.display().to_string()
    }

    fn begin(&mut self) -> KmsResult<()> {
        Ok(self.conn.execute_batch("BEGIN IMMEDIATE")?)
    }

    fn commit(&mut self) -> KmsResult<()> {
        Ok(self.conn.execute_batch("COMMIT")?)
    }

    fn rollback(&mut self) {
        let _ = self.conn.execute_batch("ROLLBACK");
    }

    fn migrate_if_needed(&mut self) -> KmsResult<()> {
        if self.found_version < SCHEMA_VERSION {
            migrate(&self.conn, &self.path, self.found_version)?;
            self.found_version = SCHEMA_VERSION;
        }
        Ok(())
    }

    fn newest_root(&mut self) -> KmsResult<Option<u32>> {
        Ok(self
            .conn
            .query_row("SELECT MAX(version) FROM root_keys", [], |r| r.get(0))?)
    }

    fn root_wrapped(&mut self, version: u32) -> KmsResult<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row(
                "SELECT wrapped FROM root_keys WHERE version = ?1",
                [version],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn pin_newest(&mut self, tenant: &str) -> KmsResult<u32> {
        pin_newest(&self.conn, tenant)
    }

    fn pinned(&mut self, tenant: &str, version: u32) -> KmsResult<bool> {
        pinned(&self.conn, tenant, version)
    }

    fn newest_intermediate(&mut self) -> KmsResult<Option<u32>> {
        let s = &self.schema;
        Ok(self.conn.query_row(
            &format!("SELECT MAX(version) FROM {s}.intermediate_keys"),
            [],
            |r| r.get(0),
        )?)
    }

    fn intermediate_row(&mut self, version: u32) -> KmsResult<Option<(Vec<u8>, u32)>> {
        let s = &self.schema;
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT wrapped, root_version FROM {s}.intermediate_keys WHERE version = ?1"
            ))?
            .query_row([version], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    fn insert_intermediate(
        &mut self,
        version: u32,
        wrapped: &[u8],
        root_version: u32,
        now: i64,
    ) -> KmsResult<()> {
        let s = &self.schema;
        self.conn.execute(
            &format!("INSERT INTO {s}.intermediate_keys (version, wrapped, root_version, created_at) VALUES (?1, ?2, ?3, ?4)"),
            params![version, wrapped, root_version, now],
        )?;
        Ok(())
    }

    fn delete_intermediates_except(&mut self, version: u32) -> KmsResult<()> {
        let s = &self.schema;
        self.conn.execute(
            &format!("DELETE FROM {s}.intermediate_keys WHERE version <> ?1"),
            [version],
        )?;
        Ok(())
    }

    fn key_row(&mut self, name: &str) -> KmsResult<Option<(String, u32, u32, i64)>> {
        let s = &self.schema;
        // Cached statement: this runs for every operation, and parsing SQL dominated it.
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT type, primary_version, min_decrypt_version, created_at FROM {s}.keys WHERE name = ?1"
            ))?
            .query_row([name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?)
    }

    fn use_row(&mut self, name: &str, version: Option<u32>) -> KmsResult<Option<UseRow>> {
        let columns = |r: &rusqlite::Row<'_>| -> rusqlite::Result<UseRow> {
            let state: Option<String> = r.get(3)?;
            let wrapped: Option<Vec<u8>> = r.get(4)?;
            let iv: Option<u32> = r.get(5)?;
            let current = match (state, wrapped, iv) {
                (Some(s), Some(w), Some(i)) => Some((s, w, i)),
                _ => None,
            };
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, current))
        };
        Ok(match version {
            None => self
                .conn
                .prepare_cached(&self.sql_use[0])?
                .query_row([name], columns),
            Some(v) => self
                .conn
                .prepare_cached(&self.sql_use[1])?
                .query_row(params![name, v], columns),
        }
        .optional()?)
    }

    fn version_row(
        &mut self,
        name: &str,
        version: u32,
    ) -> KmsResult<Option<(String, Vec<u8>, u32)>> {
        let s = &self.schema;
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT state, wrapped, intermediate_version FROM {s}.key_versions WHERE name = ?1 AND version = ?2"
            ))?
            .query_row(params![name, version], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?)
    }

    fn insert_key(&mut self, name: &str, key_type: &str, now: i64) -> KmsResult<bool> {
        let s = &self.schema;
        Ok(self.conn.execute(
            &format!("INSERT OR IGNORE INTO {s}.keys (name, type, primary_version, min_decrypt_version, created_at) VALUES (?1, ?2, 1, 1, ?3)"),
            params![name, key_type, now],
        )? == 1)
    }

    fn next_version(&mut self, name: &str) -> KmsResult<Option<u32>> {
        let s = &self.schema;
        Ok(self.conn.query_row(
            &format!("SELECT MAX(version) + 1 FROM {s}.key_versions WHERE name = ?1"),
            [name],
            |r| r.get(0),
        )?)
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
        let s = &self.schema;
        self.conn.execute(
            &format!("INSERT INTO {s}.key_versions (name, version, state, wrapped, intermediate_version, public, created_at) VALUES (?1, ?2, 'enabled', ?3, ?4, ?5, ?6)"),
            params![name, version, wrapped, intermediate_version, public, now],
        )?;
        Ok(())
    }

    fn set_primary(&mut self, name: &str, version: u32) -> KmsResult<()> {
        let s = &self.schema;
        self.conn.execute(
            &format!("UPDATE {s}.keys SET primary_version = ?2 WHERE name = ?1"),
            params![name, version],
        )?;
        Ok(())
    }

    fn set_state(&mut self, name: &str, version: u32, state: &str) -> KmsResult<usize> {
        let s = &self.schema;
        Ok(self.conn.execute(
            &format!("UPDATE {s}.key_versions SET state = ?3 WHERE name = ?1 AND version = ?2"),
            params![name, version, state],
        )?)
    }

    fn set_min_decrypt(&mut self, name: &str, min: u32) -> KmsResult<()> {
        let s = &self.schema;
        self.conn.execute(
            &format!("UPDATE {s}.keys SET min_decrypt_version = ?2 WHERE name = ?1"),
            params![name, min],
        )?;
        Ok(())
    }

    fn delete_key(&mut self, name: &str) -> KmsResult<()> {
        let s = &self.schema;
        self.conn.execute(
            &format!("DELETE FROM {s}.key_versions WHERE name = ?1"),
            [name],
        )?;
        self.conn
            .execute(&format!("DELETE FROM {s}.keys WHERE name = ?1"), [name])?;
        Ok(())
    }

    fn versions(&mut self, name: &str) -> KmsResult<Vec<VersionInfo>> {
        let s = &self.schema;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT version, state, created_at FROM {s}.key_versions WHERE name = ?1 ORDER BY version"
        ))?;
        let versions = stmt
            .query_map([name], |r| {
                Ok(VersionInfo {
                    version: r.get(0)?,
                    state: r.get(1)?,
                    created_at: r.get(2)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(versions)
    }

    fn key_names(&mut self) -> KmsResult<Vec<String>> {
        let s = &self.schema;
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT name FROM {s}.keys ORDER BY name"))?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn all_versions(&mut self) -> KmsResult<Vec<VersionRow>> {
        let s = &self.schema;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT v.name, v.version, v.wrapped, v.intermediate_version, k.type FROM {s}.key_versions v JOIN {s}.keys k ON k.name = v.name"
        ))?;
        let r = stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
        Ok(r.collect::<Result<Vec<_>, _>>()?)
    }

    fn rewrap_version(
        &mut self,
        name: &str,
        version: u32,
        wrapped: &[u8],
        intermediate_version: u32,
    ) -> KmsResult<()> {
        let s = &self.schema;
        self.conn.execute(
            &format!("UPDATE {s}.key_versions SET wrapped = ?3, intermediate_version = ?4 WHERE name = ?1 AND version = ?2"),
            params![name, version, wrapped, intermediate_version],
        )?;
        Ok(())
    }

    fn public_rows(&mut self, name: &str, min: u32) -> KmsResult<Vec<VersionedPublic>> {
        let s = &self.schema;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT version, public FROM {s}.key_versions WHERE name = ?1 AND state = 'enabled' AND version >= ?2 ORDER BY version"
        ))?;
        let rows = stmt
            .query_map(params![name, min], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    fn open_tenant(&mut self, keys: &mut Keys, create: bool, now: i64) -> KmsResult<bool> {
        self.open_tenant_retrying(keys, create, now)
    }

    /// Tenants are separate files, each re-wrapped in its own transaction; a root version is
    /// deleted only once no tenant is pinned to it.
    fn rotate_root(&mut self, keys: &mut Keys, now: i64) -> KmsResult<(u32, usize)> {
        let _lock = rotation_lock(&self.path)?;
        let tenants: Vec<(String, bool)> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id, ready FROM tenants ORDER BY id")?;
            let r = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            r.collect::<Result<Vec<_>, _>>()?
        };
        // A damaged tenant stops the rotation before it starts: every tenant the store calls
        // ready must be set up, and each of its intermediates must open under a root the
        // store has. Otherwise re-wrapping would drop the pins of a root its backup needs.
        for (tenant, ready) in &tenants {
            if *ready {
                self.with_tenant_file(tenant, false, |b, schema, file| {
                    in_write(b, |b| {
                        if b.attached_version(schema)? == 0 {
                            return Err(damaged(file, tenant, "holds no keys"));
                        }
                        b.open_intermediates(keys, schema, tenant, file, None)
                    })
                })?;
            }
        }
        let fresh = crypto::random(32)?;
        let kek = keys.kek().clone();
        let next = in_write(self, |b| {
            let next = b
                .newest_root()?
                .ok_or_else(|| KmsError::new(Reason::NotAStore, "the store has no root key"))?
                + 1;
            b.conn.execute(
                "INSERT INTO root_keys (version, wrapped, created_at) VALUES (?1, ?2, ?3)",
                params![
                    next,
                    crypto::seal(&kek, &super::root_aad(next), &fresh)?,
                    now
                ],
            )?;
            Ok(next)
        })?;
        keys.roots.insert(next, fresh.clone());
        // Every tenant that could refer to an older root was recorded before the new root
        // went in (a tenant is recorded and pinned in one transaction), so it is listed here.
        let tenants: Vec<String> = {
            let mut stmt = self.conn.prepare("SELECT id FROM tenants ORDER BY id")?;
            let r = stmt.query_map([], |r| r.get(0))?;
            r.collect::<Result<Vec<_>, _>>()?
        };
        let mut done = 0;
        for tenant in &tenants {
            if self.rotate_tenant_root(keys, tenant, next, &fresh)? {
                done += 1;
            }
        }
        in_write(self, |b| {
            b.conn.execute(
                "DELETE FROM root_keys WHERE version < ?1 AND version NOT IN (SELECT root_version FROM root_pins)",
                [next],
            )?;
            Ok(())
        })?;
        keys.roots.retain(|v, _| *v == next);
        keys.intermediates.clear();
        Ok((next, done))
    }

    fn audit_last(&mut self) -> KmsResult<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row(
                "SELECT line FROM main.audit_trail ORDER BY seq DESC LIMIT 1",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .map(String::into_bytes))
    }

    fn audit_insert(&mut self, seq: u64, line: &[u8]) -> KmsResult<()> {
        self.conn.execute(
            "INSERT INTO main.audit_trail (seq, line) VALUES (?1, ?2)",
            params![seq as i64, String::from_utf8_lossy(line)],
        )?;
        Ok(())
    }

    fn audit_page(&mut self, after: u64, limit: u32) -> KmsResult<Vec<(u64, Vec<u8>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, line FROM main.audit_trail WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![after as i64, limit], |r| {
            Ok((
                r.get::<_, i64>(0)? as u64,
                r.get::<_, String>(1)?.into_bytes(),
            ))
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn insert_api_key(&mut self, key: &ApiKey, scopes: &str) -> KmsResult<bool> {
        Ok(self.conn.execute(
            "INSERT OR IGNORE INTO main.api_keys (id, name, tenant, scopes, hash, created_at, expires_at, revoked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL)",
            params![key.id, key.name, key.tenant, scopes, key.hash, key.created_at, key.expires_at],
        )? == 1)
    }

    fn find_api_key(&mut self, id: &str) -> KmsResult<Option<ApiKey>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {API_KEY_COLUMNS} FROM main.api_keys WHERE id = ?1"),
                [id],
                api_key_row,
            )
            .optional()?)
    }

    fn api_keys(&mut self, tenant: Option<&str>) -> KmsResult<Vec<ApiKey>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {API_KEY_COLUMNS} FROM main.api_keys WHERE ?1 IS NULL OR tenant = ?1 ORDER BY created_at, id"
        ))?;
        let rows = stmt.query_map([tenant], api_key_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn revoke_api_key(&mut self, id: &str, now: i64) -> KmsResult<()> {
        self.conn.execute(
            "UPDATE main.api_keys SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1",
            params![id, now],
        )?;
        Ok(())
    }

    fn insert_realm_user(&mut self, user: &RealmUser, scopes: &str) -> KmsResult<bool> {
        Ok(self.conn.execute(
            "INSERT OR IGNORE INTO main.kms_realm_users (name, kind, tenant, scopes, hash, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![user.name, user.kind, user.tenant, scopes, user.hash, user.created_at],
        )? == 1)
    }

    fn find_realm_user(&mut self, name: &str) -> KmsResult<Option<RealmUser>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {USER_COLUMNS} FROM main.kms_realm_users WHERE name = ?1"
            ))?
            .query_row([name], user_row)
            .optional()?)
    }

    fn realm_users(&mut self, tenant: Option<&str>) -> KmsResult<Vec<RealmUser>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {USER_COLUMNS} FROM main.kms_realm_users WHERE ?1 IS NULL OR tenant = ?1 ORDER BY name"
        ))?;
        let rows = stmt.query_map([tenant], user_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn set_realm_password(&mut self, name: &str, hash: &str, now: i64) -> KmsResult<usize> {
        Ok(self.conn.execute(
            "UPDATE main.kms_realm_users SET hash = ?2, updated_at = ?3 WHERE name = ?1",
            params![name, hash, now],
        )?)
    }

    fn delete_realm_user(&mut self, name: &str) -> KmsResult<usize> {
        Ok(self
            .conn
            .execute("DELETE FROM main.kms_realm_users WHERE name = ?1", [name])?)
    }

    fn export(&mut self) -> KmsResult<Snapshot> {
        let _lock = rotation_lock(&self.path)?;
        let mut snap = Snapshot::default();
        let tenants: Vec<(String, i64)> = in_write(self, |b| {
            let c = &b.conn;
            let mut stmt = c.prepare("SELECT name, value FROM meta ORDER BY name")?;
            snap.meta = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            let mut stmt =
                c.prepare("SELECT version, wrapped, created_at FROM root_keys ORDER BY version")?;
            snap.roots = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            let mut stmt = c.prepare(
                "SELECT tenant, root_version FROM root_pins ORDER BY tenant, root_version",
            )?;
            snap.pins = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            let mut stmt = c.prepare(&format!(
                "SELECT {API_KEY_COLUMNS} FROM main.api_keys ORDER BY id"
            ))?;
            snap.api_keys = stmt
                .query_map([], api_key_row)?
                .collect::<Result<Vec<_>, _>>()?;
            let mut stmt = c.prepare(&format!(
                "SELECT {USER_COLUMNS} FROM main.kms_realm_users ORDER BY name"
            ))?;
            snap.users = stmt
                .query_map([], user_row)?
                .collect::<Result<Vec<_>, _>>()?;
            let mut stmt = c.prepare("SELECT seq, line FROM main.audit_trail ORDER BY seq")?;
            snap.audit = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, i64>(0)? as u64,
                        r.get::<_, String>(1)?.into_bytes(),
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            // A tenant whose creation never finished holds no keys: not copied.
            let mut stmt =
                c.prepare("SELECT id, created_at FROM tenants WHERE ready = 1 ORDER BY id")?;
            let r = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(r)
        })?;
        for (id, created_at) in tenants {
            let t = self.export_tenant(&id, created_at)?;
            snap.tenants.push(t);
        }
        Ok(snap)
    }

    fn import(&mut self, snap: &Snapshot) -> KmsResult<()> {
        let place = self.path.display().to_string();
        in_write(self, |b| {
            let existing: Vec<(String, String)> = {
                let mut stmt = b
                    .conn
                    .prepare("SELECT name, value FROM meta ORDER BY name")?;
                let r = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
                r.collect::<Result<Vec<_>, _>>()?
            };
            if !existing.is_empty() && existing != snap.meta {
                return Err(another_store(&place));
            }
            for (k, v) in &snap.meta {
                b.conn.execute(
                    "INSERT OR IGNORE INTO meta (name, value) VALUES (?1, ?2)",
                    params![k, v],
                )?;
            }
            for (v, w, at) in &snap.roots {
                b.conn.execute(
                    "INSERT OR IGNORE INTO root_keys (version, wrapped, created_at) VALUES (?1, ?2, ?3)",
                    params![v, w, at],
                )?;
            }
            for (t, v) in &snap.pins {
                b.conn.execute(
                    "INSERT OR IGNORE INTO root_pins (tenant, root_version) VALUES (?1, ?2)",
                    params![t, v],
                )?;
            }
            for k in &snap.api_keys {
                let scopes = serde_json::to_string(&k.scopes)
                    .map_err(|e| KmsError::new(Reason::Internal, e.to_string()))?;
                b.conn.execute(
                    "INSERT OR IGNORE INTO main.api_keys (id, name, tenant, scopes, hash, created_at, expires_at, revoked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![k.id, k.name, k.tenant, scopes, k.hash, k.created_at, k.expires_at, k.revoked_at],
                )?;
            }
            for u in &snap.users {
                let scopes = serde_json::to_string(&u.scopes)
                    .map_err(|e| KmsError::new(Reason::Internal, e.to_string()))?;
                b.conn.execute(
                    "INSERT OR IGNORE INTO main.kms_realm_users (name, kind, tenant, scopes, hash, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![u.name, u.kind, u.tenant, scopes, u.hash, u.created_at, u.updated_at],
                )?;
            }
            for (seq, line) in &snap.audit {
                b.conn.execute(
                    "INSERT OR IGNORE INTO main.audit_trail (seq, line) VALUES (?1, ?2)",
                    params![*seq as i64, String::from_utf8_lossy(line)],
                )?;
            }
            for t in &snap.tenants {
                // Recorded not ready: ready once its file is committed (below).
                b.conn.execute(
                    "INSERT OR IGNORE INTO tenants (id, created_at, ready) VALUES (?1, ?2, 0)",
                    params![t.id, t.created_at],
                )?;
            }
            Ok(())
        })?;
        for t in &snap.tenants {
            self.import_tenant(t)?;
        }
        Ok(())
    }

    #[cfg(test)]
    fn statement_reprepares(&mut self) -> Vec<(String, i32)> {
        self.sql_use
            .clone()
            .into_iter()
            .map(|sql| {
                let n = self
                    .conn
                    .prepare_cached(&sql)
                    .map(|s| s.get_status(rusqlite::StatementStatus::RePrepare))
                    .unwrap_or(-1);
                (sql, n)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Store, Unseal};
    use super::*;
    use crate::kms::KeyType;
    use zeroize::Zeroizing;

    /// Every operation runs the `use_sql` statements: SQLite must run them as prepared, not
    /// parse and plan them again each time (a join bound to a parameter did, at 8× the cost).
    #[test]
    fn the_statements_of_every_operation_are_not_prepared_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kms.db");
        let unseal = Unseal::Secret(Zeroizing::new(vec![7u8; 32]));
        init(&path, &unseal, 0).unwrap();
        let mut store =
            Store::open(&path, &unseal, Some(crate::kms::DEFAULT_TENANT), true, 0).unwrap();
        store.create_key("k", KeyType::Aes256Gcm, None, 0).unwrap();
        for _ in 0..5 {
            let (_, v, _) = store
                .material("k", None, &[KeyType::Aes256Gcm], "encrypt")
                .unwrap();
            assert_eq!(v, 1);
            store
                .material("k", Some(1), &[KeyType::Aes256Gcm], "decrypt")
                .unwrap();
            let e = store
                .material("k", Some(2), &[KeyType::Aes256Gcm], "decrypt")
                .unwrap_err();
            assert_eq!(e.reason, Reason::UnknownVersion);
            let e = store
                .material("nope", None, &[KeyType::Aes256Gcm], "encrypt")
                .unwrap_err();
            assert_eq!(e.reason, Reason::UnknownKey);
        }
        let (_, v, _) = store
            .material("k", None, &[KeyType::Aes256Gcm], "encrypt")
            .unwrap();
        assert_eq!(v, 1);
        let sqls = store.sqlite_statements();
        assert_eq!(sqls.len(), 2);
        for (sql, reprepared) in sqls {
            assert_eq!(reprepared, 0, "{sql}");
        }
    }
}
