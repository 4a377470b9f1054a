//! Single verify requests, coalesced: each signature waits in a queue of its key (version) and
//! is checked with the others there in one batch equation (one multiscalar multiplication,
//! in which a key shared by the batch counts once). A queue is flushed when it holds
//! `target_batch` items or its oldest has waited `max_wait_us`; a flush takes at most
//! `max_batch_crypto`, and fewer than `single_below` are checked one by one (a small batch
//! costs more than it saves). The answer for each item equals a single verification: when
//! a batch equation fails, each of its items is checked alone.
//!
//! Fairness: a queue keeps one lane per credential and a flush takes from the lanes in
//! turn, so a credential with many waiting items cannot push another's out of a batch; each
//! credential may have at most `max_queued_per_credential` items waiting, the whole service
//! `max_queued`, and what comes beyond that is refused (429 / 503) before any work.
//!
//! The work runs on threads of its own (`workers`, default the cores), which wait on a
//! condition variable with microsecond timeouts (tokio's timers tick in milliseconds).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde::Deserialize;

use super::metrics::PassportMetrics;
use crate::jose::ed25519::{self, PublicKey};
use crate::passport::token::Parsed;

/// The `passport.coalesce` section.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoalesceSettings {
    #[serde(default = "yes")]
    pub enabled: bool,
    #[serde(default = "default_target")]
    pub target_batch: usize,
    #[serde(default = "default_wait")]
    pub max_wait_us: u64,
    #[serde(default = "default_max_crypto")]
    pub max_batch_crypto: usize,
    #[serde(default = "default_single_below")]
    pub single_below: usize,
    #[serde(default = "default_per_credential")]
    pub max_queued_per_credential: usize,
    #[serde(default = "default_queued")]
    pub max_queued: usize,
    /// Threads checking signatures; 0: one per core.
    #[serde(default)]
    pub workers: usize,
}

fn yes() -> bool {
    true
}
fn default_target() -> usize {
    64
}
fn default_wait() -> u64 {
    500
}
fn default_max_crypto() -> usize {
    256
}
fn default_single_below() -> usize {
    8
}
fn default_per_credential() -> usize {
    256
}
fn default_queued() -> usize {
    4096
}

impl Default for CoalesceSettings {
    fn default() -> CoalesceSettings {
        CoalesceSettings {
            enabled: true,
            target_batch: default_target(),
            max_wait_us: default_wait(),
            max_batch_crypto: default_max_crypto(),
            single_below: default_single_below(),
            max_queued_per_credential: default_per_credential(),
            max_queued: default_queued(),
            workers: 0,
        }
    }
}

/// Why an item was not queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// This credential has `max_queued_per_credential` items waiting.
    CredentialFull,
    /// The service has `max_queued` items waiting.
    Full,
    /// The service is stopping.
    Stopping,
}

type Reply = tokio::sync::oneshot::Sender<(Parsed, bool)>;

struct Waiting {
    credential: Arc<str>,
    parsed: Parsed,
    at: Instant,
    reply: Reply,
}

/// The items of one credential in one queue.
struct Lane {
    credential: Arc<str>,
    items: VecDeque<Waiting>,
}

/// The items waiting for one key version.
struct Queue {
    key: PublicKey,
    lanes: Vec<Lane>,
    /// The lane a flush starts from (the one after where the last flush stopped).
    next: usize,
    len: usize,
}

impl Queue {
    fn oldest(&self) -> Option<Instant> {
        self.lanes
            .iter()
            .filter_map(|l| l.items.front().map(|w| w.at))
            .min()
    }

    /// Up to `max` items, one from each lane in turn.
    fn take(&mut self, max: usize) -> Vec<Waiting> {
        let mut out = Vec::with_capacity(max.min(self.len));
        while out.len() < max && self.len > 0 {
            let lanes = self.lanes.len();
            let lane = &mut self.lanes[self.next % lanes];
            if let Some(w) = lane.items.pop_front() {
                out.push(w);
                self.len -= 1;
            }
            self.next = (self.next + 1) % lanes;
        }
        self.lanes.retain(|l| !l.items.is_empty());
        if self.lanes.is_empty() {
            self.next = 0;
        } else {
            self.next %= self.lanes.len();
        }
        out
    }
}

#[derive(Default)]
struct Queues {
    /// By public key (the batch equation is per key): a kid whose key changed (a keyring
    /// deleted and made again) is another queue, never checked against the old key.
    by_key: HashMap<[u8; 32], Queue>,
    per_credential: HashMap<Arc<str>, usize>,
    waiting: usize,
    stopping: bool,
}

struct Shared {
    queues: Mutex<Queues>,
    ready: Condvar,
    settings: CoalesceSettings,
    metrics: Arc<PassportMetrics>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queues> {
        self.queues.lock().unwrap_or_else(|p| p.into_inner())
    }
}

