//! A local key store: an unseal secret protects the root key, the root key protects each
//! tenant's intermediate key, and intermediates protect the users' content keys. Keys are
//! versioned; ciphertexts and signatures name the version that made them. SQLite holds only
//! wrapped material. Never prints, exits, or reads the clock or the environment.

pub mod backend;
pub mod client;
pub mod crypto;
pub mod http;
pub mod ops;
pub mod store;
pub mod stream;

use openssl::hash::MessageDigest;

/// Why a KMS operation failed. The string forms are stable: scripts match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The unseal secret or passphrase does not open this store.
    WrongUnsealSecret,
    /// The file is not a cu key store, or its schema is newer than this cu.
    NotAStore,
    /// `kms init` on an existing store, or a command on a missing one.
    StoreExists,
    NoStore,
    UnknownKey,
    KeyExists,
    UnknownVersion,
    VersionDisabled,
    /// The operation does not fit the key type (sign with an AES key, …).
    WrongKeyType,
    Malformed,
    DecryptFailed,
    BadSignature,
    BadKey,
    BadRequest,
    /// A `cu kms serve` refused the credential (401), the scope (403), or was unreachable or
    /// overloaded.
    Unauthorized,
    Forbidden,
    Unavailable,
    /// The disk holding the store (or a file being written) is full; nothing was changed.
    DiskFull,
    /// The operating system failed a read or write of the store.
    IoError,
    /// A file the store records is missing, empty, belongs elsewhere, or does not open.
    StoreDamaged,
    Internal,
}

impl Reason {
    /// Every reason (the `cu commands` catalogue lists them; `docs` checks the list is whole).
    pub const ALL: [Reason; 21] = [
        Reason::WrongUnsealSecret,
        Reason::NotAStore,
        Reason::StoreExists,
        Reason::NoStore,
        Reason::UnknownKey,
        Reason::KeyExists,
        Reason::UnknownVersion,
        Reason::VersionDisabled,
        Reason::WrongKeyType,
        Reason::Malformed,
        Reason::DecryptFailed,
        Reason::BadSignature,
        Reason::BadKey,
        Reason::BadRequest,
        Reason::Unauthorized,
        Reason::Forbidden,
        Reason::Unavailable,
        Reason::DiskFull,
        Reason::IoError,
        Reason::StoreDamaged,
        Reason::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::WrongUnsealSecret => "wrong_unseal_secret",
            Reason::NotAStore => "not_a_store",
            Reason::StoreExists => "store_exists",
            Reason::NoStore => "no_store",
            Reason::UnknownKey => "unknown_key",
            Reason::KeyExists => "key_exists",
            Reason::UnknownVersion => "unknown_version",
            Reason::VersionDisabled => "version_disabled",
            Reason::WrongKeyType => "wrong_key_type",
            Reason::Malformed => "malformed",
            Reason::DecryptFailed => "decrypt_failed",
            Reason::BadSignature => "bad_signature",
            Reason::BadKey => "bad_key",
            Reason::BadRequest => "bad_request",
            Reason::Unauthorized => "unauthorized",
            Reason::Forbidden => "forbidden",
            Reason::Unavailable => "unavailable",
            Reason::DiskFull => "disk_full",
            Reason::IoError => "io_error",
            Reason::StoreDamaged => "store_damaged",
            Reason::Internal => "internal",
        }
    }

    fn default_help(self) -> &'static str {
        match self {
            Reason::WrongUnsealSecret => "pass the unseal file (--unseal-file) or passphrase (--passphrase-file) this store was initialised with",
            Reason::NotAStore => "point --store (or CU_KMS_STORE) at a store made by `cu kms init`",
            Reason::StoreExists => "use the existing store, or pick another path with --store",
            Reason::NoStore => "create one with `cu kms init`, or point --store / CU_KMS_STORE at it",
            Reason::UnknownKey => "list the keys with `cu kms key list` (keys are per tenant: check --tenant)",
            Reason::KeyExists => "pick another name, or rotate the key with `cu kms key rotate`",
            Reason::UnknownVersion => "`cu kms key show NAME` lists the versions",
            Reason::VersionDisabled => "enable it with `cu kms key enable NAME --key-version N`, or lower min_decrypt_version",
            Reason::WrongKeyType => "`cu kms key show NAME` shows the key's type and what it can do",
            Reason::Malformed => "pass the complete, unmodified output of the matching `cu kms` command",
            Reason::DecryptFailed => "the ciphertext was altered, or made under another key or tenant",
            Reason::BadSignature => "the message or signature was altered, or signed by another key",
            Reason::BadKey => "check the key file and --type",
            Reason::BadRequest => "see `cu kms --help`",
            Reason::Unauthorized => "check --user and --password-file (the server's realm file holds the credentials)",
            Reason::Forbidden => "the credential lacks the scope for this key or operation; ask for it in the realm file",
            Reason::Unavailable => "check --server and --ca, and that the server is running; retry after a moment if it is busy",
            Reason::DiskFull => "free space on the disk that holds the store, then run the command again; the failed write was rolled back and the store is as it was",
            Reason::IoError => "check the disk, the file's permissions and the system log; the failed write was rolled back",
            Reason::StoreDamaged => "do not re-initialise the store: restore the named file from a backup (the store's files belong together), then run the command again",
            Reason::Internal => "this is a bug in cu; please report it",
        }
    }
}

