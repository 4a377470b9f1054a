//! Where the identity state lives: one SQLite file, or the `cu_identity` schema of a
//! PostgreSQL database shared by many identity servers. `State` (in `state.rs`) is written
//! once over this: the same statements for both, in a portable subset of SQL with `$1`-style
//! parameters (rewritten to `?1` for SQLite), always bound, never spliced. A statement that
//! needs a dialect of its own is chosen with `Db::dialect`.
//!
//! PostgreSQL: numbered, forward-only migrations recorded in `cu_identity.meta`
//! (`schema_version`), applied under an advisory lock so that servers starting together
//! migrate once; a database written by a newer cu is refused. A lost connection is dropped
//! and made again on the next call, so a server recovers from a database restart by itself.

use std::collections::HashMap;

use super::{IdentityError, IdentityResult, Reason};
use crate::kms::store::postgres::PgLocation;

/// A value bound to a statement or read from a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Int(v as i64)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(v.to_string())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Text(v.clone())
    }
}
impl From<Vec<u8>> for Value {
    fn from(v: Vec<u8>) -> Value {
        Value::Blob(v)
    }
}
impl From<&[u8]> for Value {
    fn from(v: &[u8]) -> Value {
        Value::Blob(v.to_vec())
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map(Into::into).unwrap_or(Value::Null)
    }
}

/// `p![a, b]`: the parameters of a statement.
macro_rules! p {
    ($($v:expr),* $(,)?) => { &[$($crate::identity::db::Value::from($v)),*][..] };
}
pub(crate) use p;

/// A row read back, its columns by position.
#[derive(Debug, Clone)]
pub(crate) struct Row(pub(crate) Vec<Value>);

fn damaged(what: &str, i: usize) -> IdentityError {
    IdentityError::new(
        Reason::BadState,
        format!("the identity state holds an unexpected value (column {i}, expected {what})"),
    )
    .with_help("the state's tables were changed outside cu: restore it from a backup")
}

impl Row {
    fn get(&self, i: usize) -> &Value {
        self.0.get(i).unwrap_or(&Value::Null)
    }
    pub(crate) fn opt_int(&self, i: usize) -> IdentityResult<Option<i64>> {
        match self.get(i) {
            Value::Null => Ok(None),
            Value::Int(v) => Ok(Some(*v)),
            _ => Err(damaged("an integer", i)),
        }
    }
    pub(crate) fn int(&self, i: usize) -> IdentityResult<i64> {
        self.opt_int(i)?.ok_or_else(|| damaged("an integer", i))
    }
    pub(crate) fn opt_text(&self, i: usize) -> IdentityResult<Option<String>> {
        match self.get(i) {
            Value::Null => Ok(None),
            Value::Text(v) => Ok(Some(v.clone())),
            _ => Err(damaged("text", i)),
        }
    }
    pub(crate) fn text(&self, i: usize) -> IdentityResult<String> {
        self.opt_text(i)?.ok_or_else(|| damaged("text", i))
    }
    pub(crate) fn opt_blob(&self, i: usize) -> IdentityResult<Option<Vec<u8>>> {
        match self.get(i) {
            Value::Null => Ok(None),
            Value::Blob(v) => Ok(Some(v.clone())),
            _ => Err(damaged("bytes", i)),
        }
    }
    pub(crate) fn blob(&self, i: usize) -> IdentityResult<Vec<u8>> {
        self.opt_blob(i)?.ok_or_else(|| damaged("bytes", i))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

/// The state's connection.
pub(crate) enum Db {
    Sqlite(rusqlite::Connection),
    Postgres(Box<PgConn>),
}

/// `$1` → `?1`: a `$` followed by a digit (a JSON path such as `'$.session'` stays).
fn sqlite_sql(sql: &str) -> std::borrow::Cow<'_, str> {
    let b = sql.as_bytes();
    let param = |i: usize| b[i] == b'$' && b.get(i + 1).is_some_and(u8::is_ascii_digit);
    if !(0..b.len()).any(param) {
        return std::borrow::Cow::Borrowed(sql);
    }
    let mut out = String::with_capacity(sql.len());
    for (i, c) in sql.char_indices() {
        out.push(if param(i) { '?' } else { c });
    }
    std::borrow::Cow::Owned(out)
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(v) => ValueRef::Integer(*v),
            Value::Text(v) => ValueRef::Text(v.as_bytes()),
            Value::Blob(v) => ValueRef::Blob(v),
        }))
    }
}

