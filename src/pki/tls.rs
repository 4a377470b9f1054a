//! TLS 1.3 configurations for cu's servers and clients, built from what `cu pki` writes.
//!
//! Only TLS 1.3 is offered. A server identity is a leaf with its chain; a self-signed leaf
//! is refused, so every server presents a certificate clients can validate against a CA.
//! The private key sits behind [`KeySource`], so a key held in a PKCS#11 token can later
//! provide the signer without changing the configurations.

use std::sync::Arc;

use rustls::crypto::CryptoProvider;
use rustls::server::WebPkiClientVerifier;
use rustls::sign::{CertifiedKey, SingleCertAndKey};
use rustls::{ClientConfig, RootCertStore, ServerConfig};
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

use super::pem::{self, Object};
use super::{PkiError, PkiResult, Reason};

/// The one crypto provider cu's TLS uses.
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

/// Where a TLS private key comes from. Today: key material in memory, read from a file.
/// A hardware token would implement this by returning a signer that calls into it.
pub trait KeySource: Send + Sync {
    fn signing_key(
        &self,
        provider: &CryptoProvider,
    ) -> PkiResult<Arc<dyn rustls::sign::SigningKey>>;
}

/// A private key held in memory (PKCS#8, SEC1 or PKCS#1).
pub struct InMemoryKey(PrivateKeyDer<'static>);

impl InMemoryKey {
    pub fn from_bytes(bytes: &[u8], what: &str) -> PkiResult<InMemoryKey> {
        let objects = pem::parse_all(bytes, what)?;
        let key = objects
            .into_iter()
            .find_map(|o| match o {
                Object::PrivateKey(k) => Some(k),
                _ => None,
            })
            .ok_or_else(|| PkiError::bad_key(format!("{what} holds no private key")))?;
        Ok(InMemoryKey(key))
    }
}

impl KeySource for InMemoryKey {
    fn signing_key(
        &self,
        provider: &CryptoProvider,
    ) -> PkiResult<Arc<dyn rustls::sign::SigningKey>> {
        provider
            .key_provider
            .load_private_key(self.0.clone_key())
            .map_err(|e| PkiError::bad_key(format!("the TLS private key cannot be used: {e}")))
    }
}

/// Mutual TLS per listener.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum ClientAuth {
    /// Every client must present a certificate that chains to the client root
    Require,
    /// A client certificate is validated when presented; clients without one are accepted
    Optional,
    /// No client certificates are requested
    Off,
}

/// A certificate chain (leaf first) and the key for the leaf.
pub struct Identity {
    pub chain: Vec<CertificateDer<'static>>,
    pub key: Box<dyn KeySource>,
}

impl Identity {
    /// Read a chain file (leaf first, then intermediates) and a key file.
    pub fn from_pem(chain: &[u8], key: &[u8], what: &str) -> PkiResult<Identity> {
        let chain = pem::only_certificates(chain, what)?;
        if chain.is_empty() {
            return Err(PkiError::malformed(format!("{what} holds no certificate")));
        }
        let leaf = super::ca::parse_cert(&chain[0], what)?;
        if super::ca::is_self_signed(&leaf) {
            return Err(PkiError::new(
                Reason::BadRequest,
                format!("{what} starts with a self-signed certificate; cu servers present a leaf issued by a CA"),
            )
            .with_help("issue a server certificate with `cu pki cert issue --ca DIR --server`"));
        }
        if leaf.is_ca() {
            return Err(PkiError::new(
                Reason::NotCa,
                format!("{what} starts with a CA certificate; a TLS identity needs a leaf"),
            ));
        }
        Ok(Identity {
            chain,
            key: Box::new(InMemoryKey::from_bytes(key, "the TLS key")?),
        })
    }

    fn certified(&self, provider: &CryptoProvider) -> PkiResult<CertifiedKey> {
        let key = self.key.signing_key(provider)?;
        let certified = CertifiedKey::new(self.chain.clone(), key);
        match certified.keys_match() {
            Ok(()) => Ok(certified),
            Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::Unknown)) => {
                Ok(certified)
            }
            Err(_) => Err(PkiError::bad_key(
                "the TLS private key does not belong to the certificate",
            )),
        }
    }
}

fn root_store(roots: &[CertificateDer<'static>], what: &str) -> PkiResult<Arc<RootCertStore>> {
    let mut store = RootCertStore::empty();
    for (i, root) in roots.iter().enumerate() {
        store.add(root.clone()).map_err(|e| {
            PkiError::malformed(format!(
                "{what}: certificate {} cannot be a root: {e}",
                i + 1
            ))
        })?;
    }
    if store.is_empty() {
        return Err(PkiError::bad_request(format!(
            "{what} holds no root certificate"
        )));
    }
    Ok(Arc::new(store))
}

/// A TLS 1.3-only server configuration, ALPN h2 and http/1.1.
pub fn server_config(
    identity: &Identity,
    client_auth: ClientAuth,
    client_roots: &[CertificateDer<'static>],
) -> PkiResult<Arc<ServerConfig>> {
    let provider = provider();
    let builder = ServerConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| PkiError::bad_request(format!("TLS: {e}")))?;
    let builder = match client_auth {
        ClientAuth::Off => builder.with_no_client_auth(),
        ClientAuth::Require | ClientAuth::Optional => {
            let store = root_store(client_roots, "the client CA file")?;
            let mut verifier = WebPkiClientVerifier::builder_with_provider(store, provider.clone());
            if client_auth == ClientAuth::Optional {
                verifier = verifier.allow_unauthenticated();
            }
            let verifier = verifier
                .build()
                .map_err(|e| PkiError::bad_request(format!("TLS client verifier: {e}")))?;
            builder.with_client_cert_verifier(verifier)
        }
    };
    let certified = identity.certified(&provider)?;
    let mut config = builder.with_cert_resolver(Arc::new(SingleCertAndKey::from(certified)));
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// A TLS 1.3-only client configuration trusting `roots`, with an optional client identity.
pub fn client_config(
    roots: &[CertificateDer<'static>],
    identity: Option<&Identity>,
) -> PkiResult<Arc<ClientConfig>> {
    let provider = provider();
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| PkiError::bad_request(format!("TLS: {e}")))?
        .with_root_certificates(root_store(roots, "the CA file")?);
    let config = match identity {
        None => builder.with_no_client_auth(),
        Some(id) => {
            let certified = id.certified(&provider)?;
            builder.with_client_cert_resolver(Arc::new(SingleCertAndKey::from(certified)))
        }
    };
    Ok(Arc::new(config))
}
