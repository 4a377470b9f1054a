//! The access log, around everything a public listener serves (in the serving loop, so a
//! request the stack refuses before routing is logged too): each request gets its id and
//! trace context and a [`Note`] for its handler, and its answer gets `X-Request-Id`, the id
//! in a problem+json body (`request_id`), and one log line.

use std::time::Instant;

use axum::body::Body;
use axum::extract::MatchedPath;
use axum::http::{header, Method, Request};
use axum::response::Response;
use serde_json::Value;

use crate::server::log::{timestamp, Level, Logger, Note};
use crate::server::middleware::audit::Auditor;
use crate::server::middleware::request_id::{self, RequestId, TraceContext};

/// A problem body larger than this is passed on as it is (problems are a few hundred bytes).
const MAX_PROBLEM: usize = 64 << 10;
/// The longest path logged (longer ones are cut, marked with `…`).
const MAX_PATH: usize = 256;

/// What the log line needs from the request, taken as it arrives.
pub struct Begun {
    id: RequestId,
    trace: TraceContext,
    note: Note,
    method: Method,
    path: String,
    started: Instant,
    started_wall: std::time::SystemTime,
}

/// Give the request its id, trace context and note (in its extensions); `traced`: its
/// stretches are kept for its span.
pub fn begin<B>(request: &mut Request<B>, traced: bool) -> Begun {
    let (id, trace) = request_id::identify(request.headers());
    let note = Note::new(traced);
    request.extensions_mut().insert(id.clone());
    request.extensions_mut().insert(trace);
    request.extensions_mut().insert(note.clone());
    let path = request.uri().path();
    let path = match path.char_indices().nth(MAX_PATH) {
        Some((cut, _)) => format!("{}…", &path[..cut]),
        None => path.to_string(),
    };
    Begun {
        id,
        trace,
        note,
        method: request.method().clone(),
        path,
        started: Instant::now(),
        started_wall: std::time::SystemTime::now(),
    }
}

/// The names an audit record gives itself (a handler's facts go after them).
const RECORDED: &[&str] = &[
    "op",
    "result",
    "status",
    "problem",
    "tenant",
    "principal",
    "auth",
    "key",
    "version",
    "client",
    "method",
    "route",
    "request_id",
    "trace_id",
];

/// What an application audits: its trail, and the operation a request is (None: not audited),
/// from its method, route template and path.
pub struct Audit {
    pub auditor: std::sync::Arc<Auditor>,
    pub op: fn(&Method, &str, &str) -> Option<String>,
}

/// While the trail cannot be written (and the policy is fail-closed), requests are refused
/// before they run.
pub fn refused_unaudited(audit: Option<&Audit>) -> Option<Response> {
    let a = audit?;
    (a.auditor.fail_closed && !a.auditor.healthy()).then(unaudited)
}

fn unaudited() -> Response {
    let mut p = crate::server::problem::Problem::new(
        axum::http::StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "the audit trail cannot be written, so nothing is done; try again in a moment",
    );
    p.retry_after = Some(1);
    axum::response::IntoResponse::into_response(p)
}

/// The answer, with its request id, recorded in the audit trail when the application audits
/// it (a record that cannot be written turns the answer into a 503 under `fail_closed`),
/// logged.
pub async fn end(
    log: &Logger,
    audit: Option<&Audit>,
    telemetry: Option<&crate::server::telemetry::Telemetry>,
    begun: Begun,
    client: &str,
    response: Response,
) -> Response {
    let (mut response, mut problem, detail) = with_request_id(response, &begun.id).await;
    let route = response
        .extensions_mut()
        .remove::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let noted = begun.note.take();
    let at = timestamp();
    let key = noted.key.clone().or_else(|| key_in_path(&begun.path));
    // What the log line and the audit record both say, written once.
    let common = || {
        let mut f = crate::audit::Fields::with_capacity(384);
        f.opt("tenant", noted.tenant.as_deref());
        f.opt("principal", noted.principal.as_deref());
        f.opt("auth", noted.auth.as_deref());
        f.opt("key", key.as_deref());
        if let Some(v) = noted.version {
            f.number("version", u64::from(v));
        }
        f.text("client", client);
        f.text("method", begun.method.as_str());
        f.text("route", &route);
        f.text("request_id", &begun.id.0);
        f.text("trace_id", &begun.trace.trace_hex());
        f
    };
    let mut shared = None;
    if let Some((a, op)) =
        audit.and_then(|a| Some((a, (a.op)(&begun.method, &route, &begun.path)?)))
    {
        let status = response.status().as_u16();
        let result = noted.result.as_deref().unwrap_or(match status {
            200..=399 => "ok",
            401 | 403 | 429 => "denied",
            400..=499 => "refused",
            _ => "error",
        });
        let common = shared.insert(common());
        let mut fields = crate::audit::Fields::with_capacity(640);
        fields.text("op", &op);
        fields.text("result", result);
        fields.number("status", u64::from(status));
        fields.opt("problem", problem.as_deref());
        fields.extend(common);
        // Why it was refused: what the handler said, or the error body's description.
        if let (false, Some(d)) = (noted.facts.iter().any(|(k, _)| *k == "reason"), &detail) {
            fields.text("reason", &d.chars().take(300).collect::<String>());
        }
        // A fact never stands in for what the record says itself.
        for (k, v) in noted.facts.iter().filter(|(k, _)| !RECORDED.contains(k)) {
            fields.text(k, v);
        }
        if let Some(hash) = &a.auditor.hasher {
            for (k, v) in &noted.sensitive {
                fields.text(&format!("{k}_hmac"), &hash(v.as_bytes()));
            }
        }
        if let Err(e) = a.auditor.record(at.clone(), fields).await {
            log.log(
                Level::Error,
                "audit record not written",
                vec![
                    ("request_id", begun.id.0.clone().into()),
                    ("error", e.into()),
                ],
            );
            if a.auditor.fail_closed {
                let (r, p, _) = with_request_id(unaudited(), &begun.id).await;
                response = r;
                problem = p;
            }
        }
    }
    let status = response.status().as_u16();
    if let Some(t) = telemetry {
        trace(t, &begun, &route, status, client, &noted);
    }
    let level = if status >= 500 {
        Level::Error
    } else {
        Level::Info
    };
    if !log.enabled(level) {
        return response;
    }
    let latency_ms = (begun.started.elapsed().as_secs_f64() * 1e5).round() / 100.0;
    let mut line = crate::audit::Fields::with_capacity(640);
    line.number("status", u64::from(status));
    line.opt("problem", problem.as_deref());
    line.float("latency_ms", latency_ms);
    line.text("path", &begun.path);
    line.extend(shared.get_or_insert_with(common));
    if status >= 500 {
        line.opt("error", noted.error.as_deref());
    }
    log.log_fields(&at, level, "request", &line);
    response
}

