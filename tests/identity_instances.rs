//! Two `cu identity serve` instances on one PostgreSQL state (and one signing-key store),
//! requests spread over both: a code made on one is exchanged on the other, refresh, revoke
//! and introspection agree everywhere, an authorization code or a refresh token redeemed on
//! both at once is good once (and its replay revokes what the first use issued), a
//! `pg_dump` holds no signing seed, client secret or token, a database restart gives fast
//! 503s and recovery without restarting the instances, and `cu identity migrate` copies a
//! state between SQLite and PostgreSQL that a server then serves from.

mod common;

use std::time::{Duration, Instant};

use common::pg;
use common::servers::{run_ok, Agent, Server, Setup, TENANT_A};
use serde_json::Value;

const REDIRECT: &str = "http://127.0.0.1:9/callback";

struct Pair {
    setup: Setup,
    ids: Vec<Server>,
    http: Vec<reqwest::blocking::Client>,
}

/// `n` identity servers on the setup's state, with a confidential code-flow client
/// (`web-conf`) and a resource server (`rs`).
fn instances(setup: Setup, n: usize) -> Pair {
    instances_with(setup, n, "")
}

/// The same, with `extra` config lines.
fn instances_with(setup: Setup, n: usize, extra: &str) -> Pair {
    setup.identity_client(
        "web-conf",
        &[
            "--redirect-uri",
            REDIRECT,
            "--secret-out",
            "web-conf.secret",
        ],
    );
    setup.identity_client("rs", &["--resource-server", "--secret-out", "rs.secret"]);
    setup.identity_client("svc-a", &["--secret-out", "svc-a.secret"]);
    setup.identity_config("cu-identity.yaml");
    let mut config = std::fs::read_to_string(setup.path("cu-identity.yaml")).unwrap();
    config.push_str(extra);
    std::fs::write(setup.path("cu-identity.yaml"), config).unwrap();
    // Behind one load balancer the instances are one issuer: the first one's URL.
    let first = setup.start_identity("cu-identity.yaml");
    let config = std::fs::read_to_string(setup.path("cu-identity.yaml")).unwrap();
    std::fs::write(
        setup.path("cu-identity-more.yaml"),
        format!("issuer: \"{}\"\n{config}", first.public),
    )
    .unwrap();
    let mut ids = vec![first];
    ids.extend((1..n).map(|_| setup.start_identity("cu-identity-more.yaml")));
    let http = ids.iter().map(|s| s.client(false)).collect();
    Pair { setup, ids, http }
}

impl Pair {
    fn secret(&self, client: &str) -> String {
        std::fs::read_to_string(self.setup.path(&format!("{client}.secret")))
            .unwrap()
            .trim()
            .to_string()
    }

    /// POST a form to instance `i` with client_secret_basic as `client`.
    fn post(&self, i: usize, path: &str, client: &str, form: &[(&str, &str)]) -> (u16, Value) {
        let response = self.http[i]
            .post(format!("{}{path}", self.ids[i].public))
            .basic_auth(client, Some(self.secret(client)))
            .form(form)
            .send()
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().unwrap_or(Value::Null))
    }

    fn active(&self, i: usize, token: &str) -> bool {
        let (status, v) = self.post(i, "/oauth2/v1/introspect", "rs", &[("token", token)]);
        assert_eq!(status, 200, "{v}");
        v["active"] == true
    }

    /// Sign in as admin-a on instance `i`: an authorization code for web-conf, and its
    /// PKCE verifier.
    fn code(&self, i: usize, browser: &Agent) -> (String, String) {
        browser.code_flow(
            &self.ids[i].public,
            "web-conf",
            REDIRECT,
            "openid kms:encrypt",
            "admin-a",
        )
    }

    /// A client-credentials token of `svc-a` from instance `i`.
    fn service(&self, i: usize) -> (u16, Value) {
        self.post(
            i,
            "/oauth2/v1/token",
            "svc-a",
            &[("grant_type", "client_credentials")],
        )
    }

    fn exchange(&self, i: usize, code: &str, verifier: &str) -> (u16, Value) {
        self.post(
            i,
            "/oauth2/v1/token",
            "web-conf",
            &[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", verifier),
            ],
        )
    }

    fn refresh(&self, i: usize, token: &str) -> (u16, Value) {
        self.post(
            i,
            "/oauth2/v1/token",
            "web-conf",
            &[("grant_type", "refresh_token"), ("refresh_token", token)],
        )
    }

    /// `form` posted as web-conf by `per_instance` racers on every instance at once.
    fn race(&self, per_instance: usize, form: &[(&str, &str)]) -> Vec<(u16, Value)> {
        let clients: Vec<(usize, reqwest::blocking::Client)> = (0..self.ids.len())
            .flat_map(|i| (0..per_instance).map(move |_| i))
            .map(|i| (i, self.ids[i].client(false)))
            .collect();
        // Connections made before the race, so that the requests leave together.
        for (i, c) in &clients {
            c.get(format!("{}/oauth2/v1/jwks", self.ids[*i].public))
                .send()
                .unwrap();
        }
        let secret = self.secret("web-conf");
        let barrier = std::sync::Barrier::new(clients.len());
        std::thread::scope(|scope| {
            let racers: Vec<_> = clients
                .iter()
                .map(|(i, c)| {
                    let (barrier, secret) = (&barrier, &secret);
                    let url = format!("{}/oauth2/v1/token", self.ids[*i].public);
                    scope.spawn(move || {
                        barrier.wait();
                        let r = c
                            .post(url)
                            .basic_auth("web-conf", Some(secret))
                            .form(form)
                            .send()
                            .unwrap();
                        let status = r.status().as_u16();
                        (status, r.json().unwrap_or(Value::Null))
                    })
                })
                .collect();
            racers.into_iter().map(|r| r.join().unwrap()).collect()
        })
    }
}

