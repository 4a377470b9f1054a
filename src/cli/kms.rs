//! `cu kms …` definitions.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::kms::KeyType;

#[derive(Debug, Args)]
#[command(
    after_help = "The store is $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db (~/.local/share/cu/kms.db).\nIt is unsealed by $XDG_CONFIG_HOME/cu/unseal.key (~/.config/cu/unseal.key, 32 random bytes made\nby `cu kms init`), by --unseal-file, or by a passphrase (--passphrase-file, PBKDF2-HMAC-SHA256, 600,000\niterations). Keys belong to a tenant (--tenant UUIDv4; a default tenant otherwise).\n\nExamples:\n  cu kms init\n  cu kms key create orders --type aes-256-gcm\n  echo 'card 4111…' | cu kms encrypt orders > secret.jwe\n  cu kms decrypt --in secret.jwe"
)]
pub struct KmsArgs {
    #[command(flatten)]
    pub store: StoreArgs,

    #[command(flatten)]
    pub server: ServerArgs,

    #[command(subcommand)]
    pub command: KmsCommand,
}

#[derive(Debug, Args)]
pub struct StoreArgs {
    /// The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB
    /// (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub store: Option<PathBuf>,

    /// File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or
    /// ~/.pgpass); never in the URL
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "CU_KMS_STORE_PASSWORD_FILE"
    )]
    pub store_password_file: Option<PathBuf>,

    /// Tenant (UUIDv4); each tenant's keys live in their own database
    #[arg(long, global = true, value_name = "UUID")]
    pub tenant: Option<String>,

    /// File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        conflicts_with = "passphrase_file"
    )]
    pub unseal_file: Option<PathBuf>,

    /// File (or `-`) holding the passphrase for a passphrase-unsealed store
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

/// Client mode: the same commands against a `cu kms serve`.
#[derive(Debug, Args)]
pub struct ServerArgs {
    /// Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store
    #[arg(long, global = true, value_name = "URL", env = "CU_KMS_SERVER")]
    pub server: Option<String>,

    #[command(flatten)]
    pub conn: ConnectionArgs,
}

/// How a client reaches a server given by --server: the CA it trusts and its credential.
#[derive(Debug, Args)]
pub struct ConnectionArgs {
    /// The CA (PEM) the server certificate must chain to; nothing else is trusted
    #[arg(long, global = true, value_name = "FILE", requires = "server")]
    pub ca: Option<PathBuf>,

    /// User or service name for HTTP Basic
    #[arg(long, global = true, value_name = "NAME", requires = "server")]
    pub user: Option<String>,

    /// File (or `-`) holding the password for --user
    #[arg(long, global = true, value_name = "FILE", requires = "user")]
    pub password_file: Option<PathBuf>,

