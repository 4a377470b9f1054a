//! `cu pki …` definitions.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::pki::keys::KeyType;
use crate::pki::rfc5280::CrlPolicy;
use crate::pki::verify::{Profile, Purpose};

#[derive(Debug, Args)]
#[command(
    after_help = "Files are PEM by default and may be DER; `-` reads standard input.\nKeys are written mode 0600 and never overwritten without --force.\nKey types: ec-p256 (default), ec-p384, rsa-2048, rsa-3072, rsa-4096, ed25519."
)]
pub struct PkiArgs {
    #[command(subcommand)]
    pub command: PkiCommand,
}

#[derive(Debug, Subcommand)]
pub enum PkiCommand {
    /// Create certificate authority chains
    Ca(super::Lazy<CaArgs>),
    /// Issue leaf certificates for servers and clients
    Cert(super::Lazy<CertArgs>),
    /// Create certificate signing requests and issue certificates from them
    Csr(super::Lazy<CsrArgs>),
    /// Create certificate revocation lists
    Crl(super::Lazy<CrlArgs>),
    /// Show what a certificate, chain, CSR, CRL or key file holds
    #[command(
        after_help = "Examples:\n  cu pki inspect server.pem\n  cu pki inspect --output json chain.pem | jq '.objects[].not_after'\n  openssl s_client -connect host:443 </dev/null | cu pki inspect -"
    )]
    Inspect(InspectArgs),
    /// Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid
    #[command(
        after_help = "Validation is always complete: signatures, validity at --at, basicConstraints, pathLen,\nkeyUsage, extendedKeyUsage, name constraints, the host name or IP, and CRLs when given.\nNo flag relaxes it.\n\nExamples:\n  cu pki verify --roots ca/root.pem --chain ca/intermediates.pem --hostname api.example.com api.pem\n  cu pki verify --roots root.pem --purpose client --crl issuing.crl alice.pem"
    )]
    Verify(VerifyArgs),
    /// Export and import PKCS#12 (.p12/.pfx) files
    P12(super::Lazy<P12Args>),
}

/// Output encoding of certificates and keys written to files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Encoding {
    /// Base64 text with BEGIN/END lines
    Pem,
    /// Binary ASN.1 (certificates `.crt`, keys PKCS#8)
    Der,
}

#[derive(Debug, Args)]
pub struct CaArgs {
    #[command(subcommand)]
    pub command: CaCommand,
}

#[derive(Debug, Subcommand)]
pub enum CaCommand {
    /// Create a CA chain: root → policy → issuing (length set by --levels)
    #[command(
        after_help = "Writes <level>.pem and <level>.key for each CA, root.pem, intermediates.pem (issuing first),\nchain.pem (issuing first, root last) and ca.json (read by --ca DIR).\n\nSpec file (YAML or JSON) for full control:\n  key_type: ec-p384\n  validity: 10y\n  levels:\n    - name: root\n      subject: {CN: Acme Root CA, O: Acme, C: US}\n      validity: 20y\n    - name: issuing\n      subject: {CN: Acme Issuing CA, O: Acme}\n      name_constraints: {permitted_dns: [acme.test], permitted_ip: [10.0.0.0/8]}\n\nExamples:\n  cu pki ca create --out-dir ca --name-prefix Acme\n  cu pki ca create --out-dir ca --levels 2 --key-type ed25519 --validity 5y"
    )]
    Create(CaCreateArgs),
}

#[derive(Debug, Args)]
pub struct CaCreateArgs {
    /// Directory to write the chain into: created whole, or an existing empty one filled
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,

    /// Number of CAs in the chain, root included (1–8)
    #[arg(long, default_value_t = 3, conflicts_with = "spec")]
    pub levels: usize,

    #[arg(long, value_enum, default_value_t = KeyType::EcP256)]
    pub key_type: KeyType,

    /// Prefix of the CA names ("Acme" gives "Acme Root CA") and their O attribute
    #[arg(long, default_value = "cu", conflicts_with = "spec")]
    pub name_prefix: String,

    /// Lifetime of each CA certificate (e.g. 10y, 5y, 90d)
    #[arg(long, default_value = "10y")]
    pub validity: String,

    /// YAML or JSON spec with the levels, subjects and name constraints
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,

    #[arg(long, value_enum, default_value_t = Encoding::Pem)]
    pub format: Encoding,

    /// Replace a CA already in the directory (refused if it holds other files)
    #[arg(long)]
    pub force: bool,
}

/// Which CA signs: a directory from `cu pki ca create`, or a certificate and key.
#[derive(Debug, Args)]
pub struct CaSource {
    /// CA directory made by `cu pki ca create` (its issuing CA signs)
    #[arg(long, value_name = "DIR", conflicts_with_all = ["ca_cert", "ca_key"])]
    pub ca: Option<PathBuf>,

    /// CA certificate (optionally followed by its parents) when not using --ca
    #[arg(long, value_name = "FILE", requires = "ca_key")]
    pub ca_cert: Option<PathBuf>,

