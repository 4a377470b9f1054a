//! `cu kms encrypt|decrypt|rewrap|sign|verify|mac|mac-verify|datakey|derive`.

use serde_json::json;

use super::{open_store, tenant};
use crate::cli::kms::{KmsCommand, StoreArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::jose::b64;
use crate::kms::ops;
use crate::output::{Ctx, Report, Simple};

fn text_input(path: &std::path::Path) -> CuResult<String> {
    io::read_text(path)
}

pub fn run(command: KmsCommand, args: &StoreArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let mut store = open_store(args, tenant(args), false, ctx)?;
    match command {
        KmsCommand::Encrypt(a) => {
            let plaintext = io::read_input(&a.input)?;
            let token = ops::encrypt(
                &mut store,
                &a.name,
                &plaintext,
                a.aad.as_deref().map(str::as_bytes),
            )?;
            let json = json!({"ciphertext": token});
            Ok(Simple::boxed(format!("{token}\n"), json))
        }
        KmsCommand::Decrypt(a) => {
            let token = text_input(&a.input)?;
            let (plaintext, kid) =
                ops::decrypt(&mut store, &token, a.aad.as_deref().map(str::as_bytes))?;
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
            let token = text_input(&a.input)?;
            let (out, from, to) = ops::rewrap(
                &mut store,
                &a.name,
                &token,
                a.aad.as_deref().map(str::as_bytes),
            )?;
            Ok(Simple::boxed(
                format!("{out}\n"),
                json!({"ciphertext": out, "from": from, "to": to}),
            ))
        }
        KmsCommand::Sign(a) => {
            let payload = io::read_input(&a.input)?;
            let (sig, kid) = ops::sign(&mut store, &a.name, &payload, a.raw)?;
            let mut json = json!({"kid": kid});
            if a.raw {
                json["signature"] = json!(b64::encode(&sig));
            } else {
                json["jws"] = json!(String::from_utf8_lossy(&sig));
            }
            let mut bytes = sig;
            if !a.raw {
                bytes.push(b'\n');
            }
            match &a.out {
                Some(path) => {
                    io::write_file(path, &bytes, false, a.force)?;
                    json["file"] = json!(path.display().to_string());
                    Ok(Simple::boxed(Vec::new(), json))
                }
                None => Ok(Simple::boxed(bytes, json)),
            }
        }
        KmsCommand::Verify(a) => {
            if a.raw {
                let sig_path = a.signature.as_ref().ok_or_else(|| {
                    CuError::usage("--raw needs --signature FILE", "pass the signature file")
                })?;
                io::one_stdin(&[Some(&a.input), Some(sig_path)])?;
                let message = io::read_input(&a.input)?;
                let sig = io::read_input(sig_path)?;
                let kid = ops::verify_raw(&mut store, &a.name, &message, &sig, a.version)?;
                Ok(Simple::boxed(
                    format!("valid ({kid})\n"),
                    json!({"valid": true, "kid": kid}),
                ))
            } else {
                let token = text_input(&a.input)?;
                let (payload, kid) = ops::verify_jws(&mut store, &a.name, &token)?;
                let mut json = json!({"valid": true, "kid": kid, "payload": b64::encode(&payload)});
                if let Ok(text) = std::str::from_utf8(&payload) {
                    json["text"] = json!(text);
                }
                Ok(Simple::boxed(payload, json))
            }
        }
        KmsCommand::Mac(a) => {
            let data = io::read_input(&a.input)?;
            let mac = ops::mac(&mut store, &a.name, &data)?;
            Ok(Simple::boxed(format!("{mac}\n"), json!({"mac": mac})))
        }
        KmsCommand::MacVerify(a) => {
            let data = io::read_input(&a.input)?;
            let kid = ops::mac_verify(&mut store, &a.name, &data, &a.mac)?;
            Ok(Simple::boxed(
                format!("valid ({kid})\n"),
                json!({"valid": true, "kid": kid}),
            ))
        }
        KmsCommand::Datakey(a) => {
            let (key, wrapped) = ops::datakey(&mut store, &a.name)?;
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
            let (key, kid) = ops::derive(
                &mut store,
                &a.name,
                &peer,
                a.salt.as_bytes(),
                a.info.as_bytes(),
            )?;
            let encoded = b64::encode(&key[..]);
            Ok(Simple::boxed(
                format!("{encoded}\n"),
                json!({"key": encoded, "kid": kid}),
            ))
        }
        KmsCommand::Init
        | KmsCommand::RotateRoot
        | KmsCommand::RotateIntermediate
        | KmsCommand::Key(_) => Err(CuError::usage(
            "internal dispatch error",
            "report this as a bug",
        )),
    }
}
