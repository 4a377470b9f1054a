//! Traces over OpenTelemetry (OTLP/HTTP, protobuf) with the official crates: one server span
//! per request, in the caller's trace when its `traceparent` names one, with child spans for
//! what the request spent its time on (authentication, the store, the crypto operation).
//!
//! Spans are built when the answer is ready, from the times the request noted, and handed to
//! the SDK's batch processor: a bounded queue (full: the span is dropped, never waited for)
//! drained by a thread of its own that exports with a timeout. A collector that is slow,
//! down or refusing never slows or fails a request. Attributes carry names and numbers, never
//! a credential, token, plaintext or key.

use std::cell::Cell;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use opentelemetry::trace::{
    SpanContext, SpanId, SpanKind, Status, TraceContextExt, TraceFlags, TraceId, TraceState,
    Tracer, TracerProvider,
};
use opentelemetry::{Context, KeyValue};
use opentelemetry_otlp::{WithExportConfig, WithHttpConfig};
use opentelemetry_sdk::trace::{BatchConfigBuilder, BatchSpanProcessor, SdkTracerProvider};
use serde::Deserialize;

use crate::server::{Reason, ServerError, ServerResult};

/// The `telemetry:` section of a server's config.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TelemetrySettings {
    #[serde(default)]
    pub otlp: Option<OtlpSettings>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtlpSettings {
    /// The collector's OTLP/HTTP base URL (`http://collector:4318`); traces go to
    /// `/v1/traces` under it.
    pub endpoint: String,
    /// How long one export may take before it is given up.
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    /// Spans waiting for export at most; more are dropped.
    #[serde(default = "default_queue")]
    pub queue: usize,
    /// The CA bundle an `https://` collector's certificate chains to (relative to the
    /// config); required for https.
    #[serde(default)]
    pub ca: Option<std::path::PathBuf>,
}

fn default_timeout_ms() -> u64 {
    2000
}
fn default_queue() -> usize {
    4096
}

/// A stretch of a request, noted by the handler: (name, start, end, attributes).
pub type Timed = (&'static str, Instant, Instant, Vec<(&'static str, String)>);

// The trace id the next span built on this thread takes (the request's own when no caller
// named one, so log lines and spans share it).
thread_local! {
    static NEXT_TRACE: Cell<Option<[u8; 16]>> = const { Cell::new(None) };
}

#[derive(Debug)]
struct Ids;

impl opentelemetry_sdk::trace::IdGenerator for Ids {
    fn new_trace_id(&self) -> TraceId {
        let id = NEXT_TRACE
            .with(Cell::take)
            .unwrap_or_else(crate::server::middleware::request_id::random::<16>);
        TraceId::from_bytes(id)
    }

    fn new_span_id(&self) -> SpanId {
        loop {
            let id = crate::server::middleware::request_id::random::<8>();
            if id != [0; 8] {
                return SpanId::from_bytes(id);
            }
        }
    }
}

/// A request, as a span: what `finish` needs.
pub struct RequestSpan<'a> {
    pub name: String,
    pub trace_id: [u8; 16],
    pub parent: Option<[u8; 8]>,
    pub sampled: bool,
    pub started: Instant,
    pub started_wall: SystemTime,
    pub attributes: Vec<KeyValue>,
    pub children: &'a [Timed],
    pub failed: bool,
}

pub struct Telemetry {
    provider: SdkTracerProvider,
    tracer: opentelemetry_sdk::trace::SdkTracer,
}

