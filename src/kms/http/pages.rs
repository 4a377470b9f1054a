//! The KMS console at `/ui/`: sign in with the file realm, see the tenant's keys and their
//! versions, create a key, encrypt and decrypt a text, sign and verify, rotate a key. Plain
//! server-rendered HTML forms (no JavaScript); every form carries a CSRF token (the session's,
//! or before sign-in one bound to the browser's pre-session cookie) and a POST from another
//! site is refused. The session cookie `__Host-cu_kms_console` is written like every cookie
//! of the pages (`cookies::host`: `Secure; HttpOnly; SameSite=Lax; Path=/`, Lax so that it
//! is set on the redirect back from the identity server). Who may sign in how is the API's
//! policy (`auth_order`); scopes and the per-credential rate limit apply as in the API. A
//! session made through the identity server ends with its access token, and that token goes
//! through the API's verifier again on every request (decrypt, sign, rotate and create as
//! sensitive ones), so a sign-out or a revocation there ends it within the API's bound.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::jose::b64;
use crate::kms::http::api::AppState;
use crate::kms::{ops, KeyType};
use crate::server::auth::lockout::Group;
use crate::server::auth::realm::Identity;
use crate::server::auth::{require, Way};
use crate::server::http::Peer;
use crate::server::pages::csrf::{random_token, Binding};
use crate::server::pages::{cookies, escape, page};
use crate::server::problem::Problem;

const COOKIE: &str = "__Host-cu_kms_console";
const SESSION_TTL: Duration = Duration::from_secs(3600);
/// Ties a sign-in at the identity server to the browser that started it.
const SIGN_IN_COOKIE: &str = "__Host-cu_kms_sign_in";
const SIGN_IN_TTL: Duration = Duration::from_secs(600);
/// Sign-ins under way per client address (IPv6 by /64), and in all.
const SIGN_INS_PER_ADDRESS: usize = 32;
const SIGN_INS_TOTAL: usize = 10_000;
/// The password form's token is bound to this pre-session cookie.
const BROWSER_COOKIE: &str = "__Host-cu_kms_browser";
const LOGIN_PURPOSE: &str = "kms-console-login";

/// A sign-in under way at the identity server, kept under the SHA-256 of the browser's
/// sign-in cookie: only the browser that started it can finish it (RFC 9700 §4.7.1).
struct SignIn {
    state: String,
    verifier: String,
    nonce: String,
    started: Instant,
    group: Group,
}

/// The sign-ins under way: bounded per client address and in all (anyone may start one), in
/// the order they started so that expiry looks only at the oldest.
#[derive(Default)]
struct SignIns {
    map: HashMap<[u8; 32], SignIn>,
    /// Keys in the order they started; a key no longer in `map` (finished) is skipped.
    order: VecDeque<[u8; 32]>,
    /// When each address's sign-ins under way started, oldest first.
    per: HashMap<Group, VecDeque<Instant>>,
}

impl SignIns {
    fn expire(&mut self, now: Instant) {
        while let Some(key) = self.order.front().copied() {
            match self.map.get(&key) {
                Some(s) if now.duration_since(s.started) < SIGN_IN_TTL => break,
                Some(_) => {
                    self.take(&key);
                }
                None => {}
            }
            self.order.pop_front();
        }
        // Finished sign-ins leave their keys in `order`; drop them when they are most of it
        // (amortised O(1) per sign-in).
        if self.order.len() > 2 * self.map.len() + 64 {
            let map = &self.map;
            self.order.retain(|k| map.contains_key(k));
        }
    }

    /// Remove and return the sign-in under `key`.
    fn take(&mut self, key: &[u8; 32]) -> Option<SignIn> {
        let s = self.map.remove(key)?;
        if let Some(starts) = self.per.get_mut(&s.group) {
            if let Some(i) = starts.iter().position(|t| *t == s.started) {
                starts.remove(i);
            }
            if starts.is_empty() {
                self.per.remove(&s.group);
            }
        }
        Some(s)
    }

