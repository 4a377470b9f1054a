//! The browser half of the identity server: `/oauth2/v1/authorize` (authorization code with
//! PKCE S256 required, exact redirect-URI match, `state` and `nonce`), the login and consent
//! pages (server-rendered HTML that works without JavaScript, CSRF tokens bound to the pending
//! request and to the browser that opened it, cross-site POSTs refused, a
//! `__Host-cu_session` cookie, `Secure; HttpOnly; SameSite=Lax`), logout and userinfo.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{RawQuery, State as AxumState};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use crate::identity::http::api::AppState;
use crate::identity::pending::{self, AddressKey};
use crate::identity::state::{session_tag, Grant, Session};
use crate::server::auth::password::Refused;
use crate::server::auth::realm::grants;
use crate::server::http::{unix_now, Peer};
use crate::server::log::Note;
use crate::server::pages::{cookies, escape, page};

/// `__Host-`: the browser takes it only `Secure`, with `Path=/` and no `Domain`, so neither a
/// sibling host nor another service on this host name (cookies ignore ports) can plant a
/// session of its own (login CSRF by cookie tossing).
const SESSION_COOKIE: &str = "__Host-cu_session";
/// How long a sign-in page stays usable.
pub const PENDING_TTL: i64 = 600;
const CODE_TTL: i64 = 60;

fn error_page(status: StatusCode, message: &str) -> Response {
    page(
        status,
        "Cannot continue",
        &format!(
            "<h1>This sign-in link cannot be used</h1><p class=\"error\">{}</p><p class=\"muted\">Go back to the application and start signing in again.</p>",
            escape(message)
        ),
    )
}

fn login_page(request_id: &str, csrf: &str, client: &str, error: Option<&str>) -> Response {
    login_page_status(StatusCode::OK, request_id, csrf, client, error)
}

fn login_page_status(
    status: StatusCode,
    request_id: &str,
    csrf: &str,
    client: &str,
    error: Option<&str>,
) -> Response {
    let error = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{}</p>", escape(e)))
        .unwrap_or_default();
    page(
        status,
        "Sign in",
        &format!(
            r#"<h1>Sign in</h1>
<p class="muted"><code>{client}</code> asks you to sign in.</p>
{error}
<form method="post" action="/oauth2/v1/login">
<input type="hidden" name="request" value="{request}">
<input type="hidden" name="csrf" value="{csrf}">
<label for="username">User name</label>
<input type="text" id="username" name="username" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>"#,
            client = escape(client),
            request = escape(request_id),
            csrf = escape(csrf),
        ),
    )
}

fn consent_page(
    request_id: &str,
    csrf: &str,
    client: &str,
    user: &str,
    scopes: &[String],
) -> Response {
    let list: String = if scopes.is_empty() {
        "<li>no particular access</li>".into()
    } else {
        scopes
            .iter()
            .map(|s| format!("<li><code>{}</code></li>", escape(s)))
            .collect()
    };
    page(
        StatusCode::OK,
        "Allow access",
        &format!(
            r#"<h1>Allow access?</h1>
<p>Signed in as <strong>{user}</strong>.</p>
<p><code>{client}</code> asks for:</p>
<ul>{list}</ul>
<form method="post" action="/oauth2/v1/consent">
<input type="hidden" name="request" value="{request}">
<input type="hidden" name="csrf" value="{csrf}">
<button type="submit" name="decision" value="approve">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
</form>
<p class="muted">Not you? <a href="/oauth2/v1/logout">Sign out</a>.</p>"#,
            user = escape(user),
            client = escape(client),
            request = escape(request_id),
            csrf = escape(csrf),
        ),
    )
}

fn redirect(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn with_query(uri: &str, pairs: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    let sep = if uri.contains('?') { '&' } else { '?' };
    format!("{uri}{sep}{}", s.finish())
}

/// Parameters with no repeats (RFC 6749 §3.1).
fn params(raw: &[u8]) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for (k, v) in form_urlencoded::parse(raw) {
        if out.insert(k.to_string(), v.to_string()).is_some() {
            return Err(format!("parameter `{k}` appears twice"));
        }
    }
    Ok(out)
}

fn cookie(headers: &HeaderMap) -> Option<String> {
    cookies::get(headers, SESSION_COOKIE)
}

