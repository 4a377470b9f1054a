//! The identity server's findings of the issue 14 review, one test each, over real HTTPS
//! against `cu identity serve`: each failed on the build before its fix.

mod common;

use common::servers::{run_ok, Agent, Server, Setup, TENANT_A};
use serde_json::Value;

on_both_stores!(
    a_signing_key_made_anew_is_not_signed_with_from_a_stale_cache,
    concurrent_refresh_replays_leave_no_live_refresh_token,
    a_client_that_proves_its_secret_is_served_from_a_locked_address,
);

const REDIRECT: &str = "http://127.0.0.1:9/callback";

struct Env {
    setup: Setup,
    identity: Server,
    http: reqwest::blocking::Client,
}

/// An identity server (with `extra` config lines) and a confidential code-flow client
/// (`web-conf`), a service client (`svc-a`) and a resource server (`rs`).
fn env(extra: &str) -> Env {
    env_on(Setup::new(), extra)
}

fn env_on(setup: Setup, extra: &str) -> Env {
    setup.identity_client(
        "web-conf",
        &[
            "--redirect-uri",
            REDIRECT,
            "--secret-out",
            "web-conf.secret",
        ],
    );
    setup.identity_client("svc-a", &["--secret-out", "svc-a.secret"]);
    setup.identity_client("rs", &["--resource-server", "--secret-out", "rs.secret"]);
    setup.identity_config("cu-identity.yaml");
    let mut config = std::fs::read_to_string(setup.path("cu-identity.yaml")).unwrap();
    config.push_str(extra);
    std::fs::write(setup.path("cu-identity.yaml"), config).unwrap();
    let identity = setup.start_identity("cu-identity.yaml");
    let http = identity.client(false);
    Env {
        setup,
        identity,
        http,
    }
}

impl Env {
    fn secret(&self, client: &str) -> String {
        std::fs::read_to_string(self.setup.path(&format!("{client}.secret")))
            .unwrap()
            .trim()
            .to_string()
    }

    /// POST a form with client_secret_basic as `client`.
    fn post(&self, path: &str, client: &str, form: &[(&str, &str)]) -> (u16, Value) {
        let response = self
            .http
            .post(format!("{}{path}", self.identity.public))
            .basic_auth(client, Some(self.secret(client)))
            .form(form)
            .send()
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().unwrap_or(Value::Null))
    }

    fn refresh(&self, token: &str) -> (u16, Value) {
        self.post(
            "/oauth2/v1/token",
            "web-conf",
            &[("grant_type", "refresh_token"), ("refresh_token", token)],
        )
    }

    /// Whether the resource server `rs` finds `token` active.
    fn active(&self, token: &str) -> bool {
        let (status, v) = self.post("/oauth2/v1/introspect", "rs", &[("token", token)]);
        assert_eq!(status, 200, "{v}");
        v["active"] == true
    }

    fn client_credentials(&self) -> (u16, Value) {
        self.post(
            "/oauth2/v1/token",
            "svc-a",
            &[("grant_type", "client_credentials")],
        )
    }

    /// Sign in as admin-a in `browser` and exchange the code: web-conf's tokens.
    fn user_tokens(&self, browser: &Agent) -> Value {
        let (code, verifier) = browser.code_flow(
            &self.identity.public,
            "web-conf",
            REDIRECT,
            "openid kms:encrypt",
            "admin-a",
        );
        let (status, tokens) = self.post(
            "/oauth2/v1/token",
            "web-conf",
            &[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", &verifier),
            ],
        );
        assert_eq!(status, 200, "{tokens}");
        tokens
    }
}

/// Finding 11: http redirect URIs only on a loopback host exactly.
#[test]
fn loopback_redirect_uris_are_loopback_hosts() {
    let setup = Setup::new();
    for bad in [
        "http://localhost.evil.example/cb",
        "http://127.0.0.1.evil.example/cb",
        "http://localhost:80@evil.example/cb",
        "http://[::1].evil.example/",
    ] {
        let out = common::servers::cu()
            .current_dir(setup.dir.path())
            .args([
                "identity",
                "client",
                "create",
                "bad",
                "--public",
                "--state",
                "identity.db",
                "--tenant",
                TENANT_A,
                "--redirect-uri",
                bad,
            ])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{bad} was accepted: {stderr}");
        assert!(
            stderr.contains(bad) && stderr.contains("loopback"),
            "{bad}: {stderr}"
        );
    }
    for (i, good) in [
        "http://localhost:8080/cb",
        "http://127.0.0.1/cb",
        "http://[::1]:9?x=1",
        "http://localhost",
    ]
    .iter()
    .enumerate()
    {
        setup.identity_client(&format!("good-{i}"), &["--public", "--redirect-uri", good]);
    }
}

