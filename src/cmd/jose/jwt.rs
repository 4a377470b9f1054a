//! `cu jose jwt sign|verify|decode`, including `verify --batch`.

use std::io::Write;

use rayon::prelude::*;
use serde_json::{json, Map, Value};

use super::jws::parse_algs;
use super::{deliver, limits, load_key_file, load_keys, policy, read_token_text};
use crate::cli::jose::{JwtCommand, NestArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult, Status};
use crate::jose::jwe::{self, EncryptOptions, Recipient, Secret};
use crate::jose::jws::{ParsedJws, Signer, VerifierSet};
use crate::jose::jwt::{self, ClaimChecks, Verified};
use crate::jose::keyset::KeySet;
use crate::jose::{b64, ed25519, jwk, JoseError, JoseResult, Limits, Policy, Reason};
use crate::output::{Ctx, Report, Simple};

pub fn run(command: JwtCommand, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        JwtCommand::Sign {
            key,
            secret_file,
            password_file,
            alg,
            claims,
            claim,
            iss,
            sub,
            aud,
            exp,
            nbf,
            no_iat,
            jti,
            kid,
            header,
            nest,
            out,
        } => {
            io::one_stdin(&[
                key.as_deref(),
                secret_file.as_deref(),
                password_file.as_deref(),
                claims.as_deref(),
                nest.encrypt_to.as_deref(),
            ])?;
            let jwk = match (&key, &secret_file) {
                (_, Some(path)) => jwk::oct_from_secret(&io::read_secret(path)?)?,
                (Some(path), None) => load_key_file(path, password_file.as_deref())?
                    .only_or_kid(None)?
                    .clone(),
                (None, None) => {
                    return Err(CuError::usage(
                        "no key given",
                        "pass --key FILE or --secret-file FILE",
                    ))
                }
            };
            let alg = alg
                .as_deref()
                .map(crate::jose::jws::Alg::parse)
                .transpose()?;
            let mut signer = Signer::new(&jwk, alg)?;
            if let Some(kid) = kid {
                signer.kid = Some(kid);
            }
            let now = jwt::unix_seconds(ctx.now);
            let mut body: Map<String, Value> = match &claims {
                Some(path) => match crate::limits::json_from_slice(&io::read_input(path)?) {
                    Ok(Value::Object(m)) => m,
                    Ok(_) => {
                        return Err(CuError::usage(
                            "--claims must hold a JSON object",
                            "write the claims as {\"name\": value, …}",
                        ))
                    }
                    Err(e) => {
                        return Err(CuError::usage(
                            format!("--claims is not valid JSON: {e}"),
                            "write the claims as {\"name\": value, …}",
                        ))
                    }
                },
                None => Map::new(),
            };
            body.extend(io::parse_pairs(&claim, "claim")?);
            if let Some(iss) = iss {
                body.insert("iss".into(), iss.into());
            }
            if let Some(sub) = sub {
                body.insert("sub".into(), sub.into());
            }
            match aud.len() {
                0 => {}
                1 => {
                    body.insert("aud".into(), aud[0].clone().into());
                }
                _ => {
                    body.insert("aud".into(), json!(aud));
                }
            }
            let time = |text: &str, flag: &str| -> CuResult<i64> {
                jwt::parse_time(text, now).map_err(|m| {
                    CuError::usage(
                        format!("--{flag}: {m}"),
                        "use +1h, 2030-01-01T00:00:00Z or unix seconds",
                    )
                })
            };
            if let Some(exp) = &exp {
                body.insert("exp".into(), time(exp, "exp")?.into());
            }
            if let Some(nbf) = &nbf {
                body.insert("nbf".into(), time(nbf, "nbf")?.into());
            }
            if !no_iat && !body.contains_key("iat") {
                body.insert("iat".into(), now.into());
            }
            if let Some(jti) = jti {
                let value = if jti == "auto" {
                    let mut raw = [0u8; 16];
                    getrandom::fill(&mut raw).map_err(|e| {
                        CuError::usage(format!("random source failed: {e}"), "retry")
                    })?;
                    b64::encode(raw)
                } else {
                    jti
                };
                body.insert("jti".into(), value.into());
            }
            let extra = io::parse_pairs(&header, "header")?;
            let token = jwt::sign(&signer, &body, &extra)?;
            let token = match &nest.encrypt_to {
                Some(_) => nest_encrypt(&token, &nest)?,
                None => token,
            };
            let text = format!("{token}\n");
            let (stdout, written) = deliver(&out, text.into_bytes(), false, ctx)?;
            Ok(Simple::boxed(
                stdout,
                json!({ "token": token, "claims": body, "alg": signer.alg.as_str(), "kid": signer.kid, "out": written }),
            ))
        }
        JwtCommand::Verify {
            key,
            alg,
            iss,
            aud,
            no_audience_check,
            leeway,
            require,
            input,
            batch,
            decrypt_key,
            guard,
        } => {
            io::one_stdin(&[
                key.key.as_deref(),
                key.jwks.as_deref(),
                key.secret_file.as_deref(),
                key.password_file.as_deref(),
                decrypt_key.as_deref(),
                Some(&input),
            ])?;
            let leeway = humantime::parse_duration(&leeway).map_err(|e| {
                CuError::usage(
                    format!("--leeway `{leeway}`: {e}"),
                    "use a duration such as 60s or 2m",
                )
            })?;
            let keys = load_keys(&key)?;
            let verifiers = VerifierSet::new(&keys, &parse_algs(&alg)?)?;
            let decrypt_keys = decrypt_key
                .as_deref()
                .map(|p| load_key_file(p, None))
                .transpose()?;
            let checks = ClaimChecks {
                now: jwt::unix_seconds(ctx.now),
                leeway: leeway.as_secs(),
                issuer: iss,
                audiences: aud,
                skip_audience: no_audience_check,
                required: require,
            };
            let limits = limits(&guard);
            let policy = policy(&guard);
            if batch {
                let text = io::read_text(&input)?;
                return Ok(Box::new(verify_batch(
                    &text,
                    &verifiers,
                    &checks,
                    &limits,
                    policy,
                    decrypt_keys.as_ref(),
                )));
            }
            let text = read_token_text(&input, guard.max_size)?;
            let token = text.trim();
            let verified = verify_one(
                token,
                &verifiers,
                &checks,
                &limits,
                policy,
                decrypt_keys.as_ref(),
            )?;
            let mut claims_text = serde_json::to_vec_pretty(&verified.claims).unwrap_or_default();
            claims_text.push(b'\n');
            Ok(Simple::boxed(
                claims_text,
                json!({ "valid": true, "header": verified.header, "claims": verified.claims }),
            ))
        }
        JwtCommand::Decode {
            insecure,
            input,
            max_size,
        } => {
            if !insecure {
                return Err(JoseError::new(Reason::InsecureRefused, "decode shows a token without verifying it, and needs --insecure")
                    .with_help("to check the token, use `cu jose jwt verify`; to read it anyway, add --insecure")
                    .into());
            }
            let text = read_token_text(&input, max_size)?;
            let limits = Limits {
                max_token_bytes: max_size,
                ..Limits::default()
            };
            let parsed = jwt::parse(
                &text,
                &limits,
                Policy {
                    allow_header_keys: true,
                },
            )?;
            let claims = jwt::claims_of(&parsed.payload)?;
            ctx.warn("the token was NOT verified: its header and claims may be forged");
            let header = parsed.signatures[0].header.clone();
            let doc = json!({ "verified": false, "header": header, "claims": claims });
            let text = format!(
                "{}\n{}\n",
                serde_json::to_string_pretty(&header).unwrap_or_default(),
                serde_json::to_string_pretty(&claims).unwrap_or_default()
            );
            Ok(Simple::boxed(text, doc))
        }
    }
}