fn session_of(app: &AppState, headers: &HeaderMap) -> Option<Session> {
    let id = cookie(headers)?;
    app.state().session(&id, unix_now()).ok().flatten()
}

/// The scopes a user may hand to a client: what the client asked for (already checked against
/// its registration), less KMS scopes the user's own realm entry does not grant.
fn grantable(requested: &[String], user_scopes: &[String]) -> Vec<String> {
    requested
        .iter()
        .filter(|s| !s.starts_with("kms:") || user_scopes.iter().any(|u| grants(u, s)))
        .cloned()
        .collect()
}

/// The page for a state that failed: 503 (with Retry-After) while its database is away,
/// else 500.
fn state_error_page(e: &crate::identity::IdentityError) -> Response {
    use crate::identity::Reason;
    if matches!(e.reason, Reason::Unavailable | Reason::DiskFull) {
        let mut r = error_page(
            StatusCode::SERVICE_UNAVAILABLE,
            "the sign-in service cannot reach its storage right now; try again in a moment",
        );
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        r
    } else {
        error_page(StatusCode::INTERNAL_SERVER_ERROR, "the server failed")
    }
}

async fn blocking_page(f: impl FnOnce() -> Response + Send + 'static) -> Response {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|_| error_page(StatusCode::INTERNAL_SERVER_ERROR, "the server failed"))
}

pub async fn authorize(
    AxumState(app): AxumState<Arc<AppState>>,
    Peer(peer): Peer,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    blocking_page(move || {
        let p = match params(query.unwrap_or_default().as_bytes()) {
            Ok(p) => p,
            Err(e) => return error_page(StatusCode::BAD_REQUEST, &e),
        };
        let get = |k: &str| p.get(k).map(String::as_str);
        // Until the client and redirect URI are known good, errors are shown here, never sent
        // to a URI nobody registered.
        let Some(client_id) = get("client_id") else {
            return error_page(StatusCode::BAD_REQUEST, "the request names no client_id");
        };
        let client = match app.state().client(client_id) {
            Ok(c) => c,
            Err(_) => {
                return error_page(
                    StatusCode::BAD_REQUEST,
                    "the application is not registered here",
                )
            }
        };
        let Some(redirect_uri) = get("redirect_uri") else {
            return error_page(StatusCode::BAD_REQUEST, "the request names no redirect_uri");
        };
        if !client.redirect_uris.iter().any(|r| r == redirect_uri) {
            return error_page(
                StatusCode::BAD_REQUEST,
                "the redirect_uri is not one this application registered",
            );
        }
        let state = get("state").unwrap_or("");
        let back = |error: &str, description: &str| {
            redirect(&with_query(
                redirect_uri,
                &[
                    ("error", error),
                    ("error_description", description),
                    ("state", state),
                    ("iss", app.issuer()),
                ],
            ))
        };
        if get("response_type") != Some("code") {
            return back(
                "unsupported_response_type",
                "only response_type=code is served",
            );
        }
        let challenge = get("code_challenge").unwrap_or("");
        if get("code_challenge_method") != Some("S256")
            || challenge.len() != 43
            || !challenge
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return back(
                "invalid_request",
                "PKCE is required: code_challenge with code_challenge_method=S256",
            );
        }
        let requested: Vec<String> = get("scope")
            .unwrap_or("")
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if let Some(s) = requested.iter().find(|s| !client.scopes.contains(s)) {
            return back(
                "invalid_scope",
                &format!("the application may not ask for {s}"),
            );
        }
        let now = unix_now();
        // OIDC Core §3.1.2.1: `prompt` and `max_age` say how fresh the sign-in must be.
        let prompt: Vec<&str> = get("prompt").unwrap_or("").split(' ').filter(|s| !s.is_empty()).collect();
        if let Some(p) = prompt
            .iter()
            .find(|p| !matches!(**p, "none" | "login" | "consent" | "select_account"))
        {
            return back("invalid_request", &format!("prompt={p} is not a prompt value"));
        }
        if prompt.contains(&"none") && prompt.len() > 1 {
            return back("invalid_request", "prompt=none cannot be combined with other values");
        }
        let max_age = match get("max_age") {
            None => None,
            Some(m) => match m.parse::<u32>() {
                Ok(m) => Some(i64::from(m)),
                Err(_) => return back("invalid_request", "max_age is not a number of seconds"),
            },
        };
        // A sign-in older than this does not count for this request.
        let fresh_after = if prompt.contains(&"login") {
            now
        } else {
            max_age.map_or(i64::MIN, |m| now - m)
        };
        let session = session_of(&app, &headers);
        let usable = session.as_ref().filter(|s| s.auth_time >= fresh_after);
        if prompt.contains(&"none") {
            // No page may be shown, and consent is asked every time.
            return match usable {
                None => back("login_required", "the user is not signed in"),
                Some(s) if s.tenant != client.tenant => {
                    back("login_required", "the signed-in user is not of this application's tenant")
                }
                Some(_) => back("consent_required", "the user has to approve this application"),
            };
        }
        let request = json!({
            "client_id": client.client_id,
            "tenant": client.tenant,
            "redirect_uri": redirect_uri,
            "state": state,
            "nonce": get("nonce"),
            "code_challenge": challenge,
            "scopes": requested,
            "fresh_after": fresh_after,
        });
        let (id, csrf) = match app.pending().save(request.to_string(), AddressKey::of(peer), now) {
            Ok(Ok(x)) => x,
            Ok(Err(pending::Refused::TooMany)) => {
                let mut r = error_page(
                    StatusCode::TOO_MANY_REQUESTS,
                    "Too many sign-ins are in progress from your address. Finish one, or try again in a few minutes.",
                );
                r.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(PENDING_TTL as u64));
                return r;
            }
            Err(e) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.message),
        };
        // The form's token binds the pending request to this browser's pre-session cookie:
        // a page the attacker opened cannot be posted from the victim's browser.
        let (browser, set_cookie) = app.csrf().browser(&headers);
        let csrf = app.csrf().token(&browser, &purpose(&id, &csrf));
        let mut response = match usable {
            Some(session) if session.tenant == client.tenant => consent_page(
                &id,
                &csrf,
                &client.client_id,
                &session.user,
                &grantable(&requested, &session.scopes),
            ),
            Some(_) => login_page(
                &id,
                &csrf,
                &client.client_id,
                Some("You are signed in with an account of another tenant. Sign in with an account of this application's tenant."),
            ),
            None => login_page(&id, &csrf, &client.client_id, None),
        };
        response
            .headers_mut()
            .append(header::SET_COOKIE, set_cookie);
        response
    })
    .await
}

