//! The audit sinks: records of the requests an application audits, chained and checkpointed
//! (`crate::audit`), appended by one writer to a file and/or a table of the store
//! (one chain shared by every instance on it).
//!
//! A request waits for its record to be on disk before it is answered (group commit: the
//! writer takes every record queued, writes them in one go and fsyncs once per batch, or per
//! record with `fsync: record`; with `fsync: background` it waits for the write, and a
//! thread fsyncs behind it). The writer is a task on the server's runtime that hands each
//! batch to one blocking call: a request is queued and woken on the runtime, and only the
//! batch crosses to a blocking thread. When the record cannot be written the answer is a 503
//! in its place (`fail_closed`, the default: a decrypt whose record is lost returns no
//! plaintext), and while no sink can be written every request is refused before it runs.
//! With two sinks a record one of them took is enough (as Vault's audit devices); a broken
//! sink is retried once a second and notes its outage in its chain when it can write again.
//! A checkpoint signed by the store's audit key closes every `checkpoint_records` records,
//! every `checkpoint_seconds` with records pending, each file before it is rotated (past
//! `max_bytes`, to `FILE.<first seq>`), and the trail at shutdown.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::{Map, Value};
use tokio::sync::mpsc::error::TrySendError;
use tokio::sync::mpsc::{channel, Receiver, Sender};

use crate::audit::{checkpoint_payload, Chain, Fields, MAX_LINE};
use crate::server::{Reason, ServerError, ServerResult};

/// Records waiting for the writer; past this a request is refused (503) rather than queued.
const QUEUE: usize = 8192;
/// The most records written in one go.
const MAX_BATCH: usize = 4096;
/// How many times the writer lets other tasks run to fill a batch before writing it.
const LINGER_YIELDS: usize = 8;
/// How long a request waits for its record before it is refused.
const WAIT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Fsync {
    /// One fsync per batch of records (every request waits for its batch's).
    #[default]
    Batch,
    /// One fsync per record.
    Record,
    /// A request waits for its record to be written to the file (so a crash of the server
    /// loses none), not for the fsync, which a thread of the trail's runs at most every
    /// `fsync_interval_ms` while records are pending; a power cut can lose the records of
    /// that last stretch. An fsync that fails breaks the sink as a failed write does.
    Background,
}

/// The `audit:` section of a server's config.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditSettings {
    /// The trail (created 0600); rotated files sit beside it as FILE.<first seq>.
    #[serde(default)]
    pub file: Option<PathBuf>,
    /// Keep the trail in the store's `audit_trail` table too.
    #[serde(default)]
    pub store: bool,
    #[serde(default)]
    pub fsync: Fsync,
    /// With `fsync: background`: the least time between two fsyncs (0: one after another).
    #[serde(default = "default_fsync_interval_ms")]
    pub fsync_interval_ms: u64,
    #[serde(default = "default_max_bytes")]
    pub max_bytes: u64,
    #[serde(default = "default_checkpoint_records")]
    pub checkpoint_records: u64,
    #[serde(default = "default_checkpoint_seconds")]
    pub checkpoint_seconds: u64,
    #[serde(default = "yes")]
    pub fail_closed: bool,
}

fn default_fsync_interval_ms() -> u64 {
    10
}
fn default_max_bytes() -> u64 {
    64 << 20
}
fn default_checkpoint_records() -> u64 {
    1000
}
fn default_checkpoint_seconds() -> u64 {
    10
}
fn yes() -> bool {
    true
}

/// Signs a checkpoint payload: the compact JWS and the key id, or why not.
pub type Signer = Box<dyn FnMut(&str) -> Result<(String, String), String> + Send>;

/// The HMAC of a sensitive value under the audit key, as `KEY/vN:TAG` (what
/// `cu kms audit hmac` prints for the same value, so a record can be found by it).
pub type Hasher = Box<dyn Fn(&[u8]) -> String + Send + Sync>;

type Done = tokio::sync::oneshot::Sender<Result<(), String>>;