    /// Keep `s` under `key`, or the seconds until its address (or the table) has room.
    fn insert(&mut self, key: [u8; 32], s: SignIn) -> Result<(), u64> {
        let now = s.started;
        self.expire(now);
        let wait = |oldest: Instant| {
            SIGN_IN_TTL
                .saturating_sub(now.duration_since(oldest))
                .as_secs()
                .max(1)
        };
        if let Some(oldest) = self
            .per
            .get(&s.group)
            .filter(|starts| starts.len() >= SIGN_INS_PER_ADDRESS)
            .and_then(|starts| starts.front())
        {
            return Err(wait(*oldest));
        }
        if self.map.len() >= SIGN_INS_TOTAL {
            let oldest = self
                .order
                .front()
                .and_then(|k| self.map.get(k))
                .map_or(now, |s| s.started);
            return Err(wait(oldest));
        }
        self.per.entry(s.group).or_default().push_back(now);
        self.order.push_back(key);
        self.map.insert(key, s);
        Ok(())
    }
}

/// A console session.
struct Session {
    identity: Identity,
    csrf: String,
    /// `SESSION_TTL` after sign-in, or the access token's expiry when that is sooner.
    until: Instant,
    /// The identity server's access token the session was made with, checked again before
    /// sensitive actions; None for a realm password's session.
    token: Option<zeroize::Zeroizing<String>>,
}

/// What a request's session cookie found.
struct Current {
    id: String,
    identity: Identity,
    csrf: String,
    token: Option<zeroize::Zeroizing<String>>,
}

/// Console sessions, in memory: a restart signs everyone out.
pub struct Sessions {
    map: Mutex<HashMap<String, Session>>,
    pending: Mutex<SignIns>,
    login: Binding,
}

impl Default for Sessions {
    fn default() -> Sessions {
        Sessions {
            map: Mutex::default(),
            pending: Mutex::default(),
            login: Binding::new(BROWSER_COOKIE),
        }
    }
}

fn digest(value: &str) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(value.as_bytes()).into()
}

/// The page for a request refused because no random token could be made.
fn no_randomness() -> Response {
    page(
        StatusCode::SERVICE_UNAVAILABLE,
        "Unavailable",
        "<p class=\"error\">The server cannot make random values right now; try again later.</p>",
    )
}

impl Sessions {
    /// A new session for `identity`, lasting `lifetime` (at most `SESSION_TTL`): its id, or
    /// None when no random id can be made.
    fn create(
        &self,
        identity: Identity,
        lifetime: Duration,
        token: Option<String>,
    ) -> Option<String> {
        let (id, csrf) = (random_token()?, random_token()?);
        let now = Instant::now();
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        map.retain(|_, s| s.until > now);
        map.insert(
            id.clone(),
            Session {
                identity,
                csrf,
                until: now + lifetime.min(SESSION_TTL),
                token: token.map(zeroize::Zeroizing::new),
            },
        );
        Some(id)
    }

    fn get(&self, headers: &HeaderMap) -> Option<Current> {
        let id = cookies::get(headers, COOKIE)?;
        let map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        let s = map.get(&id).filter(|s| s.until > Instant::now())?;
        Some(Current {
            id: id.clone(),
            identity: s.identity.clone(),
            csrf: s.csrf.clone(),
            token: s.token.clone(),
        })
    }

    fn end(&self, id: &str) {
        self.map
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(id);
    }
}

