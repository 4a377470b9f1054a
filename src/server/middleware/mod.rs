//! Layers every server applies around its routes, one file per concern.

pub mod limits;
pub mod metrics;
