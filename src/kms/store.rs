//! The SQLite key store: the main database holds the store's parameters, the wrapped root
//! keys and the tenant list; each tenant's intermediate keys, content keys and versions live
//! in that tenant's own database file, attached as `tenant_<id>`. Every key is stored only
//! wrapped (AES-256-GCM) by the tier above, with its place in the hierarchy as associated
//! data, so a wrapped key copied to another row, key or tenant does not open.
//!
//! Several processes may use one store at once, so the tiers are changed under two rules:
//! - A tenant's file refers to a root version only after the main database records a *pin*
//!   of that version for the tenant (`root_pins`), and the transaction that writes the
//!   reference re-checks the pin while it holds the write locks of both files. A pin is
//!   removed only in a transaction that sees the tenant's file no longer refer to it, and a
//!   root version is deleted only in a transaction that sees no pin on it. So no root key a
//!   tenant still needs is ever deleted, whatever runs at the same time or is killed.
//! - Root rotations take an advisory lock on `<store>.lock` for their whole run, so two never
//!   interleave; the kernel releases it when the holder dies.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use zeroize::Zeroizing;

use super::crypto;
use super::{check_key_name, check_tenant, KeyType, KmsError, KmsResult, Reason};

/// Schema version of the main database: 2 added `root_pins` and `tenants.ready`, 3 added
/// `api_keys`.
pub const SCHEMA_VERSION: i64 = 3;
/// Schema version of a tenant's database file.
const TENANT_SCHEMA_VERSION: i64 = 1;
/// How often a write retries when a concurrent root rotation moved the version it pinned.
const PIN_ATTEMPTS: usize = 8;
/// How long a root rotation waits for another one to finish.
const ROTATION_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(15);
/// PBKDF2-HMAC-SHA256 iterations for passphrase-unsealed stores (OWASP 2023).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
const BUSY_TIMEOUT_MS: u64 = 10_000;
const MAGIC: &str = "cu-kms";

/// How the store is unsealed.
pub enum Unseal {
    /// 32 random bytes from a file.
    Secret(Zeroizing<Vec<u8>>),
    /// A passphrase, stretched with PBKDF2.
    Passphrase(Zeroizing<Vec<u8>>),
}