/// Finding 12: the signing key deleted in the key store and made anew (v1 again, another
/// seed) while the server runs: the server signs with the new seed under its kid, which the
/// JWKS publishes, and not with a cached copy of the deleted one.
fn a_signing_key_made_anew_is_not_signed_with_from_a_stale_cache(setup: Setup) {
    let e = env_on(setup, "");
    let (status, before) = e.client_credentials();
    assert_eq!(status, 200, "{before}");
    let before = before["access_token"].as_str().unwrap().to_string();
    assert!(e.active(&before));
    run_ok(
        e.setup.dir.path(),
        &[
            "-q",
            "kms",
            "key",
            "delete",
            "identity.signing",
            "--force",
            "--unseal-file",
            "identity-unseal.key",
        ]
        .iter()
        .copied()
        .chain(e.setup.identity_keys_args().iter().map(String::as_str))
        .collect::<Vec<_>>(),
        None,
    );
    let (status, after) = e.client_credentials();
    assert_eq!(status, 200, "{after}");
    let after = after["access_token"].as_str().unwrap().to_string();
    let kid = |t: &str| cu::identity::jwt::kid_of(t).unwrap();
    assert!(kid(&after).starts_with("v1-"), "{}", kid(&after));
    assert_ne!(kid(&before), kid(&after), "the deleted key still signs");
    let jwks: Value = e
        .http
        .get(format!("{}/oauth2/v1/jwks", e.identity.public))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let kids: Vec<&str> = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap())
        .collect();
    assert_eq!(kids, vec![kid(&after).as_str()], "{jwks}");
    assert!(e.active(&after), "a token of the new key does not verify");
    assert!(!e.active(&before), "a token of the deleted key verifies");
}

/// Finding 6: one refresh token replayed by many requests at once. One of them redeems it,
/// the others find it used and revoke the family; whatever the order, no refresh token issued
/// in the race is live afterwards (before the fix, a replay that revoked the family between
/// the winner's redemption and its new token missed that token).
fn concurrent_refresh_replays_leave_no_live_refresh_token(setup: Setup) {
    const ROUNDS: usize = 30;
    const AT_ONCE: usize = 8;
    let e = env_on(setup, "");
    let browser = Agent::new(&e.setup.path("ca/root.pem"));
    // One connection per racer, opened before the race.
    let clients: Vec<reqwest::blocking::Client> =
        (0..AT_ONCE).map(|_| e.identity.client(false)).collect();
    let secret = e.secret("web-conf");
    for round in 0..ROUNDS {
        let tokens = e.user_tokens(&browser);
        let first = tokens["refresh_token"].as_str().unwrap().to_string();
        for c in &clients {
            c.get(format!("{}/oauth2/v1/jwks", e.identity.public))
                .send()
                .unwrap();
        }
        let barrier = std::sync::Barrier::new(AT_ONCE);
        let answers: Vec<(u16, Value)> = std::thread::scope(|scope| {
            let racers: Vec<_> = clients
                .iter()
                .map(|c| {
                    let (barrier, first, secret) = (&barrier, &first, &secret);
                    let url = format!("{}/oauth2/v1/token", e.identity.public);
                    scope.spawn(move || {
                        barrier.wait();
                        let r = c
                            .post(url)
                            .basic_auth("web-conf", Some(secret))
                            .form(&[("grant_type", "refresh_token"), ("refresh_token", first)])
                            .send()
                            .unwrap();
                        let status = r.status().as_u16();
                        (status, r.json().unwrap_or(Value::Null))
                    })
                })
                .collect();
            racers.into_iter().map(|r| r.join().unwrap()).collect()
        });
        let won: Vec<&Value> = answers
            .iter()
            .filter(|(s, _)| *s == 200)
            .map(|(_, v)| v)
            .collect();
        assert!(won.len() <= 1, "round {round}: {answers:?}");
        for (status, v) in &answers {
            assert!(
                *status == 200 || (*status == 400 && v["error"] == "invalid_grant"),
                "round {round}: {status} {v}"
            );
        }
        for v in won {
            let next = v["refresh_token"].as_str().unwrap();
            assert!(
                !e.active(next),
                "round {round}: the refresh token issued in the race is active"
            );
            let (status, again) = e.refresh(next);
            assert_eq!(
                (status, again["error"].as_str()),
                (400, Some("invalid_grant")),
                "round {round}: the refresh token issued in the race still redeems: {again}"
            );
            assert!(!e.active(v["access_token"].as_str().unwrap()));
        }
        assert!(!e.active(tokens["access_token"].as_str().unwrap()));
    }
}

