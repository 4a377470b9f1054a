//! `cu jose jwk generate|public|thumbprint|convert`.

use serde_json::{json, Value};

use super::{deliver, load_key_file};
use crate::cli::jose::{JwkCommand, KeyFormat, KeyUse, Kty};
use crate::cmd::io;
use crate::error::CuResult;
use crate::jose::jwk::{self, GenerateSpec, Jwk, KeyEncoding, KeyLayout, KeyType};
use crate::output::{Ctx, Report, Simple};

fn pretty(value: &impl serde::Serialize) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value).unwrap_or_default();
    out.push(b'\n');
    out
}

pub fn run(command: JwkCommand, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        JwkCommand::Generate {
            kty,
            bits,
            crv,
            alg,
            key_use,
            kid,
            public_out,
            out,
        } => {
            let spec = GenerateSpec {
                kty: kty.map(|k| match k {
                    Kty::Rsa => KeyType::Rsa,
                    Kty::Ec => KeyType::Ec,
                    Kty::Okp => KeyType::Okp,
                    Kty::Oct => KeyType::Oct,
                }),
                bits,
                crv,
                alg,
                key_use: key_use.map(|u| match u {
                    KeyUse::Sig => "sig".to_string(),
                    KeyUse::Enc => "enc".to_string(),
                }),
                kid,
            };
            let key = jwk::generate(&spec)?;
            let kid = key.get("kid").cloned().unwrap_or(Value::Null);
            let private_bytes = zeroize::Zeroizing::new(pretty(&key));
            let (stdout, written) = deliver(&out, private_bytes.to_vec(), true, ctx)?;
            let public = if key.get("kty").and_then(Value::as_str) == Some("oct") {
                None
            } else {
                Some(jwk::public_of(&key)?)
            };
            let public_written = match (&public_out, &public) {
                (Some(path), Some(public)) => {
                    io::write_file(path, &pretty(public), false, out.force)?;
                    Some(path.display().to_string())
                }
                (Some(_), None) => {
                    return Err(crate::error::CuError::usage(
                        "--public-out: a symmetric (oct) key has no public part",
                        "drop --public-out for oct keys",
                    ))
                }
                _ => None,
            };
            let text = stdout;
            let json = match written {
                Some(path) => {
                    json!({ "kid": kid, "out": path, "public_out": public_written, "public_jwk": public })
                }
                None => {
                    json!({ "kid": kid, "jwk": key, "public_out": public_written, "public_jwk": public })
                }
            };
            Ok(Simple::boxed(text, json))
        }
        JwkCommand::Public {
            input,
            password_file,
            out,
        } => {
            let set = load_key_file(&input, password_file.as_deref())?;
            let publics = set
                .keys
                .iter()
                .map(jwk::public_of)
                .collect::<Result<Vec<Jwk>, _>>()?;
            let doc = if publics.len() == 1 {
                Value::Object(publics[0].clone())
            } else {
                json!({ "keys": publics })
            };
            let bytes = pretty(&doc);
            let (stdout, written) = deliver(&out, bytes, false, ctx)?;
            Ok(Simple::boxed(stdout, json!({ "jwk": doc, "out": written })))
        }
        JwkCommand::Thumbprint {
            input,
            password_file,
        } => {
            let set = load_key_file(&input, password_file.as_deref())?;
            let prints = set
                .keys
                .iter()
                .map(|k| {
                    Ok(json!({
                        "kid": k.get("kid"),
                        "kty": k.get("kty"),
                        "thumbprint": jwk::thumbprint(k)?,
                    }))
                })
                .collect::<CuResult<Vec<Value>>>()?;
            let text: String = prints
                .iter()
                .map(|p| format!("{}\n", p["thumbprint"].as_str().unwrap_or_default()))
                .collect();
            let json = if prints.len() == 1 {
                json!({ "thumbprint": prints[0]["thumbprint"], "hash": "SHA-256", "kid": prints[0]["kid"] })
            } else {
                json!({ "hash": "SHA-256", "keys": prints })
            };
            Ok(Simple::boxed(text, json))
        }
        JwkCommand::Convert {
            input,
            to,
            public,
            traditional,
            kid,
            password_file,
            out,
        } => {
            let layout = if traditional {
                KeyLayout::Traditional
            } else {
                KeyLayout::Standard
            };
            let set = load_key_file(&input, password_file.as_deref())?;
            let key = set.only_or_kid(kid.as_deref())?;
            let secret = jwk::is_private(key) && !public;
            let bytes: zeroize::Zeroizing<Vec<u8>> = match to {
                KeyFormat::Jwk => {
                    let doc = if public {
                        jwk::public_of(key)?
                    } else {
                        key.clone()
                    };
                    zeroize::Zeroizing::new(pretty(&doc))
                }
                KeyFormat::Pem => jwk::encode_key(key, public, KeyEncoding::Pem, layout)?,
                KeyFormat::Der => jwk::encode_key(key, public, KeyEncoding::Der, layout)?,
            };
            let (stdout, written) = deliver(&out, bytes.to_vec(), secret, ctx)?;
            let format = match to {
                KeyFormat::Jwk => "jwk",
                KeyFormat::Pem => "pem",
                KeyFormat::Der => "der",
            };
            let json = match (&written, to) {
                (Some(path), _) => json!({ "format": format, "private": secret, "out": path }),
                (None, KeyFormat::Jwk) => json!({
                    "format": format, "private": secret,
                    "jwk": serde_json::from_slice::<Value>(&bytes).unwrap_or(Value::Null)
                }),
                (None, KeyFormat::Pem) => json!({
                    "format": format, "private": secret, "pem": String::from_utf8_lossy(&bytes)
                }),
                (None, KeyFormat::Der) => json!({
                    "format": format, "private": secret, "der_b64": crate::jose::b64::encode(&bytes[..])
                }),
            };
            Ok(Simple::boxed(stdout, json))
        }
    }
}
