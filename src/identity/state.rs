//! The identity server's state in one SQLite file (mode 0600, WAL, synchronous FULL): OAuth
//! clients with hashed secrets, the grant types they may use and whether they are resource
//! servers, the public keys of signing keys from before schema 3, and revoked token ids. The
//! signing keys themselves are sealed in a `cu kms` store (`identity::keys`), never here.
//!
//! Migrations are numbered and forward-only (`user_version`): 1 is the first schema; 2 adds
//! `clients.grant_types` and `clients.resource_server` and records on each code what its
//! exchange issued (`codes.family`, `codes.access_jti`, `codes.access_exp`). Clients from
//! before 2 keep what they could do: a confidential client every grant type and
//! introspection of any token, a public one the code flow with refresh. 3 replaces the
//! plaintext seeds of `signing_keys` by their public keys (`published_keys`), so tokens they
//! signed verify until they expire while a sealed key signs, and then scrubs the file (see
//! `scrub`) so that no byte of a seed is left in it or in its `-wal`.

use std::cell::RefCell;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::db::{p, Db, Dialect, PgConn, Row, Value};
use super::{IdentityError, IdentityResult, Reason};
use crate::kms::crypto;
use crate::kms::store::Location;

const SCHEMA_VERSION: i64 = 3;
pub(crate) const MAGIC: &str = "cu-identity";

/// A registered OAuth client, without its secret.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ClientInfo {
    pub client_id: String,
    /// `confidential` (has a secret) or `public` (PKCE only).
    pub kind: String,
    pub tenant: String,
    pub scopes: Vec<String>,
    pub redirect_uris: Vec<String>,
    /// The grant types it may use at the token endpoint (RFC 6749 §5.2 `unauthorized_client`
    /// otherwise).
    pub grant_types: Vec<String>,
    /// Whether it may introspect other clients' tokens (RFC 7662 §4).
    pub resource_server: bool,
    pub created_at: i64,
}

impl ClientInfo {
    pub fn allows(&self, grant_type: &str) -> bool {
        self.grant_types.iter().any(|g| g == grant_type)
    }
}

pub const AUTHORIZATION_CODE: &str = "authorization_code";
pub const REFRESH_TOKEN: &str = "refresh_token";
pub const CLIENT_CREDENTIALS: &str = "client_credentials";
/// Every grant type a client can be registered for.
pub const GRANT_TYPES: [&str; 3] = [AUTHORIZATION_CODE, REFRESH_TOKEN, CLIENT_CREDENTIALS];

/// What a client may do beyond its kind and redirect URIs; `Default` is the sensible choice:
/// the code flow with refresh for a client with redirect URIs, client credentials for one
/// without, and no introspection of other clients' tokens.
#[derive(Debug, Clone, Default)]
pub struct ClientPolicy {
    /// None: the default for the client's redirect URIs.
    pub grant_types: Option<Vec<String>>,
    pub resource_server: bool,
}

/// What `create_client` needs.
pub struct NewClient {
    pub client_id: String,
    pub confidential: bool,
    pub tenant: String,
    pub scopes: Vec<String>,
    pub redirect_uris: Vec<String>,
}

pub struct State {
    db: RefCell<Db>,
    /// Where it is, for messages.
    place: String,
}

fn secret_hash(secret: &[u8]) -> Vec<u8> {
    // Client secrets are 256 random bits: a fast hash is enough, unlike for passwords.
    Sha256::digest(secret).to_vec()
}

fn new_secret() -> IdentityResult<Zeroizing<String>> {
    let bytes = crypto::random(32).map_err(|e| IdentityError::new(Reason::Internal, e.message))?;
    Ok(Zeroizing::new(crate::jose::b64::encode(&bytes[..])))
}

/// Whether `uri` is `http://` to a loopback host (RFC 8252 §7.3): the host exactly
/// `localhost`, `127.0.0.1` or `[::1]`, then a port, a path, a query or nothing. A prefix
/// match would take `http://localhost.evil.example/` or `http://localhost:1@evil.example/`.
fn http_loopback(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("http://") else {
        return false;
    };
    let Some(after) = ["localhost", "127.0.0.1", "[::1]"]
        .iter()
        .find_map(|host| rest.strip_prefix(host))
    else {
        return false;
    };
    let after = match after.strip_prefix(':') {
        Some(port) => {
            let digits = port.bytes().take_while(u8::is_ascii_digit).count();
            if !(1..=5).contains(&digits) || port[..digits].parse::<u16>().is_err() {
                return false;
            }
            &port[digits..]
        }
        None => after,
    };
    matches!(after.bytes().next(), None | Some(b'/' | b'?'))
}

fn check_client_id(id: &str) -> IdentityResult<()> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'));
    if ok {
        Ok(())
    } else {
        Err(IdentityError::new(
            Reason::InvalidRequest,
            format!("`{id}` is not a valid client id"),
        )
        .with_help("use 1–64 letters, digits, `-`, `_` or `.`"))
    }
}

impl State {
    /// Open the SQLite state file; with `create`, make it (0600) when it does not exist.
    pub fn open(path: &Path, create: bool) -> IdentityResult<State> {
        Ok(State {
            db: RefCell::new(Db::Sqlite(open_sqlite(path, create)?)),
            place: path.display().to_string(),
        })
    }

    /// Open the state where `location` says: a SQLite file or a PostgreSQL database (its
    /// `cu_identity` schema, made on first use with `create`).
    pub fn open_at(location: &Location, create: bool) -> IdentityResult<State> {
        match location {
            Location::Sqlite(path) => State::open(path, create),
            Location::Postgres(pg) => Ok(State {
                db: RefCell::new(Db::Postgres(Box::new(PgConn::open(pg, create)?))),
                place: pg.display(),
            }),
        }
    }

    /// Where the state is (a path or a URL without its password).
    pub fn place(&self) -> &str {
        &self.place
    }

    fn dialect(&self) -> Dialect {
        self.db.borrow().dialect()
    }

    fn exec(&self, sql: &'static str, params: &[Value]) -> IdentityResult<u64> {
        self.db.borrow_mut().exec(sql, params)
    }

    fn rows(&self, sql: &'static str, params: &[Value]) -> IdentityResult<Vec<Row>> {
        self.db.borrow_mut().rows(sql, params)
    }

