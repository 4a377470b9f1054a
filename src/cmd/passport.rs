//! `cu passport …`: issue, verify (one or a batch), keys, rotate, retire, attest.

use std::io::Write;

use serde_json::{json, Value};

use crate::cli::passport::{IssueArgs, PassportArgs, PassportCommand, VerifyArgs};
use crate::cmd::io;
use crate::cmd::kms::{open_store, tenant, unix};
use crate::error::{CuError, CuResult, Status};
use crate::output::{Ctx, Report, Simple};
use crate::passport::client::{self, RemotePassport};
use crate::passport::keyring;
use crate::passport::token::{self, IssueRequest};
use crate::passport::verify::{self, BatchOptions, KeySet, Policy, Verified};
use crate::passport::{PassportError, PassportResult, Reason};

pub fn run(args: PassportArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let keyring = args.keyring.as_str();
    token::check_keyring(keyring)?;
    let store_args = &args.store;
    if let Some(url) = &args.server.server {
        if matches!(args.command, PassportCommand::Serve(_)) {
            return Err(CuError::usage(
                "`cu passport serve` is the service; --server (or CU_PASSPORT_SERVER) is for its clients",
                "drop --server, or unset CU_PASSPORT_SERVER",
            ));
        }
        let remote = remote(url, &args)?;
        return run_remote(args.command, &remote, keyring, ctx);
    }
    match args.command {
        PassportCommand::Issue(a) => issue(a, store_args, keyring, ctx),
        PassportCommand::Verify(a) => verify_cmd(a, Some(store_args), None, ctx),
        PassportCommand::Keys => {
            let mut store = open_store(store_args, tenant(store_args), false, ctx)?;
            let versions = keyring::public_versions(&mut store, keyring)?;
            let jwks = keyring::jwks(&versions);
            let mut text = serde_json::to_vec_pretty(&jwks).unwrap_or_default();
            text.push(b'\n');
            Ok(Simple::boxed(text, jwks))
        }
        PassportCommand::Rotate => {
            let mut store = open_store(store_args, tenant(store_args), true, ctx)?;
            let (kid, created) = keyring::rotate(&mut store, keyring, unix(ctx))?;
            let text = if created {
                format!("created keyring {keyring}; current key {kid}\n")
            } else {
                format!(
                    "keyring {keyring}: current key is now {kid}; older versions keep verifying\n"
                )
            };
            Ok(Simple::boxed(
                text,
                json!({"keyring": keyring, "kid": kid.to_string(), "version": kid.version, "created": created}),
            ))
        }
        PassportCommand::Retire { key_version } => {
            let mut store = open_store(store_args, tenant(store_args), false, ctx)?;
            let kid = keyring::retire(&mut store, keyring, key_version)?;
            Ok(Simple::boxed(
                format!("retired {kid}: passports it signed no longer verify\n"),
                json!({"keyring": keyring, "kid": kid.to_string(), "version": key_version, "state": "retired"}),
            ))
        }
        PassportCommand::Attest => attest(store_args, keyring, ctx),
        PassportCommand::Serve(a) => serve(a, ctx),
    }
}

/// The service at `url`, with the connection flags; the store flags are for a local store.
fn remote(url: &str, args: &PassportArgs) -> CuResult<RemotePassport> {
    let s = &args.store;
    if s.store.is_some() || s.unseal_file.is_some() || s.passphrase_file.is_some() {
        return Err(CuError::usage(
            "--server uses the passport service's keys; --store, --unseal-file and --passphrase-file are for a local store",
            "drop one or the other",
        ));
    }
    if s.tenant.is_some() {
        return Err(CuError::usage(
            "with --server the tenant comes from the credential, not from --tenant",
            "drop --tenant",
        ));
    }
    Ok(RemotePassport::connect(crate::cmd::kms::connection(
        url,
        &args.server.conn,
    )?)?)
}