impl Telemetry {
    /// The exporter for `app`, or None without `telemetry.otlp`. Call off the async runtime
    /// (the blocking HTTP client is made here).
    pub fn start(
        settings: &TelemetrySettings,
        app: &'static str,
    ) -> ServerResult<Option<Telemetry>> {
        let Some(otlp) = &settings.otlp else {
            return Ok(None);
        };
        let bad = |m: String| {
            ServerError::new(Reason::BadConfig, format!("telemetry.otlp: {m}"))
                .with_help("set telemetry.otlp.endpoint to the collector's OTLP/HTTP URL, e.g. http://127.0.0.1:4318")
        };
        let url =
            url::Url::parse(&otlp.endpoint).map_err(|e| bad(format!("{}: {e}", otlp.endpoint)))?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(bad(format!("{} is not an http(s) URL", otlp.endpoint)));
        }
        let base = otlp.endpoint.trim_end_matches('/');
        let endpoint = if base.ends_with("/v1/traces") {
            base.to_string()
        } else {
            format!("{base}/v1/traces")
        };
        let timeout = Duration::from_millis(otlp.timeout_ms.clamp(100, 60_000));
        // Only the configured CA is trusted for an https collector (as for federation).
        let roots = match (&otlp.ca, url.scheme()) {
            (Some(ca), _) => {
                let pem = crate::server::config::read_file(
                    ca,
                    crate::limits::FileKind::CaBundle,
                    Reason::BadConfig,
                )
                .map_err(|e| bad(format!("ca: {}", e.message)))?;
                crate::pki::pem::only_certificates(&pem, "telemetry.otlp.ca")
                    .map_err(|e| bad(e.message))?
            }
            (None, "https") => {
                return Err(bad(format!(
                    "{} is https, and telemetry.otlp.ca names no CA to trust for it",
                    otlp.endpoint
                )))
            }
            (None, _) => Vec::new(),
        };
        let tls = if roots.is_empty() {
            // Plain http: no TLS is spoken, but the client wants a configuration.
            Arc::new(
                rustls::ClientConfig::builder_with_provider(crate::pki::tls::provider())
                    .with_protocol_versions(&[&rustls::version::TLS13])
                    .map_err(|e| bad(format!("TLS: {e}")))?
                    .with_root_certificates(rustls::RootCertStore::empty())
                    .with_no_client_auth(),
            )
        } else {
            crate::pki::tls::client_config(&roots, None).map_err(|e| bad(e.message))?
        };
        let client = reqwest::blocking::Client::builder()
            .use_preconfigured_tls((*tls).clone())
            .timeout(timeout)
            .connect_timeout(timeout)
            .build()
            .map_err(|e| bad(format!("cannot make the HTTP client: {e}")))?;
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_http()
            .with_http_client(client)
            .with_endpoint(endpoint)
            .with_timeout(timeout)
            .build()
            .map_err(|e| bad(e.to_string()))?;
        let processor = BatchSpanProcessor::builder(exporter)
            .with_batch_config(
                BatchConfigBuilder::default()
                    .with_max_queue_size(otlp.queue.clamp(64, 1 << 20))
                    .with_max_export_batch_size(512)
                    .with_scheduled_delay(Duration::from_millis(500))
                    .build(),
            )
            .build();
        let provider = SdkTracerProvider::builder()
            .with_span_processor(processor)
            .with_id_generator(Ids)
            .with_resource(
                opentelemetry_sdk::Resource::builder_empty()
                    .with_service_name(format!("cu-{app}"))
                    .with_attributes([KeyValue::new("service.version", env!("CARGO_PKG_VERSION"))])
                    .build(),
            )
            .build();
        let tracer = provider.tracer("cu");
        Ok(Some(Telemetry { provider, tracer }))
    }

    /// Hand a finished request's spans to the exporter (never blocks on it).
    pub fn finish(&self, r: RequestSpan) {
        let wall = |t: Instant| r.started_wall + t.saturating_duration_since(r.started);
        let flags = if r.sampled {
            TraceFlags::SAMPLED
        } else {
            TraceFlags::default()
        };
        let parent = match r.parent {
            Some(p) => Context::new().with_remote_span_context(SpanContext::new(
                TraceId::from_bytes(r.trace_id),
                SpanId::from_bytes(p),
                flags,
                true,
                TraceState::default(),
            )),
            None => {
                NEXT_TRACE.with(|c| c.set(Some(r.trace_id)));
                Context::new()
            }
        };
        let span = self
            .tracer
            .span_builder(r.name)
            .with_kind(SpanKind::Server)
            .with_start_time(r.started_wall)
            .with_attributes(r.attributes)
            .start_with_context(&self.tracer, &parent);
        NEXT_TRACE.with(|c| c.set(None));
        let cx = Context::new().with_span(span);
        for (name, start, end, attributes) in r.children {
            let mut child = self
                .tracer
                .span_builder(*name)
                .with_kind(SpanKind::Internal)
                .with_start_time(wall(*start))
                .with_attributes(
                    attributes
                        .iter()
                        .map(|(k, v)| KeyValue::new(*k, v.clone()))
                        .collect::<Vec<_>>(),
                )
                .start_with_context(&self.tracer, &cx);
            opentelemetry::trace::Span::end_with_timestamp(&mut child, wall(*end));
        }
        let span = cx.span();
        if r.failed {
            span.set_status(Status::error("server error"));
        }
        span.end_with_timestamp(SystemTime::now());
    }

    /// Export what is queued (within `within`) and stop.
    pub fn shutdown(&self, within: Duration) {
        let _ = self.provider.shutdown_with_timeout(within);
    }
}

/// [`Telemetry::start`] on a blocking thread (the blocking HTTP client must not be made or
/// dropped on the async runtime's threads).
pub async fn start(
    settings: &TelemetrySettings,
    app: &'static str,
) -> ServerResult<Option<Arc<Telemetry>>> {
    let settings = settings.clone();
    tokio::task::spawn_blocking(move || Telemetry::start(&settings, app))
        .await
        .map_err(|_| ServerError::new(Reason::Internal, "starting the telemetry failed"))?
        .map(|t| t.map(Arc::new))
}
