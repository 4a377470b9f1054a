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

/// `name` of type `key_type` in the audit tenant, made if it is not there yet.
fn ensure_key(store: &mut Store, name: &str, key_type: KeyType) -> ServerResult<()> {
    match store.create_key(name, key_type, None, unix_now()) {
        Ok(_) => Ok(()),
        Err(e) if e.reason == KmsReason::KeyExists => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// The HMAC key of sensitive values in the trail: `audit-hmac` in the audit tenant, made on
/// first use; its current version is read once and kept in memory (wiped on drop).
fn hasher(store: &mut Store) -> ServerResult<Hasher> {
    ensure_key(store, AUDIT_HMAC_KEY, KeyType::HmacSha256)?;
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

/// The checkpoint signer: the audit key, made on first use, on `store`'s connection.
fn signer(mut store: Store, location: &Location, unseal: &Unseal) -> ServerResult<Signer> {
    ensure_key(&mut store, AUDIT_KEY, KeyType::Ed25519)?;
    let (location, unseal) = (location.clone(), unseal.clone());
    let mut store = Some(store);
    // A connection that failed (a database restarted) is opened again at the next checkpoint.
    Ok(Box::new(move |payload: &str| {
        let s = match &mut store {
            Some(s) => s,
            None => store.insert(open(&location, &unseal).map_err(|e| e.message)?),
        };
        match ops::sign(s, AUDIT_KEY, payload.as_bytes(), false) {
            Ok((jws, kid)) => Ok((String::from_utf8_lossy(&jws).into_owned(), kid)),
            Err(e) => {
                store = None;
                Err(e.message)
            }
        }
    }))
}

/// The store's `audit_trail` table, on a connection of its own (opened again after a failure:
/// a database that went away and came back is written again).
struct StoreTable {
    location: Location,
    unseal: Unseal,
    store: Option<Store>,
    /// The last record this server wrote, (seq, line): still there, unchanged, at the next
    /// append, or the table was cut back or edited behind it.
    last: Option<(u64, Vec<u8>)>,
}

impl Table for StoreTable {
    fn append(&mut self, lines: &mut Lines) -> Result<(), String> {
        let store = match &mut self.store {
            Some(s) => s,
            None => self
                .store
                .insert(open(&self.location, &self.unseal).map_err(|e| e.message)?),
        };
        if let Some((seq, line)) = &self.last {
            let found = store
                .audit_page(seq.saturating_sub(1), 1)
                .map_err(|e| e.message)?;
            if found.first().map(|(s, l)| (*s, l)) != Some((*seq, line)) {
                return Err(format!(
                    "the store's audit trail was changed behind this server: record {seq}, which it wrote, is gone or different; check it with `cu kms audit verify --in-store`"
                ));
            }
        }
        let mut wrote = None;
        let result = store.audit_append(|last| {
            let records = lines(last)?;
            wrote = records.last().cloned();
            Ok(records)
        });
        match result {
            Ok(()) => {
                if wrote.is_some() {
                    self.last = wrote;
                }
                Ok(())
            }
            Err(e) => {
                self.store = None;
                Err(e.message)
            }
        }
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
        // One connection (one unsealing: PBKDF2 for a passphrase store) for both keys.
        let mut store = open(&location, &unseal)?;
        let hasher = hasher(&mut store)?;
        let signer = signer(store, &location, &unseal)?;
        let table: Option<Box<dyn Table>> = settings.store.then(|| {
            Box::new(StoreTable {
                location: location.clone(),
                unseal: unseal.clone(),
                store: None,
                last: None,
            }) as Box<dyn Table>
        });
        Auditor::start(&settings, app, signer, Some(hasher), table)
    })
    .await
    .map_err(|_| ServerError::new(Reason::Internal, "starting the audit trail failed"))?
}