/// What a pending request's form token is bound to, with the browser's cookie.
fn purpose(id: &str, pending_csrf: &str) -> String {
    format!("identity-form.{id}.{pending_csrf}")
}

/// The pending request a form refers to, if its CSRF token matches the request and this
/// browser.
fn pending_from(
    app: &AppState,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<(String, String, Value), Box<Response>> {
    let id = form.get("request").cloned().unwrap_or_default();
    let csrf = form.get("csrf").cloned().unwrap_or_default();
    let stale = || {
        Box::new(error_page(
            StatusCode::BAD_REQUEST,
            "this page has expired or was not opened from an application",
        ))
    };
    let (request, expected) = app.pending().get(&id, unix_now()).ok_or_else(stale)?;
    if !app.csrf().check(headers, &purpose(&id, &expected), &csrf) {
        return Err(stale());
    }
    let request: Value = serde_json::from_str(&request).map_err(|_| stale())?;
    Ok((id, csrf, request))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

pub async fn login(
    AxumState(app): AxumState<Arc<AppState>>,
    Peer(peer): Peer,
    note: Note,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    blocking_page(move || {
        let form = match params(&body) {
            Ok(f) => f,
            Err(e) => return error_page(StatusCode::BAD_REQUEST, &e),
        };
        let (id, csrf, request) = match pending_from(&app, &headers, &form) {
            Ok(x) => x,
            Err(page) => return *page,
        };
        let client = request["client_id"].as_str().unwrap_or("").to_string();
        note.fact("client_id", &client);
        let user = form.get("username").cloned().unwrap_or_default();
        let password = zeroize::Zeroizing::new(form.get("password").cloned().unwrap_or_default());
        let checked = match app.passwords() {
            Some(p) => p.verify(&user, password.as_bytes(), peer),
            None => Err(Refused::Wrong),
        };
        let identity = match checked {
            Ok(identity) => identity,
            Err(Refused::Wrong) => {
                app.metrics().auth_failure("bad_credentials");
                // Who tried is kept only as an HMAC (a password typed as the name stays out).
                note.decided("denied", "bad_credentials");
                note.sensitive("user", &user);
                // One message whether the name or the password is wrong: no user enumeration.
                return login_page(
                    &id,
                    &csrf,
                    &client,
                    Some("The user name or password is wrong."),
                );
            }
            Err(Refused::Unavailable) => {
                note.decided("error", "the user directory cannot be read");
                return login_page_status(
                    StatusCode::SERVICE_UNAVAILABLE,
                    &id,
                    &csrf,
                    &client,
                    Some("Not signed in: the user directory cannot be read; try again in a moment."),
                );
            }
            // Refused by the lockout before the password was checked.
            Err(Refused::Throttled(r)) => {
                note.decided("denied", &format!("locked out: {}", r.detail()));
                note.sensitive("user", &user);
                let mut page = login_page_status(
                    StatusCode::TOO_MANY_REQUESTS,
                    &id,
                    &csrf,
                    &client,
                    Some(&format!("Not signed in: {}.", r.detail())),
                );
                page.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(r.retry_after));
                return page;
            }
        };
        // The token's tenant is the user's: a user of another tenant than the application's
        // cannot sign in to it (its tokens would reach that other tenant's keys).
        note.who(&identity.tenant, &identity.name, "password");
        if identity.tenant != request["tenant"].as_str().unwrap_or("") {
            app.metrics().auth_failure("wrong_tenant");
            note.decided("denied", "wrong_tenant");
            return login_page(
                &id,
                &csrf,
                &client,
                Some("This account belongs to another tenant than the application; it cannot sign in here."),
            );
        }
        let now = unix_now();
        let session = Session {
            user: identity.name.clone(),
            tenant: identity.tenant.clone(),
            scopes: identity.scopes.clone(),
            auth_time: now,
        };
        let cookie_value = match app.state().create_session(&session, now, app.session_ttl()) {
            Ok(c) => c,
            Err(e) => {
                note.decided("error", "the session could not be stored");
                return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.message);
            }
        };
        note.decided("ok", "signed_in");
        let requested = strings(&request["scopes"]);
        let mut response = consent_page(
            &id,
            &csrf,
            &client,
            &session.user,
            &grantable(&requested, &session.scopes),
        );
        response.headers_mut().insert(
            header::SET_COOKIE,
            cookies::host(
                SESSION_COOKIE,
                &cookie_value,
                u64::try_from(app.session_ttl()).unwrap_or(0),
            ),
        );
        response
    })
    .await
}

