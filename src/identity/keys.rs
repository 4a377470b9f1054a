//! The identity server's token signing keys, sealed in a `cu kms` store: one Ed25519 KMS key
//! (`identity.signing` by default) whose versions are the signing keys. Its seed exists only
//! wrapped under the store's unseal secret → root → intermediate hierarchy on disk, and
//! unwrapped in this process's memory (zeroized on drop).
//!
//! Rotation is the KMS rotation (a new primary version); a version is retired when its
//! successor is created, and stays published for `keep_for` seconds after that so the tokens
//! it signed verify until they expire. A version disabled in the KMS (`cu kms key disable`)
//! stops being published at once.

use std::collections::HashMap;

use ed25519_dalek::pkcs8::DecodePrivateKey;
use sha2::{Digest, Sha256};

use super::{IdentityError, IdentityResult, Reason};
use crate::kms::store::{Location, Store, Unseal};
use crate::kms::{KeyType, KmsError};

/// The KMS key that holds the signing keys unless the config names another.
pub const DEFAULT_KEY_NAME: &str = "identity.signing";

/// The key id of a version: its number and a thumbprint of its public key, so that a key
/// store made anew (starting at v1 again) never reuses a kid that verifiers may have cached.
pub fn kid(version: u32, public: &[u8; 32]) -> String {
    format!(
        "v{version}-{}",
        crate::jose::b64::encode(&Sha256::digest(public)[..9])
    )
}

/// An open key store with the identity server's signing key.
pub struct SigningKeys {
    /// None after the store's database went away: opened again at the next use.
    store: Option<Store>,
    location: Location,
    unseal: Unseal,
    tenant: String,
    name: String,
    /// Parsed keys by version and SHA-256 of their material: a key deleted and made anew
    /// (v1 again, another seed) is parsed again, never signed with from the cache.
    /// `SigningKey` wipes itself when dropped.
    parsed: HashMap<(u32, [u8; 32]), ed25519_dalek::SigningKey>,
}

