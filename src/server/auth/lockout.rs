//! Failed sign-ins counted per user name and per client address: past a limit the next
//! attempt is refused (429 with Retry-After) before any password hash is computed.
//!
//! Two tables, each a fixed window per key (Vault's `lockout_counter_reset`): `failures`
//! within `window_seconds` lock the key for `lockout_seconds`, after which it starts afresh.
//! - Per client address (an IPv4 address, an IPv6 /64) is the main defence: it stops one
//!   guesser whatever names it tries, and it cannot be used to lock anyone else out.
//! - Per user name (Vault's defaults: 5 failures, 15 minutes) stops guessers spread over
//!   many addresses. A name is counted whether or not the realm knows it, and locked the same
//!   way, so the answers tell nothing about which names exist. A locked name stays locked for
//!   the whole time even with the right password, except from an address that signed that
//!   name in within the last day: an attacker who knows a service's name can then slow its
//!   new sign-ins only from the service's own address, where the address limit holds them.
//!
//! Attempts being checked count against the limits too, so however many guessers run at
//! once, no more hashes run than the limits allow. Memory is bounded: each table keeps at
//! most `max_tracked` keys, forgetting the idle and then the least recently seen first.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Deserialize;
use sha2::Digest;

/// `lockout` in both servers' configs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockoutSettings {
    /// Failed sign-ins of one user name within `window_seconds` that lock it (0: never).
    #[serde(default = "default_failures")]
    pub failures: u32,
    #[serde(default = "default_window")]
    pub window_seconds: u64,
    /// How long a locked user name stays locked.
    #[serde(default = "default_window")]
    pub lockout_seconds: u64,
    /// The same for one client address (an IPv4 address, an IPv6 /64), any names.
    #[serde(default = "default_address_failures")]
    pub address_failures: u32,
    #[serde(default = "default_window")]
    pub address_window_seconds: u64,
    #[serde(default = "default_window")]
    pub address_lockout_seconds: u64,
    /// User names and addresses remembered at most (each).
    #[serde(default = "default_tracked")]
    pub max_tracked: usize,
}

impl Default for LockoutSettings {
    fn default() -> LockoutSettings {
        LockoutSettings {
            failures: default_failures(),
            window_seconds: default_window(),
            lockout_seconds: default_window(),
            address_failures: default_address_failures(),
            address_window_seconds: default_window(),
            address_lockout_seconds: default_window(),
            max_tracked: default_tracked(),
        }
    }
}

fn default_failures() -> u32 {
    5
}
fn default_window() -> u64 {
    900
}
fn default_address_failures() -> u32 {
    20
}
fn default_tracked() -> usize {
    100_000
}

/// How long an address that signed a name in may still try that name while it is locked.
const TRUSTED_FOR: Duration = Duration::from_secs(86_400);
/// Addresses remembered per name as having signed it in.
const TRUSTED_PER_NAME: usize = 16;

/// What a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The user name is locked.
    Principal,
    /// The client address is locked.
    Address,
    /// As many attempts as the limits allow are being checked right now.
    InFlight,
}

impl Scope {
    /// The metrics label.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Principal => "locked_out",
            Scope::Address => "address",
            Scope::InFlight => "in_flight",
        }
    }

    /// The problem code: `locked_out` for a locked user name, else `throttled`.
    pub fn code(self) -> &'static str {
        match self {
            Scope::Principal => "locked_out",
            Scope::Address | Scope::InFlight => "throttled",
        }
    }
}

/// An attempt refused without being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub scope: Scope,
    /// Whole seconds until an attempt may be checked again (at least 1).
    pub retry_after: u64,
}

impl Refusal {
    /// What to tell the caller; the same whether or not the name exists.
    pub fn detail(&self) -> String {
        let s = self.retry_after;
        match self.scope {
            Scope::Principal => format!(
                "this user name is locked after too many failed sign-ins; try again in {s} s (until then even the right password is refused)"
            ),
            Scope::Address => format!(
                "too many failed sign-ins from this address; try again in {s} s"
            ),
            Scope::InFlight => format!(
                "too many sign-ins of this user name or from this address are being checked at once; try again in {s} s"
            ),
        }
    }
}

