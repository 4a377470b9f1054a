//! Sign-in sessions at `cu identity serve` and what they grant, over real HTTPS against real
//! running servers: a replayed refresh token or a sign-out revokes the family's refresh and
//! access tokens and the KMS refuses them on the next sensitive operation; a user of another
//! tenant than the application cannot sign in to it; pending sign-ins are bounded per address
//! and never reach the state file; `prompt=none`, `prompt=login` and `max_age` (OIDC Core
//! §3.1.2.1) with `auth_time` in the ID token.

mod common;

use common::servers::{
    b64, pkce, query_param, run_ok, Agent, Answer, Server, Setup, TENANT_A, TENANT_B,
};
use serde_json::{json, Value};

on_both_stores!(
    a_replayed_refresh_token_revokes_the_familys_access_tokens_at_the_kms,
    signing_out_revokes_what_the_session_granted,
    a_user_of_another_tenant_cannot_sign_in_to_the_application,
    prompt_and_max_age_decide_how_fresh_the_sign_in_must_be,
);

const REDIRECT: &str = "http://127.0.0.1:9/callback";

struct Env {
    setup: Setup,
    identity: Server,
    kms: Server,
}

fn public_client(setup: &Setup, id: &str, tenant: &str) {
    run_ok(
        setup.dir.path(),
        &[
            "-q",
            "identity",
            "client",
            "create",
            id,
            "--public",
            "--state",
            "identity.db",
            "--tenant",
            tenant,
            "--redirect-uri",
            REDIRECT,
            "--scope",
            "openid",
            "--scope",
            "kms:encrypt",
            "--scope",
            "kms:decrypt",
        ],
        None,
    );
}

/// An identity server with a public code-flow client per tenant (`web-a`, `web-b`), and a KMS
/// that trusts its tokens and introspects them (as the resource server `kms`) before every
/// sensitive operation.
fn env() -> Env {
    env_on(Setup::new())
}

fn env_on(setup: Setup) -> Env {
    public_client(&setup, "web-a", TENANT_A);
    public_client(&setup, "web-b", TENANT_B);
    run_ok(
        setup.dir.path(),
        &[
            "-q",
            "identity",
            "client",
            "create",
            "kms",
            "--resource-server",
            "--state",
            "identity.db",
            "--tenant",
            TENANT_A,
            "--secret-out",
            "kms.secret",
        ],
        None,
    );
    setup.identity_config("cu-identity.yaml");
    // Refused requests are answered 1 s late by default; the bound on pending sign-ins is
    // tested with 168 refusals in a row.
    let mut config = std::fs::OpenOptions::new()
        .append(true)
        .open(setup.path("cu-identity.yaml"))
        .unwrap();
    std::io::Write::write_all(&mut config, b"limits: {refusal_delay_ms: 10}\n").unwrap();
    let identity = setup.start_identity("cu-identity.yaml");
    setup.config(
        "kms-introspect.yaml",
        "off",
        &format!(
            "federation: {{issuer: \"{}\", ca: ca/root.pem, introspection: {{when: sensitive, client_id: kms, client_secret_file: kms.secret}}}}\n",
            identity.public
        ),
    );
    let kms = setup.start("kms-introspect.yaml");
    kms.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    Env {
        setup,
        identity,
        kms,
    }
}

impl Env {
    fn browser(&self) -> Agent {
        Agent::new(&self.setup.path("ca/root.pem"))
    }

    fn authorize(
        &self,
        browser: &Agent,
        client: &str,
        challenge: &str,
        extra: &[(&str, &str)],
    ) -> Answer {
        let mut pairs = vec![
            ("client_id", client),
            ("redirect_uri", REDIRECT),
            ("scope", "openid kms:encrypt kms:decrypt"),
            ("state", "st-1"),
            ("nonce", "n-1"),
        ];
        pairs.extend_from_slice(extra);
        browser.authorize(&self.identity.public, challenge, &pairs)
    }

    /// Sign in as `user` to `client` in `browser` through the login and consent pages; the
    /// tokens the code is exchanged for.
    fn tokens(&self, browser: &Agent, client: &str, user: &str) -> Value {
        let (verifier, challenge) = pkce();
        let login = self.authorize(browser, client, &challenge, &[]);
        assert_eq!(login.status, 200, "{}", login.body);
        let consent = browser.log_in(&self.identity.public, &login, user);
        assert_eq!(consent.status, 200, "{}", consent.body);
        self.finish(browser, &consent, client, &verifier)
    }