/// A trail kept in a database table: `append` runs `lines` in one transaction that holds the
/// table, giving it the last record's line (None: empty) and adding the (seq, line) records
/// it returns, or nothing.
pub trait Table: Send {
    fn append(&mut self, lines: &mut Lines) -> Result<(), String>;
}

/// Given the last record's line, the records to add after it, as (seq, line).
pub type Lines<'a> = dyn FnMut(Option<&[u8]>) -> Result<Vec<(u64, Vec<u8>)>, String> + 'a;

/// What a sink is asked to append.
enum Entry {
    Record {
        kind: &'static str,
        ts: String,
        fields: Fields,
    },
    /// A signed checkpoint over the chain so far, closing `covers` records.
    Checkpoint { ts: String, covers: u64 },
}

impl Entry {
    /// A request's record (not one the server writes about itself, nor a checkpoint).
    fn is_request(&self) -> bool {
        matches!(
            self,
            Entry::Record {
                kind: "request",
                ..
            }
        )
    }

    fn now(kind: &'static str, fields: Vec<(&str, Value)>) -> Entry {
        let mut f = Fields::default();
        for (k, v) in &fields {
            f.put(k, v);
        }
        Entry::Record {
            kind,
            ts: now_ts(),
            fields: f,
        }
    }

    /// Its line, next in `chain`.
    fn line(&self, chain: &mut Chain, signer: &mut Signer) -> Result<Vec<u8>, String> {
        match self {
            Entry::Record { kind, ts, fields } => Ok(chain.append_fields(kind, ts, fields)),
            Entry::Checkpoint { ts, covers } => {
                let payload = checkpoint_payload(chain.seq + 1, &chain.head, ts);
                let (sig, kid) = signer(&payload)?;
                let mut m = Map::new();
                m.insert("covers".into(), Value::from(*covers));
                m.insert("kid".into(), Value::from(kid));
                m.insert("sig".into(), Value::from(sig));
                Ok(chain.append("checkpoint", ts, m))
            }
        }
    }
}

/// Where records go: each sink keeps a chain of its own.
trait Sink: Send {
    fn name(&self) -> &'static str;
    /// Append `entries` durably, or nothing.
    fn append(&mut self, entries: &[Entry], signer: &mut Signer) -> Result<(), String>;
    /// Make everything appended durable now (for a sink that syncs in the background).
    fn flush(&mut self) -> Result<(), String> {
        Ok(())
    }
    /// Whether the sink wants a checkpoint and a fresh start (a file past its size).
    fn rotation_due(&self) -> bool {
        false
    }
    fn rotate(&mut self) -> Result<(), String> {
        Ok(())
    }
}

/// The store's table as a sink.
struct TableSink(Box<dyn Table>);

impl Sink for TableSink {
    fn name(&self) -> &'static str {
        "store"
    }

    fn append(&mut self, entries: &[Entry], signer: &mut Signer) -> Result<(), String> {
        self.0.append(&mut |last| {
            let mut chain = Chain::continuing(last)?;
            entries
                .iter()
                .map(|e| Ok((chain.seq + 1, e.line(&mut chain, signer)?)))
                .collect()
        })
    }
}

/// A sink and what is due on it.
struct Kept {
    sink: Box<dyn Sink>,
    since_checkpoint: u64,
    last_checkpoint: Instant,
    /// Batches that failed since the last good write.
    failed: u64,
    ok: bool,
}

impl Kept {
    fn new(sink: Box<dyn Sink>) -> Kept {
        Kept {
            sink,
            since_checkpoint: 0,
            last_checkpoint: Instant::now(),
            failed: 0,
            ok: true,
        }
    }

    /// Whether a checkpoint is due: `records` since the last one, or `every` with some.
    fn checkpoint_due(&self, records: u64, every: Duration) -> bool {
        self.since_checkpoint >= records
            || (self.since_checkpoint > 0 && self.last_checkpoint.elapsed() >= every)
    }

