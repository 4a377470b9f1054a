//! `cu demo …` definitions.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DemoKind {
    /// The KMS alone (file realm)
    Kms,
    /// The identity server alone
    Identity,
    /// Both, integrated: the KMS trusts the identity server's tokens
    All,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Steps: demo CA and certificates; configs and realm (a fresh tenant per run); servers started as\nchild processes (8081 KMS, 8082 identity; a port another program holds is swapped for a free one,\none held by a cu server left from an earlier demo stops the demo); seed users, an OAuth client, keys\nof every type, passports; verify each over HTTPS (a revoked token refused at once); summary with\nthe console URL first, credentials and a sample access token. Then it serves until Ctrl-C (or stops\nafter the summary with --check); a server that dies is reported and the demo exits 2.\n\nExit codes: 0 all steps passed, 1 some passed, 2 none passed, start-up failed, a server died, or a\nstale cu server holds a demo port (stop it or use --port-offset).\n\nWith --postgres the KMS store and the identity state live in PostgreSQL (the identity server's\nsigning keys stay in a SQLite store of their own in the data directory); --kms-instances N starts\nN KMS servers on that one store. Each server writes its log and its audit trail into the data\ndirectory (the KMS's in the store too); the last step checks every trail with `cu kms audit\nverify`. --otlp-endpoint sends every server's traces to a collector.\n\nExamples:\n  cu demo all\n  cu demo all --check --ephemeral --output json\n  cu demo all --postgres --kms-instances 3\n  cu demo all --otlp-endpoint http://127.0.0.1:4318"
)]
pub struct DemoArgs {
    /// What to run
    #[arg(value_enum)]
    pub kind: DemoKind,

    /// Stop after the summary instead of serving (CI and tests)
    #[arg(long)]
    pub check: bool,

    /// Use a temporary data directory, removed at the end
    #[arg(long, conflicts_with_all = ["data_dir", "reset_demo"])]
    pub ephemeral: bool,

    /// Where demo data lives and is reused (default: $XDG_DATA_HOME/cu/demo)
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Wipe the data directory first
    #[arg(long)]
    pub reset_demo: bool,

    /// Stop at the first failing step
    #[arg(long)]
    pub fail_fast: bool,

    /// Add this to the default ports (8081, 8082, 9090, 9091)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub port_offset: u16,

    /// Keep the key store and the identity state in PostgreSQL: at URL
    /// (postgres://USER@HOST:PORT/DB, password from --postgres-password-file or $PGPASSFILE),
    /// or without one in a throwaway cluster (Debian's initdb, a free port, a temporary
    /// directory removed on exit)
    #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = "")]
    pub postgres: Option<String>,

    /// File holding the password of --postgres URL
    #[arg(long, value_name = "FILE", requires = "postgres")]
    pub postgres_password_file: Option<PathBuf>,

    /// KMS servers to start on the one PostgreSQL store (needs --postgres); the checks then
    /// cross them: a key made on one is used and rotated on another, old data decrypted on a
    /// third
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=8))]
    pub kms_instances: u16,

    /// Send every server's traces to this OTLP/HTTP collector (http://HOST:4318)
    #[arg(long, value_name = "URL")]
    pub otlp_endpoint: Option<String>,

    /// How long to wait for each server's /readyz
    #[arg(long, value_name = "DURATION", default_value = "30s")]
    pub ready_timeout: String,
}