pub async fn consent(
    AxumState(app): AxumState<Arc<AppState>>,
    note: Note,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    blocking_page(move || {
        let form = match params(&body) {
            Ok(f) => f,
            Err(e) => return error_page(StatusCode::BAD_REQUEST, &e),
        };
        let (id, _, request) = match pending_from(&app, &headers, &form) {
            Ok(x) => x,
            Err(page) => return *page,
        };
        let Some(session) = session_of(&app, &headers) else {
            return error_page(StatusCode::UNAUTHORIZED, "you are not signed in any more");
        };
        // A consent posted without the fresh sign-in that prompt=login or max_age asked for.
        if session.auth_time < request["fresh_after"].as_i64().unwrap_or(i64::MAX) {
            return error_page(
                StatusCode::UNAUTHORIZED,
                "the application asked for a fresh sign-in; open it again and sign in",
            );
        }
        app.pending().drop_request(&id);
        note.who(&session.tenant, &session.user, "session");
        note.fact("client_id", request["client_id"].as_str().unwrap_or(""));
        let redirect_uri = request["redirect_uri"].as_str().unwrap_or("");
        let state = request["state"].as_str().unwrap_or("");
        if session.tenant != request["tenant"].as_str().unwrap_or("") {
            note.decided("denied", "wrong_tenant");
            return redirect(&with_query(
                redirect_uri,
                &[
                    ("error", "access_denied"),
                    (
                        "error_description",
                        "the signed-in user belongs to another tenant than the application",
                    ),
                    ("state", state),
                    ("iss", app.issuer()),
                ],
            ));
        }
        if form.get("decision").map(String::as_str) != Some("approve") {
            note.decided("refused", "the user said no");
            return redirect(&with_query(
                redirect_uri,
                &[
                    ("error", "access_denied"),
                    ("error_description", "the user said no"),
                    ("state", state),
                    ("iss", app.issuer()),
                ],
            ));
        }
        let grant = Grant {
            client_id: request["client_id"].as_str().unwrap_or("").to_string(),
            user: session.user.clone(),
            tenant: session.tenant.clone(),
            scopes: grantable(&strings(&request["scopes"]), &session.scopes),
            redirect_uri: redirect_uri.to_string(),
            nonce: request["nonce"].as_str().map(str::to_string),
            code_challenge: request["code_challenge"].as_str().unwrap_or("").to_string(),
            auth_time: session.auth_time,
            session: cookie(&headers).map(|c| session_tag(&c)),
        };
        let Some(session_cookie) = cookie(&headers) else {
            return error_page(StatusCode::UNAUTHORIZED, "you are not signed in any more");
        };
        match app
            .state()
            .create_code(&grant, &session_cookie, unix_now(), CODE_TTL)
        {
            Ok(Some(code)) => {
                app.metrics().operation("authorization_code");
                note.decided("ok", "code_issued");
                redirect(&with_query(
                    redirect_uri,
                    &[("code", &code), ("state", state), ("iss", app.issuer())],
                ))
            }
            // Signed out (on this server or another) since the session was read.
            Ok(None) => error_page(StatusCode::UNAUTHORIZED, "you are not signed in any more"),
            Err(e) => state_error_page(&e),
        }
    })
    .await
}