    /// CA private key when not using --ca
    #[arg(long, value_name = "FILE", requires = "ca_cert")]
    pub ca_key: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CertArgs {
    #[command(subcommand)]
    pub command: CertCommand,
}

#[derive(Debug, Subcommand)]
pub enum CertCommand {
    /// Issue a leaf certificate and key
    #[command(
        after_help = "Writes <name>.pem (the leaf), <name>.key and <name>.chain.pem (leaf + intermediates, what\na server presents). With neither --server nor --client the certificate is for a server.\nA server certificate's CN is also added as a SAN when it is a host name or IP address.\n\nExamples:\n  cu pki cert issue --ca ca --server --cn api.example.com --san dns:api.internal,ip:10.0.0.5\n  cu pki cert issue --ca ca --client --cn alice --san email:alice@example.com --out-dir certs"
    )]
    Issue(CertIssueArgs),
}

#[derive(Debug, Args)]
pub struct LeafArgs {
    /// For TLS servers (extendedKeyUsage serverAuth); the default
    #[arg(long)]
    pub server: bool,

    /// For TLS clients (extendedKeyUsage clientAuth)
    #[arg(long)]
    pub client: bool,

    /// Subject alternative names: dns:NAME, ip:ADDR, uri:URI, email:ADDR (repeat or comma-separate)
    #[arg(long, value_name = "SAN")]
    pub san: Vec<String>,

    /// Lifetime (capped by the issuing CA's own expiry)
    #[arg(long, default_value = "397d")]
    pub validity: String,
}

#[derive(Debug, Args)]
pub struct CertIssueArgs {
    #[command(flatten)]
    pub ca: CaSource,

    /// Subject common name
    #[arg(long, value_name = "NAME")]
    pub cn: String,

    #[command(flatten)]
    pub leaf: LeafArgs,

    #[arg(long, value_enum, default_value_t = KeyType::EcP256)]
    pub key_type: KeyType,

    /// Directory for the files
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out_dir: PathBuf,

    /// File name stem (default: derived from the CN)
    #[arg(long, value_name = "STEM")]
    pub name: Option<String>,

    #[arg(long, value_enum, default_value_t = Encoding::Pem)]
    pub format: Encoding,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CsrArgs {
    #[command(subcommand)]
    pub command: CsrCommand,
}

#[derive(Debug, Subcommand)]
pub enum CsrCommand {
    /// Create a key (or use --key) and a certificate signing request
    #[command(
        after_help = "Writes <name>.csr and <name>.key (unless --key is given).\n\nExample:\n  cu pki csr create --cn api.example.com --san dns:api.example.com --out-dir req"
    )]
    Create(CsrCreateArgs),
    /// Issue a certificate from a CSR; the CA decides usage, never the CSR
    #[command(
        after_help = "Only the CSR's public key and (unless --cn is given) its CN are used. Its SANs are copied\nonly with --copy-sans; requested keyUsage, extendedKeyUsage and basicConstraints are\nignored (CA:true is never copied). The certificate goes to stdout or --out.\n\nExample:\n  cu pki csr sign --ca ca --server --copy-sans req/api.example.com.csr > api.pem"
    )]
    Sign(CsrSignArgs),
}

#[derive(Debug, Args)]
pub struct CsrCreateArgs {
    #[arg(long, value_name = "NAME")]
    pub cn: String,

    /// Requested SANs: dns:NAME, ip:ADDR, uri:URI, email:ADDR
    #[arg(long, value_name = "SAN")]
    pub san: Vec<String>,

    #[arg(long, value_enum, default_value_t = KeyType::EcP256, conflicts_with = "key")]
    pub key_type: KeyType,

    /// Use this existing private key instead of generating one
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,

    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out_dir: PathBuf,

    #[arg(long, value_name = "STEM")]
    pub name: Option<String>,

    #[arg(long, value_enum, default_value_t = Encoding::Pem)]
    pub format: Encoding,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CsrSignArgs {
    /// The CSR (PEM or DER), or `-` for standard input
    #[arg(value_name = "CSR")]
    pub csr: PathBuf,

    #[command(flatten)]
    pub ca: CaSource,

    /// Subject CN of the certificate (default: the CSR's CN)
    #[arg(long, value_name = "NAME")]
    pub cn: Option<String>,

    /// Copy the SANs the CSR requests (otherwise only --san values are used)
    #[arg(long)]
    pub copy_sans: bool,

    #[command(flatten)]
    pub leaf: LeafArgs,

    /// Append the intermediates after the certificate
    #[arg(long)]
    pub bundle: bool,

    /// Write the certificate here instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    #[arg(long, value_enum, default_value_t = Encoding::Pem)]
    pub format: Encoding,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CrlArgs {
    #[command(subcommand)]
    pub command: CrlCommand,
}

#[derive(Debug, Subcommand)]
pub enum CrlCommand {
    /// Sign a CRL listing revoked certificates
    #[command(
        after_help = "Example:\n  cu pki crl create --ca ca --revoke-cert stolen.pem --next-update 7d --out ca/issuing.crl"
    )]
    Create(CrlCreateArgs),
}