fn nest_encrypt(token: &str, nest: &NestArgs) -> CuResult<String> {
    let Some(path) = &nest.encrypt_to else {
        return Ok(token.to_string());
    };
    let set = load_key_file(path, None)?;
    let key = set.only_or_kid(None)?;
    let mut header = Map::new();
    header.insert("cty".into(), "JWT".into());
    let recipient = Recipient {
        secret: Secret::Key(key),
        alg: nest.jwe_alg.clone(),
    };
    let doc = jwe::encrypt(
        &[recipient],
        token.as_bytes(),
        &EncryptOptions {
            enc: nest.jwe_enc.clone(),
            header,
            compress: false,
            p2c: jwe::DEFAULT_P2C,
            json: false,
            aad: None,
        },
    )?;
    Ok(doc.as_str().unwrap_or_default().to_string())
}

/// Unwrap a nested JWT (a JWE with `cty: JWT`) when a decryption key was given.
fn unwrap_nested(
    token: &str,
    decrypt_keys: Option<&KeySet>,
    limits: &Limits,
    policy: Policy,
) -> JoseResult<String> {
    let Some(keys) = decrypt_keys else {
        if token.matches('.').count() == 4 {
            return Err(JoseError::malformed("this is an encrypted (nested) JWT")
                .with_help("pass --decrypt-key FILE to decrypt it first"));
        }
        return Ok(token.to_string());
    };
    let decrypted = jwe::decrypt(token.as_bytes(), keys, None, limits, policy)?;
    let cty = decrypted
        .header
        .get("cty")
        .and_then(Value::as_str)
        .unwrap_or("");
    if !cty.eq_ignore_ascii_case("JWT") {
        return Err(JoseError::malformed(
            "the JWE does not hold a JWT (its `cty` is not JWT)",
        ));
    }
    String::from_utf8(decrypted.plaintext.to_vec())
        .map_err(|_| JoseError::malformed("the nested JWT is not text"))
}