/// A client address as counted: IPv4 (or IPv4-mapped IPv6) whole, IPv6 by its /64.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Group([u8; 16]);

impl Group {
    pub fn of(address: IpAddr) -> Group {
        match address.to_canonical() {
            IpAddr::V4(v4) => Group(v4.to_ipv6_mapped().octets()),
            IpAddr::V6(v6) => {
                let mut o = v6.octets();
                o[8..].fill(0);
                Group(o)
            }
        }
    }
}

type Name = [u8; 32];

fn name_key(name: &str) -> Name {
    sha2::Sha256::digest(name.as_bytes()).into()
}

#[derive(Clone, Copy)]
struct Rule {
    failures: u32,
    window: Duration,
    lockout: Duration,
}

struct Entry {
    failures: u32,
    since: Instant,
    locked_until: Option<Instant>,
    in_flight: u32,
    seen: Instant,
    /// Addresses that signed this name in, and when (names only).
    trusted: Vec<(Group, Instant)>,
}

impl Entry {
    fn new(now: Instant) -> Entry {
        Entry {
            failures: 0,
            since: now,
            locked_until: None,
            in_flight: 0,
            seen: now,
            trusted: Vec::new(),
        }
    }

    fn trusts(&self, group: Group, now: Instant) -> bool {
        self.trusted
            .iter()
            .any(|(g, at)| *g == group && now.duration_since(*at) < TRUSTED_FOR)
    }

    /// Whether forgetting this entry loses nothing.
    fn idle(&self, rule: Rule, now: Instant) -> bool {
        self.in_flight == 0
            && self.locked_until.is_none_or(|u| u <= now)
            && (self.failures == 0 || now.duration_since(self.since) >= rule.window)
            && self
                .trusted
                .iter()
                .all(|(_, at)| now.duration_since(*at) >= TRUSTED_FOR)
    }
}

struct Table<K> {
    rule: Rule,
    cap: usize,
    map: HashMap<K, Entry>,
}

impl<K: Eq + Hash + Copy> Table<K> {
    fn new(rule: Rule, cap: usize) -> Table<K> {
        Table {
            rule,
            cap: cap.max(1),
            map: HashMap::new(),
        }
    }

    fn enabled(&self) -> bool {
        self.rule.failures > 0
    }

    /// Why an attempt for `key` may not be checked now, if it may not.
    fn refusal(&self, key: &K, scope: Scope, now: Instant) -> Option<Refusal> {
        if !self.enabled() {
            return None;
        }
        let e = self.map.get(key)?;
        if let Some(until) = e.locked_until.filter(|u| *u > now) {
            let left = until.duration_since(now);
            return Some(Refusal {
                scope,
                retry_after: seconds_up(left),
            });
        }
        let failures = if now.duration_since(e.since) >= self.rule.window {
            0
        } else {
            e.failures
        };
        (failures + e.in_flight >= self.rule.failures).then_some(Refusal {
            scope: Scope::InFlight,
            retry_after: 1,
        })
    }

    fn entry(&mut self, key: K, now: Instant) -> &mut Entry {
        if !self.map.contains_key(&key) && self.map.len() >= self.cap {
            let rule = self.rule;
            self.map.retain(|_, e| !e.idle(rule, now));
            if self.map.len() >= self.cap {
                let oldest = self
                    .map
                    .iter()
                    .filter(|(_, e)| e.in_flight == 0)
                    .min_by_key(|(_, e)| e.seen)
                    .map(|(k, _)| *k);
                if let Some(k) = oldest {
                    self.map.remove(&k);
                }
            }
        }
        let e = self.map.entry(key).or_insert_with(|| Entry::new(now));
        e.seen = now;
        e
    }

