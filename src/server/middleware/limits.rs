//! The layer every request of a server passes through: the concurrency limit (wait up to the
//! queue time, then 429), problem+json for the framework's own refusals (413 from the body
//! limit), and the request metrics.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::server::middleware::metrics::Metrics;
use crate::server::problem::Problem;

/// What every request passes through: the concurrency limit (wait up to the queue time, then
/// 429) and the request metrics.
pub struct Guard {
    metrics: Arc<Metrics>,
    permits: tokio::sync::Semaphore,
    queue_timeout: Duration,
    refusal_delay: Duration,
    max_body: usize,
    body_timeout: Duration,
}

impl Guard {
    pub fn new(metrics: Arc<Metrics>, limits: &crate::server::config::Limits) -> Guard {
        Guard {
            metrics,
            permits: tokio::sync::Semaphore::new(limits.max_concurrent),
            queue_timeout: Duration::from_millis(limits.queue_timeout_ms),
            refusal_delay: Duration::from_millis(limits.refusal_delay_ms),
            max_body: limits.max_body_bytes,
            body_timeout: Duration::from_millis(limits.body_read_timeout_ms),
        }
    }
}

/// Metrics for every request, the concurrency limit, problem+json for the framework's own
/// refusals (413 from the body limit), and the refusal delay: an application's 429 (a
/// sign-in the lockout refused, a credential over its rate) is answered `refusal_delay`
/// late, outside the concurrency limit, so that a client flooding refused sign-ins over its
/// connections gets about one answer per connection per delay and cannot crowd out others.
pub async fn guard(State(state): State<Arc<Guard>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = crate::server::middleware::metrics::method_label(request.method());
    let route = request.extensions().get::<MatchedPath>().cloned();
    // A 429 of the application's own (not the guard's "overloaded").
    let mut refused = false;
    let response = match whole(request, state.max_body, state.body_timeout).await {
        Err(refusal) => refusal,
        Ok(request) => admit(&state, request, next, &mut refused).await,
    };
    state.metrics.request(
        method,
        route.as_ref().map_or("unmatched", |p| p.as_str()),
        response.status().as_u16(),
        started.elapsed(),
    );
    // Held back with the permit given back: a refused client waits, the server does not.
    if refused {
        tokio::time::sleep(state.refusal_delay).await;
    }
    let mut response = response;
    // The route template, for the access log.
    if let Some(route) = route {
        response.extensions_mut().insert(route);
    }
    response
}

/// The request with its body read whole, within `limit` bytes and `deadline`, before it
/// takes a place in the concurrency limit: a client that sends its body slowly, or never,
/// holds its connection (capped per address) and what it sent, never a permit. Over the
/// limit: 413, at once when the declared length says so. Past the deadline: 408, and the
/// connection is closed.
async fn whole(request: Request, limit: usize, deadline: Duration) -> Result<Request, Response> {
    use axum::body::{Body, Bytes, HttpBody};
    let (parts, mut body) = request.into_parts();
    let hint = body.size_hint();
    if hint.exact() == Some(0) {
        return Ok(Request::from_parts(parts, body));
    }
    if hint.lower() > limit as u64 {
        return Err(too_large());
    }
    let read = async {
        // Most bodies come in one frame: kept as it is, copied only when a second comes.
        let mut first: Option<Bytes> = None;
        let mut joined: Vec<u8> = Vec::new();
        let mut total = 0usize;
        while let Some(frame) =
            std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await
        {
            let Ok(frame) = frame else {
                return Err(Problem::new(
                    StatusCode::BAD_REQUEST,
                    "bad_request",
                    "the request body could not be read",
                )
                .into_response());
            };
            if let Ok(data) = frame.into_data() {
                total += data.len();
                if total > limit {
                    return Err(too_large());
                }
                match first.take() {
                    None if joined.is_empty() => first = Some(data),
                    None => joined.extend_from_slice(&data),
                    Some(earlier) => {
                        joined.extend_from_slice(&earlier);
                        joined.extend_from_slice(&data);
                    }
                }
            }
        }
        Ok(first.unwrap_or_else(|| Bytes::from(joined)))
    };
    match tokio::time::timeout(deadline, read).await {
        Ok(Ok(bytes)) => Ok(Request::from_parts(parts, Body::from(bytes))),
        Ok(Err(refusal)) => Err(refusal),
        Err(_) => {
            let mut response = Problem::new(
                StatusCode::REQUEST_TIMEOUT,
                "request_timeout",
                format!(
                    "the request body did not arrive within {} ms",
                    deadline.as_millis()
                ),
            )
            .into_response();
            response.headers_mut().insert(
                header::CONNECTION,
                header::HeaderValue::from_static("close"),
            );
            Err(response)
        }
    }
}

fn too_large() -> Response {
    Problem::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
        "the request body is over the server's limit",
    )
    .into_response()
}

/// Run the request under the concurrency limit (wait up to the queue time, then 429);
/// `refused` turns true when the application answered 429 itself.
async fn admit(state: &Guard, request: Request, next: Next, refused: &mut bool) -> Response {
    let permit = tokio::time::timeout(state.queue_timeout, state.permits.acquire()).await;
    match permit {
        Ok(Ok(_permit)) => {
            let response = next.run(request).await;
            *refused = response.status() == StatusCode::TOO_MANY_REQUESTS;
            if response.status() == StatusCode::PAYLOAD_TOO_LARGE
                && response
                    .headers()
                    .get(header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    != Some("application/problem+json")
            {
                Problem::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "too_large",
                    "the request body is over the server's limit",
                )
                .into_response()
            } else {
                response
            }
        }
        _ => {
            let mut p = Problem::new(
                StatusCode::TOO_MANY_REQUESTS,
                "overloaded",
                "the server is at its concurrency limit",
            );
            p.retry_after = Some(1);
            p.into_response()
        }
    }
}