fn store_error(e: KmsError) -> IdentityError {
    let reason = match e.reason {
        crate::kms::Reason::DiskFull => Reason::DiskFull,
        crate::kms::Reason::IoError => Reason::IoError,
        crate::kms::Reason::Unavailable => Reason::Unavailable,
        _ => Reason::BadState,
    };
    let error = IdentityError::new(reason, format!("signing key store: {}", e.message));
    match e.help {
        Some(h) => error.with_help(h),
        None => error,
    }
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

impl SigningKeys {
    /// Open and unseal the store at `path`, with `tenant` (made on first use) and key `name`.
    pub fn open(
        path: impl Into<crate::kms::store::Location>,
        unseal: &Unseal,
        tenant: &str,
        name: &str,
        now: i64,
    ) -> IdentityResult<SigningKeys> {
        crate::kms::check_key_name(name).map_err(store_error)?;
        let location = path.into();
        let store =
            Store::open(location.clone(), unseal, Some(tenant), true, now).map_err(store_error)?;
        Ok(SigningKeys {
            tenant: store.tenant().to_string(),
            store: Some(store),
            location,
            unseal: unseal.clone(),
            name: name.to_string(),
            parsed: HashMap::new(),
        })
    }

    /// Run `f` on the store, opened again first if its database went away before; a
    /// connection that fails now is dropped, so the next call connects anew (a server
    /// recovers from a database restart by itself).
    fn with_store<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, KmsError>,
    ) -> Result<T, KmsError> {
        if self.store.is_none() {
            self.store = Some(Store::open(
                self.location.clone(),
                &self.unseal,
                Some(&self.tenant),
                false,
                0,
            )?);
        }
        let Some(store) = self.store.as_mut() else {
            return Err(KmsError::new(crate::kms::Reason::Internal, "no store"));
        };
        let result = f(store);
        if matches!(&result, Err(e) if e.reason == crate::kms::Reason::Unavailable) {
            self.store = None;
        }
        result
    }

    pub fn tenant(&self) -> &str {
        &self.tenant
    }

    pub fn key_name(&self) -> &str {
        &self.name
    }

    /// The current signing key and its kid; the key is created on first use. The primary
    /// version is read from the store every time, so a rotation by another process (`cu
    /// identity rotate-signing-key`, `cu kms key rotate`) takes effect at once.
    pub fn current(&mut self, now: i64) -> IdentityResult<(String, ed25519_dalek::SigningKey)> {
        let material = match self.material() {
            Err(e) if e.reason == crate::kms::Reason::UnknownKey => {
                let name = self.name.clone();
                match self.with_store(|s| s.create_key(&name, KeyType::Ed25519, None, now)) {
                    Ok(_) => {}
                    // Another server sharing the store created it meanwhile.
                    Err(e) if e.reason == crate::kms::Reason::KeyExists => {}
                    Err(e) => return Err(store_error(e)),
                }
                self.material()
            }
            other => other,
        };
        let (version, material) = material.map_err(store_error)?;
        let cached = (version, <[u8; 32]>::from(Sha256::digest(&material[..])));
        if let Some(key) = self.parsed.get(&cached) {
            let public = key.verifying_key().to_bytes();
            return Ok((kid(version, &public), key.clone()));
        }
        let key = ed25519_dalek::SigningKey::from_pkcs8_der(&material).map_err(|e| {
            IdentityError::new(
                Reason::BadState,
                format!("{}/v{version} is not an Ed25519 PKCS#8 key: {e}", self.name),
            )
        })?;
        let public = key.verifying_key().to_bytes();
        // Only the current key is kept: an old version is not signed with again.
        self.parsed.clear();
        self.parsed.insert(cached, key.clone());
        Ok((kid(version, &public), key))
    }

    fn material(&mut self) -> Result<(u32, zeroize::Zeroizing<Vec<u8>>), KmsError> {
        let name = self.name.clone();
        let (_, version, material) =
            self.with_store(|s| s.material(&name, None, &[KeyType::Ed25519], "sign tokens"))?;
        Ok((version, material))
    }

    /// A new signing key (the first one when there is none); returns its kid.
    pub fn rotate(&mut self, now: i64) -> IdentityResult<String> {
        let name = self.name.clone();
        match self.with_store(|s| s.rotate_key(&name, now)) {
            Ok(_) => {}
            Err(e) if e.reason == crate::kms::Reason::UnknownKey => {
                return self.current(now).map(|(kid, _)| kid);
            }
            Err(e) => return Err(store_error(e)),
        }
        self.current(now).map(|(kid, _)| kid)
    }

    /// The keys to publish: the current version, and each older enabled version until
    /// `keep_for` seconds after its successor was created. Oldest first.
    pub fn published(
        &mut self,
        now: i64,
        keep_for: i64,
    ) -> IdentityResult<Vec<(String, [u8; 32])>> {
        let name = self.name.clone();
        let info = match self.with_store(|s| s.key_info(&name)) {
            Ok(i) => i,
            Err(e) if e.reason == crate::kms::Reason::UnknownKey => return Ok(Vec::new()),
            Err(e) => return Err(store_error(e)),
        };
        let (key_type, publics) = self
            .with_store(|s| s.public_keys(&name))
            .map_err(store_error)?;
        if key_type != KeyType::Ed25519 {
            return Err(IdentityError::new(
                Reason::BadState,
                format!(
                    "KMS key `{}` is {}, not ed25519",
                    self.name,
                    key_type.as_str()
                ),
            ));
        }
        let mut out = Vec::with_capacity(publics.len());
        for (version, spki) in publics {
            if version != info.primary_version {
                let retired_at = info
                    .versions
                    .iter()
                    .filter(|v| v.version > version)
                    .map(|v| (v.version, v.created_at))
                    .min()
                    .map(|(_, created)| created);
                match retired_at {
                    Some(t) if t + keep_for <= now => continue,
                    _ => {}
                }
            }
            let public = raw_public(&spki).ok_or_else(|| {
                IdentityError::new(
                    Reason::BadState,
                    format!("{}/v{version} has no Ed25519 public key", self.name),
                )
            })?;
            out.push((kid(version, &public), public));
        }
        Ok(out)
    }
}
