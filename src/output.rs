//! Rendering: text or JSON reports on stdout, diagnostics and warnings on stderr, color rules.
//! This is the only module that writes to stdout.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

use owo_colors::OwoColorize;
use serde_json::Value;

use crate::error::{CuError, Status};

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable text, or the raw artifact (token, key, payload) for piping
    Text,
    /// One JSON document on stdout; errors as JSON on stderr
    Json,
}

/// What every command gets besides its own arguments: the global flags, resolved once.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub format: Format,
    /// Color on stderr (only on a TTY, never with NO_COLOR, --no-color or CI=true).
    pub color: bool,
    pub quiet: bool,
    /// How many `-v` (the diagnostics' level; `cu version` shows more with one).
    pub verbose: u8,
    /// The clock, fixed by the hidden `--now` flag in tests.
    pub now: SystemTime,
}

impl Ctx {
    pub fn json(&self) -> bool {
        self.format == Format::Json
    }

    /// A warning on stderr (suppressed by --quiet). In JSON mode it is one JSON line,
    /// `{"warning":{"message":…}}`, so stderr stays machine-readable.
    pub fn warn(&self, message: &str) {
        if self.quiet {
            return;
        }
        let mut stderr = io::stderr().lock();
        let _ = if self.json() {
            writeln!(
                stderr,
                "{}",
                serde_json::json!({"warning": {"message": message}})
            )
        } else if self.color {
            writeln!(stderr, "{} {message}", "warning:".yellow().bold())
        } else {
            writeln!(stderr, "warning: {message}")
        };
    }
}

impl Ctx {
    /// A progress or status line on stderr (not suppressed by --quiet: servers announce
    /// where they listen this way). In JSON mode it is the given JSON on one line.
    pub fn event(&self, text: &str, json: &Value) {
        let mut stderr = io::stderr().lock();
        let _ = if self.json() {
            writeln!(stderr, "{json}")
        } else {
            writeln!(stderr, "{text}")
        };
    }
}

/// Decide color once: a TTY on stderr and nobody asked for it to be off.
pub fn color_enabled(no_color_flag: bool, no_color_env: bool, ci_env: bool) -> bool {
    !no_color_flag && !no_color_env && !ci_env && io::stderr().is_terminal()
}

/// A command's result: it knows how to render as text (bytes, so binary payloads pipe intact)
/// and as one JSON document, and whether it was a full success.
pub trait Report {
    fn write_text(&self, out: &mut dyn Write) -> io::Result<()>;
    fn to_json(&self) -> Value;
    fn status(&self) -> Status {
        Status::Success
    }
    /// The JSON rendering; line-oriented reports (batches) print one document per line.
    fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &self.to_json())?;
        out.write_all(b"\n")
    }
}

/// A report that is just a value: JSON as is, text given explicitly.
pub struct Simple {
    /// Wiped on drop: the text is often a private key or a decrypted payload.
    pub text: zeroize::Zeroizing<Vec<u8>>,
    pub json: Value,
}

impl Simple {
    pub fn boxed(text: impl Into<Vec<u8>>, json: Value) -> Box<dyn Report> {
        Box::new(Simple {
            text: zeroize::Zeroizing::new(text.into()),
            json,
        })
    }
}

impl Report for Simple {
    fn write_text(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(&self.text)
    }
    fn to_json(&self) -> Value {
        self.json.clone()
    }
}

/// Whether fd 1 was closed when the process started (`cu … >&-`). Rust's runtime opens
/// /dev/null on a closed fd 1 before `main` (so no file the program opens lands on fd 1),
/// which makes every later write "succeed" into nothing; the probe below records the truth
/// first.
static STDOUT_CLOSED_AT_START: AtomicBool = AtomicBool::new(false);

/// Runs from the ELF init array, before the Rust runtime's descriptor check in `main`.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static PROBE_STDOUT: extern "C" fn() = probe_stdout;

#[cfg(target_os = "linux")]
extern "C" fn probe_stdout() {
    // SAFETY: F_GETFD only asks whether descriptor 1 is open; it touches no memory.
    if unsafe { libc::fcntl(1, libc::F_GETFD) } == -1 {
        STDOUT_CLOSED_AT_START.store(true, Ordering::Relaxed);
    }
}

