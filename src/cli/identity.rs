//! `cu identity …` definitions.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  cu identity client create billing --tenant 7d0b6a2e-9c41-4f7e-8a55-2f3c1d9e0b4a --scope kms:encrypt --secret-out billing.secret\n  cu identity serve --config cu-identity.yaml\n  cu identity token --server https://id.example:8082 --ca ca/root.pem --client-id billing --client-secret-file billing.secret"
)]
pub struct IdentityArgs {
    /// The identity server's state: a SQLite file (PATH or sqlite:PATH) or
    /// postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else
    /// $XDG_DATA_HOME/cu/identity.db)
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub state: Option<PathBuf>,

    /// File holding the PostgreSQL password of --state (default: the matching line of
    /// $PGPASSFILE or ~/.pgpass); never in the URL
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "CU_IDENTITY_STATE_PASSWORD_FILE"
    )]
    pub state_password_file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: IdentityCommand,
}

#[derive(Debug, Subcommand)]
pub enum IdentityCommand {
    /// Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation
    #[command(
        after_help = "The config is --config, else the first of ./cu-identity.yaml, $XDG_CONFIG_HOME/cu/identity.yaml,\n/etc/cu/identity.yaml; it is checked against schemas/identity-config.schema.json first.\n\nExample:\n  cu identity serve --config cu-identity.yaml"
    )]
    Serve {
        /// The server config (YAML)
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,

        /// Check the config and exit without serving
        #[arg(long)]
        check_config: bool,
    },
    /// Register, list and re-key OAuth clients
    Client(ClientArgs),
    /// Make a new token signing key; the old one stays in the JWKS until its tokens expire
    #[command(
        after_help = "The signing keys are sealed in the `cu kms` store named by the server config's `keys`\n(the config is found as for `serve`); a running server signs with the new key at once.\n\nExample:\n  cu identity rotate-signing-key --config cu-identity.yaml"
    )]
    RotateSigningKey {
        /// The server config (YAML) naming the key store
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one
    /// store to another and verify the copy
    #[command(
        after_help = "The destination must be empty or hold an earlier copy of the same rows (rerunning is safe).\nStop the servers using the source first: rows they write during the copy are not copied.\n\nExamples:\n  cu identity migrate --from identity.db --to postgres://cu@db.example:5432/cu?sslmode=verify-full&sslrootcert=db-ca.pem --to-password-file db.pw\n  cu identity migrate --from postgres://cu@localhost/cu --to sqlite:identity-copy.db"
    )]
    Migrate(crate::cli::kms::MigrateArgs),
    /// Get an access token with client credentials and print it
    #[command(
        after_help = "Example:\n  TOKEN=$(cu identity token --server https://id.example:8082 --ca ca/root.pem --client-id billing --client-secret-file billing.secret --scope kms:encrypt)"
    )]
    Token(TokenArgs),
}

#[derive(Debug, Args)]
pub struct ClientArgs {
    /// The identity server's config: the clients of its state (with the config's
    /// state_password_file), and with `audit: {store: true}` a record of each change in its
    /// audit trail (with --state instead, changes are not recorded)
    #[arg(long, value_name = "FILE", conflicts_with = "state")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: ClientCommand,
}

#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Register a client; a confidential one gets a secret, shown once
    #[command(
        after_help = "By default a client with redirect URIs may use authorization_code and refresh_token, one\nwithout may use client_credentials (confidential clients only).\n\nExamples:\n  cu identity client create billing --tenant 7d0b6a2e-9c41-4f7e-8a55-2f3c1d9e0b4a --scope kms:encrypt --scope kms:decrypt --secret-out billing.secret\n  cu identity client create kms --tenant 7d0b6a2e-9c41-4f7e-8a55-2f3c1d9e0b4a --resource-server --secret-out kms.secret"
    )]
    Create {
        /// The client id
        id: String,

        /// The tenant (UUIDv4) its tokens act for (the tenant_id claim)
        #[arg(long, value_name = "UUID")]
        tenant: String,

        /// A public client (PKCE only, no secret)
        #[arg(long)]
        public: bool,

        /// Allowed redirect URI, matched exactly (repeatable)
        #[arg(long, value_name = "URI")]
        redirect_uri: Vec<String>,

        /// Scope the client may ask for (repeatable)
        #[arg(long, value_name = "SCOPE")]
        scope: Vec<String>,

        /// Grant type the client may use (repeatable; default: authorization_code and
        /// refresh_token with redirect URIs, else client_credentials)
        #[arg(
            long,
            value_name = "GRANT",
            value_parser = ["authorization_code", "refresh_token", "client_credentials"]
        )]
        grant_type: Vec<String>,

        /// A resource server (such as the KMS): it may introspect every client's tokens
        #[arg(long)]
        resource_server: bool,

        /// Write the secret to this file (0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        secret_out: Option<PathBuf>,
    },
    /// List the clients
    #[command(
        after_help = "Example:\n  cu --output json identity client list --state identity.db"
    )]
    List,
    /// Give a confidential client a new secret; the old one stops working at once
    #[command(
        after_help = "Example:\n  cu identity client rotate-secret billing --secret-out billing.secret"
    )]
    RotateSecret {
        id: String,

        /// Write the secret to this file (0600) instead of standard output
        #[arg(long, value_name = "FILE")]
        secret_out: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    /// The identity server (https://HOST:PORT)
    #[arg(long, value_name = "URL", env = "CU_IDENTITY_SERVER")]
    pub server: String,

    /// The CA (PEM) the server certificate must chain to
    #[arg(long, value_name = "FILE")]
    pub ca: PathBuf,

    #[arg(long, value_name = "ID")]
    pub client_id: String,

    /// File (or `-`) holding the client secret
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: PathBuf,

    /// Scope to ask for (repeatable; default: all the client may have)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,
}
