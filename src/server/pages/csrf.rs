//! Cross-site request forgery, for every HTML form of both servers: form tokens bound to the
//! browser through a pre-session `__Host-` cookie (OWASP's signed double submit), and one
//! `Origin` / `Sec-Fetch-Site` check in front of every state-changing form POST.

use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use crate::server::pages::{cookies, page};

/// How long a pre-session cookie (and so a sign-in form) stays usable.
pub const BROWSER_TTL: u64 = 3600;

/// Form tokens bound to one browser: `token = HMAC(server key, purpose ‖ browser cookie)`.
/// A page an attacker opens in their own browser carries a token for their cookie, which the
/// victim's browser does not send. The key is random per process (a restart asks for a
/// fresh form).
pub struct Binding {
    /// None when the system's random generator failed: then no token is ever accepted.
    key: Option<[u8; 32]>,
    cookie: &'static str,
}

/// A random 256-bit token (unpadded base64url, 43 characters) for session ids, form tokens,
/// OAuth `state` and the like. None when the system's random generator fails: the caller
/// refuses the request rather than hand out a guessable (all-zero) token.
pub fn random_token() -> Option<String> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).ok()?;
    Some(crate::jose::b64::encode(b))
}

/// Whether `v` has the shape [`random_token`] gives.
fn well_formed(v: &str) -> bool {
    v.len() == 43
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl Binding {
    /// `cookie`: the pre-session cookie's name, `__Host-…`, one per application (both servers
    /// may share a host name, and browsers do not separate cookies by port).
    pub fn new(cookie: &'static str) -> Binding {
        let mut key = [0u8; 32];
        let key = getrandom::fill(&mut key).ok().map(|()| key);
        Binding { key, cookie }
    }

    /// The browser's pre-session value (a new one when it sent none or a malformed one) and
    /// the `Set-Cookie` to send with the page (it renews the cookie's lifetime). When no
    /// random value can be made the value is empty and the cookie is removed: such a browser's
    /// forms never check.
    pub fn browser(&self, headers: &HeaderMap) -> (String, HeaderValue) {
        match cookies::get(headers, self.cookie)
            .filter(|v| well_formed(v))
            .or_else(random_token)
        {
            Some(value) => {
                let set = cookies::host(self.cookie, &value, BROWSER_TTL);
                (value, set)
            }
            None => (String::new(), cookies::clear_host(self.cookie)),
        }
    }

    /// The token a form for `purpose` carries in this browser (empty when none can be made).
    pub fn token(&self, browser: &str, purpose: &str) -> String {
        let Some(key) = self.key.as_ref().filter(|_| well_formed(browser)) else {
            return String::new();
        };
        let mut data = Vec::with_capacity(purpose.len() + 1 + browser.len());
        data.extend_from_slice(purpose.as_bytes());
        data.push(0);
        data.extend_from_slice(browser.as_bytes());
        let tag = crate::kms::crypto::hmac(crate::kms::KeyType::HmacSha256, key, &data)
            .unwrap_or_default();
        crate::jose::b64::encode(tag)
    }

    /// Whether `given` is this browser's token for `purpose` (false without the cookie, and
    /// false for every token when no key or token could be made).
    pub fn check(&self, headers: &HeaderMap, purpose: &str, given: &str) -> bool {
        let Some(browser) = cookies::get(headers, self.cookie) else {
            return false;
        };
        let expected = self.token(&browser, purpose);
        !expected.is_empty()
            && !given.is_empty()
            && crate::kms::crypto::equal(expected.as_bytes(), given.as_bytes())
    }
}

/// Why a request is cross-site, if it is: an `Origin` other than this server's own
/// (`https://` + the `Host` it was sent to; `null` included), or `Sec-Fetch-Site: cross-site`.
/// A request with neither header (curl, an old browser) passes here; the form token stops it.
pub fn cross_site(headers: &HeaderMap) -> Option<&'static str> {
    if let Some(origin) = headers.get(header::ORIGIN) {
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
        let own = host.map(|h| format!("https://{h}"));
        let origin = origin.to_str().ok();
        if origin.is_none() || own.is_none() || origin != own.as_deref() {
            return Some("the form was sent from another site (Origin)");
        }
    }
    if headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site"))
    {
        return Some("the form was sent from another site (Sec-Fetch-Site)");
    }
    None
}

/// Middleware for the HTML routes of both servers: a state-changing request from another
/// site gets a 403 page before any handler runs.
pub async fn same_origin(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe {
        if let Some(reason) = cross_site(request.headers()) {
            return page(
                StatusCode::FORBIDDEN,
                "Refused",
                &format!(
                    "<h1>Refused</h1><p class=\"error\">{}. Open the page on this server and send it from there.</p>",
                    crate::server::pages::escape(reason)
                ),
            );
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn origin_and_fetch_site() {
        let own = [
            ("host", "kms.example:8443"),
            ("origin", "https://kms.example:8443"),
        ];
        assert_eq!(cross_site(&headers(&own)), None);
        assert_eq!(cross_site(&headers(&[("host", "kms.example")])), None);
        for bad in [
            &[("host", "kms.example"), ("origin", "https://evil.example")][..],
            &[("host", "kms.example"), ("origin", "null")],
            &[("host", "kms.example"), ("origin", "http://kms.example")],
            &[
                ("host", "kms.example:8443"),
                ("origin", "https://kms.example"),
            ],
            &[("origin", "https://kms.example")],
            &[("host", "kms.example"), ("sec-fetch-site", "cross-site")],
        ] {
            assert!(cross_site(&headers(bad)).is_some(), "{bad:?}");
        }
    }

    #[test]
    fn tokens_are_bound_to_the_browser_and_the_purpose() {
        let b = Binding::new("__Host-test");
        let (mine, _) = b.browser(&HeaderMap::new());
        let token = b.token(&mine, "login");
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("__Host-test={mine}")).unwrap(),
        );
        assert!(b.check(&h, "login", &token));
        assert!(!b.check(&h, "other", &token));
        assert!(!b.check(&HeaderMap::new(), "login", &token));
        let (theirs, _) = b.browser(&HeaderMap::new());
        assert!(!b.check(&h, "login", &b.token(&theirs, "login")));
        assert_eq!(b.browser(&h).0, mine);
    }
}