    fn checkpoint(&mut self, signer: &mut Signer) -> Result<(), String> {
        let entry = Entry::Checkpoint {
            ts: now_ts(),
            covers: self.since_checkpoint,
        };
        self.sink.append(&[entry], signer)?;
        self.since_checkpoint = 0;
        self.last_checkpoint = Instant::now();
        Ok(())
    }
}

enum Job {
    Record(Fields, String, Done),
    /// Seal the trail with a checkpoint and stop taking records.
    Close(tokio::sync::oneshot::Sender<()>),
}

/// A server's audit trail.
pub struct Auditor {
    tx: Sender<Job>,
    healthy: Arc<AtomicBool>,
    pub fail_closed: bool,
    pub hasher: Option<Hasher>,
}

impl Auditor {
    /// Open (or continue) the trail at `settings.file` and/or in `table` (the store, when
    /// `settings.store`) and start its writer on the runtime of the calling thread (a blocking
    /// thread of the server's runtime: opening the sinks blocks).
    pub fn start(
        settings: &AuditSettings,
        app: &'static str,
        mut signer: Signer,
        hasher: Option<Hasher>,
        table: Option<Box<dyn Table>>,
    ) -> ServerResult<Arc<Auditor>> {
        let mut sinks = Vec::new();
        if let Some(file) = &settings.file {
            sinks.push(Kept::new(Box::new(Trail::open(
                file,
                settings,
                &mut signer,
            )?)));
        }
        if let (true, Some(table)) = (settings.store, table) {
            sinks.push(Kept::new(Box::new(TableSink(table))));
        }
        if sinks.is_empty() {
            return Err(
                ServerError::new(Reason::BadConfig, "the audit section names no sink")
                    .with_help("set audit.file to a path, audit.store to true, or both"),
            );
        }
        for kept in &mut sinks {
            let start = Entry::now("start", vec![("app", Value::from(app))]);
            kept.sink.append(&[start], &mut signer).map_err(|e| {
                ServerError::new(
                    Reason::BadConfig,
                    format!("the audit trail ({}): {e}", kept.sink.name()),
                )
            })?;
        }
        let healthy = Arc::new(AtomicBool::new(true));
        let (tx, rx) = channel(QUEUE);
        let writer = Writer {
            sinks,
            signer,
            checkpoint_records: settings.checkpoint_records.max(1),
            checkpoint_every: Duration::from_secs(settings.checkpoint_seconds.max(1)),
        };
        let runtime = tokio::runtime::Handle::try_current().map_err(|_| {
            ServerError::new(
                Reason::Internal,
                "the audit writer needs the server's runtime",
            )
        })?;
        runtime.spawn(writer.run(rx, healthy.clone()));
        Ok(Arc::new(Auditor {
            tx,
            healthy,
            fail_closed: settings.fail_closed,
            hasher,
        }))
    }

    /// Whether the last write succeeded.
    pub fn healthy(&self) -> bool {
        self.healthy.load(Ordering::SeqCst)
    }

    /// Append a record (`ts`: its time) and wait until it is on disk.
    pub async fn record(&self, ts: String, fields: Fields) -> Result<(), String> {
        let (done, wait) = tokio::sync::oneshot::channel();
        match self.tx.try_send(Job::Record(fields, ts, done)) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err("the audit queue is full".into()),
            Err(TrySendError::Closed(_)) => return Err("the audit writer has stopped".into()),
        }
        match tokio::time::timeout(WAIT, wait).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err("the audit writer has stopped".into()),
            Err(_) => Err("the audit record was not written in time".into()),
        }
    }

    /// Seal the trail (a last checkpoint), waiting at most `within`.
    pub async fn close(&self, within: Duration) {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let _ = tokio::time::timeout(within, async {
            if self.tx.send(Job::Close(tx)).await.is_ok() {
                let _ = rx.await;
            }
        })
        .await;
    }
}

