//! `cu jose jwe encrypt|decrypt`.

use serde_json::{json, Value};

use super::{deliver, load_key_file, password, policy, read_token};
use crate::cli::jose::JweCommand;
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::jose::jwe::{self, EncryptOptions, Recipient, Secret};
use crate::jose::keyset::KeySet;
use crate::jose::{b64, JoseError, Limits};
use crate::output::{Ctx, Report, Simple};

/// The usual key-management algorithm for a recipient key.
fn default_alg(key: &crate::jose::jwk::Jwk) -> CuResult<String> {
    if let Some(alg) = key.get("alg").and_then(Value::as_str) {
        return Ok(alg.to_string());
    }
    match key.get("kty").and_then(Value::as_str) {
        Some("RSA") => Ok("RSA-OAEP-256".into()),
        Some("EC") | Some("OKP") => Ok("ECDH-ES+A256KW".into()),
        Some("oct") => Ok("A256KW".into()),
        _ => Err(JoseError::bad_key("cannot choose an algorithm for this key").into()),
    }
}

pub fn run(command: JweCommand, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        JweCommand::Encrypt {
            key,
            password_file,
            alg,
            enc,
            cty,
            header,
            zip,
            p2c,
            json,
            aad,
            input,
            out,
        } => {
            let mut inputs: Vec<Option<&std::path::Path>> =
                key.iter().map(|k| Some(k.as_path())).collect();
            inputs.extend([
                password_file.as_deref(),
                aad.as_deref(),
                Some(input.as_path()),
            ]);
            io::one_stdin(&inputs)?;
            let password = password(password_file.as_deref())?;
            let key_sets = key
                .iter()
                .map(|p| load_key_file(p, None))
                .collect::<CuResult<Vec<_>>>()?;
            // Every key of every --key file is a recipient; a password adds a PBES2 recipient.
            let mut recipients = Vec::new();
            for jwk in key_sets.iter().flat_map(|set| &set.keys) {
                let alg = match &alg {
                    Some(a) => a.clone(),
                    None => default_alg(jwk)?,
                };
                recipients.push(Recipient {
                    secret: Secret::Key(jwk),
                    alg,
                });
            }
            if let Some(p) = &password {
                let alg = alg.clone().filter(|a| a.starts_with("PBES2"));
                recipients.push(Recipient {
                    secret: Secret::Password(p),
                    alg: alg.unwrap_or_else(|| "PBES2-HS512+A256KW".to_string()),
                });
            }
            if recipients.is_empty() {
                return Err(CuError::usage(
                    "no key given",
                    "pass --key FILE or --password-file FILE",
                ));
            }
            let mut extra = io::parse_pairs(&header, "header")?;
            if let Some(cty) = cty {
                extra.insert("cty".into(), cty.into());
            }
            let plaintext = io::read_input(&input)?;
            let aad = aad.as_deref().map(io::read_input).transpose()?;
            let doc = jwe::encrypt(
                &recipients,
                &plaintext,
                &EncryptOptions {
                    enc,
                    header: extra,
                    compress: zip,
                    p2c,
                    json,
                    aad: aad.map(|a| a.to_vec()),
                },
            )?;
            let text = match &doc {
                Value::String(token) => format!("{token}\n"),
                other => format!("{}\n", serde_json::to_string(other).unwrap_or_default()),
            };
            let (stdout, written) = deliver(&out, text.into_bytes(), false, ctx)?;
            Ok(Simple::boxed(stdout, json!({ "jwe": doc, "out": written })))
        }
        JweCommand::Decrypt {
            key,
            password_file,
            input,
            max_p2c,
            max_inflated,
            guard,
            out,
        } => {
            io::one_stdin(&[key.as_deref(), password_file.as_deref(), Some(&input)])?;
            let password = password(password_file.as_deref())?;
            let keys = match key.as_deref() {
                Some(p) => load_key_file(p, None)?,
                None => KeySet::default(),
            };
            let token = read_token(&input, guard.max_size)?;
            let limits = Limits {
                max_token_bytes: guard.max_size,
                max_pbes2_count: max_p2c,
                max_inflated_bytes: max_inflated,
            };
            let decrypted = jwe::decrypt(
                &token,
                &keys,
                password.as_deref().map(|p| &p[..]),
                &limits,
                policy(&guard),
            )?;
            let (stdout, written) = deliver(&out, decrypted.plaintext.to_vec(), true, ctx)?;
            let payload = match std::str::from_utf8(&decrypted.plaintext) {
                Ok(text) => json!({ "plaintext": text }),
                Err(_) => json!({ "plaintext_b64": b64::encode(&decrypted.plaintext[..]) }),
            };
            let mut doc = json!({ "header": decrypted.header, "out": written });
            if written.is_none() {
                if let (Value::Object(d), Value::Object(p)) = (&mut doc, payload) {
                    d.extend(p);
                }
            }
            Ok(Simple::boxed(stdout, doc))
        }
    }
}
