//! `cu pki csr create` and `cu pki csr sign`.

use serde_json::json;

use super::{
    cert_summary, chain_pem, create_dir, files_report, in_file, key_bytes, load_signer, now,
    read_limited, stem_from, Outputs,
};
use crate::cli::pki::{CsrCommand, CsrCreateArgs, CsrSignArgs, Encoding};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::limits::FileKind;
use crate::output::{Ctx, Report, Simple};
use crate::pki::ca::parse_validity;
use crate::pki::issue::{self, LeafRequest, San, Usage};
use crate::pki::pem::{self, Object};
use crate::pki::{keys, PkiError};

pub fn run(command: CsrCommand, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        CsrCommand::Create(args) => create(args, ctx),
        CsrCommand::Sign(args) => sign(args, ctx),
    }
}

fn create(args: CsrCreateArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let sans = San::parse_list(&args.san)?;
    let (key, generated) = match &args.key {
        Some(path) => (
            keys::load(&read_limited(path, FileKind::Key)?, &io::display(path))
                .map_err(|e| in_file(e, path))?,
            false,
        ),
        None => (keys::generate(args.key_type)?, true),
    };
    let csr_der = issue::create_csr(&args.cn, &sans, &key)?;
    let stem = args.name.clone().unwrap_or_else(|| stem_from(&args.cn));
    let dir = &args.out_dir;
    let mut outputs = Outputs::default();
    let csr_bytes = match args.format {
        Encoding::Pem => pem::encode("CERTIFICATE REQUEST", &csr_der).into_bytes(),
        Encoding::Der => csr_der,
    };
    outputs.add(
        dir.join(format!("{stem}.csr")),
        csr_bytes,
        false,
        "certificate request",
    );
    if generated {
        outputs.add(
            dir.join(format!("{stem}.key")),
            key_bytes(&key, args.format),
            true,
            "private key",
        );
    }
    create_dir(dir)?;
    let written = outputs.write_all(args.force, ctx)?;
    let title = format!("created a certificate request for CN={}", args.cn);
    let details = vec![
        format!(
            "SANs: {}",
            sans.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        format!("key:  {}", keys::describe(&key)),
    ];
    Ok(files_report(
        title,
        details,
        json!({
            "subject": format!("CN={}", args.cn),
            "subject_alt_names": sans.iter().map(San::to_json).collect::<Vec<_>>(),
            "key_type": keys::describe(&key),
            "files": written,
        }),
    ))
}

fn sign(args: CsrSignArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let now = now(ctx);
    let bytes = read_limited(&args.csr, FileKind::Certificate)?;
    let what = io::display(&args.csr);
    let objects = pem::parse_all(&bytes, &what).map_err(|e| in_file(e, &args.csr))?;
    let der = match objects.as_slice() {
        [Object::Csr(der)] => der.clone(),
        [other] => {
            return Err(in_file(
                PkiError::malformed(format!(
                    "holds a {}, not a certificate request",
                    other.kind()
                )),
                &args.csr,
            ))
        }
        _ => {
            return Err(in_file(
                PkiError::malformed("must hold exactly one certificate request"),
                &args.csr,
            ))
        }
    };
    let csr = issue::read_csr(&der, &what).map_err(|e| in_file(e, &args.csr))?;
    let usage = Usage::from_flags(args.leaf.server, args.leaf.client);
    let common_name = args
        .cn
        .clone()
        .or_else(|| csr.common_name.clone())
        .ok_or_else(|| CuError::usage("the CSR has no common name", "give one with --cn"))?;
    let mut sans = San::parse_list(&args.leaf.san)?;
    if args.copy_sans {
        for s in &csr.sans {
            if !sans.contains(s) {
                sans.push(s.clone());
            }
        }
    }
    let sans = issue::with_cn_san(&common_name, sans, usage);
    let dropped: Vec<String> = csr
        .sans
        .iter()
        .filter(|s| !sans.contains(s))
        .map(ToString::to_string)
        .collect();
    if !dropped.is_empty() {
        ctx.warn(&format!(
            "the CSR asks for SANs ({}) that are not copied without --copy-sans",
            dropped.join(", ")
        ));
    }
    if !csr.ignored.is_empty() {
        ctx.warn(&format!(
            "ignored what the CSR requests: {} (the CA decides usage)",
            csr.ignored.join(", ")
        ));
    }
    let req = LeafRequest {
        common_name,
        sans,
        usage,
        validity: parse_validity(&args.leaf.validity)?,
    };
    let signer = load_signer(&args.ca, now)?;
    let issued = issue::issue_for_csr(&req, &csr, &signer, now)?;
    if issued.clamped {
        ctx.warn("the validity was cut to end when the issuing CA expires");
    }
    let mut certs = vec![issued.cert.clone()];
    if args.bundle {
        certs.extend(signer.chain_above.iter().cloned());
    }
    let bytes: Vec<u8> = match args.format {
        Encoding::Pem => chain_pem(&certs).into_bytes(),
        Encoding::Der => {
            if args.bundle {
                return Err(CuError::usage(
                    "--bundle needs PEM output",
                    "DER holds one certificate; drop --bundle or use --format pem",
                ));
            }
            issued.cert.to_vec()
        }
    };
    let summary = cert_summary(&issued.cert, now);
    let mut json = json!({
        "certificate": summary,
        "usage": usage.names(),
        "ignored_requests": csr.ignored,
        "validity_clamped": issued.clamped,
    });
    match &args.out {
        Some(path) => {
            io::write_file(path, &bytes, false, args.force)?;
            if !ctx.quiet && !ctx.json() {
                eprintln!("wrote {}", path.display());
            }
            json["files"] = json!([{"path": path.display().to_string(), "kind": "certificate", "mode": "0644"}]);
            Ok(Simple::boxed(Vec::new(), json))
        }
        None => {
            json["pem"] = json!(chain_pem(&certs));
            Ok(Simple::boxed(bytes, json))
        }
    }
}