    fn begin(&mut self, key: K, now: Instant) {
        if self.enabled() {
            self.entry(key, now).in_flight += 1;
        }
    }

    fn end(&mut self, key: K, in_flight: bool, failed: bool, now: Instant) {
        if !self.enabled() {
            return;
        }
        if !failed {
            if let Some(e) = self.map.get_mut(&key).filter(|_| in_flight) {
                e.in_flight = e.in_flight.saturating_sub(1);
            }
            return;
        }
        let rule = self.rule;
        let e = self.entry(key, now);
        if in_flight {
            e.in_flight = e.in_flight.saturating_sub(1);
        }
        if e.locked_until.is_some_and(|u| u <= now) {
            e.locked_until = None;
        }
        if now.duration_since(e.since) >= rule.window {
            e.failures = 0;
            e.since = now;
        }
        e.failures += 1;
        if e.failures >= rule.failures {
            e.locked_until = Some(now + rule.lockout);
            e.failures = 0;
            e.since = now;
        }
    }
}

fn seconds_up(d: Duration) -> u64 {
    let s = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    s.max(1)
}

struct Tables {
    names: Table<Name>,
    addresses: Table<Group>,
}

/// The failure counters of one server, shared by every way in that checks a secret.
pub struct Lockout {
    tables: Mutex<Tables>,
    /// Where outcomes go to be shared with other instances (`shared_lockout`), once set.
    events: std::sync::OnceLock<std::sync::mpsc::SyncSender<Event>>,
}

/// An outcome to share with the other instances of a server: a failure of a name or an
/// address, or a name's successful sign-in (which clears its failures).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub scope: Scope,
    /// The name's SHA-256 (32 bytes) or the address group (16 bytes).
    pub key: Vec<u8>,
    pub failed: bool,
    /// A name's success: the address group that signed it in (trusted for it, see
    /// `TRUSTED_FOR`).
    pub trusted: Option<Vec<u8>>,
}

/// Outcomes waiting to be shared at most; past that they are dropped (the local counters
/// still hold), so a flood cannot grow memory.
pub const SHARED_QUEUE: usize = 4096;

/// An attempt admitted for checking; end it with [`Lockout::end`] (dropping it un-ended
/// gives its place back without counting a failure).
pub struct Attempt<'a> {
    lockout: &'a Lockout,
    name: Option<Name>,
    group: Group,
    ended: bool,
}

impl Lockout {
    pub fn new(settings: &LockoutSettings) -> Lockout {
        let rule = |failures, window, lockout| Rule {
            failures,
            window: Duration::from_secs(window),
            lockout: Duration::from_secs(lockout),
        };
        Lockout {
            tables: Mutex::new(Tables {
                names: Table::new(
                    rule(
                        settings.failures,
                        settings.window_seconds,
                        settings.lockout_seconds,
                    ),
                    settings.max_tracked,
                ),
                addresses: Table::new(
                    rule(
                        settings.address_failures,
                        settings.address_window_seconds,
                        settings.address_lockout_seconds,
                    ),
                    settings.max_tracked,
                ),
            }),
            events: std::sync::OnceLock::new(),
        }
    }

    /// Share outcomes from now on: every failure (and a name's success) is sent to the
    /// returned receiver. Once only; None the second time.
    pub fn share(&self) -> Option<std::sync::mpsc::Receiver<Event>> {
        let (tx, rx) = std::sync::mpsc::sync_channel(SHARED_QUEUE);
        self.events.set(tx).ok()?;
        Some(rx)
    }

