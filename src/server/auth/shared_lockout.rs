//! Lockouts shared by every instance of a server on one PostgreSQL database: the failures
//! each instance counts (`lockout::Event`) are added up in `cu_shared.lockouts`, one row per
//! application, scope (name or address) and key (a name's SHA-256, an address group, never
//! the name itself), with the same fixed-window rule as the local tables. A failure that
//! reaches the limit locks the key in the database; the instance that counted it imposes the
//! lock at once, every other within `POLL` (it reads the live locks that often).
//!
//! The request path never waits for the database: checks stay in memory, and a thread per
//! server does the writing and reading. While the database is away the local counters still
//! hold each instance to the limits on its own, and sharing resumes when it is back.
//! What is not shared: attempts in flight (each instance admits its own), and the addresses a
//! name was signed in from (which let that address past the name's lock).

use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::kms::store::postgres::PgLocation;
use crate::server::auth::lockout::{Event, Lockout, LockoutSettings, Scope};

/// How often each instance reads the locks others made: the bound on how long a lock takes
/// to hold everywhere.
pub const POLL: Duration = Duration::from_millis(250);
/// Advisory lock key of the table's creation (class 0x6378).
const LOCK_SCHEMA: i64 = 0x6378_0000_0000;

#[derive(Clone, Copy)]
struct Rule {
    failures: i64,
    window_ms: i64,
    lockout_ms: i64,
}

/// Share `lockout` with the other instances of `app` (`kms`, `identity`) on the database
/// `at`, from a thread of its own that ends with the lockout.
pub fn start(
    lockout: &Arc<Lockout>,
    at: PgLocation,
    app: &'static str,
    settings: &LockoutSettings,
) -> std::io::Result<()> {
    let Some(events) = lockout.share() else {
        return Ok(());
    };
    let rule = |failures: u32, window: u64, lock: u64| Rule {
        failures: i64::from(failures),
        window_ms: (window as i64).saturating_mul(1000),
        lockout_ms: (lock as i64).saturating_mul(1000),
    };
    let names = rule(
        settings.failures,
        settings.window_seconds,
        settings.lockout_seconds,
    );
    let addresses = rule(
        settings.address_failures,
        settings.address_window_seconds,
        settings.address_lockout_seconds,
    );
    let weak = Arc::downgrade(lockout);
    std::thread::Builder::new()
        .name(format!("cu-{app}-lockout"))
        .spawn(move || {
            let mut sync = Sync {
                at,
                app,
                names,
                addresses,
                client: None,
                lockout: weak,
            };
            let mut polled = Instant::now() - POLL;
            let mut swept = Instant::now();
            loop {
                match events.recv_timeout(POLL) {
                    Ok(event) => sync.record(&event),
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => return,
                }
                if polled.elapsed() >= POLL {
                    sync.poll();
                    polled = Instant::now();
                }
                if swept.elapsed() >= Duration::from_secs(60) {
                    sync.sweep();
                    swept = Instant::now();
                }
                if sync.lockout.strong_count() == 0 {
                    return;
                }
            }
        })?;
    Ok(())
}

struct Sync {
    at: PgLocation,
    app: &'static str,
    names: Rule,
    addresses: Rule,
    client: Option<postgres::Client>,
    lockout: Weak<Lockout>,
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn scope_name(scope: Scope) -> &'static str {
    match scope {
        Scope::Principal => "name",
        Scope::Address => "address",
        Scope::InFlight => "in_flight",
    }
}

impl Sync {
    fn rule(&self, scope: Scope) -> Option<Rule> {
        let rule = match scope {
            Scope::Principal => self.names,
            Scope::Address => self.addresses,
            Scope::InFlight => return None,
        };
        (rule.failures > 0).then_some(rule)
    }

