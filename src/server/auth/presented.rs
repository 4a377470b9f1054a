//! What a request presents to sign in: its headers, its client address and its connection's
//! client certificate.

use std::convert::Infallible;
use std::net::IpAddr;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::HeaderMap;

use super::certificate::PeerCertificate;
use crate::server::log::Note;

/// An extractor for API handlers, in place of `HeaderMap` (it derefs to the headers).
pub struct Presented {
    pub headers: HeaderMap,
    /// The client address the lockout counts failures against.
    pub client: IpAddr,
    /// Set by the serving loop, never from anything the client sends in the request.
    pub peer: Option<PeerCertificate>,
    /// What the access log says of the request: authentication notes who it was.
    pub note: Note,
}

impl std::ops::Deref for Presented {
    type Target = HeaderMap;
    fn deref(&self) -> &HeaderMap {
        &self.headers
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Presented {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Presented, Infallible> {
        let Ok(crate::server::http::Peer(client)) =
            crate::server::http::Peer::from_request_parts(parts, state).await;
        Ok(Presented {
            headers: parts.headers.clone(),
            client,
            peer: parts.extensions.get::<PeerCertificate>().cloned(),
            note: parts.extensions.get::<Note>().cloned().unwrap_or_default(),
        })
    }
}
