//! `cu jose …`: dispatch and the helpers its commands share.

mod jwe;
mod jwk;
mod jws;
mod jwt;

use std::path::Path;

use crate::cli::jose::{GuardArgs, JoseArgs, JoseCommand, KeyArgs, OutArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::jose::jwk as domain_jwk;
use crate::jose::keyset::KeySet;
use crate::jose::{JoseError, Limits, Policy};
use crate::output::{Ctx, Report};

pub fn run(args: JoseArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match args.command {
        JoseCommand::Jwk(a) => jwk::run(a.0.command, ctx),
        JoseCommand::Jws(a) => jws::run(a.0.command, ctx),
        JoseCommand::Jwt(a) => jwt::run(a.0.command, ctx),
        JoseCommand::Jwe(a) => jwe::run(a.0.command, ctx),
    }
}

fn password(path: Option<&Path>) -> CuResult<Option<zeroize::Zeroizing<Vec<u8>>>> {
    path.map(io::read_secret).transpose()
}

/// Load a key file in any supported encoding.
fn load_key_file(path: &Path, password_file: Option<&Path>) -> CuResult<KeySet> {
    let bytes = io::read_key(path)?;
    let password = password(password_file)?;
    KeySet::parse(&bytes, password.as_deref().map(|p| &p[..])).map_err(|e| in_file(e, path))
}

/// Load the verification keys named by --key, --jwks or --secret-file.
fn load_keys(args: &KeyArgs) -> CuResult<KeySet> {
    if let Some(path) = &args.secret_file {
        let secret = io::read_secret(path)?;
        return Ok(KeySet::single(domain_jwk::oct_from_secret(&secret)?));
    }
    let path = args
        .key
        .as_deref()
        .or(args.jwks.as_deref())
        .ok_or_else(|| {
            CuError::usage(
                "no key given",
                "pass --key FILE, --jwks FILE or --secret-file FILE",
            )
        })?;
    load_key_file(path, args.password_file.as_deref())
}

/// An untrusted token, read no further than --max-size allows (see `io::read_token`).
fn read_token(path: &Path, max_size: usize) -> CuResult<zeroize::Zeroizing<Vec<u8>>> {
    io::read_token(
        path,
        max_size,
        "raise the limit with --max-size if this input is expected",
    )
}

/// `read_token` for text.
fn read_token_text(path: &Path, max_size: usize) -> CuResult<String> {
    let bytes = read_token(path, max_size)?;
    String::from_utf8(bytes.to_vec()).map_err(|_| {
        CuError::usage(
            format!("{} is not UTF-8 text", io::display(path)),
            "tokens are text; check the file",
        )
    })
}

fn in_file(mut e: JoseError, path: &Path) -> CuError {
    e.message = format!("{}: {}", io::display(path), e.message);
    CuError::Jose(e)
}

fn limits(guard: &GuardArgs) -> Limits {
    Limits {
        max_token_bytes: guard.max_size,
        ..Limits::default()
    }
}

fn policy(guard: &GuardArgs) -> Policy {
    Policy {
        allow_header_keys: guard.allow_header_keys,
    }
}

/// Write the result to --out, or hand it back for stdout. Returns what stdout gets (nothing
/// when a file was written) and the path written.
fn deliver(
    out: &OutArgs,
    bytes: Vec<u8>,
    secret: bool,
    ctx: &Ctx,
) -> CuResult<(Vec<u8>, Option<String>)> {
    match &out.out {
        Some(path) => {
            io::write_file(path, &bytes, secret, out.force)?;
            if !ctx.quiet && !ctx.json() {
                eprintln!("wrote {}", path.display());
            }
            Ok((Vec::new(), Some(path.display().to_string())))
        }
        None => Ok((bytes, None)),
    }
}
