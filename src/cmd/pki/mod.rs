//! `cu pki …`: dispatch and the helpers its commands share (loading the signing CA,
//! writing the files a command produces, reporting them).

mod ca;
mod cert;
mod crl;
mod csr;
mod inspect;
mod p12;
mod verify;

use std::path::{Path, PathBuf};

use rustls_pki_types::CertificateDer;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::cli::pki::{CaSource, Encoding, PkiArgs, PkiCommand};
use crate::cmd::io;
use crate::error::{CuError, CuResult};
use crate::limits::{self, FileKind};
use crate::output::{Ctx, Report, Simple};
use crate::pki::ca::{self as domain_ca, Manifest, Signer};
use crate::pki::{inspect as domain_inspect, keys, pem, PkiError};

pub fn run(args: PkiArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    match args.command {
        PkiCommand::Ca(a) => ca::run(a.0.command, ctx),
        PkiCommand::Cert(a) => cert::run(a.0.command, ctx),
        PkiCommand::Csr(a) => csr::run(a.0.command, ctx),
        PkiCommand::Crl(a) => crl::run(a.0.command, ctx),
        PkiCommand::Inspect(a) => inspect::run(a, ctx),
        PkiCommand::Verify(a) => verify::run(a, ctx),
        PkiCommand::P12(a) => p12::run(a.0.command, ctx),
    }
}

fn now(ctx: &Ctx) -> OffsetDateTime {
    OffsetDateTime::from(ctx.now)
}

/// A certificate, key, spec or manifest from a file or `-` (stdin), refused without reading
/// further when larger than its kind's limit (see [`crate::limits`]).
fn read_limited(path: &Path, kind: FileKind) -> CuResult<zeroize::Zeroizing<Vec<u8>>> {
    let read = if io::is_stdin(path) {
        limits::read_limited(std::io::stdin().lock(), kind)
            .map_err(limits::ReadError::Io)
            .and_then(|r| r.ok_or(limits::ReadError::TooLarge(kind)))
    } else {
        limits::read_file(path, kind)
    };
    read.map_err(|e| match e {
        limits::ReadError::Io(source) => CuError::Read {
            path: path.to_path_buf(),
            source,
        },
        e => CuError::usage(e.message(Path::new(&io::display(path))), e.help()),
    })
}

/// [`read_limited`] for text (specs and manifests).
fn read_limited_text(path: &Path, kind: FileKind) -> CuResult<String> {
    let bytes = read_limited(path, kind)?;
    String::from_utf8(bytes.to_vec()).map_err(|_| {
        let e = limits::ReadError::NotText(kind);
        CuError::usage(e.message(Path::new(&io::display(path))), e.help())
    })
}

/// Prefix a domain error with the file it came from.
fn in_file(mut e: PkiError, path: &Path) -> CuError {
    if !e.message.contains(&io::display(path)) {
        e.message = format!("{}: {}", io::display(path), e.message);
    }
    CuError::Pki(e)
}

/// The CA that signs, from `--ca DIR` or `--ca-cert`/`--ca-key`.
fn load_signer(source: &CaSource, now: OffsetDateTime) -> CuResult<Signer> {
    let (cert_path, key_path, parents): (PathBuf, PathBuf, Vec<PathBuf>) =
        match (&source.ca, &source.ca_cert, &source.ca_key) {
            (Some(dir), _, _) => {
                let manifest_path = dir.join(domain_ca::MANIFEST);
                let text = read_limited_text(&manifest_path, FileKind::Manifest)?;
                let manifest = Manifest::parse(&text, &io::display(&manifest_path))?;
                let issuing = manifest.issuing();
                let parents = manifest.levels[..manifest.levels.len() - 1]
                    .iter()
                    .rev()
                    .map(|l| dir.join(&l.cert))
                    .collect();
                (dir.join(&issuing.cert), dir.join(&issuing.key), parents)
            }
            (None, Some(cert), Some(key)) => (cert.clone(), key.clone(), Vec::new()),
            _ => {
                return Err(CuError::usage(
                    "no CA given",
                    "pass --ca DIR (from `cu pki ca create`) or --ca-cert FILE --ca-key FILE",
                ))
            }
        };
    io::one_stdin(&[Some(&cert_path), Some(&key_path)])?;
    let mut bundle = pem::only_certificates(
        &read_limited(&cert_path, FileKind::Certificate)?,
        &io::display(&cert_path),
    )
    .map_err(|e| in_file(e, &cert_path))?;
    for parent in &parents {
        bundle.extend(
            pem::only_certificates(
                &read_limited(parent, FileKind::Certificate)?,
                &io::display(parent),
            )
            .map_err(|e| in_file(e, parent))?,
        );
    }
    let key = keys::load(
        &read_limited(&key_path, FileKind::Key)?,
        &io::display(&key_path),
    )
    .map_err(|e| in_file(e, &key_path))?;
    Ok(domain_ca::signer(
        bundle,
        key,
        now,
        &io::display(&cert_path),
    )?)
}

