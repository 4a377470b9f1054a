//! Realm passwords for every way in (HTTP Basic, the KMS console's and the identity server's
//! sign-in forms): a credential verified lately is remembered under a keyed hash and passes at
//! once; otherwise the lockout decides first, and only then PBKDF2 runs, on a pool of one
//! low-priority thread per core (so guessers cannot take the CPU from verified callers), once
//! per credential however many requests carry it at the same time (the others wait for that
//! result).
//!
//! A remembered credential passes even while its user name is locked: it is the exact name
//! and password that PBKDF2 accepted, so letting it through reveals nothing and tests no
//! guess, and an attacker who floods a service's name with wrong passwords does not stop the
//! service itself. Its cache entry still expires (`credential_cache_seconds`); after that it
//! is checked again, from its own address past a lock (see [`crate::server::auth::lockout`]).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use crate::server::auth::lockout::{Lockout, Refusal, Scope};
use crate::server::auth::realm::{Identity, Realm};
use crate::server::middleware::metrics::Metrics;

/// Why a password was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The name or the password is wrong (one answer for both: no user enumeration).
    Wrong,
    /// Not checked: the lockout refused it.
    Throttled(Refusal),
    /// Not checked: the database realm could not be read (the attempt is not counted).
    Unavailable,
}

type Outcome = Result<Identity, Refused>;

/// One verification in progress; requests with the same credential wait for its outcome.
#[derive(Default)]
struct Flight {
    outcome: Mutex<Option<Outcome>>,
    done: Condvar,
}

impl Flight {
    fn wait(&self) -> Outcome {
        let mut o = self.outcome.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(outcome) = o.as_ref() {
                return outcome.clone();
            }
            o = self.done.wait(o).unwrap_or_else(|p| p.into_inner());
        }
    }

    fn finish(&self, outcome: Outcome) {
        *self.outcome.lock().unwrap_or_else(|p| p.into_inner()) = Some(outcome);
        self.done.notify_all();
    }
}

type Job = Box<dyn FnOnce() + Send>;

/// Hashes that may wait per pool thread (one hash takes 50–100 ms on a free core, so a full
/// queue clears within about half a second).
const QUEUED_PER_THREAD: usize = 4;

/// Threads that run password hashes, one per core, at a lower scheduling priority than the
/// threads that answer requests.
struct Pool {
    jobs: mpsc::Sender<Job>,
    /// Hashes queued or running, at most `capacity`: a request waiting for a hash holds a
    /// place in the server's concurrency limit, so guessers from many addresses must not be
    /// able to queue more than the pool clears in a moment.
    waiting: AtomicUsize,
    capacity: usize,
}

/// A place in the pool's queue, given back when dropped.
struct Queued<'a>(&'a AtomicUsize);

impl Drop for Queued<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Pool {
    fn new(threads: usize) -> Pool {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for i in 0..threads.max(1) {
            let queue = queue.clone();
            let _ = std::thread::Builder::new()
                .name(format!("cu-pbkdf2-{i}"))
                .spawn(move || {
                    lower_priority();
                    loop {
                        let job = queue.lock().unwrap_or_else(|p| p.into_inner()).recv();
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
        }
        Pool {
            jobs,
            waiting: AtomicUsize::new(0),
            capacity: QUEUED_PER_THREAD * threads.max(1),
        }
    }

    /// A place in the queue, or None when it is full.
    fn enter(&self) -> Option<Queued<'_>> {
        self.waiting
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.capacity).then_some(n + 1)
            })
            .ok()
            .map(|_| Queued(&self.waiting))
    }

    /// Run `f` on the pool and wait for it (None if it panicked).
    fn run<R: Send + 'static>(&self, f: impl FnOnce() -> R + Send + 'static) -> Option<R> {
        let (tx, rx) = mpsc::sync_channel(1);
        let job: Job = Box::new(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok();
            let _ = tx.send(r);
        });
        self.jobs.send(job).ok()?;
        rx.recv().ok().flatten()
    }
}

