//! Cross-site attacks on the HTML sign-in pages of both servers, each reproduced against real
//! running servers with simulated browsers (one cookie jar each) and shown refused: the console
//! callback opened in another browser, a callback with a foreign `iss`, login CSRF on the
//! console and on the identity server, and the console's password form under a policy
//! without the realm.

mod common;

use common::servers::{run_ok, Agent, Answer, Server, Setup, TENANT_A};

on_both_stores!(
    a_callback_from_another_browsers_sign_in_is_refused,
    a_callback_with_a_wrong_iss_is_refused,
    a_cross_site_login_post_to_the_console_is_refused,
    a_cross_site_login_post_to_the_identity_server_is_refused,
    the_console_password_form_is_refused_under_federation_only,
    the_console_federation_sign_in_is_refused_under_file_only,
);

const EVIL: &str = "https://evil.example";
const SESSION: &str = "__Host-cu_kms_console";

/// An identity server and a KMS whose console signs in through it.
struct Console {
    setup: Setup,
    identity: Server,
    kms: Server,
}

fn console(setup: Setup, auth_order: &str) -> Console {
    let d = setup.dir.path();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let redirect = format!("https://127.0.0.1:{port}/ui/callback");
    let mut args = vec![
        "-q",
        "identity",
        "client",
        "create",
        "kms-console",
        "--public",
        "--state",
        "identity.db",
        "--tenant",
        TENANT_A,
        "--redirect-uri",
        &redirect,
    ];
    for s in [
        "openid",
        "kms:keys:read",
        "kms:keys:write",
        "kms:encrypt",
        "kms:decrypt",
        "kms:sign",
        "kms:verify",
    ] {
        args.extend(["--scope", s]);
    }
    run_ok(d, &args, None);
    run_ok(
        d,
        &[
            "-q",
            "identity",
            "client",
            "create",
            "web-app",
            "--public",
            "--state",
            "identity.db",
            "--tenant",
            TENANT_A,
            "--redirect-uri",
            "http://127.0.0.1:9/callback",
            "--scope",
            "openid",
        ],
        None,
    );
    setup.identity_config("cu-identity.yaml");
    let identity = setup.start_identity("cu-identity.yaml");
    std::fs::write(
        setup.path("kms-console.yaml"),
        format!(
            "{}\nlisten: {{public: \"127.0.0.1:{port}\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: realm.yml\nfederation: {{issuer: \"{}\", ca: ca/root.pem}}\nconsole: {{client_id: kms-console, redirect_uri: \"{redirect}\"}}\n{auth_order}",
            setup.store_line(),
            identity.public
        ),
    )
    .unwrap();
    let kms = setup.start("kms-console.yaml");
    Console {
        setup,
        identity,
        kms,
    }
}

impl Console {
    fn browser(&self) -> Agent {
        Agent::new(&self.setup.path("ca/root.pem"))
    }

    /// `browser` starts a console sign-in and signs in at the identity server as `user`; the
    /// callback URL the identity server sends it back to (not opened).
    fn sign_in_until_callback(&self, browser: &Agent, user: &str) -> String {
        let start = browser.get(&format!("{}/ui/oidc/start", self.kms.public));
        assert_eq!(start.status, 303, "{}", start.body);
        assert!(
            start.location.starts_with(&self.identity.public),
            "{}",
            start.location
        );
        let login = browser.get(&start.location);
        assert_eq!(login.status, 200, "{}", login.body);
        let consent = browser.log_in(&self.identity.public, &login, user);
        assert_eq!(consent.status, 200, "{}", consent.body);
        let back = browser.approve(&self.identity.public, &consent);
        assert_eq!(back.status, 303, "{}", back.body);
        assert!(back.location.contains("/ui/callback?"), "{}", back.location);
        back.location
    }

    /// Who the console says `browser` is signed in as, if anyone.
    fn signed_in_as(&self, browser: &Agent) -> Option<String> {
        let page = browser.get(&format!("{}/ui/", self.kms.public));
        let at = page.body.find("Signed in as <strong>")? + "Signed in as <strong>".len();
        let len = page.body[at..].find('<')?;
        Some(page.body[at..at + len].to_string())
    }
}

