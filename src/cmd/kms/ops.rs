//! `cu kms encrypt|decrypt|rewrap|sign|verify|mac|mac-verify|datakey|derive`.

use serde_json::json;

use super::{batch, open_kms, open_store, tenant};
use crate::cli::kms::{KmsCommand, ServerArgs, StoreArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::jose::b64;
use crate::kms::ops as kms_ops;
use crate::output::{Ctx, Report, Simple};

/// `--stream`: from a file or stdin to a file (written whole, then renamed into place) or
/// stdout, in constant memory. `name` is the key to encrypt under; None decrypts.
fn stream(
    store: &mut crate::kms::store::Store,
    name: Option<&str>,
    input: &std::path::Path,
    out: Option<&std::path::Path>,
    force: bool,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    use crate::kms::stream;
    let mut reader: Box<dyn std::io::Read> = if io::is_stdin(input) {
        Box::new(std::io::BufReader::with_capacity(
            256 * 1024,
            std::io::stdin().lock(),
        ))
    } else {
        let file = std::fs::File::open(input).map_err(|source| CuError::Read {
            path: input.to_path_buf(),
            source,
        })?;
        // Chunks are read whole (64 KiB), so a buffer in between would only add a copy.
        Box::new(file)
    };
    let mut run = |w: &mut dyn std::io::Write| match name {
        Some(n) => stream::encrypt(store, n, &mut reader, w),
        None => stream::decrypt(store, &mut reader, w),
    };
    let report = match out {
        // A decrypted file is a secret: 0600.
        Some(path) => io::write_streamed(path, name.is_none(), force, |w| {
            run(w).map_err(CuError::from)
        })?,
        None => {
            if ctx.json() {
                return Err(CuError::usage(
                    "--stream writes binary data",
                    "pass --out FILE with --output json",
                ));
            }
            crate::output::stream_stdout(|w| run(w).map_err(CuError::from))?
        }
    };
    let json = json!({
        "kid": report.kid,
        "plaintext_bytes": report.plaintext_bytes,
        "chunks": report.chunks,
        "file": out.map(|p| p.display().to_string()),
    });
    Ok(Simple::boxed(Vec::new(), json))
}

/// With --server a message travels in one request body, under the server's body limit.
const REMOTE_MESSAGE_HELP: &str = "with --server the message goes in one request, which the server limits (1 MiB unless its limits.max_body_bytes says otherwise); against a local store, --raw streams a message of any size";

fn signature_path(path: Option<&std::path::Path>) -> CuResult<&std::path::Path> {
    path.ok_or_else(|| CuError::usage("--raw needs --signature FILE", "pass the signature file"))
}

/// A raw signature file: a few hundred bytes (RSA-4096 is 512).
fn read_signature(path: &std::path::Path) -> CuResult<zeroize::Zeroizing<Vec<u8>>> {
    io::read_limited(
        path,
        64 << 10,
        "a raw signature is at most a few hundred bytes; check that this is the signature file",
    )
}

/// A ciphertext from `cu kms encrypt`: up to what encrypt makes of its largest plaintext.
fn read_ciphertext(path: &std::path::Path) -> CuResult<String> {
    io::read_text_limited(
        path,
        kms_ops::MAX_TOKEN_BYTES as u64,
        kms_ops::LARGE_CIPHERTEXT_HELP,
    )
}

/// What `kms sign` gives: the signature (raw bytes, or a JWS line) on stdout or in --out.
fn signature_report(
    sig: Vec<u8>,
    kid: String,
    raw: bool,
    out: Option<&std::path::Path>,
    force: bool,
) -> CuResult<Box<dyn Report>> {
    let mut json = json!({"kid": kid});
    if raw {
        json["signature"] = json!(b64::encode(&sig));
    } else {
        json["jws"] = json!(String::from_utf8_lossy(&sig));
    }
    let mut bytes = sig;
    if !raw {
        bytes.push(b'\n');
    }
    match out {
        Some(path) => {
            io::write_file(path, &bytes, false, force)?;
            json["file"] = json!(path.display().to_string());
            Ok(Simple::boxed(Vec::new(), json))
        }
        None => Ok(Simple::boxed(bytes, json)),
    }
}

pub fn run(
    command: KmsCommand,
    args: &StoreArgs,
    server: &ServerArgs,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    let streaming = matches!(&command, KmsCommand::Encrypt(a) if a.stream)
        || matches!(&command, KmsCommand::Decrypt(a) if a.stream);
    if streaming {
        if server.server.is_some() {
            return Err(CuError::usage(
                "--stream works against a local store only, not with --server",
                "use the store directly, or send the data in pieces of a few MiB",
            ));
        }
        let mut store = open_store(args, tenant(args), false, ctx)?;
        return match command {
            KmsCommand::Encrypt(a) => stream(
                &mut store,
                Some(&a.name),
                &a.input,
                a.out.as_deref(),
                a.force,
                ctx,
            ),
            KmsCommand::Decrypt(a) => {
                stream(&mut store, None, &a.input, a.out.as_deref(), a.force, ctx)
            }
            _ => Err(CuError::usage(
                "internal dispatch error",
                "report this as a bug",
            )),
        };
    }
    let raw_local = server.server.is_none()
        && (matches!(&command, KmsCommand::Sign(a) if a.raw && !a.batch)
            || matches!(&command, KmsCommand::Verify(a) if a.raw && !a.batch));
    if raw_local {
        let mut store = open_store(args, tenant(args), false, ctx)?;
        return match command {
            KmsCommand::Sign(a) => {
                let mut message = io::open_message(&a.input)?;
                let (sig, kid) = kms_ops::sign_raw_message(&mut store, &a.name, &mut message)
                    .map_err(|e| message.error(e))?;
                signature_report(sig, kid, true, a.out.as_deref(), a.force)
            }
            KmsCommand::Verify(a) => {
                let sig_path = signature_path(a.signature.as_deref())?;
                io::one_stdin(&[Some(&a.input), Some(sig_path)])?;
                let sig = read_signature(sig_path)?;
                let mut message = io::open_message(&a.input)?;
                let kid = kms_ops::verify_raw_message(
                    &mut store,
                    &a.name,
                    &mut message,
                    &sig,
                    a.key_version,
                )
                .map_err(|e| message.error(e))?;
                Ok(Simple::boxed(
                    format!("valid ({kid})\n"),
                    json!({"valid": true, "kid": kid}),
                ))
            }
            _ => Err(CuError::usage(
                "internal dispatch error",
                "report this as a bug",
            )),
        };
    }
    let mut kms = open_kms(args, server, false, ctx)?;
    match command {
        KmsCommand::Encrypt(a) if a.batch => {
            let lines = batch::read_lines(&io::read_input(&a.input)?)?;
            let aad = a.aad.as_deref().map(str::as_bytes);
            let results = lines
                .iter()
                .map(|l| {
                    batch::bytes_field(l, "plaintext")
                        .and_then(|p| kms.encrypt(&a.name, &p, aad))
                        .map(|c| json!({"ok": true, "ciphertext": c}))
                        .unwrap_or_else(|e| batch::failure(&e))
                })
                .collect();
            Ok(Box::new(batch::JsonLines { lines: results }))
        }
        KmsCommand::Decrypt(a) if a.batch => {
            let lines = batch::read_lines(&io::read_input(&a.input)?)?;
            let aad = a.aad.as_deref().map(str::as_bytes);
            let results = lines
                .iter()
                .map(|l| {
                    batch::token_field(l, "ciphertext")
                        .and_then(|t| kms.decrypt(&t, aad))
                        .map(|(p, kid)| {
                            let mut v =
                                json!({"ok": true, "kid": kid, "plaintext": b64::encode(&p[..])});
                            if let Ok(text) = std::str::from_utf8(&p) {
                                v["text"] = json!(text);
                            }
                            v
                        })
                        .unwrap_or_else(|e| batch::failure(&e))
                })
                .collect();
            Ok(Box::new(batch::JsonLines { lines: results }))
        }
        KmsCommand::Sign(a) if a.batch => {
            let lines = batch::read_lines(&io::read_input(&a.input)?)?;
            let results = lines
                .iter()
                .map(|l| {
                    batch::bytes_field(l, "message")
                        .and_then(|m| kms.sign(&a.name, &m, false))
                        .map(|(jws, kid)| json!({"ok": true, "kid": kid, "jws": String::from_utf8_lossy(&jws)}))
                        .unwrap_or_else(|e| batch::failure(&e))
                })
                .collect();
            Ok(Box::new(batch::JsonLines { lines: results }))
        }
        KmsCommand::Verify(a) if a.batch => {
            let lines = batch::read_lines(&io::read_input(&a.input)?)?;
            let results = lines
                .iter()
                .map(|l| {
                    batch::token_field(l, "jws")
                        .and_then(|t| kms.verify_jws(&a.name, &t))
                        .map(|(p, kid)| {
                            let mut v = json!({"ok": true, "kid": kid, "payload": b64::encode(&p)});
                            if let Ok(text) = std::str::from_utf8(&p) {
                                v["text"] = json!(text);
                            }
                            v
                        })
                        .unwrap_or_else(|e| batch::failure(&e))
                })
                .collect();
            Ok(Box::new(batch::JsonLines { lines: results }))
        }
        KmsCommand::Encrypt(a) => {
            let plaintext = io::read_limited(
                &a.input,
                kms_ops::MAX_PLAINTEXT_BYTES as u64,
                kms_ops::LARGE_PLAINTEXT_HELP,
            )?;
            let token = kms.encrypt(&a.name, &plaintext, a.aad.as_deref().map(str::as_bytes))?;
            let json = json!({"ciphertext": token});
            Ok(Simple::boxed(format!("{token}\n"), json))
        }
        KmsCommand::Decrypt(a) => {
            let token = read_ciphertext(&a.input)?;
            let (plaintext, kid) = kms.decrypt(&token, a.aad.as_deref().map(str::as_bytes))?;
            let mut json = json!({"kid": kid});
            match &a.out {
                Some(path) => {
                    io::write_file(path, &plaintext, true, a.force)?;
                    json["file"] = json!(path.display().to_string());
                    Ok(Simple::boxed(Vec::new(), json))
                }
                None => {
                    json["plaintext"] = json!(b64::encode(&plaintext[..]));
                    if let Ok(text) = std::str::from_utf8(&plaintext) {
                        json["text"] = json!(text);
                    }
                    Ok(Simple::boxed(plaintext.to_vec(), json))
                }
            }
        }
        KmsCommand::Rewrap(a) => {
            let token = read_ciphertext(&a.input)?;
            let (out, from, to) =
                kms.rewrap(&a.name, &token, a.aad.as_deref().map(str::as_bytes))?;
            Ok(Simple::boxed(
                format!("{out}\n"),
                json!({"ciphertext": out, "from": from, "to": to}),
            ))
        }
        KmsCommand::Sign(a) => {
            let payload = io::read_limited(
                &a.input,
                kms_ops::MAX_PLAINTEXT_BYTES as u64,
                if a.raw {
                    REMOTE_MESSAGE_HELP
                } else {
                    kms_ops::LARGE_PAYLOAD_HELP
                },
            )?;
            let (sig, kid) = kms.sign(&a.name, &payload, a.raw)?;
            signature_report(sig, kid, a.raw, a.out.as_deref(), a.force)
        }
        KmsCommand::Verify(a) => {
            if a.raw {
                let sig_path = signature_path(a.signature.as_deref())?;
                io::one_stdin(&[Some(&a.input), Some(sig_path)])?;
                let message = io::read_limited(
                    &a.input,
                    kms_ops::MAX_PLAINTEXT_BYTES as u64,
                    REMOTE_MESSAGE_HELP,
                )?;
                let sig = read_signature(sig_path)?;
                let kid = kms.verify_raw(&a.name, &message, &sig, a.key_version)?;
                Ok(Simple::boxed(
                    format!("valid ({kid})\n"),
                    json!({"valid": true, "kid": kid}),
                ))
            } else {
                let token = io::read_text_limited(
                    &a.input,
                    kms_ops::MAX_TOKEN_BYTES as u64,
                    kms_ops::LARGE_PAYLOAD_HELP,
                )?;
                let (payload, kid) = kms.verify_jws(&a.name, &token)?;
                let mut json = json!({"valid": true, "kid": kid, "payload": b64::encode(&payload)});
                if let Ok(text) = std::str::from_utf8(&payload) {
                    json["text"] = json!(text);
                }
                Ok(Simple::boxed(payload, json))
            }
        }
        KmsCommand::Mac(a) => {
            let data = io::read_input(&a.input)?;
            let mac = kms.mac(&a.name, &data)?;
            Ok(Simple::boxed(format!("{mac}\n"), json!({"mac": mac})))
        }
        KmsCommand::MacVerify(a) => {
            let data = io::read_input(&a.input)?;
            let kid = kms.mac_verify(&a.name, &data, &a.mac)?;
            Ok(Simple::boxed(
                format!("valid ({kid})\n"),
                json!({"valid": true, "kid": kid}),
            ))
        }
        KmsCommand::Datakey(a) => {
            let (key, wrapped) = kms.datakey(&a.name)?;
            if a.wrapped_only {
                return Ok(Simple::boxed(
                    format!("{wrapped}\n"),
                    json!({"wrapped": wrapped}),
                ));
            }
            let plaintext = b64::encode(&key[..]);
            Ok(Simple::boxed(
                format!("plaintext: {plaintext}\nwrapped: {wrapped}\n"),
                json!({"plaintext": plaintext, "wrapped": wrapped}),
            ))
        }
        KmsCommand::Derive(a) => {
            let peer = io::read_input(&a.peer)?;
            let (key, kid) = kms.derive(&a.name, &peer, a.salt.as_bytes(), a.info.as_bytes())?;
            let encoded = b64::encode(&key[..]);
            Ok(Simple::boxed(
                format!("{encoded}\n"),
                json!({"key": encoded, "kid": kid}),
            ))
        }
        KmsCommand::Init
        | KmsCommand::RotateRoot
        | KmsCommand::Migrate { .. }
        | KmsCommand::RotateIntermediate
        | KmsCommand::Key(_)
        | KmsCommand::Serve(_)
        | KmsCommand::Realm(_)
        | KmsCommand::Audit(_) => Err(CuError::usage(
            "internal dispatch error",
            "report this as a bug",
        )),
    }
}
