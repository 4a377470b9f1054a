//! Interop for `cu pki`: OpenSSL accepts the chains, CSRs and PKCS#12 files cu makes, cu
//! accepts OpenSSL's, and TLS 1.3 handshakes (with and without client certificates) complete
//! between OpenSSL and rustls configurations built by `cu::pki::tls` — while TLS 1.2 is refused.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::Scratch;
use cu::pki::tls::{self, ClientAuth, Identity};

const KEY_TYPES: &[&str] = &["ec-p256", "ec-p384", "rsa-2048", "ed25519"];

fn openssl(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new("openssl")
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("openssl is installed")
}

fn assert_openssl(args: &[&str], cwd: &Path) -> String {
    let out = openssl(args, cwd);
    assert!(
        out.status.success(),
        "openssl {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// A CA (3 levels) with a server and a client certificate, all of `key_type`.
fn pki(s: &Scratch, key_type: &str) {
    s.ok(
        &[
            "pki",
            "ca",
            "create",
            "--out-dir",
            "ca",
            "--key-type",
            key_type,
            "--name-prefix",
            "Interop",
        ],
        None,
    );
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--server",
            "--cn",
            "host.test",
            "--san",
            "ip:127.0.0.1",
            "--key-type",
            key_type,
            "--out-dir",
            "certs",
            "--name",
            "server",
        ],
        None,
    );
    s.ok(
        &[
            "pki",
            "cert",
            "issue",
            "--ca",
            "ca",
            "--client",
            "--cn",
            "alice",
            "--key-type",
            key_type,
            "--out-dir",
            "certs",
            "--name",
            "client",
        ],
        None,
    );
}

#[test]
fn openssl_accepts_every_chain_csr_and_p12_cu_makes() {
    for key_type in KEY_TYPES {
        let s = Scratch::new();
        let dir = s.dir.path();
        pki(&s, key_type);
        for leaf in ["certs/server.pem", "certs/client.pem"] {
            let out = assert_openssl(
                &[
                    "verify",
                    "-CAfile",
                    "ca/root.pem",
                    "-untrusted",
                    "ca/intermediates.pem",
                    leaf,
                ],
                dir,
            );
            assert!(out.contains(": OK"), "{key_type} {leaf}: {out}");
        }
        // Purpose checks too: the server cert is for servers, the client cert for clients.
        assert_openssl(
            &[
                "verify",
                "-purpose",
                "sslserver",
                "-CAfile",
                "ca/root.pem",
                "-untrusted",
                "ca/intermediates.pem",
                "certs/server.pem",
            ],
            dir,
        );
        assert_openssl(
            &[
                "verify",
                "-purpose",
                "sslclient",
                "-CAfile",
                "ca/root.pem",
                "-untrusted",
                "ca/intermediates.pem",
                "certs/client.pem",
            ],
            dir,
        );
        assert!(!openssl(
            &[
                "verify",
                "-purpose",
                "sslserver",
                "-CAfile",
                "ca/root.pem",
                "-untrusted",
                "ca/intermediates.pem",
                "certs/client.pem"
            ],
            dir
        )
        .status
        .success());
        let text = assert_openssl(&["x509", "-in", "ca/policy.pem", "-noout", "-text"], dir);
        assert!(text.contains("CA:TRUE, pathlen:1"), "{key_type}: {text}");
        assert!(
            text.contains("Certificate Sign, CRL Sign"),
            "{key_type}: {text}"
        );
        let text = assert_openssl(&["x509", "-in", "certs/server.pem", "-noout", "-text"], dir);
        assert!(
            text.contains("DNS:host.test, IP Address:127.0.0.1"),
            "{key_type}: {text}"
        );
        assert!(
            text.contains("TLS Web Server Authentication"),
            "{key_type}: {text}"
        );

        s.ok(
            &[
                "pki",
                "csr",
                "create",
                "--cn",
                "req.test",
                "--san",
                "dns:req.test",
                "--key-type",
                key_type,
                "--out-dir",
                "req",
            ],
            None,
        );
        let out = openssl(
            &["req", "-in", "req/req.test.csr", "-verify", "-noout"],
            dir,
        );
        assert!(
            out.status.success(),
            "{key_type}: {}",
            String::from_utf8_lossy(&out.stderr)
        );

        s.write("pw", "correct horse\n");
        s.ok(
            &[
                "pki",
                "p12",
                "export",
                "--cert",
                "certs/server.chain.pem",
                "--key",
                "certs/server.key",
                "--password-file",
                "pw",
                "--out",
                "server.p12",
            ],
            None,
        );
        let out = openssl(
            &[
                "pkcs12",
                "-info",
                "-in",
                "server.p12",
                "-passin",
                "pass:correct horse",
                "-noout",
            ],
            dir,
        );
        let info = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(out.status.success(), "{key_type}: {info}");
        assert!(info.contains("MAC: sha256"), "{info}");
        assert!(info.contains("PBES2, PBKDF2, AES-256-CBC"), "{info}");
        // And the key comes back out with the password, matching the certificate.
        let out = openssl(
            &[
                "pkcs12",
                "-in",
                "server.p12",
                "-passin",
                "pass:correct horse",
                "-nodes",
                "-nocerts",
                "-out",
                "back.key",
            ],
            dir,
        );
        assert!(out.status.success());
        let a = assert_openssl(&["pkey", "-in", "back.key", "-pubout"], dir);
        let b = assert_openssl(
            &["x509", "-in", "certs/server.pem", "-noout", "-pubkey"],
            dir,
        );
        assert_eq!(a, b, "{key_type}");
        assert!(!openssl(
            &[
                "pkcs12",
                "-info",
                "-in",
                "server.p12",
                "-passin",
                "pass:wrong",
                "-noout"
            ],
            dir
        )
        .status
        .success());
    }
}

