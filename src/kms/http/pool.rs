//! Store connections per tenant, reused across requests (each caches unwrapped keys).
//!
//! At most `max` are open in all. A request takes an idle connection of its tenant; when there
//! is none it opens one, but only a few open at once per tenant: opening costs a database
//! connection, its authentication and the store's first reads (milliseconds of CPU on both
//! sides), and a cold server hit by 64 requests at once would otherwise spend its first tens
//! of milliseconds opening 32 connections while nothing is served. Requests beyond those wait
//! for a connection of their tenant to come back (HikariCP's way). A request that finds no
//! room waits up to `wait`, closing an idle connection of another tenant when that makes room,
//! then gets a 503, never a hang.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::http::StatusCode;

use crate::kms::store::{Location, Store, Unseal};
use crate::server::http::unix_now;
use crate::server::problem::Problem;

/// Idle connections kept per tenant.
const KEEP: usize = 32;
/// Connections of one tenant being opened at the same time, while others of it are in use.
const OPENS_AT_ONCE: usize = 2;

pub struct Pool<C> {
    state: Mutex<Tenants<C>>,
    max: usize,
    wait: Duration,
}

struct Tenants<C> {
    by_name: HashMap<String, Tenant<C>>,
    /// Connections open (idle, in use or being opened).
    open: usize,
}

struct Tenant<C> {
    idle: Vec<C>,
    /// Taken and not given back (in use or being opened).
    busy: usize,
    /// Being opened.
    opening: usize,
    /// Requests waiting for a connection of this tenant, on `ready`.
    waiting: usize,
    ready: Arc<Condvar>,
}

impl<C> Default for Tenant<C> {
    fn default() -> Self {
        Tenant {
            idle: Vec::new(),
            busy: 0,
            opening: 0,
            waiting: 0,
            ready: Arc::new(Condvar::new()),
        }
    }
}

/// What `take` found.
enum Taken<C> {
    Idle(C),
    /// Room to open one (counted as open and as opening).
    Open,
}

impl<C> Pool<C> {
    pub fn new(max: usize, wait: Duration) -> Pool<C> {
        Pool {
            state: Mutex::new(Tenants {
                by_name: HashMap::new(),
                open: 0,
            }),
            max: max.max(1),
            wait,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Tenants<C>> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Run `f` with a connection of `tenant` (opened with `open` when one is needed), and give
    /// it back afterwards whatever happens in `f`, a panic included (then it is closed: its
    /// state is unknown). A connection whose call answered 503 (a database restarted, a network
    /// drop) is closed too, so the next request opens a fresh one and the server recovers
    /// without a restart.
    pub fn with<R>(
        &self,
        tenant: &str,
        open: impl FnOnce() -> Result<C, Problem>,
        f: impl FnOnce(&mut C) -> Result<R, Problem>,
    ) -> Result<R, Problem> {
        let conn = match self.take(tenant)? {
            Taken::Idle(c) => c,
            Taken::Open => {
                let opened = open();
                self.opened(tenant, opened.is_ok());
                opened?
            }
        };
        let mut held = Held {
            pool: self,
            tenant,
            conn: Some(conn),
            keep: false,
        };
        let Some(conn) = held.conn.as_mut() else {
            return Err(Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the store connection went missing",
            ));
        };
        let result = f(conn);
        held.keep = !matches!(&result, Err(p) if p.status == StatusCode::SERVICE_UNAVAILABLE);
        result
    }

    fn take(&self, tenant: &str) -> Result<Taken<C>, Problem> {
        let deadline = Instant::now() + self.wait;
        let mut all = self.lock();
        loop {
            let room = all.open < self.max;
            let t = all.by_name.entry(tenant.to_string()).or_default();
            if let Some(c) = t.idle.pop() {
                t.busy += 1;
                return Ok(Taken::Idle(c));
            }
            // Open one, unless enough are being opened while others of the tenant are in use:
            // one of those comes back sooner than a new one opens.
            if t.busy == 0 || t.opening < OPENS_AT_ONCE {
                if room {
                    t.busy += 1;
                    t.opening += 1;
                    all.open += 1;
                    return Ok(Taken::Open);
                }
                // Full: close another tenant's idle connection to make room, if there is one
                // (closed once the lock is released: closing talks to the database).
                let other = all
                    .by_name
                    .iter_mut()
                    .filter(|(name, _)| name.as_str() != tenant)
                    .find_map(|(name, o)| o.idle.pop().map(|c| (name.clone(), c)));
                if let Some((name, closed)) = other {
                    self.forget_if_unused(&mut all, &name);
                    let t = all.by_name.entry(tenant.to_string()).or_default();
                    t.busy += 1;
                    t.opening += 1;
                    drop(all);
                    drop(closed);
                    return Ok(Taken::Open);
                }
            }
            let now = Instant::now();
            if now >= deadline {
                let mut p = Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    format!(
                        "all {} store connections are in use; try again in a moment",
                        self.max
                    ),
                );
                p.retry_after = Some(1);
                self.forget_if_unused(&mut all, tenant);
                return Err(p);
            }
            let t = all.by_name.entry(tenant.to_string()).or_default();
            t.waiting += 1;
            let ready = t.ready.clone();
            all = ready
                .wait_timeout(all, deadline - now)
                .unwrap_or_else(|p| p.into_inner())
                .0;
            if let Some(t) = all.by_name.get_mut(tenant) {
                t.waiting -= 1;
            }
        }
    }

