//! Authorization requests waiting for a user to sign in and consent: kept in memory, bounded in
//! total and per client address, so unauthenticated `/authorize` calls cannot grow the state
//! file or slow the token endpoint. When the table is full, the oldest request of the address
//! holding the most is forgotten: a flood from many addresses pushes out its own requests
//! before anyone else's. A restart forgets them (the user opens the sign-in again).

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Mutex;

use crate::identity::state::random_token;
use crate::identity::IdentityResult;
/// An address as the limits count it: IPv4 whole, IPv6 by its /64 (the lockout's grouping).
pub use crate::server::auth::lockout::Group as AddressKey;

/// Pending requests kept at most; past it the oldest of the fullest address is forgotten.
pub const TOTAL: usize = 10_000;
/// Pending requests one client address (an IPv6 /64) may hold at once.
pub const PER_ADDRESS: usize = 32;

struct Entry {
    request: String,
    csrf: String,
    expires_at: i64,
    address: AddressKey,
}

#[derive(Default)]
struct Inner {
    by_id: HashMap<String, Entry>,
    /// Ids in the order they came (so also of expiry: one TTL for all); some may be gone.
    order: VecDeque<String>,
    /// Each address's live ids, oldest first.
    per_address: HashMap<AddressKey, VecDeque<String>>,
    /// Addresses by how many requests they hold (`by_count[n]`), to find the fullest at once.
    by_count: Vec<HashSet<AddressKey>>,
}

impl Inner {
    /// Move `address` from the set of its old count to that of `held`.
    fn recount(&mut self, address: AddressKey, was: usize, held: usize) {
        if let Some(set) = self.by_count.get_mut(was) {
            set.remove(&address);
        }
        if held > 0 {
            if self.by_count.len() <= held {
                self.by_count.resize_with(held + 1, HashSet::new);
            }
            self.by_count[held].insert(address);
        }
    }

    fn add(&mut self, id: String, entry: Entry) {
        let address = entry.address;
        let ids = self.per_address.entry(address).or_default();
        ids.push_back(id.clone());
        let held = ids.len();
        self.recount(address, held - 1, held);
        self.order.push_back(id.clone());
        self.by_id.insert(id, entry);
    }

    fn remove(&mut self, id: &str) -> Option<Entry> {
        let entry = self.by_id.remove(id)?;
        let address = entry.address;
        if let Some(ids) = self.per_address.get_mut(&address) {
            let was = ids.len();
            ids.retain(|i| i != id);
            let held = ids.len();
            if held == 0 {
                self.per_address.remove(&address);
            }
            self.recount(address, was, held);
        }
        Some(entry)
    }

    /// Forget expired requests.
    fn expire(&mut self, now: i64) {
        while let Some(id) = self.order.front() {
            let gone = match self.by_id.get(id) {
                None => true,
                Some(e) => e.expires_at < now,
            };
            if !gone {
                break;
            }
            let id = self.order.pop_front().unwrap_or_default();
            self.remove(&id);
        }
    }

    /// Forget the oldest request of the address holding the most; false when none is held.
    fn evict_from_fullest(&mut self) -> bool {
        let Some(address) = self
            .by_count
            .iter()
            .rev()
            .find_map(|set| set.iter().next().copied())
        else {
            return false;
        };
        let oldest = self
            .per_address
            .get(&address)
            .and_then(|ids| ids.front().cloned());
        oldest.is_some_and(|id| self.remove(&id).is_some())
    }
}

/// Why a request could not be kept.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// The address holds `PER_ADDRESS` pending requests already.
    TooMany,
}

pub struct Pending {
    inner: Mutex<Inner>,
    ttl: i64,
    total: usize,
    per_address: usize,
}

