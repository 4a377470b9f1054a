//! The key store: an unseal secret protects the root keys, a root key each tenant's
//! intermediate keys, and intermediates the users' content keys. Every key is stored only
//! wrapped (AES-256-GCM) by the tier above, with its place in the hierarchy as associated
//! data, so a wrapped key copied to another row, key or tenant does not open.
//!
//! The hierarchy, sealing, versions and every operation are written once, here, above the
//! [`Backend`] interface; `sqlite.rs` (one main file plus a file per tenant, the embedded
//! default) and `postgres.rs` (one database, a schema per tenant, for many instances)
//! implement it. Both follow one rule for the root tier: a tenant refers to a root version
//! only after a *pin* of that version for the tenant is committed, the write that makes the
//! reference re-checks the pin while it holds the tenant's write lock, and a root version is
//! deleted only by a transaction that sees no pin on it. So no root key a tenant still needs
//! is ever deleted, whatever runs at the same time or is killed.

pub mod postgres;
pub mod sqlite;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use zeroize::Zeroizing;

use super::crypto;
use super::{check_key_name, check_tenant, KeyType, KmsError, KmsResult, Reason};

pub use sqlite::tenant_path;

/// Schema version of the main database (SQLite) or of the `cu` schema (PostgreSQL).
pub const SCHEMA_VERSION: i64 = sqlite::SCHEMA_VERSION;
/// How often a write retries when a concurrent root rotation moved the version it pinned.
pub(crate) const PIN_ATTEMPTS: usize = 8;
/// PBKDF2-HMAC-SHA256 iterations for passphrase-unsealed stores (OWASP 2023).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub(crate) const MAGIC: &str = "cu-kms";

/// How the store is unsealed.
#[derive(Clone)]
pub enum Unseal {
    /// 32 random bytes from a file.
    Secret(Zeroizing<Vec<u8>>),
    /// A passphrase, stretched with PBKDF2.
    Passphrase(Zeroizing<Vec<u8>>),
}

impl Unseal {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Unseal::Secret(_) => "secret",
            Unseal::Passphrase(_) => "passphrase",
        }
    }

    pub(crate) fn kdf(&self) -> &'static str {
        match self {
            Unseal::Secret(_) => "hkdf-sha256",
            Unseal::Passphrase(_) => "pbkdf2-hmac-sha256",
        }
    }

    pub(crate) fn check(&self) -> KmsResult<()> {
        match self {
            Unseal::Secret(s) if s.len() < 32 => Err(KmsError::new(
                Reason::BadKey,
                "the unseal secret must be at least 32 bytes",
            )),
            _ => Ok(()),
        }
    }
}

/// Where a store lives: a SQLite file (a path, or `sqlite:PATH`) or a PostgreSQL database
/// (`postgres://user@host:port/db?sslmode=…`, the password from a file, never the URL).
#[derive(Debug, Clone)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(postgres::PgLocation),
}

impl Location {
    /// A `--store` value or config `store.path`: a URL names PostgreSQL, anything else a
    /// SQLite file.
    pub fn parse(text: &Path) -> KmsResult<Location> {
        let s = text.to_string_lossy();
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            return Ok(Location::Postgres(postgres::PgLocation::parse(&s)?));
        }
        if let Some(rest) = s.strip_prefix("sqlite:") {
            return Ok(Location::Sqlite(PathBuf::from(rest)));
        }
        Ok(Location::Sqlite(text.to_path_buf()))
    }

    /// The password (PostgreSQL): read by the caller from `password_file` or `PGPASSFILE`.
    pub fn with_password(self, password: Option<Zeroizing<String>>) -> Location {
        match self {
            Location::Postgres(mut pg) => {
                pg.password = password;
                Location::Postgres(pg)
            }
            other => other,
        }
    }

    /// For messages: the file, or the URL without any password.
    pub fn display(&self) -> String {
        match self {
            Location::Sqlite(p) => p.display().to_string(),
            Location::Postgres(pg) => pg.display(),
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Location::Postgres(_))
    }

    /// Whether `text` is meant as a PostgreSQL URL (whether or not it parses): such text is
    /// never taken as a file path (its password, if it holds one, would land in messages).
    pub fn names_postgres(text: &Path) -> bool {
        let s = text.to_string_lossy();
        s.starts_with("postgres://") || s.starts_with("postgresql://")
    }
}

/// A path is a SQLite file; URLs (from the command line or a config) go through
/// [`Location::parse`], which says what is wrong with a bad one.
impl From<&Path> for Location {
    fn from(p: &Path) -> Location {
        Location::Sqlite(p.to_path_buf())
    }
}

impl From<&PathBuf> for Location {
    fn from(p: &PathBuf) -> Location {
        Location::from(p.as_path())
    }
}

impl From<PathBuf> for Location {
    fn from(p: PathBuf) -> Location {
        Location::from(p.as_path())
    }
}

impl From<&Location> for Location {
    fn from(l: &Location) -> Location {
        l.clone()
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

pub struct InitReport {
    pub path: PathBuf,
    pub unseal: &'static str,
    pub root_version: u32,
}

/// A version number and that version's SubjectPublicKeyInfo DER.
pub type VersionedPublic = (u32, Vec<u8>);

/// An API key as the store keeps it: who it is for and what it may do, and a hash of its
/// secret (never the secret).
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// A user of the database realm (`kms_realm_users`): who signs in with a password at every
/// `cu kms serve` on this store. Only a PBKDF2 hash of the password is kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealmUser {
    pub name: String,
    pub kind: String,
    pub tenant: String,
    pub scopes: Vec<String>,
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(skip)]
    pub hash: String,
}

/// The store's parameters, as `init` wrote them.
pub(crate) struct Meta {
    pub unseal: String,
    pub salt: Vec<u8>,
    pub iterations: u32,
}