impl Db {
    pub(crate) fn dialect(&self) -> Dialect {
        match self {
            Db::Sqlite(_) => Dialect::Sqlite,
            Db::Postgres(_) => Dialect::Postgres,
        }
    }

    /// Run a statement; the number of rows it changed.
    pub(crate) fn exec(&mut self, sql: &'static str, params: &[Value]) -> IdentityResult<u64> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(&sqlite_sql(sql))?;
                Ok(stmt.execute(rusqlite::params_from_iter(params.iter()))? as u64)
            }
            Db::Postgres(c) => c.exec(sql, params),
        }
    }

    /// Every row a query returns.
    pub(crate) fn rows(&mut self, sql: &'static str, params: &[Value]) -> IdentityResult<Vec<Row>> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(&sqlite_sql(sql))?;
                let n = stmt.column_count();
                let mut rows = stmt.query(rusqlite::params_from_iter(params.iter()))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    let mut row = Vec::with_capacity(n);
                    for i in 0..n {
                        use rusqlite::types::ValueRef;
                        row.push(match r.get_ref(i)? {
                            ValueRef::Null => Value::Null,
                            ValueRef::Integer(v) => Value::Int(v),
                            ValueRef::Real(v) => Value::Int(v as i64),
                            ValueRef::Text(v) => {
                                Value::Text(String::from_utf8_lossy(v).into_owned())
                            }
                            ValueRef::Blob(v) => Value::Blob(v.to_vec()),
                        });
                    }
                    out.push(Row(row));
                }
                Ok(out)
            }
            Db::Postgres(c) => c.rows(sql, params),
        }
    }

    /// The first row a query returns, if any.
    pub(crate) fn row(
        &mut self,
        sql: &'static str,
        params: &[Value],
    ) -> IdentityResult<Option<Row>> {
        Ok(self.rows(sql, params)?.into_iter().next())
    }

    /// Start a transaction that holds the write lock (SQLite) or the advisory lock of `key`
    /// (PostgreSQL: writers of the same key wait for each other, others do not).
    pub(crate) fn begin(&mut self, key: &str) -> IdentityResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch("BEGIN IMMEDIATE")?),
            Db::Postgres(c) => c.begin(key),
        }
    }

    /// Start a read-only transaction that sees one consistent snapshot (ended by `rollback`).
    pub(crate) fn begin_snapshot(&mut self) -> IdentityResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch("BEGIN")?),
            Db::Postgres(c) => c.begin_snapshot(),
        }
    }

    pub(crate) fn commit(&mut self) -> IdentityResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch("COMMIT")?),
            Db::Postgres(c) => c.end("COMMIT"),
        }
    }

    pub(crate) fn rollback(&mut self) {
        match self {
            Db::Sqlite(c) => {
                let _ = c.execute_batch("ROLLBACK");
            }
            Db::Postgres(c) => {
                let _ = c.end("ROLLBACK");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// PostgreSQL

use postgres::types::{IsNull, ToSql, Type};

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(v) => match *ty {
                Type::INT8 => v.to_sql(ty, out),
                Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
                Type::BOOL => (*v != 0).to_sql(ty, out),
                _ => Err(format!("an integer bound to a {ty} parameter").into()),
            },
            Value::Text(v) => v.to_sql(ty, out),
            Value::Blob(v) => v.to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT8 | Type::INT4 | Type::BOOL | Type::TEXT | Type::VARCHAR | Type::BYTEA
        )
    }

    postgres::types::to_sql_checked!();
}

/// The schema version this cu writes in PostgreSQL (the length of `PG_MIGRATIONS`).
const PG_SCHEMA_VERSION: i64 = 1;
/// Advisory lock keys: class 0x6377 ("cw"), then what is locked.
const LOCK_MIGRATE: i64 = 0x6377_0000_0000;
const LOCK_FAMILY: i64 = 0x6377_0001_0000_0000;