/// The writer's side: the file, the chain, and what is due.
struct Trail {
    path: PathBuf,
    file: File,
    /// The file's length up to its last complete, written record.
    good_len: u64,
    /// A failed write may have left bytes after `good_len` that are still there.
    torn: bool,
    chain: Chain,
    /// The first seq in the current file.
    first_in_file: u64,
    fsync: Fsync,
    max_bytes: u64,
    /// With `fsync: background`: the thread that syncs the file after each write.
    syncer: Option<Syncer>,
}

use crate::server::log::timestamp as now_ts;

/// Syncs a trail file in the background: woken after a write, it fsyncs the file (at most
/// once per interval: each fsync is a journal commit, costly under load) and keeps the
/// first error for the writer to find.
struct Syncer {
    shared: Arc<(std::sync::Mutex<SyncState>, std::sync::Condvar)>,
}

struct SyncState {
    file: Arc<File>,
    dirty: bool,
    error: Option<String>,
    stop: bool,
}

impl Syncer {
    fn start(file: &File, interval: Duration) -> std::io::Result<Syncer> {
        let shared = Arc::new((
            std::sync::Mutex::new(SyncState {
                file: Arc::new(file.try_clone()?),
                dirty: false,
                error: None,
                stop: false,
            }),
            std::sync::Condvar::new(),
        ));
        let theirs = shared.clone();
        std::thread::Builder::new()
            .name("cu-audit-sync".into())
            .spawn(move || {
                let (lock, wake) = &*theirs;
                let mut state = lock.lock().unwrap_or_else(|p| p.into_inner());
                loop {
                    while !state.dirty && !state.stop {
                        state = wake.wait(state).unwrap_or_else(|p| p.into_inner());
                    }
                    if !state.dirty {
                        return;
                    }
                    state.dirty = false;
                    let file = state.file.clone();
                    drop(state);
                    let started = Instant::now();
                    let synced = file.sync_data();
                    // What is written meanwhile waits for the next, within the interval.
                    std::thread::sleep(interval.saturating_sub(started.elapsed()));
                    state = lock.lock().unwrap_or_else(|p| p.into_inner());
                    if let Err(e) = synced {
                        state.error.get_or_insert_with(|| format!("fsync: {e}"));
                    }
                }
            })?;
        Ok(Syncer { shared })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, SyncState> {
        self.shared.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The error of an fsync since the last call, if one failed.
    fn failed(&self) -> Option<String> {
        self.state().error.take()
    }

    fn written(&self) {
        self.state().dirty = true;
        self.shared.1.notify_one();
    }

    /// Sync `file` from now on (a new file after rotation).
    fn follow(&self, file: &File) -> std::io::Result<()> {
        let clone = Arc::new(file.try_clone()?);
        let mut state = self.state();
        state.file = clone;
        state.dirty = false;
        Ok(())
    }
}

impl Drop for Syncer {
    fn drop(&mut self) {
        self.state().stop = true;
        self.shared.1.notify_one();
    }
}

fn open_trail(path: &Path) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.create(true).read(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// The rotated files of `path`, oldest first.
pub fn rotated(path: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return Vec::new();
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!("{name}.");
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_str()?.to_string();
            let rest = n.strip_prefix(&prefix)?;
            (rest.len() == 12 && rest.bytes().all(|b| b.is_ascii_digit())).then(|| e.path())
        })
        .collect();
    found.sort();
    found
}

/// The last complete line of `file` (of `len` bytes), and the length up to its end.
fn last_line(file: &mut File, len: u64) -> std::io::Result<(Option<Vec<u8>>, u64)> {
    let take = len.min(MAX_LINE as u64 * 2 + 2);
    file.seek(SeekFrom::Start(len - take))?;
    let mut tail = Vec::with_capacity(take as usize);
    file.take(take).read_to_end(&mut tail)?;
    // Up to the last newline: what comes after it is a record cut short.
    let Some(end) = tail.iter().rposition(|b| *b == b'\n') else {
        return Ok((None, len - take));
    };
    let good_len = len - take + end as u64 + 1;
    let start = tail[..end]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    Ok((Some(tail[start..end].to_vec()), good_len))
}

impl Trail {
    fn open(path: &Path, s: &AuditSettings, signer: &mut Signer) -> ServerResult<Trail> {
        let bad = |e: String| {
            ServerError::new(
                Reason::BadConfig,
                format!("the audit trail {}: {e}", path.display()),
            )
            .with_help("point audit.file at a writable path in a directory of its own")
        };
        let mut file = open_trail(path).map_err(|e| bad(e.to_string()))?;
        let len = file.metadata().map_err(|e| bad(e.to_string()))?.len();
        let mut chain = Chain::default();
        let mut good_len = 0;
        let mut dropped = 0;
        let mut first_in_file = 1;
        if len > 0 {
            let (line, good) = last_line(&mut file, len).map_err(|e| bad(e.to_string()))?;
            good_len = good;
            dropped = len - good;
            match line {
                Some(l) => {
                    chain = Chain::after(&l).map_err(bad)?;
                    first_in_file = first_seq(&mut file).unwrap_or(chain.seq + 1);
                }
                None if good == 0 => {}
                None => return Err(bad("no complete record at its end".into())),
            }
        } else if let Some(last) = rotated(path).last() {
            let mut old = File::open(last).map_err(|e| bad(e.to_string()))?;
            let olen = old.metadata().map_err(|e| bad(e.to_string()))?.len();
            if let (Some(l), _) = last_line(&mut old, olen).map_err(|e| bad(e.to_string()))? {
                chain = Chain::after(&l).map_err(bad)?;
                first_in_file = chain.seq + 1;
            }
        }
        let syncer = match s.fsync {
            Fsync::Background => Some(
                Syncer::start(&file, Duration::from_millis(s.fsync_interval_ms.min(1000)))
                    .map_err(|e| bad(e.to_string()))?,
            ),
            Fsync::Batch | Fsync::Record => None,
        };
        let mut t = Trail {
            path: path.to_path_buf(),
            file,
            good_len,
            torn: false,
            chain,
            first_in_file,
            fsync: s.fsync,
            max_bytes: s.max_bytes.max(4096),
            syncer,
        };
        if dropped > 0 {
            // A record cut short by a crash was never acknowledged: cut it off, and say so.
            t.file.set_len(good_len).map_err(|e| bad(e.to_string()))?;
            let restart = Entry::now(
                "restart",
                vec![("dropped_partial_bytes", Value::from(dropped))],
            );
            t.append(&[restart], signer).map_err(bad)?;
        }
        Ok(t)
    }
}

impl Sink for Trail {
    fn name(&self) -> &'static str {
        "file"
    }