fn verify_one(
    token: &str,
    verifiers: &VerifierSet,
    checks: &ClaimChecks,
    limits: &Limits,
    policy: Policy,
    decrypt_keys: Option<&KeySet>,
) -> JoseResult<Verified> {
    let inner = unwrap_nested(token, decrypt_keys, limits, policy)?;
    let parsed = jwt::parse(&inner, limits, policy)?;
    jwt::verify(&parsed, verifiers, checks)
}

/// One line's answer in a batch.
type LineResult = JoseResult<Verified>;

/// Lines per unit of parallel work: large enough for Ed25519 batch equations to pay off.
const CHUNK: usize = 1024;

fn verify_batch(
    text: &str,
    verifiers: &VerifierSet,
    checks: &ClaimChecks,
    limits: &Limits,
    policy: Policy,
    decrypt_keys: Option<&KeySet>,
) -> BatchReport {
    let lines: Vec<&str> = text.lines().collect();
    let results: Vec<LineResult> = lines
        .par_chunks(CHUNK)
        .flat_map_iter(|chunk| verify_chunk(chunk, verifiers, checks, limits, policy, decrypt_keys))
        .collect();
    BatchReport { results }
}

fn verify_chunk(
    lines: &[&str],
    verifiers: &VerifierSet,
    checks: &ClaimChecks,
    limits: &Limits,
    policy: Policy,
    decrypt_keys: Option<&KeySet>,
) -> Vec<LineResult> {
    enum Pending<'v> {
        Done(LineResult),
        Ed25519(ParsedJws, &'v ed25519::PublicKey),
    }
    let pending: Vec<Pending> = lines
        .iter()
        .map(|line| {
            let token = line.trim();
            let parsed = match unwrap_nested(token, decrypt_keys, limits, policy)
                .and_then(|t| jwt::parse(&t, limits, policy))
            {
                Ok(p) => p,
                Err(e) => return Pending::Done(Err(e)),
            };
            let header = &parsed.signatures[0].header;
            let alg = header.get("alg").and_then(Value::as_str).unwrap_or("");
            let kid = header.get("kid").and_then(Value::as_str);
            // A token with exactly one Ed25519 candidate key joins the batch equation; anything
            // else is verified on its own.
            let ed25519_key = match verifiers.select(alg, kid) {
                Ok(candidates) => match candidates.as_slice() {
                    [only] => only.ed25519_key(),
                    _ => None,
                },
                Err(e) => return Pending::Done(Err(e)),
            };
            match ed25519_key {
                Some(key) => Pending::Ed25519(parsed, key),
                None => Pending::Done(jwt::verify(&parsed, verifiers, checks)),
            }
        })
        .collect();
    let items: Vec<ed25519::Item> = pending
        .iter()
        .filter_map(|p| match p {
            Pending::Ed25519(parsed, key) => Some(ed25519::Item {
                key,
                message: &parsed.signatures[0].signing_input,
                signature: &parsed.signatures[0].signature,
            }),
            Pending::Done(_) => None,
        })
        .collect();
    let mut signature_ok = ed25519::verify_all(&items).into_iter();
    pending
        .into_iter()
        .map(|p| match p {
            Pending::Done(result) => result,
            Pending::Ed25519(parsed, _) => {
                if signature_ok.next().unwrap_or(false) {
                    jwt::finish(&parsed, checks)
                } else {
                    Err(JoseError::new(
                        Reason::BadSignature,
                        "the signature does not verify",
                    ))
                }
            }
        })
        .collect()
}

struct BatchReport {
    results: Vec<LineResult>,
}

impl Report for BatchReport {
    fn write_text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for result in &self.results {
            match result {
                Ok(_) => out.write_all(b"valid\n")?,
                Err(e) => writeln!(out, "invalid\t{}\t{}", e.reason, e.message)?,
            }
        }
        Ok(())
    }

    fn to_json(&self) -> Value {
        Value::Array(
            self.results
                .iter()
                .enumerate()
                .map(|(i, r)| line_json(i, r))
                .collect(),
        )
    }

    fn write_json(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for (i, result) in self.results.iter().enumerate() {
            serde_json::to_writer(&mut *out, &line_json(i, result))?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn status(&self) -> Status {
        let passed = self.results.iter().filter(|r| r.is_ok()).count();
        Status::of_batch(passed, self.results.len())
    }
}

fn line_json(index: usize, result: &LineResult) -> Value {
    match result {
        Ok(v) => json!({ "line": index + 1, "valid": true, "claims": v.claims }),
        Err(e) => {
            json!({ "line": index + 1, "valid": false, "reason": e.reason.as_str(), "message": e.message })
        }
    }
}
