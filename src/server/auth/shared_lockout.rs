//! Lockouts shared by every instance of a server on one PostgreSQL database: the failures
//! each instance counts (`lockout::Event`) are added up in `cu_shared.lockouts`, one row per
//! application, scope (name or address) and key (a name's SHA-256, an address group, never
//! the name itself), with the same fixed-window rule as the local tables. A failure that
//! reaches the limit locks the key in the database; the instance that counted it imposes the
//! lock at once, every other within `POLL` (it reads the live locks that often).
//!
//! The same thread keeps a heartbeat of each instance in `cu_shared.instances`, and counts
//! the live ones (seen within `LIVE`): per-credential rate limits divide by that count, so
//! that over requests spread by a load balancer the limit holds for the whole service.
//!
//! The request path never waits for the database: checks stay in memory, and a thread per
//! server does the writing and reading. While the database is away the local counters still
//! hold each instance to the limits on its own, and sharing resumes when it is back.
//! The addresses a name was signed in from (which may try that name while it is locked) are
//! shared the same way, in `cu_shared.trusted`, so a lock counted on one instance does not
//! shut a service out of another it had not signed in to yet. Outcomes wait in a bounded
//! queue (dropped past it; the local counters still hold) and failures of what is locked
//! already are not sent. What is not shared: attempts in flight (each instance admits its
//! own, so N instances check at most N times the in-flight limit at once).

use std::sync::atomic::{AtomicUsize, Ordering};
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

/// An instance counts as live while its heartbeat is this recent.
const LIVE_MS: i64 = 2_000;

/// Share `lockout` with the other instances of `app` (`kms`, `identity`) on the database
/// `at`, from a thread of its own that ends with the lockout. Returns the number of live
/// instances (this one included), kept current by that thread.
pub fn start(
    lockout: &Arc<Lockout>,
    at: PgLocation,
    app: &'static str,
    settings: &LockoutSettings,
) -> std::io::Result<Arc<AtomicUsize>> {
    let instances = Arc::new(AtomicUsize::new(1));
    let Some(events) = lockout.share() else {
        return Ok(instances);
    };
    let mut id = [0u8; 12];
    getrandom::fill(&mut id).map_err(|e| std::io::Error::other(e.to_string()))?;
    let id: String = id.iter().map(|b| format!("{b:02x}")).collect();
    let live = instances.clone();
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
                retry_at: Instant::now(),
                trusted_since: now_ms() - TRUSTED_FOR_MS,
                lockout: weak,
                id,
                live,
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
    Ok(instances)
}

struct Sync {
    at: PgLocation,
    app: &'static str,
    names: Rule,
    addresses: Rule,
    client: Option<postgres::Client>,
    /// No connection is tried before this (after a failure, once a second).
    retry_at: Instant,
    /// Trust rows read up to here (ms since the epoch).
    trusted_since: i64,
    lockout: Weak<Lockout>,
    /// This instance's heartbeat row, and the count of live instances it updates.
    id: String,
    live: Arc<AtomicUsize>,
}