/// Migration `i` takes the schema from version `i` to `i + 1`.
const PG_MIGRATIONS: [&str; 1] = ["CREATE TABLE cu_identity.clients (
         client_id TEXT PRIMARY KEY, kind TEXT NOT NULL, secret_hash BYTEA,
         tenant TEXT NOT NULL, scopes TEXT NOT NULL, redirect_uris TEXT NOT NULL,
         created_at BIGINT NOT NULL, grant_types TEXT NOT NULL,
         resource_server BIGINT NOT NULL DEFAULT 0);
     CREATE TABLE cu_identity.published_keys (
         kid TEXT PRIMARY KEY, public BYTEA NOT NULL, created_at BIGINT NOT NULL,
         retired_at BIGINT);
     CREATE TABLE cu_identity.revoked (jti TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
     CREATE TABLE cu_identity.access_tokens (
         token_hash BYTEA PRIMARY KEY, claims TEXT NOT NULL, expires_at BIGINT NOT NULL);
     CREATE TABLE cu_identity.sessions (
         id_hash BYTEA PRIMARY KEY, \"user\" TEXT NOT NULL, tenant TEXT NOT NULL,
         scopes TEXT NOT NULL, auth_time BIGINT NOT NULL, expires_at BIGINT NOT NULL);
     CREATE TABLE cu_identity.codes (
         code_hash BYTEA PRIMARY KEY, grant_data TEXT NOT NULL, expires_at BIGINT NOT NULL,
         used BIGINT NOT NULL DEFAULT 0, family TEXT, access_jti TEXT, access_exp BIGINT);
     CREATE TABLE cu_identity.refresh_tokens (
         token_hash BYTEA PRIMARY KEY, family TEXT NOT NULL, grant_data TEXT NOT NULL,
         expires_at BIGINT NOT NULL, used BIGINT NOT NULL DEFAULT 0,
         revoked BIGINT NOT NULL DEFAULT 0);
     CREATE INDEX ON cu_identity.refresh_tokens (family);"];

/// A connection to the identity state in PostgreSQL, made again after a failure.
pub(crate) struct PgConn {
    at: PgLocation,
    /// None after a connection failure; dropped by `Drop` (never inside an async task).
    client: Option<std::mem::ManuallyDrop<postgres::Client>>,
    prepared: HashMap<&'static str, postgres::Statement>,
    in_txn: bool,
}

impl Drop for PgConn {
    fn drop(&mut self) {
        self.disconnect();
    }
}

fn pg_error(e: postgres::Error) -> IdentityError {
    let kms = crate::kms::KmsError::from(e);
    from_kms(kms)
}

/// A failure of the shared PostgreSQL code, as the identity state reports it.
pub(crate) fn from_kms(e: crate::kms::KmsError) -> IdentityError {
    use crate::kms::Reason as K;
    let reason = match e.reason {
        K::Unavailable => Reason::Unavailable,
        K::DiskFull => Reason::DiskFull,
        _ => Reason::BadState,
    };
    let mut out = IdentityError::new(reason, format!("identity state: {}", e.message));
    if let Some(help) = e.help {
        out = out.with_help(help);
    }
    out
}

impl PgConn {
    /// Connect and check (with `create`, make or migrate) the `cu_identity` schema.
    pub(crate) fn open(at: &PgLocation, create: bool) -> IdentityResult<PgConn> {
        let mut conn = PgConn {
            at: at.clone(),
            client: None,
            prepared: HashMap::new(),
            in_txn: false,
        };
        let client = conn.client()?;
        let found: Option<String> = client
            .query_one("SELECT to_regclass('cu_identity.meta')::text", &[])
            .map_err(pg_error)?
            .try_get(0)
            .map_err(pg_error)?;
        let version = match found {
            None => 0,
            Some(_) => schema_version(client)?,
        };
        if version > PG_SCHEMA_VERSION {
            return Err(newer(at, version));
        }
        if version == 0 && !create {
            return Err(IdentityError::new(
                Reason::BadState,
                format!("no identity state in the database {}", at.display()),
            )
            .with_help(
                "make it with `cu identity client create … --state URL` or by starting the server",
            ));
        }
        if version < PG_SCHEMA_VERSION {
            migrate(client, at)?;
        }
        let magic: Option<String> = client
            .query_opt(
                "SELECT value FROM cu_identity.meta WHERE name = 'magic'",
                &[],
            )
            .map_err(pg_error)?
            .map(|r| r.try_get(0))
            .transpose()
            .map_err(pg_error)?;
        if magic.as_deref() != Some(super::state::MAGIC) {
            return Err(IdentityError::new(
                Reason::BadState,
                format!("{} holds no cu identity state", at.display()),
            ));
        }
        Ok(conn)
    }

    fn disconnect(&mut self) {
        self.prepared.clear();
        self.in_txn = false;
        if let Some(mut c) = self.client.take() {
            // SAFETY: taken once, out of an Option that no longer holds it.
            let client = unsafe { std::mem::ManuallyDrop::take(&mut c) };
            if tokio::runtime::Handle::try_current().is_ok() {
                let _ = std::thread::spawn(move || drop(client)).join();
            } else {
                drop(client);
            }
        }
    }

    fn client(&mut self) -> IdentityResult<&mut postgres::Client> {
        if self.client.is_none() {
            let mut c = self.at.connect().map_err(from_kms)?;
            c.execute(
                "SELECT set_config('search_path', 'cu_identity', false)",
                &[],
            )
            .map_err(pg_error)?;
            self.client = Some(std::mem::ManuallyDrop::new(c));
        }
        match self.client.as_deref_mut() {
            Some(c) => Ok(c),
            None => Err(IdentityError::new(Reason::Internal, "no connection")),
        }
    }

    /// After an error: a broken connection is dropped (the next call connects again).
    fn failed(&mut self, e: postgres::Error) -> IdentityError {
        // Class 08 (connection exception) and 57P (the server shutting down, as on a
        // restart) leave a connection that is closing even if it does not say so yet.
        let dying = e
            .code()
            .is_some_and(|c| c.code().starts_with("08") || c.code().starts_with("57P"));
        let closed = self.client.as_ref().is_some_and(|c| c.is_closed());
        // A socket error (as opposed to, say, a value that did not convert).
        let io = std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>());
        if e.is_closed() || io || dying || closed {
            self.disconnect();
            let mut out = pg_error(e);
            out.reason = Reason::Unavailable;
            return out;
        }
        pg_error(e)
    }

    fn statement(&mut self, sql: &'static str) -> IdentityResult<postgres::Statement> {
        if let Some(s) = self.prepared.get(sql) {
            return Ok(s.clone());
        }
        let prepared = self.client()?.prepare(sql);
        let s = prepared.map_err(|e| self.failed(e))?;
        self.prepared.insert(sql, s.clone());
        Ok(s)
    }

    fn exec(&mut self, sql: &'static str, params: &[Value]) -> IdentityResult<u64> {
        let s = self.statement(sql)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as _).collect();
        let done = self.client()?.execute(&s, &refs);
        done.map_err(|e| self.failed(e))
    }

    fn rows(&mut self, sql: &'static str, params: &[Value]) -> IdentityResult<Vec<Row>> {
        let s = self.statement(sql)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as _).collect();
        let found = self.client()?.query(&s, &refs);
        let rows = found.map_err(|e| self.failed(e))?;
        rows.iter().map(read_row).collect()
    }

    fn begin(&mut self, key: &str) -> IdentityResult<()> {
        use sha2::Digest;
        let d = sha2::Sha256::digest(key.as_bytes());
        let lock = LOCK_FAMILY | i64::from(u32::from_le_bytes([d[0], d[1], d[2], d[3]]));
        // Pinned: each statement after the lock must see what committed while it waited
        // (a database default of REPEATABLE READ would take the snapshot before the lock).
        let began = self
            .client()?
            .batch_execute("BEGIN ISOLATION LEVEL READ COMMITTED");
        began.map_err(|e| self.failed(e))?;
        self.in_txn = true;
        let locked = self
            .client()?
            .execute("SELECT pg_advisory_xact_lock($1)", &[&lock]);
        if let Err(e) = locked {
            let e = self.failed(e);
            let _ = self.end("ROLLBACK");
            return Err(e);
        }
        Ok(())
    }

    fn begin_snapshot(&mut self) -> IdentityResult<()> {
        let began = self
            .client()?
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        began.map_err(|e| self.failed(e))?;
        self.in_txn = true;
        Ok(())
    }

    fn end(&mut self, how: &str) -> IdentityResult<()> {
        if !self.in_txn {
            return Ok(());
        }
        self.in_txn = false;
        let done = self.client()?.batch_execute(how);
        done.map_err(|e| self.failed(e))
    }

    /// `SELECT 1`: whether the database answers (for `/readyz`).
    pub(crate) fn ping(&mut self) -> IdentityResult<()> {
        let done = self.client()?.batch_execute("SELECT 1");
        done.map_err(|e| self.failed(e))
    }
}