crate::domain_error!(
    /// A KMS failure: a stable reason, what was wrong, and what to do next.
    KmsError,
    Reason,
    "kms"
);

impl KmsError {
    pub fn malformed(message: impl Into<String>) -> KmsError {
        KmsError::new(Reason::Malformed, message)
    }
}

/// SQLite's extended code for a failure to grow the shared-memory (-shm) file.
pub(crate) const SQLITE_IOERR_SHMSIZE: i32 = 4874;

impl From<rusqlite::Error> for KmsError {
    fn from(e: rusqlite::Error) -> KmsError {
        use rusqlite::ErrorCode;
        let (code, extended) = match &e {
            rusqlite::Error::SqliteFailure(f, _) => (Some(f.code), f.extended_code),
            _ => (None, 0),
        };
        match code {
            // SQLITE_IOERR_SHMSIZE: growing the -shm file failed, which on Linux means the
            // file system is full (SQLite answers FULL only for its main writes).
            Some(ErrorCode::DiskFull) | Some(ErrorCode::SystemIoFailure)
                if code == Some(ErrorCode::DiskFull) || extended == SQLITE_IOERR_SHMSIZE =>
            {
                KmsError::new(
                Reason::DiskFull,
                format!("the disk holding the key store is full ({e})"),
            )
            }
            Some(ErrorCode::SystemIoFailure) | Some(ErrorCode::CannotOpen) => {
                KmsError::new(Reason::IoError, format!("key store: {e}"))
            }
            Some(ErrorCode::NotADatabase) => {
                KmsError::new(Reason::NotAStore, format!("key store: {e}"))
            }
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => KmsError::new(
                Reason::Unavailable,
                format!("the key store stayed busy: {e}"),
            )
            .with_help("another process held the store's write lock for longer than the busy timeout (10 s); run the command again"),
            Some(ErrorCode::DatabaseCorrupt) => {
                KmsError::new(Reason::StoreDamaged, format!("key store: {e}"))
                    .with_help("restore the store from a backup; `PRAGMA integrity_check` tells what is damaged")
            }
            _ => KmsError::new(Reason::Internal, format!("key store: {e}"))
                .with_help("check the store file and that no other program holds it locked; `PRAGMA integrity_check` tells whether it is damaged"),
        }
    }
}

impl KmsError {
    /// A failed file operation on the store's files, by what the system said.
    pub fn io(what: String, e: &std::io::Error) -> KmsError {
        let reason = if e.raw_os_error() == Some(libc::ENOSPC) {
            Reason::DiskFull
        } else {
            Reason::IoError
        };
        KmsError::new(reason, format!("{what}: {e}"))
    }
}

pub type KmsResult<T> = Result<T, KmsError>;

/// The types of content keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KeyType {
    /// AES-256-GCM: encrypt, decrypt, datakey, rewrap
    #[value(name = "aes-256-gcm")]
    Aes256Gcm,
    /// HMAC-SHA256: mac, mac-verify
    #[value(name = "hmac-sha256")]
    HmacSha256,
    /// HMAC-SHA512: mac, mac-verify
    #[value(name = "hmac-sha512")]
    HmacSha512,
    /// RSA 2048, RS256 signatures
    #[value(name = "rsa-2048")]
    Rsa2048,
    #[value(name = "rsa-3072")]
    Rsa3072,
    #[value(name = "rsa-4096")]
    Rsa4096,
    /// ECDSA P-256, ES256 signatures
    #[value(name = "ec-p256")]
    EcP256,
    /// ECDSA P-384, ES384 signatures
    #[value(name = "ec-p384")]
    EcP384,
    /// ECDH P-256: derive
    #[value(name = "ecdh-p256")]
    EcdhP256,
    /// Ed25519, EdDSA signatures
    #[value(name = "ed25519")]
    Ed25519,
}

