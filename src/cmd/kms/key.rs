//! `cu kms key …`.

use serde_json::{json, Value};

use super::{open_kms, unix};
use crate::cli::kms::{KeyCommand, PublicFormat, ServerArgs, StoreArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::kms::crypto;
use crate::kms::store::KeyInfo;
use crate::output::{Ctx, Report, Simple};

fn info_text(k: &KeyInfo) -> String {
    let versions: Vec<String> = k
        .versions
        .iter()
        .map(|v| {
            let mut s = format!("v{}", v.version);
            if v.version == k.primary_version {
                s.push_str(" (primary)");
            }
            if v.state != "enabled" {
                s.push_str(&format!(" ({})", v.state));
            } else if v.version < k.min_decrypt_version {
                s.push_str(" (retired)");
            }
            s
        })
        .collect();
    format!(
        "{}  {}  versions: {}  can: {}\n",
        k.name,
        k.key_type,
        versions.join(", "),
        k.operations.join(", ")
    )
}

fn info_report(k: KeyInfo) -> Box<dyn Report> {
    let text = info_text(&k);
    Simple::boxed(text, serde_json::to_value(&k).unwrap_or(Value::Null))
}

pub fn run(
    command: KeyCommand,
    args: &StoreArgs,
    server: &ServerArgs,
    ctx: &Ctx,
) -> CuResult<Box<dyn Report>> {
    let now = unix(ctx);
    let writes = matches!(
        command,
        KeyCommand::Create { .. } | KeyCommand::Import { .. }
    );
    let mut store = open_kms(args, server, writes, ctx)?;
    match command {
        KeyCommand::Create { name, key_type } => {
            Ok(info_report(store.create_key(&name, key_type, None, now)?))
        }
        KeyCommand::Import {
            name,
            key_type,
            input,
        } => {
            let bytes = io::read_input(&input)?;
            let material = crypto::import(key_type, &bytes)?;
            Ok(info_report(store.create_key(
                &name,
                key_type,
                Some(material),
                now,
            )?))
        }
        KeyCommand::List => {
            let keys = store.list_keys()?;
            let text: String = keys.iter().map(info_text).collect();
            Ok(Simple::boxed(
                text,
                json!({"tenant": store.tenant(), "keys": keys}),
            ))
        }
        KeyCommand::Show { name } => Ok(info_report(store.key_info(&name)?)),
        KeyCommand::Rotate { name } => Ok(info_report(store.rotate_key(&name, now)?)),
        KeyCommand::Disable {
            name,
            key_version: version,
        } => Ok(info_report(
            store.set_version_enabled(&name, version, false)?,
        )),
        KeyCommand::Enable {
            name,
            key_version: version,
        } => Ok(info_report(
            store.set_version_enabled(&name, version, true)?,
        )),
        KeyCommand::Config {
            name,
            min_decrypt_version,
        } => Ok(info_report(
            store.set_min_decrypt_version(&name, min_decrypt_version)?,
        )),
        KeyCommand::Delete { name, force } => {
            let info = store.key_info(&name)?;
            if !force {
                return Err(CuError::usage(
                    format!(
                        "deleting `{name}` destroys its {} version(s); everything encrypted or signed under it can no longer be decrypted or verified",
                        info.versions.len()
                    ),
                    "pass --force to delete it anyway, or `cu kms key disable` a version instead",
                ));
            }
            let info = store.delete_key(&name)?;
            Ok(Simple::boxed(
                format!(
                    "deleted {} ({} version(s))\n",
                    info.name,
                    info.versions.len()
                ),
                json!({"deleted": info}),
            ))
        }
        KeyCommand::Public {
            name,
            format,
            key_version: version,
        } => match format {
            PublicFormat::Jwk => {
                let doc = store.public_jwks(&name, version)?;
                Ok(Simple::boxed(
                    format!(
                        "{}\n",
                        serde_json::to_string_pretty(&doc).unwrap_or_default()
                    ),
                    doc,
                ))
            }
            PublicFormat::Pem => {
                let (kid, pem) = store.public_pem(&name, version)?;
                Ok(Simple::boxed(pem.clone(), json!({"kid": kid, "pem": pem})))
            }
        },
    }
}