    fn row(&self, sql: &'static str, params: &[Value]) -> IdentityResult<Option<Row>> {
        self.db.borrow_mut().row(sql, params)
    }

    /// Run `f` in one transaction: SQLite's write lock, or PostgreSQL's advisory lock of
    /// `key` (writers of the same refresh family wait for each other).
    fn transaction<T>(
        &self,
        key: &str,
        f: impl FnOnce() -> IdentityResult<T>,
    ) -> IdentityResult<T> {
        self.db.borrow_mut().begin(key)?;
        // Rolled back unless committed: on an error, a failed commit (SQLite may keep the
        // transaction open then) and a panic in `f` alike, so no later statement of this
        // connection runs inside a transaction nobody will commit.
        struct Open<'a>(&'a RefCell<Db>, bool);
        impl Drop for Open<'_> {
            fn drop(&mut self) {
                if !self.1 {
                    if let Ok(mut db) = self.0.try_borrow_mut() {
                        db.rollback();
                    }
                }
            }
        }
        let mut open = Open(&self.db, false);
        let value = f()?;
        self.db.borrow_mut().commit()?;
        open.1 = true;
        Ok(value)
    }

    /// Whether the state answers (a PostgreSQL database may be down).
    pub fn ping(&self) -> IdentityResult<()> {
        match &mut *self.db.borrow_mut() {
            Db::Sqlite(c) => c
                .query_row("SELECT COUNT(*) FROM clients", [], |_| Ok(()))
                .map_err(|e| {
                    IdentityError::new(Reason::Unavailable, format!("the state does not read: {e}"))
                }),
            Db::Postgres(c) => c.ping(),
        }
    }

    /// Register a client with the default policy (see `ClientPolicy`); a confidential one
    /// gets a secret, returned once.
    pub fn create_client(
        &self,
        new: NewClient,
        now: i64,
    ) -> IdentityResult<(ClientInfo, Option<Zeroizing<String>>)> {
        self.create_client_with(new, ClientPolicy::default(), now)
    }

    /// Register a client with its grant types and resource-server flag.
    pub fn create_client_with(
        &self,
        new: NewClient,
        policy: ClientPolicy,
        now: i64,
    ) -> IdentityResult<(ClientInfo, Option<Zeroizing<String>>)> {
        check_client_id(&new.client_id)?;
        let grant_types = check_policy(&new, &policy)?;
        crate::kms::check_principal_tenant(&new.tenant)
            .map_err(|e| IdentityError::new(Reason::InvalidRequest, e.message))?;
        for uri in &new.redirect_uris {
            let ok = uri.starts_with("https://") || http_loopback(uri);
            if !ok || uri.contains('#') {
                return Err(IdentityError::new(
                    Reason::InvalidRequest,
                    format!(
                        "redirect URI `{uri}` must be https (or http on loopback) with no fragment"
                    ),
                )
                .with_help("use https://…, or http:// on exactly localhost, 127.0.0.1 or [::1] followed by :port, /, ? or nothing (http://localhost.example/ is not loopback)"));
            }
        }
        let secret = if new.confidential {
            Some(new_secret()?)
        } else {
            None
        };
        let inserted = self.exec(
            "INSERT INTO clients (client_id, kind, secret_hash, tenant, scopes,
                 redirect_uris, created_at, grant_types, resource_server)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
            p![
                &new.client_id,
                if new.confidential {
                    "confidential"
                } else {
                    "public"
                },
                secret.as_ref().map(|s| secret_hash(s.as_bytes())),
                &new.tenant,
                serde_json::to_string(&new.scopes).unwrap_or_default(),
                serde_json::to_string(&new.redirect_uris).unwrap_or_default(),
                now,
                serde_json::to_string(&grant_types).unwrap_or_default(),
                policy.resource_server
            ],
        )?;
        if inserted == 0 {
            return Err(IdentityError::new(
                Reason::ClientExists,
                format!("client `{}` already exists", new.client_id),
            ));
        }
        Ok((self.client(&new.client_id)?, secret))
    }

    pub fn client(&self, id: &str) -> IdentityResult<ClientInfo> {
        let row = self.row(
            "SELECT client_id, kind, tenant, scopes, redirect_uris, created_at, grant_types,
                    resource_server FROM clients WHERE client_id = $1",
            p![id],
        )?;
        let r = row.ok_or_else(|| {
            IdentityError::new(Reason::UnknownClient, format!("no client `{id}`"))
        })?;
        Ok(ClientInfo {
            client_id: r.text(0)?,
            kind: r.text(1)?,
            tenant: r.text(2)?,
            scopes: serde_json::from_str(&r.text(3)?).unwrap_or_default(),
            redirect_uris: serde_json::from_str(&r.text(4)?).unwrap_or_default(),
            created_at: r.int(5)?,
            grant_types: serde_json::from_str(&r.text(6)?).unwrap_or_default(),
            resource_server: r.int(7)? != 0,
        })
    }

    pub fn list_clients(&self) -> IdentityResult<Vec<ClientInfo>> {
        let mut ids = self
            .rows("SELECT client_id FROM clients", p![])?
            .iter()
            .map(|r| r.text(0))
            .collect::<IdentityResult<Vec<_>>>()?;
        // By bytes, the same on both stores (collations differ).
        ids.sort_unstable();
        ids.iter().map(|id| self.client(id)).collect()
    }

    /// Move a client to another tenant (its future tokens carry the new tenant_id).
    pub fn set_client_tenant(&self, id: &str, tenant: &str) -> IdentityResult<()> {
        crate::kms::check_principal_tenant(tenant)
            .map_err(|e| IdentityError::new(Reason::InvalidRequest, e.message))?;
        let n = self.exec(
            "UPDATE clients SET tenant = $2 WHERE client_id = $1",
            p![id, tenant],
        )?;
        if n == 0 {
            return Err(IdentityError::new(
                Reason::UnknownClient,
                format!("no client `{id}`"),
            ));
        }
        Ok(())
    }

    pub fn delete_client(&self, id: &str) -> IdentityResult<()> {
        self.exec("DELETE FROM clients WHERE client_id = $1", p![id])?;
        Ok(())
    }

    /// A new secret for a confidential client; the old one stops working at once.
    pub fn rotate_secret(&self, id: &str) -> IdentityResult<Zeroizing<String>> {
        let client = self.client(id)?;
        if client.kind != "confidential" {
            return Err(IdentityError::new(
                Reason::InvalidRequest,
                format!("`{id}` is a public client; it has no secret"),
            ));
        }
        let secret = new_secret()?;
        self.exec(
            "UPDATE clients SET secret_hash = $2 WHERE client_id = $1",
            p![id, secret_hash(secret.as_bytes())],
        )?;
        Ok(secret)
    }

    /// Check a confidential client's secret (the same answer for an unknown id).
    pub fn authenticate_client(&self, id: &str, secret: &[u8]) -> IdentityResult<ClientInfo> {
        let stored = self.row(
            "SELECT secret_hash FROM clients WHERE client_id = $1",
            p![id],
        )?;
        let given = secret_hash(secret);
        let ok = match stored {
            Some(r) => r
                .opt_blob(0)?
                .is_some_and(|hash| crypto::equal(&hash, &given)),
            None => false,
        };
        if !ok {
            return Err(IdentityError::new(
                Reason::InvalidClient,
                "client authentication failed",
            ));
        }
        self.client(id)
    }

    /// The public keys of signing keys from before schema 3 (their seeds were dropped by the
    /// migration) to publish: those not yet retired, and retired ones for `keep_for` seconds
    /// after retirement, so that tokens they signed verify until they expire.
    pub fn legacy_published(
        &self,
        now: i64,
        keep_for: i64,
    ) -> IdentityResult<Vec<(String, [u8; 32])>> {
        let rows = self.rows(
            "SELECT kid, public FROM published_keys
             WHERE retired_at IS NULL OR retired_at + $2 > $1 ORDER BY created_at",
            p![now, keep_for],
        )?;
        let mut out = Vec::new();
        for r in rows {
            let (kid, public) = (r.text(0)?, r.blob(1)?);
            let public: [u8; 32] = public.as_slice().try_into().map_err(|_| {
                IdentityError::new(
                    Reason::BadState,
                    format!("published key {kid} is not an Ed25519 public key"),
                )
            })?;
            out.push((kid, public));
        }
        Ok(out)
    }

    /// Mark the signing keys from before schema 3 that were still current as retired at
    /// `now` (the sealed key signs from now on); retired ones no longer needed are dropped.
    pub fn retire_legacy_keys(&self, now: i64, keep_for: i64) -> IdentityResult<()> {
        self.exec(
            "UPDATE published_keys SET retired_at = $1 WHERE retired_at IS NULL",
            p![now],
        )?;
        self.exec(
            "DELETE FROM published_keys WHERE retired_at + $2 <= $1",
            p![now, keep_for],
        )?;
        Ok(())
    }

    pub fn revoke(&self, jti: &str, expires_at: i64, now: i64) -> IdentityResult<()> {
        self.exec(
            "INSERT INTO revoked VALUES ($1, $2) ON CONFLICT DO NOTHING",
            p![jti, expires_at],
        )?;
        // Revocations of expired tokens are no longer needed.
        self.exec("DELETE FROM revoked WHERE expires_at < $1", p![now])?;
        Ok(())
    }

    /// Whether the token `jti` was revoked, itself or with its refresh family.
    pub fn is_revoked(&self, jti: &str) -> IdentityResult<bool> {
        let family = jti
            .split_once('.')
            .map(|(tag, _)| format!("family:{tag}"))
            .unwrap_or_default();
        Ok(self
            .row(
                "SELECT 1 FROM revoked WHERE jti = $1 OR jti = $2",
                p![jti, family],
            )?
            .is_some())
    }
}