/// Nice 10 for the calling thread: on Linux a thread has its own nice value, so request
/// threads keep their share of the CPU while hashes queue.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: a plain system call; on Linux `who = 0` is the calling thread.
    unsafe {
        let _ = libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

type Cached = (Identity, Instant, Option<i64>);

pub struct Passwords {
    realm: Arc<Realm>,
    /// The realms a password is checked against, in order, and the database realm's users.
    sources: Arc<Vec<super::realm::Source>>,
    directory: Option<Arc<dyn super::realm::UserDirectory>>,
    lockout: Arc<Lockout>,
    pool: Pool,
    /// Verified credentials: who, until when, and for a database realm user the row's
    /// `updated_at` (re-checked at each use, so a removal or a new password holds at once).
    cache: Mutex<HashMap<[u8; 32], Cached>>,
    cache_ttl: Duration,
    /// A random key for the credential hashes: a memory dump shows no password-equivalent.
    /// Kept as an HMAC key, its pads hashed once: a request pays two SHA-256 blocks, not six.
    /// None when the system's random source failed: then nothing is remembered.
    key: Option<aws_lc_rs::hmac::Key>,
    flights: Mutex<HashMap<[u8; 32], Arc<Flight>>>,
    metrics: Arc<Metrics>,
}

/// Finishes a flight whatever happens to its leader (followers never wait forever).
struct Leading<'a> {
    passwords: &'a Passwords,
    key: [u8; 32],
    flight: Arc<Flight>,
    outcome: Option<Outcome>,
}

impl Drop for Leading<'_> {
    fn drop(&mut self) {
        let outcome = self
            .outcome
            .take()
            .unwrap_or(Err(Refused::Throttled(Refusal {
                scope: Scope::InFlight,
                retry_after: 1,
            })));
        self.passwords
            .flights
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&self.key);
        self.flight.finish(outcome);
    }
}

