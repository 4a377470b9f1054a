//! Server logs: one line per event (a request answered, a server started or stopped, a
//! dependency lost), as a JSON object or as text, on stderr or appended to a file.
//!
//! A request never waits for its log line: lines go through a bounded queue to a writer
//! thread, and when the queue is full (stderr not read, a slow disk) a line is dropped and
//! counted, never blocking the request. What is logged is chosen field by field: never a
//! header, a body, a query string or anything secret (passwords, tokens, key material,
//! plaintext); the fields are the request's id, method, route, status and latency, the
//! client's address, and who it turned out to be (tenant, principal, key).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use crate::server::{Reason, ServerError, ServerResult};

/// Lines waiting for the writer; past this they are dropped (and counted).
const QUEUE: usize = 16_384;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Json,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warn,
    #[default]
    Info,
    Debug,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warn => "warn",
            Level::Info => "info",
            Level::Debug => "debug",
        }
    }
}

/// The `log:` section of a server's config.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    #[serde(default)]
    pub format: LogFormat,
    #[serde(default)]
    pub level: Level,
    /// Append here instead of writing to stderr (made 0600 when created).
    #[serde(default)]
    pub file: Option<PathBuf>,
}

/// Who a request turned out to be and what it touched, filled in by the handler as it learns
/// it (the serving loop puts one in every request's extensions and logs it with the answer).
#[derive(Debug, Clone, Default)]
pub struct Noted {
    pub tenant: Option<String>,
    pub principal: Option<String>,
    /// How the principal signed in (password, api_key, bearer, certificate, session).
    pub auth: Option<String>,
    pub key: Option<String>,
    pub version: Option<u32>,
    /// What went wrong inside the server (a 5xx), for the log only: the client is told less.
    pub error: Option<String>,
    /// The handler's verdict for the audit trail (`ok`, `denied`, `refused`), when the status
    /// does not say it (a sign-in page answers 200 to a wrong password).
    pub result: Option<String>,
    /// More for the audit record: (`reason`, why it was decided so), (`grant_type`, …).
    pub facts: Vec<(&'static str, String)>,
    /// Values recorded only as HMACs under the audit key (a name typed at a failed sign-in).
    pub sensitive: Vec<(&'static str, String)>,
    /// What the request spent its time on, for its trace (child spans).
    pub timed: Vec<crate::server::telemetry::Timed>,
}

/// A request's [`Noted`], shared between the handler and the serving loop.
#[derive(Debug, Clone, Default)]
pub struct Note(Arc<Mutex<Noted>>);

impl Note {
    fn with(&self, f: impl FnOnce(&mut Noted)) {
        f(&mut self.0.lock().unwrap_or_else(|p| p.into_inner()));
    }

    pub fn who(&self, tenant: &str, principal: &str, auth: &str) {
        self.with(|n| {
            n.tenant = Some(tenant.to_string());
            n.principal = Some(principal.to_string());
            n.auth = Some(auth.to_string());
        });
    }

    pub fn key(&self, name: &str, version: Option<u32>) {
        self.with(|n| {
            n.key = Some(name.to_string());
            if version.is_some() {
                n.version = version;
            }
        });
    }

    pub fn error(&self, detail: &str) {
        self.with(|n| n.error = Some(detail.to_string()));
    }

    /// The verdict and why (for the audit trail).
    pub fn decided(&self, result: &'static str, reason: &str) {
        self.with(|n| {
            n.result = Some(result.to_string());
            n.facts.retain(|(k, _)| *k != "reason");
            n.facts.push(("reason", reason.chars().take(300).collect()));
        });
    }

    /// A fact about the request for its audit record (the last one given for a name counts).
    pub fn fact(&self, name: &'static str, value: &str) {
        self.with(|n| {
            n.facts.retain(|(k, _)| *k != name);
            n.facts.push((name, value.chars().take(300).collect()));
        });
    }

    /// A stretch of the request (a child span of its trace).
    pub fn timed(
        &self,
        name: &'static str,
        start: std::time::Instant,
        attributes: Vec<(&'static str, String)>,
    ) {
        self.timed_between(name, start, std::time::Instant::now(), attributes);
    }

    /// A stretch of the request that ended at `end`.
    pub fn timed_between(
        &self,
        name: &'static str,
        start: std::time::Instant,
        end: std::time::Instant,
        attributes: Vec<(&'static str, String)>,
    ) {
        self.with(|n| {
            if n.timed.len() < 32 {
                n.timed.push((name, start, end, attributes));
            }
        });
    }

    /// A value the trail keeps only as its HMAC (`NAME_hmac`).
    pub fn sensitive(&self, name: &'static str, value: &str) {
        self.with(|n| n.sensitive.push((name, value.chars().take(1024).collect())));
    }

    pub fn taken(&self) -> Noted {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// A handler's extractor: the request's note (a detached one outside the serving loop).
impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Note {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Note, Self::Rejection> {
        Ok(parts.extensions.get::<Note>().cloned().unwrap_or_default())
    }
}

/// A server's log.
pub struct Logger {
    level: Level,
    format: LogFormat,
    /// The server's kind ("kms", "identity"), on every line.
    app: &'static str,
    shared: Arc<Shared>,
    /// Lines waiting at most; more are dropped (and counted).
    capacity: usize,
    dropped: AtomicU64,
}

/// Bytes waiting that wake the writer.
const WAKE_AT: usize = 64 << 10;

impl Logger {
    /// Open the log (`file` already resolved against the config file) and start its writer.
    pub fn start(
        settings: &LogSettings,
        file: Option<&Path>,
        app: &'static str,
    ) -> ServerResult<Arc<Logger>> {
        let out: Box<dyn Write + Send> = match file {
            Some(path) => Box::new(open_append(path)?),
            None => Box::new(std::io::stderr()),
        };
        let shared = Arc::new(Shared::default());
        let writer = shared.clone();
        std::thread::Builder::new()
            .name(format!("cu-{app}-log"))
            .spawn(move || write_lines(writer, out))
            .map_err(|e| ServerError::new(Reason::Internal, format!("the log writer: {e}")))?;
        Ok(Arc::new(Logger {
            level: settings.level,
            format: settings.format,
            app,
            shared,
            capacity: QUEUE,
            dropped: AtomicU64::new(0),
        }))
    }

    pub fn enabled(&self, level: Level) -> bool {
        level <= self.level
    }

    /// Lines dropped because the writer could not keep up.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// Log `message` with `fields` (nulls left out), if `level` is on.
    pub fn log(&self, level: Level, message: &str, fields: Vec<(&'static str, Value)>) {
        if !self.enabled(level) {
            return;
        }
        let line = self.render(&timestamp(), level, message, fields);
        let mut p = self
            .shared
            .pending
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if p.lines >= self.capacity {
            drop(p);
            self.dropped.fetch_add(1, Ordering::Relaxed);
            return;
        }
        p.bytes.extend_from_slice(&line);
        p.lines += 1;
        if p.bytes.len() >= WAKE_AT {
            self.shared.wake.notify_one();
        }
    }

    fn render(
        &self,
        at: &str,
        level: Level,
        message: &str,
        fields: Vec<(&'static str, Value)>,
    ) -> Vec<u8> {
        let fields = fields.into_iter().filter(|(_, v)| !v.is_null());
        match self.format {
            LogFormat::Json => {
                // Written as serde_json writes the object (compact, in this order), without
                // building it first; the names fields are given are distinct, and never the
                // line's own four.
                let mut line = Vec::with_capacity(512);
                for (i, (k, v)) in [
                    ("ts", at),
                    ("level", level.as_str()),
                    ("app", self.app),
                    ("msg", message),
                ]
                .into_iter()
                .enumerate()
                {
                    line.push(if i == 0 { b'{' } else { b',' });
                    // Writing into a Vec cannot fail.
                    let _ = serde_json::to_writer(&mut line, k);
                    line.push(b':');
                    let _ = serde_json::to_writer(&mut line, v);
                }
                for (k, v) in fields.filter(|(k, _)| !matches!(*k, "ts" | "level" | "app" | "msg"))
                {
                    line.push(b',');
                    let _ = serde_json::to_writer(&mut line, k);
                    line.push(b':');
                    let _ = serde_json::to_writer(&mut line, &v);
                }
                line.extend_from_slice(b"}\n");
                line
            }
            LogFormat::Text => {
                let mut line = format!(
                    "{at} {:<5} {} {message}",
                    level.as_str().to_uppercase(),
                    self.app
                );
                for (k, v) in fields {
                    let v = match v {
                        Value::String(s) if !s.is_empty() && !s.contains([' ', '"', '=']) => s,
                        other => other.to_string(),
                    };
                    line.push_str(&format!(" {k}={v}"));
                }
                // One event, one line: nothing logged may break it.
                let mut line: String = line
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                line.push('\n');
                line.into_bytes()
            }
        }
    }

    /// Wait (at most `within`) until every line logged so far is written.
    pub fn flush(&self, within: Duration) {
        let deadline = std::time::Instant::now() + within;
        let mut p = self
            .shared
            .pending
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        p.asked += 1;
        let want = p.asked;
        self.shared.wake.notify_one();
        while p.written < want {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return;
            }
            p = self
                .shared
                .done
                .wait_timeout(p, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }
}

fn open_append(path: &Path) -> ServerResult<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|e| {
        ServerError::new(
            Reason::BadConfig,
            format!("the log file {}: {e}", path.display()),
        )
        .with_help("point log.file at a writable path, or leave it out to log to stderr")
    })
}

/// The writer's side: what waits to be written, and how far a flush has come.
#[derive(Default)]
struct Pending {
    bytes: Vec<u8>,
    lines: usize,
    /// Flushes asked for, and written.
    asked: u64,
    written: u64,
}

#[derive(Default)]
struct Shared {
    pending: Mutex<Pending>,
    /// The writer waits on this (woken by a full buffer or a flush, else every 100 ms).
    wake: std::sync::Condvar,
    /// Flushers wait on this.
    done: std::sync::Condvar,
}

/// Lines are handed over without waking the writer each time (a wake per request costs the
/// servers more than writing the line): it wakes when 64 KiB are waiting, for a flush, or
/// every 100 ms.
fn write_lines(shared: Arc<Shared>, out: Box<dyn Write + Send>) {
    let mut out = out;
    let mut spare = Vec::with_capacity(WAKE_AT * 2);
    loop {
        let (bytes, gen) = {
            let mut p = shared.pending.lock().unwrap_or_else(|e| e.into_inner());
            if p.bytes.is_empty() && p.asked == p.written {
                p = shared
                    .wake
                    .wait_timeout(p, Duration::from_millis(100))
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
            p.lines = 0;
            (
                std::mem::replace(&mut p.bytes, std::mem::take(&mut spare)),
                p.asked,
            )
        };
        if !bytes.is_empty() {
            let _ = out.write_all(&bytes);
            let _ = out.flush();
        }
        spare = bytes;
        spare.clear();
        let mut p = shared.pending.lock().unwrap_or_else(|e| e.into_inner());
        if p.written != gen {
            p.written = gen;
            shared.done.notify_all();
        }
        if Arc::strong_count(&shared) == 1 && p.bytes.is_empty() {
            return;
        }
    }
}

/// Now, in RFC 3339 UTC with milliseconds.
pub fn timestamp() -> String {
    rfc3339_ms(time::OffsetDateTime::now_utc())
}

/// `now` (UTC) in RFC 3339 with milliseconds, as logs and audit records write times (so
/// they compare as text).
pub fn rfc3339_ms(now: time::OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second(),
        now.millisecond()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logger(format: LogFormat, level: Level) -> (Logger, ()) {
        let l = Logger {
            level,
            format,
            app: "kms",
            shared: Arc::default(),
            capacity: 1,
            dropped: AtomicU64::new(0),
        };
        (l, ())
    }

    #[test]
    fn json_lines_leave_out_nulls() {
        let (l, _rx) = logger(LogFormat::Json, Level::Info);
        let line = l.render(
            "2026-12-02T00:00:00.000Z",
            Level::Info,
            "request",
            vec![("status", Value::from(200)), ("tenant", Value::Null)],
        );
        let v: Value = serde_json::from_slice(&line).unwrap();
        assert_eq!(v["msg"], "request");
        assert_eq!(v["status"], 200);
        assert_eq!(v["app"], "kms");
        assert!(v.get("tenant").is_none());
        assert_eq!(line.iter().filter(|b| **b == b'\n').count(), 1);
        // What serde_json writes for the same object, byte for byte; a field named as one of
        // the line's own is left out.
        let line = l.render(
            "2026-12-02T00:00:00.000Z",
            Level::Error,
            "a \"quoted\"\nmessage",
            vec![
                ("path", Value::from("/a\u{7f}\u{1F511}")),
                ("latency_ms", Value::from(1.25)),
                ("msg", Value::from("not this")),
            ],
        );
        let mut m = serde_json::Map::new();
        m.insert("ts".into(), Value::from("2026-12-02T00:00:00.000Z"));
        m.insert("level".into(), Value::from("error"));
        m.insert("app".into(), Value::from("kms"));
        m.insert("msg".into(), Value::from("a \"quoted\"\nmessage"));
        m.insert("path".into(), Value::from("/a\u{7f}\u{1F511}"));
        m.insert("latency_ms".into(), Value::from(1.25));
        assert_eq!(
            String::from_utf8(line).unwrap(),
            format!("{}\n", Value::Object(m))
        );
    }

    #[test]
    fn text_lines_stay_one_line() {
        let (l, _rx) = logger(LogFormat::Text, Level::Info);
        let line = l.render(
            "2026-12-02T00:00:00.000Z",
            Level::Warn,
            "request",
            vec![
                ("error", Value::from("two\nlines")),
                ("route", Value::from("/a")),
            ],
        );
        let text = String::from_utf8(line).unwrap();
        assert_eq!(text.matches('\n').count(), 1, "{text}");
        assert!(text.contains(" WARN  kms request "), "{text}");
        assert!(text.contains("route=/a"), "{text}");
    }

    #[test]
    fn a_full_queue_drops_and_counts() {
        let (l, _rx) = logger(LogFormat::Json, Level::Info);
        for _ in 0..3 {
            l.log(Level::Info, "x", vec![]);
        }
        assert_eq!(l.dropped(), 2);
        l.log(Level::Debug, "off", vec![]);
        assert_eq!(l.dropped(), 2, "a line below the level is not even queued");
    }

    #[test]
    fn timestamps_are_rfc3339_utc_with_milliseconds() {
        let t = timestamp();
        assert_eq!(t.len(), 24, "{t}");
        assert!(
            time::OffsetDateTime::parse(&t, &time::format_description::well_known::Rfc3339).is_ok()
        );
    }
}
