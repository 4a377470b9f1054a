//! One interface to a key store, local (the SQLite store) or remote (`cu kms serve` over
//! HTTPS), so every `cu kms` command behaves the same either way.

use serde_json::Value;
use zeroize::Zeroizing;

use super::store::{KeyInfo, Store};
use super::{kid, ops, KeyType, KmsError, KmsResult, Reason};

pub trait Kms {
    fn tenant(&self) -> String;
    fn encrypt(&mut self, name: &str, plaintext: &[u8], aad: Option<&[u8]>) -> KmsResult<String>;
    fn decrypt(
        &mut self,
        token: &str,
        aad: Option<&[u8]>,
    ) -> KmsResult<(Zeroizing<Vec<u8>>, String)>;
    fn rewrap(
        &mut self,
        name: &str,
        token: &str,
        aad: Option<&[u8]>,
    ) -> KmsResult<(String, String, String)>;
    fn sign(&mut self, name: &str, payload: &[u8], raw: bool) -> KmsResult<(Vec<u8>, String)>;
    fn verify_jws(&mut self, name: &str, token: &str) -> KmsResult<(Vec<u8>, String)>;
    fn verify_raw(
        &mut self,
        name: &str,
        message: &[u8],
        signature: &[u8],
        version: Option<u32>,
    ) -> KmsResult<String>;
    fn mac(&mut self, name: &str, data: &[u8]) -> KmsResult<String>;
    fn mac_verify(&mut self, name: &str, data: &[u8], mac: &str) -> KmsResult<String>;
    fn datakey(&mut self, name: &str) -> KmsResult<(Zeroizing<Vec<u8>>, String)>;
    fn derive(
        &mut self,
        name: &str,
        peer: &[u8],
        salt: &[u8],
        info: &[u8],
    ) -> KmsResult<(Zeroizing<Vec<u8>>, String)>;
    fn create_key(
        &mut self,
        name: &str,
        key_type: KeyType,
        material: Option<Zeroizing<Vec<u8>>>,
        now: i64,
    ) -> KmsResult<KeyInfo>;
    fn list_keys(&mut self) -> KmsResult<Vec<KeyInfo>>;
    fn key_info(&mut self, name: &str) -> KmsResult<KeyInfo>;
    fn rotate_key(&mut self, name: &str, now: i64) -> KmsResult<KeyInfo>;
    fn set_version_enabled(
        &mut self,
        name: &str,
        version: u32,
        enabled: bool,
    ) -> KmsResult<KeyInfo>;
    fn set_min_decrypt_version(&mut self, name: &str, min: u32) -> KmsResult<KeyInfo>;
    fn delete_key(&mut self, name: &str) -> KmsResult<KeyInfo>;
    fn public_jwks(&mut self, name: &str, version: Option<u32>) -> KmsResult<Value>;
    /// (kid, PEM) of one version (the primary one when None).
    fn public_pem(&mut self, name: &str, version: Option<u32>) -> KmsResult<(String, String)>;
}

impl Kms for Store {
    fn tenant(&self) -> String {
        Store::tenant(self).to_string()
    }
    fn encrypt(&mut self, name: &str, plaintext: &[u8], aad: Option<&[u8]>) -> KmsResult<String> {
        ops::encrypt(self, name, plaintext, aad)
    }
    fn decrypt(
        &mut self,
        token: &str,
        aad: Option<&[u8]>,
    ) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
        ops::decrypt(self, token, aad)
    }
    fn rewrap(
        &mut self,
        name: &str,
        token: &str,
        aad: Option<&[u8]>,
    ) -> KmsResult<(String, String, String)> {
        ops::rewrap(self, name, token, aad)
    }
    fn sign(&mut self, name: &str, payload: &[u8], raw: bool) -> KmsResult<(Vec<u8>, String)> {
        ops::sign(self, name, payload, raw)
    }
    fn verify_jws(&mut self, name: &str, token: &str) -> KmsResult<(Vec<u8>, String)> {
        ops::verify_jws(self, name, token)
    }
    fn verify_raw(
        &mut self,
        name: &str,
        message: &[u8],
        signature: &[u8],
        version: Option<u32>,
    ) -> KmsResult<String> {
        ops::verify_raw(self, name, message, signature, version)
    }
    fn mac(&mut self, name: &str, data: &[u8]) -> KmsResult<String> {
        ops::mac(self, name, data)
    }
    fn mac_verify(&mut self, name: &str, data: &[u8], mac: &str) -> KmsResult<String> {
        ops::mac_verify(self, name, data, mac)
    }
    fn datakey(&mut self, name: &str) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
        ops::datakey(self, name)
    }
    fn derive(
        &mut self,
        name: &str,
        peer: &[u8],
        salt: &[u8],
        info: &[u8],
    ) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
        ops::derive(self, name, peer, salt, info)
    }
    fn create_key(
        &mut self,
        name: &str,
        key_type: KeyType,
        material: Option<Zeroizing<Vec<u8>>>,
        now: i64,
    ) -> KmsResult<KeyInfo> {
        Store::create_key(self, name, key_type, material, now)
    }
    fn list_keys(&mut self) -> KmsResult<Vec<KeyInfo>> {
        Store::list_keys(self)
    }
    fn key_info(&mut self, name: &str) -> KmsResult<KeyInfo> {
        Store::key_info(self, name)
    }
    fn rotate_key(&mut self, name: &str, now: i64) -> KmsResult<KeyInfo> {
        Store::rotate_key(self, name, now)
    }
    fn set_version_enabled(
        &mut self,
        name: &str,
        version: u32,
        enabled: bool,
    ) -> KmsResult<KeyInfo> {
        Store::set_version_enabled(self, name, version, enabled)
    }
    fn set_min_decrypt_version(&mut self, name: &str, min: u32) -> KmsResult<KeyInfo> {
        Store::set_min_decrypt_version(self, name, min)
    }
    fn delete_key(&mut self, name: &str) -> KmsResult<KeyInfo> {
        Store::delete_key(self, name)
    }
    fn public_jwks(&mut self, name: &str, version: Option<u32>) -> KmsResult<Value> {
        ops::public_jwks(self, name, version)
    }
    fn public_pem(&mut self, name: &str, version: Option<u32>) -> KmsResult<(String, String)> {
        let (_, keys) = self.public_keys(name)?;
        let want = version.or_else(|| Store::key_info(self, name).ok().map(|k| k.primary_version));
        let (v, spki) = keys.iter().find(|(v, _)| Some(*v) == want).ok_or_else(|| {
            KmsError::new(
                Reason::UnknownVersion,
                format!("`{name}` has no usable version {}", want.unwrap_or(0)),
            )
        })?;
        Ok((kid(name, *v), crate::pki::pem::encode("PUBLIC KEY", spki)))
    }
}
