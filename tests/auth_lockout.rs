//! Password guessing against real running servers, refused before PBKDF2 (issue 14, medium
//! finding 5): a user name locked after its failures (even for the right password, known or
//! unknown names alike), one address guessing many names throttled, sixteen parallel guessers
//! while an already-verified client keeps being served, one PBKDF2 for concurrent first
//! requests of one credential, and the same lockout on the KMS console's and the identity
//! server's sign-in forms and on client-secret authentication. "Before PBKDF2" is read from the
//! servers' `*_auth_pbkdf2_total` counters, not from timing.

mod common;

use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use common::servers::{run_ok, Agent, Reply, Server, Setup, TENANT_A};
use serde_json::Value;

on_both_stores!(
    five_wrong_passwords_lock_the_name_even_for_the_right_password,
    an_unknown_name_is_locked_the_same_way,
    one_address_guessing_many_names_is_throttled,
    sixteen_guessers_leave_a_verified_client_fast,
    the_console_sign_in_is_locked_out_too,
    the_identity_login_form_is_locked_out_too,
    client_secret_guessing_is_throttled_per_address,
    the_credential_cache_remembers_only_the_exact_pair,
);

/// A counter's value on the server's /metrics (0 when absent).
fn counter(s: &Server, line_start: &str) -> u64 {
    let (status, text) = s.admin_get("/metrics");
    assert_eq!(status, 200);
    text.lines()
        .find_map(|l| l.strip_prefix(line_start)?.trim().parse().ok())
        .unwrap_or(0)
}

fn pbkdf2(s: &Server) -> u64 {
    counter(s, "cu_kms_auth_pbkdf2_total ")
}

