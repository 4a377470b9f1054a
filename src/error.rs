//! Error kinds, miette diagnostics and the exit-code table (the only place exit codes live).

use std::path::PathBuf;

use miette::Diagnostic;
use thiserror::Error;

use crate::identity::IdentityError;
use crate::jose::JoseError;
use crate::kms::KmsError;
use crate::passport::PassportError;
use crate::pki::PkiError;
use crate::server::ServerError;

/// Defines a domain's error type: a stable reason (the domain's `Reason` enum with `as_str`
/// and `default_help`), what was wrong, and an optional help that overrides the reason's.
/// Its miette code is `cu::<domain>::<reason>`. One definition for every domain.
#[macro_export]
macro_rules! domain_error {
    ($(#[$doc:meta])* $name:ident, $reason:ty, $domain:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name {
            pub reason: $reason,
            pub message: String,
            pub help: Option<String>,
            /// Structured detail for `--output json` (`error.details`), e.g. every rule a
            /// certificate path broke.
            pub details: Option<Box<serde_json::Value>>,
        }

        impl $name {
            pub fn new(reason: $reason, message: impl Into<String>) -> $name {
                $name {
                    reason,
                    message: message.into(),
                    help: None,
                    details: None,
                }
            }

            pub fn with_help(mut self, help: impl Into<String>) -> $name {
                self.help = Some(help.into());
                self
            }

            pub fn with_details(mut self, details: serde_json::Value) -> $name {
                self.details = Some(Box::new(details));
                self
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.message)
            }
        }

        impl std::error::Error for $name {}

        impl miette::Diagnostic for $name {
            fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
                Some(Box::new(format!(concat!("cu::", $domain, "::{}"), self.reason.as_str())))
            }

            fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
                Some(Box::new(
                    self.help
                        .clone()
                        .unwrap_or_else(|| self.reason.default_help().to_string()),
                ))
            }
        }
    };
}

/// Everything succeeded.
pub const EXIT_SUCCESS: u8 = 0;
/// Partial: some items of a batch (or steps of a demo) failed while others succeeded.
pub const EXIT_PARTIAL: u8 = 1;
/// Failure: bad input, usage error, failed verification, I/O error, nothing succeeded.
pub const EXIT_FAILURE: u8 = 2;

/// The exit-code table, as printed in `cu --help` and the man page.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  everything succeeded
  1  partial: some items of a batch (or steps of a demo) failed while others succeeded
  2  failure: bad input, usage error, failed verification, I/O error";

/// How a finished command went; mapped to an exit code in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Success,
    Partial,
    Failure,
}

impl Status {
    /// The status of a batch: success when every item passed, failure when none did.
    pub fn of_batch(passed: usize, total: usize) -> Status {
        if passed == total {
            Status::Success
        } else if passed == 0 {
            Status::Failure
        } else {
            Status::Partial
        }
    }

    pub fn exit_code(self) -> u8 {
        match self {
            Status::Success => EXIT_SUCCESS,
            Status::Partial => EXIT_PARTIAL,
            Status::Failure => EXIT_FAILURE,
        }
    }
}