    /// File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        requires = "server",
        conflicts_with = "user"
    )]
    pub token_file: Option<PathBuf>,

    /// Client certificate chain (PEM) for mutual TLS
    #[arg(long, global = true, value_name = "FILE", requires_all = ["server", "client_key"])]
    pub client_cert: Option<PathBuf>,

    /// Key of the client certificate
    #[arg(long, global = true, value_name = "FILE", requires = "client_cert")]
    pub client_key: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum KmsCommand {
    /// Create a key store (and the default unseal file when none is given)
    #[command(
        after_help = "Examples:\n  cu kms init\n  cu kms init --store ./kms.db --passphrase-file pass.txt"
    )]
    Init,
    /// Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it
    #[command(
        after_help = "Every row is copied as it is kept (every key stays wrapped), then the copy is read back\nand compared row for row, and every key version is opened in it under the unseal secret\n(--unseal-file or --passphrase-file, as for the source). Stop writers first. A rerun\nafter a failure completes the copy; a destination holding another store is refused.\n\nExamples:\n  cu kms migrate --from kms.db --to postgres://cu@db.internal/kms --to-password-file db.pw\n  cu kms migrate --from postgres://cu@db.internal/kms --from-password-file db.pw --to sqlite:backup.db"
    )]
    Migrate(MigrateArgs),
    /// Make a new root key and re-wrap every tenant's intermediate keys under it
    #[command(
        after_help = "Example:\n  cu kms rotate-root --store kms.db --unseal-file unseal.key"
    )]
    RotateRoot,
    /// Make a new intermediate key for the tenant and re-wrap its content keys under it
    #[command(after_help = "Example:\n  cu kms rotate-intermediate --tenant \"$TENANT\"")]
    RotateIntermediate,
    /// Create, list, inspect, rotate, enable, disable, delete and export keys
    Key(super::Lazy<KeyArgs>),
    /// Encrypt under the key's primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)
    #[command(
        after_help = "With --aad the output is a flattened JSON JWE carrying the AAD (compact JWE cannot).\nWithout --stream the input is held in memory, up to 48 MiB (and decrypt takes any ciphertext\nencrypt makes). --stream encrypts inputs of any size in 64 KiB authenticated chunks (STREAM,\nas in age).\n--batch reads JSON Lines ({\"text\": …} or {\"plaintext\": base64url}) and answers each line in order.\n\nExamples:\n  cu kms encrypt orders --in card.txt > card.jwe\n  cu kms encrypt orders --stream --in backup.tar --out backup.tar.cukms\n  cu kms decrypt --stream --in backup.tar.cukms > backup.tar"
    )]
    Encrypt(EncryptArgs),
    /// Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid
    #[command(after_help = "Example:\n  cu kms decrypt --in card.jwe")]
    Decrypt(DecryptArgs),
    /// Re-encrypt a ciphertext under the key's newest version without revealing it
    #[command(after_help = "Example:\n  cu kms rewrap orders --in old.jwe > new.jwe")]
    Rewrap(RewrapArgs),
    /// Sign with the key's primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw
    #[command(
        after_help = "--raw writes the bare signature (ECDSA in DER), as `openssl dgst -sign` does; against a local\nstore it streams the input, so any size signs (a JWS holds its payload: up to 48 MiB).\n\nExample:\n  cu kms sign releases --in app.tar.gz --raw --out app.sig"
    )]
    Sign(SignArgs),
    /// Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)
    #[command(
        after_help = "Examples:\n  cu kms verify releases --in signed.jws\n  cu kms verify releases --raw --signature app.sig --in app.tar.gz"
    )]
    Verify(VerifyArgs),
    /// Compute an HMAC tag: NAME/vN:TAG
    #[command(after_help = "Example:\n  cu kms mac webhooks --in body.json")]
    Mac(MacArgs),
    /// Check an HMAC tag made by `cu kms mac`
    #[command(after_help = "Example:\n  cu kms mac-verify webhooks --mac \"$TAG\" --in body.json")]
    MacVerify(MacVerifyArgs),
    /// Make a fresh AES-256 data key: plaintext and encrypted under the key
    #[command(after_help = "Example:\n  cu --output json kms datakey orders")]
    Datakey(DatakeyArgs),
    /// ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key
    #[command(
        after_help = "Example:\n  cu kms derive exchange --peer peer.pub.pem --info session-1"
    )]
    Derive(DeriveArgs),
    /// Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics
    #[command(
        after_help = "The config is --config, else the first of ./cu-kms.yaml, $XDG_CONFIG_HOME/cu/kms.yaml,\n/etc/cu/kms.yaml; it is checked against schemas/kms-config.schema.json before anything starts.\nSIGTERM or Ctrl-C: /readyz turns not-ready, then the server drains and stops.\n\nExamples:\n  cu kms serve --config cu-kms.yaml\n  cu kms serve --config cu-kms.yaml --check-config"
    )]
    Serve(ServeArgs),
    /// File realm tools for `cu kms serve`
    Realm(super::Lazy<RealmArgs>),
    /// Check and read the audit trail of `cu kms serve`
    Audit(super::Lazy<AuditArgs>),
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check a trail: every record chained to the one before, every checkpoint signed
    #[command(
        after_help = "The files rotated beside FILE (FILE.<first seq>) are read first, oldest first. Checkpoint\nsignatures are checked with the store's audit key (--store and its unseal secret, as for the\nserver). With --in-store the trail kept in the store's audit_trail table is checked instead.\nExit 0: intact; 2: broken, naming the first record that does not hold (a record deleted,\nedited, reordered or cut short, a forged checkpoint).\n\nExamples:\n  cu kms audit verify audit.log --store kms.db --unseal-file unseal.key\n  cu kms audit verify --in-store --store kms.db --unseal-file unseal.key\n  cu --output json kms audit verify /var/lib/cu/audit.log"
    )]
    Verify {
        /// The trail's current file
        #[arg(default_value = "audit.log")]
        file: PathBuf,
        /// The oldest files were removed: the first record may come after others
        #[arg(long)]
        continues: bool,
        /// Check the trail kept in the store (`audit.store: true`) instead of a file
        #[arg(long)]
        in_store: bool,
    },
    /// Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it
    #[command(
        after_help = "A failed sign-in's name, for one, is kept only as `user_hmac`: the HMAC-SHA256 of it under the
store's audit-hmac key. This prints that HMAC for the value on stdin (one trailing newline is
not part of it), for the store of --store.