#[test]
fn a_sign_in_on_one_instance_is_served_by_the_other() {
    let Some(c) = pg::cluster() else { return };
    let p = instances(Setup::on_postgres(c), 2);
    let browser = Agent::new(&p.setup.path("ca/root.pem"));
    let (code, verifier) = p.code(0, &browser);
    let (status, tokens) = p.exchange(1, &code, &verifier);
    assert_eq!(status, 200, "a code made on one instance: {tokens}");
    let access = tokens["access_token"].as_str().unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap();
    assert!(p.active(0, access) && p.active(1, access));
    let (status, next) = p.refresh(0, refresh);
    assert_eq!(status, 200, "{next}");
    let next_refresh = next["refresh_token"].as_str().unwrap();
    // The rotated-out refresh token, replayed on the other instance, revokes the family.
    let (status, replay) = p.refresh(1, refresh);
    assert_eq!(
        (status, replay["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    for i in 0..2 {
        assert!(
            !p.active(i, next_refresh),
            "instance {i}: the family is revoked"
        );
        assert!(!p.active(i, next["access_token"].as_str().unwrap()));
    }
    // Revocation (RFC 7009) on one instance holds on the other.
    let (code, verifier) = p.code(1, &browser);
    let (_, fresh) = p.exchange(0, &code, &verifier);
    let token = fresh["access_token"].as_str().unwrap();
    assert!(p.active(1, token));
    let (status, _) = p.post(0, "/oauth2/v1/revoke", "web-conf", &[("token", token)]);
    assert_eq!(status, 200);
    assert!(!p.active(1, token), "revoked on 0, still active on 1");
    // A client registered while both run is known to both at once.
    p.setup
        .identity_client("late", &["--secret-out", "late.secret"]);
    for i in 0..2 {
        let (status, v) = p.post(
            i,
            "/oauth2/v1/token",
            "late",
            &[("grant_type", "client_credentials")],
        );
        assert_eq!(status, 200, "instance {i}: {v}");
    }
}

/// One code, exchanged by racers on both instances at once, many times over: at most one
/// exchange gets tokens, every other is invalid_grant, and (RFC 6749 §4.1.2) the replay
/// revokes whatever the first exchange issued.
#[test]
fn a_code_redeemed_on_two_instances_at_once_is_good_once() {
    const ROUNDS: usize = 25;
    let Some(c) = pg::cluster() else { return };
    let p = instances(Setup::on_postgres(c), 2);
    let browser = Agent::new(&p.setup.path("ca/root.pem"));
    let mut single_winner = 0;
    for round in 0..ROUNDS {
        let (code, verifier) = p.code(round % 2, &browser);
        let answers = p.race(
            2,
            &[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", &verifier),
            ],
        );
        let won: Vec<&Value> = answers
            .iter()
            .filter(|(s, _)| *s == 200)
            .map(|(_, v)| v)
            .collect();
        assert!(won.len() <= 1, "round {round}: {answers:?}");
        single_winner += won.len();
        for (status, v) in &answers {
            assert!(
                *status == 200 || (*status == 400 && v["error"] == "invalid_grant"),
                "round {round}: {status} {v}"
            );
        }
        for v in won {
            for i in 0..2 {
                assert!(
                    !p.active(i, v["access_token"].as_str().unwrap()),
                    "round {round}: the replayed code's access token is live on {i}"
                );
                assert!(
                    !p.active(i, v["refresh_token"].as_str().unwrap()),
                    "round {round}: the replayed code's refresh token is live on {i}"
                );
            }
        }
    }
    eprintln!("{single_winner} of {ROUNDS} races had a winner (the others: the replay came first)");
    assert!(single_winner >= 1, "no exchange ever succeeded");
}

/// One refresh token, redeemed by racers on both instances at once, many times over: at most
/// one gets a new token, and no refresh token issued in the race is live afterwards.
#[test]
fn a_refresh_token_redeemed_on_two_instances_at_once_is_good_once() {
    const ROUNDS: usize = 25;
    let Some(c) = pg::cluster() else { return };
    let p = instances(Setup::on_postgres(c), 2);
    let browser = Agent::new(&p.setup.path("ca/root.pem"));
    for round in 0..ROUNDS {
        let (code, verifier) = p.code(round % 2, &browser);
        let (status, tokens) = p.exchange((round + 1) % 2, &code, &verifier);
        assert_eq!(status, 200, "{tokens}");
        let first = tokens["refresh_token"].as_str().unwrap();
        let answers = p.race(
            3,
            &[("grant_type", "refresh_token"), ("refresh_token", first)],
        );
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
            for i in 0..2 {
                assert!(!p.active(i, next), "round {round}: live on {i}");
            }
            let (status, again) = p.refresh(round % 2, next);
            assert_eq!(
                (status, again["error"].as_str()),
                (400, Some("invalid_grant")),
                "round {round}: {again}"
            );
            for i in 0..2 {
                assert!(
                    !p.active(i, v["access_token"].as_str().unwrap()),
                    "round {round}: the winner's access token is live on {i}"
                );
            }
        }
        assert!(!p.active(0, tokens["access_token"].as_str().unwrap()));
    }
}

/// A sign-out on one instance racing the exchange of a code of that session on the other,
/// many times over: whichever comes first, nothing the session granted is live afterwards.
#[test]
fn a_sign_out_racing_an_exchange_on_the_other_instance_leaves_nothing_live() {
    const ROUNDS: usize = 15;
    let Some(c) = pg::cluster() else { return };
    let p = instances(Setup::on_postgres(c), 2);
    let mut exchanged = 0;
    for round in 0..ROUNDS {
        let browser = Agent::new(&p.setup.path("ca/root.pem"));
        let (code, verifier) = p.code(round % 2, &browser);
        let out = format!("{}/oauth2/v1/logout", p.ids[round % 2].public);
        let barrier = std::sync::Barrier::new(2);
        let ((status, tokens), signed_out) = std::thread::scope(|scope| {
            let exchange = scope.spawn(|| {
                barrier.wait();
                p.exchange((round + 1) % 2, &code, &verifier)
            });
            let logout = scope.spawn(|| {
                barrier.wait();
                // Later and later, so that some exchanges finish first, some are under way,
                // and some come after.
                std::thread::sleep(Duration::from_millis((round as u64 % 8) * 4));
                browser.post(&out, &[], &[]).status
            });
            (exchange.join().unwrap(), logout.join().unwrap())
        });
        assert_eq!(signed_out, 200, "round {round}");
        if status == 200 {
            exchanged += 1;
            for i in 0..2 {
                for t in ["access_token", "refresh_token"] {
                    assert!(
                        !p.active(i, tokens[t].as_str().unwrap()),
                        "round {round}: the {t} is live on {i} after the sign-out"
                    );
                }
            }
            let (status, again) = p.refresh(round % 2, tokens["refresh_token"].as_str().unwrap());
            assert_eq!(status, 400, "round {round}: {again}");
        } else {
            assert_eq!(
                tokens["error"], "invalid_grant",
                "round {round}: {status} {tokens}"
            );
        }
    }
    eprintln!("{exchanged} of {ROUNDS} exchanges got tokens before the sign-out spent the code");
    assert!(
        exchanged >= 1,
        "no exchange came before a sign-out: the race was not run"
    );
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Whether `dump` holds `secret` raw, in hex (how pg_dump writes bytea) or in base64url.
fn holds(dump: &[u8], secret: &[u8]) -> bool {
    let forms = [
        secret.to_vec(),
        hex(secret).into_bytes(),
        common::servers::b64(secret).into_bytes(),
    ];
    forms
        .iter()
        .any(|f| dump.windows(f.len()).any(|w| w == f.as_slice()))
}

#[test]
fn a_dump_of_the_databases_holds_no_seed_secret_or_token() {
    let Some(c) = pg::cluster() else { return };
    let p = instances(Setup::on_postgres(c), 1);
    let browser = Agent::new(&p.setup.path("ca/root.pem"));
    let (code, verifier) = p.code(0, &browser);
    let (_, tokens) = p.exchange(0, &code, &verifier);
    let (_, service) = p.service(0);
    run_ok(
        p.setup.dir.path(),
        &[
            "-q",
            "identity",
            "rotate-signing-key",
            "--config",
            "cu-identity.yaml",
        ],
        None,
    );
    let (state_db, keys_db) = p.setup.identity_databases().unwrap();
    let dump = [
        c.dump(pg::db_name(&state_db)),
        c.dump(pg::db_name(&keys_db)),
    ]
    .concat();
    // The seeds, read back through the key store with the unseal secret.
    let unseal = std::fs::read(p.setup.path("identity-unseal.key")).unwrap();
    let mut store = cu::kms::store::Store::open(
        p.setup.identity_keys_location(),
        &cu::kms::store::Unseal::Secret(unseal.clone().into()),
        Some(TENANT_A),
        false,
        0,
    )
    .unwrap();
    let key = cu::identity::keys::DEFAULT_KEY_NAME;
    let info = store.key_info(key).unwrap();
    assert_eq!(info.versions.len(), 2, "one seed per version");
    for v in &info.versions {
        let (_, _, pkcs8) = store
            .material(key, Some(v.version), &[cu::kms::KeyType::Ed25519], "export")
            .unwrap();
        // The seed is the last 32 bytes of the PKCS#8 document.
        let seed = &pkcs8[pkcs8.len() - 32..];
        assert!(
            !holds(&dump, seed),
            "version {}: a seed is in the dump",
            v.version
        );
        assert!(!holds(&dump, &pkcs8));
    }
    assert!(!holds(&dump, &unseal), "the unseal secret is in the dump");
    for secret in ["web-conf", "rs", "svc-a"] {
        assert!(
            !holds(&dump, p.secret(secret).as_bytes()),
            "{secret}'s secret"
        );
    }
    for token in [
        tokens["refresh_token"].as_str().unwrap(),
        tokens["access_token"].as_str().unwrap(),
        service["access_token"].as_str().unwrap(),
        &code,
    ] {
        assert!(!holds(&dump, token.as_bytes()), "a token is in the dump");
    }
    // Not a vacuous scan: the dump holds the state's tables and rows.
    let text = String::from_utf8_lossy(&dump);
    assert!(
        text.contains("cu_identity.refresh_tokens"),
        "{}",
        text.len()
    );
    assert!(text.contains("web-conf"));
}

/// Wrong client secrets spread over both instances add up to the address's limit: then a
/// wrong secret is 429 on each (within the sharing's 250 ms poll), and a client that proves
/// its secret is still served.
#[test]
fn failed_client_authentications_add_up_across_instances() {
    let Some(c) = pg::cluster() else { return };
    let setup = Setup::on_postgres(c);
    let p = instances_with(
        setup,
        2,
        "lockout: {address_failures: 4, address_lockout_seconds: 300}\n",
    );
    let wrong = |i: usize| {
        let r = p.http[i]
            .post(format!("{}/oauth2/v1/token", p.ids[i].public))
            .basic_auth("svc-a", Some("not-the-secret"))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .unwrap();
        r.status().as_u16()
    };
    for k in 0..4 {
        assert_eq!(wrong(k % 2), 401, "guess {k}");
    }
    for i in 0..2 {
        // A wrong secret either counts once more (401) or finds the address locked (429).
        let started = Instant::now();
        while wrong(i) != 429 {
            assert!(
                started.elapsed() < Duration::from_secs(3),
                "instance {i}: the lock did not arrive"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let (status, v) = p.service(i);
        assert_eq!(status, 200, "instance {i}: a proven secret is served: {v}");
    }
}

#[test]
fn a_database_restart_gives_fast_503s_and_the_instances_recover() {
    let Some(cluster) = pg::private_cluster("identity-restart") else {
        return;
    };
    let p = instances(Setup::on_postgres(&cluster), 2);
    let service = |i: usize| p.service(i);
    for i in 0..2 {
        assert_eq!(service(i).0, 200);
        assert_eq!(p.ids[i].admin_get("/readyz").0, 200);
    }
    cluster.stop_server();
    for i in 0..2 {
        let started = Instant::now();
        let response = p.http[i]
            .post(format!("{}/oauth2/v1/token", p.ids[i].public))
            .basic_auth("svc-a", Some(p.secret("svc-a")))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .unwrap();
        let took = started.elapsed();
        assert_eq!(response.status().as_u16(), 503, "instance {i}");
        assert!(response.headers().get("retry-after").is_some());
        let v: Value = response.json().unwrap();
        assert_eq!(v["error"], "temporarily_unavailable", "{v}");
        assert!(took < Duration::from_secs(6), "instance {i}: {took:?}");
        let (status, text) = p.ids[i].admin_get("/readyz");
        assert_eq!(status, 503, "{text}");
    }
    cluster.start_server();
    for i in 0..2 {
        let started = Instant::now();
        loop {
            let (status, v) = service(i);
            if status == 200 {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "instance {i} did not recover: {status} {v}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        assert_eq!(p.ids[i].admin_get("/readyz").0, 200);
    }
}

/// SQLite → PostgreSQL → SQLite: every row copied and verified, a rerun is safe, a
/// destination holding other rows is refused untouched, and a server on the copy takes the
/// tokens the original issued.
#[test]
fn migrate_copies_the_state_both_ways() {
    let Some(c) = pg::cluster() else { return };
    let p = instances(Setup::new(), 1);
    let d = p.setup.dir.path();
    let browser = Agent::new(&p.setup.path("ca/root.pem"));
    let (code, verifier) = p.code(0, &browser);
    let (_, tokens) = p.exchange(0, &code, &verifier);
    let refresh = tokens["refresh_token"].as_str().unwrap().to_string();
    let (_, revoked) = p.service(0);
    let revoked = revoked["access_token"].as_str().unwrap().to_string();
    p.post(0, "/oauth2/v1/revoke", "svc-a", &[("token", &revoked)]);
    drop(p.ids);
    let url = c.database();
    let password = c.password_file.display().to_string();
    let migrate = |from: &str, to: &str, extra: &[&str]| {
        let mut args = vec![
            "--output", "json", "identity", "migrate", "--from", from, "--to", to,
        ];
        args.extend(extra);
        let out = run_ok(d, &args, None);
        serde_json::from_str::<Value>(&out).unwrap()
    };
    let to_pg = migrate("identity.db", &url, &["--to-password-file", &password]);
    assert_eq!(to_pg["verified"], true, "{to_pg}");
    assert_eq!(to_pg["rows"]["clients"], 3, "{to_pg}");
    assert!(to_pg["rows"]["refresh_tokens"].as_u64().unwrap() >= 1);
    assert!(to_pg["rows"]["revoked"].as_u64().unwrap() >= 1);
    // A rerun copies nothing new and succeeds.
    let again = migrate("identity.db", &url, &["--to-password-file", &password]);
    assert_eq!(again["rows"], to_pg["rows"]);
    // And back to a new SQLite file: the same rows.
    let back = migrate(&url, "sqlite:back.db", &["--from-password-file", &password]);
    assert_eq!(back["rows"], to_pg["rows"]);
    // A destination with rows of its own is refused and left as it was.
    let other = c.database();
    run_ok(
        d,
        &[
            "-q",
            "identity",
            "client",
            "create",
            "stranger",
            "--state",
            &other,
            "--state-password-file",
            &password,
            "--tenant",
            TENANT_A,
        ],
        None,
    );
    let refused = common::servers::cu()
        .current_dir(d)
        .args([
            "identity",
            "migrate",
            "--from",
            "identity.db",
            "--to",
            &other,
            "--to-password-file",
            &password,
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("not an earlier copy"), "{stderr}");
    let listed = run_ok(
        d,
        &[
            "--output",
            "json",
            "identity",
            "client",
            "list",
            "--state",
            &other,
            "--state-password-file",
            &password,
        ],
        None,
    );
    let listed: Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed["clients"].as_array().unwrap().len(), 1, "{listed}");
    // A server on the PostgreSQL copy takes the original's refresh token and knows the
    // revocation.
    let config = std::fs::read_to_string(p.setup.path("cu-identity.yaml"))
        .unwrap()
        .replace(
            "state: identity.db\n",
            &format!("state: \"{url}\"\nstate_password_file: \"{password}\"\n"),
        );
    std::fs::write(p.setup.path("cu-identity-pg.yaml"), config).unwrap();
    let copy = p.setup.start_identity("cu-identity-pg.yaml");
    let q = Pair {
        http: vec![copy.client(false)],
        ids: vec![copy],
        setup: p.setup,
    };
    assert!(!q.active(0, &revoked), "the revocation was not copied");
    let (status, v) = q.refresh(0, &refresh);
    assert_eq!(status, 200, "{v}");
}
