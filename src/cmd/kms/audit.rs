//! `cu kms audit verify|search`: check and read a server's audit trail.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::audit::{self, Filter, Verifier};
use crate::cli::kms::{AuditCommand, StoreArgs};
use crate::error::{CuError, CuResult};
use crate::kms::store::Store;
use crate::kms::{ops, KmsError, Reason, AUDIT_HMAC_KEY, AUDIT_KEY, AUDIT_TENANT};
use crate::limits::FileKind;
use crate::output::{Ctx, Report, Simple};
use crate::server::middleware::audit::rotated;

pub fn run(command: AuditCommand, store: &StoreArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        AuditCommand::Verify {
            file,
            continues,
            in_store,
        } => {
            let files = trail(&file, in_store, store, ctx)?;
            verify(files, continues, store, ctx)
        }
        AuditCommand::Hmac => hmac(store, ctx),
        AuditCommand::Search {
            file,
            in_store,
            key,
            principal,
            op,
            since,
        } => {
            let since = since.map(|s| normalized(&s)).transpose()?;
            search(
                trail(&file, in_store, store, ctx)?,
                &Filter {
                    key,
                    principal,
                    op,
                    since,
                    tenant: None,
                },
            )
        }
    }
}

/// Append an `admin` record of a change this command made (a realm user, an API key, an
/// identity client) to the trail kept in the store, which every server on it shares. The
/// change is committed first: a record that cannot be written then fails the command,
/// saying so.
pub(crate) fn record_admin(
    store: &mut Store,
    op: &str,
    tenant: &str,
    subject: &str,
) -> CuResult<()> {
    let ts = crate::server::log::rfc3339_ms(time::OffsetDateTime::now_utc());
    let mut fields = serde_json::Map::new();
    fields.insert("op".into(), json!(op));
    fields.insert("result".into(), json!("ok"));
    fields.insert("tenant".into(), json!(tenant));
    fields.insert("subject".into(), json!(subject));
    fields.insert("via".into(), json!("cli"));
    if let Some(user) = std::env::var("USER").ok().filter(|u| !u.is_empty()) {
        fields.insert(
            "os_user".into(),
            json!(user.chars().take(64).collect::<String>()),
        );
    }
    store
        .audit_append(|last| {
            let mut chain = audit::Chain::continuing(last)?;
            let line = chain.append("admin", &ts, fields);
            Ok(vec![(chain.seq, line)])
        })
        .map_err(|e| {
            CuError::from(
                KmsError::new(
                    e.reason,
                    format!("{op} {subject} is done, but its audit record was not written: {}", e.message),
                )
                .with_help("the change stands; note it by hand, and check the store (`cu kms audit verify --in-store`)"),
            )
        })
}

/// The HMAC of the value on stdin under the audit tenant's `audit-hmac` key, as records
/// carry it.
fn hmac(args: &StoreArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let input = crate::cmd::io::read_limited(
        Path::new("-"),
        64 << 10,
        "an HMAC is of a short value: a name, a client id",
    )?;
    let value = input.strip_suffix(b"\n").unwrap_or(&input);
    let mut store = super::open_store(args, Some(AUDIT_TENANT), false, ctx)?;
    let mac = ops::mac(&mut store, AUDIT_HMAC_KEY, value)?;
    Ok(Simple::boxed(format!("{mac}\n"), json!({"hmac": mac})))
}

/// The trail to read: `file` (and its rotated files) or, `in_store`, the store's table.
fn trail(
    file: &Path,
    in_store: bool,
    args: &StoreArgs,
    ctx: &Ctx,
) -> CuResult<Vec<(String, Vec<u8>)>> {
    if in_store {
        Ok(vec![(
            "the store's audit_trail".to_string(),
            in_store_trail(args, ctx)?,
        )])
    } else {
        files(file)
    }
}

/// The store's trail, as the lines of one file (at most as large as a trail file may be).
fn in_store_trail(args: &StoreArgs, ctx: &Ctx) -> CuResult<Vec<u8>> {
    let mut store = super::open_store(args, Some(AUDIT_TENANT), false, ctx)?;
    let limit = FileKind::AuditTrail.limit();
    let mut bytes = Vec::new();
    let mut after = 0;
    loop {
        let page = store.audit_page(after, 4096)?;
        let Some((last, _)) = page.last() else {
            return Ok(bytes);
        };
        after = *last;
        for (_, line) in page {
            bytes.extend_from_slice(&line);
            bytes.push(b'\n');
        }
        if bytes.len() as u64 > limit {
            return Err(CuError::from(
                KmsError::new(
                    Reason::BadRequest,
                    format!("the store's audit trail is larger than {limit} bytes"),
                )
                .with_help("export the older records and check them in parts (--continues)"),
            ));
        }
    }
}