#[derive(Debug, Args)]
pub struct CrlCreateArgs {
    #[command(flatten)]
    pub ca: CaSource,

    /// Serial number to revoke, hex (colons allowed)
    #[arg(long, value_name = "HEX")]
    pub revoke: Vec<String>,

    /// Certificate file to revoke (its serial is listed)
    #[arg(long, value_name = "FILE")]
    pub revoke_cert: Vec<PathBuf>,

    /// CRL number (increase it with every new CRL)
    #[arg(long, default_value_t = 1)]
    pub number: u64,

    /// When the next CRL will be published
    #[arg(long, default_value = "7d")]
    pub next_update: String,

    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// File to inspect, or `-` for standard input
    #[arg(value_name = "FILE", default_value = "-")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The certificate to validate (a bundle's first certificate; the rest count as --chain)
    #[arg(value_name = "LEAF")]
    pub leaf: PathBuf,

    /// Trusted root certificate(s)
    #[arg(long, value_name = "FILE")]
    pub roots: PathBuf,

    /// Untrusted intermediate certificates
    #[arg(long, value_name = "FILE")]
    pub chain: Vec<PathBuf>,

    /// Host name the certificate must be valid for
    #[arg(long, value_name = "NAME", conflicts_with = "ip")]
    pub hostname: Option<String>,

    /// IP address the certificate must be valid for
    #[arg(long, value_name = "IP")]
    pub ip: Option<std::net::IpAddr>,

    /// What the leaf must be good for [default: server under --profile web, any under rfc5280]
    #[arg(long, value_enum)]
    pub purpose: Option<Purpose>,

    /// Rules to validate by: web (RFC 5280 plus the CA/Browser Forum and browser rules, the
    /// Public Suffix List among them) or rfc5280 (RFC 5280 §6, as conformance suites expect).
    /// Neither accepts an MD5 or SHA-1 signature
    #[arg(long, value_enum, default_value_t = Profile::Web)]
    pub profile: Profile,

    /// Acceptable certificate policy, a dotted OID (repeatable; the user-initial-policy-set
    /// of RFC 5280 §6.1.1; default anyPolicy). Needs --profile rfc5280
    #[arg(long, value_name = "OID")]
    pub policy: Vec<String>,

    /// The path must be valid for at least one acceptable policy (initial-explicit-policy)
    #[arg(long)]
    pub require_explicit_policy: bool,

    /// Policy mappings are not followed (initial-policy-mapping-inhibit)
    #[arg(long)]
    pub inhibit_policy_mapping: bool,

    /// anyPolicy in a CA certificate matches no policy (initial-any-policy-inhibit)
    #[arg(long)]
    pub inhibit_any_policy: bool,

    /// With --crl: require a CRL for every certificate of the path, for the leaf only, or
    /// check what the given CRLs cover
    #[arg(long, value_enum, default_value_t = CrlPolicy::Require)]
    pub crl_policy: CrlPolicy,

    /// Validate at this time instead of now (RFC 3339)
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,

    /// CRL to check revocation against (repeatable)
    #[arg(long, value_name = "FILE")]
    pub crl: Vec<PathBuf>,

    /// Most intermediate certificates allowed between leaf and root
    #[arg(long, value_name = "N")]
    pub max_intermediates: Option<usize>,
}

#[derive(Debug, Args)]
pub struct P12Args {
    #[command(subcommand)]
    pub command: P12Command,
}

#[derive(Debug, Subcommand)]
pub enum P12Command {
    /// Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)
    #[command(
        after_help = "Example:\n  cu pki p12 export --cert api.pem --key api.key --chain ca/intermediates.pem --password-file pw --out api.p12"
    )]
    Export(P12ExportArgs),
    /// Extract the certificate, key and chain from a PKCS#12 file
    #[command(
        after_help = "Writes <name>.pem, <name>.key (0600) and <name>.chain.pem when the file holds a chain.\n\nExample:\n  cu pki p12 import api.p12 --password-file pw --out-dir out"
    )]
    Import(P12ImportArgs),
}

#[derive(Debug, Args)]
pub struct P12ExportArgs {
    #[arg(long, value_name = "FILE")]
    pub cert: PathBuf,

    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,

    /// Intermediate certificates to include
    #[arg(long, value_name = "FILE")]
    pub chain: Option<PathBuf>,

    /// File holding the password (`-` for standard input)
    #[arg(long, value_name = "FILE")]
    pub password_file: PathBuf,

    /// Friendly name stored in the file (default: the certificate's CN)
    #[arg(long)]
    pub name: Option<String>,

    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct P12ImportArgs {
    /// The PKCS#12 file, or `-` for standard input
    #[arg(value_name = "FILE")]
    pub input: PathBuf,

    #[arg(long, value_name = "FILE")]
    pub password_file: PathBuf,

    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out_dir: PathBuf,

    /// File name stem (default: the certificate's CN)
    #[arg(long, value_name = "STEM")]
    pub name: Option<String>,

    #[arg(long)]
    pub force: bool,
}