/// Finding 10: the session cookie is `__Host-` (Secure, Path=/, no Domain), so no sibling host
/// and no other service on this host name can plant one; a cookie under the old name is not
/// a session.
#[test]
fn the_session_cookie_is_host_only() {
    let e = env("");
    let browser = Agent::new(&e.setup.path("ca/root.pem"));
    let issuer = &e.identity.public;
    let (_, challenge) = common::servers::pkce();
    let pairs = [
        ("client_id", "web-conf"),
        ("redirect_uri", REDIRECT),
        ("scope", "openid"),
        ("state", "s1"),
    ];
    let login = browser.authorize(issuer, &challenge, &pairs);
    let consent = browser.log_in(issuer, &login, "admin-a");
    assert_eq!(consent.status, 200, "{}", consent.body);
    let set = consent
        .set_cookies
        .iter()
        .find(|c| c.starts_with("__Host-cu_session="))
        .unwrap_or_else(|| panic!("no __Host-cu_session in {:?}", consent.set_cookies));
    let attributes: Vec<String> = set
        .split(';')
        .skip(1)
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    for wanted in ["secure", "path=/", "httponly"] {
        assert!(attributes.iter().any(|a| a == wanted), "{set}");
    }
    assert!(!attributes.iter().any(|a| a.starts_with("domain")), "{set}");
    assert!(!consent.sets("cu_session"), "{:?}", consent.set_cookies);
    // The session works under its name: the next authorization goes straight to consent.
    let again = browser.authorize(issuer, &challenge, &pairs);
    assert!(again.body.contains("Allow access"), "{}", again.body);
    // The same value under the old name (what a sibling host could set) is no session.
    let value = browser.cookie("__Host-cu_session").unwrap();
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("response_type", "code"),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
        ])
        .extend_pairs(pairs)
        .finish();
    let planted = e
        .http
        .get(format!("{issuer}/oauth2/v1/authorize?{query}"))
        .header("cookie", format!("cu_session={value}"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(planted.contains("Sign in</h1>"), "{planted}");
    // Signing out clears it.
    let out = browser.post(
        &format!("{issuer}/oauth2/v1/logout"),
        &[],
        &[("origin", issuer)],
    );
    assert!(
        out.set_cookies
            .iter()
            .any(|c| c.starts_with("__Host-cu_session=;") && c.contains("Max-Age=0")),
        "{:?}",
        out.set_cookies
    );
}

/// Finding 18: `basic` and `BEARER` are the same schemes as `Basic` and `Bearer`.
#[test]
fn authorization_schemes_are_case_insensitive() {
    let e = env("");
    let credentials = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(format!("svc-a:{}", e.secret("svc-a")))
    };
    let issuer = &e.identity.public;
    let r = e
        .http
        .post(format!("{issuer}/oauth2/v1/token"))
        .header("authorization", format!("basic {credentials}"))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "{}", r.text().unwrap());
    let browser = Agent::new(&e.setup.path("ca/root.pem"));
    let tokens = e.user_tokens(&browser);
    let r = e
        .http
        .get(format!("{issuer}/oidc/v1/userinfo"))
        .header(
            "authorization",
            format!("BEARER {}", tokens["access_token"].as_str().unwrap()),
        )
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let v: Value = r.json().unwrap();
    assert_eq!(v["sub"], "admin-a", "{v}");
}

