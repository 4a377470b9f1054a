//! `cu kms realm api-key create|list|revoke`: API keys for `cu kms serve`, in the key store.

use std::path::PathBuf;

use serde_json::{json, Value};

use crate::cli::kms::{ApiKeyCommand, StoreArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::kms::store::ApiKey;
use crate::output::{Ctx, Report, Simple};
use crate::server::auth::api_key;

pub fn run(command: ApiKeyCommand, store_args: &StoreArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let now = super::unix(ctx);
    match command {
        ApiKeyCommand::Create {
            name,
            scope,
            expires,
            secret_out,
        } => {
            let tenant = store_args.tenant.clone().ok_or_else(|| {
                CuError::usage(
                    "an API key belongs to one tenant",
                    "pass --tenant UUID (the tenant whose keys it may use)",
                )
            })?;
            crate::kms::check_principal_tenant(&tenant)?;
            if name.is_empty() || name.len() > 64 || name.chars().any(char::is_control) {
                return Err(CuError::usage(
                    "--name must be 1 to 64 characters without control characters",
                    "name the key after who uses it, e.g. --name ci-deploy",
                ));
            }
            if let Some(bad) = scope.iter().find(|s| !api_key::is_scope(s)) {
                return Err(CuError::usage(
                    format!("`{bad}` is not a scope"),
                    "write scopes as in a realm file, e.g. kms:encrypt or kms:key:orders:*",
                ));
            }
            let mut scopes = scope;
            scopes.sort();
            scopes.dedup();
            let expires_at = expires.as_deref().map(|w| expiry(w, now)).transpose()?;
            let mut store = super::open_store(store_args, None, false, ctx)?;
            let new = api_key::generate()?;
            let record = ApiKey {
                id: new.id.clone(),
                name,
                tenant,
                scopes,
                created_at: now,
                expires_at,
                revoked_at: None,
                hash: new.hash,
            };
            store.create_api_key(&record)?;
            super::audit::record_admin(&mut store, "api_key_create", &record.tenant, &record.id)?;
            created(&record, &new.text, secret_out)
        }
        ApiKeyCommand::List => {
            let mut store = super::open_store(store_args, None, false, ctx)?;
            let keys = store.api_keys(store_args.tenant.as_deref())?;
            let mut text = String::new();
            for k in &keys {
                text.push_str(&format!("{}\n", line(k, now)));
            }
            if keys.is_empty() {
                text.push_str("no API keys\n");
            }
            let list: Vec<Value> = keys.iter().map(|k| info(k, now)).collect();
            Ok(Simple::boxed(text, json!({ "api_keys": list })))
        }
        ApiKeyCommand::Revoke { id } => {
            let mut store = super::open_store(store_args, None, false, ctx)?;
            let key = store.revoke_api_key(&id, store_args.tenant.as_deref(), now)?;
            super::audit::record_admin(&mut store, "api_key_revoke", &key.tenant, &key.id)?;
            Ok(Simple::boxed(
                format!(
                    "revoked API key {} ({}, tenant {})\n",
                    key.id, key.name, key.tenant
                ),
                json!({ "revoked": info(&key, now) }),
            ))
        }
    }
}

/// `--expires`: a duration from now (`90d`) or an RFC 3339 time, in the future.
fn expiry(when: &str, now: i64) -> CuResult<i64> {
    let at = match humantime::parse_duration(when) {
        Ok(d) => now.saturating_add(i64::try_from(d.as_secs()).unwrap_or(i64::MAX)),
        Err(_) => time::OffsetDateTime::parse(when, &time::format_description::well_known::Rfc3339)
            .map(|t| t.unix_timestamp())
            .map_err(|_| {
                CuError::usage(
                    format!("--expires `{when}` is neither a duration nor an RFC 3339 time"),
                    "write it like 90d, 12h or 2027-01-31T00:00:00Z",
                )
            })?,
    };
    if at <= now {
        return Err(CuError::usage(
            format!("--expires `{when}` is not in the future"),
            "give a later time or a positive duration",
        ));
    }
    Ok(at)
}

fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(crate::pki::inspect::rfc3339)
        .unwrap_or_else(|_| unix.to_string())
}

fn state(k: &ApiKey, now: i64) -> &'static str {
    if k.revoked_at.is_some() {
        "revoked"
    } else if k.expires_at.is_some_and(|at| now >= at) {
        "expired"
    } else {
        "active"
    }
}

/// What `list` shows of a key: everything but the hash.
fn info(k: &ApiKey, now: i64) -> Value {
    json!({
        "id": k.id,
        "name": k.name,
        "tenant": k.tenant,
        "scopes": k.scopes,
        "created_at": rfc3339(k.created_at),
        "expires_at": k.expires_at.map(rfc3339),
        "revoked_at": k.revoked_at.map(rfc3339),
        "state": state(k, now),
    })
}

fn line(k: &ApiKey, now: i64) -> String {
    format!(
        "{}  {:<7}  {}  tenant {}  scopes {}  created {}  expires {}{}",
        k.id,
        state(k, now),
        k.name,
        k.tenant,
        k.scopes.join(","),
        rfc3339(k.created_at),
        k.expires_at.map(rfc3339).unwrap_or_else(|| "never".into()),
        k.revoked_at
            .map(|r| format!("  revoked {}", rfc3339(r)))
            .unwrap_or_default(),
    )
}

/// The key, shown this once: on standard output, or in a 0600 file.
fn created(k: &ApiKey, key: &str, out: Option<PathBuf>) -> CuResult<Box<dyn Report>> {
    let mut json = info(k, k.created_at);
    match out {
        Some(path) => {
            io::write_file(&path, format!("{key}\n").as_bytes(), true, false)?;
            json["key_file"] = json!(path.display().to_string());
            Ok(Simple::boxed(
                format!(
                    "created API key {} for tenant {}; key written to {} (0600)\n",
                    k.id,
                    k.tenant,
                    path.display()
                ),
                json,
            ))
        }
        None => {
            json["key"] = json!(key);
            Ok(Simple::boxed(format!("{key}\n"), json))
        }
    }
}
