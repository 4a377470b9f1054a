//! `cu`: a cryptography toolkit for the command line.

// Input must never panic: outside unit tests, no unwrap, expect or panic (every one of the
// 105 unwrap/expect calls in src/ is in a #[cfg(test)] module).
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod audit;
pub mod cli;
mod cmd;
pub mod docs;
pub mod error;
pub mod fuzz;
pub mod hex;
pub mod identity;
pub mod jose;
pub mod kms;
pub mod limits;
pub mod output;
pub mod passport;
pub mod pki;
pub mod server;

use std::cell::Cell;
use std::ffi::OsString;
use std::process::ExitCode;
use std::time::SystemTime;

use clap::Parser;

use crate::cli::Cli;
use crate::error::{CuError, EXIT_FAILURE};
use crate::output::Ctx;

thread_local! {
    /// Set while a library call known to panic on hostile input runs under `catch_unwind`.
    static IN_GUARD: Cell<bool> = const { Cell::new(false) };
}

/// Mark the current thread as running a guarded call (see `jose::guarded`).
pub(crate) fn set_guarded(active: bool) {
    IN_GUARD.with(|g| g.set(active));
}

fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if IN_GUARD.with(|g| g.get()) {
            return; // turned into a diagnostic by the guard
        }
        eprintln!("cu hit a bug and stopped. Please report it with the command you ran.");
        default(info);
    }));
}

/// Parse, run and render; the one place that turns outcomes into exit codes.
pub fn main_with_args<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    install_panic_hook();
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let env_no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let env_ci = std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1");
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            let no_color_flag = args.iter().any(|a| a == "--no-color");
            return usage_error(e, &args, env_no_color || env_ci || no_color_flag);
        }
    };
    let format = cli.global.output;
    let color = output::color_enabled(cli.global.no_color, env_no_color, env_ci);
    let now = match cli.global.now.as_deref().map(humantime::parse_rfc3339_weak) {
        None => SystemTime::now(),
        Some(Ok(t)) => t,
        Some(Err(e)) => {
            let err = CuError::usage(
                format!("--now: {e}"),
                "use RFC 3339, e.g. 2030-01-01T00:00:00Z",
            );
            output::emit_error(format, color, &err);
            return ExitCode::from(err.exit_code());
        }
    };
    let spec = match std::env::var("CU_LOG") {
        Ok(v) if !v.trim().is_empty() => match output::LogSpec::parse(&v) {
            Ok(spec) => spec,
            Err(e) => {
                let err = CuError::usage(
                    format!("CU_LOG: {e}"),
                    "set CU_LOG to a level (CU_LOG=debug) or module=level pairs (CU_LOG=cu=debug,rustls=info), or unset it",
                );
                output::emit_error(format, color, &err);
                return ExitCode::from(err.exit_code());
            }
        },
        _ => output::LogSpec::from_verbosity(cli.global.verbose, cli.global.quiet),
    };
    output::install_log(spec, format, color);
    let ctx = Ctx {
        format,
        color,
        quiet: cli.global.quiet,
        verbose: cli.global.verbose,
        now,
    };
    match cmd::run(cli.command, &ctx) {
        Ok(report) => match output::emit(&ctx, report.as_ref()) {
            Ok(()) => ExitCode::from(report.status().exit_code()),
            Err(err) => {
                output::emit_error(format, color, &err);
                ExitCode::from(EXIT_FAILURE)
            }
        },
        // The reader of a streamed result went away (`| head -c1`): quiet, as for `emit`.
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            output::emit_error(format, color, &err);
            ExitCode::from(err.exit_code())
        }
    }
}

/// Usage errors: clap's own rendering in text mode, `{"error":…}` in JSON mode.
fn usage_error(e: clap::Error, args: &[OsString], no_color: bool) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return ExitCode::from(EXIT_FAILURE);
    }
    let wants_json = args
        .windows(2)
        .any(|w| w[0] == "--output" && w[1] == "json")
        || args.iter().any(|a| a == "--output=json");
    if wants_json {
        let message = e.render().to_string();
        let first = message
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("error: ")
            .to_string();
        let doc = serde_json::json!({ "error": { "code": "cu::usage", "message": first, "help": "run with --help for usage" } });
        eprintln!("{doc}");
    } else if no_color {
        eprint!("{}", e.render());
    } else {
        let _ = e.print();
    }
    ExitCode::from(EXIT_FAILURE)
}
