//! Findings of the review of issue 14 on the KMS side, each reproduced against real running
//! servers (or the real CLI): a console session made through the identity server ends when
//! the user signs out there; introspection the identity server refuses is "unavailable"
//! (503), not "revoked"; console sign-ins under way are bounded per address; the console
//! charges the per-credential rate limit; a refused JWT is told what the policy takes;
//! `api-key revoke --tenant` keeps to its tenant; the demo tightens a symlinked data dir.

mod common;

use std::path::Path;

use common::servers::{
    b64, cu, pkce, query_param, run_ok, Agent, Answer, Server, Setup, TENANT_A, TENANT_B,
};
use serde_json::{json, Value};

on_both_stores!(
    signing_out_at_the_identity_server_ends_the_console_session,
    refused_introspection_is_unavailable_not_revoked,
    console_sign_ins_under_way_are_bounded_per_address,
    the_console_charges_the_credentials_rate_limit,
    a_jwt_under_an_api_key_only_policy_is_told_what_is_accepted,
    revoking_another_tenants_api_key_is_refused,
);

const SESSION: &str = "__Host-cu_kms_console";
const REDIRECT: &str = "http://127.0.0.1:9/callback";

/// An identity server with the console's public client (`kms-console`), a public code-flow
/// client `web-a`, and the KMS's own resource-server client `kms` (secret in `kms.secret`);
/// a KMS whose console signs in through it and which introspects tokens before sensitive
/// operations with the secret in `secret_file`.
struct Env {
    setup: Setup,
    identity: Server,
    kms: Server,
}

fn env_on(setup: Setup, secret_file: &str, kms_limits: &str) -> Env {
    let d = setup.dir.path();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let console_redirect = format!("https://127.0.0.1:{port}/ui/callback");
    let scopes = [
        "openid",
        "kms:keys:read",
        "kms:keys:write",
        "kms:encrypt",
        "kms:decrypt",
        "kms:sign",
        "kms:verify",
    ];
    for (client, redirect) in [
        ("kms-console", console_redirect.as_str()),
        ("web-a", REDIRECT),
    ] {
        let mut args = vec![
            "-q",
            "identity",
            "client",
            "create",
            client,
            "--public",
            "--state",
            "identity.db",
            "--tenant",
            TENANT_A,
            "--redirect-uri",
            redirect,
        ];
        for s in scopes {
            args.extend(["--scope", s]);
        }
        run_ok(d, &args, None);
    }
    run_ok(
        d,
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
    std::fs::write(setup.path("wrong.secret"), "not-the-kms-secret\n").unwrap();
    setup.identity_config("cu-identity.yaml");
    let mut config = std::fs::OpenOptions::new()
        .append(true)
        .open(setup.path("cu-identity.yaml"))
        .unwrap();
    std::io::Write::write_all(&mut config, b"limits: {refusal_delay_ms: 10}\n").unwrap();
    let identity = setup.start_identity("cu-identity.yaml");
    std::fs::write(
        setup.path("kms-console.yaml"),
        format!(
            "{}\nlisten: {{public: \"127.0.0.1:{port}\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: realm.yml\nfederation: {{issuer: \"{}\", ca: ca/root.pem, introspection: {{when: sensitive, client_id: kms, client_secret_file: {secret_file}}}}}\nconsole: {{client_id: kms-console, redirect_uri: \"{console_redirect}\"}}\nlimits: {{refusal_delay_ms: 10{kms_limits}}}\n",
            setup.store_line(),
            identity.public
        ),
    )
    .unwrap();
    let kms = setup.start("kms-console.yaml");
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

    /// Sign `browser` in to the console through the identity server as `user`: the answer to
    /// the callback.
    fn console_sign_in(&self, browser: &Agent, user: &str) -> Answer {
        let start = browser.get(&format!("{}/ui/oidc/start", self.kms.public));
        assert_eq!(start.status, 303, "{}", start.body);
        let login = browser.get(&start.location);
        assert_eq!(login.status, 200, "{}", login.body);
        let consent = browser.log_in(&self.identity.public, &login, user);
        assert_eq!(consent.status, 200, "{}", consent.body);
        let back = browser.approve(&self.identity.public, &consent);
        assert_eq!(back.status, 303, "{}", back.body);
        browser.get(&back.location)
    }

    /// A console form POST on key `orders` (`action`: encrypt, decrypt, …) with the CSRF
    /// token of the key's page.
    fn console_act(&self, browser: &Agent, action: &str, field: (&str, &str)) -> Answer {
        let page = browser.get(&format!("{}/ui/keys/orders", self.kms.public));
        assert_eq!(page.status, 200, "{}", page.body);
        browser.post(
            &format!("{}/ui/keys/orders/{action}", self.kms.public),
            &[("csrf", &page.hidden("csrf")), field],
            &[("origin", &self.kms.public)],
        )
    }

    /// An access token for `web-a` as `user`, through the login and consent pages.
    fn access_token(&self, user: &str) -> String {
        let browser = self.browser();
        let (verifier, challenge) = pkce();
        let login = browser.authorize(
            &self.identity.public,
            &challenge,
            &[
                ("client_id", "web-a"),
                ("redirect_uri", REDIRECT),
                ("scope", "openid kms:encrypt kms:decrypt"),
                ("state", "st-1"),
                ("nonce", "n-1"),
            ],
        );
        assert_eq!(login.status, 200, "{}", login.body);
        let consent = browser.log_in(&self.identity.public, &login, user);
        let back = browser.approve(&self.identity.public, &consent);
        let code = query_param(&back.location, "code").unwrap();
        let tokens: Value = self
            .identity
            .client(false)
            .post(format!("{}/oauth2/v1/token", self.identity.public))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("client_id", "web-a"),
                ("code_verifier", &verifier),
            ])
            .send()
            .unwrap()
            .json()
            .unwrap();
        tokens["access_token"].as_str().unwrap().to_string()
    }
}

