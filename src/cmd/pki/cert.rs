//! `cu pki cert issue`.

use serde_json::json;

use super::{
    cert_bytes, cert_ext, cert_summary, chain_pem, create_dir, files_report, key_bytes,
    load_signer, now, stem_from, Outputs,
};
use crate::cli::pki::{CertCommand, CertIssueArgs, Encoding};
use crate::error::CuResult;
use crate::output::{Ctx, Report};
use crate::pki::ca::parse_validity;
use crate::pki::issue::{self, LeafRequest, San, Usage};
use crate::pki::keys;

pub fn run(command: CertCommand, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        CertCommand::Issue(args) => issue_cert(args, ctx),
    }
}

fn issue_cert(args: CertIssueArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let now = now(ctx);
    let usage = Usage::from_flags(args.leaf.server, args.leaf.client);
    let sans = issue::with_cn_san(&args.cn, San::parse_list(&args.leaf.san)?, usage);
    let req = LeafRequest {
        common_name: args.cn.clone(),
        sans,
        usage,
        validity: parse_validity(&args.leaf.validity)?,
    };
    let signer = load_signer(&args.ca, now)?;
    let key = keys::generate(args.key_type)?;
    let issued = issue::issue(&req, &key, &signer, now)?;
    if issued.clamped {
        ctx.warn("the validity was cut to end when the issuing CA expires");
    }

    let stem = args.name.clone().unwrap_or_else(|| stem_from(&args.cn));
    let dir = &args.out_dir;
    let mut outputs = Outputs::default();
    let cert_path = dir.join(format!("{stem}.{}", cert_ext(args.format)));
    outputs.add(
        cert_path,
        cert_bytes(&issued.cert, args.format),
        false,
        "certificate",
    );
    outputs.add(
        dir.join(format!("{stem}.key")),
        key_bytes(&key, args.format),
        true,
        "private key",
    );
    let mut presented = vec![issued.cert.clone()];
    presented.extend(signer.chain_above.iter().cloned());
    outputs.add(
        dir.join(format!("{stem}.chain.pem")),
        chain_pem(&presented),
        false,
        "chain (leaf + intermediates)",
    );
    create_dir(dir)?;
    let written = outputs.write_all(args.force, ctx)?;

    let summary = cert_summary(&issued.cert, now);
    let title = format!(
        "issued {} certificate for {}",
        usage.names().join("+"),
        summary["subject"].as_str().unwrap_or("")
    );
    let mut details = vec![
        format!(
            "SANs:      {}",
            req.sans
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        format!("issuer:    {}", summary["issuer"].as_str().unwrap_or("")),
        format!("not after: {}", summary["not_after"].as_str().unwrap_or("")),
        format!("key:       {}", keys::describe(&key)),
    ];
    if args.format == Encoding::Der {
        details.push("encoding:  DER (chain file stays PEM)".into());
    }
    Ok(files_report(
        title,
        details,
        json!({
            "certificate": summary,
            "usage": usage.names(),
            "key_type": keys::describe(&key),
            "validity_clamped": issued.clamped,
            "files": written,
        }),
    ))
}
