//! Serving: a TLS 1.3 listener (rustls through the `cu pki` TLS module) in front of an axum
//! router, a plain-HTTP admin listener with `/livez`, `/readyz` and `/metrics`, and a
//! graceful stop: on SIGTERM or SIGINT, `/readyz` turns not-ready, the drain time passes,
//! the listener closes and in-flight requests get the grace time to finish.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

use crate::limits::FileKind;
use crate::pki::tls::{self, ClientAuth, Identity};
use crate::server::auth::certificate::PeerCertificate;
use crate::server::auth::lockout::Group;
use crate::server::config::{resolve, TlsSettings};
use crate::server::log::{Level, Logger};
use crate::server::middleware::access_log;
use crate::server::middleware::metrics::Metrics;
use crate::server::middleware::stack::Stacked;
use crate::server::{Reason, ServerError, ServerResult};

/// The server's clock, in whole seconds (the applications read it here, once per request).
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The address of the client a request came from (the TCP peer), for handlers:
/// `Peer(address): Peer`. Unspecified (`0.0.0.0`) for a request not served by [`serve`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peer(pub IpAddr);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Peer, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<SocketAddr>>()
                .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip()),
        ))
    }
}

/// The TLS acceptor for a server's settings (paths relative to `config_file`).
pub fn acceptor(settings: &TlsSettings, config_file: &Path) -> ServerResult<TlsAcceptor> {
    let read = |p: &Path, kind| {
        crate::server::config::read_file(&resolve(config_file, p), kind, Reason::Tls)
    };
    let tls_error = |e: crate::pki::PkiError| ServerError::new(Reason::Tls, e.message);
    let identity = Identity::from_pem(
        &read(&settings.cert, FileKind::Certificate)?,
        &read(&settings.key, FileKind::Key)?,
        "tls.cert",
    )
    .map_err(tls_error)?;
    let roots = match (&settings.client_ca, settings.client_auth) {
        (_, ClientAuth::Off) => Vec::new(),
        (Some(ca), _) => {
            crate::pki::pem::only_certificates(&read(ca, FileKind::CaBundle)?, "tls.client_ca")
                .map_err(tls_error)?
        }
        (None, _) => {
            return Err(ServerError::config(
                config_file,
                "/tls: client_auth needs client_ca",
            ))
        }
    };
    let config = tls::server_config(&identity, settings.client_auth, &roots).map_err(tls_error)?;
    // HTTP/1.1 keep-alive only: the API is request/response, and h2 would add a dependency.
    let mut config = (*config).clone();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}

pub async fn bind(address: SocketAddr, what: &str) -> ServerResult<TcpListener> {
    TcpListener::bind(address).await.map_err(|e| {
        ServerError::new(
            Reason::Bind,
            format!("cannot listen on {address} ({what}): {e}"),
        )
    })
}

/// How one listener treats its connections: how long a client may take, how many it may hold.
#[derive(Debug, Clone)]
pub struct ConnectionPolicy {
    pub handshake_timeout: Duration,
    pub header_read_timeout: Duration,
    pub idle_timeout: Duration,
    pub max_connections: usize,
    pub max_per_address: usize,
}

impl ConnectionPolicy {
    /// The public listener's policy from `limits`, its total cap kept below `fd_limit` with
    /// room for the admin listener and the server's own files.
    pub fn public(limits: &crate::server::config::Limits, fd_limit: u64) -> ConnectionPolicy {
        let room = fd_limit
            .saturating_sub(limits.admin_max_connections as u64 + FD_RESERVE)
            .max(1);
        ConnectionPolicy {
            handshake_timeout: Duration::from_millis(limits.handshake_timeout_ms),
            header_read_timeout: Duration::from_millis(limits.header_read_timeout_ms),
            idle_timeout: Duration::from_millis(limits.idle_timeout_ms),
            max_connections: limits.max_connections.min(room as usize),
            max_per_address: limits.max_connections_per_address,
        }
    }