fn refused_without_session(answer: &Answer, what: &str) {
    assert!(
        !answer.sets(SESSION) && !answer.sets("__Host-cu_session"),
        "{what} opened a session: {:?}",
        answer.set_cookies
    );
    assert_ne!(
        answer.status, 303,
        "{what} was let through: {}",
        answer.location
    );
}

/// RFC 9700 §4.7.1: a callback link produced by the attacker's own sign-in, opened in the
/// victim's browser, must not sign the victim in as the attacker.
fn a_callback_from_another_browsers_sign_in_is_refused(setup: Setup) {
    let c = console(setup, "");
    let attacker = c.browser();
    // The attacker has an account of the application's tenant (else it could not sign in).
    let link = c.sign_in_until_callback(&attacker, "app-a");
    let victim = c.browser();
    let opened = victim.get(&link);
    refused_without_session(&opened, "the attacker's callback in the victim's browser");
    assert_eq!(c.signed_in_as(&victim), None);
    // The same flow in one browser signs in.
    let me = c.browser();
    let link = c.sign_in_until_callback(&me, "admin-a");
    let back = me.get(&link);
    assert_eq!(back.status, 303, "{}", back.body);
    assert!(back.sets(SESSION), "{:?}", back.set_cookies);
    assert_eq!(c.signed_in_as(&me).as_deref(), Some("admin-a"));
    // The sign-in cookie is a short-lived __Host- cookie.
    let start = c.browser().get(&format!("{}/ui/oidc/start", c.kms.public));
    let cookie = start
        .set_cookies
        .iter()
        .find(|s| s.starts_with("__Host-"))
        .unwrap_or_else(|| panic!("no __Host- cookie: {:?}", start.set_cookies));
    for flag in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/;", "Max-Age="] {
        assert!(format!("{cookie};").contains(flag), "{cookie}");
    }
    // A replayed callback does not sign in a second time.
    let again = me.get(&link);
    refused_without_session(&again, "a replayed callback");
}

/// RFC 9207: an authorization response naming another issuer is refused (mix-up).
fn a_callback_with_a_wrong_iss_is_refused(setup: Setup) {
    let c = console(setup, "");
    let browser = c.browser();
    let meta = browser.get(&format!(
        "{}/.well-known/openid-configuration",
        c.identity.public
    ));
    let meta: serde_json::Value = serde_json::from_str(&meta.body).unwrap();
    assert_eq!(meta["authorization_response_iss_parameter_supported"], true);
    let link = c.sign_in_until_callback(&browser, "admin-a");
    let iss = form_urlencoded::byte_serialize(c.identity.public.as_bytes()).collect::<String>();
    assert!(link.contains(&format!("iss={iss}")), "{link}");
    let forged = link.replace(
        &format!("iss={iss}"),
        &format!(
            "iss={}",
            form_urlencoded::byte_serialize(EVIL.as_bytes()).collect::<String>()
        ),
    );
    let opened = browser.get(&forged);
    refused_without_session(&opened, "a callback from another issuer");
    assert_eq!(c.signed_in_as(&browser), None);
}

/// Login CSRF on the console: a cross-site form POST with the attacker's password.
fn a_cross_site_login_post_to_the_console_is_refused(setup: Setup) {
    let c = console(setup, "");
    let url = format!("{}/ui/login", c.kms.public);
    let creds = [("username", "admin-b"), ("password", "pw-admin-b")];
    let victim = c.browser();
    let posted = victim.post(&url, &creds, &[("origin", EVIL)]);
    refused_without_session(&posted, "a POST with Origin evil.example");
    assert_eq!(posted.status, 403, "{}", posted.body);
    let posted = victim.post(&url, &creds, &[("sec-fetch-site", "cross-site")]);
    refused_without_session(&posted, "a POST with Sec-Fetch-Site: cross-site");
    // Without Origin (an old browser): the attacker's own form token is bound to the
    // attacker's browser, not the victim's.
    let attacker = c.browser();
    let token = attacker
        .get(&format!("{}/ui/", c.kms.public))
        .hidden("csrf");
    let posted = victim.post(&url, &[creds[0], creds[1], ("csrf", &token)], &[]);
    refused_without_session(&posted, "a POST with another browser's token");
    assert_eq!(c.signed_in_as(&victim), None);
    // The console's own form signs in.
    let page = victim.get(&format!("{}/ui/", c.kms.public));
    let posted = victim.post(
        &url,
        &[
            ("username", "admin-a"),
            ("password", "pw-admin-a"),
            ("csrf", &page.hidden("csrf")),
        ],
        &[("origin", &c.kms.public), ("sec-fetch-site", "same-origin")],
    );
    assert_eq!(posted.status, 303, "{}", posted.body);
    assert_eq!(c.signed_in_as(&victim).as_deref(), Some("admin-a"));
}

