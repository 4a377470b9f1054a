//! Traces and metrics over OpenTelemetry (OTLP/HTTP, protobuf) with the official crates: the
//! `/metrics` counters and histograms pushed every `metrics_seconds`, and one server span
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

use crate::server::middleware::metrics::{Family, Labels, Metrics, Points};
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
    /// How often the metrics (those of `/metrics`) are pushed to `/v1/metrics`; 0: never.
    #[serde(default = "default_metrics_seconds")]
    pub metrics_seconds: u64,
}

fn default_metrics_seconds() -> u64 {
    15
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
    /// The metrics pusher: a stop signal, and its thread.
    pusher: std::sync::Mutex<Option<Pusher>>,
}

type Pusher = (std::sync::mpsc::Sender<()>, std::thread::JoinHandle<()>);

impl Telemetry {
    /// The exporter for `app`, or None without `telemetry.otlp`. Call off the async runtime
    /// (the blocking HTTP client is made here).
    pub fn start(
        settings: &TelemetrySettings,
        app: &'static str,
        metrics: Arc<Metrics>,
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
        let pusher = (otlp.metrics_seconds > 0)
            .then(|| {
                push_metrics(
                    client.clone(),
                    format!("{}/v1/metrics", base.trim_end_matches("/v1/traces")),
                    metrics,
                    app,
                    Duration::from_secs(otlp.metrics_seconds.min(3600)),
                )
            })
            .transpose()?;
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
        Ok(Some(Telemetry {
            provider,
            tracer,
            pusher: std::sync::Mutex::new(pusher),
        }))
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

    /// Export what is queued (within `within`), push the metrics a last time, and stop.
    pub fn shutdown(&self, within: Duration) {
        let _ = self.provider.shutdown_with_timeout(within);
        let pusher = self.pusher.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some((stop, thread)) = pusher {
            let _ = stop.send(());
            let _ = thread.join();
        }
    }
}

/// A thread that pushes the metrics every `every` (and once more when told to stop), each
/// export bounded by the client's timeout; a failed push is dropped (the next one carries
/// the counts again: they are cumulative).
fn push_metrics(
    client: reqwest::blocking::Client,
    url: String,
    metrics: Arc<Metrics>,
    app: &'static str,
    every: Duration,
) -> ServerResult<Pusher> {
    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    let started = unix_nanos(SystemTime::now());
    let thread = std::thread::Builder::new()
        .name(format!("cu-{app}-metrics"))
        .spawn(move || loop {
            let last = !matches!(
                stopped.recv_timeout(every),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout)
            );
            let body = metrics_request(&metrics.snapshot(), app, started);
            let _ = client
                .post(&url)
                .header("content-type", "application/x-protobuf")
                .body(body)
                .send();
            if last {
                return;
            }
        })
        .map_err(|e| ServerError::new(Reason::Internal, format!("the metrics pusher: {e}")))?;
    Ok((stop, thread))
}

fn unix_nanos(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// An OTLP ExportMetricsServiceRequest (protobuf) of `families`: counters as cumulative
/// monotonic sums, latencies as cumulative explicit-bucket histograms.
fn metrics_request(families: &[Family], app: &'static str, started: u64) -> Vec<u8> {
    use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
    use opentelemetry_proto::tonic::common::v1::KeyValue as Attribute;
    use opentelemetry_proto::tonic::common::v1::{any_value, AnyValue, InstrumentationScope};
    use opentelemetry_proto::tonic::metrics::v1::{
        metric, number_data_point, AggregationTemporality, Gauge, Histogram, HistogramDataPoint,
        Metric, NumberDataPoint, ResourceMetrics, ScopeMetrics, Sum,
    };
    use opentelemetry_proto::tonic::resource::v1::Resource;
    let now = unix_nanos(SystemTime::now());
    let attribute = |k: &str, v: String| Attribute {
        key: k.to_string(),
        value: Some(AnyValue {
            value: Some(any_value::Value::StringValue(v)),
        }),
        ..Default::default()
    };
    let attributes = |labels: &Labels| {
        labels
            .iter()
            .map(|(k, v)| attribute(k, v.clone()))
            .collect::<Vec<_>>()
    };
    let cumulative = AggregationTemporality::Cumulative as i32;
    let metrics = families
        .iter()
        .map(|f| Metric {
            name: f.name.clone(),
            description: f.description.to_string(),
            unit: f.unit.to_string(),
            data: Some(match &f.points {
                Points::Counter(points) => metric::Data::Sum(Sum {
                    data_points: points
                        .iter()
                        .map(|(labels, n)| NumberDataPoint {
                            attributes: attributes(labels),
                            start_time_unix_nano: started,
                            time_unix_nano: now,
                            value: Some(number_data_point::Value::AsInt(
                                i64::try_from(*n).unwrap_or(i64::MAX),
                            )),
                            ..Default::default()
                        })
                        .collect(),
                    aggregation_temporality: cumulative,
                    is_monotonic: true,
                }),
                Points::Gauge(points) => metric::Data::Gauge(Gauge {
                    data_points: points
                        .iter()
                        .map(|(labels, n)| NumberDataPoint {
                            attributes: attributes(labels),
                            time_unix_nano: now,
                            value: Some(number_data_point::Value::AsInt(*n)),
                            ..Default::default()
                        })
                        .collect(),
                }),
                Points::Histogram(points) => metric::Data::Histogram(Histogram {
                    data_points: points
                        .iter()
                        .map(|(labels, h)| HistogramDataPoint {
                            attributes: attributes(labels),
                            start_time_unix_nano: started,
                            time_unix_nano: now,
                            count: h.count,
                            sum: Some(h.sum),
                            bucket_counts: h.bucket_counts.clone(),
                            explicit_bounds: h.bounds.to_vec(),
                            ..Default::default()
                        })
                        .collect(),
                    aggregation_temporality: cumulative,
                }),
            }),
            ..Default::default()
        })
        .collect();
    let request = ExportMetricsServiceRequest {
        resource_metrics: vec![ResourceMetrics {
            resource: Some(Resource {
                attributes: vec![
                    attribute("service.name", format!("cu-{app}")),
                    attribute("service.version", env!("CARGO_PKG_VERSION").to_string()),
                ],
                ..Default::default()
            }),
            scope_metrics: vec![ScopeMetrics {
                scope: Some(InstrumentationScope {
                    name: "cu".into(),
                    ..Default::default()
                }),
                metrics,
                ..Default::default()
            }],
            ..Default::default()
        }],
    };
    prost::Message::encode_to_vec(&request)
}

/// [`Telemetry::start`] on a blocking thread (the blocking HTTP client must not be made or
/// dropped on the async runtime's threads).
pub async fn start(
    settings: &TelemetrySettings,
    app: &'static str,
    metrics: Arc<Metrics>,
) -> ServerResult<Option<Arc<Telemetry>>> {
    let settings = settings.clone();
    tokio::task::spawn_blocking(move || Telemetry::start(&settings, app, metrics))
        .await
        .map_err(|_| ServerError::new(Reason::Internal, "starting the telemetry failed"))?
        .map(|t| t.map(Arc::new))
}