    /// A sign-in of a name from an address group, seen elsewhere: that address may try the
    /// name while it is locked, here too (`at`: when it signed in).
    pub fn impose_trust(&self, name: &[u8], group: &[u8], at: Instant, now: Instant) {
        let (Ok(k), Ok(g)) = (<[u8; 32]>::try_from(name), <[u8; 16]>::try_from(group)) else {
            return;
        };
        let mut t = self.lock();
        if !t.names.enabled() || now.saturating_duration_since(at) >= TRUSTED_FOR {
            return;
        }
        let e = t.names.entry(k, now);
        if let Some(known) = e.trusted.iter_mut().find(|(x, _)| *x == Group(g)) {
            known.1 = known.1.max(at);
            return;
        }
        e.trusted.push((Group(g), at));
        if e.trusted.len() > TRUSTED_PER_NAME {
            e.trusted.remove(0);
        }
    }

    /// A lock decided elsewhere (another instance counted the failures): `key` (as in
    /// [`Event`]) is refused until `until`, here too.
    pub fn impose(&self, scope: Scope, key: &[u8], until: Instant, now: Instant) {
        let mut t = self.lock();
        match scope {
            Scope::Address => {
                let Ok(g) = <[u8; 16]>::try_from(key) else {
                    return;
                };
                if t.addresses.enabled() {
                    let e = t.addresses.entry(Group(g), now);
                    e.locked_until = Some(e.locked_until.map_or(until, |u| u.max(until)));
                }
            }
            Scope::Principal => {
                let Ok(k) = <[u8; 32]>::try_from(key) else {
                    return;
                };
                if t.names.enabled() {
                    let e = t.names.entry(k, now);
                    e.locked_until = Some(e.locked_until.map_or(until, |u| u.max(until)));
                }
            }
            Scope::InFlight => {}
        }
    }

