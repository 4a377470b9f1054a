//! The file realm: users and services with a tenant, roles and scopes, and PBKDF2-HMAC-SHA256
//! password hashes (`$pbkdf2-sha256$<iterations>$<salt>$<hash>`, salt and hash in unpadded
//! standard base64). Plaintext passwords only in a realm that says `demo: true`.

use std::collections::HashMap;
use std::path::Path;

use base64::engine::general_purpose::STANDARD_NO_PAD;
use base64::Engine;
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::kms::crypto;
use crate::limits::FileKind;
use crate::server::{config, Reason, ServerError, ServerResult};

pub const REALM_SCHEMA: &str = include_str!("../../../schemas/realm.schema.json");
pub const DEFAULT_ITERATIONS: u32 = 600_000;
/// Salt of a new password hash (the seeds' 32 bytes).
const SALT_BYTES: usize = 32;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RealmFile {
    #[serde(default)]
    demo: bool,
    #[serde(default)]
    roles: HashMap<String, Vec<String>>,
    principals: Vec<PrincipalEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PrincipalEntry {
    name: String,
    #[serde(default = "user")]
    kind: String,
    tenant: String,
    /// None: the principal signs in only with its client certificate.
    #[serde(default)]
    password: Option<String>,
    /// The one subject CN of the client certificate this principal signs in with (issued by
    /// `tls.client_ca`); no field, no certificate sign-in.
    #[serde(default)]
    certificate_cn: Option<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    scopes: Vec<String>,
}

fn user() -> String {
    "user".into()
}

/// How a password is checked.
enum Secret {
    Hash {
        iterations: u32,
        salt: Vec<u8>,
        hash: Vec<u8>,
    },
    Plain(Zeroizing<Vec<u8>>),
    /// No password: certificate sign-in only.
    None,
}

/// Who a verified credential is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub name: String,
    pub kind: String,
    pub tenant: String,
    pub scopes: Vec<String>,
}

struct Principal {
    identity: Identity,
    secret: Secret,
}

pub struct Realm {
    principals: HashMap<String, Principal>,
    /// `certificate_cn` → principal name.
    by_certificate_cn: HashMap<String, String>,
    pub demo: bool,
    /// Spent on unknown names so they take as long as known ones (no user enumeration).
    decoy: Secret,
}

impl Realm {
    /// Every principal of the realm.
    pub fn identities(&self) -> impl Iterator<Item = &Identity> {
        self.principals.values().map(|p| &p.identity)
    }

    pub fn load(file: &Path) -> ServerResult<Realm> {
        let text = config::read_text(file, FileKind::Realm, Reason::BadRealm)?;
        Realm::parse(file, &text)
    }

    pub fn parse(file: &Path, text: &str) -> ServerResult<Realm> {
        let parsed: RealmFile = config::load(file, text, REALM_SCHEMA)
            .map_err(|e| ServerError::new(Reason::BadRealm, e.message))?;
        let bad =
            |m: String| ServerError::new(Reason::BadRealm, format!("{}: {m}", file.display()));
        let mut principals = HashMap::new();
        let mut by_certificate_cn = HashMap::new();
        for (i, p) in parsed.principals.into_iter().enumerate() {
            crate::kms::check_principal_tenant(&p.tenant)
                .map_err(|e| bad(format!("/principals/{i}/tenant: {}", e.message)))?;
            if let Some(cn) = &p.certificate_cn {
                if by_certificate_cn
                    .insert(cn.clone(), p.name.clone())
                    .is_some()
                {
                    return Err(bad(format!(
                        "/principals/{i}/certificate_cn: `{cn}` belongs to another principal too"
                    )));
                }
            }
            let secret = match p.password {
                None if p.certificate_cn.is_some() => Secret::None,
                None => {
                    return Err(bad(format!(
                        "/principals/{i}: give a password, a certificate_cn, or both"
                    )))
                }
                Some(password) if password.starts_with("$pbkdf2-sha256$") => {
                    parse_hash(&password)
                        .ok_or_else(|| bad(format!("/principals/{i}/password: not a $pbkdf2-sha256$ITERATIONS$SALT$HASH string")))?
                }
                Some(password) if parsed.demo => {
                    Secret::Plain(Zeroizing::new(password.into_bytes()))
                }
                Some(_) => {
                    return Err(bad(format!(
                        "/principals/{i}/password: a plaintext password is allowed only in a realm with `demo: true`"
                    ))
                    .with_help("hash it with `cu kms realm hash-password`"))
                }
            };
            let mut scopes = p.scopes;
            for role in &p.roles {
                let granted = parsed.roles.get(role).ok_or_else(|| {
                    bad(format!("/principals/{i}/roles: no role `{role}` in /roles"))
                })?;
                scopes.extend(granted.iter().cloned());
            }
            scopes.sort();
            scopes.dedup();
            if principals.contains_key(&p.name) {
                return Err(bad(format!(
                    "/principals/{i}/name: `{}` appears twice",
                    p.name
                )));
            }
            principals.insert(
                p.name.clone(),
                Principal {
                    identity: Identity {
                        name: p.name,
                        kind: p.kind,
                        tenant: p.tenant,
                        scopes,
                    },
                    secret,
                },
            );
        }
        let decoy = principals
            .values()
            .find_map(|p| match &p.secret {
                Secret::Hash { iterations, .. } => Some(Secret::Hash {
                    iterations: *iterations,
                    salt: vec![0; SALT_BYTES],
                    hash: vec![0; 32],
                }),
                Secret::Plain(_) | Secret::None => None,
            })
            .unwrap_or(Secret::Plain(Zeroizing::new(Vec::new())));
        Ok(Realm {
            principals,
            by_certificate_cn,
            demo: parsed.demo,
            decoy,
        })
    }

