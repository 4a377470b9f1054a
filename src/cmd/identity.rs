//! `cu identity serve|client|token`.

use std::path::PathBuf;

use serde_json::{json, Value};

use crate::cli::identity::{ClientCommand, IdentityArgs, IdentityCommand, TokenArgs};
use crate::cmd::io;
use crate::cmd::kms::{home_dir, unix};
use crate::error::{CuError, CuResult};
use crate::identity::http::api::{self, IdentityServerConfig};
use crate::identity::keys::SigningKeys;
use crate::identity::state::{ClientPolicy, NewClient, State};
use crate::identity::{IdentityError, Reason};
use crate::output::{Ctx, Report, Simple};
use crate::server::config;

pub fn run(args: IdentityArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match args.command {
        IdentityCommand::Serve {
            config,
            check_config,
        } => serve(config, check_config, ctx),
        IdentityCommand::Client(c) => match c.config {
            Some(file) => {
                let config = IdentityServerConfig::load(&file)?;
                let location = config.state_location(&file)?;
                client(c.command, &location, Some((&config, &file)), ctx)
            }
            None => {
                let location =
                    state_location(args.state, args.state_password_file.as_deref(), ctx)?;
                client(c.command, &location, None, ctx)
            }
        },
        IdentityCommand::Migrate(crate::cli::kms::MigrateArgs {
            from,
            to,
            from_password_file,
            to_password_file,
        }) => {
            if args.state.is_some() || args.state_password_file.is_some() {
                return Err(CuError::usage(
                    "migrate takes its stores from --from and --to, not --state",
                    "drop --state and --state-password-file",
                ));
            }
            let source = crate::cmd::kms::location_of(&from, from_password_file.as_deref(), ctx)?;
            let destination = crate::cmd::kms::location_of(&to, to_password_file.as_deref(), ctx)?;
            if source.display() == destination.display() {
                return Err(CuError::usage(
                    "--from and --to name the same state",
                    "copy to another file or database",
                ));
            }
            let report = crate::identity::state::migrate(&source, &destination)?;
            let total: u64 = report.iter().map(|(_, n)| n).sum();
            Ok(Simple::boxed(
                format!(
                    "copied {} to {}: {total} row(s) in {} table(s), verified\n",
                    source.display(),
                    destination.display(),
                    report.len()
                ),
                json!({
                    "from": source.display(),
                    "to": destination.display(),
                    "rows": report.iter().map(|(t, n)| (t.to_string(), json!(n))).collect::<serde_json::Map<_, _>>(),
                    "verified": true,
                }),
            ))
        }
        IdentityCommand::Token(t) => token(t),
        IdentityCommand::RotateSigningKey { config } => {
            if args.state.is_some() {
                return Err(CuError::usage(
                    "rotate-signing-key takes the key store from the server config, not --state",
                    "drop --state and pass --config FILE (the config's `keys` names the store)",
                ));
            }
            let file = find_config(config)?;
            let config = IdentityServerConfig::load(&file)?;
            let (settings, unseal) = api::key_store(&config, &file)?;
            // Store errors keep their reason (a full disk is `disk_full`, not a bad config).
            let mut keys = SigningKeys::open(
                settings.store.location(&file, "/keys/store")?,
                &unseal,
                settings.tenant(),
                &settings.key,
                unix(ctx),
            )?;
            let kid = keys.rotate(unix(ctx))?;
            Ok(Simple::boxed(
                format!("signing key is now {kid}; the previous key stays published until its tokens expire\n"),
                json!({"kid": kid, "tenant": keys.tenant(), "key": keys.key_name()}),
            ))
        }
    }
}

/// Where the state is, with the PostgreSQL password from --state-password-file, else the
/// matching line of $PGPASSFILE (or ~/.pgpass).
fn state_location(
    explicit: Option<PathBuf>,
    password_file: Option<&std::path::Path>,
    ctx: &Ctx,
) -> CuResult<crate::kms::store::Location> {
    crate::cmd::kms::location_of(&state_path(explicit)?, password_file, ctx)
}