/// The trail's files in chain order: the rotated ones, then `file`.
fn files(file: &Path) -> CuResult<Vec<(String, Vec<u8>)>> {
    let mut paths: Vec<PathBuf> = rotated(file);
    paths.push(file.to_path_buf());
    paths
        .into_iter()
        .map(|p| {
            let bytes = crate::limits::read_file(&p, FileKind::AuditTrail).map_err(|e| {
                CuError::from(KmsError::new(Reason::BadRequest, e.message(&p)).with_help(e.help()))
            })?;
            Ok((p.display().to_string(), bytes.to_vec()))
        })
        .collect()
}

/// Checkpoints checked with the audit key of the store, opened on first need.
struct StoreVerifier<'a> {
    args: &'a StoreArgs,
    ctx: &'a Ctx,
    store: Option<Store>,
}

impl Verifier for StoreVerifier<'_> {
    fn verify(&mut self, sig: &str, payload: &str) -> Result<String, String> {
        if self.store.is_none() {
            let store = super::open_store(self.args, Some(AUDIT_TENANT), false, self.ctx)
                .map_err(|e| format!("the store with the audit key: {}", e.full_message()))?;
            self.store = Some(store);
        }
        let store = self.store.as_mut().ok_or("no store")?;
        let (signed, kid) = ops::verify_jws(store, AUDIT_KEY, sig).map_err(|e| e.message)?;
        if signed != payload.as_bytes() {
            return Err("its signature is over another place in the trail".into());
        }
        Ok(kid)
    }
}

fn verify(
    files: Vec<(String, Vec<u8>)>,
    continues: bool,
    args: &StoreArgs,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    let mut verifier = StoreVerifier {
        args,
        ctx,
        store: None,
    };
    match audit::verify(&files, &mut verifier, continues) {
        // Every server starts its trail with a `start` record: an empty one was emptied.
        Ok(intact) if intact.records == 0 => Err(CuError::from(
            KmsError::new(
                Reason::BadSignature,
                format!("the audit trail ({}) holds no record", names.join(", ")),
            )
            .with_help("a server with `audit:` writes a start record first: check that this is the trail's place, and that nobody emptied it"),
        )),
        Ok(intact) => {
            let range = match (intact.first_seq, intact.last_seq) {
                (Some(a), Some(b)) => format!(" (records {a} to {b})"),
                _ => String::new(),
            };
            let mut text = format!(
                "intact: {} records{range} in {} file(s), {} signed checkpoint(s){}\n",
                intact.records,
                names.len(),
                intact.checkpoints,
                if intact.signed_by.is_empty() {
                    String::new()
                } else {
                    format!(" by {}", intact.signed_by.join(", "))
                }
            );
            if intact.unsealed > 0 {
                text.push_str(&format!(
                    "{} record(s) after the last checkpoint are not yet covered by a signature\n",
                    intact.unsealed
                ));
            }
            let mut doc = serde_json::to_value(&intact).unwrap_or(Value::Null);
            doc["intact"] = json!(true);
            doc["files"] = json!(names);
            Ok(Simple::boxed(text, doc))
        }
        Err(broken) => {
            let details = serde_json::to_value(&broken).unwrap_or(Value::Null);
            Err(CuError::from(
                KmsError::new(
                    Reason::BadSignature,
                    format!(
                        "the audit trail is broken at {} line {}{}: {}",
                        broken.file,
                        broken.line,
                        broken.seq.map(|s| format!(" (record {s})")).unwrap_or_default(),
                        broken.what
                    ),
                )
                .with_help("nothing after that point can be trusted; keep the files as they are for investigation")
                .with_details(details),
            ))
        }
    }
}

fn search(files: Vec<(String, Vec<u8>)>, filter: &Filter) -> CuResult<Box<dyn Report>> {
    let mut text = String::new();
    let mut found = Vec::new();
    for (_, bytes) in files {
        for line in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            let Ok(record) = serde_json::from_slice::<Value>(line) else {
                continue;
            };
            if (record["type"] != "request" && record["type"] != "admin") || !filter.keeps(&record)
            {
                continue;
            }
            text.push_str(&String::from_utf8_lossy(line));
            text.push('\n');
            found.push(record);
        }
    }
    Ok(Simple::boxed(text, json!({"records": found})))
}

/// An RFC 3339 time as the trail writes them (UTC, milliseconds), so they compare as text.
fn normalized(t: &str) -> CuResult<String> {
    let parsed = time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
        .map_err(|e| {
            CuError::usage(
                format!("--since {t}: {e}"),
                "use RFC 3339, e.g. 2026-12-01T00:00:00Z",
            )
        })?
        .to_offset(time::UtcOffset::UTC);
    Ok(crate::server::log::rfc3339_ms(parsed))
}
