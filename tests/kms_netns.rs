//! KMS instances as separate hosts: each in a network namespace of its own, joined to the
//! machine by a veth pair, reaching PostgreSQL over that link (a real network path, not
//! loopback), and reached by the test over it too. A key made through one host is used and
//! rotated through the other, old data decrypts on the first, and the first encrypts under
//! the new version within the notification bound.
//!
//! Needs root and iproute2 (`ip netns`); where either is missing the test says so and skips.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::pg;
use common::servers::{b64, run_ok, Server, Setup};
use serde_json::json;

/// One host: a namespace and the veth pair to it, `10.<net>.<i>.1` on the machine's side
/// and `10.<net>.<i>.2` inside. Removed on drop.
struct Host {
    ns: String,
    outer: String,
    inside: String,
}

fn ip(args: &[&str]) -> Result<(), String> {
    let out = Command::new("ip")
        .args(args)
        .output()
        .map_err(|e| format!("ip: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "ip {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

impl Host {
    fn new(tag: &str, net: u8, i: u8) -> Result<Host, String> {
        let ns = format!("cu-{tag}-{i}");
        let veth = format!("cuv{tag}{i}");
        let peer = format!("cup{tag}{i}");
        let host = Host {
            ns: ns.clone(),
            outer: format!("10.{net}.{i}.1"),
            inside: format!("10.{net}.{i}.2"),
        };
        ip(&["netns", "add", &ns])?;
        let made = (|| {
            ip(&["link", "add", &veth, "type", "veth", "peer", "name", &peer])?;
            ip(&["link", "set", &peer, "netns", &ns])?;
            ip(&["addr", "add", &format!("{}/24", host.outer), "dev", &veth])?;
            ip(&["link", "set", &veth, "up"])?;
            let inside = format!("{}/24", host.inside);
            for args in [
                vec!["addr", "add", inside.as_str(), "dev", peer.as_str()],
                vec!["link", "set", peer.as_str(), "up"],
                vec!["link", "set", "lo", "up"],
            ] {
                let mut full = vec!["netns", "exec", ns.as_str(), "ip"];
                full.extend(args);
                ip(&full)?;
            }
            Ok(())
        })();
        made.map(|()| host)
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        // Deleting the namespace deletes its end of the pair, and so the pair.
        let _ = ip(&["netns", "del", &self.ns]);
    }
}

/// `cu kms serve --config CONFIG` inside `host`'s namespace.
fn serve_in(host: &Host, setup: &Setup, config: &str) -> Server {
    let mut command = Command::new("ip");
    command
        .args(["netns", "exec", &host.ns, env!("CARGO_BIN_EXE_cu")])
        .args(["--output", "json", "kms", "serve", "--config", config])
        .current_dir(setup.dir.path())
        .env("NO_COLOR", "1")
        .env_remove("CI");
    setup.serve(command)
}

#[test]
fn kms_instances_on_two_hosts_share_one_database_over_the_network() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        common::skip("network namespaces need root");
        return;
    }
    if Command::new("ip").arg("-V").output().is_err() {
        common::missing_peer("iproute2 (ip)", "apt-get install iproute2");
        return;
    }
    let tag = format!("{:x}", std::process::id() % 0xffff);
    let net = 200 + (std::process::id() % 50) as u8;
    let hosts = match (Host::new(&tag, net, 1), Host::new(&tag, net, 2)) {
        (Ok(a), Ok(b)) => [a, b],
        (a, b) => {
            common::skip(&format!(
                "cannot make network namespaces here: {}",
                a.err().or(b.err()).unwrap_or_default()
            ));
            return;
        }
    };
    let Some(cluster) = pg::private_cluster_on(
        "netns",
        &[&hosts[0].outer, &hosts[1].outer],
        &format!("10.{net}.0.0/16"),
    ) else {
        return;
    };
    let setup = Setup::on_postgres(&cluster);
    let d = setup.dir.path();
    let db = pg::db_name(setup.store[1].as_str()).to_string();
    let password = cluster.password_file.display().to_string();
    for (i, host) in hosts.iter().enumerate() {
        // The server's certificate names its host's address; the database is the machine's
        // side of the host's link (a test network: no TLS to the database here).
        run_ok(
            d,
            &[
                "-q",
                "pki",
                "cert",
                "issue",
                "--ca",
                "ca",
                "--cn",
                &format!("kms-{i}"),
                "--san",
                &format!("ip:{}", host.inside),
                "--server",
                "--out-dir",
                &format!("certs-{i}"),
            ],
            None,
        );
        let url = format!(
            "postgres://postgres@{}:{}/{db}?sslmode=disable",
            host.outer, cluster.port
        );
        std::fs::write(
            setup.path(&format!("kms-{i}.yaml")),
            format!(
                "store: {{path: \"{url}\", unseal_file: unseal.key, password_file: \"{password}\"}}\nlisten: {{public: \"{}:0\", admin: \"127.0.0.1:0\"}}\ntls: {{cert: certs-{i}/kms-{i}.chain.pem, key: certs-{i}/kms-{i}.key}}\nrealm: realm.yml\n",
                host.inside
            ),
        )
        .unwrap();
    }
    let s: Vec<Server> = hosts
        .iter()
        .enumerate()
        .map(|(i, h)| serve_in(h, &setup, &format!("kms-{i}.yaml")))
        .collect();
    for (i, server) in s.iter().enumerate() {
        assert!(
            server.public.contains(&hosts[i].inside),
            "{} listens on its host",
            server.public
        );
    }
    let a = "admin-a";
    s[0].ok(
        "POST",
        "/keys",
        a,
        Some(json!({"name": "orders", "type": "aes-256-gcm"})),
    );
    let old = s[1].ok(
        "POST",
        "/keys/orders/encrypt",
        a,
        Some(json!({"plaintext": b64(b"over the wire")})),
    );
    assert_eq!(old["kid"], "orders/v1");
    // Host 0 has v1 cached now.
    s[0].ok(
        "POST",
        "/decrypt",
        a,
        Some(json!({"ciphertext": old["ciphertext"]})),
    );
    assert_eq!(
        s[1].ok("POST", "/keys/orders/rotate", a, None)["primary_version"],
        2
    );
    let back = s[0].ok(
        "POST",
        "/decrypt",
        a,
        Some(json!({"ciphertext": old["ciphertext"]})),
    );
    assert_eq!(back["plaintext"], b64(b"over the wire"));
    let started = Instant::now();
    loop {
        let ct = s[0].ok(
            "POST",
            "/keys/orders/encrypt",
            a,
            Some(json!({"plaintext": b64(b"new")})),
        );
        if ct["kid"] == "orders/v2" {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "host 0 still encrypts under {} after the rotation on host 1",
            ct["kid"]
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    eprintln!(
        "the rotation on host 1 held on host 0 after {:?}",
        started.elapsed()
    );
    // The database sees the instances' connections come from the hosts' addresses.
    let mut c = cluster.connect("postgres").unwrap();
    let from: Vec<String> = c
        .query(
            "SELECT DISTINCT host(client_addr) FROM pg_stat_activity WHERE datname = $1",
            &[&db],
        )
        .unwrap()
        .iter()
        .filter_map(|r| r.get::<_, Option<String>>(0))
        .collect();
    for h in &hosts {
        assert!(
            from.contains(&h.inside),
            "{from:?}: no connection from {}",
            h.inside
        );
    }
}
