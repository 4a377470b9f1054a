//! Passport keyrings live in the `cu kms` store: keyring `NAME` is the Ed25519 key
//! `passport.NAME` of the tenant, and its versions are the keyring's versions. Rotation is the
//! KMS rotation (a new primary version; the old ones keep verifying); retiring a version
//! disables it in the KMS.

use ed25519_dalek::pkcs8::DecodePrivateKey;
use serde::Serialize;

use super::token::{check_keyring, Kid};
use super::verify::KeySet;
use super::{PassportError, Reason};
use crate::kms::store::Store;
use crate::kms::{KeyType, KmsError};

pub const DEFAULT_KEYRING: &str = "default";

/// The KMS key that holds a keyring.
pub fn key_name(keyring: &str) -> String {
    format!("passport.{keyring}")
}

/// Store errors keep their KMS reason and message; the caller reports them as KMS errors.
pub type StoreResult<T> = Result<T, KeyringError>;

#[derive(Debug)]
pub enum KeyringError {
    Store(KmsError),
    Passport(PassportError),
}

impl From<KmsError> for KeyringError {
    fn from(e: KmsError) -> KeyringError {
        KeyringError::Store(e)
    }
}

impl From<PassportError> for KeyringError {
    fn from(e: PassportError) -> KeyringError {
        KeyringError::Passport(e)
    }
}

fn no_keyring(store: &Store, keyring: &str) -> PassportError {
    PassportError::new(
        Reason::UnknownKeyring,
        format!(
            "tenant {} has no passport keyring `{keyring}`",
            store.tenant()
        ),
    )
    .with_help(format!(
        "create it with `cu passport rotate --keyring {keyring}`"
    ))
}

fn is_unknown_key(e: &KmsError) -> bool {
    e.reason == crate::kms::Reason::UnknownKey
}

/// The current signing key of a keyring, with its kid.
pub fn signing_key(
    store: &mut Store,
    keyring: &str,
) -> StoreResult<(Kid, ed25519_dalek::SigningKey)> {
    check_keyring(keyring)?;
    let (_, version, material) =
        match store.material(&key_name(keyring), None, &[KeyType::Ed25519], "sign") {
            Ok(m) => m,
            Err(e) if is_unknown_key(&e) => return Err(no_keyring(store, keyring).into()),
            Err(e) => return Err(e.into()),
        };
    let key = ed25519_dalek::SigningKey::from_pkcs8_der(&material).map_err(|e| {
        PassportError::new(
            Reason::BadKey,
            format!("the stored key of keyring `{keyring}` is not an Ed25519 PKCS#8 key: {e}"),
        )
    })?;
    let kid = Kid {
        tenant: store.tenant().to_string(),
        keyring: keyring.to_string(),
        version,
    };
    Ok((kid, key))
}

/// The 32 raw bytes of an Ed25519 SubjectPublicKeyInfo (RFC 8410: a fixed 12-byte prefix).
fn raw_public(spki: &[u8]) -> Option<[u8; 32]> {
    const PREFIX: [u8; 12] = [
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
    ];
    if spki.len() != 44 || spki[..12] != PREFIX {
        return None;
    }
    spki[12..].try_into().ok()
}

/// One usable version of a keyring.
#[derive(Debug, Clone, Serialize)]
pub struct PublicVersion {
    pub kid: String,
    pub version: u32,
    #[serde(skip)]
    pub public: [u8; 32],
    pub created_at: i64,
    pub current: bool,
}

/// Every version that still verifies (enabled, not retired), oldest first.
pub fn public_versions(store: &mut Store, keyring: &str) -> StoreResult<Vec<PublicVersion>> {
    check_keyring(keyring)?;
    let name = key_name(keyring);
    let info = match store.key_info(&name) {
        Ok(i) => i,
        Err(e) if is_unknown_key(&e) => return Err(no_keyring(store, keyring).into()),
        Err(e) => return Err(e.into()),
    };
    let (key_type, publics) = store.public_keys(&name)?;
    if key_type != KeyType::Ed25519 {
        return Err(PassportError::new(
            Reason::BadKey,
            format!("KMS key `{name}` is {}, not ed25519", key_type.as_str()),
        )
        .into());
    }
    let mut out = Vec::with_capacity(publics.len());
    for (version, spki) in publics {
        let public = raw_public(&spki).ok_or_else(|| {
            PassportError::new(
                Reason::BadKey,
                format!("{name}/v{version} has no Ed25519 public key"),
            )
        })?;
        let created_at = info
            .versions
            .iter()
            .find(|v| v.version == version)
            .map(|v| v.created_at)
            .unwrap_or(info.created_at);
        out.push(PublicVersion {
            kid: Kid {
                tenant: store.tenant().to_string(),
                keyring: keyring.to_string(),
                version,
            }
            .to_string(),
            version,
            public,
            created_at,
            current: version == info.primary_version,
        });
    }
    Ok(out)
}

