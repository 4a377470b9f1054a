//! `cu identity serve` end to end over real HTTPS: client credentials from the CLI and from
//! Python's authlib, tokens PyJWT verifies from the published JWKS, introspection and
//! revocation, OAuth errors, and the KMS accepting (and refusing) those tokens.

mod common;

use std::process::Command;

use common::browser::Browser;
use common::servers::{b64, cu, problem, run_ok, Reply, Server, Setup, TENANT_A, TENANT_B};
use serde_json::{json, Value};

on_both_stores!(
    client_credentials_tokens_work_at_the_kms,
    introspection_revocation_and_oauth_errors,
    discovery_and_a_rotated_secret,
    python_authlib_and_pyjwt_accept_the_server,
    authlib_authorization_code_with_pkce_and_refresh_rotation,
    authorization_code_refusals,
    signing_key_rotation_and_expired_tokens,
    revoked_tokens_and_introspection_at_the_kms,
    chromium_signs_in_through_the_login_page,
    opaque_tokens_are_validated_by_introspection,
    chromium_signs_in_to_the_console_through_the_identity_server,
    logout_needs_a_post,
);

struct Federated {
    setup: Setup,
    identity: Server,
    kms: Server,
}

/// An identity server with three clients, and a KMS that trusts its tokens.
fn federated_on(setup: Setup) -> Federated {
    let d = setup.dir.path();
    for (id, tenant, scopes) in [
        (
            "svc-a",
            TENANT_A,
            &["kms:encrypt", "kms:decrypt", "kms:keys:read"][..],
        ),
        ("svc-narrow", TENANT_A, &["kms:keys:read"][..]),
        ("svc-b", TENANT_B, &["kms:*"][..]),
    ] {
        let mut args = vec![
            "-q",
            "identity",
            "client",
            "create",
            id,
            "--state",
            "identity.db",
            "--tenant",
            tenant,
        ];
        for s in scopes {
            args.extend(["--scope", s]);
        }
        let secret_file = format!("{id}.secret");
        args.extend(["--secret-out", &secret_file]);
        run_ok(d, &args, None);
    }
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
            "--scope",
            "kms:encrypt",
            "--scope",
            "kms:decrypt",
        ],
        None,
    );
    setup.identity_config("cu-identity.yaml");
    let identity = setup.start_identity("cu-identity.yaml");
    setup.federated_config("kms-federated.yaml", &identity.public);
    let kms = setup.start("kms-federated.yaml");
    Federated {
        setup,
        identity,
        kms,
    }
}

impl Federated {
    fn token(&self, client: &str, scopes: &[&str]) -> String {
        let mut args = vec![
            "identity",
            "token",
            "--server",
            &self.identity.public,
            "--ca",
            "ca/root.pem",
            "--client-id",
            client,
        ];
        let secret = format!("{client}.secret");
        args.extend(["--client-secret-file", &secret]);
        for s in scopes {
            args.extend(["--scope", s]);
        }
        run_ok(self.setup.dir.path(), &args, None)
            .trim()
            .to_string()
    }

    fn secret(&self, client: &str) -> String {
        std::fs::read_to_string(self.setup.path(&format!("{client}.secret")))
            .unwrap()
            .trim()
            .to_string()
    }

    fn bearer(&self, method: &str, path: &str, token: &str, body: Option<Value>) -> Reply {
        let client = self.kms.client(false);
        let url = format!("{}/service/api/v1{path}", self.kms.public);
        let mut r = client
            .request(method.parse().unwrap(), url)
            .bearer_auth(token);
        if let Some(b) = body {
            r = r.json(&b);
        }
        let response = r.send().unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.json().unwrap_or(Value::Null);
        Reply {
            status,
            body,
            headers,
        }
    }

    /// POST a form to the identity server with client_secret_basic.
    fn form(&self, path: &str, client: &str, secret: &str, form: &[(&str, &str)]) -> (u16, Value) {
        let response = self
            .identity
            .client(false)
            .post(format!("{}{path}", self.identity.public))
            .basic_auth(client, Some(secret))
            .form(form)
            .send()
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().unwrap_or(Value::Null))
    }
}