fn stdout_closed() -> bool {
    // Referencing the probe keeps it linked in from the library.
    #[cfg(target_os = "linux")]
    std::hint::black_box(&PROBE_STDOUT);
    STDOUT_CLOSED_AT_START.load(Ordering::Relaxed)
}

/// Stdout as a writer that fails like a closed descriptor (EBADF) when fd 1 was closed, and
/// remembers the first write error so that a failure reported through another error type
/// can still be recognised as stdout's.
struct Checked<W: Write> {
    inner: W,
    closed: bool,
    error: Option<(io::ErrorKind, String)>,
}

impl<W: Write> Checked<W> {
    fn new(inner: W) -> Checked<W> {
        Checked {
            inner,
            closed: stdout_closed(),
            error: None,
        }
    }

    fn record<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result {
            self.error.get_or_insert_with(|| (e.kind(), e.to_string()));
        }
        result
    }
}

fn closed_error() -> io::Error {
    io::Error::from_raw_os_error(libc::EBADF)
}

impl<W: Write> Write for Checked<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed && !buf.is_empty() {
            return self.record(Err(closed_error()));
        }
        let result = self.inner.write(buf);
        self.record(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = self.inner.flush();
        self.record(result)
    }
}

/// Write a report to stdout. A reader that went away (`cu … | head`) is not an error;
/// a closed or full stdout is (`CuError::Stdout`, exit 2): the result would be lost.
pub fn emit(ctx: &Ctx, report: &dyn Report) -> Result<(), CuError> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(Checked::new(stdout.lock()));
    let result = (|| {
        match ctx.format {
            Format::Text => report.write_text(&mut out)?,
            Format::Json => report.write_json(&mut out)?,
        }
        out.flush()
    })();
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(CuError::Stdout { source }),
        Ok(()) => Ok(()),
    }
}

/// Stream a large binary result to stdout as it is produced (`cu kms encrypt --stream`),
/// for results that cannot be held in memory. Text mode only: JSON mode keeps stdout for the
/// one JSON document, so streaming commands write to `--out` there. When the stream fails
/// because stdout did, the error is `CuError::Stdout` whatever `f` made of it, so a reader
/// that went away is as quiet here as for `emit`.
pub fn stream_stdout<T>(
    f: impl FnOnce(&mut dyn Write) -> Result<T, CuError>,
) -> Result<T, CuError> {
    let stdout = io::stdout();
    let _ = stdout.lock().flush();
    // Rust's stdout is line-buffered: it scans binary data for newlines and copies the
    // tails, which halved stream throughput. A duplicate of fd 1 is written to directly.
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = stdout.as_fd().try_clone_to_owned() {
            // Streams write whole 64 KiB chunks, so no buffer in between.
            let mut out = Checked::new(std::fs::File::from(fd));
            let result = f(&mut out);
            return stdout_failure(result, out.error);
        }
    }
    let mut out = Checked::new(io::BufWriter::with_capacity(256 * 1024, stdout.lock()));
    let result = f(&mut out);
    let result = result.and_then(|value| match out.flush() {
        Ok(()) => Ok(value),
        Err(source) => Err(CuError::Stdout { source }),
    });
    stdout_failure(result, out.error)
}

fn stdout_failure<T>(
    result: Result<T, CuError>,
    error: Option<(io::ErrorKind, String)>,
) -> Result<T, CuError> {
    match (result, error) {
        (Err(CuError::Stdout { source }), _) => Err(CuError::Stdout { source }),
        (Err(_), Some((kind, message))) => Err(CuError::Stdout {
            source: io::Error::new(kind, message),
        }),
        (result, _) => result,
    }
}