fn form(body: &[u8]) -> HashMap<String, String> {
    form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn see_other(location: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

fn wide(title: &str, body: &str) -> Response {
    page(
        StatusCode::OK,
        title,
        &format!("<style>main {{ max-width: 52rem; }} table {{ border-collapse: collapse; width: 100%; }} td, th {{ text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e4e7ec; }} textarea {{ width: 100%; box-sizing: border-box; font: 14px monospace; }} form.inline {{ display: inline; }} form.inline button {{ margin: 0 0 0 .5rem; padding: .2rem .6rem; }} .result {{ background: #eef7ee; padding: .75rem; border-radius: 4px; word-break: break-all; }}</style>{body}"),
    )
}

/// The sign-in page, with the ways in the policy allows: the password form (its token bound to
/// this browser) and the identity server's sign-in.
fn login_page(app: &AppState, headers: &HeaderMap, error: Option<&str>) -> Response {
    login_page_status(app, headers, StatusCode::OK, error)
}

fn login_page_status(
    app: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    error: Option<&str>,
) -> Response {
    let identity_server = app.console_oidc().is_some() && app.auth().accepts(Way::Federation);
    let passwords = app.auth().accepts(Way::Password);
    let error = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{}</p>", escape(e)))
        .unwrap_or_default();
    let (browser, set_cookie) = app.ui_sessions().login.browser(headers);
    let csrf = app.ui_sessions().login.token(&browser, LOGIN_PURPOSE);
    let form = if passwords {
        format!(
            r#"<p class="muted">{or}Sign in with a user of the KMS realm (the demo prints them).</p>
{error}
<form method="post" action="/ui/login">
<input type="hidden" name="csrf" value="{csrf}">
<label for="username">User name</label>
<input type="text" id="username" name="username" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>"#,
            or = if identity_server { "Or: " } else { "" },
            csrf = escape(&csrf),
        )
    } else {
        error
    };
    let sso = if identity_server {
        "<p><a href=\"/ui/oidc/start\" id=\"sso\"><button type=\"button\">Sign in with cu identity</button></a></p>"
    } else {
        ""
    };
    let mut r = page(
        status,
        "KMS console",
        &format!("<h1>cu KMS console</h1>\n{sso}\n{form}"),
    );
    r.headers_mut().append(header::SET_COOKIE, set_cookie);
    r
}

fn header_bar(identity: &Identity, csrf: &str) -> String {
    format!(
        r#"<p class="muted">Signed in as <strong>{}</strong> · tenant <code>{}</code> ·
<form class="inline" method="post" action="/ui/logout"><input type="hidden" name="csrf" value="{}"><button class="secondary" type="submit">Sign out</button></form></p>"#,
        escape(&identity.name),
        escape(&identity.tenant),
        escape(csrf)
    )
}

async fn blocking(f: impl FnOnce() -> Response + Send + 'static) -> Response {
    tokio::task::spawn_blocking(f).await.unwrap_or_else(|_| {
        page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Error",
            "<p class=\"error\">The server failed.</p>",
        )
    })
}

pub async fn index(State(app): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    blocking(move || {
        let Current {
            identity, csrf, ..
        } = match signed_in(&app, &headers) {
            Ok(Some(c)) => c,
            Ok(None) => return login_page(&app, &headers, None),
            Err(r) => return *r,
        };
        let listing = app.with_store(&identity.tenant, |store| Ok(store.list_keys()?));
        let keys = match (require(&identity, "kms:keys:read", None), listing) {
            (Err(_), _) => "<p class=\"error\">You may not list keys (no kms:keys:read scope).</p>".to_string(),
            (Ok(()), Err(p)) => format!("<p class=\"error\">{}</p>", escape(&p.detail)),
            (Ok(()), Ok(keys)) if keys.is_empty() => "<p>No keys yet: create one below.</p>".to_string(),
            (Ok(()), Ok(keys)) => {
                let rows: String = keys
                    .iter()
                    .map(|k| {
                        format!(
                            "<tr><td><a href=\"/ui/keys/{n}\">{n}</a></td><td>{}</td><td>v{}</td><td>{}</td><td>{}</td></tr>",
                            escape(&k.key_type),
                            k.primary_version,
                            k.versions.len(),
                            escape(&k.operations.join(", ")),
                            n = escape(&k.name)
                        )
                    })
                    .collect();
                format!("<table><tr><th>Key</th><th>Type</th><th>Primary</th><th>Versions</th><th>Can</th></tr>{rows}</table><p class=\"muted\">Open a key to encrypt, decrypt, sign, verify or rotate.</p>")
            }
        };
        let options: String = KeyType::ALL
            .iter()
            .map(|t| format!("<option value=\"{0}\">{0}</option>", t.as_str()))
            .collect();
        wide(
            "Keys",
            &format!(
                r#"<h1>Keys</h1>{}{keys}
<h2>Create a key</h2>
<form method="post" action="/ui/keys">
<input type="hidden" name="csrf" value="{}">
<label for="name">Name</label><input type="text" id="name" name="name" required pattern="[A-Za-z0-9_-][A-Za-z0-9._-]{{0,63}}">
<label for="type">Type</label><select id="type" name="type">{options}</select>
<button type="submit">Create</button>
</form>"#,
                header_bar(&identity, &csrf),
                escape(&csrf)
            ),
        )
    })
    .await
}

pub async fn login(
    State(app): State<Arc<AppState>>,
    Peer(client): Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    blocking(move || {
        let f = form(&body);
        if !app.auth().accepts(Way::Password) {
            app.metrics().auth_failure("unsupported");
            return login_page_status(
                &app,
                &headers,
                StatusCode::FORBIDDEN,
                Some("This server does not accept passwords; sign in with the identity server."),
            );
        }
        // Login CSRF: the token must be the one this browser's own sign-in page carried.
        let given = f.get("csrf").map(String::as_str).unwrap_or("");
        if !app
            .ui_sessions()
            .login
            .check(&headers, LOGIN_PURPOSE, given)
        {
            return login_page_status(
                &app,
                &headers,
                StatusCode::BAD_REQUEST,
                Some("This form has expired or was not opened here; sign in again."),
            );
        }
        let user = f.get("username").cloned().unwrap_or_default();
        let password = zeroize::Zeroizing::new(f.get("password").cloned().unwrap_or_default());
        let identity = match app
            .auth()
            .verify_password(&user, password.as_bytes(), client)
        {
            Ok(identity) => identity,
            Err(p) if p.status == StatusCode::FORBIDDEN => {
                return login_page_status(&app, &headers, StatusCode::FORBIDDEN, Some(&p.detail))
            }
            // Refused by the lockout before the password was checked.
            Err(p) if p.status == StatusCode::TOO_MANY_REQUESTS => {
                let mut r = login_page_status(
                    &app,
                    &headers,
                    StatusCode::TOO_MANY_REQUESTS,
                    Some(&format!("Not signed in: {}.", p.detail)),
                );
                if let Some(s) = p.retry_after {
                    r.headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from(s));
                }
                return r;
            }
            Err(p) if p.status == StatusCode::SERVICE_UNAVAILABLE => {
                return login_page_status(
                    &app,
                    &headers,
                    StatusCode::SERVICE_UNAVAILABLE,
                    Some(
                        "Not signed in: the user directory cannot be read; try again in a moment.",
                    ),
                )
            }
            Err(_) => {
                return login_page(&app, &headers, Some("The user name or password is wrong."))
            }
        };
        let Some(id) = app.ui_sessions().create(identity, SESSION_TTL, None) else {
            return no_randomness();
        };
        signed_in_at(&id, SESSION_TTL)
    })
    .await
}