fn read_row(r: &postgres::Row) -> IdentityResult<Row> {
    let mut out = Vec::with_capacity(r.len());
    for (i, column) in r.columns().iter().enumerate() {
        let bad = |_| damaged(column.type_().name(), i);
        let value = match *column.type_() {
            Type::INT8 => r.try_get::<_, Option<i64>>(i).map_err(bad)?.map(Value::Int),
            Type::INT4 => r
                .try_get::<_, Option<i32>>(i)
                .map_err(bad)?
                .map(|v| Value::Int(v.into())),
            Type::BOOL => r
                .try_get::<_, Option<bool>>(i)
                .map_err(bad)?
                .map(|v| Value::Int(v.into())),
            Type::TEXT | Type::VARCHAR => r
                .try_get::<_, Option<String>>(i)
                .map_err(bad)?
                .map(Value::Text),
            Type::BYTEA => r
                .try_get::<_, Option<Vec<u8>>>(i)
                .map_err(bad)?
                .map(Value::Blob),
            _ => return Err(damaged("a cu column type", i)),
        };
        out.push(value.unwrap_or(Value::Null));
    }
    Ok(Row(out))
}

fn schema_version(c: &mut postgres::Client) -> IdentityResult<i64> {
    let row = c
        .query_opt(
            "SELECT value FROM cu_identity.meta WHERE name = 'schema_version'",
            &[],
        )
        .map_err(pg_error)?;
    let Some(row) = row else { return Ok(0) };
    let text: String = row.try_get(0).map_err(pg_error)?;
    text.parse().map_err(|_| damaged("a schema version", 0))
}

