//! `cu pki crl create`.

use rcgen::{CertificateRevocationListParams, KeyIdMethod, RevokedCertParams, SerialNumber};
use serde_json::json;

use super::{in_file, load_signer, now, read_limited};
use crate::cli::pki::{CrlCommand, CrlCreateArgs};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::limits::FileKind;
use crate::output::{Ctx, Report, Simple};
use crate::pki::ca::{parse_cert, parse_validity, validity_window};
use crate::pki::{inspect, pem, rcgen_error};

pub fn run(command: CrlCommand, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match command {
        CrlCommand::Create(args) => create(args, ctx),
    }
}

fn parse_serial(text: &str) -> CuResult<Vec<u8>> {
    let hex: String = text.chars().filter(|c| *c != ':').collect();
    let ok = !hex.is_empty() && hex.len() <= 40 && hex.chars().all(|c| c.is_ascii_hexdigit());
    if !ok {
        return Err(CuError::usage(
            format!("`{text}` is not a serial number"),
            "write serials in hex as `cu pki inspect` shows them, e.g. 4F:1A:…",
        ));
    }
    let hex = if hex.len() % 2 == 1 {
        format!("0{hex}")
    } else {
        hex
    };
    Ok((0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0))
        .collect())
}

fn create(args: CrlCreateArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let now = now(ctx);
    let signer = load_signer(&args.ca, now)?;
    let mut serials: Vec<Vec<u8>> = Vec::new();
    for s in &args.revoke {
        serials.push(parse_serial(s)?);
    }
    for path in &args.revoke_cert {
        let cert = pem::first_certificate(
            &read_limited(path, FileKind::Certificate)?,
            &io::display(path),
        )
        .map_err(|e| in_file(e, path))?;
        let parsed = parse_cert(&cert, &io::display(path))?;
        serials.push(parsed.raw_serial().to_vec());
    }
    let next = parse_validity(&args.next_update)?;
    let (_, next_update) = validity_window(now, next);
    let this_update = now.replace_nanosecond(0).unwrap_or(now);
    let params = CertificateRevocationListParams {
        this_update,
        next_update,
        crl_number: SerialNumber::from(args.number),
        issuing_distribution_point: None,
        revoked_certs: serials
            .iter()
            .map(|s| RevokedCertParams {
                serial_number: SerialNumber::from_slice(s),
                revocation_time: this_update,
                reason_code: None,
                invalidity_date: None,
            })
            .collect(),
        key_identifier_method: KeyIdMethod::Sha256,
    };
    let issuer = rcgen::Issuer::from_ca_cert_der(&signer.cert, &signer.key)
        .map_err(|e| rcgen_error("reading the CA certificate", e))?;
    let crl = params
        .signed_by(&issuer)
        .map_err(|e| rcgen_error("signing the CRL", e))?;
    let der = crl.der().to_vec();
    let text = pem::encode("X509 CRL", &der);
    let mut json = inspect::crl_json(&der)?;
    match &args.out {
        Some(path) => {
            io::write_file(path, text.as_bytes(), false, args.force)?;
            if !ctx.quiet && !ctx.json() {
                eprintln!("wrote {}", path.display());
            }
            json["files"] =
                json!([{"path": path.display().to_string(), "kind": "crl", "mode": "0644"}]);
            Ok(Simple::boxed(Vec::new(), json))
        }
        None => Ok(Simple::boxed(text, json)),
    }
}
