//! Prometheus metrics, kept in memory: requests by route and status, latency histograms by
//! route, key operations by type, authentication failures by reason, password hashes
//! computed and sign-ins refused by the lockout.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Histogram bucket bounds in seconds.
const BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// The requests of one route: counts by method and status, and their latency.
#[derive(Default)]
struct Route {
    requests: BTreeMap<(&'static str, u16), u64>,
    latency: Histogram,
}

#[derive(Default)]
struct Inner {
    routes: BTreeMap<String, Route>,
    operations: BTreeMap<String, u64>,
    auth_failures: BTreeMap<String, u64>,
    auth_pbkdf2: u64,
    auth_throttled: BTreeMap<String, u64>,
}

/// The method as a metrics label: the standard methods by name, any other as `other`, so
/// clients sending made-up methods cannot grow the label set without bound.
pub fn method_label(method: &axum::http::Method) -> &'static str {
    match method.as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "PATCH" => "PATCH",
        "OPTIONS" => "OPTIONS",
        "TRACE" => "TRACE",
        "CONNECT" => "CONNECT",
        _ => "other",
    }
}

/// The registry of one server; `prefix` names it (`cu_kms`, `cu_identity`).
pub struct Metrics {
    prefix: &'static str,
    inner: Mutex<Inner>,
    sources: Mutex<Vec<std::sync::Arc<dyn Source>>>,
}

/// Metrics an application keeps itself (the passport service's queue and batches): its
/// families, named without the registry's prefix, join `/metrics` and the OTLP export.
pub trait Source: Send + Sync {
    fn families(&self) -> Vec<Family>;
}

impl Metrics {
    pub fn new(prefix: &'static str) -> Metrics {
        Metrics {
            prefix,
            inner: Mutex::new(Inner::default()),
            sources: Mutex::default(),
        }
    }

    pub fn add_source(&self, source: std::sync::Arc<dyn Source>) {
        self.sources
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(source);
    }

    /// The families of the sources, with the prefix.
    fn source_families(&self) -> Vec<Family> {
        let sources = self
            .sources
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let mut out = Vec::new();
        for source in sources {
            for mut f in source.families() {
                f.name = format!("{}_{}", self.prefix, f.name);
                out.push(f);
            }
        }
        out
    }

    /// One request answered. Allocates only the first time a route is seen (the metrics
    /// are on every request's path).
    pub fn request(&self, method: &'static str, route: &str, status: u16, elapsed: Duration) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let r = match inner.routes.get_mut(route) {
            Some(r) => r,
            None => inner.routes.entry(route.to_string()).or_default(),
        };
        *r.requests.entry((method, status)).or_default() += 1;
        let h = &mut r.latency;
        let secs = elapsed.as_secs_f64();
        h.count += 1;
        h.sum += secs;
        for (i, bound) in BUCKETS.iter().enumerate() {
            if secs <= *bound {
                h.counts[i] += 1;
            }
        }
    }

    pub fn operation(&self, op: &str) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        count(&mut inner.operations, op);
    }

    pub fn auth_failure(&self, reason: &str) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        count(&mut inner.auth_failures, reason);
    }

    /// One password hash computed (PBKDF2 over a realm secret or the decoy).
    pub fn auth_pbkdf2(&self) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.auth_pbkdf2 += 1;
    }

    /// A sign-in refused by the lockout before any hash was computed.
    pub fn auth_throttled(&self, reason: &str) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        count(&mut inner.auth_throttled, reason);
    }

    /// The text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let p = self.prefix;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP {p}_http_requests_total HTTP requests by method, route and status."
        );
        let _ = writeln!(out, "# TYPE {p}_http_requests_total counter");
        for (route, r) in &inner.routes {
            let route = escape(route);
            for ((method, status), n) in &r.requests {
                let _ = writeln!(
                    out,
                    "{p}_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}} {n}"
                );
            }
        }
        let _ = writeln!(
            out,
            "# HELP {p}_http_request_duration_seconds Request latency by route."
        );
        let _ = writeln!(out, "# TYPE {p}_http_request_duration_seconds histogram");
        for (route, r) in &inner.routes {
            let (route, h) = (escape(route), &r.latency);
            for (i, bound) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{p}_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {}",
                    h.counts[i]
                );
            }
            let _ = writeln!(
                out,
                "{p}_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "{p}_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "{p}_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count
            );
        }
        let _ = writeln!(
            out,
            "# HELP {p}_key_operations_total Key operations by type."
        );
        let _ = writeln!(out, "# TYPE {p}_key_operations_total counter");
        for (op, n) in &inner.operations {
            let _ = writeln!(out, "{p}_key_operations_total{{operation=\"{op}\"}} {n}");
        }
        let _ = writeln!(
            out,
            "# HELP {p}_auth_failures_total Authentication failures by reason."
        );
        let _ = writeln!(out, "# TYPE {p}_auth_failures_total counter");
        for (reason, n) in &inner.auth_failures {
            let _ = writeln!(out, "{p}_auth_failures_total{{reason=\"{reason}\"}} {n}");
        }
        let _ = writeln!(
            out,
            "# HELP {p}_auth_pbkdf2_total Password hashes computed to check sign-ins."
        );
        let _ = writeln!(out, "# TYPE {p}_auth_pbkdf2_total counter");
        let _ = writeln!(out, "{p}_auth_pbkdf2_total {}", inner.auth_pbkdf2);
        let _ = writeln!(
            out,
            "# HELP {p}_auth_throttled_total Sign-ins refused by the lockout before any hash, by reason."
        );
        let _ = writeln!(out, "# TYPE {p}_auth_throttled_total counter");
        for (reason, n) in &inner.auth_throttled {
            let _ = writeln!(out, "{p}_auth_throttled_total{{reason=\"{reason}\"}} {n}");
        }
        drop(inner);
        for f in self.source_families() {
            render_family(&mut out, &f);
        }
        out
    }
}

