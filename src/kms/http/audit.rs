//! The audit trail's parts held in the KMS store: the Ed25519 key that signs checkpoints
//! (`audit-checkpoint` in the store's reserved audit tenant) and the `audit_trail` table as a
//! sink. The identity server, whose signing keys live in a KMS store too, uses both.

use crate::kms::store::{Location, Store, Unseal};
use crate::kms::{ops, KeyType, Reason as KmsReason, AUDIT_HMAC_KEY, AUDIT_KEY, AUDIT_TENANT};
use crate::server::http::unix_now;
use crate::server::middleware::audit::{AuditSettings, Auditor, Hasher, Lines, Signer, Table};
use crate::server::{Reason, ServerError, ServerResult};

fn open(location: &Location, unseal: &Unseal) -> ServerResult<Store> {
    Ok(Store::open(
        location,
        unseal,
        Some(AUDIT_TENANT),
        true,
        unix_now(),
    )?)
}

/// The HMAC key of sensitive values in the trail: `audit-hmac` in the audit tenant, made on
/// first use; its current version is read once and kept in memory (wiped on drop).
fn hasher(location: &Location, unseal: &Unseal) -> ServerResult<Hasher> {
    let mut store = open(location, unseal)?;
    match store.create_key(AUDIT_HMAC_KEY, KeyType::HmacSha256, None, unix_now()) {
        Ok(_) => {}
        Err(e) if e.reason == KmsReason::KeyExists => {}
        Err(e) => return Err(e.into()),
    }
    let (key_type, version, key) =
        store.material(AUDIT_HMAC_KEY, None, &[KeyType::HmacSha256], "mac")?;
    Ok(Box::new(
        move |value: &[u8]| match crate::kms::crypto::hmac(key_type, &key, value) {
            Ok(tag) => format!(
                "{AUDIT_HMAC_KEY}/v{version}:{}",
                crate::jose::b64::encode(tag)
            ),
            Err(_) => String::new(),
        },
    ))
}

/// The checkpoint signer: the audit key, made on first use.
fn signer(location: &Location, unseal: &Unseal) -> ServerResult<Signer> {
    let mut store = open(location, unseal)?;
    match store.create_key(AUDIT_KEY, KeyType::Ed25519, None, unix_now()) {
        Ok(_) => {}
        Err(e) if e.reason == KmsReason::KeyExists => {}
        Err(e) => return Err(e.into()),
    }
    Ok(Box::new(move |payload: &str| {
        let (jws, kid) =
            ops::sign(&mut store, AUDIT_KEY, payload.as_bytes(), false).map_err(|e| e.message)?;
        Ok((String::from_utf8_lossy(&jws).into_owned(), kid))
    }))
}

/// The store's `audit_trail` table, on a connection of its own (opened again after a failure:
/// a database that went away and came back is written again).
struct StoreTable {
    location: Location,
    unseal: Unseal,
    store: Option<Store>,
}

impl Table for StoreTable {
    fn append(&mut self, lines: &mut Lines) -> Result<(), String> {
        let store = match &mut self.store {
            Some(s) => s,
            None => self
                .store
                .insert(open(&self.location, &self.unseal).map_err(|e| e.message)?),
        };
        let result = store.audit_append(lines);
        result.map_err(|e| {
            self.store = None;
            e.message
        })
    }
}

/// Start `app`'s audit trail on the store at `location` (its key; its table with
/// `audit.store`), opened off the async runtime (the PostgreSQL client blocks).
pub async fn start(
    settings: &AuditSettings,
    app: &'static str,
    location: Location,
    unseal: Unseal,
) -> ServerResult<std::sync::Arc<Auditor>> {
    let settings = settings.clone();
    tokio::task::spawn_blocking(move || {
        let signer = signer(&location, &unseal)?;
        let hasher = hasher(&location, &unseal)?;
        let table: Option<Box<dyn Table>> = settings.store.then(|| {
            Box::new(StoreTable {
                location: location.clone(),
                unseal: unseal.clone(),
                store: None,
            }) as Box<dyn Table>
        });
        Auditor::start(&settings, app, signer, Some(hasher), table)
    })
    .await
    .map_err(|_| ServerError::new(Reason::Internal, "starting the audit trail failed"))?
}