/// A passport command carried out by the service.
fn run_remote(
    command: PassportCommand,
    remote: &RemotePassport,
    keyring: &str,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    match command {
        PassportCommand::Issue(a) => issue_remote(a, remote, keyring, ctx),
        PassportCommand::Verify(a) => verify_cmd(a, None, Some(remote), ctx),
        PassportCommand::Keys => {
            let jwks = remote.keys(keyring)?;
            let mut text = serde_json::to_vec_pretty(&jwks).unwrap_or_default();
            text.push(b'\n');
            Ok(Simple::boxed(text, jwks))
        }
        PassportCommand::Rotate => {
            let doc = remote.rotate(keyring)?;
            let kid = doc["kid"].as_str().unwrap_or_default();
            let text = if doc["created"] == true {
                format!("created keyring {keyring}; current key {kid}\n")
            } else {
                format!(
                    "keyring {keyring}: current key is now {kid}; older versions keep verifying\n"
                )
            };
            Ok(Simple::boxed(text, doc))
        }
        PassportCommand::Retire { key_version } => {
            let doc = remote.retire(keyring, key_version)?;
            let kid = doc["kid"].as_str().unwrap_or_default().to_string();
            Ok(Simple::boxed(
                format!("retired {kid}: passports it signed no longer verify\n"),
                doc,
            ))
        }
        PassportCommand::Attest => {
            let doc = remote.attest(keyring)?;
            Ok(Simple::boxed(attestation_text(&doc, keyring), doc))
        }
        PassportCommand::Serve(_) => Err(CuError::usage(
            "`cu passport serve` runs the service; it takes no --server",
            "drop --server",
        )),
    }
}

/// `issue` through the service: the same requests (checked here first, so a batch with a
/// bad line sends nothing), the same output. The service names the issuer and bounds the TTL.
fn issue_remote(
    a: IssueArgs,
    remote: &RemotePassport,
    keyring: &str,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    if a.iss != "cu" {
        return Err(CuError::usage(
            "with --server the issuer is the service's (passport.issuer in its config)",
            "drop --iss",
        ));
    }
    let requests = requests(&a, ctx)?;
    let mut passports = Vec::with_capacity(requests.len());
    for (i, r) in requests.iter().enumerate() {
        let body = json!({
            "sub": r.sub,
            "aud": r.aud,
            "scopes": r.scopes,
            "ttl_seconds": r.ttl,
            "nbf": r.nbf,
            "nonce": r.nonce,
            "ctx": r.ctx,
            "keyring": keyring,
        });
        let mut doc = remote.issue(&body).map_err(|e| match e {
            keyring::KeyringError::Passport(e) if a.batch => CuError::Passport(PassportError::new(
                e.reason,
                format!("request {}: {}", i + 1, e.message),
            )),
            other => other.into(),
        })?;
        if let Some(m) = doc.as_object_mut() {
            m.remove("compact");
        }
        passports.push(passport_of(&doc)?);
    }
    Ok(issued(passports, a.batch))
}

/// One passport (compact text, or the envelope), or `--batch`'s one per line.
fn issued(mut passports: Vec<token::Passport>, batch: bool) -> Box<dyn Report> {
    match passports.pop() {
        Some(passport) if !batch => {
            Simple::boxed(format!("{}\n", passport.compact()), passport.envelope())
        }
        last => {
            passports.extend(last);
            Box::new(IssuedBatch { passports })
        }
    }
}

/// A passport from the envelope the service answered (checked to be one).
fn passport_of(envelope: &Value) -> CuResult<token::Passport> {
    let text = envelope.to_string();
    let parsed = token::parse(text.as_bytes(), usize::MAX).map_err(|e| {
        PassportError::new(
            Reason::Malformed,
            format!(
                "the service answered something that is not a passport: {}",
                e.message
            ),
        )
    })?;
    Ok(token::Passport {
        kid: parsed.kid,
        msg: parsed.msg,
        sig: parsed.sig,
    })
}