    /// Check a name and password. Slow on purpose (PBKDF2); call it off the async threads.
    pub fn verify(&self, name: &str, password: &[u8]) -> Option<Identity> {
        self.check(name, password).0
    }

    /// [`Realm::verify`], and whether it computed a password hash (a plaintext demo realm
    /// does not).
    pub fn check(&self, name: &str, password: &[u8]) -> (Option<Identity>, bool) {
        // A certificate-only principal has no password: as slow as an unknown name.
        let secret = match self.principals.get(name) {
            Some(p) if !matches!(p.secret, Secret::None) => &p.secret,
            _ => &self.decoy,
        };
        let hashed = matches!(secret, Secret::Hash { .. });
        match self.principals.get(name) {
            Some(p) if !matches!(p.secret, Secret::None) => (
                matches(secret, password).then(|| p.identity.clone()),
                hashed,
            ),
            _ => {
                let _ = matches(secret, password);
                (None, hashed)
            }
        }
    }
}

/// A database realm user as a server sees it: the identity, the password hash
/// (`$pbkdf2-sha256$…`) and when the row last changed.
pub struct DirectoryUser {
    pub identity: Identity,
    pub hash: String,
    pub updated_at: i64,
}

/// Where the database realm's users are (the KMS store's `kms_realm_users`). Err: the
/// lookup failed (the store is unreachable).
pub trait UserDirectory: Send + Sync {
    fn find(&self, name: &str) -> Result<Option<DirectoryUser>, String>;
}

impl UserDirectory for crate::kms::store::ApiKeyLookup {
    fn find(&self, name: &str) -> Result<Option<DirectoryUser>, String> {
        Ok(self
            .find_user(name)
            .map_err(|e| e.message)?
            .map(|u| DirectoryUser {
                identity: Identity {
                    name: u.name,
                    kind: u.kind,
                    tenant: u.tenant,
                    scopes: u.scopes,
                },
                hash: u.hash,
                updated_at: u.updated_at,
            }))
    }
}

/// A password check's result: who (and, for a database realm user, the row's `updated_at`,
/// so a cached sign-in is re-checked against it), and whether a hash was computed.
pub type Checked = (Option<(Identity, Option<i64>)>, bool);

/// Which realms a password is checked against, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The realm file.
    File,
    /// The store's database realm.
    Database,
}

/// What a database realm's unknown name (or failed lookup) is checked against, so it takes as
/// long as a known one: a hash at the store's iteration count.
fn database_decoy() -> Secret {
    Secret::Hash {
        iterations: crate::kms::store::PBKDF2_ITERATIONS,
        salt: vec![0; SALT_BYTES],
        hash: vec![0; 32],
    }
}

impl Realm {
    /// Check a name and password against the realms of `sources`, in order: the first that
    /// knows the name decides. Err: the database realm could not be read (nothing learnt).
    pub fn check_in(
        &self,
        name: &str,
        password: &[u8],
        sources: &[Source],
        directory: Option<&dyn UserDirectory>,
    ) -> Result<Checked, String> {
        for source in sources {
            match source {
                Source::File => {
                    if matches!(self.principals.get(name), Some(p) if !matches!(p.secret, Secret::None))
                    {
                        let (identity, hashed) = self.check(name, password);
                        return Ok((identity.map(|i| (i, None)), hashed));
                    }
                }
                Source::Database => {
                    let Some(directory) = directory else {
                        continue;
                    };
                    if let Some(user) = directory.find(name)? {
                        let Some(secret) = parse_hash(&user.hash) else {
                            // A row that holds no valid hash grants nothing.
                            let _ = matches(&database_decoy(), password);
                            return Ok((None, true));
                        };
                        return Ok((
                            matches(&secret, password)
                                .then_some((user.identity, Some(user.updated_at))),
                            true,
                        ));
                    }
                }
            }
        }
        // Nobody knows the name: as slow as a known one.
        if sources.contains(&Source::Database) && directory.is_some() {
            let _ = matches(&database_decoy(), password);
            return Ok((None, true));
        }
        let (identity, hashed) = self.check(name, password);
        Ok((identity.map(|i| (i, None)), hashed))
    }
}