/// What an authorization code or a refresh token stands for.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Grant {
    pub client_id: String,
    pub user: String,
    pub tenant: String,
    pub scopes: Vec<String>,
    pub redirect_uri: String,
    pub nonce: Option<String>,
    pub code_challenge: String,
    pub auth_time: i64,
    /// The browser session it came from (`session_tag`), so signing out revokes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
}

/// A signed-in browser session.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: String,
    pub tenant: String,
    pub scopes: Vec<String>,
    pub auth_time: i64,
}

/// What a code's exchange issues, fixed when the code is redeemed so that a replay can revoke
/// it: the refresh family and the access token's id and expiry.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub family: String,
    pub access_jti: String,
    pub access_exp: i64,
}

/// What redeeming a refresh token found.
pub enum Refresh {
    Valid {
        grant: Box<Grant>,
        family: String,
    },
    /// Used before: the token was stolen or replayed; its whole family is now revoked.
    Reused,
    Invalid,
}

fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// What a grant records of the session (its cookie) it came from: not the cookie itself.
pub fn session_tag(cookie: &str) -> String {
    crate::jose::b64::encode(&Sha256::digest(format!("cu-session:{cookie}").as_bytes())[..18])
}

/// The part of an access token's `jti` that names its refresh family (`<tag>.<random>`), so
/// revoking the family revokes its access tokens too.
fn family_tag(family: &str) -> String {
    crate::jose::b64::encode(&Sha256::digest(format!("cu-family:{family}").as_bytes())[..12])
}

/// A new access token id in `family` (none for client-credentials tokens).
pub fn new_jti(family: Option<&str>) -> IdentityResult<String> {
    let bytes = crypto::random(16).map_err(|e| IdentityError::new(Reason::Internal, e.message))?;
    let random = crate::jose::b64::encode(&bytes[..]);
    Ok(match family {
        Some(f) => format!("{}.{random}", family_tag(f)),
        None => random,
    })
}

/// Longest life of an access token (the config's maximum): a family's revocation is kept
/// this long after its last refresh token expires.
const ACCESS_TTL_MAX: i64 = 86_400;

/// A random URL-safe token of 256 bits.
pub fn random_token() -> IdentityResult<String> {
    let bytes = crypto::random(32).map_err(|e| IdentityError::new(Reason::Internal, e.message))?;
    Ok(crate::jose::b64::encode(&bytes[..]))
}

impl State {
    /// A new session; returns the cookie value (only its hash is stored).
    pub fn create_session(&self, s: &Session, now: i64, ttl: i64) -> IdentityResult<String> {
        let id = random_token()?;
        self.exec("DELETE FROM sessions WHERE expires_at < $1", p![now])?;
        self.exec(
            "INSERT INTO sessions VALUES ($1, $2, $3, $4, $5, $6)",
            p![
                token_hash(&id),
                &s.user,
                &s.tenant,
                serde_json::to_string(&s.scopes).unwrap_or_default(),
                s.auth_time,
                now + ttl
            ],
        )?;
        Ok(id)
    }