fn duration(text: &str, flag: &str) -> CuResult<i64> {
    humantime::parse_duration(text)
        .map(|d| d.as_secs() as i64)
        .map_err(|e| {
            CuError::usage(
                format!("{flag} `{text}`: {e}"),
                "write a duration such as 90s, 15m, 1h or 7d",
            )
        })
}

fn issue(
    a: IssueArgs,
    store_args: &crate::cli::kms::StoreArgs,
    keyring: &str,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    let requests = requests(&a, ctx)?;
    let mut store = open_store(store_args, tenant(store_args), false, ctx)?;
    let (kid, key) = keyring::signing_key(&mut store, keyring)?;
    let payloads = requests
        .iter()
        .enumerate()
        .map(|(i, r)| {
            token::payload(r, &kid).map_err(|e| {
                if a.batch {
                    PassportError::new(e.reason, format!("request {}: {}", i + 1, e.message))
                } else {
                    e
                }
            })
        })
        .collect::<PassportResult<Vec<_>>>()?;
    let passports = {
        use rayon::prelude::*;
        payloads
            .par_iter()
            .with_min_len(64)
            .map(|p| token::sign(p, &key))
            .collect::<PassportResult<Vec<_>>>()?
    };
    Ok(issued(passports, a.batch))
}

/// The issuing requests of the flags (and of the lines of --batch).
fn requests(a: &IssueArgs, ctx: &Ctx) -> CuResult<Vec<IssueRequest>> {
    let now = unix(ctx);
    let max_ttl = duration(&a.max_ttl, "--max-ttl")?;
    let base = IssueRequest {
        iss: a.iss.clone(),
        sub: a.sub.clone().unwrap_or_default(),
        aud: a.aud.clone(),
        scopes: a.scope.clone(),
        now,
        ttl: duration(&a.ttl, "--ttl")?,
        max_ttl,
        nbf: a.nbf.as_deref().map(|t| nbf(t, now)).transpose()?,
        nonce: nonce(a.nonce.as_deref())?,
        ctx: io::parse_pairs(&a.ctx, "--ctx")?,
    };
    if a.batch {
        batch_requests(&io::read_input(&a.input)?, &base)
    } else {
        Ok(vec![base])
    }
}

fn nbf(text: &str, now: i64) -> CuResult<i64> {
    crate::jose::jwt::parse_time(text, now).map_err(|e| {
        CuError::usage(
            format!("nbf: {e}"),
            "e.g. --nbf +5m or --nbf 2030-01-01T00:00:00Z",
        )
    })
}

fn nonce(flag: Option<&str>) -> CuResult<Option<String>> {
    match flag {
        Some("auto") => {
            let mut bytes = [0u8; 16];
            getrandom::fill(&mut bytes).map_err(|e| {
                CuError::usage(format!("no randomness for the nonce: {e}"), "retry")
            })?;
            Ok(Some(crate::jose::b64::encode(bytes)))
        }
        Some("") => Err(CuError::usage(
            "the nonce is empty",
            "pass --nonce auto, or a value",
        )),
        Some(v) => Ok(Some(v.to_string())),
        None => Ok(None),
    }
}

/// One line of `issue --batch`: each member overrides the flag of the same name.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LineRequest {
    iss: Option<String>,
    sub: Option<String>,
    aud: Option<Vec<String>>,
    scopes: Option<Vec<String>>,
    ttl: Option<String>,
    nbf: Option<Value>,
    nonce: Option<String>,
    ctx: Option<serde_json::Map<String, Value>>,
}

