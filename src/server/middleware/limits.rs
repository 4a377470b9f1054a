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
}

impl Guard {
    pub fn new(metrics: Arc<Metrics>, limits: &crate::server::config::Limits) -> Guard {
        Guard {
            metrics,
            permits: tokio::sync::Semaphore::new(limits.max_concurrent),
            queue_timeout: Duration::from_millis(limits.queue_timeout_ms),
            refusal_delay: Duration::from_millis(limits.refusal_delay_ms),
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
    let permit = tokio::time::timeout(state.queue_timeout, state.permits.acquire()).await;
    // A 429 of the application's own (not the guard's "overloaded").
    let mut refused = false;
    let response = match permit {
        Ok(Ok(_permit)) => {
            let response = next.run(request).await;
            refused = response.status() == StatusCode::TOO_MANY_REQUESTS;
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
    response
}
