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
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("cu-kms")
        .build()
        .map_err(|e| CuError::usage(format!("cannot start the runtime: {e}"), "retry"))?;
    runtime.block_on(api::run(prepared, |public, admin| {
        ctx.event(
            &format!("cu kms: serving https://{public}/service/api/v1 (admin http://{admin})"),
            &json!({"listening": {"public": format!("https://{public}"), "admin": format!("http://{admin}")}}),
        );
    }))?;
    Ok(Simple::boxed(Vec::new(), json!({"stopped": true})))
}

pub fn realm(args: RealmArgs, store: &StoreArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match args.command {
        RealmCommand::ApiKey(a) => super::api_key::run(a.command, store, ctx),
        RealmCommand::User(a) => super::realm_user::run(a.command, store, ctx),
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
