//! RFC 7807 problem details: every error response is `application/problem+json` with a
//! stable `type` URI and `code`, so clients can branch on it.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::kms::{KmsError, Reason as KmsReason};

/// Where problem type URIs live; they name the code, they are not fetched.
const TYPE_BASE: &str = "https://cu.dev/problems/";

#[derive(Debug, Clone)]
pub struct Problem {
    pub status: StatusCode,
    pub code: String,
    pub detail: String,
    /// `WWW-Authenticate` for 401s; `Retry-After` seconds for 429s.
    pub authenticate: Option<String>,
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, code: &str, detail: impl Into<String>) -> Problem {
        Problem {
            status,
            code: code.to_string(),
            detail: detail.into(),
            authenticate: None,
            retry_after: None,
        }
    }

    pub fn bad_request(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, "malformed", detail)
    }

    pub fn not_found(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::NOT_FOUND, "not_found", detail)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let title = self
            .status
            .canonical_reason()
            .unwrap_or("Error")
            .to_string();
        // `message` and `retryable` (and `retry_after_ms`) as the seeds' error envelope has
        // them, beside RFC 9457's members: a client can tell a retry from a change of request.
        let retryable = self.retry_after.is_some()
            || matches!(
                self.status,
                StatusCode::TOO_MANY_REQUESTS
                    | StatusCode::SERVICE_UNAVAILABLE
                    | StatusCode::REQUEST_TIMEOUT
            );
        let mut body = json!({
            "type": format!("{TYPE_BASE}{}", self.code),
            "title": title,
            "status": self.status.as_u16(),
            "detail": self.detail,
            "code": self.code,
            "message": self.detail,
            "retryable": retryable,
        });
        if let Some(s) = self.retry_after {
            body["retry_after_ms"] = json!(s.saturating_mul(1000));
        }
        let mut response = (self.status, body.to_string()).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(a) = self
            .authenticate
            .and_then(|a| HeaderValue::from_str(&a).ok())
        {
            headers.insert(header::WWW_AUTHENTICATE, a);
        }
        if let Some(s) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        response
    }
}

/// KMS failures keep their reason as the problem code; the status says whose fault it is.
impl From<KmsError> for Problem {
    fn from(e: KmsError) -> Problem {
        let status = match e.reason {
            KmsReason::UnknownKey | KmsReason::UnknownVersion => StatusCode::NOT_FOUND,
            KmsReason::KeyExists => StatusCode::CONFLICT,
            KmsReason::VersionDisabled | KmsReason::DecryptFailed | KmsReason::BadSignature => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            KmsReason::WrongKeyType
            | KmsReason::Malformed
            | KmsReason::BadKey
            | KmsReason::BadRequest => StatusCode::BAD_REQUEST,
            KmsReason::WrongUnsealSecret
            | KmsReason::NotAStore
            | KmsReason::StoreExists
            | KmsReason::NoStore
            | KmsReason::IoError
            | KmsReason::StoreDamaged
            | KmsReason::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            KmsReason::DiskFull => StatusCode::SERVICE_UNAVAILABLE,
            KmsReason::Unauthorized => StatusCode::UNAUTHORIZED,
            KmsReason::Forbidden => StatusCode::FORBIDDEN,
            KmsReason::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        };
        let detail = if status == StatusCode::INTERNAL_SERVER_ERROR {
            // The store's own message may name files; the client learns only that it failed.
            "the key store failed; see the server log".to_string()
        } else {
            e.message
        };
        let mut problem = Problem::new(status, e.reason.as_str(), detail);
        if e.reason == KmsReason::Unavailable {
            // The store (a database that went away, a busy lock) is worth retrying soon.
            problem.retry_after = Some(1);
        }
        problem
    }
}