fn state_path(explicit: Option<PathBuf>) -> CuResult<PathBuf> {
    if let Some(p) = explicit {
        return Ok(p);
    }
    if let Some(p) = std::env::var_os("CU_IDENTITY_STATE").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    home_dir("XDG_DATA_HOME", ".local/share")
        .map(|d| d.join("cu/identity.db"))
        .ok_or_else(|| {
            CuError::usage(
                "cannot find a place for the identity state",
                "pass --state PATH or set CU_IDENTITY_STATE",
            )
        })
}

/// --config, else the first of the usual places that exists.
fn find_config(explicit: Option<PathBuf>) -> CuResult<PathBuf> {
    let mut candidates = vec![PathBuf::from("cu-identity.yaml")];
    if let Some(dir) = home_dir("XDG_CONFIG_HOME", ".config") {
        candidates.push(dir.join("cu/identity.yaml"));
    }
    candidates.push(PathBuf::from("/etc/cu/identity.yaml"));
    config::find(explicit.as_deref(), &candidates).ok_or_else(|| {
        CuError::usage(
            "no server config: none of ./cu-identity.yaml, $XDG_CONFIG_HOME/cu/identity.yaml, /etc/cu/identity.yaml exists",
            "pass --config FILE (the schema is schemas/identity-config.schema.json)",
        )
    })
}