/// The parameters of a new store and its first root key, wrapped.
pub(crate) struct NewStore {
    pub meta: Vec<(&'static str, String)>,
    pub wrapped_root: Vec<u8>,
}

pub(crate) fn new_store(unseal: &Unseal, now: i64) -> KmsResult<NewStore> {
    unseal.check()?;
    let salt = crypto::random(32)?;
    let iterations = PBKDF2_ITERATIONS;
    let kek = root_kek(unseal, &salt, iterations)?;
    let root = crypto::random(32)?;
    Ok(NewStore {
        meta: vec![
            ("magic", MAGIC.to_string()),
            ("unseal", unseal.kind().to_string()),
            ("salt", hex(&salt)),
            ("kdf", unseal.kdf().to_string()),
            ("iterations", iterations.to_string()),
            ("created_at", now.to_string()),
        ],
        wrapped_root: crypto::seal(&kek, &root_aad(1), &root)?,
    })
}

/// One row of a content key's version, for re-wrapping: name, version, wrapped material,
/// the intermediate version wrapping it, the key's type.
pub(crate) type VersionRow = (String, u32, Vec<u8>, u32, String);

/// What an operation reads of a key, in one read: type, min decrypt version, the version
/// used, and that version's state, wrapped material and intermediate version (None when
/// there is no such version).
pub(crate) type UseRow = (String, u32, u32, Option<(String, Vec<u8>, u32)>);

/// A whole store as it is kept, every key still wrapped: what `cu kms migrate` copies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub meta: Vec<(String, String)>,
    /// (version, wrapped, created_at).
    pub roots: Vec<(u32, Vec<u8>, i64)>,
    /// (tenant, root version).
    pub pins: Vec<(String, u32)>,
    pub api_keys: Vec<ApiKey>,
    pub users: Vec<RealmUser>,
    pub tenants: Vec<TenantSnapshot>,
    /// The audit trail kept in the store: (seq, line).
    pub audit: Vec<(u64, Vec<u8>)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TenantSnapshot {
    pub id: String,
    pub created_at: i64,
    /// (version, wrapped, root version, created_at).
    pub intermediates: Vec<(u32, Vec<u8>, u32, i64)>,
    /// (name, type, primary version, min decrypt version, created_at).
    pub keys: Vec<(String, String, u32, u32, i64)>,
    /// (name, version, state, wrapped, intermediate version, public, created_at).
    pub versions: Vec<SnapshotVersion>,
}

pub type SnapshotVersion = (String, u32, String, Vec<u8>, u32, Option<Vec<u8>>, i64);

impl Snapshot {
    /// Every row of `self` is in `whole`, unchanged (an earlier, partial copy of it).
    fn is_part_of(&self, whole: &Snapshot) -> bool {
        fn sub<T: PartialEq>(part: &[T], all: &[T]) -> bool {
            part.iter().all(|x| all.contains(x))
        }
        (self.meta.is_empty() || self.meta == whole.meta)
            && sub(&self.roots, &whole.roots)
            && sub(&self.pins, &whole.pins)
            && sub(&self.api_keys, &whole.api_keys)
            && sub(&self.users, &whole.users)
            && sub(&self.audit, &whole.audit)
            && self.tenants.iter().all(|t| {
                whole.tenants.iter().any(|w| {
                    w.id == t.id
                        && w.created_at == t.created_at
                        && sub(&t.intermediates, &w.intermediates)
                        && sub(&t.keys, &w.keys)
                        && sub(&t.versions, &w.versions)
                })
            })
    }

    /// Tenant ids and key names as cu makes them: they become file names and schema names
    /// in the destination, so a source changed by hand must not choose them.
    fn check_names(&self) -> KmsResult<()> {
        for t in &self.tenants {
            check_tenant(&t.id)?;
            for (name, ..) in &t.keys {
                check_key_name(name)?;
            }
            for v in &t.versions {
                check_key_name(&v.0)?;
            }
        }
        for (t, _) in &self.pins {
            check_tenant(t)?;
        }
        for k in &self.api_keys {
            check_tenant(&k.tenant)?;
        }
        for u in &self.users {
            check_tenant(&u.tenant)?;
        }
        Ok(())
    }
}

/// What a key store keeps, row by row. Every method but the lifecycle ones works on the
/// tenant the backend was opened for; writes that must be atomic run between `begin` and
/// `commit`, which hold that tenant's write lock (and, for the pins, the root tier's).
pub(crate) trait Backend: Send {
    /// For messages: the file, or the URL without a password.
    fn place(&self) -> String;

    /// Bring an older schema up to date (after the unseal secret was proven).
    fn migrate_if_needed(&mut self) -> KmsResult<()>;

    fn begin(&mut self) -> KmsResult<()>;
    fn commit(&mut self) -> KmsResult<()>;
    fn rollback(&mut self);

    // The root tier.
    fn newest_root(&mut self) -> KmsResult<Option<u32>>;
    fn root_wrapped(&mut self, version: u32) -> KmsResult<Option<Vec<u8>>>;
    /// Record that `tenant` may refer to the newest root version; returns that version.
    fn pin_newest(&mut self, tenant: &str) -> KmsResult<u32>;
    /// Whether `tenant`'s pin on root `version` (and so that root key) is still there.
    fn pinned(&mut self, tenant: &str, version: u32) -> KmsResult<bool>;

    // The tenant's intermediate keys.
    fn newest_intermediate(&mut self) -> KmsResult<Option<u32>>;
    /// (wrapped, root version) of one intermediate version.
    fn intermediate_row(&mut self, version: u32) -> KmsResult<Option<(Vec<u8>, u32)>>;
    fn insert_intermediate(
        &mut self,
        version: u32,
        wrapped: &[u8],
        root_version: u32,
        now: i64,
    ) -> KmsResult<()>;
    fn delete_intermediates_except(&mut self, version: u32) -> KmsResult<()>;

    // The tenant's content keys.
    /// (type, primary version, min decrypt version, created_at).
    fn key_row(&mut self, name: &str) -> KmsResult<Option<(String, u32, u32, i64)>>;
    /// A key's type, min decrypt version, the version used (the primary one when None) and
    /// that version's state (None when there is no such version), in one read.
    fn use_row(&mut self, name: &str, version: Option<u32>) -> KmsResult<Option<UseRow>>;
    /// (state, wrapped, intermediate version) of one version.
    fn version_row(
        &mut self,
        name: &str,
        version: u32,
    ) -> KmsResult<Option<(String, Vec<u8>, u32)>>;
    /// Insert a key with primary version 1; false when the name is taken.
    fn insert_key(&mut self, name: &str, key_type: &str, now: i64) -> KmsResult<bool>;
    /// The next version number of `name` (None: no such key).
    fn next_version(&mut self, name: &str) -> KmsResult<Option<u32>>;
    #[allow(clippy::too_many_arguments)]
    fn insert_version(
        &mut self,
        name: &str,
        version: u32,
        wrapped: &[u8],
        intermediate_version: u32,
        public: Option<&[u8]>,
        now: i64,
    ) -> KmsResult<()>;
    fn set_primary(&mut self, name: &str, version: u32) -> KmsResult<()>;
    /// Rows changed (0: no such version).
    fn set_state(&mut self, name: &str, version: u32, state: &str) -> KmsResult<usize>;
    fn set_min_decrypt(&mut self, name: &str, min: u32) -> KmsResult<()>;
    fn delete_key(&mut self, name: &str) -> KmsResult<()>;
    fn versions(&mut self, name: &str) -> KmsResult<Vec<VersionInfo>>;
    fn key_names(&mut self) -> KmsResult<Vec<String>>;
    fn all_versions(&mut self) -> KmsResult<Vec<VersionRow>>;
    fn rewrap_version(
        &mut self,
        name: &str,
        version: u32,
        wrapped: &[u8],
        intermediate_version: u32,
    ) -> KmsResult<()>;
    /// (version, SPKI DER) of every enabled version at or above `min`, oldest first.
    fn public_rows(&mut self, name: &str, min: u32) -> KmsResult<Vec<VersionedPublic>>;