Examples:
  printf %s alice | cu kms audit hmac --store kms.db --unseal-file unseal.key"
    )]
    Hmac,
    /// Print the records that match, one JSON object per line
    #[command(
        after_help = "Examples:\n  cu kms audit search audit.log --key orders --op decrypt\n  cu kms audit search --principal app --since 2026-12-01T00:00:00Z"
    )]
    Search {
        /// The trail's current file (rotated files beside it are read too)
        #[arg(default_value = "audit.log")]
        file: PathBuf,
        /// Read the trail kept in the store instead of a file
        #[arg(long)]
        in_store: bool,
        #[arg(long, value_name = "NAME")]
        key: Option<String>,
        #[arg(long, value_name = "NAME")]
        principal: Option<String>,
        /// The operation: encrypt, decrypt, create, rotate, console_sign_in, …
        #[arg(long, value_name = "OP")]
        op: Option<String>,
        /// Records at or after this time (RFC 3339)
        #[arg(long, value_name = "RFC3339")]
        since: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    #[command(subcommand)]
    pub command: KeyCommand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PublicFormat {
    /// A JWKS with every usable version (kid NAME/vN)
    Jwk,
    /// SubjectPublicKeyInfo PEM of one version (--key-version, default primary)
    Pem,
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Create a key (version 1)
    #[command(after_help = "Example:\n  cu kms key create orders --type aes-256-gcm")]
    Create {
        name: String,
        #[arg(long = "type", value_enum)]
        key_type: KeyType,
    },
    /// Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key
    #[command(
        after_help = "Example:\n  cu kms key import legacy --type ec-p256 --in legacy.key.pem"
    )]
    Import {
        name: String,
        #[arg(long = "type", value_enum)]
        key_type: KeyType,
        /// The key material, or `-` for standard input
        #[arg(long = "in", value_name = "FILE")]
        input: PathBuf,
    },
    /// List the tenant's keys
    #[command(
        after_help = "Examples:\n  cu kms key list\n  cu --output json kms key list --tenant \"$TENANT\""
    )]
    List,
    /// Show a key's type, versions and settings
    #[command(after_help = "Example:\n  cu kms key show orders")]
    Show { name: String },
    /// Make a new primary version; older versions keep decrypting and verifying
    #[command(after_help = "Example:\n  cu kms key rotate orders")]
    Rotate { name: String },
    /// Stop a version from being used
    #[command(after_help = "Example:\n  cu kms key disable orders --key-version 1")]
    Disable {
        name: String,
        /// The key version (as in NAME/vN)
        #[arg(long, value_name = "N")]
        key_version: u32,
    },
    /// Allow a disabled version again
    #[command(after_help = "Example:\n  cu kms key enable orders --key-version 1")]
    Enable {
        name: String,
        /// The key version (as in NAME/vN)
        #[arg(long, value_name = "N")]
        key_version: u32,
    },
    /// Settings: min_decrypt_version retires older versions for decrypt and verify
    #[command(after_help = "Example:\n  cu kms key config orders --min-decrypt-version 2")]
    Config {
        name: String,
        #[arg(long, value_name = "N")]
        min_decrypt_version: u32,
    },
    /// Delete a key and every version (all data under it becomes unreadable)
    #[command(after_help = "Example:\n  cu kms key delete scratch --force")]
    Delete {
        name: String,
        /// Confirm that the data encrypted under the key is lost
        #[arg(long)]
        force: bool,
    },
    /// The public part of an asymmetric key
    #[command(
        after_help = "Examples:\n  cu kms key public releases > releases.jwks\n  cu kms key public releases --format pem --key-version 2 > v2.pub.pem"
    )]
    Public {
        name: String,
        #[arg(long, value_enum, default_value_t = PublicFormat::Jwk)]
        format: PublicFormat,
        /// One version only (default: every usable version)
        #[arg(long, value_name = "N")]
        key_version: Option<u32>,
    },
}

#[derive(Debug, Args)]
pub struct EncryptArgs {
    pub name: String,
    /// Additional authenticated data (bound to the ciphertext, not secret)
    #[arg(long, value_name = "TEXT", conflicts_with = "stream")]
    pub aad: Option<String>,
    #[arg(long = "in", value_name = "FILE", default_value = "-")]
    pub input: PathBuf,
    /// Chunked AES-256-GCM for large inputs, in constant memory (binary output)
    #[arg(long, conflicts_with = "batch")]
    pub stream: bool,
    /// JSON Lines in ({"plaintext": base64url} or {"text": …}), JSON Lines out, in order
    #[arg(long)]
    pub batch: bool,
    /// Write the output to a file instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DecryptArgs {
    #[arg(long, value_name = "TEXT", conflicts_with = "stream")]
    pub aad: Option<String>,
    /// Decrypt a `cu kms encrypt --stream` file
    #[arg(long, conflicts_with = "batch")]
    pub stream: bool,
    /// JSON Lines in ({"ciphertext": …} or one JWE per line), JSON Lines out, in order
    #[arg(long)]
    pub batch: bool,
    #[arg(long = "in", value_name = "FILE", default_value = "-")]
    pub input: PathBuf,
    /// Write the plaintext to a file (mode 0600) instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct RewrapArgs {
    pub name: String,
    #[arg(long, value_name = "TEXT")]
    pub aad: Option<String>,
    #[arg(long = "in", value_name = "FILE", default_value = "-")]
    pub input: PathBuf,
}