fn serve(explicit: Option<PathBuf>, check_only: bool, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let file = find_config(explicit)?;
    let config = IdentityServerConfig::load(&file)?;
    let prepared = api::prepare(config, &file)?;
    if check_only {
        return Ok(Simple::boxed(
            format!("{}: OK\n", file.display()),
            json!({"config": file.display().to_string(), "ok": true}),
        ));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("cu-identity")
        .build()
        .map_err(|e| CuError::usage(format!("cannot start the runtime: {e}"), "retry"))?;
    runtime.block_on(api::run(prepared, |public, admin| {
        ctx.event(
            &format!("cu identity: serving https://{public} (admin http://{admin})"),
            &json!({"listening": {"public": format!("https://{public}"), "admin": format!("http://{admin}")}}),
        );
    }))?;
    Ok(Simple::boxed(Vec::new(), json!({"stopped": true})))
}

fn secret_report(
    what: String,
    secret: &str,
    out: Option<PathBuf>,
    mut json: Value,
) -> CuResult<Box<dyn Report>> {
    match out {
        Some(path) => {
            io::write_file(&path, format!("{secret}\n").as_bytes(), true, false)?;
            json["secret_file"] = json!(path.display().to_string());
            Ok(Simple::boxed(
                format!("{what}; secret written to {} (0600)\n", path.display()),
                json,
            ))
        }
        None => {
            json["client_secret"] = json!(secret);
            Ok(Simple::boxed(format!("{secret}\n"), json))
        }
    }
}

/// Record a client change made here in the audit trail of the server whose config was
/// given (in its key store's table, which every server on that store chains onto). The
/// change is committed first: a record that cannot be written fails the command, saying so.
fn record_change(
    server: Option<(&IdentityServerConfig, &PathBuf)>,
    op: &str,
    tenant: &str,
    client_id: &str,
    ctx: &Ctx,
) -> CuResult<()> {
    let Some((config, file)) = server else {
        return Ok(());
    };
    let Some(audit) = &config.audit else {
        return Ok(());
    };
    if !audit.store {
        ctx.warn(&format!(
            "{op} {client_id} is not in the audit trail: its only sink is a file that the server alone writes; set audit.store: true in {} to record changes made here",
            file.display()
        ));
        return Ok(());
    }
    let (keys, unseal) = api::key_store(config, file)?;
    let mut store = crate::kms::store::Store::open(
        keys.store.location(file, "/keys/store")?,
        &unseal,
        Some(crate::kms::AUDIT_TENANT),
        true,
        unix(ctx),
    )?;
    crate::cmd::kms::record_admin(&mut store, op, tenant, client_id)
}

fn client(
    command: ClientCommand,
    location: &crate::kms::store::Location,
    server: Option<(&IdentityServerConfig, &PathBuf)>,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    let creating = matches!(command, ClientCommand::Create { .. });
    let state = State::open_at(location, creating)?;
    match command {
        ClientCommand::Create {
            id,
            tenant,
            public,
            redirect_uri,
            scope,
            grant_type,
            resource_server,
            secret_out,
        } => {
            let (info, secret) = state.create_client_with(
                NewClient {
                    client_id: id,
                    confidential: !public,
                    tenant,
                    scopes: scope,
                    redirect_uris: redirect_uri,
                },
                ClientPolicy {
                    grant_types: (!grant_type.is_empty()).then_some(grant_type),
                    resource_server,
                },
                unix(ctx),
            )?;
            record_change(server, "client_create", &info.tenant, &info.client_id, ctx)?;
            let json = json!({"client": info});
            match secret {
                Some(s) => secret_report(
                    format!("created client {}", info.client_id),
                    &s,
                    secret_out,
                    json,
                ),
                None => Ok(Simple::boxed(
                    format!(
                        "created public client {} (PKCE, no secret)\n",
                        info.client_id
                    ),
                    json,
                )),
            }
        }
        ClientCommand::List => {
            let clients = state.list_clients()?;
            let text: String = clients
                .iter()
                .map(|c| {
                    format!(
                        "{}  {}{}  tenant {}  grants: {}  scopes: {}\n",
                        c.client_id,
                        c.kind,
                        if c.resource_server {
                            ", resource server"
                        } else {
                            ""
                        },
                        c.tenant,
                        c.grant_types.join(" "),
                        c.scopes.join(" ")
                    )
                })
                .collect();
            Ok(Simple::boxed(text, json!({"clients": clients})))
        }
        ClientCommand::RotateSecret { id, secret_out } => {
            let secret = state.rotate_secret(&id)?;
            let tenant = state.client(&id)?.tenant;
            record_change(server, "client_rotate_secret", &tenant, &id, ctx)?;
            secret_report(
                format!("new secret for {id}"),
                &secret,
                secret_out,
                json!({"client_id": id}),
            )
        }
    }
}

fn token(a: TokenArgs) -> CuResult<Box<dyn Report>> {
    let secret = io::read_secret(&a.client_secret_file)?;
    let ca = io::read_input(&a.ca)?;
    let failed = |m: String| CuError::from(IdentityError::new(Reason::InvalidClient, m));
    let roots = crate::pki::pem::only_certificates(&ca, "--ca")?;
    let tls = crate::pki::tls::client_config(&roots, None)?;
    let http = reqwest::blocking::Client::builder()
        .use_preconfigured_tls((*tls).clone())
        .build()
        .map_err(|e| failed(format!("cannot set up the HTTPS client: {e}")))?;
    let mut form: Vec<(&str, String)> = vec![("grant_type", "client_credentials".into())];
    if !a.scope.is_empty() {
        form.push(("scope", a.scope.join(" ")));
    }
    let secret_text = String::from_utf8_lossy(&secret).into_owned();
    let url = format!("{}/oauth2/v1/token", a.server.trim_end_matches('/'));
    let started = std::time::Instant::now();
    let (request, ids) = crate::server::middleware::request_id::tagged(http.post(&url));
    let response = request
        .basic_auth(
            form_urlencoded::byte_serialize(a.client_id.as_bytes()).collect::<String>(),
            Some(form_urlencoded::byte_serialize(secret_text.as_bytes()).collect::<String>()),
        )
        .form(&form)
        .send()
        .map_err(|e| failed(format!("cannot reach {}: {e}", a.server)))?;
    let status = response.status();
    log::info!(
        "POST {url} → {} in {} ms (request id {})",
        status.as_u16(),
        started.elapsed().as_millis(),
        ids.request_id
    );
    let body: Value = response
        .json()
        .map_err(|e| failed(format!("the answer ({status}) is not JSON: {e}")))?;
    if !status.is_success() {
        let reason = match body["error"].as_str() {
            Some("invalid_scope") => Reason::InvalidScope,
            Some("unauthorized_client") => Reason::UnauthorizedClient,
            Some("invalid_request") => Reason::InvalidRequest,
            _ => Reason::InvalidClient,
        };
        return Err(IdentityError::new(
            reason,
            body["error_description"]
                .as_str()
                .unwrap_or("the token request failed")
                .to_string(),
        )
        .into());
    }
    let token = body["access_token"]
        .as_str()
        .ok_or_else(|| failed("the answer has no access_token".into()))?
        .to_string();
    Ok(Simple::boxed(format!("{token}\n"), body))
}
