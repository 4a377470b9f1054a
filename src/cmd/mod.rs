//! Command layer: one `run` per leaf command. Reads inputs, resolves defaults, calls the domain,
//! returns a report. Mirrors `src/cli/`.

pub mod demo;
pub mod demo_postgres;
pub mod identity;
pub mod io;
pub mod jose;
pub mod kms;
pub mod passport;
pub mod pki;
pub mod version;

use crate::cli::Command;
use crate::error::CuResult;
use crate::output::{Ctx, Report, Simple};

pub fn run(command: Command, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        Command::Jose(args) => jose::run(*args.0, ctx),
        Command::Pki(args) => pki::run(*args.0, ctx),
        Command::Kms(args) => kms::run(*args.0, ctx),
        Command::Passport(args) => passport::run(*args.0, ctx),
        Command::Identity(args) => identity::run(*args.0, ctx),
        Command::Demo(args) => demo::run(*args.0, ctx),
        Command::Version => Ok(version::report(ctx.verbose > 0)),
        Command::Commands => {
            let doc = crate::docs::catalogue();
            let mut text = String::new();
            for c in doc["commands"].as_array().into_iter().flatten() {
                if c["leaf"] == true {
                    let name = c["command"].as_str().unwrap_or_default();
                    let summary = c["summary"].as_str().unwrap_or_default();
                    text.push_str(&format!("{name:<36} {summary}\n"));
                }
            }
            Ok(Simple::boxed(text, doc))
        }
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut crate::cli::whole_tree(), "cu", &mut out);
            let script = String::from_utf8_lossy(&out).to_string();
            let json = serde_json::json!({ "shell": shell.to_string(), "script": script });
            Ok(Simple::boxed(out, json))
        }
    }
}