/// Write an error to stderr: a miette diagnostic, or `{"error":{…}}` in JSON mode.
pub fn emit_error(format: Format, color: bool, error: &CuError) {
    let mut stderr = io::stderr().lock();
    if format == Format::Json {
        let mut body = serde_json::Map::new();
        body.insert("code".into(), Value::String(error.code()));
        if let Some(reason) = error.reason() {
            body.insert("reason".into(), Value::String(reason.into()));
        }
        body.insert("message".into(), Value::String(error.full_message()));
        body.insert(
            "help".into(),
            error.help_text().map(Value::String).unwrap_or(Value::Null),
        );
        if let Some(details) = error.details() {
            body.insert("details".into(), details.clone());
        }
        let doc = serde_json::json!({ "error": Value::Object(body) });
        let _ = writeln!(stderr, "{doc}");
        return;
    }
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(100);
    let mut rendered = String::new();
    if handler.render_report(&mut rendered, error).is_ok() {
        let _ = write!(stderr, "{rendered}");
    } else {
        let _ = writeln!(stderr, "error: {}", error.full_message());
    }
}

/// Step progress on stderr: a spinner on a color TTY, plain `[i/N] step… [OK]` lines otherwise,
/// nothing in JSON mode (stdout carries the one document).
pub struct Progress {
    mode: ProgressMode,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ProgressMode {
    Spinner,
    Plain,
    Silent,
}

impl Ctx {
    pub fn progress(&self) -> Progress {
        let mode = if self.json() {
            ProgressMode::Silent
        } else if self.color {
            ProgressMode::Spinner
        } else {
            ProgressMode::Plain
        };
        Progress { mode }
    }
}

impl Progress {
    pub fn start(&self, i: usize, total: usize, name: &str) -> Option<indicatif::ProgressBar> {
        match self.mode {
            ProgressMode::Spinner => {
                let bar = indicatif::ProgressBar::new_spinner();
                bar.set_message(format!("[{i}/{total}] {name}…"));
                bar.enable_steady_tick(std::time::Duration::from_millis(80));
                Some(bar)
            }
            ProgressMode::Plain | ProgressMode::Silent => None,
        }
    }

    pub fn finish(
        &self,
        bar: Option<indicatif::ProgressBar>,
        i: usize,
        total: usize,
        name: &str,
        outcome: &str,
    ) {
        let line = match (self.mode, outcome) {
            (ProgressMode::Spinner, "passed") => format!("{} [{i}/{total}] {name}", "✓".green()),
            (ProgressMode::Spinner, "failed") => format!("{} [{i}/{total}] {name}", "✗".red()),
            (ProgressMode::Spinner, _) => {
                format!("{} [{i}/{total}] {name} (skipped)", "-".dimmed())
            }
            (_, "passed") => format!("[{i}/{total}] {name}… [OK]"),
            (_, "failed") => format!("[{i}/{total}] {name}… [FAIL]"),
            _ => format!("[{i}/{total}] {name}… [SKIP]"),
        };
        match (self.mode, bar) {
            (ProgressMode::Silent, _) => {}
            (_, Some(bar)) => bar.finish_with_message(line),
            (_, None) => {
                let _ = writeln!(io::stderr().lock(), "{line}");
            }
        }
    }
}

/// What the CLI's diagnostics show: a level per module prefix (the longest match wins) and
/// one for everything else. From `-v` (cu's own: info, debug, trace) or `CU_LOG`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogSpec {
    rules: Vec<(String, log::LevelFilter)>,
    default: log::LevelFilter,
}

impl LogSpec {
    /// `-v` counted: cu's warnings only by default (and not even those with `--quiet`).
    pub fn from_verbosity(verbose: u8, quiet: bool) -> LogSpec {
        use log::LevelFilter::*;
        let (cu, rest) = match (verbose, quiet) {
            (0, true) => (Error, Error),
            (0, false) => (Warn, Error),
            (1, _) => (Info, Error),
            (2, _) => (Debug, Warn),
            _ => (Trace, Debug),
        };
        LogSpec {
            rules: vec![("cu".into(), cu)],
            default: rest,
        }
    }