fn batch_requests(input: &[u8], base: &IssueRequest) -> CuResult<Vec<IssueRequest>> {
    let mut out = Vec::new();
    for (i, line) in input.split(|&b| b == b'\n').enumerate() {
        if line.trim_ascii().is_empty() {
            continue;
        }
        let bad = |m: String| {
            CuError::usage(
                format!("line {}: {m}", i + 1),
                r#"each line is a JSON object such as {"sub":"alice","aud":["api"],"scopes":["read"],"ttl":"15m"}"#,
            )
        };
        let line: LineRequest =
            crate::limits::json_from_slice(line).map_err(|e| bad(e.to_string()))?;
        let mut r = base.clone();
        if let Some(v) = line.iss {
            r.iss = v;
        }
        if let Some(v) = line.sub {
            r.sub = v;
        }
        if let Some(v) = line.aud {
            r.aud = v;
        }
        if let Some(v) = line.scopes {
            r.scopes = v;
        }
        if let Some(v) = line.ttl {
            r.ttl = duration(&v, "ttl").map_err(|_| bad(format!("ttl `{v}` is not a duration")))?;
        }
        if let Some(v) = line.nbf {
            let text = match v {
                Value::String(s) => s,
                other => other.to_string(),
            };
            r.nbf = Some(nbf(&text, base.now).map_err(|e| bad(e.to_string()))?);
        }
        if line.nonce.is_some() {
            r.nonce = nonce(line.nonce.as_deref()).map_err(|e| bad(e.to_string()))?;
        }
        if let Some(v) = line.ctx {
            r.ctx = v;
        }
        out.push(r);
    }
    Ok(out)
}

/// `issue --batch`: one passport per line, compact (text) or envelope (JSON).
struct IssuedBatch {
    passports: Vec<token::Passport>,
}

