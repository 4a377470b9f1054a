//! The `cu kms` commands against a `cu kms serve`: HTTPS with TLS 1.3 only, trusting only the
//! given CA, HTTP Basic credentials, optionally a client certificate. Problems from the server
//! come back as the same `KmsError` reasons a local store gives.

use std::time::Duration;

use serde_json::{json, Value};
use zeroize::Zeroizing;

use super::backend::Kms;
use super::store::KeyInfo;
use super::{KeyType, KmsError, KmsResult, Reason};
use crate::jose::b64;

/// How to reach a server.
pub struct Connection {
    /// `https://host:port` (the API prefix is added here).
    pub url: String,
    /// PEM roots the server certificate must chain to; nothing else is trusted.
    pub ca_pem: Vec<u8>,
    pub user: Option<String>,
    pub password: Option<Zeroizing<Vec<u8>>>,
    /// A bearer access token, used instead of user and password.
    pub token: Option<Zeroizing<Vec<u8>>>,
    /// PEM chain and key for mutual TLS.
    pub client_identity: Option<(Vec<u8>, Zeroizing<Vec<u8>>)>,
}

pub struct RemoteKms {
    base: String,
    http: reqwest::blocking::Client,
    authorization: Option<Zeroizing<String>>,
    tenant: String,
}

/// What to do when a request is over the server's body limit.
const TOO_LARGE_HELP: &str = "the server takes request bodies up to its limits.max_body_bytes (1 MiB unless configured), and data travels base64-encoded (4/3 of its size); send less, or use a local store, where --stream and --raw take data of any size";

fn unavailable(message: impl Into<String>) -> KmsError {
    KmsError::new(Reason::Unavailable, message)
}

impl RemoteKms {
    pub fn connect(c: Connection) -> KmsResult<RemoteKms> {
        RemoteKms::connect_at(c, "/service/api/v1")
    }

