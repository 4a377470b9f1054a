//! The one auth policy of the servers that take principals of the KMS store's tenants (the
//! KMS and the passport service): the file realm, the store's database realm and API keys,
//! bearer tokens of a federated identity server, client certificates, in the order the
//! config gives, with lockout (shared between instances on PostgreSQL) and rate limits.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::kms::store::{ApiKeyLookup, Location};
use crate::pki::tls::ClientAuth;
use crate::server::auth::bearer::{Federation, JwksVerifier};
use crate::server::auth::lockout::{Lockout, LockoutSettings};
use crate::server::auth::realm::{Realm, Source, UserDirectory};
use crate::server::auth::Authenticator;
use crate::server::config::Limits;
use crate::server::middleware::metrics::Metrics;
use crate::server::{Reason, ServerError, ServerResult};

/// The parts of a server's config the policy reads.
pub struct Settings<'a> {
    /// The Basic realm's name (`cu-kms`, `cu-passport`), also the lockout's scope.
    pub name: &'static str,
    /// The application, as instances sharing a lockout name it (`kms`, `passport`).
    pub app: &'static str,
    pub realm: &'a Path,
    pub limits: &'a Limits,
    pub lockout: &'a LockoutSettings,
    pub federation: Option<&'a Federation>,
    /// Which realms are tried (default: the file realm, then federation).
    pub auth_order: Option<&'a [String]>,
    pub client_auth: ClientAuth,
}

/// The authenticator, and what the server needs besides.
pub struct Built {
    pub auth: Authenticator,
    /// The identity server's keys (with `federation:`), for `/readyz` and sign-in pages.
    pub federation: Option<Arc<JwksVerifier>>,
    /// The realm allows plaintext passwords (`demo: true`).
    pub realm_is_demo: bool,
}

fn store_error(e: crate::kms::KmsError) -> ServerError {
    ServerError::new(Reason::BadConfig, format!("store: {}", e.message))
}

/// Build the policy for a server on the store at `location`.
pub fn build(
    s: &Settings<'_>,
    location: &Location,
    config_file: &Path,
    metrics: Arc<Metrics>,
) -> ServerResult<Built> {
    let realm = Realm::load(s.realm)?;
    let realm_is_demo = realm.demo;
    let lockout = Arc::new(Lockout::new(s.lockout));
    // Many instances on one database count failed sign-ins together, and share the rate.
    let instances = match location {
        Location::Postgres(pg) => Some(
            crate::server::auth::shared_lockout::start(&lockout, pg.clone(), s.app, s.lockout)
                .map_err(|e| {
                    ServerError::new(
                        Reason::Internal,
                        format!("cannot start the lockout sharing: {e}"),
                    )
                })?,
        ),
        Location::Sqlite(_) => None,
    };
    let mut auth = Authenticator::new(
        realm,
        s.name,
        Duration::from_secs(s.limits.credential_cache_seconds),
        s.limits.rate_per_second,
        s.limits.burst,
        lockout,
        metrics,
    );
    if let Some(n) = instances {
        auth.share_rate(n);
    }
    let order: Vec<String> = s
        .auth_order
        .map(<[String]>::to_vec)
        .unwrap_or_else(|| vec!["file".into(), "federation".into()]);
    let mut federation = None;
    if let Some(f) = s.federation {
        let verifier = Arc::new(JwksVerifier::new(f.clone(), config_file)?);
        if order.iter().any(|o| o == "federation") {
            auth = auth.with_tokens(verifier.clone());
        }
        federation = Some(verifier);
    } else if order == ["federation"] {
        return Err(ServerError::config(
            config_file,
            "/auth_order: federation alone needs a /federation section",
        ));
    }
    // Passwords: the realm file and the store's database realm, in the order given.
    let sources: Vec<Source> = order
        .iter()
        .filter_map(|o| match o.as_str() {
            "file" => Some(Source::File),
            "database" => Some(Source::Database),
            _ => None,
        })
        .collect();
    if sources.is_empty() {
        auth = auth.without_basic();
    } else {
        let directory: Option<Arc<dyn UserDirectory>> = if sources.contains(&Source::Database) {
            Some(Arc::new(ApiKeyLookup::open(location).map_err(store_error)?))
        } else {
            None
        };
        auth = auth.with_password_sources(sources, directory);
    }
    if order.iter().any(|o| o == "certificate") {
        if s.client_auth == ClientAuth::Off {
            return Err(ServerError::config(
                config_file,
                "/auth_order: certificate needs /tls/client_auth require or optional (and client_ca)",
            ));
        }
        auth = auth.with_certificates();
    }
    if order.iter().any(|o| o == "api_key") {
        let keys = ApiKeyLookup::open(location).map_err(store_error)?;
        auth = auth.with_api_keys(Arc::new(keys));
    }
    Ok(Built {
        auth,
        federation,
        realm_is_demo,
    })
}