/// Off to the keys with a new session cookie.
fn signed_in_at(id: &str, lifetime: Duration) -> Response {
    let mut r = see_other("/ui/");
    r.headers_mut().insert(
        header::SET_COOKIE,
        cookies::host(COOKIE, id, lifetime.min(SESSION_TTL).as_secs()),
    );
    r
}

/// A refusal (rate limit, identity server unavailable, …) as a page, with its Retry-After.
fn refusal(p: &Problem) -> Response {
    let mut r = page(
        p.status,
        "Refused",
        &format!(
            "<p class=\"error\">{}</p><p><a href=\"/ui/\">Back to the keys</a></p>",
            escape(&p.detail)
        ),
    );
    if let Some(s) = p.retry_after {
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(s));
    }
    r
}

/// A console request's session names its principal for the access log and the audit trail
/// (as authentication does for an API request).
pub async fn note_session(
    axum::extract::State(app): axum::extract::State<Arc<AppState>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if let Some(note) = request.extensions().get::<crate::server::log::Note>() {
        if let Some(current) = app.ui_sessions().get(request.headers()) {
            let auth = if current.token.is_some() {
                "session_token"
            } else {
                "session"
            };
            note.who(&current.identity.tenant, &current.identity.name, auth);
        }
    }
    next.run(request).await
}

/// The request's session, if any, authorised as an API call would be (see [`authorised`]).
fn signed_in(app: &AppState, headers: &HeaderMap) -> Result<Option<Current>, Box<Response>> {
    let Some(current) = app.ui_sessions().get(headers) else {
        return Ok(None);
    };
    authorised(app, headers, &current, false)?;
    Ok(Some(current))
}