    /// A client of the API under `prefix` on that server (another service's, such as the
    /// passport service's `/v1`): the same TLS, credentials and diagnostics.
    pub fn connect_at(c: Connection, prefix: &str) -> KmsResult<RemoteKms> {
        let url = c.url.trim_end_matches('/').to_string();
        if !url.starts_with("https://") {
            return Err(KmsError::new(
                Reason::BadRequest,
                format!("--server `{url}` is not an https:// URL"),
            )
            .with_help(
                "cu talks to key servers over TLS 1.3 only, e.g. --server https://kms.example:8081",
            ));
        }
        let pki = |e: crate::pki::PkiError| KmsError::new(Reason::BadKey, e.message);
        let roots = crate::pki::pem::only_certificates(&c.ca_pem, "--ca").map_err(pki)?;
        let identity = match &c.client_identity {
            Some((chain, key)) => Some(
                crate::pki::tls::Identity::from_pem(chain, key, "--client-cert").map_err(pki)?,
            ),
            None => None,
        };
        let tls = crate::pki::tls::client_config(&roots, identity.as_ref()).map_err(pki)?;
        let http = reqwest::blocking::Client::builder()
            .use_preconfigured_tls((*tls).clone())
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| unavailable(format!("cannot set up the HTTPS client: {e}")))?;
        let authorization = match (&c.user, &c.password) {
            _ if c.token.is_some() => {
                let token = c
                    .token
                    .as_ref()
                    .map(|t| String::from_utf8_lossy(t).trim().to_string());
                token.map(|t| Zeroizing::new(format!("Bearer {t}")))
            }
            (Some(user), Some(password)) => {
                let mut credential = Zeroizing::new(user.as_bytes().to_vec());
                credential.push(b':');
                credential.extend_from_slice(password);
                Some(Zeroizing::new(format!(
                    "Basic {}",
                    base64::Engine::encode(
                        &base64::engine::general_purpose::STANDARD,
                        &credential[..]
                    )
                )))
            }
            _ => None,
        };
        Ok(RemoteKms {
            base: format!("{url}{prefix}"),
            http,
            authorization,
            tenant: String::new(),
        })
    }

    /// A request to `path` under the prefix, with a JSON body or none: the answer's status,
    /// its JSON body and the request's id. Only a failure to get an answer is an error.
    pub fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> KmsResult<(reqwest::StatusCode, Value, String)> {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        let mut bytes = 0;
        if let Some(body) = body {
            let body = serde_json::to_vec(body).map_err(|e| {
                KmsError::new(Reason::Internal, format!("encoding the request: {e}"))
            })?;
            bytes = body.len();
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body);
        }
        self.exchange(request, bytes)
    }

    /// `body_bytes`: the size of the request body, to explain a connection the server
    /// closed while the body was still being sent.
    fn send(
        &self,
        request: reqwest::blocking::RequestBuilder,
        body_bytes: usize,
    ) -> KmsResult<Value> {
        let (status, body, request_id) = self.exchange(request, body_bytes)?;
        if status.is_success() {
            return Ok(body);
        }
        Err(problem_error(status, &body, &request_id))
    }

    fn exchange(
        &self,
        request: reqwest::blocking::RequestBuilder,
        body_bytes: usize,
    ) -> KmsResult<(reqwest::StatusCode, Value, String)> {
        let request = match &self.authorization {
            Some(a) => request.header(reqwest::header::AUTHORIZATION, a.as_str()),
            None => request,
        };
        // Every request names itself and starts a trace, so the server's log line, its
        // problem body and this command's diagnostics can be matched.
        let (request, ids) = crate::server::middleware::request_id::tagged(request);
        let request = request
            .build()
            .map_err(|e| KmsError::new(Reason::BadRequest, format!("the request: {e}")))?;
        let (method, url) = (request.method().clone(), request.url().clone());
        log::debug!(
            "{method} {url} (request id {}, traceparent {})",
            ids.request_id,
            ids.traceparent
        );
        let started = std::time::Instant::now();
        let response = self.http.execute(request).map_err(|e| {
            log::info!(
                "{method} {url}: no answer after {} ms (request id {})",
                started.elapsed().as_millis(),
                ids.request_id
            );
            // A server refuses a body over its limit (413) and closes the connection; a
            // client still sending sees a broken pipe or a reset instead of the answer.
            if body_bytes > 0 && cut_off(&e) {
                return unavailable(format!(
                    "the server closed the connection before taking the whole request ({body_bytes} bytes): {}",
                    error_chain(&e)
                ))
                .with_help(TOO_LARGE_HELP);
            }
            unavailable(format!("cannot reach the server: {}", error_chain(&e)))
        })?;
        let status = response.status();
        log::info!(
            "{method} {url} → {} in {} ms (request id {})",
            status.as_u16(),
            started.elapsed().as_millis(),
            ids.request_id
        );
        let body: Value = response
            .json()
            .map_err(|e| unavailable(format!("the server's answer ({status}) is not JSON: {e}")))?;
        Ok((status, body, ids.request_id))
    }

    fn get(&self, path: &str) -> KmsResult<Value> {
        self.send(self.http.get(format!("{}{path}", self.base)), 0)
    }

    fn post(&self, path: &str, body: Value) -> KmsResult<Value> {
        let body = serde_json::to_vec(&body)
            .map_err(|e| KmsError::new(Reason::Internal, format!("encoding the request: {e}")))?;
        let bytes = body.len();
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
        self.send(request, bytes)
    }

    fn key_info_of(value: Value) -> KmsResult<KeyInfo> {
        serde_json::from_value(value).map_err(|e| {
            unavailable(format!(
                "the server's key description is not understood: {e}"
            ))
        })
    }
}

/// The error a server's problem answer means (its code read back as a reason, else by
/// status), quoting the request id.
pub fn problem_error(status: reqwest::StatusCode, body: &Value, request_id: &str) -> KmsError {
    let code = body["code"].as_str().unwrap_or("");
    // The server's id for the request (ours, as it kept it): quoted with the failure.
    let id = body["request_id"].as_str().unwrap_or(request_id);
    let detail = format!(
        "{} (request id {id})",
        body["detail"].as_str().unwrap_or("no detail")
    );
    let reason = match code {
        "unauthorized" => Reason::Unauthorized,
        "forbidden" => Reason::Forbidden,
        "rate_limited" | "overloaded" => Reason::Unavailable,
        other => KNOWN
            .iter()
            .find(|r| r.as_str() == other)
            .copied()
            .unwrap_or(match status.as_u16() {
                404 => Reason::UnknownKey,
                400..=499 => Reason::BadRequest,
                _ => Reason::Unavailable,
            }),
    };
    let error = KmsError::new(reason, detail);
    if status == reqwest::StatusCode::PAYLOAD_TOO_LARGE {
        return error.with_help(TOO_LARGE_HELP);
    }
    error
}

/// Reasons a server reports as problem codes, mapped back one to one.
const KNOWN: [Reason; 12] = [
    Reason::UnknownKey,
    Reason::KeyExists,
    Reason::UnknownVersion,
    Reason::VersionDisabled,
    Reason::WrongKeyType,
    Reason::Malformed,
    Reason::DecryptFailed,
    Reason::BadSignature,
    Reason::BadKey,
    Reason::BadRequest,
    Reason::Internal,
    Reason::Unavailable,
];