    /// An open of `tenant` ended (`ok`: the connection is in use now; else its room is free).
    fn opened(&self, tenant: &str, ok: bool) {
        let mut all = self.lock();
        if let Some(t) = all.by_name.get_mut(tenant) {
            t.opening = t.opening.saturating_sub(1);
            if !ok {
                t.busy = t.busy.saturating_sub(1);
            }
        }
        if !ok {
            all.open = all.open.saturating_sub(1);
        }
        // Either way a waiter of the tenant may open now (fewer are being opened).
        self.wake(&mut all, tenant);
        self.forget_if_unused(&mut all, tenant);
    }

    /// Give a connection back (or, with None, the room of one that was closed). A connection
    /// beyond what is kept is closed after the lock is released.
    fn give_back(&self, tenant: &str, conn: Option<C>) {
        let mut all = self.lock();
        let t = all.by_name.entry(tenant.to_string()).or_default();
        t.busy = t.busy.saturating_sub(1);
        let surplus = match conn {
            Some(c) if t.idle.len() < KEEP => {
                t.idle.push(c);
                None
            }
            other => {
                all.open = all.open.saturating_sub(1);
                other
            }
        };
        self.wake(&mut all, tenant);
        self.forget_if_unused(&mut all, tenant);
        drop(all);
        drop(surplus);
    }

    /// Something `tenant`'s waiters can use came free: wake one of them; with none waiting,
    /// wake a waiter of another tenant (it may close an idle connection to make room).
    fn wake(&self, all: &mut Tenants<C>, tenant: &str) {
        if let Some(t) = all.by_name.get(tenant).filter(|t| t.waiting > 0) {
            t.ready.notify_one();
            return;
        }
        if let Some(o) = all.by_name.values().find(|o| o.waiting > 0) {
            o.ready.notify_one();
        }
    }

    /// A tenant holding nothing and awaited by no one is forgotten (the map stays small).
    fn forget_if_unused(&self, all: &mut Tenants<C>, tenant: &str) {
        if all
            .by_name
            .get(tenant)
            .is_some_and(|t| t.idle.is_empty() && t.busy == 0 && t.waiting == 0)
        {
            all.by_name.remove(tenant);
        }
    }
}

/// A connection taken from the pool: back to it (or closed, and its place freed) on drop.
struct Held<'a, C> {
    pool: &'a Pool<C>,
    tenant: &'a str,
    conn: Option<C>,
    keep: bool,
}

impl<C> Drop for Held<'_, C> {
    fn drop(&mut self) {
        let conn = self.conn.take();
        if self.keep {
            self.pool.give_back(self.tenant, conn);
        } else {
            drop(conn);
            self.pool.give_back(self.tenant, None);
        }
    }
}

