//! The shared stack: what every server puts around its router, in one place.
//!
//! Outside routing, once per request: the security headers ([`security_headers`]), the body
//! limit, and (for a JSON API under a path prefix) the refusal of state changes in any other
//! content type ([`content_type`]). After routing, on every route: the [`limits::guard`]
//! (concurrency limit and request metrics, which need the matched route).
//!
//! Layers added with `Router::layer` wrap every route in a boxed service that is cloned, with
//! everything beneath it, on each request; so only the guard sits there, and the rest are
//! plain services around the whole router (measured: 28 allocations per KMS encrypt request
//! fewer, `scripts/bench-kms-serve.sh`).

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::extract::DefaultBodyLimit;
use axum::http::{Method, Request};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower::util::MapResponse;
use tower::{Layer, Service};

use crate::server::middleware::{content_type, limits, security_headers};

/// A server's router inside the shared stack, ready for `server::http::serve`.
pub type Stacked =
    MapResponse<JsonOnly<<DefaultBodyLimit as Layer<Router>>::Service>, fn(Response) -> Response>;

/// Put `router` (its state given) inside the shared stack: `guard` on every route, bodies
/// over `max_body` refused (413), and, with `json_under` set, state changes under that path
/// prefix refused unless they are JSON (415).
pub fn stack(
    router: Router,
    guard: Arc<limits::Guard>,
    max_body: usize,
    json_under: Option<&'static str>,
) -> Stacked {
    let routed = router.layer(axum::middleware::from_fn_with_state(guard, limits::guard));
    let limited = DefaultBodyLimit::max(max_body).layer(routed);
    MapResponse::new(
        JsonOnly {
            inner: limited,
            prefix: json_under,
        },
        security_headers::apply as fn(Response) -> Response,
    )
}

/// Refuses a state change (POST, PUT, PATCH, DELETE) under `prefix` whose content type is
/// not JSON, with 415, before routing.
#[derive(Clone)]
pub struct JsonOnly<S> {
    inner: S,
    prefix: Option<&'static str>,
}

impl<S> JsonOnly<S> {
    fn refuses<B>(&self, request: &Request<B>) -> bool {
        let Some(prefix) = self.prefix else {
            return false;
        };
        let path = request.uri().path();
        let under = path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
        under
            && matches!(
                *request.method(),
                Method::POST | Method::PUT | Method::PATCH | Method::DELETE
            )
            && !content_type::is_json(request.headers().get(axum::http::header::CONTENT_TYPE))
    }
}

impl<S, B> Service<Request<B>> for JsonOnly<S>
where
    S: Service<Request<B>, Response = Response, Error = Infallible>,
    S::Future: Unpin,
{
    type Response = Response;
    type Error = Infallible;
    type Future = JsonOnlyFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        if self.refuses(&request) {
            JsonOnlyFuture::Refused(Some(content_type::unsupported().into_response()))
        } else {
            JsonOnlyFuture::Passed(self.inner.call(request))
        }
    }
}

/// The answer of [`JsonOnly`]: its own refusal, or the inner service's.
pub enum JsonOnlyFuture<F> {
    Refused(Option<Response>),
    Passed(F),
}

impl<F: Future<Output = Result<Response, Infallible>> + Unpin> Future for JsonOnlyFuture<F> {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            JsonOnlyFuture::Refused(response) => Poll::Ready(Ok(response
                .take()
                .unwrap_or_else(|| axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response()))),
            JsonOnlyFuture::Passed(inner) => Pin::new(inner).poll(cx),
        }
    }
}