    /// `CU_LOG`: `LEVEL`, `MODULE=LEVEL`, or a comma-separated list of both
    /// (`debug`, `cu=debug,rustls=info`). A bare level sets cu's level and, for others, one
    /// step less (`debug`: cu at debug, the libraries at info).
    pub fn parse(spec: &str) -> Result<LogSpec, String> {
        let level = |s: &str| -> Result<log::LevelFilter, String> {
            s.trim()
                .parse()
                .map_err(|_| format!("`{s}` is not a level (off, error, warn, info, debug, trace)"))
        };
        let mut out = LogSpec::from_verbosity(0, false);
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part.split_once('=') {
                Some((module, l)) => {
                    let module = module.trim().replace('-', "_");
                    if module.is_empty() {
                        return Err(format!("`{part}` names no module"));
                    }
                    let l = level(l)?;
                    out.rules.retain(|(m, _)| *m != module);
                    out.rules.push((module, l));
                }
                None => {
                    let l = level(part)?;
                    out.rules.retain(|(m, _)| m != "cu");
                    out.rules.push(("cu".into(), l));
                    out.default = match l {
                        log::LevelFilter::Trace => log::LevelFilter::Debug,
                        log::LevelFilter::Debug => log::LevelFilter::Info,
                        other => other.min(log::LevelFilter::Warn),
                    };
                }
            }
        }
        Ok(out)
    }

    fn level_of(&self, target: &str) -> log::LevelFilter {
        self.rules
            .iter()
            .filter(|(m, _)| {
                target == m
                    || target
                        .strip_prefix(m.as_str())
                        .is_some_and(|rest| rest.starts_with("::"))
            })
            .max_by_key(|(m, _)| m.len())
            .map_or(self.default, |(_, l)| *l)
    }

    fn max(&self) -> log::LevelFilter {
        self.rules
            .iter()
            .map(|(_, l)| *l)
            .chain(std::iter::once(self.default))
            .max()
            .unwrap_or(log::LevelFilter::Off)
    }
}

/// The CLI's diagnostics on stderr: `cu: LEVEL: message` (the level colored on a TTY), or
/// in JSON mode one `{"log": {...}}` line each.
struct StderrLog {
    spec: LogSpec,
    json: bool,
    color: bool,
}

impl log::Log for StderrLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= self.spec.level_of(metadata.target())
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let level = record.level().as_str().to_ascii_lowercase();
        let message = record.args().to_string();
        let mut stderr = io::stderr().lock();
        let _ = if self.json {
            writeln!(
                stderr,
                "{}",
                serde_json::json!({"log": {"level": level, "target": record.target(), "message": message}})
            )
        } else if self.color {
            let tag = match record.level() {
                log::Level::Error => level.red().bold().to_string(),
                log::Level::Warn => level.yellow().bold().to_string(),
                _ => level.dimmed().to_string(),
            };
            writeln!(stderr, "cu: {tag}: {message}")
        } else {
            writeln!(stderr, "cu: {level}: {message}")
        };
    }

    fn flush(&self) {
        let _ = io::stderr().flush();
    }
}

/// Send the `log` facade's records to stderr under `spec` (once per process).
pub fn install_log(spec: LogSpec, format: Format, color: bool) {
    let max = spec.max();
    let logger = StderrLog {
        spec,
        json: format == Format::Json,
        color,
    };
    if log::set_boxed_logger(Box::new(logger)).is_ok() {
        log::set_max_level(max);
    }
}

#[cfg(test)]
mod log_tests {
    use super::*;
    use log::LevelFilter::*;

    #[test]
    fn specs() {
        let v = LogSpec::from_verbosity(1, false);
        assert_eq!(v.level_of("cu::kms::client"), Info);
        assert_eq!(v.level_of("rustls::client"), Error);
        assert_eq!(v.level_of("cupcake"), Error, "a prefix is a whole module");
        let s = LogSpec::parse("debug").unwrap();
        assert_eq!(s.level_of("cu"), Debug);
        assert_eq!(s.level_of("reqwest"), Info);
        let s = LogSpec::parse("cu=trace, rustls=info ,cu::kms=off").unwrap();
        assert_eq!(s.level_of("cu::pki"), Trace);
        assert_eq!(s.level_of("cu::kms::client"), Off);
        assert_eq!(s.level_of("rustls::conn"), Info);
        assert_eq!(s.max(), Trace);
        assert!(LogSpec::parse("loud").is_err());
        assert!(LogSpec::parse("=debug").is_err());
        assert!(LogSpec::parse("").is_ok());
    }
}