#[test]
fn cu_accepts_what_openssl_makes() {
    let s = Scratch::new();
    let dir = s.dir.path();
    // An OpenSSL CA and leaf, validated by cu.
    s.write("ca.cnf", "[v3_ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n[v3_leaf]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:openssl.test\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    assert_openssl(
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            "oca.key",
            "-out",
            "oca.pem",
            "-subj",
            "/CN=OpenSSL Root",
            "-days",
            "30",
            "-config",
            "ca.cnf",
            "-extensions",
            "v3_ca",
        ],
        dir,
    );
    assert_openssl(
        &[
            "req",
            "-new",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "oleaf.key",
            "-out",
            "oleaf.csr",
            "-subj",
            "/CN=openssl.test",
        ],
        dir,
    );
    assert_openssl(
        &[
            "x509",
            "-req",
            "-in",
            "oleaf.csr",
            "-CA",
            "oca.pem",
            "-CAkey",
            "oca.key",
            "-CAcreateserial",
            "-out",
            "oleaf.pem",
            "-days",
            "10",
            "-extfile",
            "ca.cnf",
            "-extensions",
            "v3_leaf",
        ],
        dir,
    );
    let out = s.ok(
        &[
            "pki",
            "verify",
            "--roots",
            "oca.pem",
            "--hostname",
            "openssl.test",
            "oleaf.pem",
        ],
        None,
    );
    assert!(out.starts_with("valid"), "{out}");

    // cu issues from the OpenSSL CA (a CA it did not make) and from an OpenSSL CSR.
    s.ok(
        &[
            "pki",
            "csr",
            "sign",
            "oleaf.csr",
            "--ca-cert",
            "oca.pem",
            "--ca-key",
            "oca.key",
            "--out",
            "cu-from-openssl.pem",
        ],
        None,
    );
    assert_openssl(
        &["verify", "-CAfile", "oca.pem", "cu-from-openssl.pem"],
        dir,
    );

    // A PKCS#12 written by OpenSSL 3 (its defaults: AES-256, SHA-256 MAC) is imported.
    assert_openssl(
        &[
            "pkcs12",
            "-export",
            "-in",
            "oleaf.pem",
            "-inkey",
            "oleaf.key",
            "-certfile",
            "oca.pem",
            "-passout",
            "pass:pw123",
            "-out",
            "o.p12",
        ],
        dir,
    );
    s.write("pw", "pw123");
    s.ok(
        &[
            "pki",
            "p12",
            "import",
            "o.p12",
            "--password-file",
            "pw",
            "--out-dir",
            "imp",
        ],
        None,
    );
    let a = assert_openssl(
        &[
            "x509",
            "-in",
            "imp/openssl.test.pem",
            "-noout",
            "-fingerprint",
            "-sha256",
        ],
        dir,
    );
    let b = assert_openssl(
        &[
            "x509",
            "-in",
            "oleaf.pem",
            "-noout",
            "-fingerprint",
            "-sha256",
        ],
        dir,
    );
    assert_eq!(a, b);
    let a = assert_openssl(&["pkey", "-in", "imp/openssl.test.key", "-pubout"], dir);
    let b = assert_openssl(&["pkey", "-in", "oleaf.key", "-pubout"], dir);
    assert_eq!(a, b);
}

