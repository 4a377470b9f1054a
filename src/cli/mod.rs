//! Command-line definitions (clap derive only; no logic).

pub mod demo;
pub mod identity;
pub mod jose;
pub mod kms;
pub mod passport;
pub mod pki;

use clap::{Parser, Subcommand};

use crate::error::EXIT_CODES_HELP;
use crate::output::Format;

#[derive(Debug, Parser)]
#[command(
    name = "cu",
    version,
    about = "A cryptography toolkit for the command line: JOSE, PKI, KMS, passports",
    long_about = "A cryptography toolkit for the command line.\n\nResults go to stdout, so they pipe; diagnostics and progress go to stderr. Inputs take a file path or `-` for standard input. Secrets are read from files or standard input, never from arguments.",
    after_help = EXIT_CODES_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Args)]
pub struct GlobalArgs {
    /// Output format: text for people and pipes, json for one stable document
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    pub output: Format,

    /// Never use color (also honoured: NO_COLOR, CI=true)
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Print no warnings or notes on stderr (errors still print)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)
    ///
    /// -v shows what cu does (client requests with their request ids), -vv more detail, -vvv
    /// everything, the libraries' own included. CU_LOG=debug, or CU_LOG=cu=debug,rustls=info,
    /// chooses by level and module, and overrides -v.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Fix the clock (RFC 3339), for reproducible tests
    #[arg(long, global = true, hide = true, value_name = "RFC3339")]
    pub now: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)
    Jose(Box<jose::JoseArgs>),

    /// CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12
    Pki(Box<pki::PkiArgs>),

    /// A local key store: versioned keys under a three-tier hierarchy, and their operations
    Kms(Box<kms::KmsArgs>),

    /// Ed25519 passports: issue, verify (one or a batch), JWKS, rotate, retire, attest
    Passport(Box<passport::PassportArgs>),

    /// An OAuth 2.1 authorization server: serve, clients, tokens
    Identity(Box<identity::IdentityArgs>),

    /// One command from nothing to running, verified servers: KMS, identity, or both
    Demo(Box<demo::DemoArgs>),

    /// Print a shell completion script
    #[command(
        after_help = "Example:\n  cu completions bash > ~/.local/share/bash-completion/completions/cu"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}
