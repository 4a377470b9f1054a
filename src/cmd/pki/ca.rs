//! `cu pki ca create`.

use serde_json::json;

use super::{
    cert_bytes, cert_ext, cert_summary, chain_pem, files_report, key_bytes, now, read_limited_text,
    Outputs,
};
use crate::cli::pki::{CaCommand, CaCreateArgs};
use crate::cmd::io;
use crate::error::CuResult;
use crate::limits::FileKind;
use crate::output::{Ctx, Report};
use crate::pki::ca::{self, ChainSpec, Manifest, ManifestLevel};

pub fn run(command: CaCommand, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        CaCommand::Create(args) => create(args, ctx),
    }
}

fn create(args: CaCreateArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let spec = match &args.spec {
        Some(path) => ChainSpec::parse(
            &read_limited_text(path, FileKind::Spec)?,
            &io::display(path),
        )?,
        None => ChainSpec::standard(args.levels, &args.name_prefix)?,
    };
    if spec.levels.len() == 8 {
        ctx.warn(
            "an 8-level chain has 7 intermediates: its leaves verify under `cu pki verify --profile rfc5280`, \
             but not under the web profile, rustls-webpki or browsers (at most 6)",
        );
    }
    let validity = ca::parse_validity(&args.validity)?;
    let now = now(ctx);
    let built = ca::create_chain(&spec, args.key_type, validity, now)?;

    let dir = &args.out_dir;
    let ext = cert_ext(args.format);
    let mut outputs = Outputs::default();
    let mut manifest = Manifest { levels: Vec::new() };
    for level in &built {
        let cert_file = format!("{}.{ext}", level.name);
        let key_file = format!("{}.key", level.name);
        outputs.add(
            dir.join(&cert_file),
            cert_bytes(&level.cert, args.format),
            false,
            "certificate",
        );
        outputs.add(
            dir.join(&key_file),
            key_bytes(&level.key, args.format),
            true,
            "private key",
        );
        manifest.levels.push(ManifestLevel {
            name: level.name.clone(),
            cert: cert_file,
            key: key_file,
        });
    }
    let certs: Vec<_> = built.iter().map(|l| l.cert.clone()).collect();
    let root = &certs[0];
    // Issuing first, as TLS servers send them and `openssl verify -untrusted` reads them.
    let intermediates: Vec<_> = certs[1..].iter().rev().cloned().collect();
    let mut chain = intermediates.clone();
    chain.push(root.clone());
    // `root.pem` always exists in PEM, whatever the level names and encoding.
    if args.format == crate::cli::pki::Encoding::Der || built[0].name != "root" {
        outputs.add(
            dir.join("root.pem"),
            chain_pem(std::slice::from_ref(root)),
            false,
            "root certificate",
        );
    }
    outputs.add(
        dir.join("intermediates.pem"),
        chain_pem(&intermediates),
        false,
        "intermediate certificates",
    );
    outputs.add(
        dir.join("chain.pem"),
        chain_pem(&chain),
        false,
        "certificate chain",
    );
    let manifest_json = serde_json::to_string_pretty(&manifest).unwrap_or_default() + "\n";
    outputs.add(dir.join(ca::MANIFEST), manifest_json, false, "manifest");

    // The directory appears complete or not at all. --force replaces a previous CA there:
    // every file in it must be one this command writes or the old ca.json lists.
    let mut ours = outputs.names();
    ours.extend(["root.pem", "intermediates.pem", "chain.pem", ca::MANIFEST].map(String::from));
    if let Ok(text) = read_limited_text(&dir.join(ca::MANIFEST), FileKind::Manifest) {
        if let Ok(old) = Manifest::parse(&text, ca::MANIFEST) {
            ours.extend(old.levels.into_iter().flat_map(|l| [l.cert, l.key]));
        }
    }
    let written =
        outputs.write_dir(dir, args.force, &|name| ours.iter().any(|o| o == name), ctx)?;

    let levels: Vec<_> = built
        .iter()
        .map(|l| {
            let mut s = cert_summary(&l.cert, now);
            s["name"] = json!(l.name);
            s["key_type"] = json!(crate::pki::keys::describe(&l.key));
            s
        })
        .collect();
    let details = levels
        .iter()
        .map(|l| {
            format!(
                "{:<10} {}  (until {})",
                l["name"].as_str().unwrap_or(""),
                l["subject"].as_str().unwrap_or(""),
                l["not_after"].as_str().unwrap_or("")
            )
        })
        .collect();
    let title = format!(
        "created a {}-level CA chain in {} ({})",
        built.len(),
        dir.display(),
        crate::pki::keys::describe(&built[0].key)
    );
    Ok(files_report(
        title,
        details,
        json!({"dir": dir.display().to_string(), "levels": levels, "files": written}),
    ))
}