fn client_credentials_tokens_work_at_the_kms(setup: Setup) {
    let f = federated_on(setup);
    f.kms.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let token = f.token("svc-a", &["kms:encrypt", "kms:decrypt"]);
    let ct = f.bearer(
        "POST",
        "/keys/orders/encrypt",
        &token,
        Some(json!({"plaintext": b64(b"paid")})),
    );
    assert_eq!(ct.status, 200, "{}", ct.body);
    let pt = f.bearer(
        "POST",
        "/decrypt",
        &token,
        Some(json!({"ciphertext": ct.body["ciphertext"]})),
    );
    assert_eq!(pt.body["plaintext"], b64(b"paid"));
    // Asked only for encrypt/decrypt: reading keys is not in the token.
    problem(&f.bearer("GET", "/keys", &token, None), 403, "forbidden");
    // A token without the scope: 403.
    let narrow = f.token("svc-narrow", &[]);
    assert_eq!(f.bearer("GET", "/keys", &narrow, None).status, 200);
    problem(
        &f.bearer(
            "POST",
            "/keys/orders/encrypt",
            &narrow,
            Some(json!({"plaintext": b64(b"x")})),
        ),
        403,
        "forbidden",
    );
    // Tenant B's token on tenant A's key: not found in B.
    let b = f.token("svc-b", &[]);
    problem(
        &f.bearer(
            "POST",
            "/keys/orders/encrypt",
            &b,
            Some(json!({"plaintext": b64(b"x")})),
        ),
        404,
        "unknown_key",
    );
    problem(
        &f.bearer(
            "POST",
            "/decrypt",
            &b,
            Some(json!({"ciphertext": ct.body["ciphertext"]})),
        ),
        404,
        "unknown_key",
    );
    // Garbage and tampered tokens: 401 with a Bearer challenge.
    let garbage = f.bearer("GET", "/keys", "not-a-token", None);
    problem(&garbage, 401, "unauthorized");
    assert!(garbage.headers["www-authenticate"]
        .to_str()
        .unwrap()
        .contains("error=\"invalid_token\""));
    let mut tampered = token.clone();
    let dot = tampered.find('.').unwrap();
    tampered.replace_range(
        dot + 5..dot + 6,
        if &tampered[dot + 5..dot + 6] == "A" {
            "B"
        } else {
            "A"
        },
    );
    problem(
        &f.bearer("GET", "/keys", &tampered, None),
        401,
        "unauthorized",
    );
    // Basic still works (auth order: file realm, then federation).
    f.kms.ok("GET", "/keys", "admin-a", None);
    // The CLI in client mode with the token instead of a password.
    let d = f.setup.dir.path();
    std::fs::write(f.setup.path("svc-a.token"), &token).unwrap();
    std::fs::write(f.setup.path("msg.txt"), "via the CLI").unwrap();
    let out = cu()
        .current_dir(d)
        .args([
            "kms",
            "encrypt",
            "orders",
            "--in",
            "msg.txt",
            "--server",
            &f.kms.public,
            "--ca",
            "ca/root.pem",
            "--token-file",
            "svc-a.token",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn introspection_revocation_and_oauth_errors(setup: Setup) {
    let f = federated_on(setup);
    let secret = f.secret("svc-a");
    let token = f.token("svc-a", &["kms:encrypt"]);
    let (status, active) = f.form(
        "/oauth2/v1/introspect",
        "svc-a",
        &secret,
        &[("token", &token)],
    );
    assert_eq!(status, 200);
    assert_eq!(active["active"], true);
    assert_eq!(active["scope"], "kms:encrypt");
    assert_eq!(active["tenant_id"], TENANT_A);
    assert_eq!(active["client_id"], "svc-a");
    // Another client cannot revoke it; its owner can.
    let other = f.secret("svc-b");
    assert_eq!(
        f.form("/oauth2/v1/revoke", "svc-b", &other, &[("token", &token)])
            .0,
        200
    );
    assert_eq!(
        f.form(
            "/oauth2/v1/introspect",
            "svc-a",
            &secret,
            &[("token", &token)]
        )
        .1["active"],
        true
    );
    assert_eq!(
        f.form("/oauth2/v1/revoke", "svc-a", &secret, &[("token", &token)])
            .0,
        200
    );
    assert_eq!(
        f.form(
            "/oauth2/v1/introspect",
            "svc-a",
            &secret,
            &[("token", &token)]
        )
        .1,
        json!({"active": false})
    );
    assert_eq!(
        f.form(
            "/oauth2/v1/introspect",
            "svc-a",
            &secret,
            &[("token", "garbage")]
        )
        .1,
        json!({"active": false})
    );
    // OAuth errors.
    let (status, e) = f.form(
        "/oauth2/v1/token",
        "svc-a",
        "wrong",
        &[("grant_type", "client_credentials")],
    );
    assert_eq!((status, e["error"].as_str()), (401, Some("invalid_client")));
    let (status, e) = f.form(
        "/oauth2/v1/token",
        "nobody",
        "wrong",
        &[("grant_type", "client_credentials")],
    );
    assert_eq!((status, e["error"].as_str()), (401, Some("invalid_client")));
    let (status, e) = f.form(
        "/oauth2/v1/token",
        "svc-a",
        &secret,
        &[("grant_type", "client_credentials"), ("scope", "kms:admin")],
    );
    assert_eq!((status, e["error"].as_str()), (400, Some("invalid_scope")));
    let (status, e) = f.form(
        "/oauth2/v1/token",
        "svc-a",
        &secret,
        &[("grant_type", "password")],
    );
    assert_eq!(
        (status, e["error"].as_str()),
        (400, Some("unsupported_grant_type"))
    );
    let (status, e) = f.form(
        "/oauth2/v1/token",
        "svc-a",
        &secret,
        &[
            ("grant_type", "client_credentials"),
            ("scope", "a"),
            ("scope", "b"),
        ],
    );
    assert_eq!(
        (status, e["error"].as_str()),
        (400, Some("invalid_request"))
    );
    // client_secret_post works too.
    let response = f
        .identity
        .client(false)
        .post(format!("{}/oauth2/v1/token", f.identity.public))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", "svc-a"),
            ("client_secret", secret.as_str()),
        ])
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    // The CLI reports a refused request with exit 2 and the OAuth error as the reason.
    std::fs::write(f.setup.path("wrong.secret"), "nope").unwrap();
    let out = cu()
        .current_dir(f.setup.dir.path())
        .args([
            "--output",
            "json",
            "identity",
            "token",
            "--server",
            &f.identity.public,
            "--ca",
            "ca/root.pem",
            "--client-id",
            "svc-a",
            "--client-secret-file",
            "wrong.secret",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["error"]["reason"], "invalid_client");
}

fn discovery_and_a_rotated_secret(setup: Setup) {
    let f = federated_on(setup);
    for path in [
        "/.well-known/openid-configuration",
        "/.well-known/oauth-authorization-server",
    ] {
        let doc: Value = f
            .identity
            .client(false)
            .get(format!("{}{path}", f.identity.public))
            .send()
            .unwrap()
            .json()
            .unwrap();
        assert_eq!(doc["issuer"], f.identity.public.as_str());
        assert_eq!(
            doc["jwks_uri"],
            format!("{}/oauth2/v1/jwks", f.identity.public)
        );
        assert_eq!(
            doc["token_endpoint_auth_methods_supported"],
            json!(["client_secret_basic", "client_secret_post", "none"])
        );
    }
    let (status, metrics) = f.identity.admin_get("/metrics");
    assert_eq!(status, 200);
    assert!(
        metrics.contains("cu_identity_http_requests_total{method=\"GET\",route=\"/.well-known/openid-configuration\",status=\"200\"}"),
        "{metrics}"
    );
    assert_eq!(f.identity.admin_get("/readyz").0, 200);
    let old = f.secret("svc-a");
    let d = f.setup.dir.path();
    run_ok(
        d,
        &[
            "-q",
            "identity",
            "client",
            "rotate-secret",
            "svc-a",
            "--state",
            "identity.db",
            "--secret-out",
            "svc-a.new",
        ],
        None,
    );
    let new = std::fs::read_to_string(f.setup.path("svc-a.new"))
        .unwrap()
        .trim()
        .to_string();
    assert_ne!(old, new);
    assert_eq!(
        f.form(
            "/oauth2/v1/token",
            "svc-a",
            &old,
            &[("grant_type", "client_credentials")]
        )
        .0,
        401
    );
    assert_eq!(
        f.form(
            "/oauth2/v1/token",
            "svc-a",
            &new,
            &[("grant_type", "client_credentials")]
        )
        .0,
        200
    );
    let listed: Value = serde_json::from_str(&run_ok(
        d,
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
    assert_eq!(listed["clients"].as_array().unwrap().len(), 4);
    assert!(
        listed.to_string().find(&new).is_none(),
        "secrets are never listed"
    );
}

/// Python: authlib gets a token with client credentials; PyJWT verifies it with the JWKS.
fn python_authlib_and_pyjwt_accept_the_server(setup: Setup) {
    let ready = Command::new("python3")
        .args(["-c", "import authlib, jwt, cryptography"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !ready {
        common::missing_peer(
            "python3 with authlib, PyJWT and cryptography",
            "pip install authlib pyjwt cryptography",
        );
        return;
    }
    let f = federated_on(setup);
    let script = r#"
import json, sys, jwt
from authlib.integrations.requests_client import OAuth2Session
issuer, client_id, secret, ca = sys.argv[1:5]
session = OAuth2Session(client_id, secret, scope="kms:encrypt kms:decrypt")
session.verify = ca
token = session.fetch_token(issuer + "/oauth2/v1/token", grant_type="client_credentials", verify=ca)
jwks = jwt.PyJWKClient(issuer + "/oauth2/v1/jwks", ssl_context=__import__("ssl").create_default_context(cafile=ca))
key = jwks.get_signing_key_from_jwt(token["access_token"])
claims = jwt.decode(token["access_token"], key.key, algorithms=["EdDSA"], audience="cu-kms", issuer=issuer)
assert jwt.get_unverified_header(token["access_token"])["typ"] == "at+jwt"
before = session.introspect_token(issuer + "/oauth2/v1/introspect", token=token["access_token"], verify=ca).json()
session.revoke_token(issuer + "/oauth2/v1/revoke", token=token["access_token"], verify=ca)
after = session.introspect_token(issuer + "/oauth2/v1/introspect", token=token["access_token"], verify=ca).json()
claims["introspected_before"] = before["active"]
claims["introspected_after"] = after
print(json.dumps(claims))
"#;
    let out = Command::new("python3")
        .current_dir(f.setup.dir.path())
        .args([
            "-c",
            script,
            &f.identity.public,
            "svc-a",
            &f.secret("svc-a"),
            "ca/root.pem",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let claims: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(claims["scope"], "kms:encrypt kms:decrypt");
    assert_eq!(claims["tenant_id"], TENANT_A);
    assert_eq!(claims["client_id"], "svc-a");
    assert_eq!(claims["introspected_before"], true);
    assert_eq!(
        claims["introspected_after"],
        json!({"active": false}),
        "revoked, then inactive"
    );
    for claim in ["iss", "sub", "aud", "exp", "iat", "jti"] {
        assert!(
            claims.get(claim).is_some(),
            "RFC 9068 claim {claim} missing"
        );
    }
}

/// Authorization code + PKCE through the login and consent pages with authlib, refresh
/// rotation and reuse detection, ID token and userinfo; the access token works at the KMS.
fn authlib_authorization_code_with_pkce_and_refresh_rotation(setup: Setup) {
    let ready = Command::new("python3")
        .args(["-c", "import authlib, jwt, cryptography, requests"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !ready {
        common::missing_peer(
            "python3 with authlib, PyJWT, requests and cryptography",
            "pip install authlib pyjwt requests cryptography",
        );
        return;
    }
    let f = federated_on(setup);
    f.kms.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/oauth_flows.py");
    let out = Command::new("python3")
        .current_dir(f.setup.dir.path())
        .arg(script)
        .args([
            &f.identity.public,
            "ca/root.pem",
            "web-app",
            "http://127.0.0.1:9/callback",
            "admin-a",
            "pw-admin-a",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found["wrong_password_message"], true);
    assert_eq!(found["cookie_flags"], true);
    assert_eq!(found["redirect_starts_with_registered_uri"], true);
    assert_eq!(found["access_sub"], "admin-a");
    assert_eq!(found["access_scope"], "openid kms:encrypt kms:decrypt");
    assert_eq!(found["id_token_nonce_matches"], true);
    assert_eq!(found["userinfo_sub"], "admin-a");
    assert_eq!(found["refresh_rotated"], true);
    assert_eq!(found["replay_error"], "invalid_grant");
    assert_eq!(found["family_revoked_error"], "invalid_grant");
    // The user's access token works at the KMS in the user's tenant.
    let token = found["access_token"].as_str().unwrap();
    let r = f.bearer(
        "POST",
        "/keys/orders/encrypt",
        token,
        Some(json!({"plaintext": b64(b"from the browser")})),
    );
    assert_eq!(r.status, 200, "{}", r.body);
}

/// The negative paths of the code flow, without a browser.
fn authorization_code_refusals(setup: Setup) {
    let f = federated_on(setup);
    let http = f.identity.client(false);
    let verifier = "v".repeat(64);
    let challenge = {
        use sha2::Digest;
        b64(&sha2::Sha256::digest(verifier.as_bytes()))
    };
    let authorize = |redirect: &str, challenge: &str| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("response_type", "code"),
                ("client_id", "web-app"),
                ("redirect_uri", redirect),
                ("scope", "openid kms:encrypt"),
                ("state", "s1"),
                ("code_challenge", challenge),
                ("code_challenge_method", "S256"),
            ])
            .finish();
        http.get(format!("{}/oauth2/v1/authorize?{query}", f.identity.public))
            .send()
            .unwrap()
    };
    // An unregistered redirect URI: an error page here, never a redirect.
    let r = authorize("http://127.0.0.1:9/elsewhere", &challenge);
    assert_eq!(r.status().as_u16(), 400);
    assert!(r.headers().get("location").is_none());
    // No PKCE: back to the client with invalid_request.
    let no_redirect = reqwest::blocking::Client::builder()
        .use_preconfigured_tls({
            let roots = cu::pki::pem::only_certificates(
                &std::fs::read(f.setup.path("ca/root.pem")).unwrap(),
                "ca",
            )
            .unwrap();
            (*cu::pki::tls::client_config(&roots, None).unwrap()).clone()
        })
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = no_redirect
        .get(format!("{}/oauth2/v1/authorize?response_type=code&client_id=web-app&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback&state=s2", f.identity.public))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    assert!(
        location.contains("error=invalid_request") && location.contains("state=s2"),
        "{location}"
    );
    // Sign in and approve to get a code.
    let hidden = |html: &str, name: &str| {
        let at = html.find(&format!("name=\"{name}\" value=\"")).unwrap() + name.len() + 15;
        html[at..at + html[at..].find('"').unwrap()].to_string()
    };
    let login = authorize("http://127.0.0.1:9/callback", &challenge);
    // The sign-in page is bound to this browser's pre-session cookie.
    let browser = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let login = login.text().unwrap();
    let consent = no_redirect
        .post(format!("{}/oauth2/v1/login", f.identity.public))
        .header("cookie", &browser)
        .form(&[
            ("request", hidden(&login, "request")),
            ("csrf", hidden(&login, "csrf")),
            ("username", "admin-a".into()),
            ("password", "pw-admin-a".into()),
        ])
        .send()
        .unwrap();
    let cookie = consent.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let cookie = format!("{cookie}; {browser}");
    let consent = consent.text().unwrap();
    // A forged CSRF token is refused.
    let forged = no_redirect
        .post(format!("{}/oauth2/v1/consent", f.identity.public))
        .header("cookie", &cookie)
        .form(&[
            ("request", hidden(&consent, "request")),
            ("csrf", "forged".into()),
            ("decision", "approve".into()),
        ])
        .send()
        .unwrap();
    assert_eq!(forged.status().as_u16(), 400);
    let approved = no_redirect
        .post(format!("{}/oauth2/v1/consent", f.identity.public))
        .header("cookie", &cookie)
        .form(&[
            ("request", hidden(&consent, "request")),
            ("csrf", hidden(&consent, "csrf")),
            ("decision", "approve".into()),
        ])
        .send()
        .unwrap();
    let location = approved.headers()["location"].to_str().unwrap().to_string();
    let code = location
        .split("code=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_string();
    let exchange = |code: &str, verifier: &str| {
        let r = http
            .post(format!("{}/oauth2/v1/token", f.identity.public))
            .form(&[
                ("grant_type", "authorization_code"),
                ("client_id", "web-app"),
                ("code", code),
                ("redirect_uri", "http://127.0.0.1:9/callback"),
                ("code_verifier", verifier),
            ])
            .send()
            .unwrap();
        (r.status().as_u16(), r.json::<Value>().unwrap())
    };
    // A wrong verifier burns the code: the right one afterwards is a reused code.
    let (status, e) = exchange(&code, &"w".repeat(64));
    assert_eq!((status, e["error"].as_str()), (400, Some("invalid_grant")));
    let (status, e) = exchange(&code, &verifier);
    assert_eq!(
        (status, e["error"].as_str()),
        (400, Some("invalid_grant")),
        "a code is good once"
    );
}

/// Tokens signed before a key rotation keep working; an expired token is refused with 401.
fn signing_key_rotation_and_expired_tokens(setup: Setup) {
    let f = federated_on(setup);
    f.kms.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let before = f.token("svc-a", &["kms:encrypt"]);
    let d = f.setup.dir.path();
    run_ok(
        d,
        &[
            "-q",
            "identity",
            "rotate-signing-key",
            "--config",
            "cu-identity.yaml",
        ],
        None,
    );
    let after = f.token("svc-a", &["kms:encrypt"]);
    let kid = |t: &str| cu::identity::jwt::kid_of(t).unwrap();
    assert_ne!(kid(&before), kid(&after));
    let jwks: Value = f
        .identity
        .client(false)
        .get(format!("{}/oauth2/v1/jwks", f.identity.public))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(
        jwks["keys"].as_array().unwrap().len(),
        2,
        "the old key stays published"
    );
    for token in [&before, &after] {
        let r = f.bearer(
            "POST",
            "/keys/orders/encrypt",
            token,
            Some(json!({"plaintext": b64(b"x")})),
        );
        assert_eq!(r.status, 200, "{}", r.body);
    }
    // A token that expired an hour ago, signed with the server's own current key (unsealed
    // from its key store).
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let unseal = std::fs::read(f.setup.path("identity-unseal.key")).unwrap();
    let (kid_now, key) = cu::identity::keys::SigningKeys::open(
        f.setup.identity_keys_location(),
        &cu::kms::store::Unseal::Secret(unseal.into()),
        TENANT_A,
        cu::identity::keys::DEFAULT_KEY_NAME,
        now,
    )
    .unwrap()
    .current(now)
    .unwrap();
    let claims = json!({
        "iss": f.identity.public, "sub": "svc-a", "aud": "cu-kms", "exp": now - 3600, "iat": now - 4500,
        "jti": "expired-1", "client_id": "svc-a", "scope": "kms:encrypt", "tenant_id": TENANT_A,
    });
    let expired = cu::identity::jwt::sign(
        &claims,
        &kid_now,
        cu::identity::jwt::ACCESS_TOKEN_TYPE,
        &key,
    );
    let r = f.bearer(
        "POST",
        "/keys/orders/encrypt",
        &expired,
        Some(json!({"plaintext": b64(b"x")})),
    );
    problem(&r, 401, "unauthorized");
    assert!(
        r.body["detail"].as_str().unwrap().contains("expired"),
        "{}",
        r.body
    );
    // The same claims with a live expiry work: only the time was wrong.
    let mut live = claims.clone();
    live["exp"] = json!(now + 600);
    let fresh =
        cu::identity::jwt::sign(&live, &kid_now, cu::identity::jwt::ACCESS_TOKEN_TYPE, &key);
    assert_eq!(
        f.bearer(
            "POST",
            "/keys/orders/encrypt",
            &fresh,
            Some(json!({"plaintext": b64(b"x")}))
        )
        .status,
        200
    );
    // Signed with the real key but naming the audit tenant (a state row changed by hand, a
    // leaked key): refused, so no token reaches the keys that sign and mask the audit trail.
    let mut audit = live.clone();
    audit["tenant_id"] = json!(cu::kms::AUDIT_TENANT);
    audit["jti"] = json!("audit-tenant-1");
    let reserved =
        cu::identity::jwt::sign(&audit, &kid_now, cu::identity::jwt::ACCESS_TOKEN_TYPE, &key);
    let r = f.bearer("GET", "/keys", &reserved, None);
    problem(&r, 401, "unauthorized");
}

/// With `introspection: sensitive`, a revoked token stops working at the KMS for decrypt at
/// once, while encrypt (not sensitive) keeps trusting the signature until the token expires.
fn revoked_tokens_and_introspection_at_the_kms(setup: Setup) {
    let f = federated_on(setup);
    let d = f.setup.dir.path();
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
    std::fs::write(
        f.setup.path("kms-introspect.yaml"),
        format!(
            "{}\nlisten: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: realm.yml\nfederation: {{issuer: \"{}\", ca: ca/root.pem, introspection: {{when: sensitive, client_id: kms, client_secret_file: kms.secret}}}}\nauth_order: [federation]\n",
            f.setup.store_line(),
            f.identity.public
        ),
    )
    .unwrap();
    let kms = f.setup.start("kms-introspect.yaml");
    f.kms.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let token = f.token("svc-a", &["kms:encrypt", "kms:decrypt"]);
    let call = |path: &str, body: Value| {
        kms.client(false)
            .post(format!("{}/service/api/v1{path}", kms.public))
            .bearer_auth(&token)
            .json(&body)
            .send()
            .unwrap()
    };
    let ct: Value = call("/keys/orders/encrypt", json!({"plaintext": b64(b"x")}))
        .json()
        .unwrap();
    assert_eq!(
        call("/decrypt", json!({"ciphertext": ct["ciphertext"]}))
            .status()
            .as_u16(),
        200
    );
    let secret = f.secret("svc-a");
    assert_eq!(
        f.form("/oauth2/v1/revoke", "svc-a", &secret, &[("token", &token)])
            .0,
        200
    );
    let refused = call("/decrypt", json!({"ciphertext": ct["ciphertext"]}));
    assert_eq!(refused.status().as_u16(), 401);
    assert!(refused.text().unwrap().contains("revoked"));
    assert_eq!(
        call("/keys/orders/encrypt", json!({"plaintext": b64(b"x")}))
            .status()
            .as_u16(),
        200
    );
    // auth_order: [federation] — Basic credentials are not accepted here.
    let basic = kms.request("GET", "/keys", Some("admin-a"), None);
    problem(&basic, 401, "unauthorized");
}

/// Headless Chromium opens the authorize URL, signs in through the form, allows access and
/// lands on the client's redirect with a code; screenshots of each page are kept under
/// target/screenshots/.
fn chromium_signs_in_through_the_login_page(setup: Setup) {
    if !Browser::available() {
        return;
    }
    let f = federated_on(setup);
    // The client's redirect target: a one-page HTTP server on loopback.
    let callback = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let redirect_uri = format!("http://{}/callback", callback.local_addr().unwrap());
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for stream in callback.incoming().flatten().take(4) {
            let mut stream = stream;
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let body = "<!doctype html><title>Signed in</title><h1>Back at the application</h1>";
            let _ = write!(stream, "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
        }
    });
    run_ok(
        f.setup.dir.path(),
        &[
            "-q",
            "identity",
            "client",
            "create",
            "browser-app",
            "--public",
            "--state",
            "identity.db",
            "--tenant",
            TENANT_A,
            "--redirect-uri",
            &redirect_uri,
            "--scope",
            "openid",
            "--scope",
            "kms:encrypt",
        ],
        None,
    );
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::start(profile.path()).expect("chromedriver did not start a session");
    let shots = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    let challenge = {
        use sha2::Digest;
        b64(&sha2::Sha256::digest("x".repeat(64).as_bytes()))
    };
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("response_type", "code"),
            ("client_id", "browser-app"),
            ("redirect_uri", redirect_uri.as_str()),
            ("scope", "openid kms:encrypt"),
            ("state", "st-1"),
            ("nonce", "n-1"),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
        ])
        .finish();
    browser.go(&format!(
        "{}/oauth2/v1/authorize?{query}",
        f.identity.public
    ));
    browser.screenshot(&shots.join("identity-login.png"));
    browser.type_into("#username", "admin-a");
    browser.type_into("#password", "pw-admin-a");
    browser.click("button[type=submit]");
    browser.screenshot(&shots.join("identity-consent.png"));
    browser.click("button[value=approve]");
    let landed = browser.url_when(|u| u.starts_with(&redirect_uri));
    browser.screenshot(&shots.join("identity-redirect.png"));
    assert!(landed.starts_with(&redirect_uri), "{landed}");
    assert!(
        landed.contains("code=") && landed.contains("state=st-1"),
        "{landed}"
    );
    for shot in [
        "identity-login.png",
        "identity-consent.png",
        "identity-redirect.png",
    ] {
        let bytes = std::fs::read(shots.join(shot)).unwrap();
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 2000,
            "{shot} is not a screenshot"
        );
    }
}

/// Opaque access tokens: only introspection can read them, so the KMS validates them there.
fn opaque_tokens_are_validated_by_introspection(setup: Setup) {
    let f = federated_on(setup);
    let d = f.setup.dir.path();
    std::fs::write(
        f.setup.path("cu-identity-opaque.yaml"),
        format!("{}listen: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\ntokens: {{format: opaque}}\n", f.setup.identity_lines()),
    )
    .unwrap();
    let opaque = f.setup.start_identity("cu-identity-opaque.yaml");
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
    let kms_config = |name: &str, introspection: &str| {
        std::fs::write(
            f.setup.path(name),
            format!(
                "{}\nlisten: {{public: \"127.0.0.1:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: realm.yml\nfederation: {{issuer: \"{}\", ca: ca/root.pem{introspection}}}\n",
                f.setup.store_line(),
                opaque.public
            ),
        )
        .unwrap();
    };
    kms_config(
        "kms-opaque.yaml",
        ", introspection: {when: interval, client_id: kms, client_secret_file: kms.secret}",
    );
    kms_config("kms-no-introspection.yaml", "");
    let kms = f.setup.start("kms-opaque.yaml");
    let blind = f.setup.start("kms-no-introspection.yaml");
    kms.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let token = run_ok(
        d,
        &[
            "identity",
            "token",
            "--server",
            &opaque.public,
            "--ca",
            "ca/root.pem",
            "--client-id",
            "svc-a",
            "--client-secret-file",
            "svc-a.secret",
            "--scope",
            "kms:encrypt",
        ],
        None,
    )
    .trim()
    .to_string();
    assert!(token.starts_with("cuo_") && !token.contains('.'), "{token}");
    let encrypt = |server: &Server| {
        server
            .client(false)
            .post(format!(
                "{}/service/api/v1/keys/orders/encrypt",
                server.public
            ))
            .bearer_auth(&token)
            .json(&json!({"plaintext": b64(b"x")}))
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    assert_eq!(encrypt(&kms), 200);
    assert_eq!(
        encrypt(&blind),
        401,
        "without introspection an opaque token means nothing"
    );
    let secret = f.secret("svc-a");
    let revoked = opaque
        .client(false)
        .post(format!("{}/oauth2/v1/revoke", opaque.public))
        .basic_auth("svc-a", Some(&secret))
        .form(&[("token", token.as_str())])
        .send()
        .unwrap();
    assert_eq!(revoked.status().as_u16(), 200);
    assert_eq!(encrypt(&kms), 401);
}

/// The KMS console signs people in through the identity server's login page (authorization
/// code + PKCE, the console as a public client), in headless Chromium.
fn chromium_signs_in_to_the_console_through_the_identity_server(setup: Setup) {
    if !Browser::available() {
        return;
    }
    let f = federated_on(setup);
    let d = f.setup.dir.path();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let redirect = format!("https://127.0.0.1:{port}/ui/callback");
    run_ok(
        d,
        &[
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
            "--scope",
            "openid",
            "--scope",
            "kms:keys:read",
            "--scope",
            "kms:keys:write",
            "--scope",
            "kms:encrypt",
            "--scope",
            "kms:decrypt",
            "--scope",
            "kms:sign",
            "--scope",
            "kms:verify",
        ],
        None,
    );
    std::fs::write(
        f.setup.path("kms-console.yaml"),
        format!(
            "{}\nlisten: {{public: \"127.0.0.1:{port}\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs/localhost.chain.pem, key: certs/localhost.key}}\nrealm: realm.yml\nfederation: {{issuer: \"{}\", ca: ca/root.pem}}\nconsole: {{client_id: kms-console, redirect_uri: \"{redirect}\"}}\n",
            f.setup.store_line(),
            f.identity.public
        ),
    )
    .unwrap();
    let kms = f.setup.start("kms-console.yaml");
    kms.ok(
        "POST",
        "/keys",
        "admin-a",
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::start(profile.path()).expect("chromedriver did not start a session");
    browser.go(&format!("{}/ui/", kms.public));
    browser.click("#sso button");
    let at = browser.url_when(|u| u.starts_with(&f.identity.public));
    assert!(at.starts_with(&f.identity.public), "{at}");
    browser.type_into("#username", "admin-a");
    browser.type_into("#password", "pw-admin-a");
    browser.click("button[type=submit]");
    browser.click("button[value=approve]");
    let landed = browser.url_when(|u| u.ends_with("/ui/"));
    assert!(landed.ends_with("/ui/"), "{landed}");
    let page = browser.text_when("main", |t| t.contains("Signed in as"));
    assert!(
        page.contains("Signed in as admin-a") && page.contains("orders"),
        "{page}"
    );
    browser.screenshot(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target/screenshots/console-via-identity.png"),
    );
}

/// Signing out takes a POST: a GET (a link, an image) only asks.
fn logout_needs_a_post(setup: Setup) {
    let f = federated_on(setup);
    let http = f.identity.client(false);
    let asked = http
        .get(format!("{}/oauth2/v1/logout", f.identity.public))
        .send()
        .unwrap();
    assert_eq!(asked.status().as_u16(), 200);
    assert!(
        asked.headers().get("set-cookie").is_none(),
        "a GET must not end the session"
    );
    assert!(asked.text().unwrap().contains("method=\"post\""));
    let done = http
        .post(format!("{}/oauth2/v1/logout", f.identity.public))
        .send()
        .unwrap();
    assert_eq!(done.status().as_u16(), 200);
    assert!(done.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
}