impl Unseal {
    fn kind(&self) -> &'static str {
        match self {
            Unseal::Secret(_) => "secret",
            Unseal::Passphrase(_) => "passphrase",
        }
    }
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct VersionInfo {
    pub version: u32,
    pub state: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct KeyInfo {
    pub name: String,
    #[serde(rename = "type")]
    pub key_type: String,
    pub primary_version: u32,
    pub min_decrypt_version: u32,
    pub created_at: i64,
    pub operations: Vec<String>,
    pub versions: Vec<VersionInfo>,
}

/// Where a tenant's database lives, next to the main one.
pub fn tenant_path(store: &Path, tenant: &str) -> PathBuf {
    let dir = store.with_extension("tenants");
    dir.join(format!("{tenant}.db"))
}

/// A key's type, primary and minimum decrypt versions, the version used and that version's
/// state (NULL when there is no such version): of the primary version, and of version ?2.
/// Two statements, each with a subquery rather than a join: SQLite (3.54) re-prepares a
/// join whose plan could depend on a bound value each time it runs (measured: 50k
/// instructions a time, against about 6k for the whole statement).
fn use_sql(s: &str) -> [String; 2] {
    let select = |version: &str| {
        format!(
            "SELECT k.type, k.primary_version, k.min_decrypt_version, {version}, \
             (SELECT v.state FROM {s}.key_versions v WHERE v.name = ?1 AND v.version = {version}) \
             FROM {s}.keys k WHERE k.name = ?1"
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

fn root_aad(version: u32) -> Vec<u8> {
    format!("{MAGIC}/v1/root|{version}").into_bytes()
}

fn intermediate_aad(tenant: &str, version: u32) -> Vec<u8> {
    format!("{MAGIC}/v1/intermediate|{tenant}|{version}").into_bytes()
}

fn content_aad(tenant: &str, name: &str, version: u32, key_type: KeyType) -> Vec<u8> {
    format!(
        "{MAGIC}/v1/content|{tenant}|{name}|{version}|{}",
        key_type.as_str()
    )
    .into_bytes()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The key that wraps root keys, from the unseal secret and the store's stored parameters.
fn root_kek(unseal: &Unseal, salt: &[u8], iterations: u32) -> KmsResult<Zeroizing<Vec<u8>>> {
    match unseal {
        Unseal::Secret(secret) => {
            crypto::hkdf_sha256(secret, salt, b"cu-kms root wrapping key v1", 32)
        }
        Unseal::Passphrase(p) => crypto::pbkdf2_sha256(p, salt, iterations),
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

fn busy_rotating() -> KmsError {
    KmsError::new(
        Reason::Unavailable,
        "the root key kept rotating while this command tried to write",
    )
    .with_help("run the command again once `cu kms rotate-root` has finished")
}

/// The `api_keys` table (schema 3): the servers' API keys, only a hash of each secret.
const API_KEYS_TABLE: &str = "CREATE TABLE IF NOT EXISTS api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, tenant TEXT NOT NULL, scopes TEXT NOT NULL, hash BLOB NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER, revoked_at INTEGER);";

/// Bring a main database written by an older cu up to `SCHEMA_VERSION`, one numbered step at
/// a time, in one transaction (a process that finds it done already changes nothing).
/// 1 → 2: every tenant recorded so far was set up in the transaction that recorded it, so it
/// is ready; it is pinned to every root version there is, which is more than it needs and
/// keeps everything it could need (the next root rotation removes the extra pins).
/// 2 → 3: an empty `api_keys` table.
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

pub struct InitReport {
    pub path: PathBuf,
    pub unseal: &'static str,
    pub root_version: u32,
}

/// Create a store at `path` (refusing an existing file).
pub fn init(path: &Path, unseal: &Unseal, now: i64) -> KmsResult<InitReport> {
    if path.exists() {
        return Err(KmsError::new(
            Reason::StoreExists,
            format!("{} already exists", path.display()),
        ));
    }
    if let Unseal::Secret(s) = unseal {
        if s.len() < 32 {
            return Err(KmsError::new(
                Reason::BadKey,
                "the unseal secret must be at least 32 bytes",
            ));
        }
    }
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
    let salt = crypto::random(32)?;
    let iterations = PBKDF2_ITERATIONS;
    let kek = root_kek(unseal, &salt, iterations)?;
    let root = crypto::random(32)?;
    let wrapped = crypto::seal(&kek, &root_aad(1), &root)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
         CREATE TABLE root_keys (version INTEGER PRIMARY KEY, wrapped BLOB NOT NULL, created_at INTEGER NOT NULL);
         CREATE TABLE tenants (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, ready INTEGER NOT NULL DEFAULT 0);
         CREATE TABLE root_pins (tenant TEXT NOT NULL, root_version INTEGER NOT NULL, PRIMARY KEY (tenant, root_version));",
    )?;
    tx.execute_batch(API_KEYS_TABLE)?;
    for (k, v) in [
        ("magic", MAGIC.to_string()),
        ("unseal", unseal.kind().to_string()),
        ("salt", hex(&salt)),
        (
            "kdf",
            match unseal {
                Unseal::Secret(_) => "hkdf-sha256".to_string(),
                Unseal::Passphrase(_) => "pbkdf2-hmac-sha256".to_string(),
            },
        ),
        ("iterations", iterations.to_string()),
        ("created_at", now.to_string()),
    ] {
        tx.execute(
            "INSERT INTO meta (name, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    tx.execute(
        "INSERT INTO root_keys (version, wrapped, created_at) VALUES (1, ?1, ?2)",
        params![wrapped, now],
    )?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(InitReport {
        path: path.to_path_buf(),
        unseal: unseal.kind(),
        root_version: 1,
    })
}

/// Unwrapped key material of one version, kept for the life of the process.
type Material = (KeyType, Zeroizing<Vec<u8>>);

/// A version number and that version's SubjectPublicKeyInfo DER.
pub type VersionedPublic = (u32, Vec<u8>);

/// An open, unsealed store with one tenant attached.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    tenant: String,
    schema: String,
    /// `use_sql(schema)`, built once: it runs on every operation.
    sql_use: [String; 2],
    tenant_exists: bool,
    /// Whether the tenant's file is attached (as `schema`).
    attached: bool,
    roots: HashMap<u32, Zeroizing<Vec<u8>>>,
    intermediates: HashMap<u32, Zeroizing<Vec<u8>>>,
    material: HashMap<(String, u32), Material>,
    /// Parsed private keys: OpenSSL's PKCS#8 decoding costs about 0.5 ms a time.
    parsed: HashMap<(String, u32), openssl::pkey::PKey<openssl::pkey::Private>>,
    kek: Zeroizing<Vec<u8>>,
}

impl Store {
    /// Open and unseal the store, attaching `tenant` (None: no tenant, for root rotation). With `create_tenant` a tenant seen for
    /// the first time gets its database and intermediate key; otherwise it reads as empty.
    pub fn open(
        path: &Path,
        unseal: &Unseal,
        tenant: Option<&str>,
        create_tenant: bool,
        now: i64,
    ) -> KmsResult<Store> {
        if let Some(t) = tenant {
            check_tenant(t)?;
        }
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
        let kind = meta("unseal")?;
        if kind != unseal.kind() {
            return Err(KmsError::new(
                Reason::WrongUnsealSecret,
                format!(
                    "this store is unsealed with a {kind}, not a {}",
                    unseal.kind()
                ),
            )
            .with_help(if kind == "passphrase" {
                "pass --passphrase-file FILE (or - for standard input)"
            } else {
                "pass --unseal-file FILE, or drop --passphrase-file to use the default unseal file"
            }));
        }
        let salt = unhex(&meta("salt")?).ok_or_else(not_a_store)?;
        let iterations: u32 = meta("iterations")?.parse().map_err(|_| not_a_store())?;
        let kek = root_kek(unseal, &salt, iterations)?;
        let tenant_name = tenant.unwrap_or(super::DEFAULT_TENANT);
        let tenant_file = tenant_path(path, tenant_name);
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            tenant: tenant_name.to_string(),
            schema: schema_name(tenant_name),
            sql_use: use_sql(&schema_name(tenant_name)),
            tenant_exists: false,
            attached: false,
            roots: HashMap::new(),
            intermediates: HashMap::new(),
            material: HashMap::new(),
            parsed: HashMap::new(),
            kek,
        };
        // Proves the unseal secret before anything else happens (a migration included).
        let newest = store.newest_root_version()?;
        store.root(newest)?;
        if version < SCHEMA_VERSION {
            migrate(&store.conn, path, version)?;
        }
        if tenant.is_some() {
            store.open_tenant(&tenant_file, create_tenant, now)?;
        }
        Ok(store)
    }

    pub fn tenant(&self) -> &str {
        &self.tenant
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn newest_root_version(&self) -> KmsResult<u32> {
        self.conn
            .query_row("SELECT MAX(version) FROM root_keys", [], |r| {
                r.get::<_, Option<u32>>(0)
            })?
            .ok_or_else(|| KmsError::new(Reason::NotAStore, "the store has no root key"))
    }

    fn root(&mut self, version: u32) -> KmsResult<&Zeroizing<Vec<u8>>> {
        if self.root_opt(version)?.is_none() {
            return Err(KmsError::new(
                Reason::StoreDamaged,
                format!(
                    "root key v{version} is missing from {}",
                    self.path.display()
                ),
            ));
        }
        Ok(&self.roots[&version])
    }

    /// A root version, or None when it is not (or no longer) in the store.
    fn root_opt(&mut self, version: u32) -> KmsResult<Option<&Zeroizing<Vec<u8>>>> {
        if !self.roots.contains_key(&version) {
            let wrapped: Option<Vec<u8>> = self
                .conn
                .query_row(
                    "SELECT wrapped FROM root_keys WHERE version = ?1",
                    [version],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(wrapped) = wrapped else {
                return Ok(None);
            };
            let root = crypto::open(&self.kek, &root_aad(version), &wrapped).ok_or_else(|| {
                KmsError::new(
                    Reason::WrongUnsealSecret,
                    format!(
                        "the unseal secret does not open the key store {}",
                        self.path.display()
                    ),
                )
            })?;
            self.roots.insert(version, root);
        }
        Ok(self.roots.get(&version))
    }

    /// Attach this store's tenant, as its records say it should be: a tenant the store has
    /// made must have its file, set up and opening under this store's keys (else the store
    /// is damaged, and nothing is re-created over it); a tenant seen for the first time, or
    /// whose creation was interrupted, is created (with `create`) or reads as empty.
    fn open_tenant(&mut self, file: &Path, create: bool, now: i64) -> KmsResult<()> {
        match self.open_tenant_once(file, create, now) {
            // The record is read before the file is looked at, and a creator commits the
            // record before it sets the file up; a file found set up without a record was
            // therefore set up in between. Looking once more settles it.
            Err(e) if e.reason == Reason::StoreDamaged => self.open_tenant_once(file, create, now),
            other => other,
        }
        .map_err(|e| in_tenant_file(e, file, &self.tenant.clone()))
    }

    fn open_tenant_once(&mut self, file: &Path, create: bool, now: i64) -> KmsResult<()> {
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
                self.check_tenant_file(file)?;
                self.tenant_exists = true;
                Ok(())
            }
            (None, FileState::Present) => {
                self.attach_file(file)?;
                if self.tenant_file_version()? == 0 {
                    // Left by a creation killed before it set the file up: reused.
                    return if create {
                        self.create_tenant(file, now)
                    } else {
                        Ok(())
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
                    self.check_tenant_file(file)?;
                    self.mark_ready()?;
                    self.tenant_exists = true;
                }
                Ok(())
            }
            (_, _) if !create => Ok(()),
            (_, _) => self.create_tenant(file, now),
        }
    }

    /// A new tenant: recorded with a pin on the newest root first, then its file is set up
    /// under a pinned root in one transaction, then it is marked ready. A process killed at
    /// any point leaves a tenant that the next `create` finishes (reusing its file).
    fn create_tenant(&mut self, file: &Path, now: i64) -> KmsResult<()> {
        let tenant = self.tenant.clone();
        let mut root_version = self.write_txn(|st| {
            st.conn.execute(
                "INSERT OR IGNORE INTO tenants (id, created_at, ready) VALUES (?1, ?2, 0)",
                params![tenant, now],
            )?;
            pin_newest(&st.conn, &tenant)
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
            let done = self.write_txn(|st| {
                // Another process may have set it up while we waited for the lock.
                if st.tenant_file_version()? != 0 {
                    return Ok(true);
                }
                if !pinned(&st.conn, &tenant, root_version)? {
                    return Ok(false);
                }
                let intermediate = crypto::random(32)?;
                let aad = intermediate_aad(&tenant, 1);
                let wrapped = crypto::seal(st.root(root_version)?, &aad, &intermediate)?;
                st.conn.execute_batch(&format!(
                    "CREATE TABLE {s}.intermediate_keys (version INTEGER PRIMARY KEY, wrapped BLOB NOT NULL, root_version INTEGER NOT NULL, created_at INTEGER NOT NULL);
                     CREATE TABLE {s}.keys (name TEXT PRIMARY KEY, type TEXT NOT NULL, primary_version INTEGER NOT NULL, min_decrypt_version INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL);
                     CREATE TABLE {s}.key_versions (name TEXT NOT NULL REFERENCES keys(name) ON DELETE CASCADE, version INTEGER NOT NULL, state TEXT NOT NULL, wrapped BLOB NOT NULL, intermediate_version INTEGER NOT NULL, public BLOB, created_at INTEGER NOT NULL, PRIMARY KEY (name, version));"
                ))?;
                st.conn.execute(
                    &format!("INSERT INTO {s}.intermediate_keys (version, wrapped, root_version, created_at) VALUES (1, ?1, ?2, ?3)"),
                    params![wrapped, root_version, now],
                )?;
                st.conn
                    .pragma_update(Some(s.as_str()), "user_version", TENANT_SCHEMA_VERSION)?;
                Ok(true)
            })?;
            if done {
                // Only now, with the file committed, does the store call the tenant made.
                self.check_tenant_file(file)?;
                self.mark_ready()?;
                self.tenant_exists = true;
                return Ok(());
            }
            // A root rotation moved on before we wrote: pin the newest root and try again.
            root_version = self.pin_newest_root()?;
        }
        Err(busy_rotating())
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

    /// The tenant's newest intermediate must open under this store's root with this tenant's
    /// name: a file copied from another tenant or another store does not.
    fn check_tenant_file(&mut self, file: &Path) -> KmsResult<()> {
        let tenant = self.tenant.clone();
        for _ in 0..PIN_ATTEMPTS {
            let newest = match self.newest_intermediate_version() {
                Ok(v) => v,
                Err(_) => return Err(damaged(file, &tenant, "has no intermediate key")),
            };
            match self.intermediate_opt(newest) {
                Ok(Some(_)) => return Ok(()),
                // An intermediate rotation replaced it after we read which is newest.
                Ok(None) => continue,
                Err(e) if e.reason == Reason::StoreDamaged => return Err(damaged(
                    file,
                    &tenant,
                    "does not open under this store's keys (it belongs to another tenant or store)",
                )),
                Err(e) => return Err(e),
            }
        }
        Err(busy_rotating())
    }

    fn mark_ready(&mut self) -> KmsResult<()> {
        self.conn.execute(
            "UPDATE tenants SET ready = 1 WHERE id = ?1 AND ready = 0",
            [&self.tenant],
        )?;
        Ok(())
    }

    /// Pin the newest root version for this tenant, committed before the tenant's file may
    /// refer to it.
    fn pin_newest_root(&mut self) -> KmsResult<u32> {
        let tenant = self.tenant.clone();
        self.write_txn(|st| pin_newest(&st.conn, &tenant))
    }

    /// Run `f` in one write transaction (it locks the main file and the attached tenant's);
    /// anything `f` fails with rolls it all back.
    fn write_txn<T>(&mut self, f: impl FnOnce(&mut Store) -> KmsResult<T>) -> KmsResult<T> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        match f(self) {
            Ok(value) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => Ok(value),
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    Err(e.into())
                }
            },
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    fn newest_intermediate_version(&self) -> KmsResult<u32> {
        let s = &self.schema;
        self.conn
            .query_row(
                &format!("SELECT MAX(version) FROM {s}.intermediate_keys"),
                [],
                |r| r.get::<_, Option<u32>>(0),
            )?
            .ok_or_else(|| KmsError::new(Reason::NotAStore, "the tenant has no intermediate key"))
    }

    fn intermediate(&mut self, version: u32) -> KmsResult<Zeroizing<Vec<u8>>> {
        self.intermediate_opt(version)?.ok_or_else(|| {
            KmsError::new(
                Reason::StoreDamaged,
                format!(
                    "intermediate key v{version} of tenant {} is missing",
                    self.tenant
                ),
            )
        })
    }

    /// An intermediate version, or None when the tenant no longer has it (an intermediate
    /// rotation removed it after re-wrapping every key: read the key's row again).
    fn intermediate_opt(&mut self, version: u32) -> KmsResult<Option<Zeroizing<Vec<u8>>>> {
        if let Some(k) = self.intermediates.get(&version) {
            return Ok(Some(k.clone()));
        }
        let s = self.schema.clone();
        // The row and the root are read one after the other, not in one snapshot: a root
        // rotation may re-wrap the row and delete its old root in between. Reading the row
        // again then finds it under the new root.
        let mut seen = None;
        for _ in 0..PIN_ATTEMPTS {
            let row: Option<(Vec<u8>, u32)> = self
                .conn
                .prepare_cached(&format!(
                    "SELECT wrapped, root_version FROM {s}.intermediate_keys WHERE version = ?1"
                ))?
                .query_row([version], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let Some((wrapped, root_version)) = row else {
                return Ok(None);
            };
            let aad = intermediate_aad(&self.tenant, version);
            let Some(root) = self.root_opt(root_version)? else {
                if seen == Some(root_version) {
                    // Read twice, and its root is still not there: not a rotation.
                    return Err(KmsError::new(
                        Reason::StoreDamaged,
                        format!(
                            "intermediate key v{version} of tenant {} is wrapped under root key v{root_version}, which {} does not have",
                            self.tenant,
                            self.path.display()
                        ),
                    )
                    .with_help("the main file and the tenant's file come from different backups or stores: restore them from one backup"));
                }
                seen = Some(root_version);
                continue;
            };
            let key = crypto::open(root, &aad, &wrapped).ok_or_else(|| {
                KmsError::new(
                    Reason::StoreDamaged,
                    format!(
                        "intermediate key v{version} of tenant {} does not open: the store is damaged",
                        self.tenant
                    ),
                )
            })?;
            self.intermediates.insert(version, key.clone());
            return Ok(Some(key));
        }
        Err(busy_rotating())
    }

    fn need_tenant(&self) -> KmsResult<()> {
        if self.tenant_exists {
            Ok(())
        } else {
            Err(KmsError::new(
                Reason::UnknownKey,
                format!("tenant {} has no keys", self.tenant),
            ))
        }
    }

    fn key_type_of(&self, name: &str) -> KmsResult<(KeyType, u32, u32)> {
        self.need_tenant()?;
        let s = &self.schema;
        // Cached statement: this runs for every operation, and parsing SQL dominated it.
        let row: Option<(String, u32, u32)> = self
            .conn
            .prepare_cached(&format!(
                "SELECT type, primary_version, min_decrypt_version FROM {s}.keys WHERE name = ?1"
            ))?
            .query_row([name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let (t, primary, min) = row.ok_or_else(|| {
            KmsError::new(
                Reason::UnknownKey,
                format!("no key named `{name}` in tenant {}", self.tenant),
            )
        })?;
        Ok((KeyType::parse(&t)?, primary, min))
    }

    /// Wrap new material as `name` version `version`, ready to insert.
    fn insert_version(
        &mut self,
        name: &str,
        version: u32,
        key_type: KeyType,
        material: &[u8],
    ) -> KmsResult<(Vec<u8>, u32, Option<Vec<u8>>)> {
        let iv = self.newest_intermediate_version()?;
        let kek = self.intermediate(iv)?;
        let wrapped = crypto::seal(
            &kek,
            &content_aad(&self.tenant, name, version, key_type),
            material,
        )?;
        let public = if key_type.is_asymmetric() {
            Some(crypto::public_der(material)?)
        } else {
            None
        };
        Ok((wrapped, iv, public))
    }

    /// Create a key with its first version (generated, or imported `material`).
    pub fn create_key(
        &mut self,
        name: &str,
        key_type: KeyType,
        material: Option<Zeroizing<Vec<u8>>>,
        now: i64,
    ) -> KmsResult<KeyInfo> {
        check_key_name(name)?;
        self.need_tenant()?;
        let material = match material {
            Some(m) => m,
            None => crypto::generate(key_type)?,
        };
        let s = self.schema.clone();
        let tenant = self.tenant.clone();
        // Wrapped inside the write transaction, under the intermediate that is newest then:
        // an intermediate rotation cannot remove it before this key's row is in.
        self.write_txn(|st| {
            let (wrapped, iv, public) = st.insert_version(name, 1, key_type, &material)?;
            let inserted = st.conn.execute(
                &format!("INSERT OR IGNORE INTO {s}.keys (name, type, primary_version, min_decrypt_version, created_at) VALUES (?1, ?2, 1, 1, ?3)"),
                params![name, key_type.as_str(), now],
            )?;
            if inserted == 0 {
                return Err(KmsError::new(
                    Reason::KeyExists,
                    format!("key `{name}` already exists in tenant {tenant}"),
                ));
            }
            st.conn.execute(
                &format!("INSERT INTO {s}.key_versions (name, version, state, wrapped, intermediate_version, public, created_at) VALUES (?1, 1, 'enabled', ?2, ?3, ?4, ?5)"),
                params![name, wrapped, iv, public, now],
            )?;
            Ok(())
        })?;
        self.material
            .insert((name.to_string(), 1), (key_type, material));
        self.key_info(name)
    }

    /// A new version becomes primary; older versions stay as they are.
    pub fn rotate_key(&mut self, name: &str, now: i64) -> KmsResult<KeyInfo> {
        let (key_type, _, _) = self.key_type_of(name)?;
        let material = crypto::generate(key_type)?;
        let s = self.schema.clone();
        // The next version number is read inside the write transaction, so two concurrent
        // rotations produce two versions rather than one failure.
        let next = self.write_txn(|st| {
            let next: Option<u32> = st.conn.query_row(
                &format!("SELECT MAX(version) + 1 FROM {s}.key_versions WHERE name = ?1"),
                [name],
                |r| r.get(0),
            )?;
            let next = next.ok_or_else(|| {
                KmsError::new(Reason::UnknownKey, format!("`{name}` was deleted meanwhile"))
            })?;
            let (wrapped, iv, public) = st.insert_version(name, next, key_type, &material)?;
            st.conn.execute(
                &format!("INSERT INTO {s}.key_versions (name, version, state, wrapped, intermediate_version, public, created_at) VALUES (?1, ?2, 'enabled', ?3, ?4, ?5, ?6)"),
                params![name, next, wrapped, iv, public, now],
            )?;
            st.conn.execute(
                &format!("UPDATE {s}.keys SET primary_version = ?2 WHERE name = ?1"),
                params![name, next],
            )?;
            Ok(next)
        })?;
        self.material
            .insert((name.to_string(), next), (key_type, material));
        self.key_info(name)
    }

    pub fn set_version_enabled(
        &mut self,
        name: &str,
        version: u32,
        enabled: bool,
    ) -> KmsResult<KeyInfo> {
        let (_, primary, _) = self.key_type_of(name)?;
        if !enabled && version == primary {
            return Err(KmsError::new(
                Reason::BadRequest,
                format!("v{version} is the primary version of `{name}`"),
            )
            .with_help("rotate the key first, then disable the old version"));
        }
        let s = &self.schema;
        let n = self.conn.execute(
            &format!("UPDATE {s}.key_versions SET state = ?3 WHERE name = ?1 AND version = ?2"),
            params![name, version, if enabled { "enabled" } else { "disabled" }],
        )?;
        if n == 0 {
            return Err(KmsError::new(
                Reason::UnknownVersion,
                format!("`{name}` has no version {version}"),
            ));
        }
        self.key_info(name)
    }

    /// Versions below `min` no longer decrypt or verify (Vault's min_decryption_version).
    pub fn set_min_decrypt_version(&mut self, name: &str, min: u32) -> KmsResult<KeyInfo> {
        let (_, primary, _) = self.key_type_of(name)?;
        if min == 0 || min > primary {
            return Err(KmsError::new(
                Reason::BadRequest,
                format!(
                    "min_decrypt_version must be between 1 and the primary version ({primary})"
                ),
            ));
        }
        let s = &self.schema;
        self.conn.execute(
            &format!("UPDATE {s}.keys SET min_decrypt_version = ?2 WHERE name = ?1"),
            params![name, min],
        )?;
        self.key_info(name)
    }

    pub fn delete_key(&mut self, name: &str) -> KmsResult<KeyInfo> {
        let info = self.key_info(name)?;
        let s = &self.schema;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            &format!("DELETE FROM {s}.key_versions WHERE name = ?1"),
            [name],
        )?;
        tx.execute(&format!("DELETE FROM {s}.keys WHERE name = ?1"), [name])?;
        tx.commit()?;
        self.material.retain(|(n, _), _| n != name);
        self.parsed.retain(|(n, _), _| n != name);
        Ok(info)
    }

    pub fn key_info(&self, name: &str) -> KmsResult<KeyInfo> {
        let (key_type, primary, min) = self.key_type_of(name)?;
        let s = &self.schema;
        let created_at: i64 = self
            .conn
            .query_row(
                &format!("SELECT created_at FROM {s}.keys WHERE name = ?1"),
                [name],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| {
                KmsError::new(
                    Reason::UnknownKey,
                    format!("no key named `{name}` in tenant {}", self.tenant),
                )
            })?;
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
        Ok(KeyInfo {
            name: name.to_string(),
            key_type: key_type.as_str().to_string(),
            primary_version: primary,
            min_decrypt_version: min,
            created_at,
            operations: key_type
                .operations()
                .iter()
                .map(|s| s.to_string())
                .collect(),
            versions,
        })
    }

    pub fn list_keys(&self) -> KmsResult<Vec<KeyInfo>> {
        if !self.tenant_exists {
            return Ok(Vec::new());
        }
        let s = &self.schema;
        let names: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT name FROM {s}.keys ORDER BY name"))?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        // A key deleted since the names were read is simply not listed.
        names
            .iter()
            .filter_map(|n| match self.key_info(n) {
                Err(e) if e.reason == Reason::UnknownKey => None,
                other => Some(other),
            })
            .collect()
    }

    /// Key material for an operation. `version` None means the primary version (for making
    /// new ciphertexts and signatures); a given version must be enabled and, for `old_data`
    /// uses (decrypt, verify), at least min_decrypt_version.
    pub fn material(
        &mut self,
        name: &str,
        version: Option<u32>,
        expect: &[KeyType],
        op: &str,
    ) -> KmsResult<(KeyType, u32, Zeroizing<Vec<u8>>)> {
        self.need_tenant()?;
        // The key and its version's state in one statement (one consistent read, and half
        // the cost of two on every operation): read every time, as another process may have
        // disabled the version; only the unwrapping is cached.
        let columns =
            |r: &rusqlite::Row<'_>| -> rusqlite::Result<(String, u32, u32, u32, Option<String>)> {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            };
        let row = match version {
            None => self
                .conn
                .prepare_cached(&self.sql_use[0])?
                .query_row([name], columns),
            Some(v) => self
                .conn
                .prepare_cached(&self.sql_use[1])?
                .query_row(params![name, v], columns),
        }
        .optional()?;
        let (t, _, min, version, state) = row.ok_or_else(|| {
            KmsError::new(
                Reason::UnknownKey,
                format!("no key named `{name}` in tenant {}", self.tenant),
            )
        })?;
        let key_type = KeyType::parse(&t)?;
        if !expect.contains(&key_type) {
            return Err(KmsError::new(
                Reason::WrongKeyType,
                format!(
                    "`{name}` is of type {}, which cannot {op} (it can {})",
                    key_type.as_str(),
                    key_type.operations().join(", ")
                ),
            ));
        }
        let no_version = || {
            KmsError::new(
                Reason::UnknownVersion,
                format!("`{name}` has no version {version}"),
            )
        };
        let usable = |state: &str| {
            if state != "enabled" {
                Err(KmsError::new(
                    Reason::VersionDisabled,
                    format!("{name}/v{version} is disabled"),
                ))
            } else if version < min {
                Err(KmsError::new(
                    Reason::VersionDisabled,
                    format!("{name}/v{version} is below the key's min_decrypt_version ({min})"),
                ))
            } else {
                Ok(())
            }
        };
        usable(&state.ok_or_else(no_version)?)?;
        if let Some((t, m)) = self.material.get(&(name.to_string(), version)) {
            return Ok((*t, version, m.clone()));
        }
        let s = self.schema.clone();
        let mut seen = None;
        for _ in 0..PIN_ATTEMPTS {
            let row: Option<(String, Vec<u8>, u32)> = self
                .conn
                .prepare_cached(&format!(
                    "SELECT state, wrapped, intermediate_version FROM {s}.key_versions WHERE name = ?1 AND version = ?2"
                ))?
                .query_row(params![name, version], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?;
            let (state, wrapped, iv) = row.ok_or_else(no_version)?;
            usable(&state)?;
            // None: an intermediate rotation re-wrapped the row after we read it.
            let Some(kek) = self.intermediate_opt(iv)? else {
                if seen == Some(iv) {
                    return Err(KmsError::new(
                        Reason::StoreDamaged,
                        format!(
                            "{name}/v{version} is wrapped under intermediate key v{iv} of tenant {}, which is missing",
                            self.tenant
                        ),
                    ));
                }
                seen = Some(iv);
                continue;
            };
            let material = crypto::open(
                &kek,
                &content_aad(&self.tenant, name, version, key_type),
                &wrapped,
            )
            .ok_or_else(|| {
                KmsError::new(
                    Reason::StoreDamaged,
                    format!("{name}/v{version} does not open: the store is damaged"),
                )
            })?;
            self.material
                .insert((name.to_string(), version), (key_type, material.clone()));
            return Ok((key_type, version, material));
        }
        Err(busy_rotating())
    }

    /// An asymmetric key version as a parsed OpenSSL key (cached for the process).
    pub fn private_key(
        &mut self,
        name: &str,
        version: Option<u32>,
        expect: &[KeyType],
        op: &str,
    ) -> KmsResult<(KeyType, u32, openssl::pkey::PKey<openssl::pkey::Private>)> {
        let (key_type, version, material) = self.material(name, version, expect, op)?;
        let id = (name.to_string(), version);
        if let Some(k) = self.parsed.get(&id) {
            return Ok((key_type, version, k.clone()));
        }
        let pkey = crypto::private_key(&material)?;
        self.parsed.insert(id, pkey.clone());
        Ok((key_type, version, pkey))
    }

    /// Public keys (SubjectPublicKeyInfo DER) of every usable version, oldest first.
    pub fn public_keys(&self, name: &str) -> KmsResult<(KeyType, Vec<VersionedPublic>)> {
        let (key_type, _, min) = self.key_type_of(name)?;
        if !key_type.is_asymmetric() {
            return Err(KmsError::new(
                Reason::WrongKeyType,
                format!(
                    "`{name}` is of type {}; it has no public part",
                    key_type.as_str()
                ),
            ));
        }
        let s = &self.schema;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT version, public FROM {s}.key_versions WHERE name = ?1 AND state = 'enabled' AND version >= ?2 ORDER BY version"
        ))?;
        let rows = stmt
            .query_map(params![name, min], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok((key_type, rows))
    }

    /// A new intermediate key for this tenant: in one write transaction, wrapped under a
    /// pinned root, every content key re-wrapped under it, and the old intermediates removed.
    pub fn rotate_intermediate(&mut self, now: i64) -> KmsResult<u32> {
        self.need_tenant()?;
        let s = self.schema.clone();
        let tenant = self.tenant.clone();
        let mut root_version = self.pin_newest_root()?;
        for _ in 0..PIN_ATTEMPTS {
            let done = self.write_txn(|st| {
                if !pinned(&st.conn, &tenant, root_version)? {
                    return Ok(None);
                }
                let old: u32 = st.conn.query_row(
                    &format!("SELECT MAX(version) FROM {s}.intermediate_keys"),
                    [],
                    |r| r.get(0),
                )?;
                let next = old + 1;
                let fresh = crypto::random(32)?;
                let wrapped_fresh = crypto::seal(
                    st.root(root_version)?,
                    &intermediate_aad(&tenant, next),
                    &fresh,
                )?;
                let rows: Vec<(String, u32, Vec<u8>, u32, String)> = {
                    let mut stmt = st.conn.prepare(&format!(
                        "SELECT v.name, v.version, v.wrapped, v.intermediate_version, k.type FROM {s}.key_versions v JOIN {s}.keys k ON k.name = v.name"
                    ))?;
                    let r = stmt.query_map([], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                    })?;
                    r.collect::<Result<Vec<_>, _>>()?
                };
                st.conn.execute(
                    &format!("INSERT INTO {s}.intermediate_keys (version, wrapped, root_version, created_at) VALUES (?1, ?2, ?3, ?4)"),
                    params![next, wrapped_fresh, root_version, now],
                )?;
                for (name, version, wrapped, iv, t) in rows {
                    let key_type = KeyType::parse(&t)?;
                    let kek = st.intermediate(iv)?;
                    let aad = content_aad(&tenant, &name, version, key_type);
                    let material = crypto::open(&kek, &aad, &wrapped).ok_or_else(|| {
                        KmsError::new(
                            Reason::StoreDamaged,
                            format!("{name}/v{version} does not open: the store is damaged"),
                        )
                    })?;
                    st.conn.execute(
                        &format!("UPDATE {s}.key_versions SET wrapped = ?3, intermediate_version = ?4 WHERE name = ?1 AND version = ?2"),
                        params![name, version, crypto::seal(&fresh, &aad, &material)?, next],
                    )?;
                }
                st.conn.execute(
                    &format!("DELETE FROM {s}.intermediate_keys WHERE version <> ?1"),
                    [next],
                )?;
                Ok(Some((next, fresh)))
            })?;
            if let Some((next, fresh)) = done {
                self.intermediates.clear();
                self.intermediates.insert(next, fresh);
                return Ok(next);
            }
            root_version = self.pin_newest_root()?;
        }
        Err(busy_rotating())
    }

    /// A new root key; every tenant's intermediates are re-wrapped under it. One rotation
    /// runs at a time (the store's lock file). Tenants are separate files, each re-wrapped in
    /// its own transaction; a root version is deleted only once no tenant is pinned to it,
    /// so an interrupted rotation leaves every key readable and running it again completes it.
    pub fn rotate_root(&mut self, now: i64) -> KmsResult<(u32, usize)> {
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
                self.with_tenant_file(tenant, false, |st, schema, file| {
                    st.write_txn(|st| {
                        if st.attached_version(schema)? == 0 {
                            return Err(damaged(file, tenant, "holds no keys"));
                        }
                        st.open_intermediates(schema, tenant, file, None)
                    })
                })?;
            }
        }
        let fresh = crypto::random(32)?;
        let kek = self.kek.clone();
        let next = self.write_txn(|st| {
            let next = st.newest_root_version()? + 1;
            st.conn.execute(
                "INSERT INTO root_keys (version, wrapped, created_at) VALUES (?1, ?2, ?3)",
                params![next, crypto::seal(&kek, &root_aad(next), &fresh)?, now],
            )?;
            Ok(next)
        })?;
        self.roots.insert(next, fresh.clone());
        // Every tenant that could refer to an older root was recorded before the new root
        // went in (a tenant is recorded and pinned in one transaction), so it is listed here.
        let tenants: Vec<String> = {
            let mut stmt = self.conn.prepare("SELECT id FROM tenants ORDER BY id")?;
            let r = stmt.query_map([], |r| r.get(0))?;
            r.collect::<Result<Vec<_>, _>>()?
        };
        let mut done = 0;
        for tenant in &tenants {
            if self.rotate_tenant_root(tenant, next, &fresh)? {
                done += 1;
            }
        }
        self.write_txn(|st| {
            st.conn.execute(
                "DELETE FROM root_keys WHERE version < ?1 AND version NOT IN (SELECT root_version FROM root_pins)",
                [next],
            )?;
            Ok(())
        })?;
        self.roots.retain(|v, _| *v == next);
        self.intermediates.clear();
        Ok((next, done))
    }

    /// Attach `tenant`'s file as `rot_<id>` for `f`, then detach it. A missing file is
    /// created empty (0600) with `create_missing` (a creation in progress sets it up), and is
    /// damage without.
    fn with_tenant_file<T>(
        &mut self,
        tenant: &str,
        create_missing: bool,
        f: impl FnOnce(&mut Store, &str, &Path) -> KmsResult<T>,
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

    /// Open every intermediate of the tenant attached as `schema` (each must open under a
    /// root this store has); with `rewrap`, re-wrap those not under root `next` under it.
    fn open_intermediates(
        &mut self,
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
        if rows.is_empty() {
            return Err(damaged(file, tenant, "has no intermediate key"));
        }
        for (version, wrapped, rv) in rows {
            let aad = intermediate_aad(tenant, version);
            let Some(root) = self.root_opt(rv)? else {
                return Err(damaged(
                    file,
                    tenant,
                    &format!("refers to root key v{rv}, which the store's main file does not have (was one of them restored from another backup?)"),
                ));
            };
            let key = crypto::open(root, &aad, &wrapped).ok_or_else(|| {
                damaged(
                    file,
                    tenant,
                    &format!("holds an intermediate key (v{version}) that does not open under this store's keys"),
                )
            })?;
            if let Some((next, fresh)) = rewrap {
                if rv != next {
                    self.conn.execute(
                        &format!("UPDATE {schema}.intermediate_keys SET wrapped = ?2, root_version = ?3 WHERE version = ?1"),
                        params![version, crypto::seal(fresh, &aad, &key)?, next],
                    )?;
                }
            }
        }
        Ok(())
    }

    /// Re-wrap one tenant's intermediates under root `next`, then drop its pins on the roots
    /// its file no longer refers to. Returns whether the tenant has a file that is set up.
    fn rotate_tenant_root(&mut self, tenant: &str, next: u32, fresh: &[u8]) -> KmsResult<bool> {
        // Pinned before the file may refer to it.
        self.write_txn(|st| {
            st.conn.execute(
                "INSERT OR IGNORE INTO root_pins (tenant, root_version) VALUES (?1, ?2)",
                params![tenant, next],
            )?;
            Ok(())
        })?;
        let ready = |st: &Store| -> KmsResult<bool> {
            Ok(st
                .conn
                .query_row("SELECT ready FROM tenants WHERE id = ?1", [tenant], |r| {
                    r.get(0)
                })?)
        };
        self.with_tenant_file(tenant, true, |st, schema, file| {
            let set_up = st.write_txn(|st| {
                // Re-checked under the lock: a rotation that is no longer the newest (two
                // ran at once despite the lock file) must not move a tenant back.
                if st.newest_root_version()? != next || !pinned(&st.conn, tenant, next)? {
                    return Err(KmsError::new(
                        Reason::Unavailable,
                        "another root rotation ran at the same time; this one stopped",
                    )
                    .with_help("run `cu kms rotate-root` again once no other rotation runs (do not remove the store's .lock file while one does)"));
                }
                if st.attached_version(schema)? == 0 {
                    return if ready(st)? {
                        Err(damaged(file, tenant, "holds no keys"))
                    } else {
                        Ok(false) // a creation in progress: it wraps under the newest root
                    };
                }
                st.open_intermediates(schema, tenant, file, Some((next, fresh)))?;
                Ok(true)
            })?;
            // Its own transaction, after the file's commit: pins go only once the file that
            // no longer needs them is on disk. Pins on the newest root stay (never deleted).
            st.write_txn(|st| {
                // Read again under the lock: the tenant's creator may have set the file up
                // since the transaction above.
                let in_use = if st.attached_version(schema)? != 0 {
                    format!("SELECT root_version FROM {schema}.intermediate_keys")
                } else if ready(st)? {
                    return Err(damaged(file, tenant, "holds no keys"));
                } else {
                    "SELECT NULL WHERE 0".to_string()
                };
                st.conn.execute(
                    &format!("DELETE FROM root_pins WHERE tenant = ?1 AND root_version < ?2 AND root_version NOT IN ({in_use})"),
                    params![tenant, next],
                )?;
                Ok(())
            })?;
            Ok(set_up)
        })
    }
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

/// An API key as the store keeps it: who it is for and what it may do, and a hash of its
/// secret (never the secret).
#[derive(Debug, Clone, Serialize)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    pub tenant: String,
    pub scopes: Vec<String>,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub revoked_at: Option<i64>,
    #[serde(skip)]
    pub hash: Vec<u8>,
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

fn find_api_key(conn: &Connection, id: &str) -> KmsResult<Option<ApiKey>> {
    Ok(conn
        .query_row(
            &format!("SELECT {API_KEY_COLUMNS} FROM main.api_keys WHERE id = ?1"),
            [id],
            api_key_row,
        )
        .optional()?)
}

impl Store {
    /// Record a new API key (its id and hash made by the caller).
    pub fn create_api_key(&mut self, key: &ApiKey) -> KmsResult<()> {
        check_tenant(&key.tenant)?;
        let scopes = serde_json::to_string(&key.scopes)
            .map_err(|e| KmsError::new(Reason::Internal, e.to_string()))?;
        let inserted = self.conn.execute(
            "INSERT OR IGNORE INTO main.api_keys (id, name, tenant, scopes, hash, created_at, expires_at, revoked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL)",
            params![key.id, key.name, key.tenant, scopes, key.hash, key.created_at, key.expires_at],
        )?;
        if inserted == 0 {
            return Err(KmsError::new(
                Reason::KeyExists,
                format!("an API key with id {} exists", key.id),
            ));
        }
        Ok(())
    }

    /// Every API key, or only `tenant`'s, oldest first.
    pub fn api_keys(&self, tenant: Option<&str>) -> KmsResult<Vec<ApiKey>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {API_KEY_COLUMNS} FROM main.api_keys WHERE ?1 IS NULL OR tenant = ?1 ORDER BY created_at, id"
        ))?;
        let rows = stmt.query_map([tenant], api_key_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Revoke an API key at `now` (a key revoked before keeps its first revocation time).
    /// Servers read the key on every request, so it is refused from the next one.
    /// Revoke API key `id`; with `tenant`, only a key of that tenant (another tenant's key is
    /// refused and left as it is).
    pub fn revoke_api_key(
        &mut self,
        id: &str,
        tenant: Option<&str>,
        now: i64,
    ) -> KmsResult<ApiKey> {
        let missing = || {
            KmsError::new(Reason::BadRequest, format!("no API key with id `{id}`"))
                .with_help("list the keys with `cu kms realm api-key list`")
        };
        let key = find_api_key(&self.conn, id)?.ok_or_else(missing)?;
        if let Some(tenant) = tenant.filter(|t| *t != key.tenant) {
            return Err(KmsError::new(
                Reason::BadRequest,
                format!("the API key `{id}` is not a key of tenant {tenant}; nothing was revoked"),
            )
            .with_help(format!(
                "list the tenant's keys with `cu kms realm api-key list --tenant {tenant}`, or leave out --tenant"
            )));
        }
        self.conn.execute(
            "UPDATE main.api_keys SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1",
            params![id, now],
        )?;
        find_api_key(&self.conn, id)?.ok_or_else(missing)
    }
}

/// A server's read-only view of the store's API keys: no unsealing (only hashes are read),
/// one connection, no cache, so a revocation counts from the next request.
pub struct ApiKeyLookup {
    conn: std::sync::Mutex<Connection>,
}

impl ApiKeyLookup {
    pub fn open(path: &Path) -> KmsResult<ApiKeyLookup> {
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
        Ok(ApiKeyLookup {
            conn: std::sync::Mutex::new(conn),
        })
    }

    /// The key with this id, if there is one.
    pub fn find(&self, id: &str) -> KmsResult<Option<ApiKey>> {
        let conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        find_api_key(&conn, id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every operation runs the `use_sql` statements: SQLite must run them as prepared, not
    /// parse and plan them again each time (a join bound to a parameter did, at 8× the cost).
    #[test]
    fn the_statements_of_every_operation_are_not_prepared_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kms.db");
        let unseal = Unseal::Secret(Zeroizing::new(vec![7u8; 32]));
        init(&path, &unseal, 0).unwrap();
        let mut store =
            Store::open(&path, &unseal, Some(super::super::DEFAULT_TENANT), true, 0).unwrap();
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
        for sql in &store.sql_use {
            let statement = store.conn.prepare_cached(sql).unwrap();
            assert_eq!(
                statement.get_status(rusqlite::StatementStatus::RePrepare),
                0,
                "{sql}"
            );
        }
    }
}