    // Lifecycle: storage-specific protocols, with the key tiers from `keys`.
    /// Attach the tenant as its records say (creating it with `create`); whether it exists.
    fn open_tenant(&mut self, keys: &mut Keys, create: bool, now: i64) -> KmsResult<bool>;
    /// A new root key, every tenant's intermediates re-wrapped under it; (version, tenants).
    fn rotate_root(&mut self, keys: &mut Keys, now: i64) -> KmsResult<(u32, usize)>;

    // API keys (the main tier).
    fn insert_api_key(&mut self, key: &ApiKey, scopes: &str) -> KmsResult<bool>;
    fn find_api_key(&mut self, id: &str) -> KmsResult<Option<ApiKey>>;
    fn api_keys(&mut self, tenant: Option<&str>) -> KmsResult<Vec<ApiKey>>;
    fn revoke_api_key(&mut self, id: &str, now: i64) -> KmsResult<()>;

    // The database realm (the main tier).
    /// False when the name is taken.
    fn insert_realm_user(&mut self, user: &RealmUser, scopes: &str) -> KmsResult<bool>;
    fn find_realm_user(&mut self, name: &str) -> KmsResult<Option<RealmUser>>;
    fn realm_users(&mut self, tenant: Option<&str>) -> KmsResult<Vec<RealmUser>>;
    /// Rows changed (0: no such user).
    fn set_realm_password(&mut self, name: &str, hash: &str, now: i64) -> KmsResult<usize>;
    fn delete_realm_user(&mut self, name: &str) -> KmsResult<usize>;

    // Copies (`cu kms migrate`): the whole store, read in one consistent pass (under the
    // root rotation lock, each tenant in one transaction), and written in one transaction
    // (PostgreSQL) or one per file (SQLite) that adds only rows not there yet.
    fn export(&mut self) -> KmsResult<Snapshot>;
    /// Into an empty store, or one holding an earlier, partial copy of the same store.
    fn import(&mut self, snapshot: &Snapshot) -> KmsResult<()>;

    // The audit trail's table (the main database; shared by every instance on the store).
    /// The last record's line; in a write transaction, the trail stays locked to its end.
    fn audit_last(&mut self) -> KmsResult<Option<Vec<u8>>>;
    fn audit_insert(&mut self, seq: u64, line: &[u8]) -> KmsResult<()>;
    /// Up to `limit` records after `after`, in order.
    fn audit_page(&mut self, after: u64, limit: u32) -> KmsResult<Vec<(u64, Vec<u8>)>>;

    /// Use a server's shared cache of key rows (PostgreSQL; others read every time).
    fn set_key_cache(&mut self, _cache: std::sync::Arc<postgres::KeyCache>) {}