    pub fn session(&self, id: &str, now: i64) -> IdentityResult<Option<Session>> {
        let row = self.row(
            "SELECT \"user\", tenant, scopes, auth_time FROM sessions
             WHERE id_hash = $1 AND expires_at >= $2",
            p![token_hash(id), now],
        )?;
        row.map(|r| {
            Ok(Session {
                user: r.text(0)?,
                tenant: r.text(1)?,
                scopes: serde_json::from_str(&r.text(2)?).unwrap_or_default(),
                auth_time: r.int(3)?,
            })
        })
        .transpose()
    }

    pub fn end_session(&self, id: &str) -> IdentityResult<()> {
        self.exec(
            "DELETE FROM sessions WHERE id_hash = $1",
            p![token_hash(id)],
        )?;
        Ok(())
    }

    /// A one-time authorization code for `grant` (valid `ttl` seconds), granted from the
    /// session whose cookie is `session`: made in the same statement that finds the session
    /// live, so a sign-out on any server, even one between the consent's check of the
    /// session and this, leaves no code behind (None: the session ended).
    pub fn create_code(
        &self,
        grant: &Grant,
        session: &str,
        now: i64,
        ttl: i64,
    ) -> IdentityResult<Option<String>> {
        let code = random_token()?;
        self.exec("DELETE FROM codes WHERE expires_at < $1", p![now - 3600])?;
        let params = p![
            token_hash(&code),
            serde_json::to_string(grant).unwrap_or_default(),
            now + ttl,
            token_hash(session),
            now
        ];
        // PostgreSQL: the session row is share-locked, so a sign-out's DELETE waits for this
        // code to be committed and then spends it. SQLite runs one write at a time.
        let made = if self.dialect() == Dialect::Postgres {
            self.exec(
                "INSERT INTO codes (code_hash, grant_data, expires_at)
                 SELECT $1, $2, $3 FROM sessions WHERE id_hash = $4 AND expires_at >= $5
                 FOR SHARE",
                params,
            )?
        } else {
            self.exec(
                "INSERT INTO codes (code_hash, grant_data, expires_at)
                 SELECT $1, $2, $3 FROM sessions WHERE id_hash = $4 AND expires_at >= $5",
                params,
            )?
        };
        Ok((made == 1).then_some(code))
    }

    /// Redeem a code once, recording what its exchange will issue (`issue`). A second attempt
    /// is refused and revokes what the first one issued: its refresh family and its access
    /// token (RFC 6749 §4.1.2). An expired or unknown code is refused.
    pub fn redeem_code(&self, code: &str, now: i64, issue: &Exchange) -> IdentityResult<Grant> {
        let invalid = |m: &str| IdentityError::new(Reason::InvalidGrant, m.to_string());
        let row = self.row(
            "SELECT grant_data, expires_at, used FROM codes WHERE code_hash = $1",
            p![token_hash(code)],
        )?;
        let r = row.ok_or_else(|| invalid("unknown authorization code"))?;
        let (data, expires_at, used) = (r.text(0)?, r.int(1)?, r.int(2)?);
        // Marked used in one statement: two concurrent redemptions cannot both succeed, on
        // one server or on many (PostgreSQL re-checks `used = 0` on the locked row).
        let marked = self.exec(
            "UPDATE codes SET used = 1, family = $2, access_jti = $3, access_exp = $4
             WHERE code_hash = $1 AND used = 0",
            p![
                token_hash(code),
                &issue.family,
                &issue.access_jti,
                issue.access_exp
            ],
        )?;
        if used != 0 || marked == 0 {
            self.revoke_exchange(code, now)?;
            return Err(invalid(
                "the authorization code was already used; the tokens it was exchanged for are now revoked",
            ));
        }
        if expires_at < now {
            return Err(invalid("the authorization code has expired"));
        }
        serde_json::from_str(&data).map_err(|_| invalid("the authorization code is damaged"))
    }

    /// Revoke what a code's (first) exchange issued.
    fn revoke_exchange(&self, code: &str, now: i64) -> IdentityResult<()> {
        let row = self.row(
            "SELECT family, access_jti, access_exp FROM codes WHERE code_hash = $1",
            p![token_hash(code)],
        )?;
        let Some(r) = row else {
            return Ok(());
        };
        if let Some(family) = r.opt_text(0)? {
            self.revoke_family(&family, now)?;
        }
        if let Some(jti) = r.opt_text(1)? {
            self.revoke(&jti, r.opt_int(2)?.unwrap_or(now), now)?;
        }
        Ok(())
    }

    /// A new refresh token in `family` (a new family when None).
    pub fn create_refresh(
        &self,
        grant: &Grant,
        family: Option<&str>,
        now: i64,
        ttl: i64,
    ) -> IdentityResult<String> {
        let token = random_token()?;
        let family = match family {
            Some(f) => f.to_string(),
            None => {
                // Refresh tokens expired a day ago or more are no longer needed: a family's
                // revocation outlives them by its own row in `revoked`.
                self.exec(
                    "DELETE FROM refresh_tokens WHERE expires_at < $1",
                    p![now - ACCESS_TTL_MAX],
                )?;
                random_token()?
            }
        };
        // Refused when the family was revoked meanwhile (a replay seen by this or another
        // server on the same state). Checked and inserted under the family's lock, which
        // `revoke_family` takes too: either the revocation comes first and this is refused,
        // or this comes first and the revocation marks the new row.
        self.transaction(&family, || {
            let revoked = self
                .row(
                    "SELECT 1 FROM revoked WHERE jti = $1",
                    p![format!("family:{}", family_tag(&family))],
                )?
                .is_some();
            if revoked {
                return Err(IdentityError::new(
                    Reason::InvalidGrant,
                    "the refresh token was replayed meanwhile; every token of this sign-in is now revoked",
                ));
            }
            self.exec(
                "INSERT INTO refresh_tokens (token_hash, family, grant_data, expires_at)
                 VALUES ($1, $2, $3, $4)",
                p![
                    token_hash(&token),
                    &family,
                    serde_json::to_string(grant).unwrap_or_default(),
                    now + ttl
                ],
            )?;
            Ok(())
        })?;
        Ok(token)
    }