/// The top-level error: every domain error plus the failures of the command layer itself.
#[derive(Debug, Error, Diagnostic)]
pub enum CuError {
    #[error(transparent)]
    #[diagnostic(transparent)]
    Jose(#[from] JoseError),

    #[error(transparent)]
    #[diagnostic(transparent)]
    Pki(#[from] PkiError),

    #[error(transparent)]
    #[diagnostic(transparent)]
    Kms(#[from] KmsError),

    #[error(transparent)]
    #[diagnostic(transparent)]
    Passport(#[from] PassportError),

    #[error(transparent)]
    #[diagnostic(transparent)]
    Server(#[from] ServerError),

    #[error(transparent)]
    #[diagnostic(transparent)]
    Identity(#[from] IdentityError),

    #[error("{message}")]
    #[diagnostic(code(cu::usage))]
    Usage {
        message: String,
        #[help]
        help: Option<String>,
    },

    #[error("cannot read {}", display_path(path))]
    #[diagnostic(
        code(cu::io::read),
        help("check that the file exists and is readable, or pass `-` to read standard input")
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// An input over the size cu accepts for it; nothing was processed.
    #[error("{} is larger than {}: nothing was processed", display_path(path), size(*limit))]
    #[diagnostic(code(cu::io::too_large))]
    TooLarge {
        path: PathBuf,
        limit: u64,
        #[help]
        help: String,
    },

    #[error("cannot write {}", display_out(path))]
    #[diagnostic(
        code(cu::io::write),
        help(
            "check the directory exists and is writable; use --force to replace an existing file"
        )
    )]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Standard output is closed, full or failing: the result did not reach it.
    #[error("cannot write standard output; the result is incomplete or lost")]
    #[diagnostic(
        code(cu::io::stdout),
        help("check where standard output goes (closed with `>&-`, a full disk or /dev/full); write to a file with --out or redirect it")
    )]
    Stdout {
        #[source]
        source: std::io::Error,
    },
}

/// A size for messages: `256 MiB`, `8 KiB` or `1000 bytes`.
pub fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes % (1 << 10) == 0 {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

/// `-` as an output is standard output.
fn display_out(path: &std::path::Path) -> String {
    if path.as_os_str() == "-" {
        "standard output".to_string()
    } else {
        path.display().to_string()
    }
}

fn display_path(path: &std::path::Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

impl CuError {
    pub fn usage(message: impl Into<String>, help: impl Into<String>) -> CuError {
        CuError::Usage {
            message: message.into(),
            help: Some(help.into()),
        }
    }

    /// Stdout's reader went away (`cu … | head -c1`): not worth a message, and not a failure
    /// of cu's (exit 0, as for text output).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CuError::Stdout { source } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// Every error is a failure; partial results are reported through `Status`, not errors.
    pub fn exit_code(&self) -> u8 {
        EXIT_FAILURE
    }

    /// The stable machine-readable code, e.g. `cu::jose::expired`.
    pub fn code(&self) -> String {
        Diagnostic::code(self)
            .map(|c| c.to_string())
            .unwrap_or_else(|| "cu::error".to_string())
    }

    /// The short reason for verification failures (`expired`, `bad_signature`, …), if any.
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            CuError::Jose(e) => Some(e.reason.as_str()),
            CuError::Pki(e) => Some(e.reason.as_str()),
            CuError::Kms(e) => Some(e.reason.as_str()),
            CuError::Passport(e) => Some(e.reason.as_str()),
            CuError::Server(e) => Some(e.reason.as_str()),
            CuError::Identity(e) => Some(e.reason.as_str()),
            CuError::TooLarge { .. } => Some("too_large"),
            _ => None,
        }
    }

    /// Structured detail of a domain error, for `error.details` in JSON.
    pub fn details(&self) -> Option<&serde_json::Value> {
        match self {
            CuError::Jose(e) => e.details.as_deref(),
            CuError::Pki(e) => e.details.as_deref(),
            CuError::Kms(e) => e.details.as_deref(),
            CuError::Passport(e) => e.details.as_deref(),
            CuError::Server(e) => e.details.as_deref(),
            CuError::Identity(e) => e.details.as_deref(),
            _ => None,
        }
    }

    pub fn help_text(&self) -> Option<String> {
        Diagnostic::help(self).map(|h| h.to_string())
    }

    /// The message with its chain of causes, for JSON output where there is no renderer.
    pub fn full_message(&self) -> String {
        let mut message = self.to_string();
        let mut source = std::error::Error::source(self);
        while let Some(cause) = source {
            let text = cause.to_string();
            if !message.contains(&text) {
                message.push_str(": ");
                message.push_str(&text);
            }
            source = cause.source();
        }
        message
    }
}

pub type CuResult<T> = Result<T, CuError>;
