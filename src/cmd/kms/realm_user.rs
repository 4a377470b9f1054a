//! `cu kms realm user add|list|remove|passwd`: the database realm, in the key store.

use serde_json::{json, Value};

use crate::cli::kms::{StoreArgs, UserCommand};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::kms::store::RealmUser;
use crate::output::{Ctx, Report, Simple};
use crate::server::auth::{api_key, realm};

pub fn run(command: UserCommand, store_args: &StoreArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let now = super::unix(ctx);
    match command {
        UserCommand::Add {
            name,
            scope,
            kind,
            password_file,
        } => {
            let tenant = store_args.tenant.clone().ok_or_else(|| {
                CuError::usage(
                    "a realm user belongs to one tenant",
                    "pass --tenant UUID (the tenant whose keys the user works with)",
                )
            })?;
            crate::kms::check_principal_tenant(&tenant)?;
            check_name(&name)?;
            if let Some(bad) = scope.iter().find(|s| !api_key::is_scope(s)) {
                return Err(CuError::usage(
                    format!("`{bad}` is not a scope"),
                    "write scopes as in a realm file, e.g. kms:encrypt or kms:key:orders:*",
                ));
            }
            let mut scopes = scope;
            scopes.sort();
            scopes.dedup();
            let hash = hash(&password_file)?;
            let mut store = super::open_store(store_args, None, false, ctx)?;
            let user = RealmUser {
                name,
                kind,
                tenant,
                scopes,
                created_at: now,
                updated_at: now,
                hash,
            };
            store.add_realm_user(&user)?;
            super::audit::record_admin(&mut store, "realm_user_add", &user.tenant, &user.name)?;
            Ok(Simple::boxed(
                format!(
                    "added {} (tenant {}, scopes {})\n",
                    user.name,
                    user.tenant,
                    user.scopes.join(",")
                ),
                json!({ "added": info(&user) }),
            ))
        }
        UserCommand::List => {
            let mut store = super::open_store(store_args, None, false, ctx)?;
            let users = store.realm_users(store_args.tenant.as_deref())?;
            let mut text = String::new();
            for u in &users {
                text.push_str(&format!(
                    "{}  {}  tenant {}  {}\n",
                    u.name,
                    u.kind,
                    u.tenant,
                    u.scopes.join(",")
                ));
            }
            if users.is_empty() {
                text.push_str("no users in the database realm\n");
            }
            let list: Vec<Value> = users.iter().map(info).collect();
            Ok(Simple::boxed(text, json!({ "users": list })))
        }
        UserCommand::Remove { name } => {
            let mut store = super::open_store(store_args, None, false, ctx)?;
            let user = store.remove_realm_user(&name)?;
            super::audit::record_admin(&mut store, "realm_user_remove", &user.tenant, &user.name)?;
            Ok(Simple::boxed(
                format!("removed {} (tenant {})\n", user.name, user.tenant),
                json!({ "removed": info(&user) }),
            ))
        }
        UserCommand::Passwd {
            name,
            password_file,
        } => {
            let hash = hash(&password_file)?;
            let mut store = super::open_store(store_args, None, false, ctx)?;
            let user = store.set_realm_password(&name, &hash, now)?;
            super::audit::record_admin(&mut store, "realm_user_passwd", &user.tenant, &user.name)?;
            Ok(Simple::boxed(
                format!("changed the password of {}\n", user.name),
                json!({ "changed": info(&user) }),
            ))
        }
    }
}

/// Names as HTTP Basic carries them: no `:`, no control characters.
fn check_name(name: &str) -> CuResult<()> {
    if name.is_empty()
        || name.chars().count() > 64
        || name.chars().any(|c| c.is_control() || c == ':')
    {
        return Err(CuError::usage(
            "a user name is 1 to 64 characters, without control characters or `:`",
            "pick a name such as alice or svc-orders",
        ));
    }
    Ok(())
}

/// Always at the store's iteration count: an unknown name is checked against a decoy at that
/// count, so a cheaper hash would tell known names from unknown ones by time.
fn hash(password_file: &std::path::Path) -> CuResult<String> {
    // One trailing newline is dropped; an empty password is refused.
    let password = io::read_secret(password_file)?;
    Ok(realm::hash_password(
        &password,
        crate::kms::store::PBKDF2_ITERATIONS,
    )?)
}

fn info(u: &RealmUser) -> Value {
    json!({
        "name": u.name,
        "kind": u.kind,
        "tenant": u.tenant,
        "scopes": u.scopes,
        "created_at": u.created_at,
        "updated_at": u.updated_at,
    })
}
