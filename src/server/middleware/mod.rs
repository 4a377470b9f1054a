//! Layers every server applies around its routes, one file per concern.

pub mod access_log;
pub mod audit;
pub mod content_type;
pub mod limits;
pub mod metrics;
pub mod request_id;
pub mod security_headers;
pub mod stack;
