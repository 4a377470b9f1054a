//! The SQLite key store: the main database holds the store's parameters, the wrapped root
//! keys and the tenant list; each tenant's intermediate keys, content keys and versions live
//! in that tenant's own database file, attached as `tenant_<id>`. Every key is stored only
//! wrapped (AES-256-GCM) by the tier above, with its place in the hierarchy as associated
//! data, so a wrapped key copied to another row, key or tenant does not open.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use zeroize::Zeroizing;

use super::crypto;
use super::{check_key_name, check_tenant, KeyType, KmsError, KmsResult, Reason};

/// Schema version of the main database and of tenant databases.
pub const SCHEMA_VERSION: i64 = 1;
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
        Err(e) => Err(KmsError::new(
            Reason::Internal,
            format!("cannot create {}: {e}", path.display()),
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
    builder.create(dir).map_err(|e| {
        KmsError::new(
            Reason::Internal,
            format!("cannot create {}: {e}", dir.display()),
        )
    })
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
    create_private_file(path)?;
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
         CREATE TABLE tenants (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL);",
    )?;
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
    tenant_exists: bool,
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
            .map_err(|_| not_a_store())?;
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
            .map_err(|_| not_a_store())
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
            tenant_exists: false,
            roots: HashMap::new(),
            intermediates: HashMap::new(),
            material: HashMap::new(),
            parsed: HashMap::new(),
            kek,
        };
        // Proves the unseal secret before anything else happens.
        let newest = store.newest_root_version()?;
        store.root(newest)?;
        if tenant.is_some() && (tenant_file.exists() || create_tenant) {
            store.attach(&tenant_file, now)?;
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
        if !self.roots.contains_key(&version) {
            let wrapped: Vec<u8> = self
                .conn
                .query_row(
                    "SELECT wrapped FROM root_keys WHERE version = ?1",
                    [version],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| {
                    KmsError::new(Reason::NotAStore, format!("root key v{version} is missing"))
                })?;
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
        Ok(&self.roots[&version])
    }

    fn attach(&mut self, file: &Path, now: i64) -> KmsResult<()> {
        if let Some(dir) = file.parent() {
            create_private_dir(dir)?;
        }
        create_private_file(file)?;
        let file_str = file.to_string_lossy().to_string();
        self.conn
            .execute("ATTACH DATABASE ?1 AS ?2", params![file_str, self.schema])?;
        let s = self.schema.clone();
        self.conn
            .pragma_update(Some(s.as_str()), "synchronous", "FULL")?;
        let version: i64 = self
            .conn
            .pragma_query_value(Some(s.as_str()), "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(KmsError::new(
                Reason::NotAStore,
                format!("{} has a newer schema", file.display()),
            ));
        }
        if version == 0 {
            // A new tenant file: WAL mode sticks to the file once set (outside a transaction).
            // Switching needs the file to itself, and SQLite answers BUSY at once rather than
            // waiting, so several processes creating the same tenant retry here.
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
            let root_version = self.newest_root_version()?;
            let intermediate = crypto::random(32)?;
            let aad = intermediate_aad(&self.tenant, 1);
            let wrapped = crypto::seal(self.root(root_version)?, &aad, &intermediate)?;
            let tenant = self.tenant.clone();
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Another process may have set it up while we waited for the lock.
            let again: i64 =
                tx.pragma_query_value(Some(s.as_str()), "user_version", |r| r.get(0))?;
            if again == 0 {
                tx.execute_batch(&format!(
                    "CREATE TABLE {s}.intermediate_keys (version INTEGER PRIMARY KEY, wrapped BLOB NOT NULL, root_version INTEGER NOT NULL, created_at INTEGER NOT NULL);
                     CREATE TABLE {s}.keys (name TEXT PRIMARY KEY, type TEXT NOT NULL, primary_version INTEGER NOT NULL, min_decrypt_version INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL);
                     CREATE TABLE {s}.key_versions (name TEXT NOT NULL REFERENCES keys(name) ON DELETE CASCADE, version INTEGER NOT NULL, state TEXT NOT NULL, wrapped BLOB NOT NULL, intermediate_version INTEGER NOT NULL, public BLOB, created_at INTEGER NOT NULL, PRIMARY KEY (name, version));"
                ))?;
                tx.execute(
                    &format!("INSERT INTO {s}.intermediate_keys (version, wrapped, root_version, created_at) VALUES (1, ?1, ?2, ?3)"),
                    params![wrapped, root_version, now],
                )?;
                tx.execute(
                    "INSERT OR IGNORE INTO tenants (id, created_at) VALUES (?1, ?2)",
                    params![tenant, now],
                )?;
                tx.pragma_update(Some(s.as_str()), "user_version", SCHEMA_VERSION)?;
            }
            tx.commit()?;
        }
        self.tenant_exists = true;
        Ok(())
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
        if let Some(k) = self.intermediates.get(&version) {
            return Ok(k.clone());
        }
        let s = self.schema.clone();
        let (wrapped, root_version): (Vec<u8>, u32) = self
            .conn
            .query_row(
                &format!(
                    "SELECT wrapped, root_version FROM {s}.intermediate_keys WHERE version = ?1"
                ),
                [version],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| {
                KmsError::new(
                    Reason::NotAStore,
                    format!("intermediate key v{version} is missing"),
                )
            })?;
        let aad = intermediate_aad(&self.tenant, version);
        let key = crypto::open(self.root(root_version)?, &aad, &wrapped).ok_or_else(|| {
            KmsError::new(
                Reason::NotAStore,
                format!("intermediate key v{version} does not open: the store is damaged"),
            )
        })?;
        self.intermediates.insert(version, key.clone());
        Ok(key)
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
        let (wrapped, iv, public) = self.insert_version(name, 1, key_type, &material)?;
        let s = self.schema.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let inserted = tx.execute(
            &format!("INSERT OR IGNORE INTO {s}.keys (name, type, primary_version, min_decrypt_version, created_at) VALUES (?1, ?2, 1, 1, ?3)"),
            params![name, key_type.as_str(), now],
        )?;
        if inserted == 0 {
            return Err(KmsError::new(
                Reason::KeyExists,
                format!("key `{name}` already exists in tenant {}", self.tenant),
            ));
        }
        tx.execute(
            &format!("INSERT INTO {s}.key_versions (name, version, state, wrapped, intermediate_version, public, created_at) VALUES (?1, 1, 'enabled', ?2, ?3, ?4, ?5)"),
            params![name, wrapped, iv, public, now],
        )?;
        tx.commit()?;
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
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let result = (|| -> KmsResult<u32> {
            let next: u32 = self.conn.query_row(
                &format!("SELECT MAX(version) + 1 FROM {s}.key_versions WHERE name = ?1"),
                [name],
                |r| r.get(0),
            )?;
            let (wrapped, iv, public) = self.insert_version(name, next, key_type, &material)?;
            self.conn.execute(
                &format!("INSERT INTO {s}.key_versions (name, version, state, wrapped, intermediate_version, public, created_at) VALUES (?1, ?2, 'enabled', ?3, ?4, ?5, ?6)"),
                params![name, next, wrapped, iv, public, now],
            )?;
            self.conn.execute(
                &format!("UPDATE {s}.keys SET primary_version = ?2 WHERE name = ?1"),
                params![name, next],
            )?;
            Ok(next)
        })();
        match result {
            Ok(next) => {
                self.conn.execute_batch("COMMIT")?;
                self.material
                    .insert((name.to_string(), next), (key_type, material));
                self.key_info(name)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
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
        let created_at: i64 = self.conn.query_row(
            &format!("SELECT created_at FROM {s}.keys WHERE name = ?1"),
            [name],
            |r| r.get(0),
        )?;
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
        names.iter().map(|n| self.key_info(n)).collect()
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
        let (key_type, primary, min) = self.key_type_of(name)?;
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
        let version = version.unwrap_or(primary);
        // The version's state is read every time (another process may have disabled it);
        // only the unwrapping is cached.
        let s = self.schema.clone();
        let row: Option<(String, Vec<u8>, u32)> = self
            .conn
            .prepare_cached(&format!(
                "SELECT state, wrapped, intermediate_version FROM {s}.key_versions WHERE name = ?1 AND version = ?2"
            ))?
            .query_row(params![name, version], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let (state, wrapped, iv) = row.ok_or_else(|| {
            KmsError::new(
                Reason::UnknownVersion,
                format!("`{name}` has no version {version}"),
            )
        })?;
        if state != "enabled" {
            return Err(KmsError::new(
                Reason::VersionDisabled,
                format!("{name}/v{version} is disabled"),
            ));
        }
        if version < min {
            return Err(KmsError::new(
                Reason::VersionDisabled,
                format!("{name}/v{version} is below the key's min_decrypt_version ({min})"),
            ));
        }
        if let Some((t, m)) = self.material.get(&(name.to_string(), version)) {
            return Ok((*t, version, m.clone()));
        }
        let kek = self.intermediate(iv)?;
        let material = crypto::open(
            &kek,
            &content_aad(&self.tenant, name, version, key_type),
            &wrapped,
        )
        .ok_or_else(|| {
            KmsError::new(
                Reason::NotAStore,
                format!("{name}/v{version} does not open: the store is damaged"),
            )
        })?;
        self.material
            .insert((name.to_string(), version), (key_type, material.clone()));
        Ok((key_type, version, material))
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

    /// A new intermediate key for this tenant; every content key is re-wrapped under it in
    /// one transaction, and the old intermediates are removed in the same transaction.
    pub fn rotate_intermediate(&mut self, now: i64) -> KmsResult<u32> {
        self.need_tenant()?;
        let s = self.schema.clone();
        let root_version = self.newest_root_version()?;
        let old_version = self.newest_intermediate_version()?;
        let next = old_version + 1;
        let fresh = crypto::random(32)?;
        let aad = intermediate_aad(&self.tenant, next);
        let wrapped_fresh = crypto::seal(self.root(root_version)?, &aad, &fresh)?;
        let rows: Vec<(String, u32, Vec<u8>, u32, String)> = {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT v.name, v.version, v.wrapped, v.intermediate_version, k.type FROM {s}.key_versions v JOIN {s}.keys k ON k.name = v.name"
            ))?;
            let r = stmt.query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?;
            r.collect::<Result<Vec<_>, _>>()?
        };
        let mut rewrapped = Vec::with_capacity(rows.len());
        for (name, version, wrapped, iv, t) in rows {
            let key_type = KeyType::parse(&t)?;
            let kek = self.intermediate(iv)?;
            let aad = content_aad(&self.tenant, &name, version, key_type);
            let material = crypto::open(&kek, &aad, &wrapped).ok_or_else(|| {
                KmsError::new(
                    Reason::NotAStore,
                    format!("{name}/v{version} does not open: the store is damaged"),
                )
            })?;
            rewrapped.push((name, version, crypto::seal(&fresh, &aad, &material)?));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: u32 = tx.query_row(
            &format!("SELECT MAX(version) FROM {s}.intermediate_keys"),
            [],
            |r| r.get(0),
        )?;
        if current != old_version {
            return Err(KmsError::new(
                Reason::BadRequest,
                "another process rotated the intermediate key at the same time; run again",
            ));
        }
        tx.execute(
            &format!("INSERT INTO {s}.intermediate_keys (version, wrapped, root_version, created_at) VALUES (?1, ?2, ?3, ?4)"),
            params![next, wrapped_fresh, root_version, now],
        )?;
        for (name, version, wrapped) in &rewrapped {
            let n = tx.execute(
                &format!("UPDATE {s}.key_versions SET wrapped = ?3, intermediate_version = ?4 WHERE name = ?1 AND version = ?2"),
                params![name, version, wrapped, next],
            )?;
            debug_assert_eq!(n, 1);
        }
        let left: u32 = tx.query_row(
            &format!("SELECT COUNT(*) FROM {s}.key_versions WHERE intermediate_version <> ?1"),
            [next],
            |r| r.get(0),
        )?;
        if left != 0 {
            return Err(KmsError::new(
                Reason::BadRequest,
                "keys were added while rotating; run again",
            ));
        }
        tx.execute(
            &format!("DELETE FROM {s}.intermediate_keys WHERE version <> ?1"),
            [next],
        )?;
        tx.commit()?;
        self.intermediates.clear();
        Ok(next)
    }

    /// A new root key; every tenant's intermediates are re-wrapped under it. Tenants are
    /// separate database files, so each is re-wrapped in its own transaction; old root
    /// versions are kept until no intermediate refers to them, so an interrupted rotation
    /// leaves every key readable and running it again completes it.
    pub fn rotate_root(&mut self, now: i64) -> KmsResult<(u32, usize)> {
        let old = self.newest_root_version()?;
        let next = old + 1;
        let fresh = crypto::random(32)?;
        let wrapped = crypto::seal(&self.kek, &root_aad(next), &fresh)?;
        self.conn.execute(
            "INSERT INTO root_keys (version, wrapped, created_at) VALUES (?1, ?2, ?3)",
            params![next, wrapped, now],
        )?;
        self.roots.insert(next, fresh.clone());
        let tenants: Vec<String> = {
            let mut stmt = self.conn.prepare("SELECT id FROM tenants ORDER BY id")?;
            let r = stmt.query_map([], |r| r.get(0))?;
            r.collect::<Result<Vec<_>, _>>()?
        };
        let mut done = 0;
        for tenant in &tenants {
            let file = tenant_path(&self.path, tenant);
            if !file.exists() {
                continue;
            }
            let schema = format!("rot_{}", tenant.replace('-', ""));
            self.conn.execute(
                "ATTACH DATABASE ?1 AS ?2",
                params![file.to_string_lossy(), schema],
            )?;
            let result = (|| -> KmsResult<()> {
                let rows: Vec<(u32, Vec<u8>, u32)> = {
                    let mut stmt = self.conn.prepare(&format!(
                        "SELECT version, wrapped, root_version FROM {schema}.intermediate_keys"
                    ))?;
                    let r = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                    r.collect::<Result<Vec<_>, _>>()?
                };
                let mut rewrapped = Vec::new();
                for (version, wrapped, rv) in rows {
                    let aad = intermediate_aad(tenant, version);
                    let key = crypto::open(self.root(rv)?, &aad, &wrapped).ok_or_else(|| {
                        KmsError::new(
                            Reason::NotAStore,
                            format!("tenant {tenant}: intermediate v{version} does not open"),
                        )
                    })?;
                    rewrapped.push((version, crypto::seal(&fresh, &aad, &key)?));
                }
                let tx = self
                    .conn
                    .transaction_with_behavior(TransactionBehavior::Immediate)?;
                for (version, wrapped) in &rewrapped {
                    tx.execute(
                        &format!("UPDATE {schema}.intermediate_keys SET wrapped = ?2, root_version = ?3 WHERE version = ?1"),
                        params![version, wrapped, next],
                    )?;
                }
                tx.commit()?;
                Ok(())
            })();
            let _ = self.conn.execute("DETACH DATABASE ?1", [&schema]);
            result?;
            done += 1;
        }
        self.conn
            .execute("DELETE FROM root_keys WHERE version <> ?1", [next])?;
        self.roots.retain(|v, _| *v == next);
        self.intermediates.clear();
        Ok((next, done))
    }
}