impl KeyType {
    pub const ALL: [KeyType; 10] = [
        KeyType::Aes256Gcm,
        KeyType::HmacSha256,
        KeyType::HmacSha512,
        KeyType::Rsa2048,
        KeyType::Rsa3072,
        KeyType::Rsa4096,
        KeyType::EcP256,
        KeyType::EcP384,
        KeyType::EcdhP256,
        KeyType::Ed25519,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            KeyType::Aes256Gcm => "aes-256-gcm",
            KeyType::HmacSha256 => "hmac-sha256",
            KeyType::HmacSha512 => "hmac-sha512",
            KeyType::Rsa2048 => "rsa-2048",
            KeyType::Rsa3072 => "rsa-3072",
            KeyType::Rsa4096 => "rsa-4096",
            KeyType::EcP256 => "ec-p256",
            KeyType::EcP384 => "ec-p384",
            KeyType::EcdhP256 => "ecdh-p256",
            KeyType::Ed25519 => "ed25519",
        }
    }

    pub fn parse(s: &str) -> KmsResult<KeyType> {
        KeyType::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| {
                KmsError::new(
                    Reason::NotAStore,
                    format!("unknown key type `{s}` in the store"),
                )
            })
    }

    pub fn is_asymmetric(self) -> bool {
        !matches!(
            self,
            KeyType::Aes256Gcm | KeyType::HmacSha256 | KeyType::HmacSha512
        )
    }

    /// The JWS algorithm of a signing key.
    pub fn jws_alg(self) -> Option<&'static str> {
        match self {
            KeyType::Rsa2048 | KeyType::Rsa3072 | KeyType::Rsa4096 => Some("RS256"),
            KeyType::EcP256 => Some("ES256"),
            KeyType::EcP384 => Some("ES384"),
            KeyType::Ed25519 => Some("EdDSA"),
            _ => None,
        }
    }

    pub fn digest(self) -> MessageDigest {
        match self {
            KeyType::EcP384 => MessageDigest::sha384(),
            KeyType::HmacSha512 => MessageDigest::sha512(),
            _ => MessageDigest::sha256(),
        }
    }

    /// What the key can do, for `key show` and error messages.
    pub fn operations(self) -> &'static [&'static str] {
        match self {
            KeyType::Aes256Gcm => &["encrypt", "decrypt", "datakey", "rewrap"],
            KeyType::HmacSha256 | KeyType::HmacSha512 => &["mac", "mac-verify"],
            KeyType::EcdhP256 => &["derive"],
            _ => &["sign", "verify"],
        }
    }
}

/// Key names: what shell users and URLs can carry without quoting.
pub fn check_key_name(name: &str) -> KmsResult<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !name.starts_with('.');
    if ok {
        Ok(())
    } else {
        Err(KmsError::new(
            Reason::BadRequest,
            format!("`{name}` is not a valid key name"),
        )
        .with_help("use 1–64 letters, digits, `-`, `_` or `.`, not starting with `.`"))
    }
}

/// The tenant used when `--tenant` is not given: a fixed, well-formed UUIDv4.
pub const DEFAULT_TENANT: &str = "00000000-0000-4000-8000-000000000000";

/// The tenant that holds what the servers' audit trail needs (its checkpoint key): no realm
/// principal, API key or client may belong to it.
pub const AUDIT_TENANT: &str = "00000000-0000-4000-8000-0000000a0d17";
/// The audit trail's checkpoint signing key, in `AUDIT_TENANT`.
pub const AUDIT_KEY: &str = "audit-checkpoint";
/// The key whose HMACs stand in the trail for sensitive values, in `AUDIT_TENANT`.
pub const AUDIT_HMAC_KEY: &str = "audit-hmac";

/// A tenant a principal, API key or client may belong to: a UUIDv4, and not the audit
/// tenant (whose key signs the audit trail: nobody may use it through the API).
pub fn check_principal_tenant(id: &str) -> KmsResult<()> {
    check_tenant(id)?;
    if id == AUDIT_TENANT {
        return Err(KmsError::new(
            Reason::BadRequest,
            format!("{id} is the audit tenant, reserved for the audit trail's key"),
        )
        .with_help("give the principal a tenant of its own (any other UUIDv4)"));
    }
    Ok(())
}

/// A tenant id: a UUIDv4 in canonical lowercase form, nothing else.
pub fn check_tenant(id: &str) -> KmsResult<()> {
    let b = id.as_bytes();
    let hex = |c: u8| c.is_ascii_digit() || (b'a'..=b'f').contains(&c);
    let ok = b.len() == 36
        && b.iter().enumerate().all(|(i, &c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => hex(c),
        })
        && b[14] == b'4'
        && matches!(b[19], b'8' | b'9' | b'a' | b'b');
    if ok {
        Ok(())
    } else {
        Err(KmsError::new(
            Reason::BadRequest,
            format!("`{id}` is not a UUIDv4 tenant id"),
        )
        .with_help("write it as xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx in lowercase hex"))
    }
}

/// A new random UUIDv4.
pub fn new_tenant_id() -> KmsResult<String> {
    let mut b = crypto::random(16)?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    ))
}

/// `name/v3` → (`name`, 3).
pub fn parse_kid(kid: &str) -> KmsResult<(String, u32)> {
    let bad = || KmsError::malformed(format!("`{kid}` is not a cu kms key id (NAME/vN)"));
    let (name, version) = kid.rsplit_once("/v").ok_or_else(bad)?;
    let version: u32 = version.parse().map_err(|_| bad())?;
    check_key_name(name).map_err(|_| bad())?;
    if version == 0 {
        return Err(bad());
    }
    Ok((name.to_string(), version))
}

pub fn kid(name: &str, version: u32) -> String {
    format!("{name}/v{version}")
}