/// The keys for a set of kids: each of this tenant's keyrings named is read once. Kids of
/// other tenants, unknown keyrings and retired versions are simply absent (→ `unknown_kid`).
pub fn resolve<'a>(
    store: &mut Store,
    kids: impl IntoIterator<Item = &'a str>,
) -> StoreResult<KeySet> {
    let mut keyrings: Vec<String> = Vec::new();
    for kid in kids {
        if let Ok(k) = Kid::parse(kid) {
            if k.tenant == store.tenant() && !keyrings.contains(&k.keyring) {
                keyrings.push(k.keyring);
            }
        }
    }
    let mut set = KeySet::new();
    for keyring in keyrings {
        let versions = match public_versions(store, &keyring) {
            Ok(v) => v,
            Err(KeyringError::Passport(e)) if e.reason == Reason::UnknownKeyring => continue,
            Err(e) => return Err(e),
        };
        for v in versions {
            set.insert(&Kid::parse(&v.kid)?, &v.public)?;
        }
    }
    Ok(set)
}

/// Make a new current version (the first one when the keyring does not exist yet).
/// Returns the new kid and whether the keyring was created.
pub fn rotate(store: &mut Store, keyring: &str, now: i64) -> StoreResult<(Kid, bool)> {
    check_keyring(keyring)?;
    let name = key_name(keyring);
    let (info, created) = match store.rotate_key(&name, now) {
        Ok(info) => (info, false),
        Err(e) if is_unknown_key(&e) => {
            match store.create_key(&name, KeyType::Ed25519, None, now) {
                Ok(info) => (info, true),
                // Another process created it meanwhile: rotate that one.
                Err(e) if e.reason == crate::kms::Reason::KeyExists => {
                    (store.rotate_key(&name, now)?, false)
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(e) => return Err(e.into()),
    };
    if info.key_type != KeyType::Ed25519.as_str() {
        return Err(PassportError::new(
            Reason::BadKey,
            format!("KMS key `{name}` is {}, not ed25519", info.key_type),
        )
        .into());
    }
    let kid = Kid {
        tenant: store.tenant().to_string(),
        keyring: keyring.to_string(),
        version: info.primary_version,
    };
    Ok((kid, created))
}

/// Retire a version: passports it signed stop verifying. The current version cannot be retired.
pub fn retire(store: &mut Store, keyring: &str, version: u32) -> StoreResult<Kid> {
    check_keyring(keyring)?;
    let name = key_name(keyring);
    if let Ok(info) = store.key_info(&name) {
        if info.primary_version == version {
            return Err(PassportError::new(
                Reason::BadRequest,
                format!("v{version} is the current version of keyring `{keyring}`"),
            )
            .with_help("rotate first (`cu passport rotate`), then retire the old version")
            .into());
        }
    }
    match store.set_version_enabled(&name, version, false) {
        Ok(_) => {}
        Err(e) if is_unknown_key(&e) => return Err(no_keyring(store, keyring).into()),
        Err(e) => return Err(e.into()),
    }
    Ok(Kid {
        tenant: store.tenant().to_string(),
        keyring: keyring.to_string(),
        version,
    })
}

/// What a keyring is: its algorithm, its versions with their states (current, verifying,
/// retired) and creation times, and the build that answers.
pub fn attestation(store: &mut Store, keyring: &str) -> StoreResult<serde_json::Value> {
    use serde_json::json;
    let usable = public_versions(store, keyring)?;
    let info = store.key_info(&key_name(keyring))?;
    let current = Kid {
        tenant: store.tenant().to_string(),
        keyring: keyring.to_string(),
        version: info.primary_version,
    };
    let rfc3339 = |unix: i64| {
        time::OffsetDateTime::from_unix_timestamp(unix)
            .map(crate::pki::inspect::rfc3339)
            .unwrap_or_else(|_| unix.to_string())
    };
    let versions: Vec<serde_json::Value> = info
        .versions
        .iter()
        .map(|v| {
            let kid = Kid {
                version: v.version,
                ..current.clone()
            };
            let state = if usable.iter().any(|u| u.version == v.version) {
                if v.version == info.primary_version {
                    "current"
                } else {
                    "verifying"
                }
            } else {
                "retired"
            };
            json!({
                "kid": kid.to_string(),
                "version": v.version,
                "state": state,
                "created_at": rfc3339(v.created_at),
            })
        })
        .collect();
    Ok(json!({
        "alg": super::token::ALG,
        "jws_alg": "EdDSA",
        "canonicalization": "RFC 8785",
        "tenant": store.tenant(),
        "keyring": keyring,
        "current_kid": current.to_string(),
        "versions": versions,
        "build": {
            "name": env!("CARGO_PKG_NAME"),
            "version": env!("CARGO_PKG_VERSION"),
            "target": format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS),
        },
    }))
}

/// The JWKS of `versions` (what `cu passport keys` prints and the service's `/v1/keys` serves).
pub fn jwks(versions: &[PublicVersion]) -> serde_json::Value {
    let keys: Vec<serde_json::Value> = versions
        .iter()
        .filter_map(|v| {
            Kid::parse(&v.kid)
                .ok()
                .map(|kid| super::verify::jwk(&kid, &v.public))
        })
        .collect();
    serde_json::json!({ "keys": keys })
}
