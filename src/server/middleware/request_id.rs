//! Request ids and W3C trace context: every request gets an id (the client's `X-Request-Id`
//! when it is a sensible token, else a fresh one), answered in `X-Request-Id` and carried
//! into problem+json bodies and log lines, so a user can quote one. A valid `traceparent`
//! names the trace the request belongs to; without one a new trace starts.

use axum::http::{HeaderMap, HeaderValue};

pub const REQUEST_ID: &str = "x-request-id";
pub const TRACEPARENT: &str = "traceparent";

/// The longest client-given request id kept (longer ones are replaced).
const MAX_ID: usize = 128;

/// A request's id, in its extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(pub String);

/// The W3C trace context a request runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TraceContext {
    pub trace_id: [u8; 16],
    /// The caller's span, when a `traceparent` named one.
    pub parent: Option<[u8; 8]>,
    pub sampled: bool,
}

impl TraceContext {
    pub fn trace_hex(&self) -> String {
        hex(&self.trace_id)
    }
}

/// The request's id and trace context, from its headers or made fresh.
pub fn identify(headers: &HeaderMap) -> (RequestId, TraceContext) {
    let given = headers
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| sensible(v));
    let id = match given {
        Some(v) => v.to_string(),
        None => hex(&random::<16>()),
    };
    let trace = headers
        .get(TRACEPARENT)
        .and_then(|v| v.to_str().ok())
        .and_then(parse_traceparent)
        .unwrap_or_else(|| TraceContext {
            trace_id: random::<16>(),
            parent: None,
            sampled: true,
        });
    (RequestId(id), trace)
}

/// The ids a client sends with a request of its own: `X-Request-Id` and a `traceparent`
/// starting a new sampled trace.
pub struct Outgoing {
    pub request_id: String,
    pub trace_id: String,
    pub traceparent: String,
}

/// `request` with a fresh `X-Request-Id` and `traceparent`, and the ids it carries.
pub fn tagged(
    request: reqwest::blocking::RequestBuilder,
) -> (reqwest::blocking::RequestBuilder, Outgoing) {
    let ids = outgoing();
    let request = request
        .header(REQUEST_ID, &ids.request_id)
        .header(TRACEPARENT, &ids.traceparent);
    (request, ids)
}

pub fn outgoing() -> Outgoing {
    let trace_id = hex(&random::<16>());
    let span = hex(&random::<8>());
    Outgoing {
        request_id: hex(&random::<16>()),
        traceparent: format!("00-{trace_id}-{span}-01"),
        trace_id,
    }
}

impl RequestId {
    pub fn header(&self) -> Option<HeaderValue> {
        HeaderValue::from_str(&self.0).ok()
    }
}

/// A client's request id is kept only as a short token of safe characters (it is echoed in
/// headers and logs, so nothing that could split a line or a header).
fn sensible(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= MAX_ID
        && v.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':' | b'/' | b'+' | b'=')
        })
}

/// `traceparent: 00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>` (W3C Trace Context
/// level 1; a later version's extra fields are ignored as the spec says). All-zero ids are
/// invalid.
pub fn parse_traceparent(v: &str) -> Option<TraceContext> {
    let parts: Vec<&str> = v.trim().split('-').collect();
    if parts.len() < 4 {
        return None;
    }
    let (version, trace, parent, flags) = (parts[0], parts[1], parts[2], parts[3]);
    if version.len() != 2
        || version.eq_ignore_ascii_case("ff")
        || (version == "00" && parts.len() != 4)
    {
        return None;
    }
    let lower_hex = |s: &str, n: usize| {
        s.len() == n && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    };
    if !lower_hex(version, 2)
        || !lower_hex(trace, 32)
        || !lower_hex(parent, 16)
        || !lower_hex(flags, 2)
    {
        return None;
    }
    let trace_id: [u8; 16] = unhex(trace)?.try_into().ok()?;
    let parent_id: [u8; 8] = unhex(parent)?.try_into().ok()?;
    if trace_id == [0; 16] || parent_id == [0; 8] {
        return None;
    }
    let flags = u8::from_str_radix(flags, 16).ok()?;
    Some(TraceContext {
        trace_id,
        parent: Some(parent_id),
        sampled: flags & 1 == 1,
    })
}

pub fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    // Ids, not secrets: should the system's source fail, a time-derived id still tells
    // requests apart.
    if getrandom::fill(&mut b).is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(1);
        for (i, x) in b.iter_mut().enumerate() {
            *x = (t >> ((i % 16) * 8)) as u8;
        }
    }
    b
}

pub use crate::hex::hex;

fn unhex(s: &str) -> Option<Vec<u8>> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceparent_examples_of_the_spec() {
        let t =
            parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").unwrap();
        assert_eq!(t.trace_hex(), "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(
            t.parent.map(|p| hex(&p)).as_deref(),
            Some("00f067aa0ba902b7")
        );
        assert!(t.sampled);
        let t =
            parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00").unwrap();
        assert!(!t.sampled);
        // A later version may add fields.
        assert!(
            parse_traceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x")
                .is_some()
        );
        for bad in [
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "",
            "garbage",
        ] {
            assert!(parse_traceparent(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn request_ids_are_kept_only_when_sensible() {
        let mut h = HeaderMap::new();
        h.insert(REQUEST_ID, HeaderValue::from_static("ci-job-42.step:3"));
        assert_eq!(identify(&h).0 .0, "ci-job-42.step:3");
        h.insert(REQUEST_ID, HeaderValue::from_static("has space"));
        let (made, _) = identify(&h);
        assert_eq!(made.0.len(), 32);
        h.insert(REQUEST_ID, HeaderValue::from_str(&"a".repeat(129)).unwrap());
        assert_eq!(identify(&h).0 .0.len(), 32);
        let (a, ta) = identify(&HeaderMap::new());
        let (b, tb) = identify(&HeaderMap::new());
        assert_ne!(a, b);
        assert_ne!(ta.trace_id, tb.trace_id);
        assert!(ta.parent.is_none());
    }
}
