//! Who may do what at `cu identity serve`, over real HTTPS: grant types registered per client
//! (RFC 6749 §5.2 `unauthorized_client`), a replayed authorization code revoking what its first
//! exchange issued (RFC 6749 §4.1.2), introspection only for the token's own client and for
//! resource servers (RFC 7662 §2.2, §4), and public clients revoking their own tokens
//! (RFC 7009 §2.1).

mod common;

use common::servers::{run_ok, Server, Setup, TENANT_A};
use serde_json::Value;

on_both_stores!(
    grant_types_are_registered_per_client,
    a_replayed_code_revokes_the_first_exchange,
    introspection_is_for_the_owner_and_resource_servers,
    public_clients_revoke_their_own_tokens,
);

const REDIRECT: &str = "http://127.0.0.1:9/callback";

struct Env {
    setup: Setup,
    identity: Server,
}

/// An identity server with a public code-flow client (`web-app`), a confidential code-flow
/// client (`web-conf`) and two service clients (`svc-a`, `svc-b`), all with defaults.
fn env_on(setup: Setup) -> Env {
    setup.identity_client("web-app", &["--public", "--redirect-uri", REDIRECT]);
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
    setup.identity_client("svc-b", &["--secret-out", "svc-b.secret"]);
    setup.identity_config("cu-identity.yaml");
    let identity = setup.start_identity("cu-identity.yaml");
    Env { setup, identity }
}

impl Env {
    fn secret(&self, client: &str) -> String {
        std::fs::read_to_string(self.setup.path(&format!("{client}.secret")))
            .unwrap()
            .trim()
            .to_string()
    }