/// What the API does for each request, for a console session: an identity-server token is
/// checked again through the same verifier (`sensitive`: the action reveals data or changes
/// keys, so `introspection: when: sensitive` asks the identity server; the verifier caches, so
/// the rest costs a hash), and a revoked or expired one ends the session; then one request is
/// charged to the credential's rate limit.
fn authorised(
    app: &AppState,
    headers: &HeaderMap,
    current: &Current,
    sensitive: bool,
) -> Result<(), Box<Response>> {
    if let Some(token) = &current.token {
        match app.auth().verify_token(token, sensitive) {
            Ok(_) => {}
            Err(p) if p.status == StatusCode::UNAUTHORIZED => {
                app.ui_sessions().end(&current.id);
                let mut r = login_page_status(
                    app,
                    headers,
                    StatusCode::UNAUTHORIZED,
                    Some(&format!(
                        "Your sign-in at the identity server has ended ({}); sign in again.",
                        p.detail
                    )),
                );
                r.headers_mut()
                    .append(header::SET_COOKIE, cookies::clear_host(COOKIE));
                return Err(Box::new(r));
            }
            Err(p) => return Err(Box::new(refusal(&p))),
        }
    }
    app.auth()
        .charge(&current.identity)
        .map_err(|p| Box::new(refusal(&p)))
}

/// A session and a matching CSRF token, or the login page.
fn with_form_token(
    app: &AppState,
    headers: &HeaderMap,
    f: &HashMap<String, String>,
) -> Result<Current, Box<Response>> {
    let Some(current) = app.ui_sessions().get(headers) else {
        return Err(Box::new(login_page(
            app,
            headers,
            Some("Your session has ended; sign in again."),
        )));
    };
    let given = f.get("csrf").map(String::as_str).unwrap_or("");
    if !crate::kms::crypto::equal(given.as_bytes(), current.csrf.as_bytes()) {
        return Err(Box::new(page(
            StatusCode::BAD_REQUEST,
            "Expired form",
            "<p class=\"error\">This form has expired. <a href=\"/ui/\">Start again</a>.</p>",
        )));
    }
    Ok(current)
}

/// A form of a signed-in session with its CSRF token, authorised as an API call would be
/// (see [`authorised`]).
fn checked(
    app: &AppState,
    headers: &HeaderMap,
    f: &HashMap<String, String>,
    sensitive: bool,
) -> Result<Current, Box<Response>> {
    let current = with_form_token(app, headers, f)?;
    authorised(app, headers, &current, sensitive)?;
    Ok(current)
}

pub async fn logout(State(app): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    blocking(move || {
        let f = form(&body);
        if let Ok(current) = with_form_token(&app, &headers, &f) {
            app.ui_sessions().end(&current.id);
        }
        let mut r = see_other("/ui/");
        r.headers_mut()
            .insert(header::SET_COOKIE, cookies::clear_host(COOKIE));
        r
    })
    .await
}

pub async fn create(State(app): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    blocking(move || {
        let f = form(&body);
        let identity = match checked(&app, &headers, &f, true) {
            Ok(c) => c.identity,
            Err(r) => return *r,
        };
        let name = f.get("name").cloned().unwrap_or_default();
        let t = KeyType::ALL
            .into_iter()
            .find(|t| Some(t.as_str()) == f.get("type").map(String::as_str));
        let result = require(&identity, "kms:keys:write", Some((&name, "write")))
            .and_then(|()| crate::kms::http::api::passport_owned(&name, "kms:keys:write"))
            .and_then(|()| {
                let t = t.ok_or_else(|| Problem::bad_request("unknown key type"))?;
                app.with_store(&identity.tenant, |store| {
                    Ok(store.create_key(&name, t, None, crate::server::http::unix_now())?)
                })
            });
        match result {
            Ok(_) => see_other(&format!(
                "/ui/keys/{}",
                form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>()
            )),
            Err(p) => wide(
                "Not created",
                &format!(
                    "<p class=\"error\">{}</p><p><a href=\"/ui/\">Back to the keys</a></p>",
                    escape(&p.detail)
                ),
            ),
        }
    })
    .await
}