/// How long a sign-in trusts its address for the name (the local tables' `TRUSTED_FOR`).
const TRUSTED_FOR_MS: i64 = 86_400_000;

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
            if Instant::now() < self.retry_at {
                return None;
            }
            self.retry_at = Instant::now() + Duration::from_secs(1);
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
                         ON cu_shared.lockouts (app, locked_until);
                     CREATE TABLE IF NOT EXISTS cu_shared.trusted (
                         app TEXT NOT NULL, name BYTEA NOT NULL, grp BYTEA NOT NULL,
                         at BIGINT NOT NULL, PRIMARY KEY (app, name, grp));
                     CREATE INDEX IF NOT EXISTS trusted_recent ON cu_shared.trusted (app, at);
                     CREATE TABLE IF NOT EXISTS cu_shared.instances (
                         app TEXT NOT NULL, id TEXT NOT NULL, seen BIGINT NOT NULL,
                         PRIMARY KEY (app, id));",
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
            if let Some(group) = &event.trusted {
                t.execute(
                    "INSERT INTO cu_shared.trusted VALUES ($1, $2, $3, $4)
                     ON CONFLICT (app, name, grp) DO UPDATE SET at = excluded.at",
                    &[&app, &event.key, group, &now],
                )?;
            }
            t.commit()?;
            Ok(locked_until)
        })();
        match result {
            Ok(until) if until > now => self.impose(event.scope, &event.key, until, now),
            Ok(_) => {}
            Err(_) => self.client = None,
        }
    }

    /// Impose every live lock of this application (and beat the heart, count the live).
    fn poll(&mut self) {
        let (app, now) = (self.app, now_ms());
        let id = self.id.clone();
        let Some(c) = self.client() else { return };
        let beat = c
            .execute(
                "INSERT INTO cu_shared.instances VALUES ($1, $2, $3)
                 ON CONFLICT (app, id) DO UPDATE SET seen = excluded.seen",
                &[&app, &id, &now],
            )
            .and_then(|_| {
                c.query_one(
                    "SELECT COUNT(*) FROM cu_shared.instances WHERE app = $1 AND seen > $2",
                    &[&app, &(now - LIVE_MS)],
                )
            });
        match beat {
            Ok(row) => {
                let n: i64 = row.try_get(0).unwrap_or(1);
                self.live.store(n.max(1) as usize, Ordering::Relaxed);
            }
            Err(_) => {
                // Cut off from the others: this instance alone is what it can vouch for.
                self.live.store(1, Ordering::Relaxed);
                self.client = None;
                return;
            }
        }
        let Some(c) = self.client.as_mut() else {
            return;
        };
        let rows = c.query(
            "SELECT scope, key, locked_until FROM cu_shared.lockouts
             WHERE app = $1 AND locked_until > $2",
            &[&app, &now],
        );
        let Ok(rows) = rows else {
            self.client = None;
            return;
        };
        // Trust first: an address trusted elsewhere is let past a lock imposed below.
        let since = self.trusted_since;
        let trusted = match self.client.as_mut() {
            Some(c) => c.query(
                "SELECT name, grp, at FROM cu_shared.trusted WHERE app = $1 AND at > $2",
                &[&app, &since],
            ),
            None => return,
        };
        let Ok(trusted) = trusted else {
            self.client = None;
            return;
        };
        if let Some(lockout) = self.lockout.upgrade() {
            let here = Instant::now();
            for row in &trusted {
                let (Ok(name), Ok(group), Ok(at)) = (
                    row.try_get::<_, Vec<u8>>(0),
                    row.try_get::<_, Vec<u8>>(1),
                    row.try_get::<_, i64>(2),
                ) else {
                    continue;
                };
                let age = Duration::from_millis((now - at).max(0) as u64);
                lockout.impose_trust(&name, &group, here.checked_sub(age).unwrap_or(here), here);
            }
        }
        // Rows written by a clock a little behind are read again next time, not missed.
        self.trusted_since = now - 5_000;
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
        // The database's times are wall-clock times: a clock stepped back (or another
        // instance's clock ahead) never makes a lock longer than the rule says.
        let longest = self.rule(scope).map_or(0, |r| r.lockout_ms);
        let left = Duration::from_millis((until_ms - now_ms).clamp(0, longest.max(0)) as u64);
        let now = Instant::now();
        lockout.impose(scope, key, now + left, now);
    }

    /// Forget rows that no longer lock or count anything.
    fn sweep(&mut self) {
        let (app, now) = (self.app, now_ms());
        let longest = self.names.window_ms.max(self.addresses.window_ms);
        let Some(c) = self.client() else { return };
        let swept = c
            .execute(
                "DELETE FROM cu_shared.lockouts
                 WHERE app = $1 AND locked_until < $2 AND since < $2 - $3",
                &[&app, &now, &longest],
            )
            .and_then(|_| {
                c.execute(
                    "DELETE FROM cu_shared.trusted WHERE app = $1 AND at < $2",
                    &[&app, &(now - TRUSTED_FOR_MS)],
                )
            })
            .and_then(|_| {
                c.execute(
                    "DELETE FROM cu_shared.instances WHERE app = $1 AND seen < $2",
                    &[&app, &(now - 60_000)],
                )
            });
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