/// A file stem from a common name: `*.example.com` → `wildcard.example.com`.
fn stem_from(name: &str) -> String {
    let stem: String = name
        .replace('*', "wildcard")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let stem = stem.trim_matches('.').to_string();
    if stem.is_empty() {
        "cert".into()
    } else {
        stem
    }
}

/// Files one command writes: checked for clobbering all together before the first is written,
/// so a refused run leaves nothing half done.
#[derive(Default)]
struct Outputs {
    files: Vec<(PathBuf, zeroize::Zeroizing<Vec<u8>>, bool, &'static str)>,
}

impl Outputs {
    fn add(&mut self, path: PathBuf, bytes: impl Into<Vec<u8>>, secret: bool, kind: &'static str) {
        self.files
            .push((path, zeroize::Zeroizing::new(bytes.into()), secret, kind));
    }

    /// The files as one batch for `io::write_files` / `io::write_dir`.
    fn batch(&self) -> Vec<io::NewFile<'_>> {
        self.files
            .iter()
            .map(|(path, bytes, secret, _)| io::NewFile {
                path,
                bytes,
                secret: *secret,
            })
            .collect()
    }

    fn write_all(&self, force: bool, ctx: &Ctx) -> CuResult<Vec<Value>> {
        io::write_files(&self.batch(), force)?;
        Ok(self.report(ctx))
    }

    /// Write every file into `dir` as one directory that appears complete or not at all
    /// (see [`io::write_dir`]). Every file must be directly in `dir`.
    fn write_dir(
        &self,
        dir: &Path,
        force: bool,
        replaceable: &dyn Fn(&str) -> bool,
        ctx: &Ctx,
    ) -> CuResult<Vec<Value>> {
        io::write_dir(dir, &self.batch(), force, replaceable)?;
        Ok(self.report(ctx))
    }

    fn report(&self, ctx: &Ctx) -> Vec<Value> {
        let mut written = Vec::new();
        for (path, _, secret, kind) in &self.files {
            if !ctx.quiet && !ctx.json() {
                eprintln!("wrote {}", path.display());
            }
            written.push(json!({
                "path": path.display().to_string(),
                "kind": kind,
                "mode": if *secret { "0600" } else { "0644" },
            }));
        }
        written
    }

    fn names(&self) -> Vec<String> {
        self.files
            .iter()
            .filter_map(|(p, ..)| p.file_name().map(|n| n.to_string_lossy().to_string()))
            .collect()
    }
}

fn create_dir(dir: &Path) -> CuResult<()> {
    std::fs::create_dir_all(dir).map_err(|source| CuError::Write {
        path: dir.to_path_buf(),
        source,
    })
}

fn cert_bytes(der: &CertificateDer<'_>, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Pem => pem::certificate_pem(der).into_bytes(),
        Encoding::Der => der.to_vec(),
    }
}

fn key_bytes(key: &rcgen::KeyPair, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Pem => keys::to_pem(key).as_bytes().to_vec(),
        Encoding::Der => keys::to_der(key).to_vec(),
    }
}

fn cert_ext(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Pem => "pem",
        Encoding::Der => "crt",
    }
}

fn chain_pem(certs: &[CertificateDer<'_>]) -> String {
    certs.iter().map(|c| pem::certificate_pem(c)).collect()
}

/// The summary of a certificate used in reports.
fn cert_summary(der: &[u8], now: OffsetDateTime) -> Value {
    match domain_inspect::certificate_json(der, now) {
        Ok(v) => json!({
            "subject": v["subject"],
            "issuer": v["issuer"],
            "serial": v["serial"],
            "not_after": v["not_after"],
            "subject_alt_names": v["subject_alt_names"],
            "sha256": v["fingerprints"]["sha256"],
        }),
        Err(_) => Value::Null,
    }
}

/// Text and JSON for a command that wrote files.
fn files_report(title: String, details: Vec<String>, json: Value) -> Box<dyn Report> {
    let mut text = title;
    text.push('\n');
    for d in details {
        text.push_str("  ");
        text.push_str(&d);
        text.push('\n');
    }
    Simple::boxed(text, json)
}