/// Login CSRF on the identity server: the attacker opens a sign-in page, then has the victim's
/// browser post it with the attacker's password.
fn a_cross_site_login_post_to_the_identity_server_is_refused(setup: Setup) {
    let c = console(setup, "");
    let attacker = c.browser();
    let authorize = format!(
        "{}/oauth2/v1/authorize?response_type=code&client_id=web-app&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback&scope=openid&state=s1&code_challenge={}&code_challenge_method=S256",
        c.identity.public,
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuZGJlsdpQq"
    );
    let login = attacker.get(&authorize);
    assert_eq!(login.status, 200, "{}", login.body);
    let (request, csrf) = (login.hidden("request"), login.hidden("csrf"));
    let form = [
        ("request", request.as_str()),
        ("csrf", csrf.as_str()),
        ("username", "app-a"),
        ("password", "pw-app-a"),
    ];
    let url = format!("{}/oauth2/v1/login", c.identity.public);
    let victim = c.browser();
    let posted = victim.post(&url, &form, &[("origin", EVIL)]);
    refused_without_session(&posted, "a POST with Origin evil.example");
    assert_eq!(posted.status, 403, "{}", posted.body);
    let posted = victim.post(&url, &form, &[("sec-fetch-site", "cross-site")]);
    refused_without_session(&posted, "a POST with Sec-Fetch-Site: cross-site");
    let posted = victim.post(&url, &form, &[]);
    refused_without_session(&posted, "a POST of another browser's sign-in page");
    // The attacker's own browser still signs in with that page.
    let own = attacker.post(&url, &form, &[("origin", &c.identity.public)]);
    assert_eq!(own.status, 200, "{}", own.body);
    assert!(own.sets("__Host-cu_session"), "{:?}", own.set_cookies);
}

/// With `auth_order: [federation]` the console neither shows nor accepts realm passwords.
fn the_console_password_form_is_refused_under_federation_only(setup: Setup) {
    let c = console(setup, "auth_order: [federation]\n");
    let browser = c.browser();
    let page = browser.get(&format!("{}/ui/", c.kms.public));
    assert!(!page.body.contains("action=\"/ui/login\""), "{}", page.body);
    assert!(page.body.contains("/ui/oidc/start"), "{}", page.body);
    let csrf = page
        .body
        .contains("name=\"csrf\"")
        .then(|| page.hidden("csrf"));
    let posted = browser.post(
        &format!("{}/ui/login", c.kms.public),
        &[
            ("username", "admin-a"),
            ("password", "pw-admin-a"),
            ("csrf", csrf.as_deref().unwrap_or("")),
        ],
        &[("origin", &c.kms.public)],
    );
    refused_without_session(&posted, "a realm password under auth_order [federation]");
    assert!(
        posted.body.contains("does not accept passwords"),
        "{}",
        posted.body
    );
    assert_eq!(c.signed_in_as(&browser), None);
    // Federation still signs in.
    let link = c.sign_in_until_callback(&browser, "admin-a");
    assert_eq!(browser.get(&link).status, 303);
    assert_eq!(c.signed_in_as(&browser).as_deref(), Some("admin-a"));
}

/// With `auth_order: [file]` the console's identity-server sign-in is neither shown nor served.
fn the_console_federation_sign_in_is_refused_under_file_only(setup: Setup) {
    let c = console(setup, "auth_order: [file]\n");
    let browser = c.browser();
    let page = browser.get(&format!("{}/ui/", c.kms.public));
    assert!(page.body.contains("action=\"/ui/login\""), "{}", page.body);
    assert!(!page.body.contains("/ui/oidc/start"), "{}", page.body);
    let start = browser.get(&format!("{}/ui/oidc/start", c.kms.public));
    assert!(
        !start.location.starts_with(&c.identity.public),
        "federation sign-in started: {}",
        start.location
    );
}