impl Report for IssuedBatch {
    fn write_text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for p in &self.passports {
            out.write_all(p.compact().as_bytes())?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn to_json(&self) -> Value {
        Value::Array(self.passports.iter().map(|p| p.envelope()).collect())
    }

    fn write_json(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for p in &self.passports {
            serde_json::to_writer(&mut *out, &p.envelope())?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// Where verification keys come from: a JWKS file, or the store's keyrings.
enum KeySource {
    Jwks(KeySet),
    Store(Box<crate::kms::store::Store>),
}

impl KeySource {
    fn keys_for<'a>(&mut self, kids: impl IntoIterator<Item = &'a str>) -> CuResult<KeySet> {
        match self {
            KeySource::Jwks(set) => Ok(set.clone()),
            KeySource::Store(store) => Ok(keyring::resolve(store, kids)?),
        }
    }
}

fn key_source(
    a: &VerifyArgs,
    store_args: &crate::cli::kms::StoreArgs,
    ctx: &Ctx,
) -> CuResult<KeySource> {
    match &a.jwks {
        Some(path) => {
            let text = io::read_text(path)?;
            let value: Value = crate::limits::json_from_str(&text).map_err(|e| {
                PassportError::new(
                    Reason::BadKey,
                    format!("{} is not JSON: {e}", io::display(path)),
                )
            })?;
            let set = KeySet::from_jwks(&value)?;
            if set.is_empty() {
                return Err(PassportError::new(
                    Reason::BadKey,
                    format!(
                        "{} has no Ed25519 key with a passport kid",
                        io::display(path)
                    ),
                )
                .into());
            }
            Ok(KeySource::Jwks(set))
        }
        None => Ok(KeySource::Store(Box::new(open_store(
            store_args,
            tenant(store_args),
            false,
            ctx,
        )?))),
    }
}

/// Verify from the local store or a JWKS file (`store_args`), or through the service.
fn verify_cmd(
    a: VerifyArgs,
    store_args: Option<&crate::cli::kms::StoreArgs>,
    remote: Option<&RemotePassport>,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    if a.aud.is_empty() && !a.no_audience_check {
        return Err(CuError::usage(
            "no audience to check: a passport is only good for the audience it names",
            "pass --aud AUDIENCE (repeatable), or --no-audience-check to accept any audience",
        ));
    }
    let skew = duration(&a.skew, "--skew")?;
    let policy = Policy {
        now: unix(ctx),
        skew,
        audiences: if a.no_audience_check {
            None
        } else {
            Some(a.aud.clone())
        },
        required_scopes: a.require_scope.clone(),
        max_size: a.max_size,
    };
    // One passport is read no further than --max-size, so `--in /dev/zero` stops there; a
    // batch holds many.
    let input = if a.batch {
        io::read_input(&a.input)?
    } else {
        io::read_token(
            &a.input,
            a.max_size,
            "passports are small; raise --max-size if this one is meant to be this large",
        )?
    };
    if let Some(remote) = remote {
        if a.jwks.is_some() {
            return Err(CuError::usage(
                "--jwks verifies with a key set file; --server with the service's keys",
                "drop one or the other",
            ));
        }
        let checks = client::Checks {
            audiences: policy.audiences.clone(),
            scopes: policy.required_scopes.clone(),
            skew_seconds: policy.skew,
        };
        if !a.batch {
            let verified = remote.verify(&input, &checks)??;
            return Ok(single_report(verified));
        }
        let (numbers, lines) = batch_lines(&input);
        let results = remote.verify_batch(&lines, &checks)?;
        return Ok(Box::new(BatchReport { numbers, results }));
    }
    let Some(store_args) = store_args else {
        return Err(CuError::usage(
            "no keys to verify with",
            "pass --jwks FILE or --server URL",
        ));
    };
    let mut source = key_source(&a, store_args, ctx)?;
    if !a.batch {
        let parsed = token::parse(&input, policy.max_size)?;
        let keys = source.keys_for([parsed.kid.as_str()])?;
        let verified = verify::verify(&input, &keys, &policy)?;
        return Ok(single_report(verified));
    }
    let (numbers, lines) = batch_lines(&input);
    let parsed = verify::parse_all(&lines, policy.max_size);
    let keys = source.keys_for(
        parsed
            .iter()
            .filter_map(|p| p.as_ref().ok().map(|p| p.kid.as_str())),
    )?;
    let results = verify::verify_parsed(parsed, &keys, &policy, BatchOptions::default());
    Ok(Box::new(BatchReport { numbers, results }))
}

/// A verified passport: its payload as signed (text), or `{ok, kid, payload}` (JSON).
fn single_report(verified: Verified) -> Box<dyn Report> {
    let mut text = verified.msg.clone();
    text.push(b'\n');
    let payload: Value = serde_json::from_slice(&verified.msg).unwrap_or(Value::Null);
    Simple::boxed(
        text,
        json!({"ok": true, "kid": verified.kid, "payload": payload}),
    )
}

/// The passports of a batch input: the lines that are not blank, with their numbers.
fn batch_lines(input: &[u8]) -> (Vec<usize>, Vec<&[u8]>) {
    let mut numbers = Vec::new();
    let mut lines: Vec<&[u8]> = Vec::new();
    for (i, line) in input.split(|&b| b == b'\n').enumerate() {
        if !line.trim_ascii().is_empty() {
            numbers.push(i + 1);
            lines.push(line);
        }
    }
    (numbers, lines)
}

/// One JSON line per input line, in order.
struct BatchReport {
    numbers: Vec<usize>,
    results: Vec<PassportResult<Verified>>,
}

impl BatchReport {
    fn line(&self, i: usize) -> Value {
        match &self.results[i] {
            Ok(v) => json!({
                "line": self.numbers[i],
                "ok": true,
                "kid": v.kid,
                "payload": serde_json::from_slice::<Value>(&v.msg).unwrap_or(Value::Null),
            }),
            Err(e) => {
                json!({"line": self.numbers[i], "ok": false, "error": {"reason": e.reason.as_str(), "message": e.message}})
            }
        }
    }

    /// The same line as `line`, written without building a JSON tree: a verified payload is
    /// canonical JSON already and goes out byte for byte.
    fn write_line(&self, i: usize, out: &mut dyn Write) -> std::io::Result<()> {
        match &self.results[i] {
            Ok(v) => {
                write!(out, "{{\"line\":{},\"ok\":true,\"kid\":", self.numbers[i])?;
                serde_json::to_writer(&mut *out, &v.kid)?;
                out.write_all(b",\"payload\":")?;
                out.write_all(&v.msg)?;
                out.write_all(b"}\n")
            }
            Err(_) => {
                serde_json::to_writer(&mut *out, &self.line(i))?;
                out.write_all(b"\n")
            }
        }
    }
}

impl Report for BatchReport {
    fn write_text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        self.write_json(out)
    }

    fn to_json(&self) -> Value {
        Value::Array((0..self.results.len()).map(|i| self.line(i)).collect())
    }

    fn status(&self) -> Status {
        let ok = self.results.iter().filter(|r| r.is_ok()).count();
        Status::of_batch(ok, self.results.len())
    }

    fn write_json(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for i in 0..self.results.len() {
            self.write_line(i, out)?;
        }
        Ok(())
    }
}

fn attest(
    store_args: &crate::cli::kms::StoreArgs,
    keyring: &str,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    let mut store = open_store(store_args, tenant(store_args), false, ctx)?;
    let doc = keyring::attestation(&mut store, keyring)?;
    Ok(Simple::boxed(attestation_text(&doc, keyring), doc))
}

/// An attestation as text.
fn attestation_text(doc: &Value, keyring: &str) -> String {
    let current = doc["current_kid"].as_str().unwrap_or_default().to_string();
    let versions = doc["versions"].as_array().cloned().unwrap_or_default();
    let mut text = format!(
        "algorithm    Ed25519 over RFC 8785 canonical JSON\ntenant       {}\nkeyring      {keyring}\ncurrent kid  {current}\nversions\n",
        doc["tenant"].as_str().unwrap_or_default()
    );
    for v in &versions {
        text.push_str(&format!(
            "  v{:<4} {:<10} created {}\n",
            v["version"],
            v["state"].as_str().unwrap_or(""),
            v["created_at"].as_str().unwrap_or("")
        ));
    }
    text.push_str(&format!(
        "build        cu {} ({})\n",
        env!("CARGO_PKG_VERSION"),
        doc["build"]["target"].as_str().unwrap_or("")
    ));
    text
}

impl From<keyring::KeyringError> for CuError {
    fn from(e: keyring::KeyringError) -> CuError {
        match e {
            keyring::KeyringError::Store(e) => CuError::Kms(e),
            keyring::KeyringError::Passport(e) => CuError::Passport(e),
        }
    }
}

/// --config, else ./cu-passport.yaml, $XDG_CONFIG_HOME/cu/passport.yaml, /etc/cu/passport.yaml.
fn serve(args: crate::cli::passport::PassportServeArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let amnesia = args.amnesia;
    let args = args.serve;
    use crate::passport::http::api::{self, PassportServerConfig};
    let mut candidates = vec![std::path::PathBuf::from("cu-passport.yaml")];
    if let Some(dir) = crate::cmd::kms::home_dir("XDG_CONFIG_HOME", ".config") {
        candidates.push(dir.join("cu/passport.yaml"));
    }
    candidates.push(std::path::PathBuf::from("/etc/cu/passport.yaml"));
    let file = crate::server::config::find(args.config.as_deref(), &candidates).ok_or_else(|| {
        CuError::usage(
            "no server config: none of ./cu-passport.yaml, $XDG_CONFIG_HOME/cu/passport.yaml, /etc/cu/passport.yaml exists",
            "pass --config FILE (the schema is schemas/passport-config.schema.json)",
        )
    })?;
    let mut config = PassportServerConfig::load(&file)?;
    if amnesia {
        config.amnesia(&file)?;
    }
    let prepared = api::prepare(config, &file)?;
    if prepared.realm_is_demo {
        ctx.warn("the realm allows plaintext passwords (demo: true); never use it in production");
    }
    if args.check_config {
        return Ok(Simple::boxed(
            format!("{}: OK\n", file.display()),
            json!({"config": file.display().to_string(), "ok": true}),
        ));
    }
    crate::cmd::kms::serve::on_runtime(ctx, "passport", api::API_PREFIX, |listening| {
        api::run(prepared, listening)
    })
}
