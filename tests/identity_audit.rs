//! The identity server's audit trail: every sign-in (success and failure, with the reason),
//! consent, token decision (each grant, a replayed code, a wrong secret), introspection and
//! revocation is a record, chained and checkpointed with the key store's audit key, in a
//! file and in the key store's table; a name typed at a failed sign-in appears only as its
//! HMAC (`cu kms audit hmac` finds it).

mod common;

use common::servers::{Agent, Setup, TENANT_A};
use serde_json::Value;

const REDIRECT: &str = "https://app.example/callback";

fn identity_audited(setup: &Setup) -> common::servers::Server {
    setup.identity_client("web-app", &["--public", "--redirect-uri", REDIRECT]);
    setup.identity_client("svc-a", &["--secret-out", "svc-a.secret"]);
    setup.identity_config("cu-identity.yaml");
    let config = std::fs::read_to_string(setup.path("cu-identity.yaml")).unwrap();
    std::fs::write(
        setup.path("audited.yaml"),
        format!(
            "{config}audit: {{file: audit/identity.log, store: true, checkpoint_records: 4}}\n"
        ),
    )
    .unwrap();
    std::fs::create_dir(setup.path("audit")).unwrap();
    setup.start_identity("audited.yaml")
}

fn kms_audit(setup: &Setup, args: &[&str], stdin: Option<&[u8]>) -> (Option<i32>, String) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_cu"));
    command
        .current_dir(setup.dir.path())
        .args(["kms", "audit"])
        .args(args)
        .args(setup.identity_keys_args())
        .args(["--unseal-file", "identity-unseal.key"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = command.spawn().unwrap();
    {
        use std::io::Write;
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.unwrap_or_default()).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(if out.status.success() {
        &out.stdout
    } else {
        &out.stderr
    })
    .to_string();
    (out.status.code(), text)
}

on_both_stores!(sign_ins_and_token_decisions_are_audited);

fn sign_ins_and_token_decisions_are_audited(setup: Setup) {
    let s = identity_audited(&setup);
    let issuer = s.public.clone();
    let client = s.client(false);
    let secret = std::fs::read_to_string(setup.path("svc-a.secret"))
        .unwrap()
        .trim()
        .to_string();
    let token = |form: &[(&str, &str)], user: &str, secret: Option<&str>, id: &str| {
        let mut r = client
            .post(format!("{issuer}/oauth2/v1/token"))
            .header("x-request-id", id);
        if let Some(secret) = secret {
            r = r.basic_auth(user, Some(secret));
        }
        let r = r.form(form).send().unwrap();
        let status = r.status().as_u16();
        (status, r.json::<Value>().unwrap())
    };
    let cc = [
        ("grant_type", "client_credentials"),
        ("scope", "kms:encrypt"),
    ];
    let (status, issued) = token(&cc, "svc-a", Some(&secret), "cc-ok");
    assert_eq!(status, 200, "{issued}");
    let (status, _) = token(&cc, "svc-a", Some("not-the-secret"), "cc-bad");
    assert_eq!(status, 401);

    // The code flow, with a wrong password first (typed into the name field, as happens).
    let browser = Agent::new(&setup.path("ca/root.pem"));
    use sha2::Digest;
    let verifier = "v".repeat(64);
    let challenge = common::servers::b64(&sha2::Sha256::digest(verifier.as_bytes()));
    let pairs = [
        ("client_id", "web-app"),
        ("redirect_uri", REDIRECT),
        ("scope", "openid kms:encrypt"),
        ("state", "s1"),
    ];
    let login = browser.authorize(&issuer, &challenge, &pairs);
    let typed = "hunter2-typed-as-a-name";
    let wrong = browser.post(
        &format!("{issuer}/oauth2/v1/login"),
        &[
            ("request", &login.hidden("request")),
            ("csrf", &login.hidden("csrf")),
            ("username", typed),
            ("password", "not-it"),
        ],
        &[("origin", &issuer)],
    );
    assert!(wrong.body.contains("wrong"), "{}", wrong.body);
    let (code, verifier) = browser.code_flow(
        &issuer,
        "web-app",
        REDIRECT,
        "openid kms:encrypt",
        "admin-a",
    );
    let exchange = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", REDIRECT),
        ("code_verifier", verifier.as_str()),
        ("client_id", "web-app"),
    ];
    let (status, tokens) = token(&exchange, "", None, "code-ok");
    assert_eq!(status, 200, "{tokens}");
    let (status, replayed) = token(&exchange, "", None, "code-replay");
    assert_eq!(status, 400);
    assert_eq!(replayed["error"], "invalid_grant");
    let access = issued["access_token"].as_str().unwrap().to_string();
    let r = client
        .post(format!("{issuer}/oauth2/v1/introspect"))
        .basic_auth("svc-a", Some(&secret))
        .form(&[("token", access.as_str())])
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = client
        .post(format!("{issuer}/oauth2/v1/revoke"))
        .basic_auth("svc-a", Some(&secret))
        .form(&[("token", access.as_str())])
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);

    // Client changes made with the server's config while it runs: recorded in the key
    // store's trail, chained with the server's own records there.
    let cli = |args: &[&str]| {
        let mut all = vec!["-q", "identity", "client", "--config", "audited.yaml"];
        all.extend(args);
        common::servers::run_ok(setup.dir.path(), &all, None)
    };
    cli(&[
        "create",
        "svc-b",
        "--tenant",
        TENANT_A,
        "--scope",
        "kms:encrypt",
        "--secret-out",
        "svc-b.secret",
    ]);
    cli(&["rotate-secret", "svc-b", "--secret-out", "svc-b2.secret"]);
    let secret_b = std::fs::read_to_string(setup.path("svc-b2.secret"))
        .unwrap()
        .trim()
        .to_string();
    let r = client
        .post(format!("{issuer}/oauth2/v1/token"))
        .basic_auth("svc-b", Some(&secret_b))
        .form(&cc)
        .send()
        .unwrap();
    assert_eq!(
        r.status(),
        200,
        "the server serves the client made with its config"
    );
    drop(s);
    let stored_records: Vec<Value> = kms_audit(&setup, &["search", "--in-store"], None)
        .1
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for op in ["client_create", "client_rotate_secret"] {
        let r = stored_records
            .iter()
            .find(|r| r["op"] == op)
            .unwrap_or_else(|| panic!("no {op} record in {stored_records:#?}"));
        assert_eq!(r["type"], "admin");
        assert_eq!(r["subject"], "svc-b");
        assert_eq!(r["tenant"], TENANT_A);
        assert_eq!(r["via"], "cli");
    }
    assert!(
        stored_records.iter().any(|r| r["principal"] == "svc-b"),
        "the server's record of svc-b's token is in the same trail"
    );
    // A trail kept only in a file (which the server alone writes) cannot take a record
    // from here: the change is made and the command says it is not recorded.
    let config = std::fs::read_to_string(setup.path("audited.yaml")).unwrap();
    std::fs::write(
        setup.path("file-only.yaml"),
        config.replace(", store: true", ""),
    )
    .unwrap();
    let out = common::servers::cu()
        .current_dir(setup.dir.path())
        .args(["identity", "client", "--config", "file-only.yaml"])
        .args(["rotate-secret", "svc-b", "--secret-out", "svc-b3.secret"])
        .env("NO_COLOR", "1")
        // The --state password from the environment does not stand in --config's way.
        .env("CU_IDENTITY_STATE_PASSWORD_FILE", "meant-for-state.pw")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not in the audit trail") && stderr.contains("audit.store"),
        "{stderr}"
    );

    let text = std::fs::read_to_string(setup.path("audit/identity.log")).unwrap();
    let records: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|r: &Value| r["type"] == "request")
        .collect();
    let by_id = |id: &str| {
        records
            .iter()
            .find(|r| r["request_id"] == id)
            .unwrap_or_else(|| panic!("no record of {id} in {records:#?}"))
    };
    let ok = by_id("cc-ok");
    assert_eq!(ok["op"], "token");
    assert_eq!(ok["result"], "ok");
    assert_eq!(ok["principal"], "svc-a");
    assert_eq!(ok["tenant"], TENANT_A);
    assert_eq!(ok["grant_type"], "client_credentials");
    let bad = by_id("cc-bad");
    assert_eq!(bad["result"], "denied");
    assert_eq!(bad["problem"], "invalid_client");
    assert!(bad["reason"].as_str().is_some(), "{bad}");
    let exchanged = by_id("code-ok");
    assert_eq!(exchanged["grant_type"], "authorization_code");
    assert_eq!(exchanged["principal"], "web-app");
    assert_eq!(exchanged["auth"], "none");
    let replay = by_id("code-replay");
    assert_eq!(replay["result"], "refused");
    assert_eq!(replay["problem"], "invalid_grant");
    assert!(
        replay["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("code"),
        "{replay}"
    );
    let sign_ins: Vec<&Value> = records.iter().filter(|r| r["op"] == "sign_in").collect();
    assert_eq!(sign_ins.len(), 2, "{sign_ins:#?}");
    let failed = sign_ins[0];
    assert_eq!(failed["result"], "denied");
    assert_eq!(failed["reason"], "bad_credentials");
    assert_eq!(failed["client_id"], "web-app");
    assert!(failed.get("principal").is_none(), "{failed}");
    let user_hmac = failed["user_hmac"].as_str().unwrap().to_string();
    assert!(user_hmac.starts_with("audit-hmac/v1:"), "{user_hmac}");
    let signed_in = sign_ins[1];
    assert_eq!(signed_in["result"], "ok");
    assert_eq!(signed_in["principal"], "admin-a");
    assert_eq!(signed_in["auth"], "password");
    let consent = records.iter().find(|r| r["op"] == "consent").unwrap();
    assert_eq!(consent["reason"], "code_issued");
    assert_eq!(consent["principal"], "admin-a");
    for op in ["authorize", "introspect", "revoke"] {
        assert!(
            records.iter().any(|r| r["op"] == op && r["result"] == "ok"),
            "no {op} record"
        );
    }
    // No secret, and not the typed name, in clear.
    let stored = kms_audit(&setup, &["search", "--in-store"], None).1;
    for secret in [
        secret.as_str(),
        "not-the-secret",
        "pw-admin-a",
        "not-it",
        typed,
        &access,
        &code,
        &verifier,
        tokens["access_token"].as_str().unwrap(),
    ] {
        assert!(!text.contains(secret), "the trail holds {secret}");
        assert!(!stored.contains(secret), "the store's trail holds {secret}");
    }
    // The HMAC of the typed name finds the record.
    let (code_hmac, printed) = kms_audit(&setup, &["hmac"], Some(format!("{typed}\n").as_bytes()));
    assert_eq!(code_hmac, Some(0), "{printed}");
    assert_eq!(printed.trim(), user_hmac);
    // Both sinks verify with the key store's audit key.
    let (code, out) = kms_audit(&setup, &["verify", "audit/identity.log"], None);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with("intact"), "{out}");
    let (code, out) = kms_audit(&setup, &["verify", "--in-store"], None);
    assert_eq!(code, Some(0), "{out}");
}