/// The server's store connections: a pool per tenant, opened with the unseal secret (and,
/// on PostgreSQL, reading key rows through the server's shared cache).
pub struct StorePool {
    pub location: Location,
    /// Key rows cached for the whole server (PostgreSQL), kept current by notifications.
    key_cache: Option<Arc<crate::kms::store::postgres::KeyCache>>,
    pub unseal: Unseal,
    connections: Pool<Store>,
}

/// The audit tenant's keys sign and mask the audit trail: no request reaches them.
fn reserved(tenant: &str) -> Result<(), Problem> {
    match crate::kms::check_principal_tenant(tenant) {
        Ok(_) => Ok(()),
        Err(_) => Err(Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "this tenant is reserved",
        )),
    }
}

impl StorePool {
    /// Connections to the store at `location` (at most `max`; a request waits up to `wait`
    /// for one), with a key cache shared by all of them on PostgreSQL.
    pub fn new(location: Location, unseal: Unseal, max: usize, wait: Duration) -> StorePool {
        StorePool {
            key_cache: match &location {
                Location::Postgres(pg) => Some(crate::kms::store::postgres::KeyCache::start(pg)),
                Location::Sqlite(_) => None,
            },
            location,
            unseal,
            connections: Pool::new(max, wait),
        }
    }

    pub fn with<R>(
        &self,
        tenant: &str,
        f: impl FnOnce(&mut Store) -> Result<R, Problem>,
    ) -> Result<R, Problem> {
        reserved(tenant)?;
        let open = || {
            let mut s = Store::open(&self.location, &self.unseal, Some(tenant), true, unix_now())?;
            if let Some(cache) = &self.key_cache {
                s.use_key_cache(cache);
            }
            Ok(s)
        };
        self.connections.with(tenant, open, f)
    }