/// The request as a server span with its noted stretches as children. Attributes follow
/// the OpenTelemetry HTTP conventions; the path is the route template (a key name in a path
/// is `cu.key`), and nothing secret is among them.
fn trace(
    t: &crate::server::telemetry::Telemetry,
    begun: &Begun,
    route: &str,
    status: u16,
    client: &str,
    noted: &crate::server::log::Noted,
) {
    use opentelemetry::KeyValue;
    let mut attributes = vec![
        KeyValue::new("http.request.method", begun.method.as_str().to_string()),
        KeyValue::new("http.route", route.to_string()),
        KeyValue::new("http.response.status_code", i64::from(status)),
        KeyValue::new("client.address", client.to_string()),
        KeyValue::new("cu.request_id", begun.id.0.clone()),
    ];
    let text = |k: &'static str, v: &Option<String>| {
        v.as_ref()
            .map(|v| KeyValue::new(k, v.chars().take(256).collect::<String>()))
    };
    attributes.extend(
        [
            text("cu.tenant", &noted.tenant),
            text("cu.principal", &noted.principal),
            text("cu.auth.method", &noted.auth),
            text("cu.key", &noted.key),
        ]
        .into_iter()
        .flatten(),
    );
    if let Some(v) = noted.version {
        attributes.push(KeyValue::new("cu.key.version", i64::from(v)));
    }
    t.finish(crate::server::telemetry::RequestSpan {
        name: format!("{} {route}", begun.method.as_str()),
        trace_id: begun.trace.trace_id,
        parent: begun.trace.parent,
        sampled: begun.trace.sampled,
        started: begun.started,
        started_wall: begun.started_wall,
        attributes,
        children: &noted.timed,
        failed: status >= 500,
    });
}

/// The key a path names (`…/keys/{name}…`), when the handler did not say.
fn key_in_path(path: &str) -> Option<String> {
    let mut parts = path.split('/');
    parts.find(|p| *p == "keys")?;
    parts
        .next()
        .filter(|k| crate::kms::check_key_name(k).is_ok())
        .map(str::to_string)
}

/// `X-Request-Id` on every answer, and `request_id` in every problem+json body. The code
/// and detail of a problem, or of an OAuth error (RFC 6749 §5.2, left as it is), come back
/// for the log and the audit trail.
async fn with_request_id(
    response: Response,
    id: &RequestId,
) -> (Response, Option<String>, Option<String>) {
    let (mut code, mut detail) = (None, None);
    let content_type = response.headers().get(header::CONTENT_TYPE);
    let is_problem =
        content_type.is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    let is_oauth_error = response.status().is_client_error()
        && content_type.is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let mut response = if is_problem || is_oauth_error {
        let (mut parts, body) = response.into_parts();
        match axum::body::to_bytes(body, MAX_PROBLEM).await {
            Ok(bytes) => {
                let text = |m: &serde_json::Map<String, Value>, k: &str| {
                    m.get(k).and_then(Value::as_str).map(str::to_string)
                };
                let body = match serde_json::from_slice::<Value>(&bytes) {
                    Ok(Value::Object(mut m)) if is_problem => {
                        code = text(&m, "code");
                        detail = text(&m, "detail");
                        m.insert("request_id".into(), Value::from(id.0.as_str()));
                        parts.headers.remove(header::CONTENT_LENGTH);
                        Body::from(Value::Object(m).to_string())
                    }
                    Ok(Value::Object(m)) => {
                        code = text(&m, "error");
                        detail = text(&m, "error_description");
                        Body::from(bytes)
                    }
                    _ => Body::from(bytes),
                };
                Response::from_parts(parts, body)
            }
            // Unreadable (never for the problems this server makes): an empty problem.
            Err(_) => {
                parts.headers.remove(header::CONTENT_LENGTH);
                Response::from_parts(parts, Body::empty())
            }
        }
    } else {
        response
    };
    if let Some(v) = id.header() {
        response
            .headers_mut()
            .insert(header::HeaderName::from_static(request_id::REQUEST_ID), v);
    }
    (response, code, detail)
}