fn identity(s: &Scratch, name: &str) -> Identity {
    Identity::from_pem(
        s.read(&format!("certs/{name}.chain.pem")).as_bytes(),
        s.read(&format!("certs/{name}.key")).as_bytes(),
        name,
    )
    .unwrap()
}

fn roots(s: &Scratch) -> Vec<rustls_pki_types::CertificateDer<'static>> {
    cu::pki::pem::only_certificates(s.read("ca/root.pem").as_bytes(), "root").unwrap()
}

/// A rustls server from `cu::pki::tls` answering `n` connections: reads 5 bytes, writes
/// "world". Each connection's outcome goes to the channel.
fn rustls_server(
    config: std::sync::Arc<rustls::ServerConfig>,
    n: usize,
) -> (u16, mpsc::Receiver<Result<String, String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(n) {
            let stream = stream.unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(10)))
                .unwrap();
            let conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::StreamOwned::new(conn, stream);
            let mut buf = [0u8; 5];
            let result = tls
                .read_exact(&mut buf)
                .map_err(|e| e.to_string())
                .and_then(|_| {
                    let peer = tls.conn.peer_certificates().map(|c| c.len()).unwrap_or(0);
                    let version = format!("{:?}", tls.conn.protocol_version());
                    tls.write_all(b"world").map_err(|e| e.to_string())?;
                    tls.conn.send_close_notify();
                    let _ = tls.flush();
                    Ok(format!(
                        "{} peer_certs={peer} {version}",
                        String::from_utf8_lossy(&buf)
                    ))
                });
            let _ = tx.send(result);
        }
    });
    (port, rx)
}