    /// Approve `consent` and exchange the code.
    fn finish(&self, browser: &Agent, consent: &Answer, client: &str, verifier: &str) -> Value {
        let back = browser.approve(&self.identity.public, consent);
        assert_eq!(back.status, 303, "{}", back.body);
        let code = query_param(&back.location, "code")
            .unwrap_or_else(|| panic!("no code in {}", back.location));
        let (status, tokens) = self.token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("client_id", client),
            ("code_verifier", verifier),
        ]);
        assert_eq!(status, 200, "{tokens}");
        tokens
    }

    fn token(&self, form: &[(&str, &str)]) -> (u16, Value) {
        let response = self
            .identity
            .client(false)
            .post(format!("{}/oauth2/v1/token", self.identity.public))
            .form(form)
            .send()
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().unwrap_or(Value::Null))
    }

    fn refresh(&self, client: &str, refresh_token: &Value) -> (u16, Value) {
        self.token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.as_str().unwrap()),
            ("client_id", client),
        ])
    }

    /// Encrypt with `token`, then decrypt (a sensitive operation) with it: the decrypt's
    /// status and body.
    fn decrypt_with(&self, token: &Value) -> (u16, String) {
        let token = token.as_str().unwrap();
        let http = self.kms.client(false);
        let url = |p: &str| format!("{}/service/api/v1{p}", self.kms.public);
        let ct: Value = http
            .post(url("/keys/orders/encrypt"))
            .bearer_auth(token)
            .json(&json!({"plaintext": b64(b"card 4242")}))
            .send()
            .unwrap()
            .json()
            .unwrap();
        // Encrypting is not sensitive; a ciphertext made by the admin is decrypted instead
        // when the token is already refused there.
        let ciphertext = match ct["ciphertext"].as_str() {
            Some(c) => c.to_string(),
            None => self.kms.ok(
                "POST",
                "/keys/orders/encrypt",
                "admin-a",
                Some(json!({"plaintext": b64(b"card 4242")})),
            )["ciphertext"]
                .as_str()
                .unwrap()
                .to_string(),
        };
        let response = http
            .post(url("/decrypt"))
            .bearer_auth(token)
            .json(&json!({"ciphertext": ciphertext}))
            .send()
            .unwrap();
        (response.status().as_u16(), response.text().unwrap())
    }
}

fn refused_as_revoked(answer: (u16, String), what: &str) {
    assert_eq!(answer.0, 401, "{what}: {}", answer.1);
    assert!(answer.1.contains("revoked"), "{what}: {}", answer.1);
}

fn claims(jwt: &Value) -> Value {
    let payload = jwt.as_str().unwrap().split('.').nth(1).unwrap();
    serde_json::from_slice(&cu::jose::b64::decode(payload, "payload").unwrap()).unwrap()
}

/// RFC 9700 §4.14.2: a refresh token used twice was stolen; the whole family is revoked, and
/// the access tokens it issued stop working at the KMS on the next decrypt.
fn a_replayed_refresh_token_revokes_the_familys_access_tokens_at_the_kms(setup: Setup) {
    let e = env_on(setup);
    let browser = e.browser();
    let first = e.tokens(&browser, "web-a", "admin-a");
    assert_eq!(e.decrypt_with(&first["access_token"]).0, 200);
    let (status, second) = e.refresh("web-a", &first["refresh_token"]);
    assert_eq!(status, 200, "{second}");
    assert_eq!(e.decrypt_with(&second["access_token"]).0, 200);
    // The thief replays the first refresh token.
    let (status, replay) = e.refresh("web-a", &first["refresh_token"]);
    assert_eq!(status, 400, "{replay}");
    assert_eq!(replay["error"], "invalid_grant");
    refused_as_revoked(
        e.decrypt_with(&first["access_token"]),
        "the code's access token",
    );
    refused_as_revoked(
        e.decrypt_with(&second["access_token"]),
        "the refreshed access token",
    );
    let (status, later) = e.refresh("web-a", &second["refresh_token"]);
    assert_eq!(
        (status, later["error"].clone()),
        (400, json!("invalid_grant"))
    );
    // Another sign-in's tokens are not touched.
    let other = e.tokens(&e.browser(), "web-a", "admin-a");
    assert_eq!(e.decrypt_with(&other["access_token"]).0, 200);
}