    /// Append the entries' lines and make them durable, or leave the file as it was (and the
    /// chain where it was).
    fn append(&mut self, entries: &[Entry], signer: &mut Signer) -> Result<(), String> {
        if let Some(e) = self.syncer.as_ref().and_then(Syncer::failed) {
            // What was answered as written may not be on disk: this sink is broken until an
            // fsync works again (the retry's `sink_restored` record is synced here).
            return Err(e);
        }
        let before = self.chain.clone();
        let mut bytes = Vec::new();
        let mut sync_each = Vec::new();
        for entry in entries {
            let line = match entry.line(&mut self.chain, signer) {
                Ok(line) => line,
                Err(e) => {
                    self.chain = before;
                    return Err(e);
                }
            };
            bytes.extend_from_slice(&line);
            bytes.push(b'\n');
            sync_each.push(bytes.len());
        }
        let result = (|| -> std::io::Result<()> {
            // Whatever a failed write left after the last good record goes first.
            if self.torn {
                self.file.set_len(self.good_len)?;
                self.torn = false;
            }
            match self.fsync {
                Fsync::Batch => {
                    self.file.write_all(&bytes)?;
                    self.file.sync_data()?;
                }
                Fsync::Record => {
                    let mut from = 0;
                    for to in sync_each {
                        self.file.write_all(&bytes[from..to])?;
                        self.file.sync_data()?;
                        from = to;
                    }
                }
                Fsync::Background => {
                    self.file.write_all(&bytes)?;
                    if !entries.iter().all(Entry::is_request) {
                        // What the server says of itself (start, restart, a restored sink, a
                        // checkpoint) is synced before it goes on.
                        self.file.sync_data()?;
                    } else if let Some(s) = &self.syncer {
                        s.written();
                    }
                }
            }
            Ok(())
        })();
        match result {
            Ok(()) => {
                self.good_len += bytes.len() as u64;
                Ok(())
            }
            Err(e) => {
                self.chain = before;
                self.torn = self.file.set_len(self.good_len).is_err();
                Err(e.to_string())
            }
        }
    }