fn newer(at: &PgLocation, version: i64) -> IdentityError {
    IdentityError::new(
        Reason::BadState,
        format!(
            "the identity state in {} has schema version {version}; this cu reads up to {PG_SCHEMA_VERSION}",
            at.display()
        ),
    )
    .with_help("upgrade cu: a newer cu wrote this database")
}

/// Bring `cu_identity` to `PG_SCHEMA_VERSION` in one transaction, under the migration lock
/// (another server may have migrated since this one looked: the version is read again).
fn migrate(c: &mut postgres::Client, at: &PgLocation) -> IdentityResult<()> {
    let mut t = c.transaction().map_err(pg_error)?;
    t.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_MIGRATE])
        .map_err(pg_error)?;
    t.batch_execute(
        "CREATE SCHEMA IF NOT EXISTS cu_identity;
         CREATE TABLE IF NOT EXISTS cu_identity.meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);",
    )
    .map_err(pg_error)?;
    let version = {
        let row = t
            .query_opt(
                "SELECT value FROM cu_identity.meta WHERE name = 'schema_version'",
                &[],
            )
            .map_err(pg_error)?;
        match row {
            None => 0,
            Some(r) => {
                let text: String = r.try_get(0).map_err(pg_error)?;
                text.parse().map_err(|_| damaged("a schema version", 0))?
            }
        }
    };
    if version > PG_SCHEMA_VERSION {
        return Err(newer(at, version));
    }
    // A negative version is a hand-changed table: damaged, never a panic on the slice.
    let start = usize::try_from(version).map_err(|_| damaged("a schema version", 0))?;
    for m in PG_MIGRATIONS.iter().skip(start) {
        t.batch_execute(m).map_err(pg_error)?;
    }
    let v = PG_SCHEMA_VERSION.to_string();
    t.execute(
        "INSERT INTO cu_identity.meta VALUES ('schema_version', $1)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        &[&v],
    )
    .map_err(pg_error)?;
    t.execute(
        "INSERT INTO cu_identity.meta VALUES ('magic', $1) ON CONFLICT (name) DO NOTHING",
        &[&super::state::MAGIC],
    )
    .map_err(pg_error)?;
    t.commit().map_err(pg_error)
}