    /// Test hook: (statement, times re-prepared) of the per-operation statements.
    #[cfg(test)]
    fn statement_reprepares(&mut self) -> Vec<(String, i32)> {
        Vec::new()
    }
}

/// Run `f` in one write transaction; anything `f` fails with rolls it all back.
pub(crate) fn in_write<B: Backend + ?Sized, T>(
    b: &mut B,
    f: impl FnOnce(&mut B) -> KmsResult<T>,
) -> KmsResult<T> {
    b.begin()?;
    match f(b) {
        Ok(value) => match b.commit() {
            Ok(()) => Ok(value),
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

pub(crate) fn root_aad(version: u32) -> Vec<u8> {
    format!("{MAGIC}/v1/root|{version}").into_bytes()
}

pub(crate) fn intermediate_aad(tenant: &str, version: u32) -> Vec<u8> {
    format!("{MAGIC}/v1/intermediate|{tenant}|{version}").into_bytes()
}

pub(crate) fn content_aad(tenant: &str, name: &str, version: u32, key_type: KeyType) -> Vec<u8> {
    format!(
        "{MAGIC}/v1/content|{tenant}|{name}|{version}|{}",
        key_type.as_str()
    )
    .into_bytes()
}

pub(crate) use crate::hex::hex;

pub(crate) fn unhex(s: &str) -> Option<Vec<u8>> {
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

pub(crate) fn busy_rotating() -> KmsError {
    KmsError::new(
        Reason::Unavailable,
        "the root key kept rotating while this command tried to write",
    )
    .with_help("run the command again once `cu kms rotate-root` has finished")
}

/// Check the unseal kind against the store's and derive the root wrapping key.
pub(crate) fn unseal_store(meta: &Meta, unseal: &Unseal) -> KmsResult<Zeroizing<Vec<u8>>> {
    if meta.unseal != unseal.kind() {
        return Err(KmsError::new(
            Reason::WrongUnsealSecret,
            format!(
                "this store is unsealed with a {}, not a {}",
                meta.unseal,
                unseal.kind()
            ),
        )
        .with_help(if meta.unseal == "passphrase" {
            "pass --passphrase-file FILE (or - for standard input)"
        } else {
            "pass --unseal-file FILE, or drop --passphrase-file to use the default unseal file"
        }));
    }
    root_kek(unseal, &meta.salt, meta.iterations)
}

/// Unwrapped key material of one version, with the wrapped form it was opened from: used
/// only while the store still holds that same wrapped form, so a key deleted and made again
/// under the same name (by another process or instance) is never served from the cache.
type Material = (KeyType, Zeroizing<Vec<u8>>, Vec<u8>);

/// A parsed private key, with the material it was parsed from.
type Parsed = (
    Zeroizing<Vec<u8>>,
    openssl::pkey::PKey<openssl::pkey::Private>,
);

/// The unwrapped tiers of one tenant, cached for the life of the store handle. Versions are
/// never re-keyed in place: a version's material, once opened, stays what it is.
pub struct Keys {
    pub(crate) tenant: String,
    place: String,
    kek: Zeroizing<Vec<u8>>,
    pub(crate) roots: HashMap<u32, Zeroizing<Vec<u8>>>,
    pub(crate) intermediates: HashMap<u32, Zeroizing<Vec<u8>>>,
    material: HashMap<(String, u32), Material>,
    /// Parsed private keys, with the material they were parsed from: OpenSSL's PKCS#8
    /// decoding costs about 0.5 ms a time.
    parsed: HashMap<(String, u32), Parsed>,
}

impl Keys {
    pub(crate) fn kek(&self) -> &Zeroizing<Vec<u8>> {
        &self.kek
    }

    pub(crate) fn root<B: Backend + ?Sized>(
        &mut self,
        b: &mut B,
        version: u32,
    ) -> KmsResult<&Zeroizing<Vec<u8>>> {
        if self.root_opt(b, version)?.is_none() {
            return Err(KmsError::new(
                Reason::StoreDamaged,
                format!("root key v{version} is missing from {}", self.place),
            ));
        }
        Ok(&self.roots[&version])
    }

    /// A root version, or None when it is not (or no longer) in the store.
    pub(crate) fn root_opt<B: Backend + ?Sized>(
        &mut self,
        b: &mut B,
        version: u32,
    ) -> KmsResult<Option<&Zeroizing<Vec<u8>>>> {
        if !self.roots.contains_key(&version) {
            let Some(wrapped) = b.root_wrapped(version)? else {
                return Ok(None);
            };
            let root = crypto::open(&self.kek, &root_aad(version), &wrapped).ok_or_else(|| {
                KmsError::new(
                    Reason::WrongUnsealSecret,
                    format!(
                        "the unseal secret does not open the key store {}",
                        self.place
                    ),
                )
            })?;
            self.roots.insert(version, root);
        }
        Ok(self.roots.get(&version))
    }

    pub(crate) fn intermediate<B: Backend + ?Sized>(
        &mut self,
        b: &mut B,
        version: u32,
    ) -> KmsResult<Zeroizing<Vec<u8>>> {
        self.intermediate_opt(b, version)?.ok_or_else(|| {
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
    pub(crate) fn intermediate_opt<B: Backend + ?Sized>(
        &mut self,
        b: &mut B,
        version: u32,
    ) -> KmsResult<Option<Zeroizing<Vec<u8>>>> {
        if let Some(k) = self.intermediates.get(&version) {
            return Ok(Some(k.clone()));
        }
        // The row and the root are read one after the other, not in one snapshot: a root
        // rotation may re-wrap the row and delete its old root in between. Reading the row
        // again then finds it under the new root.
        let mut seen = None;
        for _ in 0..PIN_ATTEMPTS {
            let Some((wrapped, root_version)) = b.intermediate_row(version)? else {
                return Ok(None);
            };
            let aad = intermediate_aad(&self.tenant, version);
            let tenant = self.tenant.clone();
            let place = self.place.clone();
            let Some(root) = self.root_opt(b, root_version)? else {
                if seen == Some(root_version) {
                    // Read twice, and its root is still not there: not a rotation.
                    return Err(KmsError::new(
                        Reason::StoreDamaged,
                        format!(
                            "intermediate key v{version} of tenant {tenant} is wrapped under root key v{root_version}, which {place} does not have",
                        ),
                    )
                    .with_help("the store's tiers come from different backups or stores: restore them from one backup"));
                }
                seen = Some(root_version);
                continue;
            };
            let key = crypto::open(root, &aad, &wrapped).ok_or_else(|| {
                KmsError::new(
                    Reason::StoreDamaged,
                    format!(
                        "intermediate key v{version} of tenant {tenant} does not open: the store is damaged",
                    ),
                )
            })?;
            self.intermediates.insert(version, key.clone());
            return Ok(Some(key));
        }
        Err(busy_rotating())
    }

    /// The tenant's newest intermediate must open under this store's root with this tenant's
    /// name: a tenant copied from another tenant or another store does not. `damaged` makes
    /// the error naming the tenant's storage.
    pub(crate) fn check_tenant<B: Backend + ?Sized>(
        &mut self,
        b: &mut B,
        damaged: impl Fn(&str) -> KmsError,
    ) -> KmsResult<()> {
        for _ in 0..PIN_ATTEMPTS {
            let newest = match b.newest_intermediate() {
                Ok(Some(v)) => v,
                Ok(None) | Err(_) => return Err(damaged("has no intermediate key")),
            };
            match self.intermediate_opt(b, newest) {
                Ok(Some(_)) => return Ok(()),
                // An intermediate rotation replaced it after we read which is newest.
                Ok(None) => continue,
                Err(e) if e.reason == Reason::StoreDamaged => return Err(damaged(
                    "does not open under this store's keys (it belongs to another tenant or store)",
                )),
                Err(e) => return Err(e),
            }
        }
        Err(busy_rotating())
    }

    /// Open each of `tenant`'s intermediates `rows` (version, wrapped, root version): each
    /// must open under a root this store has. With `rewrap` (the new root version and key),
    /// returns those not under it re-wrapped under it: (version, wrapped).
    pub(crate) fn open_intermediates<B: Backend + ?Sized>(
        &mut self,
        b: &mut B,
        tenant: &str,
        rows: Vec<(u32, Vec<u8>, u32)>,
        rewrap: Option<(u32, &[u8])>,
        damaged: impl Fn(&str) -> KmsError,
    ) -> KmsResult<Vec<(u32, Vec<u8>)>> {
        if rows.is_empty() {
            return Err(damaged("has no intermediate key"));
        }
        let mut out = Vec::new();
        for (version, wrapped, rv) in rows {
            let aad = intermediate_aad(tenant, version);
            let Some(root) = self.root_opt(b, rv)? else {
                return Err(damaged(&format!(
                    "refers to root key v{rv}, which the store's root tier does not have (was one of them restored from another backup?)"
                )));
            };
            let key = crypto::open(root, &aad, &wrapped).ok_or_else(|| {
                damaged(&format!(
                    "holds an intermediate key (v{version}) that does not open under this store's keys"
                ))
            })?;
            if let Some((next, fresh)) = rewrap {
                if rv != next {
                    out.push((version, crypto::seal(fresh, &aad, &key)?));
                }
            }
        }
        Ok(out)
    }

    /// A new intermediate key (version 1) of this tenant, wrapped under root `root_version`.
    pub(crate) fn first_intermediate<B: Backend + ?Sized>(
        &mut self,
        b: &mut B,
        root_version: u32,
    ) -> KmsResult<Vec<u8>> {
        let intermediate = crypto::random(32)?;
        let aad = intermediate_aad(&self.tenant, 1);
        crypto::seal(self.root(b, root_version)?, &aad, &intermediate)
    }
}

/// Create a store (refusing an existing one).
pub fn init(location: impl Into<Location>, unseal: &Unseal, now: i64) -> KmsResult<InitReport> {
    match location.into() {
        Location::Sqlite(path) => sqlite::init(&path, unseal, now),
        Location::Postgres(pg) => postgres::init(&pg, unseal, now),
    }
}

/// An open, unsealed store with one tenant attached.
pub struct Store {
    b: Box<dyn Backend>,
    k: Keys,
    tenant_exists: bool,
    /// The key version the last operation used or made (for the audit trail).
    touched: Option<u32>,
    /// Called when an operation has its key material (a server times store work apart from
    /// the crypto that follows).
    on_material: Option<Box<dyn FnMut() + Send>>,
}

impl Store {
    /// Open and unseal the store, attaching `tenant` (None: no tenant, for root rotation).
    /// With `create_tenant` a tenant seen for the first time gets its storage and
    /// intermediate key; otherwise it reads as empty.
    pub fn open(
        location: impl Into<Location>,
        unseal: &Unseal,
        tenant: Option<&str>,
        create_tenant: bool,
        now: i64,
    ) -> KmsResult<Store> {
        if let Some(t) = tenant {
            check_tenant(t)?;
        }
        let location = location.into();
        let tenant_name = tenant.unwrap_or(super::DEFAULT_TENANT);
        let (mut b, meta): (Box<dyn Backend>, Meta) = match &location {
            Location::Sqlite(path) => {
                let (b, meta) = sqlite::SqliteBackend::open(path, tenant_name)?;
                (Box::new(b), meta)
            }
            Location::Postgres(pg) => {
                let (b, meta) = postgres::PgBackend::open(pg, tenant_name)?;
                (Box::new(b), meta)
            }
        };
        let kek = unseal_store(&meta, unseal)?;
        let mut k = Keys {
            tenant: tenant_name.to_string(),
            place: b.place(),
            kek,
            roots: HashMap::new(),
            intermediates: HashMap::new(),
            material: HashMap::new(),
            parsed: HashMap::new(),
        };
        // Proves the unseal secret before anything else happens (a migration included).
        let newest = b
            .newest_root()?
            .ok_or_else(|| KmsError::new(Reason::NotAStore, "the store has no root key"))?;
        k.root(&mut *b, newest)?;
        b.migrate_if_needed()?;
        let tenant_exists = match tenant {
            Some(_) => b.open_tenant(&mut k, create_tenant, now)?,
            None => false,
        };
        Ok(Store {
            b,
            k,
            tenant_exists,
            touched: None,
            on_material: None,
        })
    }

    pub fn tenant(&self) -> &str {
        &self.k.tenant
    }

    /// The key version the last operation used or made, once (then None until the next).
    pub fn take_touched(&mut self) -> Option<u32> {
        self.touched.take()
    }

    #[cfg(test)]
    pub(crate) fn sqlite_statements(&mut self) -> Vec<(String, i32)> {
        self.b.statement_reprepares()
    }

    /// Read key rows through a server's shared cache (kept current by notifications).
    pub fn use_key_cache(&mut self, cache: &std::sync::Arc<postgres::KeyCache>) {
        self.b.set_key_cache(cache.clone());
    }

    fn need_tenant(&self) -> KmsResult<()> {
        if self.tenant_exists {
            Ok(())
        } else {
            Err(KmsError::new(
                Reason::UnknownKey,
                format!("tenant {} has no keys", self.k.tenant),
            ))
        }
    }

    fn unknown_key(&self, name: &str) -> KmsError {
        KmsError::new(
            Reason::UnknownKey,
            format!("no key named `{name}` in tenant {}", self.k.tenant),
        )
    }

    fn key_type_of(&mut self, name: &str) -> KmsResult<(KeyType, u32, u32)> {
        self.need_tenant()?;
        let (t, primary, min, _) = self
            .b
            .key_row(name)?
            .ok_or_else(|| self.unknown_key(name))?;
        Ok((KeyType::parse(&t)?, primary, min))
    }

    /// Pin the newest root version for this tenant, committed before the tenant may refer
    /// to it.
    fn pin_newest_root(&mut self) -> KmsResult<u32> {
        let tenant = self.k.tenant.clone();
        in_write(&mut *self.b, |b| b.pin_newest(&tenant))
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
        let tenant = self.k.tenant.clone();
        let Store { b, k, .. } = self;
        // Wrapped inside the write transaction, under the intermediate that is newest then:
        // an intermediate rotation cannot remove it before this key's row is in.
        let wrapped = in_write(&mut **b, |b| {
            let (wrapped, iv, public) = wrap_version(b, k, name, 1, key_type, &material)?;
            if !b.insert_key(name, key_type.as_str(), now)? {
                return Err(KmsError::new(
                    Reason::KeyExists,
                    format!("key `{name}` already exists in tenant {tenant}"),
                ));
            }
            b.insert_version(name, 1, &wrapped, iv, public.as_deref(), now)?;
            Ok(wrapped)
        })?;
        self.k
            .material
            .insert((name.to_string(), 1), (key_type, material, wrapped));
        self.touched = Some(1);
        self.key_info(name)
    }

    /// A new version becomes primary; older versions stay as they are.
    pub fn rotate_key(&mut self, name: &str, now: i64) -> KmsResult<KeyInfo> {
        let (key_type, _, _) = self.key_type_of(name)?;
        let material = crypto::generate(key_type)?;
        let Store { b, k, .. } = self;
        // The next version number is read inside the write transaction, so two concurrent
        // rotations produce two versions rather than one failure.
        let (next, wrapped) = in_write(&mut **b, |b| {
            let next = b.next_version(name)?.ok_or_else(|| {
                KmsError::new(
                    Reason::UnknownKey,
                    format!("`{name}` was deleted meanwhile"),
                )
            })?;
            let (wrapped, iv, public) = wrap_version(b, k, name, next, key_type, &material)?;
            b.insert_version(name, next, &wrapped, iv, public.as_deref(), now)?;
            b.set_primary(name, next)?;
            Ok((next, wrapped))
        })?;
        self.k
            .material
            .insert((name.to_string(), next), (key_type, material, wrapped));
        // The key as this rotation left it: another writer (another instance) may have
        // rotated again since the commit, and its version is not this one's answer.
        let mut info = self.key_info(name)?;
        info.primary_version = next;
        info.versions.retain(|v| v.version <= next);
        self.touched = Some(next);
        Ok(info)
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
        let state = if enabled { "enabled" } else { "disabled" };
        self.touched = Some(version);
        if self.b.set_state(name, version, state)? == 0 {
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
        self.b.set_min_decrypt(name, min)?;
        self.key_info(name)
    }

    pub fn delete_key(&mut self, name: &str) -> KmsResult<KeyInfo> {
        let info = self.key_info(name)?;
        in_write(&mut *self.b, |b| b.delete_key(name))?;
        self.k.material.retain(|(n, _), _| n != name);
        self.k.parsed.retain(|(n, _), _| n != name);
        Ok(info)
    }

    pub fn key_info(&mut self, name: &str) -> KmsResult<KeyInfo> {
        self.need_tenant()?;
        let (t, primary, min, created_at) = self
            .b
            .key_row(name)?
            .ok_or_else(|| self.unknown_key(name))?;
        let key_type = KeyType::parse(&t)?;
        let versions = self.b.versions(name)?;
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

    pub fn list_keys(&mut self) -> KmsResult<Vec<KeyInfo>> {
        if !self.tenant_exists {
            return Ok(Vec::new());
        }
        let names = self.b.key_names()?;
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
        // The key and its version's state in one read (one consistent read, and half the
        // cost of two on every operation): read every time, as another process may have
        // disabled the version; only the unwrapping is cached.
        let (t, min, version, current) = self
            .b
            .use_row(name, version)?
            .ok_or_else(|| self.unknown_key(name))?;
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
        let (state, mut wrapped, mut iv) = current.ok_or_else(no_version)?;
        usable(&state)?;
        if let Some((t, m, w)) = self.k.material.get(&(name.to_string(), version)) {
            if *w == wrapped {
                let found = (*t, version, m.clone());
                self.touched = Some(version);
                self.material_ready();
                return Ok(found);
            }
        }
        let mut seen = None;
        for attempt in 0..PIN_ATTEMPTS {
            if attempt > 0 {
                // An intermediate rotation re-wrapped the row after we read it: read it again.
                let (state, w, i) = self.b.version_row(name, version)?.ok_or_else(no_version)?;
                usable(&state)?;
                (wrapped, iv) = (w, i);
            }
            let Some(kek) = self.k.intermediate_opt(&mut *self.b, iv)? else {
                if seen == Some(iv) {
                    return Err(KmsError::new(
                        Reason::StoreDamaged,
                        format!(
                            "{name}/v{version} is wrapped under intermediate key v{iv} of tenant {}, which is missing",
                            self.k.tenant
                        ),
                    ));
                }
                seen = Some(iv);
                continue;
            };
            let material = crypto::open(
                &kek,
                &content_aad(&self.k.tenant, name, version, key_type),
                &wrapped,
            )
            .ok_or_else(|| {
                KmsError::new(
                    Reason::StoreDamaged,
                    format!("{name}/v{version} does not open: the store is damaged"),
                )
            })?;
            self.k.material.insert(
                (name.to_string(), version),
                (key_type, material.clone(), wrapped),
            );
            self.touched = Some(version);
            self.material_ready();
            return Ok((key_type, version, material));
        }
        Err(busy_rotating())
    }

    fn material_ready(&mut self) {
        if let Some(f) = self.on_material.as_mut() {
            f();
        }
    }

    /// Call `f` whenever an operation has its key material (None: stop).
    pub fn on_material(&mut self, f: Option<Box<dyn FnMut() + Send>>) {
        self.on_material = f;
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
        if let Some((m, k)) = self.k.parsed.get(&id) {
            if *m == material {
                return Ok((key_type, version, k.clone()));
            }
        }
        let pkey = crypto::private_key(&material)?;
        self.k.parsed.insert(id, (material, pkey.clone()));
        Ok((key_type, version, pkey))
    }

    /// Public keys (SubjectPublicKeyInfo DER) of every usable version, oldest first.
    pub fn public_keys(&mut self, name: &str) -> KmsResult<(KeyType, Vec<VersionedPublic>)> {
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
        Ok((key_type, self.b.public_rows(name, min)?))
    }

    /// A new intermediate key for this tenant: in one write transaction, wrapped under a
    /// pinned root, every content key re-wrapped under it, and the old intermediates removed.
    pub fn rotate_intermediate(&mut self, now: i64) -> KmsResult<u32> {
        self.need_tenant()?;
        let tenant = self.k.tenant.clone();
        let mut root_version = self.pin_newest_root()?;
        for _ in 0..PIN_ATTEMPTS {
            let Store { b, k, .. } = self;
            let done = in_write(&mut **b, |b| {
                if !b.pinned(&tenant, root_version)? {
                    return Ok(None);
                }
                let old = b.newest_intermediate()?.ok_or_else(|| {
                    KmsError::new(Reason::NotAStore, "the tenant has no intermediate key")
                })?;
                let next = old + 1;
                let fresh = crypto::random(32)?;
                let wrapped_fresh = crypto::seal(
                    k.root(b, root_version)?,
                    &intermediate_aad(&tenant, next),
                    &fresh,
                )?;
                let rows = b.all_versions()?;
                b.insert_intermediate(next, &wrapped_fresh, root_version, now)?;
                for (name, version, wrapped, iv, t) in rows {
                    let key_type = KeyType::parse(&t)?;
                    let kek = k.intermediate(b, iv)?;
                    let aad = content_aad(&tenant, &name, version, key_type);
                    let material = crypto::open(&kek, &aad, &wrapped).ok_or_else(|| {
                        KmsError::new(
                            Reason::StoreDamaged,
                            format!("{name}/v{version} does not open: the store is damaged"),
                        )
                    })?;
                    b.rewrap_version(
                        &name,
                        version,
                        &crypto::seal(&fresh, &aad, &material)?,
                        next,
                    )?;
                }
                b.delete_intermediates_except(next)?;
                Ok(Some((next, fresh)))
            })?;
            if let Some((next, fresh)) = done {
                self.k.intermediates.clear();
                self.k.intermediates.insert(next, fresh);
                return Ok(next);
            }
            root_version = self.pin_newest_root()?;
        }
        Err(busy_rotating())
    }

    /// A new root key; every tenant's intermediates are re-wrapped under it. One rotation
    /// runs at a time. An interrupted rotation leaves every key readable, and running it
    /// again completes it.
    pub fn rotate_root(&mut self, now: i64) -> KmsResult<(u32, usize)> {
        self.b.rotate_root(&mut self.k, now)
    }

    /// Append to the audit trail kept in the store, in one transaction that holds the trail
    /// while it runs (so instances sharing the store append one chain): `lines` gets the
    /// last record's line (None: the trail is empty) and returns the records to add after
    /// it, as (seq, line). Anything it or the write fails with adds nothing.
    pub fn audit_append(
        &mut self,
        lines: impl FnOnce(Option<&[u8]>) -> Result<Vec<(u64, Vec<u8>)>, String>,
    ) -> KmsResult<()> {
        in_write(self.b.as_mut(), |b| {
            let last = b.audit_last()?;
            let records = lines(last.as_deref()).map_err(|e| KmsError::new(Reason::Internal, e))?;
            for (seq, line) in &records {
                b.audit_insert(*seq, line)?;
            }
            Ok(())
        })
    }

    /// Up to `limit` records of the store's audit trail after `after`, in order.
    pub fn audit_page(&mut self, after: u64, limit: u32) -> KmsResult<Vec<(u64, Vec<u8>)>> {
        self.b.audit_page(after, limit)
    }

    /// Record a new API key (its id and hash made by the caller).
    pub fn create_api_key(&mut self, key: &ApiKey) -> KmsResult<()> {
        check_tenant(&key.tenant)?;
        let scopes = serde_json::to_string(&key.scopes)
            .map_err(|e| KmsError::new(Reason::Internal, e.to_string()))?;
        if !self.b.insert_api_key(key, &scopes)? {
            return Err(KmsError::new(
                Reason::KeyExists,
                format!("an API key with id {} exists", key.id),
            ));
        }
        Ok(())
    }

    /// Every API key, or only `tenant`'s, oldest first.
    pub fn api_keys(&mut self, tenant: Option<&str>) -> KmsResult<Vec<ApiKey>> {
        self.b.api_keys(tenant)
    }

    /// Revoke API key `id` at `now` (a key revoked before keeps its first revocation time);
    /// with `tenant`, only a key of that tenant (another tenant's key is refused and left as
    /// it is). Servers read the key on every request, so it is refused from the next one.
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
        let key = self.b.find_api_key(id)?.ok_or_else(missing)?;
        if let Some(tenant) = tenant.filter(|t| *t != key.tenant) {
            return Err(KmsError::new(
                Reason::BadRequest,
                format!("the API key `{id}` is not a key of tenant {tenant}; nothing was revoked"),
            )
            .with_help(format!(
                "list the tenant's keys with `cu kms realm api-key list --tenant {tenant}`, or leave out --tenant"
            )));
        }
        self.b.revoke_api_key(id, now)?;
        self.b.find_api_key(id)?.ok_or_else(missing)
    }
}

impl Store {
    /// Add a user to the database realm (`hash` made by the caller).
    pub fn add_realm_user(&mut self, user: &RealmUser) -> KmsResult<()> {
        check_tenant(&user.tenant)?;
        let scopes = serde_json::to_string(&user.scopes)
            .map_err(|e| KmsError::new(Reason::Internal, e.to_string()))?;
        if !self.b.insert_realm_user(user, &scopes)? {
            return Err(KmsError::new(
                Reason::KeyExists,
                format!("the database realm has a user `{}` already", user.name),
            )
            .with_help(
                "pick another name, or change the password with `cu kms realm user passwd`",
            ));
        }
        Ok(())
    }

    /// The database realm's users (or only `tenant`'s), by name.
    pub fn realm_users(&mut self, tenant: Option<&str>) -> KmsResult<Vec<RealmUser>> {
        self.b.realm_users(tenant)
    }

    fn no_realm_user(name: &str) -> KmsError {
        KmsError::new(
            Reason::BadRequest,
            format!("the database realm has no user `{name}`"),
        )
        .with_help("list the users with `cu kms realm user list`")
    }

    pub fn set_realm_password(&mut self, name: &str, hash: &str, now: i64) -> KmsResult<RealmUser> {
        if self.b.set_realm_password(name, hash, now)? == 0 {
            return Err(Store::no_realm_user(name));
        }
        self.b
            .find_realm_user(name)?
            .ok_or_else(|| Store::no_realm_user(name))
    }

    pub fn remove_realm_user(&mut self, name: &str) -> KmsResult<RealmUser> {
        let user = self
            .b
            .find_realm_user(name)?
            .ok_or_else(|| Store::no_realm_user(name))?;
        self.b.delete_realm_user(name)?;
        Ok(user)
    }
}

/// Wrap new material as `name` version `version` under the tenant's newest intermediate:
/// (wrapped, intermediate version, SPKI DER of an asymmetric key).
fn wrap_version(
    b: &mut dyn Backend,
    k: &mut Keys,
    name: &str,
    version: u32,
    key_type: KeyType,
    material: &[u8],
) -> KmsResult<(Vec<u8>, u32, Option<Vec<u8>>)> {
    let iv = b
        .newest_intermediate()?
        .ok_or_else(|| KmsError::new(Reason::NotAStore, "the tenant has no intermediate key"))?;
    let kek = k.intermediate(b, iv)?;
    let wrapped = crypto::seal(
        &kek,
        &content_aad(&k.tenant, name, version, key_type),
        material,
    )?;
    let public = if key_type.is_asymmetric() {
        Some(crypto::public_der(material)?)
    } else {
        None
    };
    Ok((wrapped, iv, public))
}

/// A server's read-only view of the store's API keys and database realm: no unsealing (only
/// hashes are read), no cache, so a revocation or removal counts from the next lookup.
pub struct ApiKeyLookup {
    location: Location,
    inner: std::sync::Mutex<Option<Box<dyn Backend>>>,
}

impl ApiKeyLookup {
    pub fn open(location: impl Into<Location>) -> KmsResult<ApiKeyLookup> {
        let location = location.into();
        let b = ApiKeyLookup::connect(&location)?;
        Ok(ApiKeyLookup {
            location,
            inner: std::sync::Mutex::new(Some(b)),
        })
    }

    fn connect(location: &Location) -> KmsResult<Box<dyn Backend>> {
        Ok(match location {
            Location::Sqlite(path) => Box::new(sqlite::SqliteBackend::open_api_keys(path)?),
            Location::Postgres(pg) => Box::new(postgres::PgBackend::open_api_keys(pg)?),
        })
    }

    /// Run `f` on the connection; one that failed is dropped and made again (a database
    /// restart is survived), once per lookup.
    fn with<T>(&self, f: impl Fn(&mut dyn Backend) -> KmsResult<T>) -> KmsResult<T> {
        let mut slot = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        for attempt in 0..2 {
            if slot.is_none() {
                *slot = Some(ApiKeyLookup::connect(&self.location)?);
            }
            let Some(b) = slot.as_mut() else { continue };
            match f(&mut **b) {
                Err(e) if e.reason == Reason::Unavailable && attempt == 0 => {
                    // Closed off this thread's lock when it is a database connection.
                    let broken = slot.take();
                    drop(broken);
                }
                other => return other,
            }
        }
        Err(KmsError::new(
            Reason::Unavailable,
            "the store's database is unreachable",
        ))
    }

    /// The key with this id, if there is one.
    pub fn find(&self, id: &str) -> KmsResult<Option<ApiKey>> {
        self.with(|b| b.find_api_key(id))
    }

    /// The database realm's user of this name, if there is one.
    pub fn find_user(&self, name: &str) -> KmsResult<Option<RealmUser>> {
        self.with(|b| b.find_realm_user(name))
    }
}

/// A readiness check of the store: it opens (a PostgreSQL connection is kept and re-made
/// after a failure) and its root tier reads.
pub struct Probe {
    location: Location,
    backend: std::sync::Mutex<Option<Box<dyn Backend>>>,
}

impl Probe {
    pub fn new(location: Location) -> Probe {
        Probe {
            location,
            backend: std::sync::Mutex::new(None),
        }
    }

    pub fn check(&self) -> KmsResult<()> {
        let mut slot = self.backend.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(match &self.location {
                Location::Sqlite(path) => Box::new(sqlite::SqliteBackend::open_api_keys(path)?),
                Location::Postgres(pg) => Box::new(postgres::PgBackend::open_api_keys(pg)?),
            });
        }
        let result = match slot.as_mut() {
            Some(b) => b.newest_root().map(|_| ()),
            None => Ok(()),
        };
        if result.is_err() {
            *slot = None;
        }
        result
    }
}

/// What `migrate` did.
pub struct MigrateReport {
    pub tenants: usize,
    pub keys: usize,
    pub versions: usize,
}

fn open_backend(location: &Location) -> KmsResult<(Box<dyn Backend>, Meta)> {
    Ok(match location {
        Location::Sqlite(path) => {
            let (b, m) = sqlite::SqliteBackend::open(path, super::DEFAULT_TENANT)?;
            (Box::new(b), m)
        }
        Location::Postgres(pg) => {
            let (b, m) = postgres::PgBackend::open(pg, super::DEFAULT_TENANT)?;
            (Box::new(b), m)
        }
    })
}

/// Copy a whole store to another place (SQLite to PostgreSQL or back), sealed as it is, then
/// verify the copy: it must hold every row of the source, unchanged, and every key version
/// must open under the unseal secret. Rerunning after a failure completes the copy; a
/// destination that holds another store is refused.
pub fn migrate(
    from: &Location,
    to: &Location,
    unseal: &Unseal,
    now: i64,
) -> KmsResult<MigrateReport> {
    let (mut src, meta) = open_backend(from)?;
    // The source must open with this secret: a copy nobody can open is no copy.
    let kek = unseal_store(&meta, unseal)?;
    let snapshot = src.export()?;
    let newest = snapshot.roots.iter().map(|r| r.0).max().unwrap_or(0);
    let root = snapshot
        .roots
        .iter()
        .find(|r| r.0 == newest)
        .ok_or_else(|| KmsError::new(Reason::NotAStore, "the source has no root key"))?;
    crypto::open(&kek, &root_aad(root.0), &root.1).ok_or_else(|| {
        KmsError::new(
            Reason::WrongUnsealSecret,
            format!("the unseal secret does not open {}", from.display()),
        )
    })?;
    snapshot.check_names()?;
    let mut dst = open_empty(to)?;
    // A destination may hold an earlier, partial copy of this store, and nothing else.
    let there = dst.export()?;
    if !there.meta.is_empty() && !there.is_part_of(&snapshot) {
        return Err(sqlite::another_store(&to.display()));
    }
    dst.import(&snapshot)?;
    // Verify: what the destination holds now is the source, row for row.
    let copy = dst.export()?;
    if copy != snapshot {
        return Err(KmsError::new(
            Reason::StoreDamaged,
            format!(
                "the copy in {} differs from the source after the import",
                to.display()
            ),
        )
        .with_help("run the migration again; if it keeps differing, the destination was changed while copying"));
    }
    drop(dst);
    // And every tier opens there under the secret.
    let mut report = MigrateReport {
        tenants: snapshot.tenants.len(),
        keys: 0,
        versions: 0,
    };
    for t in &snapshot.tenants {
        let mut store = Store::open(to, unseal, Some(&t.id), false, now)?;
        for (name, key_type, ..) in &t.keys {
            let key_type = KeyType::parse(key_type)?;
            for v in t.versions.iter().filter(|v| &v.0 == name) {
                store.open_version(name, v.1, key_type)?;
                report.versions += 1;
            }
            report.keys += 1;
        }
    }
    Ok(report)
}

fn open_empty(to: &Location) -> KmsResult<Box<dyn Backend>> {
    Ok(match to {
        Location::Sqlite(path) => Box::new(sqlite::SqliteBackend::open_for_import(path)?),
        Location::Postgres(pg) => Box::new(postgres::PgBackend::open_for_import(pg)?),
    })
}

impl Store {
    /// Unwrap one version whatever its state (for verifying a copy).
    fn open_version(&mut self, name: &str, version: u32, key_type: KeyType) -> KmsResult<()> {
        let (_, wrapped, iv) = self.b.version_row(name, version)?.ok_or_else(|| {
            KmsError::new(
                Reason::StoreDamaged,
                format!("{name}/v{version} is missing"),
            )
        })?;
        let kek = self.k.intermediate(&mut *self.b, iv)?;
        crypto::open(
            &kek,
            &content_aad(&self.k.tenant, name, version, key_type),
            &wrapped,
        )
        .map(|_| ())
        .ok_or_else(|| {
            KmsError::new(
                Reason::StoreDamaged,
                format!("{name}/v{version} does not open in the copy"),
            )
        })
    }
}
