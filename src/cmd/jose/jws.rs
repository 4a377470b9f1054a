//! `cu jose jws sign|verify`.

use serde_json::{json, Value};

use super::{deliver, limits, load_key_file, load_keys, policy, read_token};
use crate::cli::jose::JwsCommand;
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::jose::jws::{self, Alg, SignOptions, Signer, VerifierSet};
use crate::jose::{b64, JoseError, Reason};
use crate::output::{Ctx, Report, Simple};

pub fn parse_algs(names: &[String]) -> CuResult<Vec<Alg>> {
    names
        .iter()
        .flat_map(|n| n.split(','))
        .map(|n| Alg::parse(n.trim()).map_err(CuError::from))
        .collect()
}

pub fn run(command: JwsCommand, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        JwsCommand::Sign {
            key,
            password_file,
            alg,
            kid,
            header,
            unprotected,
            input,
            json,
            detached,
            unencoded,
            out,
        } => {
            let key_refs: Vec<Option<&std::path::Path>> =
                key.iter().map(|k| Some(k.as_path())).collect();
            let mut all = key_refs.clone();
            all.push(Some(&input));
            all.push(password_file.as_deref());
            io::one_stdin(&all)?;
            if key.len() > 1 && !json {
                return Err(CuError::usage(
                    "several --key flags need the JSON serialization",
                    "add --json for a JWS with several signatures",
                ));
            }
            let alg = alg.as_deref().map(Alg::parse).transpose()?;
            let mut signers = Vec::new();
            for path in &key {
                let set = load_key_file(path, password_file.as_deref())?;
                let jwk = set.only_or_kid(None)?;
                let mut signer = Signer::new(jwk, alg)?;
                if let Some(kid) = &kid {
                    signer.kid = Some(kid.clone());
                }
                signers.push(signer);
            }
            let options = SignOptions {
                header: io::parse_pairs(&header, "header")?,
                detached,
                unencoded,
                unprotected: io::parse_pairs(&unprotected, "unprotected header")?,
            };
            if detached {
                // Streamed through each signature: a detached payload of any size.
                let mut message = io::open_message(&input)?;
                let doc = jws::sign_detached(&signers, &mut message, &options, json)
                    .map_err(|e| message.error(e))?;
                let text = match &doc {
                    Value::String(token) => format!("{token}\n"),
                    other => format!("{}\n", serde_json::to_string(other).unwrap_or_default()),
                };
                let (stdout, written) = deliver(&out, text.into_bytes(), false, ctx)?;
                return Ok(Simple::boxed(stdout, json!({ "jws": doc, "out": written })));
            }
            let payload = io::read_limited(
                &input,
                io::MAX_INPUT_BYTES,
                "the payload is held in memory and embedded in the token; sign large payloads with --detached, which streams them",
            )?;
            let (text, doc) = if json {
                let doc = jws::sign_json(&signers, &payload, &options)?;
                (
                    format!("{}\n", serde_json::to_string(&doc).unwrap_or_default()),
                    doc,
                )
            } else {
                let token = jws::sign_compact(&signers[0], &payload, &options)?;
                (format!("{token}\n"), Value::String(token))
            };
            let (stdout, written) = deliver(&out, text.into_bytes(), false, ctx)?;
            Ok(Simple::boxed(stdout, json!({ "jws": doc, "out": written })))
        }
        JwsCommand::Verify {
            key,
            alg,
            input,
            payload,
            require_all,
            guard,
        } => {
            io::one_stdin(&[
                key.key.as_deref(),
                key.jwks.as_deref(),
                key.secret_file.as_deref(),
                Some(&input),
                payload.as_deref(),
            ])?;
            let keys = load_keys(&key)?;
            let verifiers = VerifierSet::new(&keys, &parse_algs(&alg)?)?;
            let token = read_token(&input, guard.max_size)?;
            // A detached payload is streamed through the signatures, so any size verifies;
            // it is the caller's own file, so it is not printed back.
            let mut message = payload.as_deref().map(io::open_message).transpose()?;
            let (parsed, checks) = match &mut message {
                Some(message) => {
                    let parsed = jws::parse_detached(&token, &limits(&guard), policy(&guard))?;
                    let checks = jws::verify_detached(&parsed, &verifiers, message)
                        .map_err(|e| message.error(e))?;
                    (parsed, checks)
                }
                None => {
                    let parsed = jws::parse(&token, None, &limits(&guard), policy(&guard))?;
                    let checks = jws::verify_parsed(&parsed, &verifiers);
                    (parsed, checks)
                }
            };
            let passed = checks.iter().filter(|c| c.outcome.is_ok()).count();
            let ok = if require_all {
                passed == checks.len()
            } else {
                passed > 0
            };
            if !ok {
                let first = checks
                    .into_iter()
                    .find_map(|c| c.outcome.err())
                    .unwrap_or_else(|| {
                        JoseError::new(Reason::BadSignature, "no signature verifies")
                    });
                if parsed.signatures.len() > 1 {
                    return Err(JoseError::new(
                        first.reason,
                        format!(
                            "{passed} of {} signatures verify{}; first failure: {}",
                            parsed.signatures.len(),
                            if require_all {
                                " and --require-all needs all"
                            } else {
                                ""
                            },
                            first.message
                        ),
                    )
                    .into());
                }
                return Err(first.into());
            }
            let signatures: Vec<Value> = checks
                .iter()
                .zip(&parsed.signatures)
                .map(|(c, s)| {
                    json!({
                        "alg": c.alg,
                        "kid": c.kid,
                        "valid": c.outcome.is_ok(),
                        "reason": c.outcome.as_ref().err().map(|e| e.reason.as_str()),
                        "header": s.header,
                    })
                })
                .collect();
            if let Some(path) = &payload {
                let doc = json!({
                    "valid": true,
                    "signatures": signatures,
                    "payload_file": io::display(path),
                });
                return Ok(Simple::boxed(b"valid\n".to_vec(), doc));
            }
            let payload_json = match std::str::from_utf8(&parsed.payload) {
                Ok(text) => json!({ "payload": text }),
                Err(_) => json!({ "payload_b64": b64::encode(&parsed.payload) }),
            };
            let mut doc = json!({ "valid": true, "signatures": signatures });
            if let (Value::Object(d), Value::Object(p)) = (&mut doc, payload_json) {
                d.extend(p);
            }
            Ok(Simple::boxed(parsed.payload.clone(), doc))
        }
    }
}
