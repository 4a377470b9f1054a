//! `cu passport …` against a `cu passport serve` (client mode): the requests the local
//! commands would carry out, sent to the service, and its answers turned back into the
//! same results and reasons, so output and exit codes do not depend on where the keys are.

use reqwest::Method;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{json, Value};

use super::keyring::KeyringError;
use super::token::Payload;
use super::verify::Verified;
use super::{PassportError, PassportResult, Reason};
use crate::kms::client::{problem_error, Connection, RemoteKms};

/// Passports in one verify_batch request (the service takes up to its `max_batch`, 512
/// unless configured).
pub const BATCH: usize = 256;

/// What a verifier requires, as the service's verify requests carry it.
pub struct Checks {
    /// None: no audience check.
    pub audiences: Option<Vec<String>>,
    pub scopes: Vec<String>,
    pub skew_seconds: i64,
}

impl Checks {
    fn body(&self) -> Value {
        let mut body = json!({"scopes": self.scopes, "skew_seconds": self.skew_seconds});
        match &self.audiences {
            Some(a) => body["aud"] = json!(a),
            None => body["no_audience_check"] = json!(true),
        }
        body
    }
}

pub struct RemotePassport {
    api: RemoteKms,
}

/// One result as the service answers it.
#[derive(Deserialize)]
struct Answer {
    ok: bool,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    payload: Option<Box<RawValue>>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    message: Option<String>,
}

fn not_understood(what: impl std::fmt::Display) -> KeyringError {
    KeyringError::Store(crate::kms::KmsError::new(
        crate::kms::Reason::Unavailable,
        format!("the passport service's answer is not understood: {what}"),
    ))
}

impl Answer {
    fn result(self) -> Result<PassportResult<Verified>, KeyringError> {
        if !self.ok {
            let code = self.reason.unwrap_or_default();
            let reason =
                Reason::parse(&code).ok_or_else(|| not_understood(format!("reason `{code}`")))?;
            return Ok(Err(PassportError::new(
                reason,
                self.message.unwrap_or_default(),
            )));
        }
        let (Some(kid), Some(payload)) = (self.kid, self.payload) else {
            return Err(not_understood("a result without kid or payload"));
        };
        // The payload exactly as signed (canonical JSON), as a local verification keeps it.
        let msg = payload.get().as_bytes().to_vec();
        let payload: Payload = serde_json::from_slice(&msg).map_err(not_understood)?;
        Ok(Ok(Verified { kid, payload, msg }))
    }
}

impl RemotePassport {
    pub fn connect(c: Connection) -> Result<RemotePassport, KeyringError> {
        Ok(RemotePassport {
            api: RemoteKms::connect_at(c, "/v1")?,
        })
    }

    /// A request whose success is JSON; a problem answer is the error it names (a passport
    /// reason when its code is one, else as the KMS client reads it).
    fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, KeyringError> {
        let (status, answer, request_id) = self.api.call(method, path, body)?;
        if status.is_success() {
            return Ok(answer);
        }
        let code = answer["code"].as_str().unwrap_or("");
        match Reason::parse(code) {
            Some(reason) => Err(KeyringError::Passport(PassportError::new(
                reason,
                format!(
                    "{} (request id {})",
                    answer["detail"].as_str().unwrap_or("no detail"),
                    answer["request_id"].as_str().unwrap_or(&request_id)
                ),
            ))),
            None => Err(KeyringError::Store(problem_error(
                status,
                &answer,
                &request_id,
            ))),
        }
    }

    /// Issue: `request` is the body of `POST /passport/issue`. The envelope, with `compact`.
    pub fn issue(&self, request: &Value) -> Result<Value, KeyringError> {
        self.call(Method::POST, "/passport/issue", Some(request))
    }

    /// The text of a passport as the service takes it (a compact string, or an envelope's
    /// JSON text in a string); None when it is not text, which no passport is.
    fn text(input: &[u8]) -> Option<&str> {
        std::str::from_utf8(input.trim_ascii()).ok()
    }

    pub fn verify(
        &self,
        input: &[u8],
        checks: &Checks,
    ) -> Result<PassportResult<Verified>, KeyringError> {
        let Some(text) = Self::text(input) else {
            return Ok(Err(PassportError::malformed(
                "the passport is not UTF-8 text",
            )));
        };
        let mut body = checks.body();
        body["passport"] = json!(text);
        let answer = self.call(Method::POST, "/passport/verify", Some(&body))?;
        serde_json::from_value::<Answer>(answer)
            .map_err(not_understood)?
            .result()
    }

    /// Every input verified, in order, `BATCH` a request.
    pub fn verify_batch(
        &self,
        inputs: &[&[u8]],
        checks: &Checks,
    ) -> Result<Vec<PassportResult<Verified>>, KeyringError> {
        let mut out = Vec::with_capacity(inputs.len());
        for chunk in inputs.chunks(BATCH) {
            // What is not text is answered here as the service would answer it.
            let texts: Vec<Option<&str>> = chunk.iter().map(|i| Self::text(i)).collect();
            let sent: Vec<&str> = texts.iter().flatten().copied().collect();
            let mut answers = Vec::new();
            if !sent.is_empty() {
                let mut body = checks.body();
                body["passports"] = json!(sent);
                let answer = self.call(Method::POST, "/passport/verify_batch", Some(&body))?;
                let results: Vec<Answer> =
                    serde_json::from_value(answer["results"].clone()).map_err(not_understood)?;
                if results.len() != sent.len() {
                    return Err(not_understood(format!(
                        "{} results for {} passports",
                        results.len(),
                        sent.len()
                    )));
                }
                answers = results;
            }
            let mut answers = answers.into_iter();
            for text in texts {
                match (text, text.and_then(|_| answers.next())) {
                    (Some(_), Some(answer)) => out.push(answer.result()?),
                    (Some(_), None) => return Err(not_understood("fewer results than passports")),
                    (None, _) => out.push(Err(PassportError::malformed(
                        "the passport is not UTF-8 text",
                    ))),
                }
            }
        }
        Ok(out)
    }

    pub fn keys(&self, keyring: &str) -> Result<Value, KeyringError> {
        self.call(Method::GET, &format!("/keys?keyring={keyring}"), None)
    }

    pub fn rotate(&self, keyring: &str) -> Result<Value, KeyringError> {
        self.call(
            Method::POST,
            "/admin/rotate",
            Some(&json!({"keyring": keyring})),
        )
    }

    pub fn retire(&self, keyring: &str, version: u32) -> Result<Value, KeyringError> {
        self.call(
            Method::POST,
            "/admin/retire",
            Some(&json!({"keyring": keyring, "version": version})),
        )
    }

    pub fn attest(&self, keyring: &str) -> Result<Value, KeyringError> {
        self.call(
            Method::GET,
            &format!("/admin/attest?keyring={keyring}"),
            None,
        )
    }
}
