//! Command-line definitions (clap derive only; no logic).

pub mod demo;
pub mod identity;
pub mod jose;
pub mod kms;
pub mod passport;
pub mod pki;

use clap::{ArgMatches, FromArgMatches, Parser, Subcommand};

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
    Jose(Lazy<jose::JoseArgs>),

    /// CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12
    Pki(Lazy<pki::PkiArgs>),

    /// A local key store: versioned keys under a three-tier hierarchy, and their operations
    Kms(Lazy<kms::KmsArgs>),

    /// Ed25519 passports: issue, verify (one or a batch), JWKS, rotate, retire, attest
    Passport(Lazy<passport::PassportArgs>),

    /// An OAuth 2.1 authorization server: serve, clients, tokens
    Identity(Lazy<identity::IdentityArgs>),

    /// One command from nothing to running, verified servers: KMS, identity, or both
    Demo(Lazy<demo::DemoArgs>),

    /// Print cu's version; with --verbose also the cryptographic libraries built in
    #[command(after_help = "Examples:\n  cu version\n  cu version --verbose --output json")]
    Version,

    /// The command line as data: every command with its flags, exit codes, reason codes, examples
    #[command(
        long_about = "The command line as data, for scripts and agents: every command with its summary, arguments and flags (type, default, env var, repeatable, required, possible values), its exit codes, the reason codes it can give and the examples of its help. Text: one command a line; --output json: one document (schemas/output/commands.json).",
        after_help = "Examples:\n  cu commands\n  cu commands --output json"
    )]
    Commands,

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

/// A command group whose arguments and subcommands clap builds only when the command line
/// enters it (`Command::defer`): one invocation builds the commands on its own path, not
/// the whole tree (which cost a tenth of `cu --version`'s start-up). What walks the whole
/// tree (completions, man pages, `cu commands`) asks for it with `whole_tree()`.
#[derive(Debug)]
pub struct Lazy<T>(pub Box<T>);

static WHOLE_TREE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The command tree that follows is built whole, at once: `help`'s own subcommand tree and
/// the generated completions then name every command.
pub fn whole_tree() -> clap::Command {
    WHOLE_TREE.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut cli = <Cli as clap::CommandFactory>::command();
    cli.build();
    cli
}

/// `T`'s arguments added to `cmd`, keeping the summary and description the parent gave it
/// (a doc comment on the variant), which a flattened struct's own doc comment would replace.
fn augment_keeping_about<T: clap::Args>(cmd: clap::Command) -> clap::Command {
    let about = cmd.get_about().cloned();
    let long_about = cmd.get_long_about().cloned();
    let cmd = T::augment_args(cmd);
    let cmd = match about {
        Some(a) => cmd.about(a),
        None => cmd,
    };
    match long_about {
        Some(a) => cmd.long_about(a),
        None => cmd,
    }
}

impl<T: clap::Args> clap::Args for Lazy<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        if WHOLE_TREE.load(std::sync::atomic::Ordering::Relaxed) {
            T::augment_args(cmd)
        } else {
            cmd.defer(augment_keeping_about::<T>)
        }
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        T::augment_args_for_update(cmd)
    }
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: FromArgMatches> FromArgMatches for Lazy<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(|t| Lazy(Box::new(t)))
    }
    fn from_arg_matches_mut(matches: &mut ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(|t| Lazy(Box::new(t)))
    }
    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
    fn update_from_arg_matches_mut(&mut self, matches: &mut ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}