fn key_page(
    app: &AppState,
    identity: &Identity,
    csrf: &str,
    name: &str,
    result: Option<(&str, String)>,
) -> Response {
    let info = require(identity, "kms:keys:read", Some((name, "read")))
        .and_then(|()| app.with_store(&identity.tenant, |store| Ok(store.key_info(name)?)));
    let info = match info {
        Ok(i) => i,
        Err(p) => {
            return wide(
                "Key",
                &format!(
                    "{}<p class=\"error\">{}</p><p><a href=\"/ui/\">Back to the keys</a></p>",
                    header_bar(identity, csrf),
                    escape(&p.detail)
                ),
            )
        }
    };
    let versions: String = info
        .versions
        .iter()
        .map(|v| {
            format!(
                "<tr><td>v{}</td><td>{}</td><td>{}</td></tr>",
                v.version,
                escape(&v.state),
                if v.version == info.primary_version {
                    "primary"
                } else {
                    ""
                }
            )
        })
        .collect();
    let result = result
        .map(|(label, value)| {
            format!(
                "<h2>{}</h2><p class=\"result\" id=\"result\">{}</p>",
                escape(label),
                escape(&value)
            )
        })
        .unwrap_or_default();
    let n = escape(name);
    let c = escape(csrf);
    let form_for = |op: &str, label: &str, field: &str, hint: &str| {
        format!(
            r#"<form method="post" action="/ui/keys/{n}/{op}"><input type="hidden" name="csrf" value="{c}"><label for="{op}-{field}">{label}</label><textarea id="{op}-{field}" name="{field}" rows="3" placeholder="{hint}" required></textarea><button type="submit">{label}</button></form>"#
        )
    };
    let mut forms = String::new();
    if info.operations.iter().any(|o| o == "encrypt") {
        forms.push_str(&form_for("encrypt", "Encrypt", "text", "a text to encrypt"));
        forms.push_str(&form_for(
            "decrypt",
            "Decrypt",
            "ciphertext",
            "a ciphertext from Encrypt",
        ));
    }
    if info.operations.iter().any(|o| o == "sign") {
        forms.push_str(&form_for("sign", "Sign", "text", "a text to sign"));
        forms.push_str(&form_for(
            "verify",
            "Verify",
            "jws",
            "a signature (JWS) from Sign",
        ));
    }
    wide(
        name,
        &format!(
            r#"<p><a href="/ui/">← All keys</a></p><h1>{n}</h1>{}
<p>Type <code>{}</code> · primary version v{}</p>
<table><tr><th>Version</th><th>State</th><th></th></tr>{versions}</table>
<form method="post" action="/ui/keys/{n}/rotate"><input type="hidden" name="csrf" value="{c}"><button type="submit">Rotate: make a new primary version</button></form>
{result}{forms}"#,
            header_bar(identity, csrf),
            escape(&info.key_type),
            info.primary_version
        ),
    )
}

pub async fn show(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    UrlPath(name): UrlPath<String>,
) -> Response {
    blocking(move || match signed_in(&app, &headers) {
        Ok(Some(c)) => key_page(&app, &c.identity, &c.csrf, &name, None),
        Ok(None) => login_page(&app, &headers, None),
        Err(r) => *r,
    })
    .await
}

pub async fn act(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    UrlPath((name, action)): UrlPath<(String, String)>,
    body: Bytes,
) -> Response {
    blocking(move || {
        let f = form(&body);
        // As in the API: what reveals data or changes keys is sensitive.
        let sensitive = matches!(action.as_str(), "decrypt" | "sign" | "rotate");
        let Current { identity, csrf, .. } = match checked(&app, &headers, &f, sensitive) {
            Ok(c) => c,
            Err(r) => return *r,
        };
        let text = |k: &str| f.get(k).cloned().unwrap_or_default();
        let (scope, op) = match action.as_str() {
            "encrypt" => ("kms:encrypt", "encrypt"),
            "decrypt" => ("kms:decrypt", "decrypt"),
            "sign" => ("kms:sign", "sign"),
            "verify" => ("kms:verify", "verify"),
            "rotate" => ("kms:keys:write", "write"),
            _ => {
                return page(
                    StatusCode::NOT_FOUND,
                    "Not found",
                    "<p class=\"error\">No such action.</p>",
                )
            }
        };
        let outcome = require(&identity, scope, Some((&name, op)))
            .and_then(|()| crate::kms::http::api::passport_owned(&name, scope))
            .and_then(|()| {
                app.with_store(&identity.tenant, |store| {
                    Ok(match action.as_str() {
                        "encrypt" => (
                            "Ciphertext",
                            ops::encrypt(store, &name, text("text").as_bytes(), None)?,
                        ),
                        "decrypt" => {
                            let token = text("ciphertext");
                            if ops::ciphertext_key(&token)? != name {
                                return Err(Problem::bad_request(
                                    "this ciphertext belongs to another key",
                                ));
                            }
                            let (pt, kid) = ops::decrypt(store, &token, None)?;
                            (
                                "Plaintext",
                                format!("{} (decrypted with {kid})", String::from_utf8_lossy(&pt)),
                            )
                        }
                        "sign" => {
                            let (jws, _) = ops::sign(store, &name, text("text").as_bytes(), false)?;
                            (
                                "Signature (JWS)",
                                String::from_utf8_lossy(&jws).into_owned(),
                            )
                        }
                        "verify" => {
                            let (payload, kid) = ops::verify_jws(store, &name, text("jws").trim())?;
                            (
                                "Valid signature",
                                format!("signed by {kid}: {}", String::from_utf8_lossy(&payload)),
                            )
                        }
                        _ => {
                            let info = store.rotate_key(&name, crate::server::http::unix_now())?;
                            (
                                "Rotated",
                                format!(
                                    "{} is now v{}; older versions still decrypt and verify",
                                    name, info.primary_version
                                ),
                            )
                        }
                    })
                })
            });
        match outcome {
            Ok((label, value)) => key_page(&app, &identity, &csrf, &name, Some((label, value))),
            Err(p) => key_page(
                &app,
                &identity,
                &csrf,
                &name,
                Some(("That did not work", format!("{} ({})", p.detail, p.code))),
            ),
        }
    })
    .await
}