/// The session cookie's Max-Age in a callback's answer.
fn max_age(answer: &Answer) -> u64 {
    let cookie = answer
        .set_cookies
        .iter()
        .find(|c| c.starts_with(&format!("{SESSION}=")))
        .unwrap_or_else(|| panic!("no session cookie: {:?}", answer.set_cookies));
    let at = cookie.find("Max-Age=").unwrap() + "Max-Age=".len();
    cookie[at..]
        .split(';')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// Finding 7: a console session made through the identity server lasts no longer than its
/// access token, and signing out at the identity server ends it at the next sensitive action.
fn signing_out_at_the_identity_server_ends_the_console_session(setup: Setup) {
    let e = env_on(setup, "kms.secret", "");
    let browser = e.browser();
    let back = e.console_sign_in(&browser, "admin-a");
    assert_eq!(back.status, 303, "{}", back.body);
    assert!(back.sets(SESSION), "{:?}", back.set_cookies);
    // The access tokens live 900 s by default: the session no longer than that.
    assert!(max_age(&back) <= 900, "{:?}", back.set_cookies);
    let encrypted = e.console_act(&browser, "encrypt", ("text", "card 4242"));
    assert_eq!(encrypted.status, 200, "{}", encrypted.body);
    let ciphertext = encrypted.body.split("id=\"result\">").nth(1).unwrap();
    let ciphertext = ciphertext[..ciphertext.find('<').unwrap()].to_string();
    let decrypted = e.console_act(&browser, "decrypt", ("ciphertext", &ciphertext));
    assert!(
        decrypted.body.contains("card 4242 (decrypted with"),
        "{}",
        decrypted.body
    );
    // Sign out at the identity server, in the same browser.
    let out = browser.post(
        &format!("{}/oauth2/v1/logout", e.identity.public),
        &[],
        &[("origin", &e.identity.public)],
    );
    assert_eq!(out.status, 200, "{}", out.body);
    let refused = e.console_act(&browser, "decrypt", ("ciphertext", &ciphertext));
    assert_eq!(refused.status, 401, "{}", refused.body);
    assert!(!refused.body.contains("card 4242"), "{}", refused.body);
    assert!(refused.body.contains("sign in again"), "{}", refused.body);
    assert!(refused.body.contains("/ui/oidc/start"), "{}", refused.body);
    // The session is gone: the console asks to sign in.
    let page = browser.get(&format!("{}/ui/", e.kms.public));
    assert!(!page.body.contains("Signed in as"), "{}", page.body);
    assert!(page.body.contains("/ui/oidc/start"), "{}", page.body);
}

/// Finding 5: an identity server that refuses the KMS's introspection (here its client
/// secret is wrong: 401) leaves the KMS unable to check; that is 503 federation_unavailable,
/// never "the token has been revoked".
fn refused_introspection_is_unavailable_not_revoked(setup: Setup) {
    let e = env_on(setup, "wrong.secret", "");
    let token = e.access_token("admin-a");
    let ciphertext = e.kms.ok(
        "POST",
        "/keys/orders/encrypt",
        "admin-a",
        Some(json!({"plaintext": b64(b"card 4242")})),
    )["ciphertext"]
        .as_str()
        .unwrap()
        .to_string();
    let response = e
        .kms
        .client(false)
        .post(format!("{}/service/api/v1/decrypt", e.kms.public))
        .bearer_auth(&token)
        .json(&json!({"ciphertext": ciphertext}))
        .send()
        .unwrap();
    let status = response.status().as_u16();
    let body: Value = response.json().unwrap();
    assert_eq!(status, 503, "{body}");
    assert!(
        body["type"]
            .as_str()
            .unwrap()
            .ends_with("federation_unavailable"),
        "{body}"
    );
    assert!(!body.to_string().contains("revoked"), "{body}");
}

/// A browser-less client from `source`, trusting the test CA, following no redirects.
fn client_from(setup: &Setup, source: &str) -> reqwest::blocking::Client {
    let roots =
        cu::pki::pem::only_certificates(&std::fs::read(setup.path("ca/root.pem")).unwrap(), "ca")
            .unwrap();
    let tls = cu::pki::tls::client_config(&roots, None).unwrap();
    reqwest::blocking::Client::builder()
        .use_preconfigured_tls((*tls).clone())
        .redirect(reqwest::redirect::Policy::none())
        .local_address(source.parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap()
}

/// Finding 2: anyone may start a console sign-in, so the ones under way are bounded per
/// client address: the 33rd from one address is refused with Retry-After, another address
/// is still served.
fn console_sign_ins_under_way_are_bounded_per_address(setup: Setup) {
    let e = env_on(setup, "kms.secret", "");
    let url = format!("{}/ui/oidc/start", e.kms.public);
    let one = client_from(&e.setup, "127.0.0.1");
    for i in 0..32 {
        let r = one.get(&url).send().unwrap();
        assert_eq!(r.status().as_u16(), 303, "sign-in {i}");
    }
    let refused = one.get(&url).send().unwrap();
    assert_eq!(refused.status().as_u16(), 429);
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=600).contains(&wait), "{wait}");
    let other = client_from(&e.setup, "127.0.0.2");
    assert_eq!(other.get(&url).send().unwrap().status().as_u16(), 303);
}