    fn flush(&mut self) -> Result<(), String> {
        if let Some(e) = self.syncer.as_ref().and_then(Syncer::failed) {
            return Err(e);
        }
        self.file.sync_data().map_err(|e| format!("fsync: {e}"))
    }

    fn rotation_due(&self) -> bool {
        self.good_len >= self.max_bytes
    }

    /// Past `max_bytes` (and sealed by a checkpoint): move this file aside, go on in a new one.
    fn rotate(&mut self) -> Result<(), String> {
        // The file moved aside is complete on disk.
        self.flush()?;
        let aside = PathBuf::from(format!(
            "{}.{:012}",
            self.path.display(),
            self.first_in_file
        ));
        std::fs::rename(&self.path, &aside).map_err(|e| e.to_string())?;
        self.file = open_trail(&self.path).map_err(|e| e.to_string())?;
        self.good_len = 0;
        self.torn = false;
        if let Some(s) = &self.syncer {
            s.follow(&self.file).map_err(|e| e.to_string())?;
        }
        self.first_in_file = self.chain.seq + 1;
        Ok(())
    }
}

/// The writer thread: every sink, the signer and the checkpoint policy.
struct Writer {
    sinks: Vec<Kept>,
    signer: Signer,
    checkpoint_records: u64,
    checkpoint_every: Duration,
}

impl Writer {
    fn healthy(&self) -> bool {
        self.sinks.iter().any(|k| k.ok)
    }

    fn seal_all(&mut self) {
        for kept in &mut self.sinks {
            if kept.ok {
                let _ = kept.checkpoint(&mut self.signer);
                let _ = kept.sink.flush();
            }
        }
    }

    /// Whether anything is due with no records to write: a checkpoint, a broken sink to try.
    fn due(&self) -> bool {
        self.sinks
            .iter()
            .any(|k| !k.ok || k.checkpoint_due(self.checkpoint_records, self.checkpoint_every))
    }

    async fn run(mut self, mut rx: Receiver<Job>, healthy: Arc<AtomicBool>) {
        loop {
            let first = match tokio::time::timeout(Duration::from_secs(1), rx.recv()).await {
                Ok(Some(job)) => Some(job),
                Ok(None) => {
                    let _ = blocking(self, |w| w.seal_all()).await;
                    return;
                }
                Err(_) => None,
            };
            let mut batch = Batch::default();
            batch.take(first, &mut rx);
            // Let the runtime's other ready tasks run first: the records they are about to
            // make join this batch (one blocking call and one fsync for all of them). With
            // nothing else to run, a yield comes straight back.
            for _ in 0..LINGER_YIELDS {
                if batch.close.is_some() || batch.entries.is_empty() || batch.full() {
                    break;
                }
                tokio::task::yield_now().await;
                let next = rx.try_recv().ok();
                batch.take(next, &mut rx);
            }
            let Batch {
                entries: batch,
                waiting,
                close,
            } = batch;
            if batch.is_empty() && close.is_none() && !self.due() {
                continue;
            }
            let written = blocking(self, move |w| {
                let result = w.write(&batch);
                if close.is_some() {
                    w.seal_all();
                }
                (result, close)
            })
            .await;
            let Some((writer, result)) = written else {
                // The writer panicked: nothing more can be recorded.
                healthy.store(false, Ordering::SeqCst);
                for done in waiting {
                    let _ = done.send(Err("the audit writer has stopped".into()));
                }
                return;
            };
            self = writer;
            let (result, close) = result;
            for done in waiting {
                let _ = done.send(result.clone());
            }
            healthy.store(self.healthy(), Ordering::SeqCst);
            if let Some(done) = close {
                let _ = done.send(());
                return;
            }
        }
    }

