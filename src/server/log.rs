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

use crate::audit::{json_str, Fields};
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
pub struct Note(Arc<Mutex<Noted>>, bool);

impl Note {
    /// A note for a request whose trace is kept (`traced`: stretches are noted).
    pub fn new(traced: bool) -> Note {
        Note(Arc::default(), traced)
    }

    /// Whether the request's stretches are wanted (its trace is exported).
    pub fn traced(&self) -> bool {
        self.1
    }

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
        if !self.1 {
            return;
        }
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

    /// What was noted, leaving the note empty (the serving loop takes it with the answer).
    pub fn take(&self) -> Noted {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
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
        self.push(&line);
    }

    /// Log `message` at `at` with members serialized beforehand (a request's line: its
    /// fields are written once, for the log and the audit record), if `level` is on. The
    /// members' names must differ from the line's own (`ts`, `level`, `app`, `msg`).
    pub fn log_fields(&self, at: &str, level: Level, message: &str, fields: &Fields) {
        if !self.enabled(level) {
            return;
        }
        let line = match self.format {
            LogFormat::Json => {
                let mut line = Vec::with_capacity(96 + fields.as_bytes().len());
                self.head(&mut line, at, level, message);
                line.extend_from_slice(fields.as_bytes());
                line.extend_from_slice(b"}\n");
                line
            }
            LogFormat::Text => {
                // The members as an object again (in their order), written as text.
                let mut object = b"{".to_vec();
                object.extend_from_slice(fields.as_bytes().get(1..).unwrap_or_default());
                object.push(b'}');
                let members: serde_json::Map<String, Value> =
                    serde_json::from_slice(&object).unwrap_or_default();
                self.text(
                    at,
                    level,
                    message,
                    members.iter().map(|(k, v)| (k.as_str(), v)),
                )
            }
        };
        self.push(&line);
    }

    fn push(&self, line: &[u8]) {
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
        p.bytes.extend_from_slice(line);
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
                self.head(&mut line, at, level, message);
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
                let fields: Vec<_> = fields.collect();
                self.text(at, level, message, fields.iter().map(|(k, v)| (*k, v)))
            }
        }
    }

    /// `{"ts":…,"level":…,"app":…,"msg":…` (no closing brace).
    fn head(&self, line: &mut Vec<u8>, at: &str, level: Level, message: &str) {
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
            json_str(line, k);
            line.push(b':');
            json_str(line, v);
        }
    }

    /// A text line: `TS LEVEL APP MESSAGE k=v …`, on one line whatever the values hold.
    fn text<'a>(
        &self,
        at: &str,
        level: Level,
        message: &str,
        fields: impl Iterator<Item = (&'a str, &'a Value)>,
    ) -> Vec<u8> {
        let mut line = format!(
            "{at} {:<5} {} {message}",
            level.as_str().to_uppercase(),
            self.app
        );
        for (k, v) in fields.filter(|(_, v)| !v.is_null()) {
            match v {
                Value::String(s) if !s.is_empty() && !s.contains([' ', '"', '=']) => {
                    line.push_str(&format!(" {k}={s}"))
                }
                other => line.push_str(&format!(" {k}={other}")),
            }
        }
        // One event, one line: nothing logged may break it.
        let mut line: String = line
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        line.push('\n');
        line.into_bytes()
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
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    unix_ms_rfc3339(since.as_secs() as i64, since.subsec_millis())
}

/// `now` (UTC) in RFC 3339 with milliseconds, as logs and audit records write times (so
/// they compare as text).
pub fn rfc3339_ms(now: time::OffsetDateTime) -> String {
    unix_ms_rfc3339(now.unix_timestamp(), u32::from(now.millisecond()))
}

/// `secs` since the epoch and `ms` more as `YYYY-MM-DDTHH:MM:SS.mmmZ`, written digit by digit
/// (a log line and an audit record each need one: `format!` costs ten times as much).
fn unix_ms_rfc3339(secs: i64, ms: u32) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Days to a civil date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    if !(0..=9999).contains(&year) {
        return format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{ms:03}Z",
            rem / 3600,
            rem / 60 % 60,
            rem % 60
        );
    }
    let mut out = *b"0000-00-00T00:00:00.000Z";
    let mut put = |at: usize, width: usize, mut v: i64| {
        for i in (at..at + width).rev() {
            out[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    put(0, 4, year);
    put(5, 2, month);
    put(8, 2, day);
    put(11, 2, rem / 3600);
    put(14, 2, rem / 60 % 60);
    put(17, 2, rem % 60);
    put(20, 3, i64::from(ms.min(999)));
    out.iter().map(|b| char::from(*b)).collect()
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

    /// The pending bytes of `l`, as text.
    fn pending(l: &Logger) -> String {
        String::from_utf8(l.shared.pending.lock().unwrap().bytes.clone()).unwrap()
    }

    #[test]
    fn lines_of_serialized_fields_are_what_render_writes() {
        let mut f = Fields::default();
        f.number("status", 503);
        f.text("path", "/a b\"c\u{1F511}");
        f.float("latency_ms", 1.25);
        f.opt("tenant", None);
        let values = vec![
            ("status", Value::from(503)),
            ("path", Value::from("/a b\"c\u{1F511}")),
            ("latency_ms", Value::from(1.25)),
        ];
        for format in [LogFormat::Json, LogFormat::Text] {
            let (l, _) = logger(format, Level::Info);
            l.log_fields("2026-12-02T00:00:00.000Z", Level::Error, "request", &f);
            let rendered = l.render(
                "2026-12-02T00:00:00.000Z",
                Level::Error,
                "request",
                values.clone(),
            );
            assert_eq!(pending(&l), String::from_utf8(rendered).unwrap());
            // Below the level: nothing.
            let (quiet, _) = logger(format, Level::Error);
            quiet.log_fields("2026-12-02T00:00:00.000Z", Level::Info, "request", &f);
            assert_eq!(pending(&quiet), "");
        }
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
    fn timestamps_are_written_as_format_writes_them() {
        let formatted = |t: time::OffsetDateTime| {
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute(),
                t.second(),
                t.millisecond()
            )
        };
        // Every day of four centuries (leap years, 1900 and 2000 among them), at odd times,
        // and the ends of the range.
        let at = |secs: i64, ms: i64| {
            time::OffsetDateTime::from_unix_timestamp(secs).expect("in range")
                + time::Duration::milliseconds(ms)
        };
        let start = at(-2_208_988_801, 999);
        for day in 0..(146_097 + 2) {
            let t = start + time::Duration::days(day) + time::Duration::milliseconds(day * 7919);
            assert_eq!(rfc3339_ms(t), formatted(t));
        }
        for t in [
            at(-62_167_219_200, 0),
            at(0, 0),
            at(-1, 1),
            at(253_402_300_799, 999),
        ] {
            assert_eq!(rfc3339_ms(t), formatted(t));
        }
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