/// Sign in to the console with a realm password.
fn password_sign_in(kms: &Server, browser: &Agent, user: &str) -> Answer {
    let page = browser.get(&format!("{}/ui/", kms.public));
    browser.post(
        &format!("{}/ui/login", kms.public),
        &[
            ("username", user),
            ("password", &format!("pw-{user}")),
            ("csrf", &page.hidden("csrf")),
        ],
        &[("origin", &kms.public)],
    )
}

/// Finding 8: the console draws on the same per-credential rate limit as the API.
fn the_console_charges_the_credentials_rate_limit(setup: Setup) {
    setup.config(
        "slow.yaml",
        "off",
        "limits: {rate_per_second: 0.01, burst: 4, refusal_delay_ms: 10}\n",
    );
    let kms = setup.start("slow.yaml");
    let browser = Agent::new(&setup.path("ca/root.pem"));
    let signed_in = password_sign_in(&kms, &browser, "admin-a");
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    let statuses: Vec<u16> = (0..6)
        .map(|_| browser.get(&format!("{}/ui/", kms.public)).status)
        .collect();
    assert_eq!(statuses, [200, 200, 200, 200, 429, 429]);
    let page = browser.get(&format!("{}/ui/", kms.public));
    assert!(page.body.contains("requests per second"), "{}", page.body);
    // The API's bucket for the same credential is the one the console emptied.
    let api = kms.request("GET", "/keys", Some("admin-a"), None);
    assert_eq!(api.status, 429, "{}", api.body);
}