/// Start signing in at the identity server: authorization code with PKCE S256 and a nonce,
/// all three tied to this browser by a short-lived `__Host-` cookie.
/// Anyone may start one: at most `SIGN_INS_PER_ADDRESS` are kept per client address (IPv6
/// by /64) and `SIGN_INS_TOTAL` in all, each for `SIGN_IN_TTL`; beyond that 429 with
/// Retry-After.
pub async fn oidc_start(State(app): State<Arc<AppState>>, Peer(client): Peer) -> Response {
    let Some(oidc) = app.console_oidc() else {
        return see_other("/ui/");
    };
    if !app.auth().accepts(Way::Federation) {
        return see_other("/ui/");
    }
    let (Some(browser), Some(state), Some(nonce), Some(v1), Some(v2)) = (
        random_token(),
        random_token(),
        random_token(),
        random_token(),
        random_token(),
    ) else {
        return no_randomness();
    };
    let verifier = format!("{v1}{v2}");
    let challenge = {
        use sha2::Digest;
        b64::encode(sha2::Sha256::digest(verifier.as_bytes()))
    };
    let kept = app
        .ui_sessions()
        .pending
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(
            digest(&browser),
            SignIn {
                state: state.clone(),
                verifier,
                nonce: nonce.clone(),
                started: Instant::now(),
                group: Group::of(client),
            },
        );
    if let Err(wait) = kept {
        app.metrics().auth_failure("sign_ins_pending");
        let mut r = page(
            StatusCode::TOO_MANY_REQUESTS,
            "Too many sign-ins",
            "<p class=\"error\">Too many sign-ins were started from this address and not finished; try again later.</p>",
        );
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(wait));
        return r;
    }
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("response_type", "code"),
            ("client_id", oidc.client_id.as_str()),
            ("redirect_uri", oidc.redirect_uri.as_str()),
            (
                "scope",
                "openid kms:keys:read kms:keys:write kms:encrypt kms:decrypt kms:sign kms:verify",
            ),
            ("state", state.as_str()),
            ("nonce", nonce.as_str()),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
        ])
        .finish();
    let mut r = see_other(&format!("{}/oauth2/v1/authorize?{query}", oidc.issuer));
    r.headers_mut().append(
        header::SET_COOKIE,
        cookies::host(SIGN_IN_COOKIE, &browser, SIGN_IN_TTL.as_secs()),
    );
    r
}

/// Back from the identity server. Only the browser that started the sign-in may finish it
/// (its cookie finds the record, `state` must match), the response must name our issuer
/// (RFC 9207), the code is exchanged with the PKCE verifier, the ID token must carry the
/// nonce, and the access token goes through the same policy as any bearer token.
pub async fn oidc_callback(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let mut r = oidc_finish(&app, &headers, query).await;
    // The sign-in record is used up either way.
    r.headers_mut()
        .append(header::SET_COOKIE, cookies::clear_host(SIGN_IN_COOKIE));
    r
}