/// Signing out at the identity server revokes what the session granted.
fn signing_out_revokes_what_the_session_granted(setup: Setup) {
    let e = env_on(setup);
    let browser = e.browser();
    let tokens = e.tokens(&browser, "web-a", "admin-a");
    let elsewhere = e.tokens(&e.browser(), "web-a", "admin-a");
    assert_eq!(e.decrypt_with(&tokens["access_token"]).0, 200);
    // A code the session was granted but has not exchanged yet.
    let (verifier, challenge) = pkce();
    let consent = e.authorize(&browser, "web-a", &challenge, &[]);
    let back = browser.approve(&e.identity.public, &consent);
    let pending_code = query_param(&back.location, "code").unwrap();
    let out = browser.post(
        &format!("{}/oauth2/v1/logout", e.identity.public),
        &[],
        &[("origin", &e.identity.public)],
    );
    assert_eq!(out.status, 200, "{}", out.body);
    refused_as_revoked(e.decrypt_with(&tokens["access_token"]), "after sign-out");
    let (status, refreshed) = e.refresh("web-a", &tokens["refresh_token"]);
    assert_eq!(
        (status, refreshed["error"].clone()),
        (400, json!("invalid_grant"))
    );
    let (status, exchanged) = e.token(&[
        ("grant_type", "authorization_code"),
        ("code", &pending_code),
        ("redirect_uri", REDIRECT),
        ("client_id", "web-a"),
        ("code_verifier", &verifier),
    ]);
    assert_eq!(
        (status, exchanged["error"].clone()),
        (400, json!("invalid_grant"))
    );
    // The same user's session in another browser keeps working.
    assert_eq!(e.decrypt_with(&elsewhere["access_token"]).0, 200);
    let (status, _) = e.refresh("web-a", &elsewhere["refresh_token"]);
    assert_eq!(status, 200);
}

/// The token's tenant is the user's: a user of tenant B cannot sign in to tenant A's
/// application, nor use a session made through tenant B's application there.
fn a_user_of_another_tenant_cannot_sign_in_to_the_application(setup: Setup) {
    let e = env_on(setup);
    let browser = e.browser();
    let (_, challenge) = pkce();
    let login = e.authorize(&browser, "web-a", &challenge, &[]);
    let refused = browser.log_in(&e.identity.public, &login, "admin-b");
    assert!(
        !refused.sets("__Host-cu_session"),
        "{:?}",
        refused.set_cookies
    );
    assert!(refused.body.contains("another tenant"), "{}", refused.body);
    assert!(
        refused.body.contains("name=\"password\""),
        "{}",
        refused.body
    );
    // Signed in through tenant B's own application…
    let b = e.tokens(&browser, "web-b", "admin-b");
    assert_eq!(claims(&b["access_token"])["tenant_id"], TENANT_B);
    // …the session is not offered to tenant A's: the login page comes back, not consent.
    let page = e.authorize(&browser, "web-a", &challenge, &[]);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("another tenant"), "{}", page.body);
    assert!(page.body.contains("name=\"password\""), "{}", page.body);
    // Approving that request with the tenant-B session anyway is refused.
    let forced = browser.approve(&e.identity.public, &page);
    assert_eq!(forced.status, 303, "{}", forced.body);
    assert_eq!(
        query_param(&forced.location, "error").as_deref(),
        Some("access_denied")
    );
    assert!(query_param(&forced.location, "code").is_none());
    // A user of the right tenant still signs in to it.
    let a = e.tokens(&e.browser(), "web-a", "admin-a");
    assert_eq!(claims(&a["access_token"])["tenant_id"], TENANT_A);
}

fn state_files(setup: &Setup) -> Vec<(String, u64)> {
    ["identity.db", "identity.db-wal", "identity.db-journal"]
        .iter()
        .map(|f| {
            let len = std::fs::metadata(setup.path(f))
                .map(|m| m.len())
                .unwrap_or(0);
            (f.to_string(), len)
        })
        .collect()
}

