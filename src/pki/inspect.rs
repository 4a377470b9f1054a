//! Describing certificates, CSRs, CRLs and keys: every field as JSON, a summary as text.

use std::fmt::Write as _;

use ::time::OffsetDateTime;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use x509_parser::prelude::*;

use super::pem::{self, Object};
use super::{PkiError, PkiResult};

pub fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&::time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

/// `AB:CD:…` over SHA-256 of the DER.
pub fn fingerprint(der: &[u8]) -> String {
    colon_hex(&Sha256::digest(der))
}

pub fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

use crate::hex::hex;

fn name_string(name: &X509Name<'_>) -> String {
    name.to_string_with_registry(oid_registry())
        .unwrap_or_else(|_| name.to_string())
}

fn oid_name(oid: &x509_parser::der_parser::oid::Oid<'_>) -> String {
    oid2sn(oid, oid_registry())
        .map(str::to_string)
        .unwrap_or_else(|_| oid.to_id_string())
}

fn general_name(name: &GeneralName<'_>) -> Value {
    match name {
        GeneralName::DNSName(d) => json!({"type": "dns", "value": d}),
        GeneralName::RFC822Name(e) => json!({"type": "email", "value": e}),
        GeneralName::URI(u) => json!({"type": "uri", "value": u}),
        GeneralName::IPAddress(b) => {
            let value =
                match b.len() {
                    4 => std::net::IpAddr::from(<[u8; 4]>::try_from(*b).unwrap_or_default())
                        .to_string(),
                    16 => std::net::IpAddr::from(<[u8; 16]>::try_from(*b).unwrap_or_default())
                        .to_string(),
                    8 | 32 => {
                        // Name constraints: address followed by mask.
                        let (addr, mask) = b.split_at(b.len() / 2);
                        let prefix: u32 = mask.iter().map(|m| m.count_ones()).sum();
                        let ip = if addr.len() == 4 {
                            std::net::IpAddr::from(<[u8; 4]>::try_from(addr).unwrap_or_default())
                        } else {
                            std::net::IpAddr::from(<[u8; 16]>::try_from(addr).unwrap_or_default())
                        };
                        format!("{ip}/{prefix}")
                    }
                    _ => hex(b),
                };
            json!({"type": "ip", "value": value})
        }
        GeneralName::DirectoryName(n) => json!({"type": "dirname", "value": name_string(n)}),
        other => json!({"type": "other", "value": other.to_string()}),
    }
}

fn san_text(v: &Value) -> String {
    format!(
        "{}:{}",
        v["type"].as_str().unwrap_or(""),
        v["value"].as_str().unwrap_or("")
    )
}

fn key_usage_names(ku: &KeyUsage) -> Vec<&'static str> {
    let mut v = Vec::new();
    for (on, name) in [
        (ku.digital_signature(), "digitalSignature"),
        (ku.non_repudiation(), "contentCommitment"),
        (ku.key_encipherment(), "keyEncipherment"),
        (ku.data_encipherment(), "dataEncipherment"),
        (ku.key_agreement(), "keyAgreement"),
        (ku.key_cert_sign(), "keyCertSign"),
        (ku.crl_sign(), "cRLSign"),
        (ku.encipher_only(), "encipherOnly"),
        (ku.decipher_only(), "decipherOnly"),
    ] {
        if on {
            v.push(name);
        }
    }
    v
}

fn eku_names(eku: &ExtendedKeyUsage<'_>) -> Vec<String> {
    let mut v = Vec::new();
    for (on, name) in [
        (eku.any, "anyExtendedKeyUsage"),
        (eku.server_auth, "serverAuth"),
        (eku.client_auth, "clientAuth"),
        (eku.code_signing, "codeSigning"),
        (eku.email_protection, "emailProtection"),
        (eku.time_stamping, "timeStamping"),
        (eku.ocsp_signing, "OCSPSigning"),
    ] {
        if on {
            v.push(name.to_string());
        }
    }
    v.extend(eku.other.iter().map(|o| o.to_id_string()));
    v
}