#[derive(Debug, Args)]
pub struct SignArgs {
    pub name: String,
    #[arg(long = "in", value_name = "FILE", default_value = "-")]
    pub input: PathBuf,
    /// The bare signature bytes instead of a JWS
    #[arg(long, conflicts_with = "batch")]
    pub raw: bool,
    /// JSON Lines in ({"message": base64url} or {"text": …}), JSON Lines of JWS out
    #[arg(long)]
    pub batch: bool,
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    pub name: String,
    /// The JWS, or with --raw the signed message
    #[arg(long = "in", value_name = "FILE", default_value = "-")]
    pub input: PathBuf,
    /// Verify a bare signature (given with --signature) over the message in --in
    #[arg(long, requires = "signature", conflicts_with = "batch")]
    pub raw: bool,
    /// JSON Lines in ({"jws": …} or one JWS per line), JSON Lines out, in order
    #[arg(long)]
    pub batch: bool,
    #[arg(long, value_name = "FILE")]
    pub signature: Option<PathBuf>,
    /// With --raw: the key version to check (default: every usable version)
    #[arg(long, value_name = "N")]
    pub key_version: Option<u32>,
}

#[derive(Debug, Args)]
pub struct MacArgs {
    pub name: String,
    #[arg(long = "in", value_name = "FILE", default_value = "-")]
    pub input: PathBuf,
}

#[derive(Debug, Args)]
pub struct MacVerifyArgs {
    pub name: String,
    #[arg(long, value_name = "MAC")]
    pub mac: String,
    #[arg(long = "in", value_name = "FILE", default_value = "-")]
    pub input: PathBuf,
}

#[derive(Debug, Args)]
pub struct DatakeyArgs {
    pub name: String,
    /// Print only the encrypted data key
    #[arg(long)]
    pub wrapped_only: bool,
}

#[derive(Debug, Args)]
pub struct DeriveArgs {
    pub name: String,
    /// The peer's P-256 public key (PEM or DER)
    #[arg(long, value_name = "FILE")]
    pub peer: PathBuf,
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub salt: String,
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub info: String,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The server config (YAML)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Check the config (schema, store, realm, TLS files) and exit without serving
    #[arg(long)]
    pub check_config: bool,
}

#[derive(Debug, Args)]
pub struct RealmArgs {
    #[command(subcommand)]
    pub command: RealmCommand,
}

#[derive(Debug, Subcommand)]
pub enum RealmCommand {
    /// Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH
    #[command(
        after_help = "The password comes from a file or standard input (one trailing newline is dropped), never\nfrom the command line.\n\nExample:\n  printf '%s' \"$PASSWORD\" | cu kms realm hash-password"
    )]
    HashPassword {
        /// File holding the password; `-` is standard input
        #[arg(long, value_name = "FILE", default_value = "-")]
        password_file: PathBuf,

        /// PBKDF2-HMAC-SHA256 iterations
        #[arg(long, value_name = "N", default_value_t = 600_000, value_parser = clap::value_parser!(u32).range(10_000..))]
        iterations: u32,
    },
    /// Create, list and revoke API keys for `cu kms serve` (kept in the key store)
    #[command(
        after_help = "A server accepts API keys when its auth_order includes api_key; clients send\n`Authorization: Bearer cu_…` or `X-API-Key: cu_…`. The store keeps only a hash of each key.\n\nExamples:\n  cu kms realm api-key create --tenant \"$TENANT\" --name ci --scope kms:encrypt --expires 90d\n  cu kms realm api-key list\n  cu kms realm api-key revoke 3f9c0e6a1b2d4c5e"
    )]
    ApiKey(super::Lazy<ApiKeyArgs>),
    /// Add, list, remove users of the database realm and change their passwords (kept in the
    /// key store, shared by every `cu kms serve` on it)
    #[command(
        after_help = "A server checks these passwords when its auth_order includes database (realm file and\ndatabase are tried in the order given). The store keeps only a PBKDF2-HMAC-SHA256 hash\n(600,000 iterations, a 32-byte salt). Passwords come from a file or standard input, never\nfrom the command line.\n\nExamples:\n  cu kms realm user add alice --tenant \"$TENANT\" --scope kms:encrypt,kms:keys:read < alice.pw\n  cu kms realm user list\n  cu kms realm user passwd alice --password-file new.pw\n  cu kms realm user remove alice"
    )]
    User(super::Lazy<UserArgs>),
}