    /// Redeem a refresh token (rotation: each is good once). Presenting a used one revokes
    /// its whole family, the one the thief and the rightful client share.
    pub fn redeem_refresh(&self, token: &str, now: i64) -> IdentityResult<Refresh> {
        let row = self.row(
            "SELECT family, grant_data, expires_at, used, revoked FROM refresh_tokens
             WHERE token_hash = $1",
            p![token_hash(token)],
        )?;
        let Some(r) = row else {
            return Ok(Refresh::Invalid);
        };
        let (family, data, expires_at, used, revoked) =
            (r.text(0)?, r.text(1)?, r.int(2)?, r.int(3)?, r.int(4)?);
        let marked = self.exec(
            "UPDATE refresh_tokens SET used = 1 WHERE token_hash = $1 AND used = 0",
            p![token_hash(token)],
        )?;
        if used != 0 || marked == 0 {
            self.revoke_family(&family, now)?;
            return Ok(Refresh::Reused);
        }
        if revoked != 0 || expires_at < now {
            return Ok(Refresh::Invalid);
        }
        match serde_json::from_str(&data) {
            Ok(grant) => Ok(Refresh::Valid {
                grant: Box::new(grant),
                family,
            }),
            Err(_) => Ok(Refresh::Invalid),
        }
    }

    /// An opaque access token standing for `claims` (only introspection can read it).
    pub fn store_access(&self, claims: &serde_json::Value, now: i64) -> IdentityResult<String> {
        let token = format!("cuo_{}", random_token()?);
        let exp = claims["exp"].as_i64().unwrap_or(now);
        self.exec("DELETE FROM access_tokens WHERE expires_at < $1", p![now])?;
        self.exec(
            "INSERT INTO access_tokens VALUES ($1, $2, $3)",
            p![token_hash(&token), claims.to_string(), exp],
        )?;
        Ok(token)
    }

    /// The claims of a live opaque access token (not expired, its jti not revoked).
    pub fn access_claims(
        &self,
        token: &str,
        now: i64,
    ) -> IdentityResult<Option<serde_json::Value>> {
        let row = self.row(
            "SELECT claims FROM access_tokens WHERE token_hash = $1 AND expires_at > $2",
            p![token_hash(token), now],
        )?;
        let claims = match row {
            Some(r) => serde_json::from_str::<serde_json::Value>(&r.text(0)?).ok(),
            None => None,
        };
        let Some(claims) = claims else {
            return Ok(None);
        };
        if self.is_revoked(claims["jti"].as_str().unwrap_or(""))? {
            return Ok(None);
        }
        Ok(Some(claims))
    }

    /// Revoke a refresh family: its refresh tokens, and the access tokens issued with them
    /// (by their `jti`'s family part, remembered until the last of them has expired).
    /// Under the family's lock (see `create_refresh`): the `family:` row, then the marks.
    pub fn revoke_family(&self, family: &str, now: i64) -> IdentityResult<()> {
        self.transaction(family, || {
            let last = self
                .row(
                    "SELECT MAX(expires_at) FROM refresh_tokens WHERE family = $1",
                    p![family],
                )?
                .map(|r| r.opt_int(0))
                .transpose()?
                .flatten();
            // A family with no refresh token yet (its code's exchange is still under way) is
            // remembered from now: never an expiry in the past, which `revoke` would sweep.
            let keep_until = last.unwrap_or(now).max(now) + ACCESS_TTL_MAX;
            self.exec(
                "INSERT INTO revoked VALUES ($1, $2)
                 ON CONFLICT (jti) DO UPDATE SET expires_at = CASE
                     WHEN excluded.expires_at > revoked.expires_at THEN excluded.expires_at
                     ELSE revoked.expires_at END",
                p![format!("family:{}", family_tag(family)), keep_until],
            )?;
            self.exec(
                "UPDATE refresh_tokens SET revoked = 1 WHERE family = $1",
                p![family],
            )?;
            Ok(())
        })
    }

    /// Sign a session out everywhere: end it and revoke every refresh family (and so every
    /// access token) granted from it. In this order, so that nothing granted from it can
    /// come out live on another server meanwhile: the session goes first (no new code is
    /// made for it, see `create_code`), then its codes not yet exchanged are spent, then the
    /// families of its codes already exchanged (an exchange under way has recorded its
    /// family on the code: its refresh token is then refused) and of its refresh tokens are
    /// revoked.
    pub fn end_session_and_grants(&self, cookie: &str, now: i64) -> IdentityResult<usize> {
        let tag = session_tag(cookie);
        self.end_session(cookie)?;
        let postgres = self.dialect() == Dialect::Postgres;
        if postgres {
            self.exec(
                "UPDATE codes SET used = 1
                 WHERE used = 0 AND (grant_data::jsonb ->> 'session') = $1",
                p![&tag],
            )?;
        } else {
            self.exec(
                "UPDATE codes SET used = 1
                 WHERE used = 0 AND json_extract(grant_data, '$.session') = $1",
                p![&tag],
            )?;
        }
        let rows = if postgres {
            self.rows(
                "SELECT family FROM refresh_tokens
                 WHERE revoked = 0 AND (grant_data::jsonb ->> 'session') = $1
                 UNION SELECT family FROM codes
                 WHERE family IS NOT NULL AND (grant_data::jsonb ->> 'session') = $1",
                p![&tag],
            )?
        } else {
            self.rows(
                "SELECT family FROM refresh_tokens
                 WHERE revoked = 0 AND json_extract(grant_data, '$.session') = $1
                 UNION SELECT family FROM codes
                 WHERE family IS NOT NULL AND json_extract(grant_data, '$.session') = $1",
                p![&tag],
            )?
        };
        let mut families = rows
            .iter()
            .map(|r| r.text(0))
            .collect::<IdentityResult<Vec<_>>>()?;
        families.sort_unstable();
        families.dedup();
        for family in &families {
            self.revoke_family(family, now)?;
        }
        Ok(families.len())
    }