fn extension_json(ext: &X509Extension<'_>) -> Value {
    let value = match ext.parsed_extension() {
        ParsedExtension::BasicConstraints(bc) => {
            json!({"ca": bc.ca, "path_len": bc.path_len_constraint})
        }
        ParsedExtension::KeyUsage(ku) => json!(key_usage_names(ku)),
        ParsedExtension::ExtendedKeyUsage(eku) => json!(eku_names(eku)),
        ParsedExtension::SubjectAlternativeName(san) => {
            Value::Array(san.general_names.iter().map(general_name).collect())
        }
        ParsedExtension::IssuerAlternativeName(ian) => {
            Value::Array(ian.general_names.iter().map(general_name).collect())
        }
        ParsedExtension::SubjectKeyIdentifier(kid) => json!(colon_hex(kid.0)),
        ParsedExtension::AuthorityKeyIdentifier(aki) => json!({
            "key_id": aki.key_identifier.as_ref().map(|k| colon_hex(k.0)),
            "issuer": aki.authority_cert_issuer.as_ref().map(|v| v.iter().map(general_name).collect::<Vec<_>>()),
            "serial": aki.authority_cert_serial.map(colon_hex),
        }),
        ParsedExtension::NameConstraints(nc) => {
            let subtrees = |s: &Option<Vec<x509_parser::extensions::GeneralSubtree<'_>>>| {
                s.as_ref()
                    .map(|v| v.iter().map(|t| general_name(&t.base)).collect::<Vec<_>>())
                    .unwrap_or_default()
            };
            json!({"permitted": subtrees(&nc.permitted_subtrees), "excluded": subtrees(&nc.excluded_subtrees)})
        }
        ParsedExtension::CRLDistributionPoints(dps) => {
            let mut out = Vec::new();
            for dp in dps.iter() {
                if let Some(DistributionPointName::FullName(names)) = &dp.distribution_point {
                    out.extend(names.iter().map(general_name));
                }
            }
            Value::Array(out)
        }
        ParsedExtension::AuthorityInfoAccess(aia) => Value::Array(
            aia.accessdescs
                .iter()
                .map(|d| json!({"method": oid_name(&d.access_method), "location": general_name(&d.access_location)}))
                .collect(),
        ),
        ParsedExtension::CertificatePolicies(policies) => Value::Array(
            policies
                .iter()
                .map(|p| json!(p.policy_id.to_id_string()))
                .collect(),
        ),
        ParsedExtension::UnsupportedExtension { .. } | ParsedExtension::Unparsed => {
            json!({"der": hex(ext.value)})
        }
        ParsedExtension::ParseError { error } => json!({"error": error.to_string(), "der": hex(ext.value)}),
        other => json!(format!("{other:?}")),
    };
    json!({
        "oid": ext.oid.to_id_string(),
        "name": oid_name(&ext.oid),
        "critical": ext.critical,
        "value": value,
    })
}

fn public_key_json(spki: &SubjectPublicKeyInfo<'_>) -> Value {
    let mut m = Map::new();
    let alg_oid = &spki.algorithm.algorithm;
    let (kind, bits, curve) = match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => {
            ("RSA".to_string(), rsa.key_size(), None)
        }
        Ok(x509_parser::public_key::PublicKey::EC(ec)) => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|oid| match oid.to_id_string().as_str() {
                    "1.2.840.10045.3.1.7" => "P-256".to_string(),
                    "1.3.132.0.34" => "P-384".to_string(),
                    "1.3.132.0.35" => "P-521".to_string(),
                    other => other.to_string(),
                });
            ("EC".to_string(), ec.key_size(), curve)
        }
        _ => match alg_oid.to_id_string().as_str() {
            "1.3.101.112" => ("Ed25519".to_string(), 256, None),
            "1.3.101.113" => ("Ed448".to_string(), 456, None),
            _ => (
                oid_name(alg_oid),
                spki.subject_public_key.data.len() * 8,
                None,
            ),
        },
    };
    m.insert("algorithm".into(), json!(kind));
    m.insert("bits".into(), json!(bits));
    if let Some(c) = curve {
        m.insert("curve".into(), json!(c));
    }
    m.insert("sha256".into(), json!(fingerprint(spki.raw)));
    Value::Object(m)
}

fn describe_key_short(pk: &Value) -> String {
    match pk["curve"].as_str() {
        Some(c) => format!("{} {c}", pk["algorithm"].as_str().unwrap_or("")),
        None => format!(
            "{} {} bits",
            pk["algorithm"].as_str().unwrap_or(""),
            pk["bits"]
        ),
    }
}