    /// Run `f` on a connection of `tenant` opened for this call only, without creating the
    /// tenant when the store has none of that name (it then reads as empty): for a tenant
    /// named by a request's content rather than by its credential, so that what anyone
    /// sends leaves nothing behind in the store or the pool.
    pub fn peek<R>(
        &self,
        tenant: &str,
        f: impl FnOnce(&mut Store) -> Result<R, Problem>,
    ) -> Result<R, Problem> {
        reserved(tenant)?;
        let mut store = Store::open(
            &self.location,
            &self.unseal,
            Some(tenant),
            false,
            unix_now(),
        )?;
        if let Some(cache) = &self.key_cache {
            store.use_key_cache(cache);
        }
        f(&mut store)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A connection that knows its tenant and counts how many are alive.
    struct Conn {
        tenant: String,
        alive: Arc<AtomicUsize>,
    }

    impl Drop for Conn {
        fn drop(&mut self) {
            self.alive.fetch_sub(1, Ordering::SeqCst);
        }
    }

    fn opener(
        tenant: &str,
        alive: &Arc<AtomicUsize>,
        opens: &Arc<AtomicUsize>,
        cost: Duration,
    ) -> impl FnOnce() -> Result<Conn, Problem> {
        let (tenant, alive, opens) = (tenant.to_string(), alive.clone(), opens.clone());
        move || {
            std::thread::sleep(cost);
            opens.fetch_add(1, Ordering::SeqCst);
            alive.fetch_add(1, Ordering::SeqCst);
            Ok(Conn { tenant, alive })
        }
    }

    /// 64 requests at once on a cold pool: served by the few connections opened first, not by
    /// 32 opens; never more open than allowed; every connection its own tenant's.
    #[test]
    fn a_cold_burst_opens_a_few_and_shares_them() {
        let pool = Arc::new(Pool::<Conn>::new(32, Duration::from_secs(10)));
        let (alive, opens) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let threads: Vec<_> = (0..64)
            .map(|i| {
                let (pool, alive, opens) = (pool.clone(), alive.clone(), opens.clone());
                std::thread::spawn(move || {
                    let tenant = if i % 2 == 0 { "a" } else { "b" };
                    let open = opener(tenant, &alive, &opens, Duration::from_millis(50));
                    pool.with(tenant, open, |c| {
                        assert_eq!(c.tenant, tenant);
                        assert!(alive.load(Ordering::SeqCst) <= 32);
                        std::thread::sleep(Duration::from_millis(1));
                        Ok(())
                    })
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap().unwrap();
        }
        let opened = opens.load(Ordering::SeqCst);
        // Two at a time per tenant while requests wait; a loaded machine (slow wake-ups, so
        // longer waits) sees a few rounds of two, never the 32 the pool would allow.
        assert!(
            (2..=16).contains(&opened),
            "{opened} connections opened for 64 requests of two tenants"
        );
        assert_eq!(alive.load(Ordering::SeqCst), opened, "all kept idle");
    }

    /// A full pool answers 503 after `wait`; the room comes back when a connection is given
    /// back, and a failing open gives its room back.
    #[test]
    fn full_then_free() {
        let pool = Arc::new(Pool::<Conn>::new(1, Duration::from_millis(100)));
        let (alive, opens) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let failed = pool.with::<()>("a", || Err(Problem::bad_request("no")), |_| Ok(()));
        assert!(failed.is_err());
        let (entered, leave) = (
            Arc::new(std::sync::Barrier::new(2)),
            Arc::new(std::sync::Barrier::new(2)),
        );
        let holder = {
            let (pool, alive, opens) = (pool.clone(), alive.clone(), opens.clone());
            let (entered, leave) = (entered.clone(), leave.clone());
            std::thread::spawn(move || {
                let open = opener("a", &alive, &opens, Duration::ZERO);
                pool.with("a", open, |_| {
                    entered.wait();
                    leave.wait();
                    Ok(())
                })
            })
        };
        entered.wait();
        let started = Instant::now();
        let open = opener("b", &alive, &opens, Duration::ZERO);
        let busy = pool.with("b", open, |_| Ok(())).unwrap_err();
        assert_eq!(busy.status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(started.elapsed() >= Duration::from_millis(100));
        leave.wait();
        holder.join().unwrap().unwrap();
        // Tenant a's idle connection is closed to make room for b.
        let open = opener("b", &alive, &opens, Duration::ZERO);
        pool.with("b", open, |c| {
            assert_eq!(c.tenant, "b");
            Ok(())
        })
        .unwrap();
        assert_eq!(alive.load(Ordering::SeqCst), 1);
    }

    /// A request of one tenant waiting for room is woken when another tenant gives a
    /// connection back (it closes that idle connection), not left to its deadline.
    #[test]
    fn a_waiter_of_another_tenant_is_woken() {
        let pool = Arc::new(Pool::<Conn>::new(1, Duration::from_secs(10)));
        let (alive, opens) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let entered = Arc::new(std::sync::Barrier::new(2));
        let holder = {
            let (pool, alive, opens, entered) =
                (pool.clone(), alive.clone(), opens.clone(), entered.clone());
            std::thread::spawn(move || {
                let open = opener("a", &alive, &opens, Duration::ZERO);
                pool.with("a", open, |_| {
                    entered.wait();
                    std::thread::sleep(Duration::from_millis(100));
                    Ok(())
                })
            })
        };
        entered.wait();
        let started = Instant::now();
        let open = opener("b", &alive, &opens, Duration::ZERO);
        pool.with("b", open, |_| Ok(())).unwrap();
        assert!(started.elapsed() < Duration::from_secs(5));
        holder.join().unwrap().unwrap();
    }

    /// A call that panics closes its connection and frees its room.
    #[test]
    fn a_panic_frees_the_room() {
        let pool = Arc::new(Pool::<Conn>::new(1, Duration::from_millis(100)));
        let (alive, opens) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let p = pool.clone();
        let (a, o) = (alive.clone(), opens.clone());
        let panicked = std::thread::spawn(move || {
            let open = opener("a", &a, &o, Duration::ZERO);
            p.with::<()>("a", open, |_| panic!("inside"))
        })
        .join();
        assert!(panicked.is_err());
        assert_eq!(alive.load(Ordering::SeqCst), 0);
        let open = opener("a", &alive, &opens, Duration::ZERO);
        pool.with("a", open, |_| Ok(())).unwrap();
    }
}