    /// Revoke the family of a refresh token (RFC 7009), if `client_id` owns it.
    pub fn revoke_refresh(&self, token: &str, client_id: &str, now: i64) -> IdentityResult<bool> {
        let row = self.row(
            "SELECT family, grant_data FROM refresh_tokens WHERE token_hash = $1",
            p![token_hash(token)],
        )?;
        match row {
            Some(r)
                if serde_json::from_str::<Grant>(&r.text(1)?)
                    .is_ok_and(|g| g.client_id == client_id) =>
            {
                self.revoke_family(&r.text(0)?, now)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Whether a refresh token is live (for introspection).
    pub fn refresh_active(&self, token: &str, now: i64) -> IdentityResult<Option<Grant>> {
        let row = self.row(
            "SELECT grant_data, expires_at, used, revoked FROM refresh_tokens
             WHERE token_hash = $1",
            p![token_hash(token)],
        )?;
        let Some(r) = row else { return Ok(None) };
        Ok(if r.int(2)? == 0 && r.int(3)? == 0 && r.int(1)? >= now {
            serde_json::from_str(&r.text(0)?).ok()
        } else {
            None
        })
    }
}

/// A table of the state, as `migrate` copies it: every column, and its key.
struct Table {
    name: &'static str,
    all: &'static str,
    one: &'static str,
    insert: &'static str,
    count: &'static str,
}

macro_rules! table {
    ($name:literal, $key:literal, $cols:literal, $params:literal) => {
        Table {
            name: $name,
            all: concat!("SELECT ", $cols, " FROM ", $name),
            one: concat!("SELECT ", $cols, " FROM ", $name, " WHERE ", $key, " = $1"),
            insert: concat!(
                "INSERT INTO ",
                $name,
                " (",
                $cols,
                ") VALUES (",
                $params,
                ") ON CONFLICT DO NOTHING"
            ),
            count: concat!("SELECT COUNT(*) FROM ", $name),
        }
    };
}

/// Every table, its key first.
const TABLES: [Table; 7] = [
    table!(
        "clients",
        "client_id",
        "client_id, kind, secret_hash, tenant, scopes, redirect_uris, created_at, grant_types, resource_server",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9"
    ),
    table!(
        "published_keys",
        "kid",
        "kid, public, created_at, retired_at",
        "$1, $2, $3, $4"
    ),
    table!("revoked", "jti", "jti, expires_at", "$1, $2"),
    table!(
        "access_tokens",
        "token_hash",
        "token_hash, claims, expires_at",
        "$1, $2, $3"
    ),
    table!(
        "sessions",
        "id_hash",
        "id_hash, \"user\", tenant, scopes, auth_time, expires_at",
        "$1, $2, $3, $4, $5, $6"
    ),
    table!(
        "codes",
        "code_hash",
        "code_hash, grant_data, expires_at, used, family, access_jti, access_exp",
        "$1, $2, $3, $4, $5, $6, $7"
    ),
    table!(
        "refresh_tokens",
        "token_hash",
        "token_hash, family, grant_data, expires_at, used, revoked",
        "$1, $2, $3, $4, $5, $6"
    ),
];

/// Copy a whole identity state to another store (made when missing) and verify it, row for
/// row: the rows a consistent snapshot of the source holds, inserted in one transaction of
/// the destination. A destination that already holds the same rows (an earlier run) is
/// fine; one that holds any other row is refused and left as it was.
pub fn migrate(from: &Location, to: &Location) -> IdentityResult<Vec<(&'static str, u64)>> {
    let source = State::open_at(from, false)?;
    let destination = State::open_at(to, true)?;
    source.db.borrow_mut().begin_snapshot()?;
    let copied = (|| {
        let mut tables = Vec::new();
        for t in &TABLES {
            tables.push((t, source.rows(t.all, p![])?));
        }
        Ok::<_, IdentityError>(tables)
    })();
    source.db.borrow_mut().rollback();
    let tables = copied?;
    let different = |table: &str, what: String| {
        IdentityError::new(
            Reason::BadState,
            format!(
                "{} already holds {what} in `{table}`: it is not an earlier copy of {}",
                destination.place(),
                source.place()
            ),
        )
        .with_help("copy to an empty state (a new file or database); nothing was written")
    };
    destination.transaction("migrate", || {
        for (t, rows) in &tables {
            for row in rows {
                destination.exec(t.insert, &row.0)?;
                let there = destination.row(t.one, &row.0[..1])?;
                if there.map(|r| r.0) != Some(row.0.clone()) {
                    return Err(different(
                        t.name,
                        "a different row with the same key".into(),
                    ));
                }
            }
            let count = destination
                .row(t.count, p![])?
                .map(|r| r.int(0))
                .transpose()?;
            if count != Some(rows.len() as i64) {
                return Err(different(t.name, "rows the source does not have".into()));
            }
        }
        Ok(())
    })?;
    // Read back from a new connection: what a server opening the copy will find.
    let check = State::open_at(to, false)?;
    let mut report = Vec::new();
    for (t, rows) in &tables {
        for row in rows {
            let there = check.row(t.one, &row.0[..1])?;
            if there.map(|r| r.0) != Some(row.0.clone()) {
                return Err(IdentityError::new(
                    Reason::BadState,
                    format!(
                        "the copy in {} differs from the source in `{}`",
                        check.place(),
                        t.name
                    ),
                ));
            }
        }
        let count = check.row(t.count, p![])?.map(|r| r.int(0)).transpose()?;
        if count != Some(rows.len() as i64) {
            return Err(IdentityError::new(
                Reason::BadState,
                format!(
                    "the copy in {} has other rows in `{}`",
                    check.place(),
                    t.name
                ),
            ));
        }
        report.push((t.name, rows.len() as u64));
    }
    Ok(report)
}

/// Open (with `create`, make) the SQLite state file, migrated and checked.
fn open_sqlite(path: &Path, create: bool) -> IdentityResult<Connection> {
    let exists = path.exists();
    if !exists && !create {
        return Err(IdentityError::new(
            Reason::BadState,
            format!("no identity state at {}", path.display()),
        ));
    }
    if !exists {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        options.open(path).map_err(|e| {
            let reason = if e.raw_os_error() == Some(libc::ENOSPC) {
                Reason::DiskFull
            } else {
                Reason::IoError
            };
            IdentityError::new(reason, format!("cannot create {}: {e}", path.display()))
        })?;
    }
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Deleted rows are overwritten with zeros (the migration to 3 relies on it too).
    conn.pragma_update(None, "secure_delete", "ON")?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(IdentityError::new(
            Reason::BadState,
            format!(
                "{} has schema version {version}; this cu reads up to {SCHEMA_VERSION}",
                path.display()
            ),
        ));
    }
    if version == 0 {
        conn.pragma_update(None, "journal_mode", "WAL")?;
    }
    if version < SCHEMA_VERSION {
        migrate_sqlite(&conn)?;
    }
    let scrub_pending = conn
        .query_row("SELECT 1 FROM meta WHERE name = 'scrub'", [], |_| Ok(()))
        .optional()
        .unwrap_or(None)
        .is_some();
    if scrub_pending {
        scrub(&conn, path)?;
    }
    let magic: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE name = 'magic'", [], |r| {
            r.get(0)
        })
        .optional()
        .unwrap_or(None);
    if magic.as_deref() != Some(MAGIC) {
        return Err(IdentityError::new(
            Reason::BadState,
            format!("{} is not a cu identity state file", path.display()),
        ));
    }
    Ok(conn)
}