/// Whether a request failed because the connection broke while it was being sent.
fn cut_off(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if matches!(
                io.kind(),
                std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset
            ) {
                return true;
            }
        }
        source = s.source();
    }
    false
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let t = s.to_string();
        if !text.contains(&t) {
            text.push_str(": ");
            text.push_str(&t);
        }
        source = s.source();
    }
    text
}

fn segment(name: &str) -> KmsResult<&str> {
    super::check_key_name(name)?;
    Ok(name)
}

fn text(v: &Value, field: &str) -> KmsResult<String> {
    v[field]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| unavailable(format!("the server's answer has no `{field}`")))
}

fn bytes(v: &Value, field: &str) -> KmsResult<Vec<u8>> {
    b64::decode(text(v, field)?, field).map_err(|e| unavailable(e.message))
}

fn not_remote(what: &str) -> KmsError {
    KmsError::new(
        Reason::BadRequest,
        format!("{what} works against a local store only, not with --server"),
    )
    .with_help("run it where the store is, or drop --server")
}

impl Kms for RemoteKms {
    fn tenant(&self) -> String {
        self.tenant.clone()
    }

    fn encrypt(&mut self, name: &str, plaintext: &[u8], aad: Option<&[u8]>) -> KmsResult<String> {
        let mut body = json!({"plaintext": b64::encode(plaintext)});
        if let Some(a) = aad {
            body["aad"] = json!(b64::encode(a));
        }
        text(
            &self.post(&format!("/keys/{}/encrypt", segment(name)?), body)?,
            "ciphertext",
        )
    }