    /// Write `batch` to every sink that can take it (trying broken ones again first), then
    /// what is due: checkpoints, rotation.
    fn write(&mut self, batch: &[Entry]) -> Result<(), String> {
        let signer = &mut self.signer;
        for kept in &mut self.sinks {
            if !kept.ok {
                // Broken: try again, and say in its chain that it was.
                let restored = Entry::now(
                    "sink_restored",
                    vec![("failed_batches", Value::from(kept.failed))],
                );
                if kept.sink.append(&[restored], signer).is_ok() {
                    kept.failed = 0;
                    kept.ok = true;
                }
            }
        }
        let mut result = Ok(());
        if !batch.is_empty() {
            let n = batch.len() as u64;
            let mut errors = Vec::new();
            for kept in &mut self.sinks {
                let written = if kept.ok {
                    kept.sink.append(batch, signer)
                } else {
                    Err("it failed before".to_string())
                };
                match written {
                    Ok(()) => kept.since_checkpoint += n,
                    Err(e) => {
                        kept.failed += 1;
                        kept.ok = false;
                        errors.push(format!("{}: {e}", kept.sink.name()));
                    }
                }
            }
            // Taken by one sink is recorded.
            if errors.len() == self.sinks.len() {
                result = Err(errors.join("; "));
            }
        }
        for kept in &mut self.sinks {
            if !kept.ok {
                continue;
            }
            let due = kept.checkpoint_due(self.checkpoint_records, self.checkpoint_every);
            let rotate = kept.sink.rotation_due();
            if (due || (rotate && kept.since_checkpoint > 0)) && kept.checkpoint(signer).is_err() {
                kept.ok = false;
                continue;
            }
            if rotate && kept.sink.rotate().is_err() {
                kept.ok = false;
            }
        }
        result
    }
}

/// Records taken from the queue for one write.
#[derive(Default)]
struct Batch {
    entries: Vec<Entry>,
    waiting: Vec<Done>,
    close: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Batch {
    fn full(&self) -> bool {
        self.entries.len() >= MAX_BATCH
    }

    /// Take `first` and what else is queued, up to a full batch or a close.
    fn take(&mut self, first: Option<Job>, rx: &mut Receiver<Job>) {
        let mut next = first;
        while let Some(job) = next.take() {
            match job {
                Job::Record(fields, ts, done) => {
                    self.entries.push(Entry::Record {
                        kind: "request",
                        ts,
                        fields,
                    });
                    self.waiting.push(done);
                }
                Job::Close(done) => {
                    self.close = Some(done);
                    return;
                }
            }
            if !self.full() {
                next = rx.try_recv().ok();
            }
        }
    }
}

/// Run `f` on the writer on a blocking thread and get the writer back (None: `f` panicked).
async fn blocking<T: Send + 'static>(
    mut writer: Writer,
    f: impl FnOnce(&mut Writer) -> T + Send + 'static,
) -> Option<(Writer, T)> {
    tokio::task::spawn_blocking(move || {
        let out = f(&mut writer);
        (writer, out)
    })
    .await
    .ok()
}

/// The seq of the first record of `file`.
fn first_seq(file: &mut File) -> Option<u64> {
    file.seek(SeekFrom::Start(0)).ok()?;
    let mut head = Vec::new();
    file.take(MAX_LINE as u64 + 1).read_to_end(&mut head).ok()?;
    let end = head.iter().position(|b| *b == b'\n')?;
    let v: Value = serde_json::from_slice(&head[..end]).ok()?;
    v["seq"].as_u64()
}