/// A client whose connections come from `127.0.0.<last>`.
fn client_from(s: &Server, last: u8) -> reqwest::blocking::Client {
    let roots = cu::pki::pem::only_certificates(&std::fs::read(&s.root).unwrap(), "ca").unwrap();
    let tls = cu::pki::tls::client_config(&roots, None).unwrap();
    reqwest::blocking::Client::builder()
        .use_preconfigured_tls((*tls).clone())
        .local_address(IpAddr::from([127, 0, 0, last]))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// GET /keys with Basic `user`:`password`.
fn list(s: &Server, client: &reqwest::blocking::Client, user: &str, password: &str) -> Reply {
    let response = client
        .get(format!("{}/service/api/v1/keys", s.public))
        .basic_auth(user, Some(password))
        .send()
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().unwrap();
    Reply {
        status,
        body: serde_json::from_str(&text).unwrap_or(Value::String(text)),
        headers,
    }
}

fn retry_after(r: &Reply) -> u64 {
    r.headers
        .get("retry-after")
        .unwrap_or_else(|| panic!("no Retry-After: {} {}", r.status, r.body))
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

fn kms_on(setup: Setup, lockout: &str) -> (Setup, Server) {
    setup.config("cu-kms.yaml", "off", &format!("lockout: {lockout}\n"));
    let server = setup.start("cu-kms.yaml");
    (setup, server)
}

/// The detail with its numbers taken out (seconds left differ between two refusals).
fn shape(detail: &Value) -> String {
    detail
        .as_str()
        .unwrap()
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect()
}

fn five_wrong_passwords_lock_the_name_even_for_the_right_password(setup: Setup) {
    let (_setup, s) = kms_on(
        setup,
        "{failures: 5, window_seconds: 60, lockout_seconds: 3, address_failures: 1000}",
    );
    let attacker = client_from(&s, 21);
    for _ in 0..5 {
        assert_eq!(list(&s, &attacker, "admin-a", "guess").status, 401);
    }
    assert_eq!(pbkdf2(&s), 5);
    let right = list(&s, &attacker, "admin-a", "pw-admin-a");
    assert_eq!(right.status, 429, "{}", right.body);
    assert_eq!(right.body["code"], "locked_out", "{}", right.body);
    assert_eq!(right.headers["content-type"], "application/problem+json");
    assert!(
        right.body["detail"]
            .as_str()
            .unwrap()
            .contains("even the right password"),
        "{}",
        right.body
    );
    let wait = retry_after(&right);
    assert!((1..=3).contains(&wait), "Retry-After {wait}");
    // Locked from everywhere (this address never signed the name in), a wrong guess too.
    let elsewhere = client_from(&s, 22);
    assert_eq!(list(&s, &elsewhere, "admin-a", "pw-admin-a").status, 429);
    assert_eq!(list(&s, &attacker, "admin-a", "guess-6").status, 429);
    assert_eq!(pbkdf2(&s), 5, "a refused attempt ran PBKDF2");
    assert!(counter(&s, "cu_kms_auth_throttled_total{reason=\"locked_out\"} ") >= 3);
    // After the lockout the right password works again.
    std::thread::sleep(Duration::from_millis(wait * 1000 + 300));
    let after = list(&s, &attacker, "admin-a", "pw-admin-a");
    assert_eq!(after.status, 200, "{}", after.body);
    assert_eq!(pbkdf2(&s), 6);
}

fn an_unknown_name_is_locked_the_same_way(setup: Setup) {
    let (_setup, s) = kms_on(
        setup,
        "{failures: 5, window_seconds: 60, lockout_seconds: 60, address_failures: 1000}",
    );
    let (a, b) = (client_from(&s, 31), client_from(&s, 32));
    for _ in 0..5 {
        let known = list(&s, &a, "admin-a", "guess");
        let unknown = list(&s, &b, "nobody-here", "guess");
        assert_eq!((known.status, unknown.status), (401, 401));
        assert_eq!(known.body["detail"], unknown.body["detail"]);
    }
    // The decoy hash runs for the unknown name too: ten guesses, ten hashes.
    assert_eq!(pbkdf2(&s), 10);
    let known = list(&s, &a, "admin-a", "pw-admin-a");
    let unknown = list(&s, &b, "nobody-here", "anything");
    assert_eq!((known.status, unknown.status), (429, 429));
    assert_eq!(known.body["code"], unknown.body["code"]);
    assert_eq!(shape(&known.body["detail"]), shape(&unknown.body["detail"]));
    // The second refusal was decided a refusal delay (1 s) after the first.
    assert!(retry_after(&known).abs_diff(retry_after(&unknown)) <= 2);
    assert_eq!(pbkdf2(&s), 10);
}

/// A flood of refused sign-ins from a locked address is answered a refusal delay late and
/// outside the concurrency limit: with room for two requests at once, twelve refused
/// guessers in flight do not keep another client from being served at once.
#[test]
fn refused_sign_ins_are_answered_late_without_holding_the_server() {
    let setup = Setup::new();
    setup.config(
        "cu-kms.yaml",
        "off",
        "lockout: {address_failures: 1}\nlimits: {max_concurrent: 2, queue_timeout_ms: 200, refusal_delay_ms: 1500}\n",
    );
    let s = Arc::new(setup.start("cu-kms.yaml"));
    let legit = client_from(&s, 2);
    assert_eq!(list(&s, &legit, "admin-a", "pw-admin-a").status, 200);
    let attacker = client_from(&s, 66);
    assert_eq!(list(&s, &attacker, "admin-b", "guess").status, 401);
    let started = Instant::now();
    let barrier = Arc::new(Barrier::new(13));
    let flood: Vec<_> = (0..12)
        .map(|i| {
            let (s, attacker, barrier) = (s.clone(), attacker.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                let r = list(&s, &attacker, "admin-b", &format!("guess-{i}"));
                (r.status, Instant::now())
            })
        })
        .collect();
    barrier.wait();
    // While the twelve refusals wait out their delay, the legitimate client is served.
    std::thread::sleep(Duration::from_millis(300));
    let asked = Instant::now();
    let served = list(&s, &legit, "admin-a", "pw-admin-a");
    let answered = asked.elapsed();
    assert_eq!(served.status, 200, "{}", served.body);
    assert!(answered < Duration::from_millis(900), "{answered:?}");
    for guesser in flood {
        let (status, at) = guesser.join().unwrap();
        assert_eq!(status, 429);
        assert!(
            at - started >= Duration::from_millis(1500),
            "{:?}",
            at - started
        );
    }
    assert_eq!(pbkdf2(&s), 2);
}

fn one_address_guessing_many_names_is_throttled(setup: Setup) {
    let (_setup, s) = kms_on(setup, "{failures: 5, window_seconds: 60, lockout_seconds: 60, address_failures: 4, address_lockout_seconds: 60}");
    let guesser = client_from(&s, 41);
    for name in ["admin-a", "app-a", "admin-b", "root"] {
        assert_eq!(list(&s, &guesser, name, "guess").status, 401);
    }
    let next = list(&s, &guesser, "operator", "guess");
    assert_eq!(next.status, 429, "{}", next.body);
    assert_eq!(next.body["code"], "throttled");
    assert!(retry_after(&next) > 1);
    // The right password of a name this address never tried is refused as well.
    assert_eq!(list(&s, &guesser, "admin-b", "pw-admin-b").status, 429);
    assert_eq!(pbkdf2(&s), 4);
    // Another address is not affected, and no name got locked.
    let other = client_from(&s, 42);
    assert_eq!(list(&s, &other, "admin-a", "pw-admin-a").status, 200);
    assert!(counter(&s, "cu_kms_auth_throttled_total{reason=\"address\"} ") >= 2);
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn timed_requests(s: &Server, client: &reqwest::blocking::Client, n: usize) -> Vec<Duration> {
    let mut times = Vec::with_capacity(n);
    for i in 0..n {
        let started = Instant::now();
        let r = list(s, client, "admin-a", "pw-admin-a");
        times.push(started.elapsed());
        assert_eq!(
            r.status, 200,
            "request {i} of the verified client: {}",
            r.body
        );
    }
    times.sort();
    times
}

fn sixteen_guessers_leave_a_verified_client_fast(setup: Setup) {
    let (_setup, s) = kms_on(setup, "{failures: 5, window_seconds: 60, lockout_seconds: 60, address_failures: 20, address_lockout_seconds: 60}");
    let s = Arc::new(s);
    let legit = client_from(&s, 2);
    assert_eq!(list(&s, &legit, "admin-a", "pw-admin-a").status, 200);
    let quiet = timed_requests(&s, &legit, 200);
    let stop = Arc::new(AtomicBool::new(false));
    let guessers: Vec<_> = (0..16u8)
        .map(|i| {
            let (s, stop) = (s.clone(), stop.clone());
            std::thread::spawn(move || {
                let c = client_from(&s, 100 + i);
                let (mut n, mut refused) = (0u64, 0u64);
                while !stop.load(Ordering::Relaxed) {
                    // Half aim at the verified client's own name, half spray names.
                    let name = if n % 2 == 0 {
                        "admin-a".to_string()
                    } else {
                        format!("user-{i}-{n}")
                    };
                    let r = list(&s, &c, &name, &format!("guess-{n}"));
                    assert!(
                        r.status == 401 || r.status == 429,
                        "{} {}",
                        r.status,
                        r.body
                    );
                    refused += u64::from(r.status == 429);
                    n += 1;
                }
                (n, refused)
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let attacked = timed_requests(&s, &legit, 200);
    stop.store(true, Ordering::Relaxed);
    let (mut guesses, mut refused) = (0, 0);
    for g in guessers {
        let (n, r) = g.join().unwrap();
        guesses += n;
        refused += r;
    }
    let hashes = pbkdf2(&s);
    let (q50, a50) = (percentile(&quiet, 0.5), percentile(&attacked, 0.5));
    eprintln!(
        "verified client, 200 requests each: without attack median {:?} p99 {:?}; during 16 guessers median {:?} p99 {:?} ({:.2}x median); guesses {guesses}, refused before PBKDF2 {refused}, PBKDF2 runs {hashes}",
        q50,
        percentile(&quiet, 0.99),
        a50,
        percentile(&attacked, 0.99),
        a50.as_secs_f64() / q50.as_secs_f64(),
    );
    // One verification of the legitimate client, at most 5 for the attacked name and 20 per
    // guessing address: everything else was refused before PBKDF2.
    assert!(hashes <= 1 + 5 + 16 * 20, "{hashes} PBKDF2 runs");
    assert!(
        refused > 0 && guesses > hashes,
        "{guesses} guesses, {refused} refused"
    );
}

#[test]
fn concurrent_first_requests_of_one_credential_run_one_pbkdf2() {
    let setup = Setup::new();
    // A slow hash (as in production) so that the requests surely overlap.
    let hash = run_ok(
        setup.dir.path(),
        &["kms", "realm", "hash-password", "--iterations", "300000"],
        Some(b"pw-slow"),
    );
    std::fs::write(
        setup.path("slow.yml"),
        format!(
            "principals:\n  - name: slow\n    tenant: {TENANT_A}\n    password: \"{}\"\n    scopes: [\"kms:keys:read\"]\n",
            hash.trim()
        ),
    )
    .unwrap();
    let config = std::fs::read_to_string(setup.path("cu-kms.yaml"))
        .unwrap()
        .replace("realm: realm.yml", "realm: slow.yml");
    std::fs::write(setup.path("slow.yaml"), config).unwrap();
    let s = Arc::new(setup.start("slow.yaml"));
    const N: usize = 12;
    let barrier = Arc::new(Barrier::new(N));
    let before = pbkdf2(&s);
    let workers: Vec<_> = (0..N)
        .map(|i| {
            let (s, barrier) = (s.clone(), barrier.clone());
            std::thread::spawn(move || {
                let c = client_from(&s, 50 + i as u8);
                // Open the connection first, so the requests start together.
                let _ = c
                    .get(format!("{}/service/api/v1/openapi.json", s.public))
                    .send();
                barrier.wait();
                list(&s, &c, "slow", "pw-slow").status
            })
        })
        .collect();
    let statuses: Vec<u16> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    assert!(statuses.iter().all(|&st| st == 200), "{statuses:?}");
    assert_eq!(pbkdf2(&s) - before, 1, "{N} concurrent first requests");
}

/// Post the console's password form from a fresh page of `browser`.
fn console_sign_in(
    s: &Server,
    browser: &Agent,
    user: &str,
    password: &str,
) -> common::servers::Answer {
    let page = browser.get(&format!("{}/ui/", s.public));
    browser.post(
        &format!("{}/ui/login", s.public),
        &[
            ("username", user),
            ("password", password),
            ("csrf", &page.hidden("csrf")),
        ],
        &[("origin", &s.public), ("sec-fetch-site", "same-origin")],
    )
}

fn the_console_sign_in_is_locked_out_too(setup: Setup) {
    let (setup, s) = kms_on(
        setup,
        "{failures: 3, window_seconds: 60, lockout_seconds: 60, address_failures: 1000}",
    );
    let browser = Agent::new(&setup.path("ca/root.pem"));
    for _ in 0..3 {
        let wrong = console_sign_in(&s, &browser, "admin-a", "guess");
        assert_eq!(wrong.status, 200, "{}", wrong.body);
        assert!(wrong.body.contains("wrong"), "{}", wrong.body);
    }
    assert_eq!(pbkdf2(&s), 3);
    let right = console_sign_in(&s, &browser, "admin-a", "pw-admin-a");
    assert_eq!(right.status, 429, "{}", right.body);
    assert!(right.body.contains("locked"), "{}", right.body);
    assert!(
        right.body.contains("action=\"/ui/login\""),
        "{}",
        right.body
    );
    assert!(
        !right.sets("__Host-cu_kms_console"),
        "{:?}",
        right.set_cookies
    );
    assert_eq!(pbkdf2(&s), 3);
    // The API shares the lockout: Basic with the right password is refused too.
    let api = list(&s, &s.client(false), "admin-a", "pw-admin-a");
    assert_eq!(api.status, 429, "{}", api.body);
    assert_eq!(pbkdf2(&s), 3);
}

fn identity_on(setup: Setup, lockout: &str) -> (Setup, Server) {
    let d = setup.dir.path();
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
    run_ok(
        d,
        &[
            "-q",
            "identity",
            "client",
            "create",
            "svc-a",
            "--state",
            "identity.db",
            "--tenant",
            TENANT_A,
            "--scope",
            "kms:encrypt",
            "--secret-out",
            "svc-a.secret",
        ],
        None,
    );
    setup.identity_config("cu-identity.yaml");
    let mut config = std::fs::read_to_string(setup.path("cu-identity.yaml")).unwrap();
    config.push_str(&format!("lockout: {lockout}\n"));
    std::fs::write(setup.path("cu-identity.yaml"), config).unwrap();
    let server = setup.start_identity("cu-identity.yaml");
    (setup, server)
}

fn the_identity_login_form_is_locked_out_too(setup: Setup) {
    let (setup, s) = identity_on(
        setup,
        "{failures: 3, window_seconds: 60, lockout_seconds: 60, address_failures: 1000}",
    );
    let browser = Agent::new(&setup.path("ca/root.pem"));
    let authorize = format!(
        "{}/oauth2/v1/authorize?response_type=code&client_id=web-app&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback&scope=openid&state=s1&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuZGJlsdpQq&code_challenge_method=S256",
        s.public
    );
    let login = browser.get(&authorize);
    assert_eq!(login.status, 200, "{}", login.body);
    let (request, csrf) = (login.hidden("request"), login.hidden("csrf"));
    let url = format!("{}/oauth2/v1/login", s.public);
    let post = |password: &str| {
        browser.post(
            &url,
            &[
                ("request", request.as_str()),
                ("csrf", csrf.as_str()),
                ("username", "admin-a"),
                ("password", password),
            ],
            &[("origin", &s.public)],
        )
    };
    for _ in 0..3 {
        let wrong = post("guess");
        assert_eq!(wrong.status, 200, "{}", wrong.body);
        assert!(wrong.body.contains("wrong"), "{}", wrong.body);
    }
    let hashes = counter(&s, "cu_identity_auth_pbkdf2_total ");
    assert_eq!(hashes, 3);
    let right = post("pw-admin-a");
    assert_eq!(right.status, 429, "{}", right.body);
    assert!(right.body.contains("locked"), "{}", right.body);
    assert!(
        right.body.contains("action=\"/oauth2/v1/login\""),
        "{}",
        right.body
    );
    assert!(!right.sets("__Host-cu_session"), "{:?}", right.set_cookies);
    assert_eq!(counter(&s, "cu_identity_auth_pbkdf2_total "), 3);
}

fn client_secret_guessing_is_throttled_per_address(setup: Setup) {
    let (setup, s) = identity_on(setup, "{address_failures: 3, address_lockout_seconds: 60}");
    let secret = std::fs::read_to_string(setup.path("svc-a.secret"))
        .unwrap()
        .trim()
        .to_string();
    let token = |c: &reqwest::blocking::Client, secret: &str| {
        let r = c
            .post(format!("{}/oauth2/v1/token", s.public))
            .basic_auth("svc-a", Some(secret))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .unwrap();
        let status = r.status().as_u16();
        let retry = r
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().to_string());
        (status, retry, r.text().unwrap())
    };
    let guesser = client_from(&s, 61);
    for i in 0..3 {
        let (status, _, body) = token(&guesser, &format!("guess-{i}"));
        assert_eq!(status, 401, "{body}");
    }
    let (status, retry, body) = token(&guesser, "guess-3");
    assert_eq!(status, 429, "{body}");
    assert!(retry.is_some(), "no Retry-After");
    assert!(body.contains("temporarily_unavailable"), "{body}");
    // The right secret is checked even there (a SHA-256): whoever proves it is served.
    let (status, _, body) = token(&guesser, &secret);
    assert_eq!(status, 200, "{body}");
    // The client itself is not locked out: from its own address it still gets tokens.
    let (status, _, body) = token(&client_from(&s, 62), &secret);
    assert_eq!(status, 200, "{body}");
}

/// Guessers from many addresses cannot fill the concurrency limit with requests waiting for
/// password hashes: past a few queued hashes per pool thread an attempt is refused at once,
/// so a verified client keeps being served. Forty guessers from eight addresses, each under
/// its address limit, with room for four requests more than the pool may queue.
#[test]
fn guessers_from_many_addresses_cannot_queue_hashes_without_bound() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let setup = Setup::new();
    // A production-like hash (the decoy for unknown names takes the realm's iterations), so
    // that a queue of forty takes longer than the queue timeout (1.5 s) to clear.
    let hash = run_ok(
        setup.dir.path(),
        &["kms", "realm", "hash-password", "--iterations", "300000"],
        Some(b"pw-admin-a"),
    );
    std::fs::write(
        setup.path("realm.yml"),
        format!(
            "principals:\n  - name: admin-a\n    tenant: {TENANT_A}\n    password: \"{}\"\n    scopes: [\"kms:*\"]\n",
            hash.trim()
        ),
    )
    .unwrap();
    setup.config(
        "cu-kms.yaml",
        "off",
        &format!(
            "lockout: {{failures: 100000, address_failures: 100000}}\nlimits: {{max_concurrent: {}, queue_timeout_ms: 1500}}\n",
            4 * cores + 4
        ),
    );
    let s = Arc::new(setup.start("cu-kms.yaml"));
    let legit = client_from(&s, 2);
    assert_eq!(list(&s, &legit, "admin-a", "pw-admin-a").status, 200);
    let stop = Arc::new(AtomicBool::new(false));
    let guessers: Vec<_> = (0..40u8)
        .map(|i| {
            let (s, stop) = (s.clone(), stop.clone());
            std::thread::spawn(move || {
                let c = client_from(&s, 100 + i % 8);
                let mut n = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let r = list(&s, &c, &format!("user-{i}-{n}"), "guess");
                    assert!(
                        r.status == 401 || r.status == 429,
                        "{} {}",
                        r.status,
                        r.body
                    );
                    n += 1;
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    for _ in 0..20 {
        let r = list(&s, &legit, "admin-a", "pw-admin-a");
        assert_eq!(r.status, 200, "{}", r.body);
        std::thread::sleep(Duration::from_millis(50));
    }
    stop.store(true, Ordering::Relaxed);
    for g in guessers {
        g.join().unwrap();
    }
}

/// The credential cache (a keyed hash of name and password) remembers only the exact pair it
/// verified: the same pair passes without PBKDF2, a wrong password or a pair that moves the
/// name/password boundary (`admin-a`+`pw…` against `admin-ap`+`w…`) is checked and refused.
fn the_credential_cache_remembers_only_the_exact_pair(setup: Setup) {
    let (_setup, s) = kms_on(
        setup,
        "{failures: 50, window_seconds: 60, lockout_seconds: 3, address_failures: 1000}",
    );
    let client = client_from(&s, 31);
    assert_eq!(list(&s, &client, "admin-a", "pw-admin-a").status, 200);
    assert_eq!(pbkdf2(&s), 1);
    assert_eq!(list(&s, &client, "admin-a", "pw-admin-a").status, 200);
    assert_eq!(pbkdf2(&s), 1, "the verified pair was hashed again");
    assert_eq!(list(&s, &client, "admin-a", "pw-admin-b").status, 401);
    assert_eq!(list(&s, &client, "admin-ap", "w-admin-a").status, 401);
    assert_eq!(list(&s, &client, "admin-a", "pw-admin-a ").status, 401);
    // Each refused pair ran PBKDF2 (an unknown name against a stand-in hash, as timing asks).
    assert_eq!(pbkdf2(&s), 4, "a refused pair was served from the cache");
}
