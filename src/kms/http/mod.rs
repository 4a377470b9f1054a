//! The KMS as an HTTPS application: the API under `/service/api/v1` (`api`) and the
//! console under `/ui/` (`pages`), on the shared server stack (`crate::server`).

pub mod api;
pub mod audit;
pub mod pages;
pub mod pool;