    fn http(&self) -> reqwest::blocking::Client {
        let roots = cu::pki::pem::only_certificates(
            &std::fs::read(self.setup.path("ca/root.pem")).unwrap(),
            "ca",
        )
        .unwrap();
        reqwest::blocking::Client::builder()
            .use_preconfigured_tls((*cu::pki::tls::client_config(&roots, None).unwrap()).clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// POST a form; `client` authenticates with client_secret_basic when a secret is given,
    /// else names itself with `client_id` (a public client).
    fn post(
        &self,
        path: &str,
        client: &str,
        secret: Option<&str>,
        form: &[(&str, &str)],
    ) -> (u16, Value) {
        let mut fields: Vec<(&str, &str)> = form.to_vec();
        let mut request = self.http().post(format!("{}{path}", self.identity.public));
        match secret {
            Some(s) => request = request.basic_auth(client, Some(s)),
            None => fields.push(("client_id", client)),
        }
        let response = request.form(&fields).send().unwrap();
        let status = response.status().as_u16();
        (status, response.json().unwrap_or(Value::Null))
    }

    /// Introspect `token` as the confidential client `client`.
    fn active(&self, client: &str, token: &str) -> Value {
        let (status, v) = self.post(
            "/oauth2/v1/introspect",
            client,
            Some(&self.secret(client)),
            &[("token", token)],
        );
        assert_eq!(status, 200, "{v}");
        v["active"].clone()
    }

    fn client_credentials(&self, client: &str) -> (u16, Value) {
        self.post(
            "/oauth2/v1/token",
            client,
            Some(&self.secret(client)),
            &[("grant_type", "client_credentials")],
        )
    }

    /// Sign in as admin-a through the login and consent pages; the authorization code.
    fn code(&self, client: &str, verifier: &str) -> String {
        use sha2::Digest;
        let challenge = common::servers::b64(&sha2::Sha256::digest(verifier.as_bytes()));
        let browser = common::servers::Agent::new(&self.setup.path("ca/root.pem"));
        let issuer = &self.identity.public;
        let login = browser.authorize(
            issuer,
            &challenge,
            &[
                ("client_id", client),
                ("redirect_uri", REDIRECT),
                ("scope", "openid kms:encrypt"),
                ("state", "s1"),
            ],
        );
        let consent = browser.log_in(issuer, &login, "admin-a");
        let approved = browser.approve(issuer, &consent);
        common::servers::query_param(&approved.location, "code")
            .unwrap_or_else(|| panic!("no code in {}", approved.location))
    }

    fn exchange(
        &self,
        client: &str,
        secret: Option<&str>,
        code: &str,
        verifier: &str,
    ) -> (u16, Value) {
        self.post(
            "/oauth2/v1/token",
            client,
            secret,
            &[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", verifier),
            ],
        )
    }

    /// Tokens for `client` through the code flow.
    fn user_tokens(&self, client: &str, secret: Option<&str>) -> Value {
        let verifier = "v".repeat(64);
        let code = self.code(client, &verifier);
        let (status, tokens) = self.exchange(client, secret, &code, &verifier);
        assert_eq!(status, 200, "{tokens}");
        tokens
    }
}

/// Medium 3: a client registered for the code flow cannot mint user-less tokens with
/// client_credentials; a service client can, and cannot use the code flow.
fn grant_types_are_registered_per_client(setup: Setup) {
    let e = env_on(setup);
    let (status, v) = e.client_credentials("web-conf");
    assert_eq!(
        (status, v["error"].as_str()),
        (400, Some("unauthorized_client")),
        "{v}"
    );
    let (status, v) = e.client_credentials("svc-a");
    assert_eq!(status, 200, "{v}");
    // The code-flow client still gets its tokens, and can refresh them.
    let secret = e.secret("web-conf");
    let tokens = e.user_tokens("web-conf", Some(&secret));
    let (status, v) = e.post(
        "/oauth2/v1/token",
        "web-conf",
        Some(&secret),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ],
    );
    assert_eq!(status, 200, "{v}");
    // A service client may not redeem codes or refresh tokens.
    for grant in ["authorization_code", "refresh_token"] {
        let (status, v) = e.post(
            "/oauth2/v1/token",
            "svc-a",
            Some(&e.secret("svc-a")),
            &[
                ("grant_type", grant),
                ("code", "x"),
                ("refresh_token", "x"),
                ("redirect_uri", REDIRECT),
                ("code_verifier", &"v".repeat(64)),
            ],
        );
        assert_eq!(
            (status, v["error"].as_str()),
            (400, Some("unauthorized_client")),
            "{grant}: {v}"
        );
    }
    // Explicit grant types, and what `client list` shows.
    e.setup.identity_client(
        "both",
        &[
            "--redirect-uri",
            REDIRECT,
            "--grant-type",
            "authorization_code",
            "--grant-type",
            "client_credentials",
            "--secret-out",
            "both.secret",
        ],
    );
    let (status, v) = e.client_credentials("both");
    assert_eq!(status, 200, "{v}");
    let list: Value = serde_json::from_str(&run_ok(
        e.setup.dir.path(),
        &[
            "--output",
            "json",
            "identity",
            "client",
            "list",
            "--state",
            "identity.db",
        ],
        None,
    ))
    .unwrap();
    let grants = |id: &str| {
        list["clients"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["client_id"] == id)
            .unwrap()["grant_types"]
            .clone()
    };
    assert_eq!(
        grants("web-app"),
        serde_json::json!(["authorization_code", "refresh_token"])
    );
    assert_eq!(grants("svc-a"), serde_json::json!(["client_credentials"]));
    assert_eq!(
        grants("both"),
        serde_json::json!(["authorization_code", "client_credentials"])
    );
    let text = run_ok(
        e.setup.dir.path(),
        &["identity", "client", "list", "--state", "identity.db"],
        None,
    );
    assert!(text.contains("grants: client_credentials"), "{text}");
    // Registrations that cannot work are refused.
    for bad in [
        &["--public", "--grant-type", "client_credentials"][..],
        &["--grant-type", "authorization_code"][..],
        &["--public", "--redirect-uri", REDIRECT, "--resource-server"][..],
    ] {
        let mut args = vec![
            "identity",
            "client",
            "create",
            "bad",
            "--state",
            "identity.db",
            "--tenant",
            TENANT_A,
        ];
        args.extend(bad);
        let out = common::servers::cu()
            .current_dir(e.setup.dir.path())
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?} was accepted");
    }
}

