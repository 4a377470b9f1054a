//! The identity server's domain: OAuth clients, issued tokens and revocations in a SQLite file,
//! signing keys sealed in a `cu kms` store, and RFC 9068 JWT access tokens signed with EdDSA.
//! Never prints, exits, or reads the clock or the environment: times come in as arguments.

pub(crate) mod db;
pub mod http;
pub mod jwt;
pub mod keys;
pub mod pending;
pub mod state;

/// Why an identity operation failed; the strings are OAuth error codes where one fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    InvalidClient,
    InvalidGrant,
    InvalidRequest,
    InvalidScope,
    UnsupportedGrantType,
    UnauthorizedClient,
    InvalidToken,
    ClientExists,
    UnknownClient,
    BadState,
    /// The disk holding the state file is full; nothing was changed.
    DiskFull,
    /// The operating system failed a read or write of the state file.
    IoError,
    /// The database holding the state cannot be reached now; retry shortly.
    Unavailable,
    Internal,
}

impl Reason {
    /// Every reason (the `cu commands` catalogue lists them; `docs` checks the list is whole).
    pub const ALL: [Reason; 14] = [
        Reason::InvalidClient,
        Reason::InvalidGrant,
        Reason::InvalidRequest,
        Reason::InvalidScope,
        Reason::UnsupportedGrantType,
        Reason::UnauthorizedClient,
        Reason::InvalidToken,
        Reason::ClientExists,
        Reason::UnknownClient,
        Reason::BadState,
        Reason::DiskFull,
        Reason::IoError,
        Reason::Unavailable,
        Reason::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::InvalidClient => "invalid_client",
            Reason::InvalidGrant => "invalid_grant",
            Reason::InvalidRequest => "invalid_request",
            Reason::InvalidScope => "invalid_scope",
            Reason::UnsupportedGrantType => "unsupported_grant_type",
            Reason::UnauthorizedClient => "unauthorized_client",
            Reason::InvalidToken => "invalid_token",
            Reason::ClientExists => "client_exists",
            Reason::UnknownClient => "unknown_client",
            Reason::BadState => "bad_state",
            Reason::DiskFull => "disk_full",
            Reason::IoError => "io_error",
            Reason::Unavailable => "temporarily_unavailable",
            Reason::Internal => "internal",
        }
    }

    fn default_help(self) -> &'static str {
        match self {
            Reason::InvalidClient => "check the client id and secret (`cu identity client list`)",
            Reason::InvalidGrant => "the code, refresh token or credentials are wrong, used or expired; start the flow again",
            Reason::InvalidRequest => "see RFC 6749 §4 for the parameters of this request",
            Reason::InvalidScope => "ask only for scopes the client is allowed (`cu identity client list`)",
            Reason::UnsupportedGrantType => "use authorization_code, client_credentials or refresh_token",
            Reason::UnauthorizedClient => "this client may not use that grant type",
            Reason::InvalidToken => "get a new token",
            Reason::ClientExists => "pick another client id, or rotate its secret with `cu identity client rotate-secret`",
            Reason::UnknownClient => "`cu identity client list` shows the clients",
            Reason::BadState => "point --state at the identity server's state file (made by `cu identity client create` or the server)",
            Reason::DiskFull => "free space on the disk that holds the state file, then run the command again; the failed write was rolled back",
            Reason::IoError => "check the disk, the file's permissions and the system log; the failed write was rolled back",
            Reason::Unavailable => "the state's database is down or unreachable; retry once it is back (nothing half-done was kept)",
            Reason::Internal => "this is a bug in cu; please report it",
        }
    }
}

crate::domain_error!(
    /// An identity failure: a stable reason (an OAuth error code where one fits).
    IdentityError,
    Reason,
    "identity"
);

impl From<rusqlite::Error> for IdentityError {
    fn from(e: rusqlite::Error) -> IdentityError {
        let (code, extended) = match &e {
            rusqlite::Error::SqliteFailure(f, _) => (Some(f.code), f.extended_code),
            _ => (None, 0),
        };
        let reason = match code {
            Some(rusqlite::ErrorCode::DiskFull) => Reason::DiskFull,
            // Growing the -shm file failed: the file system is full.
            Some(rusqlite::ErrorCode::SystemIoFailure)
                if extended == crate::kms::SQLITE_IOERR_SHMSIZE =>
            {
                Reason::DiskFull
            }
            Some(rusqlite::ErrorCode::SystemIoFailure) | Some(rusqlite::ErrorCode::CannotOpen) => {
                Reason::IoError
            }
            _ => Reason::BadState,
        };
        IdentityError::new(reason, format!("identity state: {e}"))
    }
}

pub type IdentityResult<T> = Result<T, IdentityError>;