fn s_client(dir: &Path, port: u16, extra: &[&str]) -> std::process::Output {
    let connect = format!("127.0.0.1:{port}");
    let mut args = vec![
        "s_client",
        "-connect",
        &connect,
        "-CAfile",
        "ca/root.pem",
        "-verify_return_error",
        "-verify_hostname",
        "host.test",
        "-quiet",
    ];
    args.extend_from_slice(extra);
    let mut child = Command::new("openssl")
        .args(&args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"hello").unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn openssl_client_against_rustls_server_tls13_only_and_mtls() {
    for key_type in ["ec-p256", "rsa-2048", "ed25519"] {
        let s = Scratch::new();
        let dir = s.dir.path();
        pki(&s, key_type);
        let server = identity(&s, "server");

        // mTLS required: a client with a cu client certificate gets through over TLS 1.3.
        let config = tls::server_config(&server, ClientAuth::Require, &roots(&s)).unwrap();
        let (port, rx) = rustls_server(config, 3);
        let out = s_client(
            dir,
            port,
            &[
                "-tls1_3",
                "-cert",
                "certs/client.pem",
                "-key",
                "certs/client.key",
                "-cert_chain",
                "ca/intermediates.pem",
            ],
        );
        assert!(
            out.status.success(),
            "{key_type}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), "world");
        let seen = rx.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
        assert!(seen.starts_with("hello peer_certs=3"), "{seen}");
        assert!(seen.contains("TLSv1_3"), "{seen}");

        // Without a client certificate the server refuses.
        let _ = s_client(dir, port, &["-tls1_3"]);
        assert!(
            rx.recv_timeout(Duration::from_secs(10)).unwrap().is_err(),
            "{key_type}: no client cert accepted"
        );

        // TLS 1.2 is not spoken at all.
        let out = s_client(
            dir,
            port,
            &[
                "-tls1_2",
                "-cert",
                "certs/client.pem",
                "-key",
                "certs/client.key",
            ],
        );
        assert!(
            !out.status.success(),
            "{key_type}: TLS 1.2 handshake succeeded"
        );
        assert!(rx.recv_timeout(Duration::from_secs(10)).unwrap().is_err());

        // Optional client auth: no certificate is fine, and the server sees none.
        let config = tls::server_config(&server, ClientAuth::Optional, &roots(&s)).unwrap();
        let (port, rx) = rustls_server(config, 1);
        let out = s_client(dir, port, &["-tls1_3"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            rx.recv_timeout(Duration::from_secs(10)).unwrap().unwrap(),
            "hello peer_certs=0 Some(TLSv1_3)"
        );
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn rustls_client_against_openssl_server_with_mtls() {
    let s = Scratch::new();
    let dir = s.dir.path();
    pki(&s, "ec-p256");
    let port = free_port();
    let mut server = Command::new("openssl")
        .args([
            "s_server",
            "-accept",
            &port.to_string(),
            "-tls1_3",
            "-cert",
            "certs/server.pem",
            "-cert_chain",
            "ca/intermediates.pem",
            "-key",
            "certs/server.key",
            "-CAfile",
            "ca/root.pem",
            "-chainCAfile",
            "ca/chain.pem",
            "-Verify",
            "3",
            "-verify_return_error",
            "-naccept",
            "1",
            "-rev",
            "-quiet",
        ])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stream = None;
    for _ in 0..100 {
        if let Ok(st) = TcpStream::connect(("127.0.0.1", port)) {
            stream = Some(st);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let stream = stream.expect("openssl s_server started");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let client = identity(&s, "client");
    let config = tls::client_config(&roots(&s), Some(&client)).unwrap();
    let name = rustls_pki_types::ServerName::try_from("host.test").unwrap();
    let conn = rustls::ClientConnection::new(config, name).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, stream);
    tls.write_all(b"hello\n").unwrap();
    let mut buf = [0u8; 6];
    tls.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"olleh\n");
    assert_eq!(
        tls.conn.protocol_version(),
        Some(rustls::ProtocolVersion::TLSv1_3)
    );
    drop(tls);
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn tls_identity_refuses_a_self_signed_leaf_and_a_foreign_key() {
    let s = Scratch::new();
    pki(&s, "ec-p256");
    let root = s.read("ca/root.pem");
    let err = Identity::from_pem(root.as_bytes(), s.read("ca/root.key").as_bytes(), "root")
        .err()
        .unwrap();
    assert_eq!(err.reason.as_str(), "bad_request", "{err}");
    let chain = s.read("certs/server.chain.pem");
    let id = Identity::from_pem(
        chain.as_bytes(),
        s.read("certs/client.key").as_bytes(),
        "mixed",
    )
    .unwrap();
    let err = tls::server_config(&id, ClientAuth::Off, &[]).err().unwrap();
    assert_eq!(err.reason.as_str(), "bad_key", "{err}");
}
