//! `cu pki verify`.

use serde_json::json;

use super::{in_file, now, read_limited};
use crate::cli::pki::VerifyArgs;
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::limits::FileKind;
use crate::output::{Ctx, Report, Simple};
use crate::pki::pem::{self, Object};
use crate::pki::verify::{self, PeerName, PolicyInputs, Profile, Purpose, Request};
use crate::pki::{inspect, issue, PkiError};

pub fn run(args: VerifyArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let mut inputs = vec![Some(args.leaf.as_path()), Some(args.roots.as_path())];
    inputs.extend(args.chain.iter().map(|p| Some(p.as_path())));
    inputs.extend(args.crl.iter().map(|p| Some(p.as_path())));
    io::one_stdin(&inputs)?;

    let at = match &args.at {
        Some(text) => {
            time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                .map_err(|e| {
                    CuError::usage(
                        format!("--at `{text}` is not an RFC 3339 time: {e}"),
                        "write it like 2026-01-31T12:00:00Z",
                    )
                })?
        }
        None => now(ctx),
    };
    let at_unix = at.unix_timestamp();

    let leaf_bundle = pem::only_certificates(
        &read_limited(&args.leaf, FileKind::Certificate)?,
        &io::display(&args.leaf),
    )
    .map_err(|e| in_file(e, &args.leaf))?;
    let (leaf, rest) = leaf_bundle
        .split_first()
        .ok_or_else(|| in_file(PkiError::malformed("holds no certificate"), &args.leaf))?;
    let roots = pem::only_certificates(
        &read_limited(&args.roots, FileKind::CaBundle)?,
        &io::display(&args.roots),
    )
    .map_err(|e| in_file(e, &args.roots))?;
    let mut intermediates = rest.to_vec();
    for path in &args.chain {
        intermediates.extend(
            pem::only_certificates(&read_limited(path, FileKind::CaBundle)?, &io::display(path))
                .map_err(|e| in_file(e, path))?,
        );
    }
    let mut crls = Vec::new();
    for path in &args.crl {
        let objects = pem::parse_all(&io::read_input(path)?, &io::display(path))
            .map_err(|e| in_file(e, path))?;
        for o in objects {
            match o {
                Object::Crl(der) => crls.push(der),
                other => {
                    return Err(in_file(
                        PkiError::malformed(format!("holds a {}, not a CRL", other.kind())),
                        path,
                    ))
                }
            }
        }
    }
    let name = match (&args.hostname, args.ip) {
        (Some(h), _) => {
            if let Ok(ip) = h.parse() {
                Some(PeerName::Ip(ip))
            } else if issue::is_dns_name(h) && !h.starts_with("*.") {
                Some(PeerName::Dns(h.to_ascii_lowercase()))
            } else {
                return Err(CuError::usage(
                    format!("--hostname `{h}` is not a valid host name"),
                    "give the name a client would connect to, e.g. api.example.com",
                ));
            }
        }
        (None, Some(ip)) => Some(PeerName::Ip(ip)),
        (None, None) => None,
    };
    let purpose = args.purpose.unwrap_or(match args.profile {
        Profile::Web => Purpose::Server,
        Profile::Rfc5280 => Purpose::Any,
    });
    let verified = verify::verify(&Request {
        roots: &roots,
        intermediates: &intermediates,
        leaf,
        name: name.clone(),
        purpose,
        at: at_unix,
        crls: &crls,
        max_intermediates: args.max_intermediates,
        profile: args.profile,
        policy: PolicyInputs {
            initial: args.policy.clone(),
            explicit: args.require_explicit_policy,
            inhibit_mapping: args.inhibit_policy_mapping,
            inhibit_any: args.inhibit_any_policy,
        },
        crl_policy: args.crl_policy,
    })
    .map_err(|e| in_file(e, &args.leaf))?;

    let chain: Vec<_> = verified
        .chain
        .iter()
        .map(|c| {
            let v = inspect::certificate_json(c, at).unwrap_or_default();
            json!({"subject": v["subject"], "not_after": v["not_after"], "sha256": v["fingerprints"]["sha256"]})
        })
        .collect();
    let mut text = String::from("valid\n");
    for (i, c) in chain.iter().enumerate() {
        let role = if i == 0 {
            "leaf"
        } else if i == chain.len() - 1 {
            "root"
        } else {
            "via "
        };
        text.push_str(&format!(
            "  {role}  {}\n",
            c["subject"].as_str().unwrap_or("")
        ));
    }
    if let Some(policies) = &verified.policies {
        let shown = if policies.is_empty() {
            "none".to_string()
        } else {
            policies.join(", ")
        };
        text.push_str(&format!("  policies  {shown}\n"));
    }
    let name_json = match &name {
        Some(PeerName::Dns(d)) => json!({"type": "dns", "value": d}),
        Some(PeerName::Ip(ip)) => json!({"type": "ip", "value": ip.to_string()}),
        None => serde_json::Value::Null,
    };
    Ok(Simple::boxed(
        text,
        json!({
            "valid": true,
            "purpose": format!("{purpose:?}").to_lowercase(),
            "profile": args.profile.as_str(),
            "policies": verified.policies,
            "name": name_json,
            "at": inspect::rfc3339(at),
            "crls_checked": crls.len(),
            "chain": chain,
        }),
    ))
}