async fn oidc_finish(app: &Arc<AppState>, headers: &HeaderMap, query: Option<String>) -> Response {
    let refused = |m: &str| login_page_status(app, headers, StatusCode::BAD_REQUEST, Some(m));
    let Some(oidc) = app.console_oidc() else {
        return see_other("/ui/");
    };
    if !app.auth().accepts(Way::Federation) {
        return refused("This server does not accept sign-ins through the identity server.");
    }
    let params: HashMap<String, String> = form(query.unwrap_or_default().as_bytes());
    let sign_in = cookies::get(headers, SIGN_IN_COOKIE).and_then(|c| {
        app.ui_sessions()
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take(&digest(&c))
    });
    let state = params.get("state").map(String::as_str).unwrap_or("");
    let Some(sign_in) = sign_in.filter(|s| {
        s.started.elapsed() < SIGN_IN_TTL
            && crate::kms::crypto::equal(s.state.as_bytes(), state.as_bytes())
    }) else {
        return refused(
            "This sign-in was not started in this browser, or took too long; try again.",
        );
    };
    if params.get("iss").map(String::as_str) != Some(oidc.issuer.as_str()) {
        return refused("The answer did not come from the configured identity server.");
    }
    if let Some(e) = params.get("error") {
        return refused(&format!("The identity server said: {e}"));
    }
    let Some(code) = params.get("code") else {
        return refused("The identity server sent no code.");
    };
    let answer = oidc
        .http
        .post(format!("{}/oauth2/v1/token", oidc.issuer))
        .form(&[
            ("grant_type", "authorization_code"),
            ("client_id", oidc.client_id.as_str()),
            ("code", code.as_str()),
            ("redirect_uri", oidc.redirect_uri.as_str()),
            ("code_verifier", sign_in.verifier.as_str()),
        ])
        .send()
        .await;
    let tokens = match answer {
        Ok(r) => r.json::<serde_json::Value>().await.ok(),
        Err(_) => None,
    };
    let (Some(token), Some(id_token)) = (
        tokens.as_ref().and_then(|v| v["access_token"].as_str()),
        tokens.as_ref().and_then(|v| v["id_token"].as_str()),
    ) else {
        return refused("The identity server did not give the tokens.");
    };
    let (token, id_token) = (token.to_string(), id_token.to_string());
    let kept = token.clone();
    let app2 = app.clone();
    let identity = tokio::task::spawn_blocking(move || {
        let oidc = app2
            .console_oidc()
            .ok_or_else(|| Problem::not_found("no console sign-in"))?;
        let claims = oidc
            .verifier
            .verify_id_token(&id_token, &oidc.client_id, &sign_in.nonce)?;
        let identity = app2.auth().verify_token(&token, true)?;
        if claims["sub"] != identity.name.as_str() {
            return Err(Problem::bad_request(
                "the ID token and the access token name different users",
            ));
        }
        Ok(identity)
    })
    .await;
    match identity {
        Ok(Ok(identity)) => {
            // The session ends when the access token does; sensitive actions check it again.
            let lifetime = token_lifetime(&kept);
            match app.ui_sessions().create(identity, lifetime, Some(kept)) {
                Some(id) => signed_in_at(&id, lifetime),
                None => no_randomness(),
            }
        }
        Ok(Err(p)) => refused(&p.detail),
        Err(_) => refused("The sign-in failed inside the server."),
    }
}

/// How long a (verified) JWT access token has left, from its `exp`; `SESSION_TTL` for an
/// opaque token, which is checked again by introspection before sensitive actions.
fn token_lifetime(token: &str) -> Duration {
    let exp = token
        .split('.')
        .nth(1)
        .and_then(|claims| b64::decode(claims, "the token's claims").ok())
        .and_then(|claims| serde_json::from_slice::<serde_json::Value>(&claims).ok())
        .and_then(|claims| claims["exp"].as_i64());
    match exp {
        Some(exp) => Duration::from_secs(
            u64::try_from(exp.saturating_sub(crate::server::http::unix_now())).unwrap_or(0),
        ),
        None => SESSION_TTL,
    }
}

/// `/ui` → `/ui/`.
pub(crate) fn redirect() -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        axum::http::StatusCode::MOVED_PERMANENTLY,
        [(axum::http::header::LOCATION, "/ui/")],
    )
        .into_response()
}
