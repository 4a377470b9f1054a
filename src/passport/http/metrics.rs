//! The passport service's own metrics: how large the coalesced and requested batches are,
//! how long verification takes by path, results by reason, the queue's depth, and what was
//! refused before any signature work, by cause.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use crate::server::middleware::metrics::{Family, HistogramPoint, Points, Source};

/// Batch sizes (items).
const LEN_BOUNDS: [f64; 10] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0];
/// Verification times (seconds).
const TIME_BOUNDS: [f64; 12] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
];

/// Per-bucket (not cumulative) counts, the last above the top bound.
#[derive(Clone)]
struct Histogram {
    bounds: &'static [f64],
    counts: Vec<u64>,
    count: u64,
    sum: f64,
}

impl Histogram {
    fn new(bounds: &'static [f64]) -> Histogram {
        Histogram {
            bounds,
            counts: vec![0; bounds.len() + 1],
            count: 0,
            sum: 0.0,
        }
    }

    fn observe(&mut self, value: f64) {
        let i = self
            .bounds
            .iter()
            .position(|b| value <= *b)
            .unwrap_or(self.bounds.len());
        self.counts[i] += 1;
        self.count += 1;
        self.sum += value;
    }

    fn point(&self) -> HistogramPoint {
        HistogramPoint {
            bounds: self.bounds,
            bucket_counts: self.counts.clone(),
            count: self.count,
            sum: self.sum,
        }
    }
}

/// How a passport was verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Path {
    /// A single request, checked alone (coalescing off).
    Single,
    /// A single request, checked in a coalesced batch.
    Coalesced,
    /// A verify_batch request.
    Batch,
}

impl Path {
    fn as_str(self) -> &'static str {
        match self {
            Path::Single => "single",
            Path::Coalesced => "coalesced",
            Path::Batch => "batch",
        }
    }
}

struct Inner {
    /// Items per coalesced flush, and passports per verify_batch request.
    batch_len: BTreeMap<&'static str, Histogram>,
    /// From the request's arrival at verification to its answer, by path.
    verify_time: BTreeMap<Path, Histogram>,
    results: BTreeMap<&'static str, u64>,
    rejections: BTreeMap<&'static str, u64>,
}

pub struct PassportMetrics {
    inner: Mutex<Inner>,
    depth: AtomicI64,
    warmed: AtomicI64,
}

impl Default for PassportMetrics {
    fn default() -> PassportMetrics {
        PassportMetrics {
            inner: Mutex::new(Inner {
                batch_len: BTreeMap::new(),
                verify_time: BTreeMap::new(),
                results: BTreeMap::new(),
                rejections: BTreeMap::new(),
            }),
            depth: AtomicI64::new(0),
            warmed: AtomicI64::new(0),
        }
    }
}

impl PassportMetrics {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// One coalesced flush of `len` items.
    pub fn flush(&self, len: usize) {
        self.lock()
            .batch_len
            .entry("coalesced")
            .or_insert_with(|| Histogram::new(&LEN_BOUNDS))
            .observe(len as f64);
    }

    /// Passports verified by one request, how, in how long, with these results.
    pub fn verified(
        &self,
        path: Path,
        took: Duration,
        reasons: impl IntoIterator<Item = &'static str>,
    ) {
        let mut inner = self.lock();
        let mut n = 0usize;
        for reason in reasons {
            n += 1;
            *inner.results.entry(reason).or_default() += 1;
        }
        if path == Path::Batch {
            inner
                .batch_len
                .entry("batch")
                .or_insert_with(|| Histogram::new(&LEN_BOUNDS))
                .observe(n as f64);
        }
        inner
            .verify_time
            .entry(path)
            .or_insert_with(|| Histogram::new(&TIME_BOUNDS))
            .observe(took.as_secs_f64());
    }

    /// A request refused before any signature work.
    pub fn rejected(&self, cause: &'static str) {
        *self.lock().rejections.entry(cause).or_default() += 1;
    }

    /// Key sets read into the cache before serving.
    pub fn warmed(&self, sets: usize) {
        self.warmed
            .store(i64::try_from(sets).unwrap_or(i64::MAX), Ordering::Relaxed);
    }

    pub fn queue_depth(&self, depth: usize) {
        self.depth
            .store(i64::try_from(depth).unwrap_or(i64::MAX), Ordering::Relaxed);
    }
}

impl Source for PassportMetrics {
    fn families(&self) -> Vec<Family> {
        let inner = self.lock();
        let by = |label: &'static str, m: &BTreeMap<&'static str, u64>| {
            Points::Counter(
                m.iter()
                    .map(|(k, n)| (vec![(label, k.to_string())], *n))
                    .collect(),
            )
        };
        vec![
            Family {
                name: "passport_batch_len".into(),
                description: "Passports per coalesced flush (path=coalesced) and per verify_batch request (path=batch).",
                unit: "1",
                points: Points::Histogram(
                    inner
                        .batch_len
                        .iter()
                        .map(|(path, h)| (vec![("path", path.to_string())], h.point()))
                        .collect(),
                ),
            },
            Family {
                name: "passport_verify_duration_seconds".into(),
                description: "Verification latency by path (single, coalesced, batch), from the request's verification start to its answer.",
                unit: "s",
                points: Points::Histogram(
                    inner
                        .verify_time
                        .iter()
                        .map(|(path, h)| (vec![("path", path.as_str().to_string())], h.point()))
                        .collect(),
                ),
            },
            Family {
                name: "passport_verify_results_total".into(),
                description: "Passports verified, by result (ok or the reason code).",
                unit: "1",
                points: by("reason", &inner.results),
            },
            Family {
                name: "passport_queue_depth".into(),
                description: "Single verifications waiting to be coalesced.",
                unit: "1",
                points: Points::Gauge(vec![(Vec::new(), self.depth.load(Ordering::Relaxed))]),
            },
            Family {
                name: "passport_key_sets_warmed".into(),
                description: "Key sets read into the verification cache before serving.",
                unit: "1",
                points: Points::Gauge(vec![(Vec::new(), self.warmed.load(Ordering::Relaxed))]),
            },
            Family {
                name: "passport_rejections_total".into(),
                description: "Verification requests refused before any signature work, by cause.",
                unit: "1",
                points: by("cause", &inner.rejections),
            },
        ]
    }
}