/// Unauthenticated `/authorize` requests are kept in memory, at most 32 per address: the 33rd
/// gets 429 with Retry-After, the state file does not grow, and another address is served.
#[test]
fn pending_sign_ins_are_bounded_per_address_and_stay_out_of_the_state_file() {
    let e = env();
    let before = state_files(&e.setup);
    let (verifier, challenge) = pkce();
    let early = e.browser();
    let early_page = e.authorize(&early, "web-a", &challenge, &[]);
    let mut statuses = vec![early_page.status];
    let mut retry_after = None;
    for _ in 1..200 {
        let answer = e.authorize(&e.browser(), "web-a", &challenge, &[]);
        statuses.push(answer.status);
        if answer.status == 429 {
            retry_after = Some(answer.body.clone());
        }
    }
    let served = statuses.iter().filter(|s| **s == 200).count();
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((served, limited), (32, 168), "{statuses:?}");
    assert!(retry_after.unwrap().contains("Too many sign-ins"));
    assert_eq!(
        state_files(&e.setup),
        before,
        "the pending requests reached the state file"
    );
    // Another loopback address still gets its sign-in page.
    let roots =
        cu::pki::pem::only_certificates(&std::fs::read(e.setup.path("ca/root.pem")).unwrap(), "ca")
            .unwrap();
    let other = reqwest::blocking::Client::builder()
        .use_preconfigured_tls((*cu::pki::tls::client_config(&roots, None).unwrap()).clone())
        .local_address("127.0.0.2".parse::<std::net::IpAddr>().unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!(
        "{}/oauth2/v1/authorize?response_type=code&client_id=web-a&redirect_uri={}&scope=openid&code_challenge={challenge}&code_challenge_method=S256",
        e.identity.public,
        form_urlencoded::byte_serialize(REDIRECT.as_bytes()).collect::<String>()
    );
    let response = other.get(&url).send().unwrap();
    assert_eq!(response.status().as_u16(), 200);
    // A sign-in started before the limit still completes.
    let consent = early.log_in(&e.identity.public, &early_page, "admin-a");
    let done = e.finish(&early, &consent, "web-a", &verifier);
    assert!(done["access_token"].is_string());
}

fn redirected_error(answer: &Answer) -> String {
    assert_eq!(answer.status, 303, "{}", answer.body);
    assert!(answer.location.starts_with(REDIRECT), "{}", answer.location);
    assert_eq!(
        query_param(&answer.location, "state").as_deref(),
        Some("st-1")
    );
    assert!(
        query_param(&answer.location, "iss").is_some(),
        "{}",
        answer.location
    );
    query_param(&answer.location, "error").unwrap_or_default()
}

/// OIDC Core §3.1.2.1: `prompt=none` shows no page (login_required without a session,
/// consent_required with one, as consent is asked every time); `prompt=login` and `max_age`
/// force a fresh sign-in, which the consent form cannot skip; `auth_time` is in the ID token.
fn prompt_and_max_age_decide_how_fresh_the_sign_in_must_be(setup: Setup) {
    let e = env_on(setup);
    let browser = e.browser();
    let (verifier, challenge) = pkce();
    let none = e.authorize(&browser, "web-a", &challenge, &[("prompt", "none")]);
    assert_eq!(redirected_error(&none), "login_required");
    let signed_in_at = cu_now();
    let first = e.tokens(&browser, "web-a", "admin-a");
    let auth_time = claims(&first["id_token"])["auth_time"].as_i64().unwrap();
    assert!(auth_time >= signed_in_at - 1, "{auth_time} {signed_in_at}");
    let none = e.authorize(&browser, "web-a", &challenge, &[("prompt", "none")]);
    assert_eq!(redirected_error(&none), "consent_required");
    let bad = e.authorize(&browser, "web-a", &challenge, &[("prompt", "none login")]);
    assert_eq!(redirected_error(&bad), "invalid_request");
    // With the session, a plain request goes straight to consent…
    let plain = e.authorize(&browser, "web-a", &challenge, &[]);
    assert!(plain.body.contains("decision"), "{}", plain.body);
    // …prompt=login asks for the password again, and its form cannot be approved without it.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let again = e.authorize(&browser, "web-a", &challenge, &[("prompt", "login")]);
    assert!(again.body.contains("name=\"password\""), "{}", again.body);
    let skipped = browser.approve(&e.identity.public, &again);
    assert_eq!(skipped.status, 401, "{}", skipped.body);
    assert!(query_param(&skipped.location, "code").is_none());
    let consent = browser.log_in(&e.identity.public, &again, "admin-a");
    let fresh = e.finish(&browser, &consent, "web-a", &verifier);
    let fresh_time = claims(&fresh["id_token"])["auth_time"].as_i64().unwrap();
    assert!(fresh_time > auth_time, "{fresh_time} after {auth_time}");
    // max_age: a sign-in older than it counts as none; a younger one is used.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let old = e.authorize(&browser, "web-a", &challenge, &[("max_age", "1")]);
    assert!(old.body.contains("name=\"password\""), "{}", old.body);
    let recent = e.authorize(&browser, "web-a", &challenge, &[("max_age", "3600")]);
    assert!(recent.body.contains("decision"), "{}", recent.body);
    let bad = e.authorize(&browser, "web-a", &challenge, &[("max_age", "soon")]);
    assert_eq!(redirected_error(&bad), "invalid_request");
}

fn cu_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}