pub fn certificate_json(der: &[u8], now: OffsetDateTime) -> PkiResult<Value> {
    let (_, cert) = X509Certificate::from_der(der)
        .map_err(|e| PkiError::malformed(format!("certificate: {e}")))?;
    let not_before = cert.validity().not_before.to_datetime();
    let not_after = cert.validity().not_after.to_datetime();
    let mut ext_map = Map::new();
    let extensions: Vec<Value> = cert.extensions().iter().map(extension_json).collect();
    for ext in cert.extensions() {
        let key = match ext.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(_) => "subject_alt_names",
            ParsedExtension::KeyUsage(_) => "key_usage",
            ParsedExtension::ExtendedKeyUsage(_) => "extended_key_usage",
            ParsedExtension::BasicConstraints(_) => "basic_constraints",
            ParsedExtension::SubjectKeyIdentifier(_) => "subject_key_id",
            ParsedExtension::AuthorityKeyIdentifier(_) => "authority_key_id",
            ParsedExtension::NameConstraints(_) => "name_constraints",
            _ => continue,
        };
        ext_map.insert(key.into(), extension_json(ext)["value"].clone());
    }
    let self_signed = super::ca::is_self_signed(&cert);
    let status = if now < not_before {
        "not_yet_valid"
    } else if now > not_after {
        "expired"
    } else {
        "valid"
    };
    let mut m = Map::new();
    m.insert("type".into(), json!("certificate"));
    m.insert("version".into(), json!(cert.version().0 + 1));
    m.insert("serial".into(), json!(colon_hex(cert.raw_serial())));
    m.insert("subject".into(), json!(name_string(cert.subject())));
    m.insert("issuer".into(), json!(name_string(cert.issuer())));
    m.insert("not_before".into(), json!(rfc3339(not_before)));
    m.insert("not_after".into(), json!(rfc3339(not_after)));
    m.insert("validity_status".into(), json!(status));
    m.insert(
        "signature_algorithm".into(),
        json!(oid_name(&cert.signature_algorithm.algorithm)),
    );
    m.insert("public_key".into(), public_key_json(cert.public_key()));
    m.insert("is_ca".into(), json!(cert.is_ca()));
    m.insert("self_signed".into(), json!(self_signed));
    for key in [
        "basic_constraints",
        "key_usage",
        "extended_key_usage",
        "subject_alt_names",
        "subject_key_id",
        "authority_key_id",
        "name_constraints",
    ] {
        m.insert(key.into(), ext_map.get(key).cloned().unwrap_or(Value::Null));
    }
    m.insert("extensions".into(), Value::Array(extensions));
    m.insert("fingerprints".into(), json!({"sha256": fingerprint(der)}));
    m.insert("pem".into(), json!(pem::certificate_pem(der)));
    Ok(Value::Object(m))
}

pub fn csr_json(der: &[u8]) -> PkiResult<Value> {
    let (_, csr) = x509_parser::certification_request::X509CertificationRequest::from_der(der)
        .map_err(|e| PkiError::malformed(format!("certificate request: {e}")))?;
    let info = &csr.certification_request_info;
    let extensions: Vec<Value> = csr
        .requested_extensions()
        .map(|exts| {
            exts.map(|p| {
                // requested_extensions yields parsed values only; render them the same way.
                match p {
                    ParsedExtension::SubjectAlternativeName(san) => json!({"name": "subjectAltName", "value": san.general_names.iter().map(general_name).collect::<Vec<_>>()}),
                    ParsedExtension::KeyUsage(ku) => json!({"name": "keyUsage", "value": key_usage_names(ku)}),
                    ParsedExtension::ExtendedKeyUsage(eku) => json!({"name": "extendedKeyUsage", "value": eku_names(eku)}),
                    ParsedExtension::BasicConstraints(bc) => json!({"name": "basicConstraints", "value": {"ca": bc.ca, "path_len": bc.path_len_constraint}}),
                    other => json!({"name": "other", "value": format!("{other:?}")}),
                }
            })
            .collect()
        })
        .unwrap_or_default();
    let sans: Vec<Value> = extensions
        .iter()
        .filter(|e| e["name"] == "subjectAltName")
        .flat_map(|e| e["value"].as_array().cloned().unwrap_or_default())
        .collect();
    Ok(json!({
        "type": "certificate_request",
        "subject": name_string(&info.subject),
        "public_key": public_key_json(&info.subject_pki),
        "signature_algorithm": oid_name(&csr.signature_algorithm.algorithm),
        "signature_valid": csr.verify_signature().is_ok(),
        "subject_alt_names": sans,
        "extensions": extensions,
        "fingerprints": {"sha256": fingerprint(der)},
        "pem": pem::encode("CERTIFICATE REQUEST", der),
    }))
}