/// One metric's values at a moment, for pushing elsewhere (OTLP): the same names and labels
/// as `/metrics`.
pub struct Family {
    pub name: String,
    pub description: &'static str,
    pub unit: &'static str,
    pub points: Points,
}

pub type Labels = Vec<(&'static str, String)>;

pub enum Points {
    /// Monotonic counters since the start.
    Counter(Vec<(Labels, u64)>),
    /// Values as they are now.
    Gauge(Vec<(Labels, i64)>),
    /// Histograms since the start: per-bucket (not cumulative) counts over `BUCKETS`, the
    /// last one above the top bound.
    Histogram(Vec<(Labels, HistogramPoint)>),
}

pub struct HistogramPoint {
    pub bounds: &'static [f64],
    pub bucket_counts: Vec<u64>,
    pub count: u64,
    pub sum: f64,
}

impl Metrics {
    /// Every metric as it stands.
    pub fn snapshot(&self) -> Vec<Family> {
        let inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let p = self.prefix;
        let family = |name: &str, description, unit, points| Family {
            name: format!("{p}_{name}"),
            description,
            unit,
            points,
        };
        let by = |label: &'static str, m: &BTreeMap<String, u64>| {
            Points::Counter(
                m.iter()
                    .map(|(k, n)| (vec![(label, k.clone())], *n))
                    .collect(),
            )
        };
        let mut requests = Vec::new();
        let mut latency = Vec::new();
        for (route, r) in &inner.routes {
            for ((method, status), n) in &r.requests {
                requests.push((
                    vec![
                        ("method", method.to_string()),
                        ("route", route.clone()),
                        ("status", status.to_string()),
                    ],
                    *n,
                ));
            }
            let h = &r.latency;
            let mut bucket_counts = Vec::with_capacity(BUCKETS.len() + 1);
            let mut below = 0;
            for c in h.counts {
                bucket_counts.push(c - below);
                below = c;
            }
            bucket_counts.push(h.count - below);
            latency.push((
                vec![("route", route.clone())],
                HistogramPoint {
                    bounds: &BUCKETS,
                    bucket_counts,
                    count: h.count,
                    sum: h.sum,
                },
            ));
        }
        let mut families = vec![
            family(
                "http_requests_total",
                "HTTP requests by method, route and status.",
                "1",
                Points::Counter(requests),
            ),
            family(
                "http_request_duration_seconds",
                "Request latency by route.",
                "s",
                Points::Histogram(latency),
            ),
            family(
                "key_operations_total",
                "Key operations by type.",
                "1",
                by("operation", &inner.operations),
            ),
            family(
                "auth_failures_total",
                "Authentication failures by reason.",
                "1",
                by("reason", &inner.auth_failures),
            ),
            family(
                "auth_pbkdf2_total",
                "Password hashes computed to check sign-ins.",
                "1",
                Points::Counter(vec![(Vec::new(), inner.auth_pbkdf2)]),
            ),
            family(
                "auth_throttled_total",
                "Sign-ins refused by the lockout before any hash, by reason.",
                "1",
                by("reason", &inner.auth_throttled),
            ),
        ];
        drop(inner);
        families.extend(self.source_families());
        families
    }
}

/// One family in the text exposition format.
fn render_family(out: &mut String, f: &Family) {
    let name = &f.name;
    let labels = |labels: &Labels, extra: Option<(&str, String)>| {
        let mut parts: Vec<String> = labels
            .iter()
            .map(|(k, v)| format!("{k}=\"{}\"", escape(v)))
            .collect();
        if let Some((k, v)) = extra {
            parts.push(format!("{k}=\"{v}\""));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("{{{}}}", parts.join(","))
        }
    };
    let _ = writeln!(out, "# HELP {name} {}", f.description);
    match &f.points {
        Points::Counter(points) => {
            let _ = writeln!(out, "# TYPE {name} counter");
            for (l, n) in points {
                let _ = writeln!(out, "{name}{} {n}", labels(l, None));
            }
        }
        Points::Gauge(points) => {
            let _ = writeln!(out, "# TYPE {name} gauge");
            for (l, n) in points {
                let _ = writeln!(out, "{name}{} {n}", labels(l, None));
            }
        }
        Points::Histogram(points) => {
            let _ = writeln!(out, "# TYPE {name} histogram");
            for (l, h) in points {
                let mut cumulative = 0;
                for (bound, n) in h.bounds.iter().zip(&h.bucket_counts) {
                    cumulative += n;
                    let _ = writeln!(
                        out,
                        "{name}_bucket{} {cumulative}",
                        labels(l, Some(("le", bound.to_string())))
                    );
                }
                let _ = writeln!(
                    out,
                    "{name}_bucket{} {}",
                    labels(l, Some(("le", "+Inf".to_string()))),
                    h.count
                );
                let _ = writeln!(out, "{name}_sum{} {}", labels(l, None), h.sum);
                let _ = writeln!(out, "{name}_count{} {}", labels(l, None), h.count);
            }
        }
    }
}

/// Add one to `label`'s counter, allocating its name only the first time.
fn count(counters: &mut BTreeMap<String, u64>, label: &str) {
    match counters.get_mut(label) {
        Some(n) => *n += 1,
        None => {
            counters.insert(label.to_string(), 1);
        }
    }
}

fn escape(label: &str) -> String {
    label
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}
