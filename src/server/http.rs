//! Serving: a TLS 1.3 listener (rustls through the `cu pki` TLS module) in front of an axum
//! router, a plain-HTTP admin listener with `/livez`, `/readyz` and `/metrics`, and a
//! graceful stop: on SIGTERM or SIGINT, `/readyz` turns not-ready, the drain time passes,
//! the listener closes and in-flight requests get the grace time to finish.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

use crate::limits::FileKind;
use crate::pki::tls::{self, ClientAuth, Identity};
use crate::server::config::{resolve, TlsSettings};
use crate::server::middleware::metrics::Metrics;
use crate::server::{Reason, ServerError, ServerResult};

/// The server's clock, in whole seconds (the applications read it here, once per request).
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
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

/// Serve HTTPS on `listener` until `stop` turns true, then give open connections `grace`.
pub async fn serve_tls(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    router: Router,
    mut stop: watch::Receiver<bool>,
    grace: Duration,
) {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let builder = {
        let mut b = auto::Builder::new(TokioExecutor::new());
        b.http1().keep_alive(true);
        b.http1_only()
    };
    loop {
        let (tcp, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of file descriptors and the like: back off, keep serving.
                Err(_) => { tokio::time::sleep(Duration::from_millis(50)).await; continue; }
            },
            _ = stop.changed() => break,
        };
        let _ = tcp.set_nodelay(true);
        let acceptor = acceptor.clone();
        let router = router.clone();
        let builder = builder.clone();
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            // A client that never finishes its handshake does not hold a task for ever.
            let tls =
                match tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp)).await {
                    Ok(Ok(tls)) => tls,
                    _ => return,
                };
            let service = TowerToHyperService::new(router);
            let connection = builder.serve_connection_with_upgrades(TokioIo::new(tls), service);
            let _ = watcher.watch(connection.into_owned()).await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(grace, graceful.shutdown()).await;
}

/// Readiness, shared by the admin listener and the shutdown sequence.
#[derive(Clone)]
pub struct Admin {
    pub ready: Arc<AtomicBool>,
    pub metrics: Arc<Metrics>,
}

async fn livez() -> impl IntoResponse {
    (StatusCode::OK, "ok\n")
}

async fn readyz(State(admin): State<Admin>) -> impl IntoResponse {
    if admin.ready.load(Ordering::SeqCst) {
        (StatusCode::OK, "ready\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n")
    }
}

async fn metrics(State(admin): State<Admin>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        admin.metrics.render(),
    )
}

/// The admin listener (plain HTTP, meant for a private address).
pub async fn serve_admin(listener: TcpListener, admin: Admin, mut stop: watch::Receiver<bool>) {
    let router = Router::new()
        .route("/livez", get(livez))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(admin);
    let _ = axum::serve(listener, router)
        .with_graceful_shutdown(async move {
            let _ = stop.wait_for(|s| *s).await;
        })
        .await;
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
/// wait `drain`, close the listeners, give in-flight requests `grace`. `on_listening` gets
/// the bound addresses (port 0 in a config picks free ports) before requests are served.
pub async fn run_servers(
    listen: &crate::server::config::Listen,
    acceptor: TlsAcceptor,
    make_router: impl FnOnce(SocketAddr) -> Router,
    metrics: Arc<Metrics>,
    drain: Duration,
    grace: Duration,
    on_listening: impl FnOnce(SocketAddr, SocketAddr),
) -> ServerResult<()> {
    let public = bind(listen.public, "public").await?;
    let admin_listener = bind(listen.admin, "admin").await?;
    let local = |l: &TcpListener| {
        l.local_addr()
            .map_err(|e| ServerError::new(Reason::Bind, e.to_string()))
    };
    let (public_addr, admin_addr) = (local(&public)?, local(&admin_listener)?);
    let admin = Admin {
        ready: Arc::new(AtomicBool::new(false)),
        metrics,
    };
    let (stop_tx, stop_rx) = watch::channel(false);
    let router = make_router(public_addr);
    let public_task = tokio::spawn(serve_tls(public, acceptor, router, stop_rx.clone(), grace));
    let admin_task = tokio::spawn(serve_admin(admin_listener, admin.clone(), stop_rx));
    admin.ready.store(true, Ordering::SeqCst);
    on_listening(public_addr, admin_addr);
    termination().await;
    // Not ready first, so load balancers stop sending; then close and let requests finish.
    admin.ready.store(false, Ordering::SeqCst);
    tokio::time::sleep(drain).await;
    let _ = stop_tx.send(true);
    let _ = public_task.await;
    let _ = admin_task.await;
    Ok(())
}