impl Passwords {
    pub fn new(
        realm: Realm,
        lockout: Arc<Lockout>,
        cache_ttl: Duration,
        metrics: Arc<Metrics>,
    ) -> Passwords {
        let mut seed = Zeroizing::new([0u8; 32]);
        let key = getrandom::fill(seed.as_mut())
            .ok()
            .map(|()| aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, seed.as_ref()));
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Passwords {
            realm: Arc::new(realm),
            sources: Arc::new(vec![super::realm::Source::File]),
            directory: None,
            lockout,
            pool: Pool::new(cores),
            cache: Mutex::new(HashMap::new()),
            cache_ttl,
            key,
            flights: Mutex::new(HashMap::new()),
            metrics,
        }
    }

    pub fn realm(&self) -> &Realm {
        &self.realm
    }

    /// For `/readyz`, when a database realm is among the sources: whether its users can be
    /// read (a lookup of a name no user has). The realm file is read at start.
    pub fn realm_check(&self) -> Option<crate::server::http::Probe> {
        let directory = self.directory.clone()?;
        Some(Arc::new(move || {
            directory
                .find(" readiness check")
                .map(|_| None)
                .map_err(|e| format!("the database realm cannot be read: {e}"))
        }))
    }

    /// Check passwords against these realms, in order (`directory`: the database realm).
    pub fn set_sources(
        &mut self,
        sources: Vec<super::realm::Source>,
        directory: Option<Arc<dyn super::realm::UserDirectory>>,
    ) {
        self.sources = Arc::new(sources);
        self.directory = directory;
    }

    /// The credential's keyed hash; None (nothing remembered, every check hashes) without a key.
    fn credential_key(&self, name: &str, password: &[u8]) -> Option<[u8; 32]> {
        let mut context = aws_lc_rs::hmac::Context::with_key(self.key.as_ref()?);
        context.update(&(name.len() as u64).to_be_bytes());
        context.update(name.as_bytes());
        context.update(password);
        let tag = context.sign();
        let mut key = [0u8; 32];
        key.copy_from_slice(tag.as_ref().get(..32)?);
        Some(key)
    }

    /// The identity of `name` and `password` when a check made recently still holds and
    /// needs nothing that blocks (a realm file's principal, not a database realm's, whose
    /// cached check is confirmed against the database); None means: call `verify`.
    pub fn cached(&self, name: &str, password: &[u8]) -> Option<Identity> {
        let key = self.credential_key(name, password)?;
        let cache = self.lock_cache();
        let (identity, until, stamp) = cache.get(&key)?;
        (*until > Instant::now() && stamp.is_none()).then(|| identity.clone())
    }

    /// Check `name` and `password` from `client`. Blocking (may wait for PBKDF2): call it
    /// from a blocking thread.
    pub fn verify(&self, name: &str, password: &[u8], client: IpAddr) -> Outcome {
        let now = Instant::now();
        let Some(key) = self.credential_key(name, password) else {
            if let Err(r) = self.lockout.check(Some(name), client, now) {
                return Err(self.throttled(r));
            }
            return self.lead(name, password, client, None, now);
        };
        let cached = self.lock_cache().get(&key).cloned();
        if let Some((identity, _, stamp)) = cached.filter(|c| c.1 > now) {
            match (stamp, &self.directory) {
                (None, _) => return Ok(identity),
                // A database realm user: still there, and unchanged since it was verified.
                (Some(stamp), Some(directory)) => match directory.find(name) {
                    Ok(Some(user)) if user.updated_at == stamp => return Ok(identity),
                    Ok(_) => {
                        self.lock_cache().remove(&key);
                    }
                    Err(_) => return Err(Refused::Unavailable),
                },
                (Some(_), None) => {}
            }
        }
        if let Err(r) = self.lockout.check(Some(name), client, now) {
            return Err(self.throttled(r));
        }
        let (flight, leads) = {
            let mut flights = self.flights.lock().unwrap_or_else(|p| p.into_inner());
            match flights.get(&key) {
                Some(f) => (f.clone(), false),
                None => {
                    let f = Arc::new(Flight::default());
                    flights.insert(key, f.clone());
                    (f, true)
                }
            }
        };
        if !leads {
            return flight.wait();
        }
        let mut leading = Leading {
            passwords: self,
            key,
            flight,
            outcome: None,
        };
        let outcome = self.lead(name, password, client, Some(key), now);
        leading.outcome = Some(outcome.clone());
        outcome
    }

    fn lead(
        &self,
        name: &str,
        password: &[u8],
        client: IpAddr,
        key: Option<[u8; 32]>,
        now: Instant,
    ) -> Outcome {
        // A full queue refuses at once (429, retry in a second): no request waits long for
        // a hash while it holds a place in the concurrency limit.
        let Some(_queued) = self.pool.enter() else {
            return Err(self.throttled(Refusal {
                scope: Scope::InFlight,
                retry_after: 1,
            }));
        };
        let attempt = self
            .lockout
            .begin(Some(name), client, now)
            .map_err(|r| self.throttled(r))?;
        let realm = self.realm.clone();
        let (sources, directory) = (self.sources.clone(), self.directory.clone());
        let (owned_name, owned_password) = (name.to_string(), Zeroizing::new(password.to_vec()));
        let checked = self.pool.run(move || {
            realm.check_in(&owned_name, &owned_password, &sources, directory.as_deref())
        });
        let Some(checked) = checked else {
            // The check panicked: nothing was learnt, the attempt gives its place back.
            return Err(self.throttled(Refusal {
                scope: Scope::InFlight,
                retry_after: 1,
            }));
        };
        // The database realm could not be read: nothing learnt, the attempt is not counted
        // (dropping it gives its place back).
        let Ok((verified, hashed)) = checked else {
            drop(attempt);
            return Err(Refused::Unavailable);
        };
        if hashed {
            self.metrics.auth_pbkdf2();
        }
        let done = Instant::now();
        self.lockout.end(attempt, verified.is_some(), done);
        let (identity, stamp) = verified.ok_or(Refused::Wrong)?;
        let Some(key) = key else {
            return Ok(identity);
        };
        // Remembered before the flight ends, so a request arriving just after finds it.
        let mut cache = self.lock_cache();
        if cache.len() > 100_000 {
            cache.retain(|_, (_, e, _)| *e > done);
        }
        cache.insert(key, (identity.clone(), done + self.cache_ttl, stamp));
        Ok(identity)
    }

    fn throttled(&self, r: Refusal) -> Refused {
        self.metrics.auth_throttled(r.scope.as_str());
        Refused::Throttled(r)
    }

    fn lock_cache(&self) -> std::sync::MutexGuard<'_, HashMap<[u8; 32], Cached>> {
        self.cache.lock().unwrap_or_else(|p| p.into_inner())
    }
}