impl Realm {
    /// The principal that signs in with a client certificate whose subject CN is exactly
    /// `cn` (its `certificate_cn`).
    pub fn certificate_principal(&self, cn: &str) -> Option<Identity> {
        let name = self.by_certificate_cn.get(cn)?;
        self.principals.get(name).map(|p| p.identity.clone())
    }
}

fn matches(secret: &Secret, password: &[u8]) -> bool {
    match secret {
        Secret::Hash {
            iterations,
            salt,
            hash,
        } => crypto::pbkdf2_sha256(password, salt, *iterations)
            .map(|derived| crypto::equal(&derived, hash))
            .unwrap_or(false),
        Secret::Plain(p) => crypto::equal(p, password),
        Secret::None => false,
    }
}

fn parse_hash(text: &str) -> Option<Secret> {
    let mut parts = text.strip_prefix("$pbkdf2-sha256$")?.split('$');
    let iterations: u32 = parts.next()?.parse().ok()?;
    let salt = STANDARD_NO_PAD.decode(parts.next()?).ok()?;
    let hash = STANDARD_NO_PAD.decode(parts.next()?).ok()?;
    if parts.next().is_some() || iterations < 1_000 || salt.len() < 8 || hash.len() != 32 {
        return None;
    }
    Some(Secret::Hash {
        iterations,
        salt,
        hash,
    })
}

/// A new password hash for a realm file.
pub fn hash_password(password: &[u8], iterations: u32) -> ServerResult<String> {
    let internal = |e: crate::kms::KmsError| ServerError::new(Reason::Internal, e.message);
    let salt = crypto::random(SALT_BYTES).map_err(internal)?;
    let hash = crypto::pbkdf2_sha256(password, &salt, iterations).map_err(internal)?;
    Ok(format!(
        "$pbkdf2-sha256${iterations}${}${}",
        STANDARD_NO_PAD.encode(&salt),
        STANDARD_NO_PAD.encode(&hash[..])
    ))
}

/// Whether a granted scope covers a required one. Scopes are `:`-separated; `*` matches one
/// segment, or everything that follows when it is the last segment (`kms:*`, `kms:keys:*`,
/// `kms:key:orders:*`). `kms:admin` is every KMS scope.
pub fn grants(granted: &str, required: &str) -> bool {
    if granted == "kms:admin" && required.starts_with("kms:") {
        return true;
    }
    let g: Vec<&str> = granted.split(':').collect();
    let r: Vec<&str> = required.split(':').collect();
    for (i, segment) in g.iter().enumerate() {
        if *segment == "*" && i == g.len() - 1 {
            return r.len() > i;
        }
        match r.get(i) {
            Some(req) if *segment == "*" || segment == req => {}
            _ => return false,
        }
    }
    g.len() == r.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_wildcards() {
        assert!(grants("kms:*", "kms:encrypt"));
        assert!(grants("kms:*", "kms:key:orders:encrypt"));
        assert!(grants("kms:admin", "kms:keys:write"));
        assert!(grants("kms:keys:*", "kms:keys:read"));
        assert!(!grants("kms:keys:*", "kms:encrypt"));
        assert!(grants("kms:key:orders:*", "kms:key:orders:decrypt"));
        assert!(!grants("kms:key:orders:*", "kms:key:other:decrypt"));
        assert!(grants("kms:key:*:encrypt", "kms:key:orders:encrypt"));
        assert!(!grants("kms:key:*:encrypt", "kms:key:orders:decrypt"));
        assert!(!grants("kms:encrypt", "kms:encrypt:more"));
        assert!(!grants("kms:encrypt:more", "kms:encrypt"));
        assert!(!grants("kms:*", "kms"));
    }

    #[test]
    fn hashes_verify_and_plaintext_needs_demo() {
        let hash = hash_password(b"s3cret", 1_000).unwrap();
        let realm_text = format!(
            "principals:\n  - name: svc\n    kind: service\n    tenant: 00000000-0000-4000-8000-000000000000\n    password: \"{hash}\"\n    scopes: [\"kms:encrypt\"]\n"
        );
        let realm = Realm::parse(Path::new("realm.yml"), &realm_text).unwrap();
        assert_eq!(
            realm.verify("svc", b"s3cret").unwrap().scopes,
            ["kms:encrypt"]
        );
        assert!(realm.verify("svc", b"wrong").is_none());
        assert!(realm.verify("nobody", b"s3cret").is_none());
        let plain = "principals:\n  - name: a\n    tenant: 00000000-0000-4000-8000-000000000000\n    password: pw\n";
        let e = Realm::parse(Path::new("realm.yml"), plain).err().unwrap();
        assert!(e.message.contains("demo: true"), "{}", e.message);
        let demo = format!("demo: true\n{plain}");
        assert!(Realm::parse(Path::new("realm.yml"), &demo)
            .unwrap()
            .verify("a", b"pw")
            .is_some());
    }
}