/// GET asks; only a POST signs out. A link or image elsewhere cannot sign anyone out, and a
/// cross-site POST carries no session cookie (SameSite=Lax).
pub async fn logout_page() -> Response {
    page(
        StatusCode::OK,
        "Sign out",
        r#"<h1>Sign out?</h1><p>You will need to sign in again to use the applications that sent you here.</p>
<form method="post" action="/oauth2/v1/logout"><button type="submit">Sign out</button></form>"#,
    )
}

pub async fn logout(AxumState(app): AxumState<Arc<AppState>>, headers: HeaderMap) -> Response {
    blocking_page(move || {
        // Signing out ends the session and revokes what it granted: refresh tokens, and
        // (by their family) access tokens, wherever the KMS checks revocation.
        if let Some(id) = cookie(&headers) {
            // Never "signed out" when the session and its grants may still be live.
            if let Err(e) = app.state().end_session_and_grants(&id, unix_now()) {
                return state_error_page(&e);
            }
        }
        let mut response = page(
            StatusCode::OK,
            "Signed out",
            "<h1>You are signed out</h1><p>You can close this page, or go back to the application to sign in again.</p>",
        );
        response
            .headers_mut()
            .insert(header::SET_COOKIE, cookies::clear_host(SESSION_COOKIE));
        response
    })
    .await
}

/// OpenID Connect userinfo: the signed-in user behind an access token with `openid`.
pub async fn userinfo(AxumState(app): AxumState<Arc<AppState>>, headers: HeaderMap) -> Response {
    let unauthorized = |description: &str| {
        let mut r = (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"error": "invalid_token", "error_description": description})),
        )
            .into_response();
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"cu-identity\", error=\"invalid_token\""),
        );
        r
    };
    let Some(token) = crate::identity::http::authorization(&headers, "Bearer").map(str::to_string)
    else {
        return unauthorized("a bearer token is required");
    };
    let app2 = app.clone();
    let claims = match tokio::task::spawn_blocking(move || app2.active_claims(&token)).await {
        Ok(Ok(c)) => c,
        Ok(Err(e)) => return state_error_page(&e),
        Err(_) => None,
    };
    match claims {
        Some(c)
            if c["scope"]
                .as_str()
                .unwrap_or("")
                .split(' ')
                .any(|s| s == "openid") =>
        {
            axum::Json(json!({
                "sub": c["sub"],
                "preferred_username": c["sub"],
                "tenant_id": c["tenant_id"],
            }))
            .into_response()
        }
        Some(_) => unauthorized("the token was not granted the openid scope"),
        None => unauthorized("the token is not active"),
    }
}