    fn publish(&self, event: Event) {
        if let Some(tx) = self.events.get() {
            // Never waits: a full queue drops the outcome.
            let _ = tx.try_send(event);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn refusal(t: &Tables, name: Option<&Name>, group: Group, now: Instant) -> Option<Refusal> {
        if let Some(r) = t.addresses.refusal(&group, Scope::Address, now) {
            return Some(r);
        }
        let name = name?;
        if t.names.map.get(name).is_some_and(|e| e.trusts(group, now)) {
            return None;
        }
        t.names.refusal(name, Scope::Principal, now)
    }

    /// Whether an attempt (for `name`, from `address`) would be refused now; counts nothing.
    pub fn check(&self, name: Option<&str>, address: IpAddr, now: Instant) -> Result<(), Refusal> {
        let key = name.map(name_key);
        match Lockout::refusal(&self.lock(), key.as_ref(), Group::of(address), now) {
            Some(r) => Err(r),
            None => Ok(()),
        }
    }

    /// Admit an attempt for checking, or refuse it; an admitted attempt holds a place under
    /// the limits until it ends.
    pub fn begin(
        &self,
        name: Option<&str>,
        address: IpAddr,
        now: Instant,
    ) -> Result<Attempt<'_>, Refusal> {
        let key = name.map(name_key);
        let group = Group::of(address);
        let mut t = self.lock();
        if let Some(r) = Lockout::refusal(&t, key.as_ref(), group, now) {
            return Err(r);
        }
        t.addresses.begin(group, now);
        if let Some(k) = key {
            t.names.begin(k, now);
        }
        Ok(Attempt {
            lockout: self,
            name: key,
            group,
            ended: false,
        })
    }

    /// The attempt's outcome: a failure counts against its name and address; a success
    /// clears the name's failures and trusts the address for that name.
    pub fn end(&self, mut attempt: Attempt<'_>, ok: bool, now: Instant) {
        attempt.ended = true;
        self.settle(attempt.name, attempt.group, true, ok, now);
    }

    /// An outcome checked without [`Lockout::begin`] (a cheap check that needs no place).
    pub fn record(&self, name: Option<&str>, address: IpAddr, ok: bool, now: Instant) {
        self.settle(name.map(name_key), Group::of(address), false, ok, now);
    }

    fn settle(&self, name: Option<Name>, group: Group, in_flight: bool, ok: bool, now: Instant) {
        let mut t = self.lock();
        if self.events.get().is_some() {
            // A failure of what is locked already changes nothing anywhere: not shared, so a
            // locked address's flood of wrong secrets does not crowd out the rest.
            let locked =
                |e: Option<&Entry>| e.is_some_and(|e| e.locked_until.is_some_and(|u| u > now));
            if !ok && !locked(t.addresses.map.get(&group)) {
                self.publish(Event {
                    scope: Scope::Address,
                    key: group.0.to_vec(),
                    failed: true,
                    trusted: None,
                });
            }
            if let Some(k) = name {
                if ok || !locked(t.names.map.get(&k)) {
                    self.publish(Event {
                        scope: Scope::Principal,
                        key: k.to_vec(),
                        failed: !ok,
                        trusted: ok.then(|| group.0.to_vec()),
                    });
                }
            }
        }
        t.addresses.end(group, in_flight, !ok, now);
        let Some(k) = name else { return };
        t.names.end(k, in_flight, !ok, now);
        if ok && t.names.enabled() {
            let e = t.names.entry(k, now);
            e.failures = 0;
            e.trusted.retain(|(g, _)| *g != group);
            e.trusted.push((group, now));
            if e.trusted.len() > TRUSTED_PER_NAME {
                e.trusted.remove(0);
            }
        }
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        if self.ended {
            return;
        }
        let mut t = self.lockout.lock();
        let now = Instant::now();
        t.addresses.end(self.group, true, false, now);
        if let Some(k) = self.name {
            t.names.end(k, true, false, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(failures: u32, address_failures: u32) -> LockoutSettings {
        LockoutSettings {
            failures,
            window_seconds: 60,
            lockout_seconds: 30,
            address_failures,
            address_window_seconds: 60,
            address_lockout_seconds: 30,
            max_tracked: 1000,
        }
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn fail(l: &Lockout, name: &str, from: &str, now: Instant) -> Result<(), Refusal> {
        let a = l.begin(Some(name), ip(from), now)?;
        l.end(a, false, now);
        Ok(())
    }

    #[test]
    fn a_name_locks_after_its_failures_for_the_lockout_time() {
        let l = Lockout::new(&settings(5, 100));
        let t0 = Instant::now();
        for i in 0..5 {
            fail(&l, "alice", &format!("10.0.0.{i}"), t0).unwrap();
        }
        let r = l.begin(Some("alice"), ip("10.0.1.1"), t0).err().unwrap();
        assert_eq!(r.scope, Scope::Principal);
        assert_eq!(r.retry_after, 30);
        // Unknown or known, the same: the table never asks the realm.
        assert!(l.check(Some("bob"), ip("10.0.1.1"), t0).is_ok());
        let later = t0 + Duration::from_secs(31);
        let a = l.begin(Some("alice"), ip("10.0.1.1"), later).unwrap();
        l.end(a, true, later);
    }

    #[test]
    fn outcomes_are_shared_and_locks_from_elsewhere_hold() {
        let l = Lockout::new(&settings(5, 100));
        let events = l.share().unwrap();
        assert!(l.share().is_none(), "shared once");
        let now = Instant::now();
        assert!(fail(&l, "carol", "192.0.2.7", now).is_ok());
        let got: Vec<Event> = events.try_iter().collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].scope, Scope::Address);
        assert_eq!(got[0].key, Group::of(ip("192.0.2.7")).0.to_vec());
        assert_eq!((got[1].scope, got[1].failed), (Scope::Principal, true));
        assert_eq!(got[1].trusted, None);
        assert_eq!(got[1].key, name_key("carol").to_vec());
        // Another instance locked the name: refused here too, until then.
        l.impose(
            Scope::Principal,
            &name_key("carol"),
            now + Duration::from_secs(30),
            now,
        );
        let r = l.check(Some("carol"), ip("198.51.100.1"), now).unwrap_err();
        assert_eq!(r.scope, Scope::Principal);
        assert_eq!(r.retry_after, 30);
        assert!(l
            .check(
                Some("carol"),
                ip("198.51.100.1"),
                now + Duration::from_secs(31)
            )
            .is_ok());
        // A key of the wrong length is ignored, not a panic.
        l.impose(Scope::Address, b"short", now + Duration::from_secs(30), now);
        // An address that signed the name in on another instance may still try it here.
        l.impose_trust(
            &name_key("carol"),
            &Group::of(ip("198.51.100.1")).0,
            now,
            now,
        );
        assert!(l.check(Some("carol"), ip("198.51.100.1"), now).is_ok());
        assert!(l.check(Some("carol"), ip("203.0.113.9"), now).is_err());
        // A success is shared with the address that signed in; failures of a locked address
        // are not shared again.
        let _ = events.try_iter().count();
        l.record(Some("dave"), ip("192.0.2.8"), true, now);
        let ok: Vec<Event> = events.try_iter().collect();
        assert_eq!(ok.len(), 1, "{ok:?}");
        assert_eq!(ok[0].trusted, Some(Group::of(ip("192.0.2.8")).0.to_vec()));
        l.impose(
            Scope::Address,
            &Group::of(ip("192.0.2.9")).0,
            now + Duration::from_secs(30),
            now,
        );
        l.record(None, ip("192.0.2.9"), false, now);
        assert_eq!(events.try_iter().count(), 0);
    }

    #[test]
    fn an_address_locks_whatever_names_it_tries() {
        let l = Lockout::new(&settings(5, 3));
        let t0 = Instant::now();
        for name in ["a", "b", "c"] {
            fail(&l, name, "192.0.2.7", t0).unwrap();
        }
        let r = l.check(Some("d"), ip("192.0.2.7"), t0).err().unwrap();
        assert_eq!(r.scope, Scope::Address);
        assert!(l.check(Some("d"), ip("192.0.2.8"), t0).is_ok());
    }

    #[test]
    fn ipv6_counts_by_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(
            Group::of(ip("2001:db8:1:2:aaaa::1")),
            Group::of(ip("2001:db8:1:2:bbbb::2"))
        );
        assert_ne!(
            Group::of(ip("2001:db8:1:2::1")),
            Group::of(ip("2001:db8:1:3::1"))
        );
        assert_eq!(
            Group::of(ip("::ffff:192.0.2.1")),
            Group::of(ip("192.0.2.1"))
        );
    }

    #[test]
    fn attempts_in_flight_count_against_the_limits() {
        let l = Lockout::new(&settings(2, 100));
        let t0 = Instant::now();
        let a = l.begin(Some("x"), ip("10.0.0.1"), t0).unwrap();
        let b = l.begin(Some("x"), ip("10.0.0.2"), t0).unwrap();
        let r = l.begin(Some("x"), ip("10.0.0.3"), t0).err().unwrap();
        assert_eq!(r.scope, Scope::InFlight);
        drop(a);
        l.end(b, true, t0);
        assert!(l.check(Some("x"), ip("10.0.0.3"), t0).is_ok());
    }

    #[test]
    fn an_address_that_signed_a_name_in_may_try_it_while_locked() {
        let l = Lockout::new(&settings(2, 100));
        let t0 = Instant::now();
        let a = l.begin(Some("svc"), ip("10.9.9.9"), t0).unwrap();
        l.end(a, true, t0);
        fail(&l, "svc", "203.0.113.1", t0).unwrap();
        fail(&l, "svc", "203.0.113.2", t0).unwrap();
        assert!(l.check(Some("svc"), ip("203.0.113.3"), t0).is_err());
        assert!(l.check(Some("svc"), ip("10.9.9.9"), t0).is_ok());
    }

    #[test]
    fn memory_is_bounded() {
        let mut s = settings(5, 1_000_000);
        s.max_tracked = 50;
        let l = Lockout::new(&s);
        let t0 = Instant::now();
        for i in 0..500 {
            fail(&l, &format!("n{i}"), "10.0.0.1", t0).unwrap();
        }
        assert!(l.lock().names.map.len() <= 50);
    }
}
