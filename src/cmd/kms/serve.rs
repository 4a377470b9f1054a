//! `cu kms serve`, `cu kms realm hash-password` (and dispatch of `cu kms realm api-key`).

use std::path::PathBuf;

use serde_json::json;

use crate::cli::kms::{RealmArgs, RealmCommand, ServeArgs, StoreArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::kms::http::api::{self, KmsServerConfig};
use crate::output::{Ctx, Report, Simple};
use crate::server::auth::realm;
use crate::server::config;

/// --config, else ./cu-kms.yaml, $XDG_CONFIG_HOME/cu/kms.yaml, /etc/cu/kms.yaml.
fn config_path(explicit: Option<&std::path::Path>) -> CuResult<PathBuf> {
    let mut candidates = vec![PathBuf::from("cu-kms.yaml")];
    if let Some(dir) = super::home_dir("XDG_CONFIG_HOME", ".config") {
        candidates.push(dir.join("cu/kms.yaml"));
    }
    candidates.push(PathBuf::from("/etc/cu/kms.yaml"));
    config::find(explicit, &candidates).ok_or_else(|| {
        CuError::usage(
            "no server config: none of ./cu-kms.yaml, $XDG_CONFIG_HOME/cu/kms.yaml, /etc/cu/kms.yaml exists",
            "pass --config FILE (the schema is schemas/kms-config.schema.json)",
        )
    })
}

pub fn serve(args: ServeArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let file = config_path(args.config.as_deref())?;
    let config = KmsServerConfig::load(&file)?;
    let prepared = api::prepare(config, &file)?;
    if prepared.realm_is_demo {
        ctx.warn("the realm allows plaintext passwords (demo: true); never use it in production");
    }
    if args.check_config {
        return Ok(Simple::boxed(
            format!("{}: OK\n", file.display()),
            json!({"config": file.display().to_string(), "ok": true}),
        ));
    }
    on_runtime(ctx, "kms", api::API_PREFIX, |listening| {
        api::run(prepared, listening)
    })
}

/// Where a server says it listens (its public and admin addresses).
pub(crate) type Listening<'a> = Box<dyn FnOnce(std::net::SocketAddr, std::net::SocketAddr) + 'a>;

/// Run a server (`run`, given what announces where it listens) on a runtime of its own
/// until it stops: `cu APP: serving https://ADDR/PATH (admin http://ADDR)` on stderr, and
/// `{"listening": {public, admin}}` as JSON.
pub(crate) fn on_runtime<'a, Fut>(
    ctx: &'a Ctx,
    app: &'static str,
    path: &'static str,
    run: impl FnOnce(Listening<'a>) -> Fut,
) -> CuResult<Box<dyn Report>>
where
    Fut: std::future::Future<Output = crate::server::ServerResult<()>>,
{
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name(format!("cu-{app}"))
        .build()
        .map_err(|e| CuError::usage(format!("cannot start the runtime: {e}"), "retry"))?;
    let listening: Listening<'a> = Box::new(move |public, admin| {
        ctx.event(
            &format!("cu {app}: serving https://{public}{path} (admin http://{admin})"),
            &json!({"listening": {"public": format!("https://{public}"), "admin": format!("http://{admin}")}}),
        );
    });
    runtime.block_on(run(listening))?;
    Ok(Simple::boxed(Vec::new(), json!({"stopped": true})))
}

pub fn realm(args: RealmArgs, store: &StoreArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match args.command {
        RealmCommand::ApiKey(a) => super::api_key::run(a.0.command, store, ctx),
        RealmCommand::User(a) => super::realm_user::run(a.0.command, store, ctx),
        RealmCommand::HashPassword {
            password_file,
            iterations,
        } => {
            let password = io::read_secret(&password_file)?;
            if password.is_empty() {
                return Err(CuError::usage(
                    "the password is empty",
                    "pass the password on standard input or in --password-file",
                ));
            }
            let hash = realm::hash_password(&password, iterations)?;
            Ok(Simple::boxed(format!("{hash}\n"), json!({"hash": hash})))
        }
    }
}