/// Bring the schema to `SCHEMA_VERSION`, one numbered step at a time, in one transaction that
/// re-reads the version (another process may have migrated since this one looked).
fn migrate_sqlite(conn: &Connection) -> IdentityResult<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| -> IdentityResult<()> {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version >= SCHEMA_VERSION {
            return Ok(());
        }
        if version < 1 {
            conn.execute_batch(&format!(
                "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                 INSERT OR IGNORE INTO meta VALUES ('magic', '{MAGIC}');
                 CREATE TABLE IF NOT EXISTS clients (
                     client_id TEXT PRIMARY KEY, kind TEXT NOT NULL, secret_hash BLOB,
                     tenant TEXT NOT NULL, scopes TEXT NOT NULL, redirect_uris TEXT NOT NULL,
                     created_at INTEGER NOT NULL);
                 CREATE TABLE IF NOT EXISTS signing_keys (
                     kid TEXT PRIMARY KEY, seed BLOB NOT NULL, created_at INTEGER NOT NULL,
                     retired_at INTEGER);
                 CREATE TABLE IF NOT EXISTS revoked (
                     jti TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
                 CREATE TABLE IF NOT EXISTS access_tokens (
                     token_hash BLOB PRIMARY KEY, claims TEXT NOT NULL, expires_at INTEGER NOT NULL);
                 CREATE TABLE IF NOT EXISTS pending (
                     id TEXT PRIMARY KEY, request TEXT NOT NULL, csrf TEXT NOT NULL,
                     expires_at INTEGER NOT NULL);
                 CREATE TABLE IF NOT EXISTS sessions (
                     id_hash BLOB PRIMARY KEY, user TEXT NOT NULL, tenant TEXT NOT NULL,
                     scopes TEXT NOT NULL, auth_time INTEGER NOT NULL, expires_at INTEGER NOT NULL);
                 CREATE TABLE IF NOT EXISTS codes (
                     code_hash BLOB PRIMARY KEY, grant_data TEXT NOT NULL,
                     expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
                 CREATE TABLE IF NOT EXISTS refresh_tokens (
                     token_hash BLOB PRIMARY KEY, family TEXT NOT NULL, grant_data TEXT NOT NULL,
                     expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0,
                     revoked INTEGER NOT NULL DEFAULT 0);"
            ))?;
        }
        if version < 2 {
            // Existing clients keep what they could do: every confidential client could use
            // each grant type and introspect any token; a public one only the code flow.
            conn.execute_batch(
                "ALTER TABLE clients ADD COLUMN grant_types TEXT NOT NULL DEFAULT '[]';
                 ALTER TABLE clients ADD COLUMN resource_server INTEGER NOT NULL DEFAULT 0;
                 UPDATE clients SET
                     grant_types = CASE kind
                         WHEN 'confidential'
                             THEN '[\"authorization_code\",\"refresh_token\",\"client_credentials\"]'
                         ELSE '[\"authorization_code\",\"refresh_token\"]' END,
                     resource_server = (kind = 'confidential');
                 ALTER TABLE codes ADD COLUMN family TEXT;
                 ALTER TABLE codes ADD COLUMN access_jti TEXT;
                 ALTER TABLE codes ADD COLUMN access_exp INTEGER;",
            )?;
        }
        if version < 3 {
            // The seeds become public keys; the table that held them goes, its pages zeroed
            // (secure_delete), and `scrub` runs after the commit, again at every open until
            // it has finished (a crash in between leaves the flag).
            let old: Vec<LegacyKey> = {
                let mut stmt =
                    conn.prepare("SELECT kid, seed, created_at, retired_at FROM signing_keys")?;
                let rows = stmt.query_map([], |r| {
                    Ok((r.get(0)?, Zeroizing::new(r.get(1)?), r.get(2)?, r.get(3)?))
                })?;
                rows.collect::<Result<_, _>>()?
            };
            conn.execute_batch(
                "CREATE TABLE published_keys (
                     kid TEXT PRIMARY KEY, public BLOB NOT NULL, created_at INTEGER NOT NULL,
                     retired_at INTEGER);",
            )?;
            for (kid, seed, created_at, retired_at) in &old {
                let public = signing_key_from(seed)?.verifying_key().to_bytes();
                conn.execute(
                    "INSERT INTO published_keys VALUES (?1, ?2, ?3, ?4)",
                    params![kid, &public[..], created_at, retired_at],
                )?;
            }
            // Pending sign-ins are kept in memory now (`identity::pending`).
            conn.execute_batch(
                "DROP TABLE signing_keys;
                 DROP TABLE IF EXISTS pending;
                 INSERT OR REPLACE INTO meta VALUES ('scrub', '1');",
            )?;
        }
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(())
    })();
    match result {
        Ok(()) => {
            conn.execute_batch("COMMIT")?;
            Ok(())
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// How often the scrub tries to truncate a WAL another process is reading (50 ms apart).
const SCRUB_ATTEMPTS: u32 = 200;

/// A signing key as schema 2 kept it: kid, seed, created_at, retired_at.
type LegacyKey = (String, Zeroizing<Vec<u8>>, i64, Option<i64>);

/// Leave no freed page and no old WAL frame that could still hold a dropped seed: rebuild the
/// file (`VACUUM`, its temporary copy in memory, not in a temp file), copy the WAL into it and
/// truncate the WAL to nothing; only then drop the `scrub` flag. Several processes may run
/// this at once: each step takes SQLite's locks (waiting up to the busy timeout), and a
/// second run finds nothing left to do.
fn scrub(conn: &Connection, path: &Path) -> IdentityResult<()> {
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.execute_batch("VACUUM")?;
    // Another process's read transaction (a second server starting, a `cu identity` command)
    // keeps the WAL from being truncated while it lasts: try again for up to 10 s.
    let checkpoint = || -> IdentityResult<bool> {
        for attempt in 0..SCRUB_ATTEMPTS {
            let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
            if busy == 0 {
                return Ok(true);
            }
            if attempt + 1 < SCRUB_ATTEMPTS {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        }
        Ok(false)
    };
    if !checkpoint()? {
        return Err(IdentityError::new(
            Reason::BadState,
            format!(
                "cannot finish removing the old signing keys from {}-wal: another process keeps reading it",
                path.display()
            ),
        )
        .with_help("stop the other processes using the identity state (an older server, say) and start again; until then the file may hold old key bytes"));
    }
    conn.execute("DELETE FROM meta WHERE name = 'scrub'", [])?;
    // The flag's deletion is the only frame left; truncate again so the -wal is empty (a
    // reader that came in between leaves it to the next checkpoint: it holds no key bytes).
    checkpoint()?;
    Ok(())
}

/// The grant types a new client gets, after checking that its registration can work.
fn check_policy(new: &NewClient, policy: &ClientPolicy) -> IdentityResult<Vec<String>> {
    let refuse = |m: String| Err(IdentityError::new(Reason::InvalidRequest, m));
    let grant_types = match &policy.grant_types {
        Some(g) if !g.is_empty() => {
            let mut out: Vec<String> = Vec::new();
            for grant in g {
                if !GRANT_TYPES.contains(&grant.as_str()) {
                    return refuse(format!(
                        "`{grant}` is not a grant type; use {}",
                        GRANT_TYPES.join(", ")
                    ));
                }
                if !out.contains(grant) {
                    out.push(grant.clone());
                }
            }
            out
        }
        _ if new.redirect_uris.is_empty() => vec![CLIENT_CREDENTIALS.to_string()],
        _ => vec![AUTHORIZATION_CODE.to_string(), REFRESH_TOKEN.to_string()],
    };
    let has = |g: &str| grant_types.iter().any(|x| x == g);
    if has(CLIENT_CREDENTIALS) && !new.confidential {
        return refuse("a public client cannot use client_credentials: it has no secret".into());
    }
    if has(AUTHORIZATION_CODE) && new.redirect_uris.is_empty() {
        return refuse("authorization_code needs at least one --redirect-uri".into());
    }
    if has(REFRESH_TOKEN) && !has(AUTHORIZATION_CODE) {
        return refuse(
            "refresh_token needs authorization_code: refresh tokens come from it".into(),
        );
    }
    if policy.resource_server && !new.confidential {
        return refuse(
            "a resource server must be confidential: introspection needs a secret".into(),
        );
    }
    Ok(grant_types)
}

fn signing_key_from(seed: &[u8]) -> IdentityResult<ed25519_dalek::SigningKey> {
    crate::jose::ed25519::signing_key(seed).map_err(|e| {
        IdentityError::new(
            Reason::BadState,
            format!("a stored signing key: {}", e.message),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant() -> Grant {
        Grant {
            client_id: "web".into(),
            user: "alice".into(),
            tenant: crate::kms::DEFAULT_TENANT.into(),
            scopes: vec!["openid".into()],
            redirect_uri: "https://app.example/cb".into(),
            nonce: None,
            code_challenge: "c".into(),
            auth_time: 1_000,
            session: None,
        }
    }

    /// A replay that revokes a family whose first exchange has not yet made its refresh
    /// token: the revocation must outlive the sweep of expired revocations, and the refresh
    /// token the first exchange then asks for must be refused.
    #[test]
    fn a_family_revoked_before_its_first_refresh_token_stays_revoked() {
        let dir = tempfile::tempdir().unwrap();
        let state = State::open(&dir.path().join("identity.db"), true).unwrap();
        let now = 1_700_000_000;
        state.revoke_family("F", now).unwrap();
        // Any later revocation sweeps expired rows.
        state.revoke("some-jti", now + 60, now).unwrap();
        let refused = state
            .create_refresh(&grant(), Some("F"), now, 3_600)
            .unwrap_err();
        assert_eq!(refused.reason, Reason::InvalidGrant, "{}", refused.message);
        assert!(state.is_revoked(&new_jti(Some("F")).unwrap()).unwrap());
    }

    /// A code is made only while its session is live: after a sign-out none is.
    #[test]
    fn no_code_for_a_session_that_ended() {
        let dir = tempfile::tempdir().unwrap();
        let state = State::open(&dir.path().join("identity.db"), true).unwrap();
        let now = 1_700_000_000;
        let session = Session {
            user: "alice".into(),
            tenant: crate::kms::DEFAULT_TENANT.into(),
            scopes: vec![],
            auth_time: now,
        };
        let cookie = state.create_session(&session, now, 600).unwrap();
        assert!(state
            .create_code(&grant(), &cookie, now, 60)
            .unwrap()
            .is_some());
        state.end_session_and_grants(&cookie, now).unwrap();
        assert!(state
            .create_code(&grant(), &cookie, now, 60)
            .unwrap()
            .is_none());
    }

    #[test]
    fn loopback_means_the_host_exactly() {
        for ok in [
            "http://localhost",
            "http://localhost/cb",
            "http://localhost:8080/cb",
            "http://127.0.0.1:9/callback",
            "http://127.0.0.1?x=1",
            "http://[::1]:65535/",
        ] {
            assert!(http_loopback(ok), "{ok}");
        }
        for bad in [
            "http://localhost.evil.example/",
            "http://127.0.0.1.evil.example/",
            "http://localhost:80@evil.example/",
            "http://localhost:/cb",
            "http://localhost:65536/",
            "http://[::1]x/",
            "https://localhost/",
            "http://evil.example/localhost",
        ] {
            assert!(!http_loopback(bad), "{bad}");
        }
    }
}