pub fn crl_json(der: &[u8]) -> PkiResult<Value> {
    let (_, crl) = x509_parser::revocation_list::CertificateRevocationList::from_der(der)
        .map_err(|e| PkiError::malformed(format!("CRL: {e}")))?;
    let revoked: Vec<Value> = crl
        .iter_revoked_certificates()
        .map(|r| {
            json!({
                "serial": colon_hex(r.raw_serial()),
                "revoked_at": rfc3339(r.revocation_date.to_datetime()),
                "reason": r.reason_code().map(|(_, rc)| rc.to_string()),
            })
        })
        .collect();
    Ok(json!({
        "type": "crl",
        "issuer": name_string(crl.issuer()),
        "this_update": rfc3339(crl.last_update().to_datetime()),
        "next_update": crl.next_update().map(|t| rfc3339(t.to_datetime())),
        "crl_number": crl.crl_number().map(|n| n.to_string()),
        "signature_algorithm": oid_name(&crl.signature_algorithm.algorithm),
        "revoked": revoked,
        "fingerprints": {"sha256": fingerprint(der)},
        "pem": pem::encode("X509 CRL", der),
    }))
}

fn public_key_only_json(spki_der: &[u8]) -> PkiResult<Value> {
    let (_, spki) = SubjectPublicKeyInfo::from_der(spki_der)
        .map_err(|e| PkiError::malformed(format!("public key: {e}")))?;
    Ok(json!({
        "type": "public_key",
        "public_key": public_key_json(&spki),
        "pem": pem::encode("PUBLIC KEY", spki_der),
    }))
}

fn private_key_json(key: &rustls_pki_types::PrivateKeyDer<'_>) -> PkiResult<Value> {
    let pair = rcgen::KeyPair::try_from(key)
        .map_err(|_| PkiError::bad_key("the private key is damaged or of an unsupported type"))?;
    let spki = rcgen::PublicKeyData::subject_public_key_info(&pair);
    let encoding = match key {
        rustls_pki_types::PrivateKeyDer::Pkcs8(_) => "pkcs8",
        rustls_pki_types::PrivateKeyDer::Sec1(_) => "sec1",
        rustls_pki_types::PrivateKeyDer::Pkcs1(_) => "pkcs1",
        _ => "unknown",
    };
    // The private key itself is never echoed: only its public half.
    let mut v = public_key_only_json(&spki)?;
    v["type"] = json!("private_key");
    v["encoding"] = json!(encoding);
    v["key_type"] = json!(super::keys::describe(&pair));
    v["public_pem"] = v["pem"].take();
    if let Some(m) = v.as_object_mut() {
        m.remove("pem");
    }
    Ok(v)
}

/// Every object in a file, as JSON values.
pub fn inspect(bytes: &[u8], what: &str, now: OffsetDateTime) -> PkiResult<Vec<Value>> {
    pem::parse_all(bytes, what)?
        .iter()
        .map(|o| match o {
            Object::Certificate(der) => certificate_json(der, now),
            Object::Csr(der) => csr_json(der),
            Object::Crl(der) => crl_json(der),
            Object::PublicKey(der) => public_key_only_json(der),
            Object::PrivateKey(key) => private_key_json(key),
        })
        .collect()
}