    /// The connection, made (with the table) when there is none.
    fn client(&mut self) -> Option<&mut postgres::Client> {
        if self.client.is_none() {
            let mut c = self.at.connect().ok()?;
            let made = (|| {
                let mut t = c.transaction()?;
                t.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_SCHEMA])?;
                t.batch_execute(
                    "CREATE SCHEMA IF NOT EXISTS cu_shared;
                     CREATE TABLE IF NOT EXISTS cu_shared.lockouts (
                         app TEXT NOT NULL, scope TEXT NOT NULL, key BYTEA NOT NULL,
                         since BIGINT NOT NULL, failures BIGINT NOT NULL,
                         locked_until BIGINT NOT NULL, PRIMARY KEY (app, scope, key));
                     CREATE INDEX IF NOT EXISTS lockouts_live
                         ON cu_shared.lockouts (app, locked_until);",
                )?;
                t.commit()
            })();
            if made.is_err() {
                return None;
            }
            self.client = Some(c);
        }
        self.client.as_mut()
    }

    /// Add one outcome to the shared count; impose the lock it makes, if any.
    fn record(&mut self, event: &Event) {
        let Some(rule) = self.rule(event.scope) else {
            return;
        };
        let (app, scope) = (self.app, scope_name(event.scope));
        let now = now_ms();
        let Some(c) = self.client() else { return };
        let result = (|| -> Result<i64, postgres::Error> {
            let mut t = c.transaction()?;
            t.execute(
                "INSERT INTO cu_shared.lockouts VALUES ($1, $2, $3, $4, 0, 0)
                 ON CONFLICT DO NOTHING",
                &[&app, &scope, &event.key, &now],
            )?;
            let row = t.query_one(
                "SELECT since, failures, locked_until FROM cu_shared.lockouts
                 WHERE app = $1 AND scope = $2 AND key = $3 FOR UPDATE",
                &[&app, &scope, &event.key],
            )?;
            let (mut since, mut failures, mut locked_until): (i64, i64, i64) =
                (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            if !event.failed {
                failures = 0;
                since = now;
            } else {
                if locked_until != 0 && locked_until <= now {
                    locked_until = 0;
                }
                if now - since >= rule.window_ms {
                    failures = 0;
                    since = now;
                }
                failures += 1;
                if failures >= rule.failures {
                    locked_until = now + rule.lockout_ms;
                    failures = 0;
                    since = now;
                }
            }
            t.execute(
                "UPDATE cu_shared.lockouts SET since = $4, failures = $5, locked_until = $6
                 WHERE app = $1 AND scope = $2 AND key = $3",
                &[&app, &scope, &event.key, &since, &failures, &locked_until],
            )?;
            t.commit()?;
            Ok(locked_until)
        })();
        match result {
            Ok(until) if until > now => self.impose(event.scope, &event.key, until, now),
            Ok(_) => {}
            Err(_) => self.client = None,
        }
    }

    /// Impose every live lock of this application.
    fn poll(&mut self) {
        let (app, now) = (self.app, now_ms());
        let Some(c) = self.client() else { return };
        let rows = c.query(
            "SELECT scope, key, locked_until FROM cu_shared.lockouts
             WHERE app = $1 AND locked_until > $2",
            &[&app, &now],
        );
        let Ok(rows) = rows else {
            self.client = None;
            return;
        };
        for row in rows {
            let (Ok(scope), Ok(key), Ok(until)) = (
                row.try_get::<_, String>(0),
                row.try_get::<_, Vec<u8>>(1),
                row.try_get::<_, i64>(2),
            ) else {
                continue;
            };
            let scope = match scope.as_str() {
                "name" => Scope::Principal,
                "address" => Scope::Address,
                _ => continue,
            };
            self.impose(scope, &key, until, now);
        }
    }

    fn impose(&self, scope: Scope, key: &[u8], until_ms: i64, now_ms: i64) {
        let Some(lockout) = self.lockout.upgrade() else {
            return;
        };
        let left = Duration::from_millis((until_ms - now_ms).max(0) as u64);
        let now = Instant::now();
        lockout.impose(scope, key, now + left, now);
    }

    /// Forget rows that no longer lock or count anything.
    fn sweep(&mut self) {
        let (app, now) = (self.app, now_ms());
        let longest = self.names.window_ms.max(self.addresses.window_ms);
        let Some(c) = self.client() else { return };
        let swept = c.execute(
            "DELETE FROM cu_shared.lockouts
             WHERE app = $1 AND locked_until < $2 AND since < $2 - $3",
            &[&app, &now, &longest],
        );
        if swept.is_err() {
            self.client = None;
        }
    }
}

impl Drop for Sync {
    fn drop(&mut self) {
        // A plain thread, never inside the async runtime: the client closes here.
        drop(self.client.take());
    }
}