/// A state file from before grant types were stored: its clients keep what they could do
/// (confidential: every grant and introspection; public: code + refresh).
#[test]
fn existing_clients_keep_their_grants_after_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("identity.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
             INSERT INTO meta VALUES ('magic', 'cu-identity');
             CREATE TABLE clients (
                 client_id TEXT PRIMARY KEY, kind TEXT NOT NULL, secret_hash BLOB,
                 tenant TEXT NOT NULL, scopes TEXT NOT NULL, redirect_uris TEXT NOT NULL,
                 created_at INTEGER NOT NULL);
             CREATE TABLE signing_keys (kid TEXT PRIMARY KEY, seed BLOB NOT NULL,
                 created_at INTEGER NOT NULL, retired_at INTEGER);
             CREATE TABLE revoked (jti TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
             CREATE TABLE access_tokens (token_hash BLOB PRIMARY KEY, claims TEXT NOT NULL,
                 expires_at INTEGER NOT NULL);
             CREATE TABLE pending (id TEXT PRIMARY KEY, request TEXT NOT NULL,
                 csrf TEXT NOT NULL, expires_at INTEGER NOT NULL);
             CREATE TABLE sessions (id_hash BLOB PRIMARY KEY, user TEXT NOT NULL,
                 tenant TEXT NOT NULL, scopes TEXT NOT NULL, auth_time INTEGER NOT NULL,
                 expires_at INTEGER NOT NULL);
             CREATE TABLE codes (code_hash BLOB PRIMARY KEY, grant_data TEXT NOT NULL,
                 expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
             CREATE TABLE refresh_tokens (token_hash BLOB PRIMARY KEY, family TEXT NOT NULL,
                 grant_data TEXT NOT NULL, expires_at INTEGER NOT NULL,
                 used INTEGER NOT NULL DEFAULT 0, revoked INTEGER NOT NULL DEFAULT 0);
             INSERT INTO clients VALUES ('old-svc', 'confidential', x'00', '{TENANT_A}', '[]',
                 '[\"{REDIRECT}\"]', 0);
             INSERT INTO clients VALUES ('old-web', 'public', NULL, '{TENANT_A}', '[]',
                 '[\"{REDIRECT}\"]', 0);
             PRAGMA user_version = 1;"
        ))
        .unwrap();
    }
    let list: Value = serde_json::from_str(&run_ok(
        dir.path(),
        &[
            "--output",
            "json",
            "identity",
            "client",
            "list",
            "--state",
            "identity.db",
        ],
        None,
    ))
    .unwrap();
    let clients = list["clients"].as_array().unwrap();
    assert_eq!(
        clients[0]["grant_types"],
        serde_json::json!(["authorization_code", "refresh_token", "client_credentials"])
    );
    assert_eq!(clients[0]["resource_server"], true);
    assert_eq!(
        clients[1]["grant_types"],
        serde_json::json!(["authorization_code", "refresh_token"])
    );
    assert_eq!(clients[1]["resource_server"], false);
}

