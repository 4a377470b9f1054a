//! `cu passport …` definitions.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::kms::{ConnectionArgs, StoreArgs};

#[derive(Debug, Args)]
#[command(
    after_help = "A passport is a short-lived signed statement: subject, audiences, scopes, expiry. The signature\n(Ed25519) covers the RFC 8785 canonical JSON of the payload. Keys are versions of the KMS key\n`passport.<keyring>` in the `cu kms` store (--store, --tenant, --unseal-file as in `cu kms`).\nThe kid ed25519/<tenant>/<keyring>/vN names the exact version that signed a passport.\n\nExamples:\n  cu kms init && cu passport rotate\n  P=$(cu passport issue --sub alice --aud api --scope read --ttl 15m)\n  echo \"$P\" | cu passport verify --aud api --require-scope read\n  cu passport keys > jwks.json && echo \"$P\" | cu passport verify --aud api --jwks jwks.json\n\nWith --server URL (or CU_PASSPORT_SERVER) the commands use a `cu passport serve` instead, with\n--ca and a credential (--user/--password-file, --token-file, --client-cert/--client-key); the\ntenant is the credential's and the issuer the service's:\n  cu passport issue --server https://passport:8083 --ca root.pem --user issuer --password-file pw \\\n    --sub alice --aud api"
)]
pub struct PassportArgs {
    #[command(flatten)]
    pub store: StoreArgs,

    #[command(flatten)]
    pub server: PassportServerArgs,

    /// The keyring: its key is the KMS key `passport.<keyring>`
    #[arg(long, global = true, value_name = "NAME", default_value = "default")]
    pub keyring: String,

    #[command(subcommand)]
    pub command: PassportCommand,
}

/// Client mode: the same commands against a `cu passport serve`.
#[derive(Debug, Args)]
pub struct PassportServerArgs {
    /// Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes
    #[arg(long, global = true, value_name = "URL", env = "CU_PASSPORT_SERVER")]
    pub server: Option<String>,

    #[command(flatten)]
    pub conn: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum PassportCommand {
    /// Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)
    #[command(
        after_help = "Examples:\n  cu passport issue --sub alice --aud api --scope orders:read --ttl 15m\n  cu passport issue --sub svc-7 --aud api --aud billing --nonce auto --ctx region=eu --output json\n  printf '{\"sub\":\"a\"}\\n{\"sub\":\"b\",\"scopes\":[\"read\"]}\\n' | cu passport issue --batch --aud api"
    )]
    Issue(IssueArgs),
    /// Verify passports; exit 0 with the payload, or 2 with one reason code
    #[command(
        after_help = "Reason codes: expired, not_yet_valid, bad_audience, scope_denied, bad_signature, malformed,\nunknown_kid, bad_alg, too_large. Size, algorithm and kid are checked before any signature work.\n\n--batch reads one passport (envelope or compact) per line and writes one JSON result per line,\nin order: {\"line\":N,\"ok\":true,\"kid\":…,\"payload\":{…}} or {\"line\":N,\"ok\":false,\"error\":{\"reason\",\"message\"}}.\nExit 0 when all verify, 1 when some do, 2 when none do.\n\nExamples:\n  cu passport verify --aud api --in passport.txt\n  cu passport verify --batch --aud api --jwks jwks.json < passports.jsonl"
    )]
    Verify(VerifyArgs),
    /// Print the keyring's public keys as a JWKS (current and every version not retired)
    #[command(
        after_help = "Examples:\n  cu passport keys > jwks.json\n  cu passport keys --keyring payments --server https://passport:8083 --ca root.pem --user ops --password-file ops.pw"
    )]
    Keys,
    /// Make a new current version; older versions keep verifying until retired
    #[command(
        after_help = "The first rotation of a keyring creates it (v1).\n\nExample:\n  cu passport rotate --keyring payments"
    )]
    Rotate,
    /// Retire a version: passports it signed stop verifying
    #[command(after_help = "Example:\n  cu passport retire --key-version 1")]
    Retire {
        /// The version to retire (not the current one)
        #[arg(long, value_name = "N")]
        key_version: u32,
    },
    /// Describe the keyring: algorithm, current kid, every version with its creation time, build
    #[command(after_help = "Example:\n  cu --output json passport attest")]
    Attest,
    /// Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin
    #[command(
        after_help = "The config (YAML, checked against schemas/passport-config.schema.json) names the KMS store, TLS,\nthe realm and the `passport:` settings. Keys are the store's `passport.<keyring>` keys, as for\nthe other passport commands. Routes under /v1 (OpenAPI at /v1/openapi.json); /livez, /readyz and\n/metrics on the admin listener.\n\nExit codes: 0 after a clean stop (SIGTERM, SIGINT), 2 when the config or a file it names is bad.\n\nExamples:\n  cu passport serve --config cu-passport.yaml\n  cu passport serve --config cu-passport.yaml --check-config"
    )]
    Serve(PassportServeArgs),
}