    /// The admin listener's: its own small cap, the same timeouts.
    pub fn admin(limits: &crate::server::config::Limits) -> ConnectionPolicy {
        ConnectionPolicy {
            handshake_timeout: Duration::from_millis(limits.handshake_timeout_ms),
            header_read_timeout: Duration::from_millis(limits.header_read_timeout_ms),
            idle_timeout: Duration::from_millis(limits.idle_timeout_ms),
            max_connections: limits.admin_max_connections,
            max_per_address: limits.admin_max_connections,
        }
    }
}

/// Descriptors kept free of public connections: the admin listener's, the store's, the
/// realm's and the log's.
const FD_RESERVE: u64 = 128;

/// Raise the soft limit on open files to the hard limit; the limit now in force.
pub fn raise_fd_limit() -> u64 {
    #[cfg(unix)]
    unsafe {
        let mut l = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: plain system calls on a local struct.
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut l) != 0 {
            return 1024;
        }
        if l.rlim_cur < l.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: l.rlim_max,
                rlim_max: l.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                l.rlim_cur = l.rlim_max;
            }
        }
        #[allow(clippy::unnecessary_cast)] // rlim_t is not u64 everywhere
        let limit = l.rlim_cur as u64;
        limit
    }
    #[cfg(not(unix))]
    {
        1024
    }
}

/// Open connections of one listener, in total and per client address (an IPv4 address, an
/// IPv6 /64, as the lockout counts them: one IPv6 client holds a whole /64).
struct Slots {
    policy: ConnectionPolicy,
    open: Mutex<(usize, HashMap<Group, usize>)>,
}

/// One open connection's place; given back when dropped.
struct Slot {
    slots: Arc<Slots>,
    address: Group,
}

impl Slots {
    fn take(self: &Arc<Slots>, address: IpAddr) -> Option<Slot> {
        let address = Group::of(address);
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let (total, per) = &mut *open;
        let mine = per.get(&address).copied().unwrap_or(0);
        if *total >= self.policy.max_connections || mine >= self.policy.max_per_address {
            return None;
        }
        *total += 1;
        per.insert(address, mine + 1);
        Some(Slot {
            slots: self.clone(),
            address,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.slots.open.lock().unwrap_or_else(|p| p.into_inner());
        let (total, per) = &mut *open;
        *total -= 1;
        if let Some(n) = per.get_mut(&self.address) {
            *n -= 1;
            if *n == 0 {
                per.remove(&self.address);
            }
        }
    }
}

/// Whether a connection moved a byte since the idle check last looked, and how many of its
/// requests are being answered; the idle timeout reads both.
#[derive(Default)]
struct Activity {
    moved: AtomicBool,
    in_flight: AtomicUsize,
}

/// A connection's stream that notes in [`Activity`] that it moved bytes.
struct Watched<I> {
    io: I,
    activity: Arc<Activity>,
}

impl<I> Watched<I> {
    fn touch(&self) {
        self.activity.moved.store(true, Ordering::Relaxed);
    }
}

impl<I: AsyncRead + Unpin> AsyncRead for Watched<I> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.io).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.touch();
        }
        r
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for Watched<I> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let r = Pin::new(&mut self.io).poll_write(cx, data);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        r
    }
    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let r = Pin::new(&mut self.io).poll_write_vectored(cx, data);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        r
    }
    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

/// Counts a request as in flight until its response is ready.
struct InFlight(Arc<Activity>);