    fn decrypt(
        &mut self,
        token: &str,
        aad: Option<&[u8]>,
    ) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
        let mut body = json!({"ciphertext": token.trim()});
        if let Some(a) = aad {
            body["aad"] = json!(b64::encode(a));
        }
        let v = self.post("/decrypt", body)?;
        Ok((Zeroizing::new(bytes(&v, "plaintext")?), text(&v, "kid")?))
    }

    fn rewrap(
        &mut self,
        name: &str,
        token: &str,
        aad: Option<&[u8]>,
    ) -> KmsResult<(String, String, String)> {
        let mut body = json!({"ciphertext": token.trim()});
        if let Some(a) = aad {
            body["aad"] = json!(b64::encode(a));
        }
        let v = self.post(&format!("/keys/{}/rewrap", segment(name)?), body)?;
        Ok((text(&v, "ciphertext")?, text(&v, "from")?, text(&v, "kid")?))
    }

    fn sign(&mut self, name: &str, payload: &[u8], raw: bool) -> KmsResult<(Vec<u8>, String)> {
        let v = self.post(
            &format!("/keys/{}/sign", segment(name)?),
            json!({"message": b64::encode(payload), "raw": raw}),
        )?;
        let signature = if raw {
            bytes(&v, "signature")?
        } else {
            text(&v, "signature")?.into_bytes()
        };
        Ok((signature, text(&v, "kid")?))
    }

    fn verify_jws(&mut self, name: &str, token: &str) -> KmsResult<(Vec<u8>, String)> {
        let v = self.post(
            &format!("/keys/{}/verify", segment(name)?),
            json!({"jws": token.trim()}),
        )?;
        Ok((bytes(&v, "payload")?, text(&v, "kid")?))
    }

    fn verify_raw(
        &mut self,
        name: &str,
        message: &[u8],
        signature: &[u8],
        version: Option<u32>,
    ) -> KmsResult<String> {
        let mut body =
            json!({"message": b64::encode(message), "signature": b64::encode(signature)});
        if let Some(v) = version {
            body["key_version"] = json!(v);
        }
        text(
            &self.post(&format!("/keys/{}/verify", segment(name)?), body)?,
            "kid",
        )
    }

    fn mac(&mut self, name: &str, data: &[u8]) -> KmsResult<String> {
        let v = self.post(
            &format!("/keys/{}/mac", segment(name)?),
            json!({"message": b64::encode(data)}),
        )?;
        text(&v, "mac")
    }

    fn mac_verify(&mut self, name: &str, data: &[u8], mac: &str) -> KmsResult<String> {
        let v = self.post(
            &format!("/keys/{}/mac-verify", segment(name)?),
            json!({"message": b64::encode(data), "mac": mac.trim()}),
        )?;
        text(&v, "kid")
    }

    fn datakey(&mut self, name: &str) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
        let v = self.post(&format!("/keys/{}/datakey", segment(name)?), json!({}))?;
        Ok((
            Zeroizing::new(bytes(&v, "plaintext")?),
            text(&v, "ciphertext")?,
        ))
    }

    fn derive(
        &mut self,
        _name: &str,
        _peer: &[u8],
        _salt: &[u8],
        _info: &[u8],
    ) -> KmsResult<(Zeroizing<Vec<u8>>, String)> {
        Err(not_remote("`cu kms derive`"))
    }

    fn create_key(
        &mut self,
        name: &str,
        key_type: KeyType,
        material: Option<Zeroizing<Vec<u8>>>,
        _now: i64,
    ) -> KmsResult<KeyInfo> {
        if material.is_some() {
            return Err(not_remote("`cu kms key import`"));
        }
        let v = self.post("/keys", json!({"name": name, "type": key_type.as_str()}))?;
        RemoteKms::key_info_of(v)
    }

    fn list_keys(&mut self) -> KmsResult<Vec<KeyInfo>> {
        let mut keys = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let path = match &after {
                Some(a) => format!("/keys?limit=1000&after={a}"),
                None => "/keys?limit=1000".to_string(),
            };
            let v = self.get(&path)?;
            self.tenant = v["tenant"].as_str().unwrap_or_default().to_string();
            let page: Vec<KeyInfo> = serde_json::from_value(v["keys"].clone()).map_err(|e| {
                unavailable(format!("the server's key list is not understood: {e}"))
            })?;
            keys.extend(page);
            match v["next"].as_str() {
                Some(n) => after = Some(n.to_string()),
                None => return Ok(keys),
            }
        }
    }

    fn key_info(&mut self, name: &str) -> KmsResult<KeyInfo> {
        RemoteKms::key_info_of(self.get(&format!("/keys/{}", segment(name)?))?)
    }

    fn rotate_key(&mut self, name: &str, _now: i64) -> KmsResult<KeyInfo> {
        RemoteKms::key_info_of(self.post(&format!("/keys/{}/rotate", segment(name)?), json!({}))?)
    }

    fn set_version_enabled(
        &mut self,
        name: &str,
        version: u32,
        enabled: bool,
    ) -> KmsResult<KeyInfo> {
        let action = if enabled { "enable" } else { "disable" };
        RemoteKms::key_info_of(self.post(
            &format!("/keys/{}/versions/{version}/{action}", segment(name)?),
            json!({}),
        )?)
    }

    fn set_min_decrypt_version(&mut self, name: &str, min: u32) -> KmsResult<KeyInfo> {
        RemoteKms::key_info_of(self.post(
            &format!("/keys/{}/config", segment(name)?),
            json!({"min_decrypt_version": min}),
        )?)
    }

    fn delete_key(&mut self, name: &str) -> KmsResult<KeyInfo> {
        let v = self.send(
            self.http
                .delete(format!("{}/keys/{}", self.base, segment(name)?))
                // The API takes state changes as JSON only, bodies or not.
                .header(reqwest::header::CONTENT_TYPE, "application/json"),
            0,
        )?;
        RemoteKms::key_info_of(v["deleted"].clone())
    }

    fn public_jwks(&mut self, name: &str, version: Option<u32>) -> KmsResult<Value> {
        let mut v = self.get(&format!("/keys/{}/jwks", segment(name)?))?;
        if let Some(want) = version {
            let id = super::kid(name, want);
            let keys: Vec<Value> = v["keys"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter(|k| k["kid"] == id.as_str())
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            if keys.is_empty() {
                return Err(KmsError::new(
                    Reason::UnknownVersion,
                    format!("`{name}` has no usable version {want}"),
                ));
            }
            v = json!({ "keys": keys });
        }
        Ok(v)
    }

    fn public_pem(&mut self, name: &str, version: Option<u32>) -> KmsResult<(String, String)> {
        let version = match version {
            Some(v) => v,
            None => self.key_info(name)?.primary_version,
        };
        let jwks = self.public_jwks(name, Some(version))?;
        let jwk = jwks["keys"][0]
            .as_object()
            .ok_or_else(|| unavailable("the server sent no key"))?;
        let pkey = crate::jose::jwk::jwk_to_public_pkey(jwk)
            .map_err(|e| unavailable(format!("the server's JWK: {}", e.message)))?;
        let pem = pkey
            .public_key_to_pem()
            .map_err(|e| unavailable(format!("cannot write the PEM: {e}")))?;
        Ok((
            super::kid(name, version),
            String::from_utf8_lossy(&pem).into_owned(),
        ))
    }
}