/// A replayed authorization code revokes the refresh family and the access token its first
/// exchange issued.
fn a_replayed_code_revokes_the_first_exchange(setup: Setup) {
    let e = env_on(setup);
    e.setup
        .identity_client("rs", &["--resource-server", "--secret-out", "rs.secret"]);
    let verifier = "v".repeat(64);
    let code = e.code("web-app", &verifier);
    let (status, first) = e.exchange("web-app", None, &code, &verifier);
    assert_eq!(status, 200, "{first}");
    let access = first["access_token"].as_str().unwrap();
    let refresh = first["refresh_token"].as_str().unwrap();
    let (status, replay) = e.exchange("web-app", None, &code, &verifier);
    assert_eq!(
        (status, replay["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let (status, v) = e.post(
        "/oauth2/v1/token",
        "web-app",
        None,
        &[("grant_type", "refresh_token"), ("refresh_token", refresh)],
    );
    assert_eq!(
        (status, v["error"].as_str()),
        (400, Some("invalid_grant")),
        "the first exchange's refresh token still works: {v}"
    );
    assert_eq!(
        e.active("rs", access),
        false,
        "the first access token is still active"
    );
    assert_eq!(e.active("rs", refresh), false);
}

/// Introspection answers only the token's own client and resource servers; anyone else
/// learns nothing (`active: false`).
fn introspection_is_for_the_owner_and_resource_servers(setup: Setup) {
    let e = env_on(setup);
    let (_, v) = e.client_credentials("svc-a");
    let token = v["access_token"].as_str().unwrap().to_string();
    let user = e.user_tokens("web-app", None);
    let refresh = user["refresh_token"].as_str().unwrap();
    let (status, v) = e.post(
        "/oauth2/v1/introspect",
        "svc-b",
        Some(&e.secret("svc-b")),
        &[("token", &token)],
    );
    assert_eq!(status, 200);
    assert_eq!(
        v,
        serde_json::json!({"active": false}),
        "a foreign client read svc-a's token"
    );
    assert_eq!(
        e.active("svc-b", refresh),
        false,
        "a foreign client read a refresh token"
    );
    assert_eq!(e.active("svc-a", &token), true, "the owner may introspect");
    e.setup
        .identity_client("rs", &["--resource-server", "--secret-out", "rs.secret"]);
    let (_, v) = e.post(
        "/oauth2/v1/introspect",
        "rs",
        Some(&e.secret("rs")),
        &[("token", &token)],
    );
    assert_eq!(v["active"], true, "{v}");
    assert_eq!(v["client_id"], "svc-a");
    assert_eq!(e.active("rs", refresh), true);
    assert_eq!(e.active("rs", user["access_token"].as_str().unwrap()), true);
}

/// A public client revokes its own tokens with only its client_id; another client's token
/// is left alone (and the answer is the same 200).
fn public_clients_revoke_their_own_tokens(setup: Setup) {
    let e = env_on(setup);
    e.setup
        .identity_client("rs", &["--resource-server", "--secret-out", "rs.secret"]);
    e.setup
        .identity_client("web-other", &["--public", "--redirect-uri", REDIRECT]);
    let own = e.user_tokens("web-app", None);
    let other = e.user_tokens("web-other", None);
    let (_, v) = e.client_credentials("svc-a");
    let service = v["access_token"].as_str().unwrap().to_string();
    // Someone else's tokens: nothing happens.
    for token in [
        service.as_str(),
        other["access_token"].as_str().unwrap(),
        other["refresh_token"].as_str().unwrap(),
    ] {
        let (status, v) = e.post("/oauth2/v1/revoke", "web-app", None, &[("token", token)]);
        assert_eq!(status, 200, "{v}");
        assert_eq!(e.active("rs", token), true);
    }
    // Its own: revoked.
    for kind in ["access_token", "refresh_token"] {
        let token = own[kind].as_str().unwrap();
        assert_eq!(e.active("rs", token), true);
        let (status, v) = e.post("/oauth2/v1/revoke", "web-app", None, &[("token", token)]);
        assert_eq!(status, 200, "{kind}: {v}");
        assert_eq!(e.active("rs", token), false, "{kind} still active");
    }
    // A confidential client must still authenticate to revoke.
    let (status, v) = e.post("/oauth2/v1/revoke", "svc-a", None, &[("token", &service)]);
    assert_eq!((status, v["error"].as_str()), (401, Some("invalid_client")));
    assert_eq!(e.active("rs", &service), true);
}