pub struct Coalescer {
    shared: Arc<Shared>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Coalescer {
    pub fn start(settings: CoalesceSettings, metrics: Arc<PassportMetrics>) -> Coalescer {
        let workers = match settings.workers {
            0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
            n => n,
        };
        let shared = Arc::new(Shared {
            queues: Mutex::default(),
            ready: Condvar::new(),
            settings,
            metrics,
        });
        let threads = (0..workers)
            .filter_map(|i| {
                let shared = shared.clone();
                std::thread::Builder::new()
                    .name(format!("cu-coalesce-{i}"))
                    .spawn(move || work(&shared))
                    .ok()
            })
            .collect();
        Coalescer { shared, threads }
    }

    /// Queue a parsed passport whose kid names `key`; the answer comes back with it.
    pub fn submit(
        &self,
        credential: &str,
        key: &PublicKey,
        parsed: Parsed,
    ) -> Result<tokio::sync::oneshot::Receiver<(Parsed, bool)>, Refused> {
        let s = &self.shared.settings;
        let (reply, answer) = tokio::sync::oneshot::channel();
        let mut q = self.shared.lock();
        if q.stopping || self.threads.is_empty() {
            return Err(Refused::Stopping);
        }
        if q.waiting >= s.max_queued {
            return Err(Refused::Full);
        }
        let mine = q.per_credential.get(credential).copied().unwrap_or(0);
        if mine >= s.max_queued_per_credential {
            return Err(Refused::CredentialFull);
        }
        let credential: Arc<str> = match q.per_credential.get_key_value(credential) {
            Some((c, _)) => c.clone(),
            None => Arc::from(credential),
        };
        *q.per_credential.entry(credential.clone()).or_default() += 1;
        q.waiting += 1;
        let waiting = Waiting {
            credential: credential.clone(),
            parsed,
            at: Instant::now(),
            reply,
        };
        let id = *key.as_bytes();
        let queue = match q.by_key.get_mut(&id) {
            Some(queue) => queue,
            None => q.by_key.entry(id).or_insert_with(|| Queue {
                key: key.clone(),
                lanes: Vec::new(),
                next: 0,
                len: 0,
            }),
        };
        match queue.lanes.iter_mut().find(|l| l.credential == credential) {
            Some(lane) => lane.items.push_back(waiting),
            None => queue.lanes.push(Lane {
                credential,
                items: VecDeque::from([waiting]),
            }),
        }
        queue.len += 1;
        // A new deadline (the first item) or a full batch: a worker has something to do.
        let wake = queue.len == 1 || queue.len == s.target_batch;
        self.shared.metrics.queue_depth(q.waiting);
        drop(q);
        if wake {
            self.shared.ready.notify_one();
        }
        Ok(answer)
    }
}

impl Drop for Coalescer {
    /// What is queued is still answered; then the workers stop.
    fn drop(&mut self) {
        self.shared.lock().stopping = true;
        self.shared.ready.notify_all();
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// A worker: flush whichever queue is due, or sleep until the earliest deadline.
fn work(shared: &Shared) {
    let s = &shared.settings;
    let max_wait = Duration::from_micros(s.max_wait_us);
    let mut q = shared.lock();
    loop {
        let now = Instant::now();
        // Of the queues that are due, the one whose oldest item has waited longest (so no
        // busy queue keeps another waiting); otherwise the earliest deadline.
        let mut due: Option<(Instant, [u8; 32])> = None;
        let mut next: Option<Instant> = None;
        for (id, queue) in &q.by_key {
            let Some(oldest) = queue.oldest() else {
                continue;
            };
            let deadline = oldest + max_wait;
            if q.stopping || queue.len >= s.target_batch || deadline <= now {
                if due.is_none_or(|(at, _)| oldest < at) {
                    due = Some((oldest, *id));
                }
            } else {
                next = Some(next.map_or(deadline, |n| n.min(deadline)));
            }
        }
        if let Some((_, id)) = due {
            let (key, batch) = {
                let Some(queue) = q.by_key.get_mut(&id) else {
                    continue;
                };
                let batch = queue.take(s.max_batch_crypto.max(1));
                let key = queue.key.clone();
                if queue.len == 0 {
                    q.by_key.remove(&id);
                }
                (key, batch)
            };
            release(&mut q, &batch);
            shared.metrics.queue_depth(q.waiting);
            drop(q);
            // A panic inside drops the batch's reply senders (its requests answer 500), not
            // the worker.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                settle(&key, batch, s.single_below, &shared.metrics)
            }));
            q = shared.lock();
            continue;
        }
        if q.stopping && q.waiting == 0 {
            return;
        }
        q = match next {
            Some(deadline) => {
                let wait = deadline.saturating_duration_since(Instant::now());
                shared
                    .ready
                    .wait_timeout(q, wait)
                    .unwrap_or_else(|p| p.into_inner())
                    .0
            }
            None => shared.ready.wait(q).unwrap_or_else(|p| p.into_inner()),
        };
    }
}

/// Take the items of a flush off the counts.
fn release(q: &mut Queues, batch: &[Waiting]) {
    q.waiting -= batch.len();
    for w in batch {
        if let Some(n) = q.per_credential.get_mut(&w.credential) {
            *n -= 1;
            if *n == 0 {
                q.per_credential.remove(&w.credential);
            }
        }
    }
}

/// Check one flush and answer its items.
fn settle(key: &PublicKey, batch: Vec<Waiting>, single_below: usize, metrics: &PassportMetrics) {
    let ok: Vec<bool> = if batch.len() < single_below {
        batch
            .iter()
            .map(|w| ed25519::verify(key, &w.parsed.msg, &w.parsed.sig))
            .collect()
    } else {
        let items: Vec<ed25519::Item<'_>> = batch
            .iter()
            .map(|w| ed25519::Item {
                key,
                message: &w.parsed.msg,
                signature: &w.parsed.sig,
            })
            .collect();
        // One equation; when it fails, each item alone. Splitting the batch in halves
        // (what `verify_all` does) is cheaper with one bad item, but lets a caller whose
        // items are all bad (anyone, with `verify.auth: open`) cost every batch it joins
        // log2(n) extra passes; checking each alone bounds a failed flush at one batch
        // equation more than single checks.
        ed25519::verify_all_or_each(&items)
    };
    metrics.flush(batch.len());
    for (w, ok) in batch.into_iter().zip(ok) {
        // A request that gave up waiting has dropped its receiver; nothing to do for it.
        let _ = w.reply.send((w.parsed, ok));
    }
}
