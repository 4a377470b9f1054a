//! `cu pki p12 export` and `cu pki p12 import`.

use serde_json::json;

use super::{
    cert_summary, chain_pem, create_dir, files_report, in_file, now, read_limited, stem_from,
    Outputs,
};
use crate::cli::pki::{P12Command, P12ExportArgs, P12ImportArgs};
use crate::cmd::io;
use crate::error::CuResult;
use crate::limits::FileKind;
use crate::output::{Ctx, Report};
use crate::pki::{ca, keys, p12, pem, PkiError};

pub fn run(command: P12Command, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        P12Command::Export(args) => export(args, ctx),
        P12Command::Import(args) => import(args, ctx),
    }
}

fn common_name(der: &[u8]) -> Option<String> {
    let cert = ca::parse_cert(der, "certificate").ok()?;
    let cn = cert
        .subject()
        .iter_common_name()
        .next()?
        .as_str()
        .ok()?
        .to_string();
    Some(cn)
}

fn export(args: P12ExportArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    io::one_stdin(&[
        Some(&args.cert),
        Some(&args.key),
        args.chain.as_deref(),
        Some(&args.password_file),
    ])?;
    let bundle = pem::only_certificates(
        &read_limited(&args.cert, FileKind::Certificate)?,
        &io::display(&args.cert),
    )
    .map_err(|e| in_file(e, &args.cert))?;
    let (cert, rest) = bundle
        .split_first()
        .ok_or_else(|| in_file(PkiError::malformed("holds no certificate"), &args.cert))?;
    let key = keys::load(
        &read_limited(&args.key, FileKind::Key)?,
        &io::display(&args.key),
    )
    .map_err(|e| in_file(e, &args.key))?;
    let parsed = ca::parse_cert(cert, &io::display(&args.cert))?;
    keys::check_matches(
        &key,
        parsed.public_key().raw,
        &format!("the certificate in {}", io::display(&args.cert)),
    )?;
    let mut chain = rest.to_vec();
    if let Some(path) = &args.chain {
        chain.extend(
            pem::only_certificates(&read_limited(path, FileKind::CaBundle)?, &io::display(path))
                .map_err(|e| in_file(e, path))?,
        );
    }
    let password = io::read_secret(&args.password_file)?;
    let name = args
        .name
        .clone()
        .or_else(|| common_name(cert))
        .unwrap_or_else(|| "cu".into());
    let der = p12::export(cert, &keys::to_der(&key), &chain, &name, &password)?;
    io::write_file(&args.out, &der, true, args.force)?;
    if !ctx.quiet && !ctx.json() {
        eprintln!("wrote {}", args.out.display());
    }
    Ok(files_report(
        format!("exported {} to PKCS#12", name),
        vec![
            format!("file:       {} (mode 0600)", args.out.display()),
            format!("chain:      {} certificate(s)", chain.len()),
            "protection: PBES2 AES-256-CBC, PBKDF2-HMAC-SHA256, HMAC-SHA256 MAC".into(),
        ],
        json!({
            "file": args.out.display().to_string(),
            "friendly_name": name,
            "certificate": cert_summary(cert, now(ctx)),
            "chain_length": chain.len(),
            "encryption": "PBES2/PBKDF2-HMAC-SHA256/AES-256-CBC",
            "mac": "HMAC-SHA256",
            "iterations": p12::ITERATIONS,
        }),
    ))
}

fn import(args: P12ImportArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    io::one_stdin(&[Some(&args.input), Some(&args.password_file)])?;
    let bytes = read_limited(&args.input, FileKind::Key)?;
    let password = io::read_secret(&args.password_file)?;
    let imported = p12::import(&bytes, &password).map_err(|e| in_file(e, &args.input))?;
    let cert = imported.cert.as_ref().ok_or_else(|| {
        in_file(
            PkiError::malformed("the PKCS#12 file holds no certificate with a key"),
            &args.input,
        )
    })?;
    let stem = args
        .name
        .clone()
        .or_else(|| common_name(cert).map(|cn| stem_from(&cn)))
        .unwrap_or_else(|| "imported".into());
    let dir = &args.out_dir;
    let mut outputs = Outputs::default();
    outputs.add(
        dir.join(format!("{stem}.pem")),
        chain_pem(std::slice::from_ref(cert)),
        false,
        "certificate",
    );
    if let Some(key) = &imported.key {
        let pem_text = zeroize::Zeroizing::new(pem::encode("PRIVATE KEY", key));
        outputs.add(
            dir.join(format!("{stem}.key")),
            pem_text.as_bytes().to_vec(),
            true,
            "private key",
        );
    }
    if !imported.chain.is_empty() {
        let mut full = vec![cert.clone()];
        full.extend(imported.chain.iter().cloned());
        outputs.add(
            dir.join(format!("{stem}.chain.pem")),
            chain_pem(&full),
            false,
            "chain (leaf + CA certificates)",
        );
    }
    create_dir(dir)?;
    let written = outputs.write_all(args.force, ctx)?;
    let summary = cert_summary(cert, now(ctx));
    Ok(files_report(
        format!("imported {}", summary["subject"].as_str().unwrap_or("")),
        vec![
            format!(
                "key:   {}",
                if imported.key.is_some() {
                    "yes"
                } else {
                    "none in the file"
                }
            ),
            format!("chain: {} certificate(s)", imported.chain.len()),
        ],
        json!({"certificate": summary, "has_key": imported.key.is_some(), "chain_length": imported.chain.len(), "files": written}),
    ))
}