/// A summary for people.
pub fn to_text(objects: &[Value]) -> String {
    let mut out = String::new();
    for (i, o) in objects.iter().enumerate() {
        if objects.len() > 1 {
            let _ = writeln!(out, "[{}] {}", i + 1, o["type"].as_str().unwrap_or(""));
        }
        let s = |k: &str| o[k].as_str().unwrap_or("").to_string();
        let line = |out: &mut String, label: &str, value: String| {
            let _ = writeln!(out, "  {label:<20}{value}");
        };
        match o["type"].as_str() {
            Some("certificate") => {
                line(&mut out, "Subject:", s("subject"));
                line(&mut out, "Issuer:", s("issuer"));
                line(&mut out, "Serial:", s("serial"));
                line(&mut out, "Not before:", s("not_before"));
                line(
                    &mut out,
                    "Not after:",
                    format!(
                        "{} ({})",
                        s("not_after"),
                        s("validity_status").replace('_', " ")
                    ),
                );
                line(
                    &mut out,
                    "Public key:",
                    describe_key_short(&o["public_key"]),
                );
                line(&mut out, "Signature:", s("signature_algorithm"));
                let bc = &o["basic_constraints"];
                if !bc.is_null() {
                    let pl = bc["path_len"]
                        .as_u64()
                        .map(|n| format!(", pathLen:{n}"))
                        .unwrap_or_default();
                    line(
                        &mut out,
                        "CA:",
                        format!("{}{pl}", bc["ca"].as_bool().unwrap_or(false)),
                    );
                }
                if let Some(ku) = o["key_usage"].as_array() {
                    line(
                        &mut out,
                        "Key usage:",
                        ku.iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join(", "),
                    );
                }
                if let Some(eku) = o["extended_key_usage"].as_array() {
                    line(
                        &mut out,
                        "Extended key usage:",
                        eku.iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join(", "),
                    );
                }
                if let Some(sans) = o["subject_alt_names"].as_array() {
                    line(
                        &mut out,
                        "SANs:",
                        sans.iter().map(san_text).collect::<Vec<_>>().join(", "),
                    );
                }
                if let Some(nc) = o["name_constraints"].as_object() {
                    for (k, v) in nc {
                        if let Some(list) = v.as_array().filter(|l| !l.is_empty()) {
                            line(
                                &mut out,
                                &format!("Names {k}:"),
                                list.iter().map(san_text).collect::<Vec<_>>().join(", "),
                            );
                        }
                    }
                }
                if let Some(kid) = o["subject_key_id"].as_str() {
                    line(&mut out, "Subject key id:", kid.to_string());
                }
                if let Some(kid) = o["authority_key_id"]["key_id"].as_str() {
                    line(&mut out, "Authority key id:", kid.to_string());
                }
                line(
                    &mut out,
                    "SHA-256:",
                    o["fingerprints"]["sha256"]
                        .as_str()
                        .unwrap_or("")
                        .to_string(),
                );
            }
            Some("certificate_request") => {
                line(&mut out, "Subject:", s("subject"));
                line(
                    &mut out,
                    "Public key:",
                    describe_key_short(&o["public_key"]),
                );
                line(
                    &mut out,
                    "Signature:",
                    format!(
                        "{} ({})",
                        s("signature_algorithm"),
                        if o["signature_valid"] == true {
                            "valid"
                        } else {
                            "INVALID"
                        }
                    ),
                );
                if let Some(sans) = o["subject_alt_names"].as_array().filter(|a| !a.is_empty()) {
                    line(
                        &mut out,
                        "SANs:",
                        sans.iter().map(san_text).collect::<Vec<_>>().join(", "),
                    );
                }
                line(
                    &mut out,
                    "SHA-256:",
                    o["fingerprints"]["sha256"]
                        .as_str()
                        .unwrap_or("")
                        .to_string(),
                );
            }
            Some("crl") => {
                line(&mut out, "Issuer:", s("issuer"));
                line(&mut out, "This update:", s("this_update"));
                line(
                    &mut out,
                    "Next update:",
                    o["next_update"].as_str().unwrap_or("-").to_string(),
                );
                let revoked = o["revoked"].as_array().cloned().unwrap_or_default();
                line(&mut out, "Revoked:", revoked.len().to_string());
                for r in revoked {
                    line(
                        &mut out,
                        "",
                        format!(
                            "{} at {}",
                            r["serial"].as_str().unwrap_or(""),
                            r["revoked_at"].as_str().unwrap_or("")
                        ),
                    );
                }
            }
            Some("private_key") => {
                line(
                    &mut out,
                    "Private key:",
                    format!("{} ({})", s("key_type"), s("encoding")),
                );
                line(
                    &mut out,
                    "Public key SHA-256:",
                    o["public_key"]["sha256"].as_str().unwrap_or("").to_string(),
                );
            }
            _ => {
                line(
                    &mut out,
                    "Public key:",
                    describe_key_short(&o["public_key"]),
                );
                line(
                    &mut out,
                    "SHA-256:",
                    o["public_key"]["sha256"].as_str().unwrap_or("").to_string(),
                );
            }
        }
    }
    out
}