/// Finding 5: wrong passwords at the login form lock the address (shared by a NAT, or by
/// every process of `cu demo`); a client that proves its secret from there is still served,
/// while nothing unproved is, and a wrong secret still answers 429.
fn a_client_that_proves_its_secret_is_served_from_a_locked_address(setup: Setup) {
    let e = env_on(
        setup,
        "lockout: {address_failures: 3, address_lockout_seconds: 300}\n",
    );
    let browser = Agent::new(&e.setup.path("ca/root.pem"));
    let issuer = &e.identity.public;
    let (_, challenge) = common::servers::pkce();
    let login = browser.authorize(
        issuer,
        &challenge,
        &[
            ("client_id", "web-conf"),
            ("redirect_uri", REDIRECT),
            ("scope", "openid"),
            ("state", "s1"),
        ],
    );
    let post = |user: &str, password: &str| {
        browser.post(
            &format!("{issuer}/oauth2/v1/login"),
            &[
                ("request", &login.hidden("request")),
                ("csrf", &login.hidden("csrf")),
                ("username", user),
                ("password", password),
            ],
            &[("origin", issuer)],
        )
    };
    for i in 0..3 {
        let wrong = post(&format!("nobody-{i}"), "guess");
        assert_eq!(wrong.status, 200, "{}", wrong.body);
    }
    let locked = post("admin-a", "pw-admin-a");
    assert_eq!(
        locked.status, 429,
        "the address is not locked: {}",
        locked.body
    );
    // The right client secret from the locked address: a token, and introspection.
    let (status, v) = e.client_credentials();
    assert_eq!(status, 200, "{v}");
    let token = v["access_token"].as_str().unwrap().to_string();
    assert!(e.active(&token));
    // A wrong secret, or none, is still refused before anything is checked.
    let wrong = e
        .http
        .post(format!("{issuer}/oauth2/v1/token"))
        .basic_auth("svc-a", Some("guess"))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 429);
    assert!(wrong.headers().contains_key("retry-after"));
    let none = e
        .http
        .post(format!("{issuer}/oauth2/v1/introspect"))
        .form(&[("token", token.as_str())])
        .send()
        .unwrap();
    assert_eq!(none.status().as_u16(), 429);
    // Sign-ins stay locked.
    assert_eq!(post("admin-a", "pw-admin-a").status, 429);
}

/// Finding 13: a flood of `/authorize` from many addresses, each holding as many pending
/// sign-ins as it may (32), fills the table (10,000); the user who opened a sign-in page
/// before it can still sign in, because the fullest address loses its oldest request first.
#[test]
fn a_flood_of_sign_ins_from_many_addresses_forgets_its_own_first() {
    const ADDRESSES: usize = 320;
    const EACH: usize = 32;
    let e = env("");
    let browser = Agent::new(&e.setup.path("ca/root.pem"));
    let issuer = &e.identity.public;
    let (_, challenge) = common::servers::pkce();
    let pairs = [
        ("client_id", "web-conf"),
        ("redirect_uri", REDIRECT),
        ("scope", "openid"),
        ("state", "s1"),
    ];
    let login = browser.authorize(issuer, &challenge, &pairs);
    assert_eq!(login.status, 200, "{}", login.body);
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("response_type", "code"),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
        ])
        .extend_pairs(pairs)
        .finish();
    let url = format!("{issuer}/oauth2/v1/authorize?{query}");
    let roots =
        cu::pki::pem::only_certificates(&std::fs::read(&e.identity.root).unwrap(), "ca").unwrap();
    let tls = cu::pki::tls::client_config(&roots, None).unwrap();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if n >= ADDRESSES {
                    break;
                }
                let from = std::net::IpAddr::from([127, 1, (n / 250) as u8, (n % 250 + 1) as u8]);
                let client = reqwest::blocking::Client::builder()
                    .use_preconfigured_tls((*tls).clone())
                    .local_address(from)
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .unwrap();
                for _ in 0..EACH {
                    let r = client.get(&url).send().unwrap();
                    assert_eq!(r.status().as_u16(), 200, "from {from}");
                }
            });
        }
    });
    let consent = browser.log_in(issuer, &login, "admin-a");
    assert_eq!(consent.status, 200, "{}", consent.body);
    assert!(consent.body.contains("Allow access"), "{}", consent.body);
}