#[derive(Debug, Args)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user to the database realm (the tenant is --tenant, required)
    #[command(
        after_help = "Example:\n  cu kms realm user add alice --tenant \"$TENANT\" --scope kms:encrypt < alice.pw"
    )]
    Add {
        /// The user name (1 to 64 characters, no control characters or `:`)
        name: String,

        /// A scope the user has, as in a realm file (repeat or comma-separate)
        #[arg(long, value_name = "SCOPE", required = true, value_delimiter = ',')]
        scope: Vec<String>,

        /// `user` (a person) or `service` (a program)
        #[arg(long, value_name = "KIND", default_value = "user", value_parser = ["user", "service"])]
        kind: String,

        /// File holding the password; `-` is standard input
        #[arg(long, value_name = "FILE", default_value = "-")]
        password_file: PathBuf,
    },
    /// List the database realm's users (every tenant's, or --tenant's); never a hash
    #[command(
        after_help = "Example:\n  cu --output json kms realm user list --tenant \"$TENANT\""
    )]
    List,
    /// Remove a user: servers refuse the name from the next sign-in
    #[command(after_help = "Example:\n  cu kms realm user remove alice")]
    Remove { name: String },
    /// Change a user's password
    #[command(after_help = "Example:\n  cu kms realm user passwd alice --password-file new.pw")]
    Passwd {
        name: String,

        /// File holding the new password; `-` is standard input
        #[arg(long, value_name = "FILE", default_value = "-")]
        password_file: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ApiKeyArgs {
    #[command(subcommand)]
    pub command: ApiKeyCommand,
}

#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Make an API key for a tenant; the key is shown once
    #[command(
        after_help = "The tenant is --tenant (required). The key (cu_<id>_<secret>, a 256-bit secret) goes to\nstandard output or to --secret-out (mode 0600) and is never shown again; the store keeps\nonly a hash of it. --expires takes a duration from now (90d, 12h) or an RFC 3339 time.\n\nExamples:\n  cu kms realm api-key create --tenant \"$TENANT\" --name ci --scope kms:encrypt,kms:keys:read\n  cu kms realm api-key create --tenant \"$TENANT\" --name backup --scope kms:key:backup:* --expires 30d --secret-out backup.key"
    )]
    Create {
        /// A label for people reading `api-key list`
        #[arg(long, value_name = "NAME")]
        name: String,

        /// A scope the key grants, as in a realm file (repeat or comma-separate)
        #[arg(long, value_name = "SCOPE", required = true, value_delimiter = ',')]
        scope: Vec<String>,

        /// When the key stops working: a duration from now (90d) or an RFC 3339 time
        #[arg(long, value_name = "WHEN")]
        expires: Option<String>,

        /// Write the key to this file (0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        secret_out: Option<PathBuf>,
    },
    /// List API keys (every tenant's, or --tenant's); never their secrets
    #[command(
        after_help = "Examples:\n  cu kms realm api-key list\n  cu --output json kms realm api-key list --tenant \"$TENANT\""
    )]
    List,
    /// Revoke an API key: servers refuse it from their next request
    #[command(after_help = "Example:\n  cu kms realm api-key revoke 3f9c0e6a1b2d4c5e")]
    Revoke {
        /// The key's id (the part after cu_, as `api-key list` shows it)
        id: String,
    },
}

/// Where `cu kms migrate` and `cu identity migrate` copy from and to.
#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// What to copy (PATH, sqlite:PATH or postgres://…)
    #[arg(long, value_name = "PATH|URL")]
    pub from: PathBuf,
    /// Where to copy it (a new file, or an empty PostgreSQL database)
    #[arg(long, value_name = "PATH|URL")]
    pub to: PathBuf,
    /// PostgreSQL password of --from (default: $PGPASSFILE / ~/.pgpass)
    #[arg(long, value_name = "FILE")]
    pub from_password_file: Option<PathBuf>,
    /// PostgreSQL password of --to (default: $PGPASSFILE / ~/.pgpass)
    #[arg(long, value_name = "FILE")]
    pub to_password_file: Option<PathBuf>,
}