#[derive(Debug, Args)]
pub struct PassportServeArgs {
    #[command(flatten)]
    pub serve: super::kms::ServeArgs,

    /// Keep nothing but the store's keys: errors are the only log lines, and a config that asks
    /// for an audit trail, a log file or telemetry export is refused
    #[arg(long)]
    pub amnesia: bool,
}

#[derive(Debug, Args)]
pub struct IssueArgs {
    /// Subject: who the passport is about
    #[arg(long, value_name = "SUBJECT", required_unless_present = "batch")]
    pub sub: Option<String>,

    /// Audience (repeatable): who may accept the passport
    #[arg(long, value_name = "AUDIENCE", required_unless_present = "batch")]
    pub aud: Vec<String>,

    /// Scope granted (repeatable)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,

    /// Lifetime from now, e.g. 15m, 1h
    #[arg(long, value_name = "DURATION", default_value = "1h")]
    pub ttl: String,

    /// The longest TTL this issuer allows
    #[arg(
        long,
        value_name = "DURATION",
        env = "CU_PASSPORT_MAX_TTL",
        default_value = "24h"
    )]
    pub max_ttl: String,

    /// Not valid before: +5m, RFC 3339, or Unix seconds
    #[arg(long, value_name = "TIME")]
    pub nbf: Option<String>,

    /// A nonce: `auto` for 128 random bits, or a value of your own
    #[arg(long, value_name = "auto|VALUE")]
    pub nonce: Option<String>,

    /// Context claim NAME=VALUE (repeatable; VALUE is JSON when it parses as JSON)
    #[arg(long, value_name = "NAME=VALUE")]
    pub ctx: Vec<String>,

    /// Issuer
    #[arg(long, value_name = "ISSUER", default_value = "cu")]
    pub iss: String,

    /// Issue one passport per JSON Lines request ({"sub","aud","scopes","ttl","nbf","nonce","ctx"};
    /// the flags give the defaults). All lines are issued, or none: one bad request fails the run
    #[arg(long)]
    pub batch: bool,

    /// The requests for --batch; `-` is standard input
    #[arg(
        long = "in",
        value_name = "FILE",
        default_value = "-",
        requires = "batch"
    )]
    pub input: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The passport (envelope or compact), or JSON Lines with --batch; `-` is standard input
    #[arg(long = "in", value_name = "FILE", default_value = "-")]
    pub input: PathBuf,

    /// Accepted audience (repeatable; the passport must name one of them)
    #[arg(long, value_name = "AUDIENCE")]
    pub aud: Vec<String>,

    /// Accept any audience (the audience check is on unless this is given)
    #[arg(long, conflicts_with = "aud")]
    pub no_audience_check: bool,

    /// A scope the passport must carry (repeatable)
    #[arg(long, value_name = "SCOPE")]
    pub require_scope: Vec<String>,

    /// Clock skew allowed on exp, nbf and iat
    #[arg(long, value_name = "DURATION", default_value = "120s")]
    pub skew: String,

    /// Verify with the keys of this JWKS file instead of the store
    #[arg(long, value_name = "FILE")]
    pub jwks: Option<PathBuf>,

    /// JSON Lines in (one passport per line), one JSON result per line out
    #[arg(long)]
    pub batch: bool,

    /// Refuse passports larger than this many bytes (too_large)
    #[arg(long, value_name = "BYTES", default_value_t = crate::passport::token::DEFAULT_MAX_SIZE)]
    pub max_size: usize,
}