impl InFlight {
    fn enter(activity: &Arc<Activity>) -> InFlight {
        activity.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(activity.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

/// How many times per idle timeout the idle check looks.
const IDLE_CHECKS: u32 = 4;

/// Resolves when a connection has had no request in flight and moved no byte for `idle`
/// (checked every quarter of it, so it resolves within `idle` and 1.25 × `idle`). The streams
/// only set a flag, with no clock read on the path of every byte.
async fn idle_for(activity: &Activity, idle: Duration) {
    let check = (idle / IDLE_CHECKS).max(Duration::from_millis(10));
    let mut quiet = 0;
    loop {
        tokio::time::sleep(check).await;
        let moved = activity.moved.swap(false, Ordering::Relaxed);
        if moved || activity.in_flight.load(Ordering::Relaxed) > 0 {
            quiet = 0;
        } else {
            quiet += 1;
            if quiet >= IDLE_CHECKS {
                return;
            }
        }
    }
}

/// TLS in front of the router, or (the admin listener) plain HTTP.
#[derive(Clone)]
enum Transport {
    Tls(TlsAcceptor),
    Plain,
}

/// Serve `router` on `listener` under `policy` until `stop` turns true, then give open
/// connections `grace`. A connection over the total or per-address cap is closed at once; a
/// handshake, a request head or an idle keep-alive that takes longer than its timeout closes
/// the connection.
async fn serve<S>(
    listener: TcpListener,
    transport: Transport,
    app: S,
    policy: ConnectionPolicy,
    mut stop: watch::Receiver<bool>,
    grace: Duration,
    watch: Watch,
) where
    S: tower::Service<
            hyper::Request<hyper::body::Incoming>,
            Response = axum::response::Response,
            Error = std::convert::Infallible,
        > + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let builder = {
        let mut b = auto::Builder::new(TokioExecutor::new());
        b.http1()
            .keep_alive(true)
            .timer(TokioTimer::new())
            .header_read_timeout(policy.header_read_timeout);
        b.http1_only()
    };
    let slots = Arc::new(Slots {
        policy: policy.clone(),
        open: Mutex::new((0, HashMap::new())),
    });
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of file descriptors and the like: back off, keep serving.
                Err(_) => { tokio::time::sleep(Duration::from_millis(50)).await; continue; }
            },
            _ = stop.changed() => break,
        };
        // Over a cap: closed before any work is spent on it.
        let Some(slot) = slots.take(peer.ip()) else {
            drop(tcp);
            continue;
        };
        let _ = tcp.set_nodelay(true);
        let transport = transport.clone();
        let app = app.clone();
        let builder = builder.clone();
        let watcher = graceful.watcher();
        let policy = policy.clone();
        let Watch {
            log,
            audit,
            telemetry,
        } = watch.clone();
        // The connection runs in a task of its own; this one only watches it for idleness
        // (woken by its timer, not by every byte or request) and aborts it when idle.
        let activity = Arc::new(Activity::default());
        // Counted as in flight until the handshake is done: the idle clock starts after it
        // (the handshake has its own timeout).
        activity.in_flight.fetch_add(1, Ordering::Relaxed);
        let watched = activity.clone();
        let idle = policy.idle_timeout;
        // The client's address as the log and the audit trail write it, once a connection.
        let client: Arc<str> = peer.ip().to_string().into();
        let connection = tokio::spawn(async move {
            let _slot = slot;
            // `certificate`: the client certificate the handshake verified, handed to every
            // request of the connection as an extension (a request cannot set extensions itself).
            let service = |certificate: Option<PeerCertificate>| {
                let activity = activity.clone();
                let log = log.clone();
                let audit = audit.clone();
                let telemetry = telemetry.clone();
                let client = client.clone();
                hyper::service::service_fn(
                    move |mut request: hyper::Request<hyper::body::Incoming>| {
                        let log = log.clone();
                        let audit = audit.clone();
                        let telemetry = telemetry.clone();
                        let client = client.clone();
                        let logged = log
                            .as_ref()
                            .map(|_| access_log::begin(&mut request, telemetry.is_some()));
                        let refused = access_log::refused_unaudited(audit.as_deref());
                        // Handlers learn the peer as axum's `ConnectInfo<SocketAddr>` (see
                        // `Peer`), and the verified client certificate as a `PeerCertificate`.
                        request
                            .extensions_mut()
                            .insert(axum::extract::ConnectInfo(peer));
                        if let Some(certificate) = &certificate {
                            request.extensions_mut().insert(certificate.clone());
                        }
                        let in_flight = InFlight::enter(&activity);
                        let app = app.clone();
                        async move {
                            let response = match refused {
                                Some(r) => r,
                                None => {
                                    let Ok(r) = tower::ServiceExt::oneshot(app, request).await;
                                    r
                                }
                            };
                            drop(in_flight);
                            let response = match (log, logged) {
                                (Some(log), Some(begun)) => {
                                    access_log::end(
                                        &log,
                                        audit.as_deref(),
                                        telemetry.as_deref(),
                                        begun,
                                        &client,
                                        response,
                                    )
                                    .await
                                }
                                (_, _) => response,
                            };
                            Ok::<_, std::convert::Infallible>(response)
                        }
                    },
                )
            };
            match transport {
                Transport::Tls(acceptor) => {
                    let tls =
                        match tokio::time::timeout(policy.handshake_timeout, acceptor.accept(tcp))
                            .await
                        {
                            Ok(Ok(tls)) => tls,
                            _ => return,
                        };
                    let certificate = tls
                        .get_ref()
                        .1
                        .peer_certificates()
                        .and_then(|chain| chain.first())
                        .map(|leaf| PeerCertificate(Arc::new(leaf.to_vec())));
                    // The idle clock starts when the handshake is done.
                    activity.in_flight.fetch_sub(1, Ordering::Relaxed);
                    let io = Watched {
                        io: tls,
                        activity: activity.clone(),
                    };
                    let connection = builder
                        .serve_connection_with_upgrades(TokioIo::new(io), service(certificate));
                    let _ = watcher.watch(connection.into_owned()).await;
                }
                Transport::Plain => {
                    activity.in_flight.fetch_sub(1, Ordering::Relaxed);
                    let io = Watched {
                        io: tcp,
                        activity: activity.clone(),
                    };
                    let connection =
                        builder.serve_connection_with_upgrades(TokioIo::new(io), service(None));
                    let _ = watcher.watch(connection.into_owned()).await;
                }
            }
        });
        tokio::spawn(async move {
            let abort = connection.abort_handle();
            tokio::select! {
                _ = connection => {}
                _ = idle_for(&watched, idle) => abort.abort(),
            }
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(grace, graceful.shutdown()).await;
}

/// Serve HTTPS on `listener` under `policy` until `stop` turns true, then give open
/// connections `grace`.
pub async fn serve_tls(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    app: Stacked,
    policy: ConnectionPolicy,
    stop: watch::Receiver<bool>,
    grace: Duration,
    watch: Watch,
) {
    serve(
        listener,
        Transport::Tls(acceptor),
        app,
        policy,
        stop,
        grace,
        watch,
    )
    .await
}

/// What watches a listener's requests: the access log and the audit trail (neither on the
/// admin listener).
#[derive(Clone, Default)]
pub struct Watch {
    pub log: Option<Arc<Logger>>,
    pub audit: Option<Arc<access_log::Audit>>,
    pub telemetry: Option<Arc<crate::server::telemetry::Telemetry>>,
}

/// Readiness, shared by the admin listener and the shutdown sequence.
#[derive(Clone)]
pub struct Admin {
    pub ready: Arc<AtomicBool>,
    pub metrics: Arc<Metrics>,
    /// What the server depends on; `/readyz` is ready only when every check passes.
    pub checks: Vec<Check>,
    /// When each check last passed.
    passed: Arc<std::sync::Mutex<std::collections::HashMap<&'static str, std::time::Instant>>>,
}

/// What the admin listener shows: the metrics, and the dependency checks for `/readyz`.
pub struct Health {
    pub metrics: Arc<Metrics>,
    pub checks: Vec<Check>,
    /// The server's log: every public request is logged there, with its request id.
    pub log: Arc<Logger>,
    /// The audit trail, and what the application audits.
    pub audit: Option<Arc<access_log::Audit>>,
    /// Where request spans go (with `telemetry.otlp`).
    pub telemetry: Option<Arc<crate::server::telemetry::Telemetry>>,
}

/// A readiness check of a dependency: Ok with the age in seconds of what it vouches for
/// (None: found good just now), or Err saying what is wrong. It may block (it runs on a
/// blocking thread, within `PROBE_TIMEOUT`).
pub type Probe = Arc<dyn Fn() -> Result<Option<f64>, String> + Send + Sync>;

/// One named readiness check.
#[derive(Clone)]
pub struct Check {
    pub name: &'static str,
    pub run: Probe,
}

impl Check {
    pub fn new(
        name: &'static str,
        run: impl Fn() -> Result<Option<f64>, String> + Send + Sync + 'static,
    ) -> Check {
        Check {
            name,
            run: Arc::new(run),
        }
    }
}

/// A dependency that does not answer within this long is down, as far as `/readyz` goes.
const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

async fn livez() -> impl IntoResponse {
    (StatusCode::OK, "ok\n")
}

/// `/readyz`: every check, its state (`ok`, `failing`, `timeout`) and age (seconds since
/// what it vouches for was last seen good), as JSON; 503 when the server drains or any check
/// fails.
async fn readyz(State(admin): State<Admin>) -> axum::response::Response {
    let draining = !admin.ready.load(Ordering::SeqCst);
    let started = std::time::Instant::now();
    let running: Vec<_> = admin
        .checks
        .iter()
        .map(|c| {
            let run = c.run.clone();
            (c.name, tokio::task::spawn_blocking(move || run()))
        })
        .collect();
    let mut checks = Vec::new();
    let mut ready = !draining;
    if draining {
        checks.push(serde_json::json!({"name": "serving", "state": "draining"}));
    }
    for (name, handle) in running {
        let left = PROBE_TIMEOUT.saturating_sub(started.elapsed());
        let outcome = match tokio::time::timeout(left, handle).await {
            Ok(Ok(r)) => r.map_err(|e| ("failing", e)),
            Ok(Err(_)) => Err(("failing", "the check failed".to_string())),
            Err(_) => Err((
                "timeout",
                format!("no answer within {} s", PROBE_TIMEOUT.as_secs()),
            )),
        };
        let now = std::time::Instant::now();
        let mut passed = admin.passed.lock().unwrap_or_else(|p| p.into_inner());
        let round = |secs: f64| (secs * 1000.0).round() / 1000.0;
        let entry = match outcome {
            Ok(age) => {
                passed.insert(name, now);
                serde_json::json!({"name": name, "state": "ok", "age_seconds": round(age.unwrap_or(0.0))})
            }
            Err((state, error)) => {
                ready = false;
                let age = passed
                    .get(name)
                    .map(|t| round(now.duration_since(*t).as_secs_f64()));
                serde_json::json!({"name": name, "state": state, "error": error, "age_seconds": age})
            }
        };
        checks.push(entry);
    }
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = serde_json::json!({
        "status": if ready { "ready" } else { "not_ready" },
        "checks": checks,
    });
    (status, axum::Json(body)).into_response()
}

async fn metrics(State(admin): State<Admin>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        admin.metrics.render(),
    )
}

/// The admin listener (plain HTTP, meant for a private address), with its own connection
/// cap so that a flood on the public port never keeps `/readyz` from answering.
pub async fn serve_admin(
    listener: TcpListener,
    admin: Admin,
    policy: ConnectionPolicy,
    stop: watch::Receiver<bool>,
) {
    let router = Router::new()
        .route("/livez", get(livez))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(admin);
    serve(
        listener,
        Transport::Plain,
        router,
        policy,
        stop,
        Duration::from_secs(1),
        Watch::default(),
    )
    .await
}

/// Resolves on SIGTERM or SIGINT.
pub async fn termination() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

/// Bind the public (TLS) and admin listeners, serve until SIGTERM/SIGINT, then: not ready,
/// wait the drain time, close the listeners, give in-flight requests the grace time (both from
/// `shutdown`); connections are held to `limits`. `on_listening` gets
/// the bound addresses (port 0 in a config picks free ports) before requests are served.
pub async fn run_servers(
    listen: &crate::server::config::Listen,
    limits: &crate::server::config::Limits,
    acceptor: TlsAcceptor,
    make_router: impl FnOnce(SocketAddr) -> Stacked,
    health: Health,
    shutdown: &crate::server::config::Shutdown,
    on_listening: impl FnOnce(SocketAddr, SocketAddr),
) -> ServerResult<()> {
    let drain = Duration::from_millis(shutdown.drain_ms);
    let grace = Duration::from_millis(shutdown.grace_ms);
    let fd_limit = raise_fd_limit();
    let public = bind(listen.public, "public").await?;
    let admin_listener = bind(listen.admin, "admin").await?;
    let local = |l: &TcpListener| {
        l.local_addr()
            .map_err(|e| ServerError::new(Reason::Bind, e.to_string()))
    };
    let (public_addr, admin_addr) = (local(&public)?, local(&admin_listener)?);
    let admin = Admin {
        ready: Arc::new(AtomicBool::new(false)),
        metrics: health.metrics,
        checks: health.checks,
        passed: Arc::default(),
    };
    let log = health.log;
    let audit = health.audit;
    let telemetry = health.telemetry;
    let (stop_tx, stop_rx) = watch::channel(false);
    let router = make_router(public_addr);
    let public_task = tokio::spawn(serve_tls(
        public,
        acceptor,
        router,
        ConnectionPolicy::public(limits, fd_limit),
        stop_rx.clone(),
        grace,
        Watch {
            log: Some(log.clone()),
            audit: audit.clone(),
            telemetry: telemetry.clone(),
        },
    ));
    let admin_task = tokio::spawn(serve_admin(
        admin_listener,
        admin.clone(),
        ConnectionPolicy::admin(limits),
        stop_rx,
    ));
    admin.ready.store(true, Ordering::SeqCst);
    log.log(
        Level::Info,
        "listening",
        vec![
            ("public_url", format!("https://{public_addr}").into()),
            ("admin_url", format!("http://{admin_addr}").into()),
        ],
    );
    on_listening(public_addr, admin_addr);
    termination().await;
    log.log(
        Level::Info,
        "stopping",
        vec![("drain_ms", shutdown.drain_ms.into())],
    );
    // Not ready first, so load balancers stop sending; then close and let requests finish.
    admin.ready.store(false, Ordering::SeqCst);
    tokio::time::sleep(drain).await;
    let _ = stop_tx.send(true);
    let _ = public_task.await;
    let _ = admin_task.await;
    if let Some(a) = &audit {
        a.auditor.close(Duration::from_secs(5)).await;
    }
    if let Some(t) = telemetry {
        // The SDK's shutdown blocks on its export thread: off the runtime.
        let _ = tokio::task::spawn_blocking(move || t.shutdown(Duration::from_secs(2))).await;
    }
    log.log(Level::Info, "stopped", vec![]);
    log.flush(Duration::from_secs(2));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(max_per_address: usize) -> Arc<Slots> {
        Arc::new(Slots {
            policy: ConnectionPolicy {
                handshake_timeout: Duration::from_secs(1),
                header_read_timeout: Duration::from_secs(1),
                idle_timeout: Duration::from_secs(1),
                max_connections: 100,
                max_per_address,
            },
            open: Mutex::new((0, HashMap::new())),
        })
    }

    #[test]
    fn one_ipv6_64_is_one_address_for_the_connection_cap() {
        let s = slots(2);
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        let (_x, _y) = (s.take(a).unwrap(), s.take(b).unwrap());
        assert!(s.take(a).is_none(), "a third connection from one /64");
        assert!(s.take(b).is_none(), "a third connection from one /64");
        let held = s.take(other).expect("another /64 has its own places");
        drop(held);
        drop(_x);
        assert!(
            s.take(b).is_some(),
            "a closed connection gives its place back"
        );
    }

    #[test]
    fn ipv4_addresses_count_apart() {
        let s = slots(1);
        let _a = s.take("192.0.2.1".parse().unwrap()).unwrap();
        assert!(s.take("192.0.2.1".parse().unwrap()).is_none());
        assert!(s.take("192.0.2.2".parse().unwrap()).is_some());
        assert!(
            s.take("::ffff:192.0.2.1".parse().unwrap()).is_none(),
            "IPv4-mapped"
        );
    }
}