impl Pending {
    pub fn new(ttl: i64, total: usize, per_address: usize) -> Pending {
        Pending {
            inner: Mutex::new(Inner::default()),
            ttl,
            total,
            per_address,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Keep `request` for `address`; its (id, CSRF token).
    pub fn save(
        &self,
        request: String,
        address: AddressKey,
        now: i64,
    ) -> IdentityResult<Result<(String, String), Refused>> {
        let (id, csrf) = (random_token()?, random_token()?);
        let mut inner = self.lock();
        inner.expire(now);
        if inner.per_address.get(&address).map_or(0, VecDeque::len) >= self.per_address {
            return Ok(Err(Refused::TooMany));
        }
        while inner.by_id.len() >= self.total.max(1) && inner.evict_from_fullest() {}
        inner.add(
            id.clone(),
            Entry {
                request,
                csrf: csrf.clone(),
                expires_at: now + self.ttl,
                address,
            },
        );
        // Ids removed early (consent given) stay in `order` until trimmed; keep it bounded.
        if inner.order.len() > 2 * self.total + 16 {
            let live: VecDeque<String> = inner
                .order
                .iter()
                .filter(|i| inner.by_id.contains_key(*i))
                .cloned()
                .collect();
            inner.order = live;
        }
        Ok(Ok((id, csrf)))
    }

    /// The request and its CSRF token, if the id is known and not expired.
    pub fn get(&self, id: &str, now: i64) -> Option<(String, String)> {
        let inner = self.lock();
        inner
            .by_id
            .get(id)
            .filter(|e| e.expires_at >= now)
            .map(|e| (e.request.clone(), e.csrf.clone()))
    }

    /// Forget a request (its consent was given or refused).
    pub fn drop_request(&self, id: &str) {
        self.lock().remove(id);
    }

    pub fn len(&self) -> usize {
        self.lock().by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> AddressKey {
        AddressKey::of(s.parse().unwrap())
    }

    #[test]
    fn bounded_per_address_and_in_total() {
        let p = Pending::new(600, 5, 2);
        let a = addr("192.0.2.1");
        let (id1, csrf1) = p.save("r1".into(), a, 0).unwrap().unwrap();
        p.save("r2".into(), a, 0).unwrap().unwrap();
        assert_eq!(p.save("r3".into(), a, 0).unwrap(), Err(Refused::TooMany));
        assert_eq!(p.get(&id1, 10), Some(("r1".into(), csrf1)));
        p.drop_request(&id1);
        assert!(p.get(&id1, 10).is_none());
        p.save("r3".into(), a, 0).unwrap().unwrap();
        for i in 0..10 {
            p.save(format!("x{i}"), addr(&format!("198.51.100.{i}")), 1)
                .unwrap()
                .unwrap();
        }
        assert_eq!(p.len(), 5);
        // Expired requests are gone, and their address may ask again.
        assert!(p.get("x9", 700).is_none());
        p.save("late".into(), a, 700).unwrap().unwrap();
        p.save("late2".into(), a, 700).unwrap().unwrap();
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn a_full_table_forgets_the_fullest_address_first() {
        let p = Pending::new(600, 10, 3);
        let users: Vec<(String, String)> = (0..2)
            .map(|i| {
                p.save(format!("user{i}"), addr(&format!("192.0.2.{i}")), 0)
                    .unwrap()
                    .unwrap()
            })
            .collect();
        // A flood from four addresses, each keeping as many as it may: eight places for them.
        for round in 0..200 {
            let from = addr(&format!("2001:db8:{}::1", round % 4));
            let _ = p.save(format!("flood{round}"), from, 1).unwrap();
        }
        assert_eq!(p.len(), 10);
        for (i, (id, csrf)) in users.iter().enumerate() {
            assert_eq!(p.get(id, 2), Some((format!("user{i}"), csrf.clone())));
        }
        // A new user gets in too, at a flooder's expense.
        let late = p
            .save("late".into(), addr("192.0.2.9"), 2)
            .unwrap()
            .unwrap();
        assert_eq!(p.len(), 10);
        assert!(p.get(&late.0, 2).is_some());
        assert!(users.iter().all(|(id, _)| p.get(id, 2).is_some()));
    }
}
