//! `cu kms …`: dispatch, where the store and unseal secret are found, and opening the store.

mod api_key;
mod audit;
pub(crate) use audit::record_admin;
mod batch;
mod key;
mod ops;
mod realm_user;
pub(crate) mod serve;

use std::path::{Path, PathBuf};

use serde_json::json;
use zeroize::Zeroizing;

use crate::cli::kms::{KmsArgs, KmsCommand, ServerArgs, StoreArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::kms::backend::Kms;
use crate::kms::store::{self, Location, Store, Unseal};
use crate::kms::{KmsError, Reason};
use crate::output::{Ctx, Report, Simple};

pub fn run(args: KmsArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let store_args = &args.store;
    match args.command {
        KmsCommand::Init => init(store_args, ctx),
        KmsCommand::Migrate(crate::cli::kms::MigrateArgs {
            from,
            to,
            from_password_file,
            to_password_file,
        }) => migrate(
            store_args,
            (&from, from_password_file.as_deref()),
            (&to, to_password_file.as_deref()),
            ctx,
        ),
        KmsCommand::RotateRoot => {
            let mut store = open_store(store_args, None, false, ctx)?;
            let (version, tenants) = store.rotate_root(unix(ctx))?;
            Ok(Simple::boxed(
                format!("root key is now v{version}; re-wrapped the intermediates of {tenants} tenant(s)\n"),
                json!({"root_version": version, "tenants": tenants}),
            ))
        }
        KmsCommand::RotateIntermediate => {
            let mut store = open_store(store_args, tenant(store_args), false, ctx)?;
            let version = store.rotate_intermediate(unix(ctx))?;
            Ok(Simple::boxed(
                format!(
                    "tenant {}: intermediate key is now v{version}; every key re-wrapped\n",
                    store.tenant()
                ),
                json!({"tenant": store.tenant(), "intermediate_version": version}),
            ))
        }
        KmsCommand::Key(a) => key::run(a.0.command, store_args, &args.server, ctx),
        KmsCommand::Serve(a) => serve::serve(a, ctx),
        KmsCommand::Realm(a) => serve::realm(*a.0, store_args, ctx),
        KmsCommand::Audit(a) => audit::run(a.0.command, store_args, ctx),
        other => ops::run(other, store_args, &args.server, ctx),
    }
}

/// The real clock, for demo orchestration (commands take the clock from `ctx`).
pub(crate) fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

pub(crate) fn unix(ctx: &Ctx) -> i64 {
    ctx.now
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

pub(crate) fn home_dir(var: &str, fallback: &str) -> Option<PathBuf> {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => Some(PathBuf::from(v)),
        _ => std::env::var_os("HOME").map(|h| PathBuf::from(h).join(fallback)),
    }
}

/// --store, else $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db.
fn store_path(args: &StoreArgs) -> CuResult<PathBuf> {
    if let Some(p) = &args.store {
        return Ok(p.clone());
    }
    if let Some(p) = std::env::var_os("CU_KMS_STORE").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    home_dir("XDG_DATA_HOME", ".local/share")
        .map(|d| d.join("cu/kms.db"))
        .ok_or_else(|| {
            CuError::usage(
                "cannot find a place for the key store",
                "pass --store PATH or set CU_KMS_STORE",
            )
        })
}

/// A place named on the command line, with its PostgreSQL password (a file, else pgpass).
pub(crate) fn location_of(
    place: &std::path::Path,
    password_file: Option<&std::path::Path>,
    ctx: &Ctx,
) -> CuResult<Location> {
    let location = Location::parse(place)?;
    let Location::Postgres(pg) = &location else {
        if password_file.is_some() {
            return Err(CuError::usage(
                format!(
                    "{} is a SQLite file; a password file is for a postgres:// store",
                    place.display()
                ),
                "drop the password file",
            ));
        }
        return Ok(location);
    };
    let password = match password_file {
        Some(f) => Some(password_from_file(f)?),
        None => pgpass_password(pg, Some(ctx))?,
    };
    Ok(location.with_password(password))
}

fn migrate(
    args: &StoreArgs,
    from: (&std::path::Path, Option<&std::path::Path>),
    to: (&std::path::Path, Option<&std::path::Path>),
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    if args.store.is_some() {
        return Err(CuError::usage(
            "migrate copies --from one store --to another; --store names neither",
            "drop --store",
        ));
    }
    let source = location_of(from.0, from.1, ctx)?;
    let destination = location_of(to.0, to.1, ctx)?;
    let unseal = read_unseal(args, ctx)?;
    let report = store::migrate(&source, &destination, &unseal, unix(ctx))?;
    Ok(Simple::boxed(
        format!(
            "copied {} to {}: {} tenant(s), {} key(s), {} version(s), verified\n",
            source.display(),
            destination.display(),
            report.tenants,
            report.keys,
            report.versions
        ),
        json!({
            "from": source.display(),
            "to": destination.display(),
            "tenants": report.tenants,
            "keys": report.keys,
            "versions": report.versions,
            "verified": true,
        }),
    ))
}

/// Where the store is, with the PostgreSQL password from --store-password-file, else the
/// matching line of $PGPASSFILE (or ~/.pgpass), as libpq finds it.
pub(crate) fn store_location(args: &StoreArgs, ctx: &Ctx) -> CuResult<Location> {
    location_of(&store_path(args)?, args.store_password_file.as_deref(), ctx)
}

/// A password file: its text, without a trailing newline (`read_secret` drops one).
pub(crate) fn password_from_file(f: &std::path::Path) -> CuResult<Zeroizing<String>> {
    let secret = io::read_secret(f)?;
    let text = std::str::from_utf8(&secret).map_err(|_| {
        CuError::usage(
            format!("{} is not UTF-8 text", f.display()),
            "put the database password alone in the file",
        )
    })?;
    Ok(Zeroizing::new(text.to_string()))
}

pub(crate) fn pgpass_password(
    pg: &crate::kms::store::postgres::PgLocation,
    ctx: Option<&Ctx>,
) -> CuResult<Option<Zeroizing<String>>> {
    let file = match std::env::var_os("PGPASSFILE").filter(|v| !v.is_empty()) {
        Some(f) => PathBuf::from(f),
        None => match std::env::var_os("HOME") {
            Some(h) => PathBuf::from(h).join(".pgpass"),
            None => return Ok(None),
        },
    };
    if !file.exists() {
        return Ok(None);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(&file) {
            if meta.permissions().mode() & 0o077 != 0 {
                // libpq ignores such a file too.
                let warn = format!(
                    "{} can be read by other users, so it is not used; `chmod 600` it",
                    file.display()
                );
                if let Some(ctx) = ctx {
                    ctx.warn(&warn);
                }
                return Ok(None);
            }
        }
    }
    let text = io::read_secret(&file)?;
    Ok(pg.pgpass_lookup(&String::from_utf8_lossy(&text)))
}

fn default_unseal_path() -> CuResult<PathBuf> {
    home_dir("XDG_CONFIG_HOME", ".config")
        .map(|d| d.join("cu/unseal.key"))
        .ok_or_else(|| CuError::usage("cannot find the unseal file", "pass --unseal-file FILE"))
}

pub(crate) fn tenant(args: &StoreArgs) -> Option<&str> {
    Some(args.tenant.as_deref().unwrap_or(crate::kms::DEFAULT_TENANT))
}

fn read_unseal(args: &StoreArgs, ctx: &Ctx) -> CuResult<Unseal> {
    if let Some(p) = &args.passphrase_file {
        return Ok(Unseal::Passphrase(io::read_secret(p)?));
    }
    let path = match &args.unseal_file {
        Some(p) => p.clone(),
        None => default_unseal_path()?,
    };
    if !path.exists() {
        return Err(KmsError::new(
            Reason::WrongUnsealSecret,
            format!("the unseal file {} does not exist", path.display()),
        )
        .with_help("pass the --unseal-file the store was made with, or --passphrase-file for a passphrase store")
        .into());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(&path) {
            if meta.permissions().mode() & 0o077 != 0 {
                ctx.warn(&format!(
                    "{} can be read by other users; `chmod 600` it",
                    path.display()
                ));
            }
        }
    }
    Ok(Unseal::Secret(Zeroizing::new(
        io::read_limited(
            &path,
            io::MAX_SECRET_BYTES,
            "an unseal file holds a short secret; check that this is the right file",
        )?
        .to_vec(),
    )))
}

/// The local store, or with --server a `cu kms serve`.
pub(crate) fn open_kms(
    args: &StoreArgs,
    server: &ServerArgs,
    create_tenant: bool,
    ctx: &Ctx,
) -> CuResult<Box<dyn Kms>> {
    let Some(url) = &server.server else {
        return Ok(Box::new(open_store(
            args,
            tenant(args),
            create_tenant,
            ctx,
        )?));
    };
    if args.store.is_some() || args.unseal_file.is_some() || args.passphrase_file.is_some() {
        return Err(CuError::usage(
            "--server talks to a remote store; --store, --unseal-file and --passphrase-file are for a local one",
            "drop one or the other",
        ));
    }
    if args.tenant.is_some() {
        return Err(CuError::usage(
            "with --server the tenant comes from the credential, not from --tenant",
            "drop --tenant",
        ));
    }
    let remote = crate::kms::client::RemoteKms::connect(connection(url, &server.conn)?)?;
    Ok(Box::new(remote))
}

/// The connection to the server at `url`, with the CA and the credential the flags name
/// (secrets read from files, never from the command line).
pub(crate) fn connection(
    url: &str,
    conn: &crate::cli::kms::ConnectionArgs,
) -> CuResult<crate::kms::client::Connection> {
    let ca = conn.ca.as_ref().ok_or_else(|| {
        CuError::usage(
            "--server needs --ca FILE: the CA the server's certificate chains to",
            "pass the CA certificate (PEM), e.g. --ca ca/root.pem",
        )
    })?;
    let password = match &conn.password_file {
        Some(p) => Some(io::read_secret(p)?),
        None if conn.user.is_some() => {
            return Err(CuError::usage(
                "--user needs --password-file FILE (or - for standard input)",
                "passwords are never taken from the command line",
            ))
        }
        None => None,
    };
    let client_identity = match (&conn.client_cert, &conn.client_key) {
        (Some(cert), Some(key)) => Some((io::read_input(cert)?.to_vec(), io::read_secret(key)?)),
        _ => None,
    };
    Ok(crate::kms::client::Connection {
        url: url.to_string(),
        ca_pem: io::read_input(ca)?.to_vec(),
        user: conn.user.clone(),
        password,
        token: conn
            .token_file
            .as_deref()
            .map(io::read_secret)
            .transpose()?,
        client_identity,
    })
}

pub(crate) fn open_store(
    args: &StoreArgs,
    tenant: Option<&str>,
    create_tenant: bool,
    ctx: &Ctx,
) -> CuResult<Store> {
    let location = store_location(args, ctx)?;
    let unseal = read_unseal(args, ctx)?;
    Ok(Store::open(
        location,
        &unseal,
        tenant,
        create_tenant,
        unix(ctx),
    )?)
}

fn init(args: &StoreArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let location = store_location(args, ctx)?;
    if let Some(t) = &args.tenant {
        crate::kms::check_tenant(t)?;
    }
    let mut created_unseal = None;
    let unseal = if args.passphrase_file.is_some() || args.unseal_file.is_some() {
        read_unseal(args, ctx)?
    } else {
        let unseal_path = default_unseal_path()?;
        if !unseal_path.exists() {
            if let Some(dir) = unseal_path.parent() {
                create_private_dir(dir)?;
            }
            let secret = crate::kms::crypto::random(32)?;
            io::write_file(&unseal_path, &secret, true, false)?;
            created_unseal = Some(unseal_path.clone());
        }
        read_unseal(args, ctx)?
    };
    if let Location::Sqlite(path) = &location {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
    }
    let report = store::init(location, &unseal, unix(ctx))?;
    let mut text = format!(
        "created key store {} (unsealed by a {})\n",
        report.path.display(),
        report.unseal
    );
    if let Some(p) = &created_unseal {
        text.push_str(&format!("created unseal secret {} (mode 0600): back it up; without it the store cannot be opened\n", p.display()));
    }
    Ok(Simple::boxed(
        text,
        json!({
            "store": report.path.display().to_string(),
            "unseal": report.unseal,
            "unseal_file_created": created_unseal.map(|p| p.display().to_string()),
            "root_version": report.root_version,
        }),
    ))
}

fn create_private_dir(dir: &Path) -> CuResult<()> {
    if dir.exists() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|source| CuError::Write {
        path: dir.to_path_buf(),
        source,
    })
}
