//! The passport service as an HTTPS application (`cu passport serve`): issuing and verifying
//! passports under `/v1`, on the shared server stack (`crate::server`), with the keys of the
//! KMS store.

pub mod api;
pub mod coalesce;
pub mod metrics;