/// Finding 15: a JWT under a policy without tokens is told what the policy does take.
fn a_jwt_under_an_api_key_only_policy_is_told_what_is_accepted(setup: Setup) {
    setup.config("keys-only.yaml", "off", "auth_order: [api_key]\n");
    let kms = setup.start("keys-only.yaml");
    let r = kms
        .client(false)
        .get(format!("{}/service/api/v1/keys", kms.public))
        .header("authorization", "Bearer eyJhbGciOiJFZERTQSJ9.e30.c2ln")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let body: Value = r.json().unwrap();
    let detail = body["detail"].as_str().unwrap();
    assert!(!detail.contains("Basic"), "{detail}");
    assert!(detail.contains("API keys"), "{detail}");
}

/// `cu --output json kms realm api-key ARGS…` on the setup's store.
fn api_key(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec![
        "--output",
        "json",
        "kms",
        "realm",
        "api-key",
        "--store",
        "kms.db",
        "--unseal-file",
        "unseal.key",
    ];
    all.extend_from_slice(args);
    cu().current_dir(dir)
        .args(common::servers::state_args(dir, &all))
        .output()
        .unwrap()
}

/// Finding 16: `api-key revoke --tenant T` refuses a key of another tenant and leaves it.
fn revoking_another_tenants_api_key_is_refused(setup: Setup) {
    let d = setup.dir.path();
    let created = api_key(
        d,
        &[
            "create",
            "--tenant",
            TENANT_A,
            "--name",
            "ci",
            "--scope",
            "kms:encrypt",
        ],
    );
    assert!(created.status.success());
    let created: Value = serde_json::from_slice(&created.stdout).unwrap();
    let id = created["id"].as_str().unwrap();
    let refused = api_key(d, &["revoke", id, "--tenant", TENANT_B]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("not a key of tenant") && stderr.contains(TENANT_B),
        "{stderr}"
    );
    let listed: Value =
        serde_json::from_slice(&api_key(d, &["list", "--tenant", TENANT_A]).stdout).unwrap();
    assert_eq!(listed["api_keys"][0]["id"], id, "{listed}");
    assert!(
        listed["api_keys"][0]["revoked_at"].is_null(),
        "another tenant's revoke changed it: {listed}"
    );
    let revoked = api_key(d, &["revoke", id, "--tenant", TENANT_A]);
    assert!(
        revoked.status.success(),
        "{}",
        String::from_utf8_lossy(&revoked.stderr)
    );
}

/// Finding 17: a `--data-dir` that is a symlink to an older, world-readable directory has the
/// files inside tightened too.
#[test]
fn the_demo_tightens_a_symlinked_data_directory() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real");
    std::fs::create_dir(&real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(real.join("old.txt"), "left by an older demo").unwrap();
    std::fs::set_permissions(real.join("old.txt"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = cu()
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .args(["--output", "json", "demo", "kms", "--check", "--data-dir"])
        .arg(&link)
        .args(["--port-offset", "27000"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&real), 0o700);
    assert_eq!(mode(&real.join("old.txt")), 0o600);
}
