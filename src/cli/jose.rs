//! `cu jose …` definitions.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Args)]
#[command(
    after_help = "Keys may be JWK, JWKS (select with --kid), PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate) or DER.\nAlgorithms: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512, EdDSA."
)]
pub struct JoseArgs {
    #[command(subcommand)]
    pub command: JoseCommand,
}

#[derive(Debug, Subcommand)]
pub enum JoseCommand {
    /// Generate, inspect and convert JSON Web Keys
    Jwk(super::Lazy<JwkArgs>),
    /// Sign and verify JWS (compact and JSON serialization)
    Jws(super::Lazy<JwsArgs>),
    /// Sign, verify and decode JSON Web Tokens
    Jwt(super::Lazy<JwtArgs>),
    /// Encrypt and decrypt JWE (compact and JSON serialization)
    Jwe(super::Lazy<JweArgs>),
}

#[derive(Debug, Args)]
pub struct JwkArgs {
    #[command(subcommand)]
    pub command: JwkCommand,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Kty {
    Rsa,
    Ec,
    Okp,
    Oct,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KeyUse {
    Sig,
    Enc,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KeyFormat {
    Pem,
    Der,
    Jwk,
}

/// Where a written file goes and whether it may replace one.
#[derive(Debug, Args)]
pub struct OutArgs {
    /// Write the result to FILE instead of stdout (private keys get mode 0600)
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Replace existing output files
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum JwkCommand {
    /// Generate a private JWK (kid defaults to its RFC 7638 thumbprint)
    #[command(
        after_help = "Examples:\n  cu jose jwk generate --kty okp --out ed25519.jwk --public-out ed25519.pub.jwk\n  cu jose jwk generate --alg ES256\n  cu jose jwk generate --kty rsa --bits 3072 --use sig --alg PS256"
    )]
    Generate {
        /// Key type (inferred from --alg when omitted)
        #[arg(long, value_enum)]
        kty: Option<Kty>,
        /// RSA modulus or oct key size in bits
        #[arg(long)]
        bits: Option<u32>,
        /// Curve: P-256, P-384, P-521 (EC), Ed25519, X25519 (OKP)
        #[arg(long, value_parser = ["P-256", "P-384", "P-521", "secp256k1", "Ed25519", "X25519"])]
        crv: Option<String>,
        /// Algorithm the key is for (recorded as `alg`)
        #[arg(long)]
        alg: Option<String>,
        /// Intended use (recorded as `use`)
        #[arg(long = "use", value_enum)]
        key_use: Option<KeyUse>,
        /// Key id (default: the RFC 7638 thumbprint)
        #[arg(long)]
        kid: Option<String>,
        /// Also write the public JWK to FILE
        #[arg(long, value_name = "FILE")]
        public_out: Option<PathBuf>,
        #[command(flatten)]
        out: OutArgs,
    },
    /// Print the public part of a key as a JWK (or a JWKS for a key set)
    #[command(after_help = "Example:\n  cu jose jwk public --in key.jwk > key.pub.jwk")]
    Public {
        /// The key: JWK, JWKS, PEM or DER (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        /// Password for an encrypted PKCS#8 key
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        #[command(flatten)]
        out: OutArgs,
    },
    /// Print the RFC 7638 thumbprint (SHA-256, base64url) of a key
    #[command(after_help = "Example:\n  cu jose jwk thumbprint --in key.jwk")]
    Thumbprint {
        /// The key: JWK, JWKS, PEM or DER (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        /// Password for an encrypted PKCS#8 key
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
    /// Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)
    #[command(
        after_help = "Examples:\n  cu jose jwk convert --in key.pem --to jwk\n  cu jose jwk convert --in key.jwk --to pem --public\n  cu jose jwk convert --in rsa.jwk --to pem --traditional"
    )]
    Convert {
        /// The key: JWK, JWKS, PEM or DER (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        /// Output encoding
        #[arg(long, value_enum)]
        to: KeyFormat,
        /// Write only the public key
        #[arg(long)]
        public: bool,
        /// PEM/DER in the traditional layout: PKCS#1 for RSA, SEC1 for EC private keys
        #[arg(long)]
        traditional: bool,
        /// Choose a key from a JWKS by kid
        #[arg(long)]
        kid: Option<String>,
        /// Password for an encrypted PKCS#8 key
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        #[command(flatten)]
        out: OutArgs,
    },
}

/// The key arguments shared by signing and verification.
#[derive(Debug, Args)]
pub struct KeyArgs {
    /// Key file: JWK, JWKS, PEM or DER (`-` for stdin)
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// A JWKS file (same as --key; tokens pick their key by kid)
    #[arg(long, value_name = "FILE", conflicts_with = "key")]
    pub jwks: Option<PathBuf>,
    /// A raw HMAC secret in a file (bytes as they are)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["key", "jwks"])]
    pub secret_file: Option<PathBuf>,
    /// Password for an encrypted PKCS#8 key
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

/// Limits and allowances for untrusted tokens.
#[derive(Debug, Args)]
pub struct GuardArgs {
    /// Largest accepted token in bytes
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_size: usize,
    /// Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used
    #[arg(long)]
    pub allow_header_keys: bool,
}

#[derive(Debug, Args)]
pub struct JwsArgs {
    #[command(subcommand)]
    pub command: JwsCommand,
}

#[derive(Debug, Subcommand)]
pub enum JwsCommand {
    /// Sign a payload as a JWS
    #[command(
        after_help = "Examples:\n  printf hello | cu jose jws sign --key ed25519.jwk\n  cu jose jws sign --key a.jwk --key b.jwk --json --in payload.json\n  cu jose jws sign --key k.jwk --detached --in big.bin"
    )]
    Sign {
        /// Signing key (repeat for several signatures; needs --json)
        #[arg(long, value_name = "FILE", required = true)]
        key: Vec<PathBuf>,
        /// Password for an encrypted PKCS#8 key
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        /// Algorithm (default: the key's alg, or the usual one for its type)
        #[arg(long)]
        alg: Option<String>,
        /// Key id for the header (default: the key's kid)
        #[arg(long)]
        kid: Option<String>,
        /// Extra protected header member NAME=VALUE (VALUE may be JSON)
        #[arg(long, value_name = "NAME=VALUE")]
        header: Vec<String>,
        /// Unprotected header member NAME=VALUE, not covered by the signature (needs --json)
        #[arg(long, value_name = "NAME=VALUE", requires = "json")]
        unprotected: Vec<String>,
        /// The payload (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        /// JSON serialization (flattened; general with several keys)
        #[arg(long)]
        json: bool,
        /// Leave the payload out of the output (verify with --payload); streamed, any size
        #[arg(long)]
        detached: bool,
        /// Unencoded payload (RFC 7797, b64: false)
        #[arg(long)]
        unencoded: bool,
        #[command(flatten)]
        out: OutArgs,
    },
    /// Verify a JWS and print its payload (a detached one is not printed back)
    #[command(
        after_help = "Examples:\n  cu jose jws verify --key ed25519.pub.jwk --in token.jws\n  cu jose jws verify --jwks keys.jwks --in signed.json --require-all\n  cu jose jws verify --key k.jwk --payload big.bin --in detached.jws"
    )]
    Verify {
        #[command(flatten)]
        key: KeyArgs,
        /// Allowed algorithm (repeatable; default: from the key)
        #[arg(long)]
        alg: Vec<String>,
        /// The JWS (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        /// The detached payload (streamed, any size; `-` for stdin)
        #[arg(long, value_name = "FILE")]
        payload: Option<PathBuf>,
        /// With several signatures, require every one to verify (default: at least one)
        #[arg(long)]
        require_all: bool,
        #[command(flatten)]
        guard: GuardArgs,
    },
}

#[derive(Debug, Args)]
pub struct JwtArgs {
    #[command(subcommand)]
    pub command: JwtCommand,
}

/// Encrypting a signed JWT to a recipient (nested JWT, `cty: JWT`).
#[derive(Debug, Args)]
pub struct NestArgs {
    /// Then encrypt the signed JWT to this key (nested JWT)
    #[arg(long, value_name = "FILE")]
    pub encrypt_to: Option<PathBuf>,
    /// Key-management algorithm for --encrypt-to
    #[arg(long, default_value = "ECDH-ES+A256KW", requires = "encrypt_to")]
    pub jwe_alg: String,
    /// Content encryption for --encrypt-to
    #[arg(long, default_value = "A256GCM", requires = "encrypt_to")]
    pub jwe_enc: String,
}

#[derive(Debug, Subcommand)]
pub enum JwtCommand {
    /// Sign claims as a JWT
    #[command(
        after_help = "Examples:\n  cu jose jwt sign --key ed25519.jwk --iss https://issuer --sub alice --aud api --exp +1h\n  echo '{\"role\":\"admin\"}' | cu jose jwt sign --key k.jwk --claims - --jti auto\n  cu jose jwt sign --key sig.jwk --sub bob --encrypt-to enc.pub.jwk"
    )]
    Sign {
        /// Signing key: JWK, PEM or DER
        #[arg(long, value_name = "FILE", required_unless_present = "secret_file")]
        key: Option<PathBuf>,
        /// A raw HMAC secret in a file
        #[arg(long, value_name = "FILE", conflicts_with = "key")]
        secret_file: Option<PathBuf>,
        /// Password for an encrypted PKCS#8 key
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        /// Algorithm (default: the key's alg, or the usual one for its type)
        #[arg(long)]
        alg: Option<String>,
        /// Claims as a JSON object (`-` for stdin)
        #[arg(long, value_name = "FILE")]
        claims: Option<PathBuf>,
        /// A claim NAME=VALUE (VALUE may be JSON; repeatable)
        #[arg(long, value_name = "NAME=VALUE")]
        claim: Vec<String>,
        /// Issuer (`iss`)
        #[arg(long)]
        iss: Option<String>,
        /// Subject (`sub`)
        #[arg(long)]
        sub: Option<String>,
        /// Audience (`aud`; repeat for several)
        #[arg(long)]
        aud: Vec<String>,
        /// Expiry: +1h, RFC 3339 or unix seconds
        #[arg(long, value_name = "TIME")]
        exp: Option<String>,
        /// Not before: +5m, RFC 3339 or unix seconds
        #[arg(long, value_name = "TIME")]
        nbf: Option<String>,
        /// Leave out `iat` (issued at, default now)
        #[arg(long)]
        no_iat: bool,
        /// Token id (`jti`); `auto` makes a random one
        #[arg(long)]
        jti: Option<String>,
        /// Key id for the header (default: the key's kid)
        #[arg(long)]
        kid: Option<String>,
        /// Extra protected header member NAME=VALUE
        #[arg(long, value_name = "NAME=VALUE")]
        header: Vec<String>,
        #[command(flatten)]
        nest: NestArgs,
        #[command(flatten)]
        out: OutArgs,
    },
    /// Verify a JWT's signature and claims, then print the claims
    #[command(
        after_help = "Examples:\n  cu jose jwt verify --key ed25519.pub.jwk --aud api --in token.jwt\n  cu jose jwt verify --jwks jwks.json --iss https://issuer --aud api --require sub < token.jwt\n  cu jose jwt verify --key pub.jwk --aud api --batch < tokens.txt > results.txt\n\nReasons (exit 2): malformed, bad_signature, expired, not_yet_valid, bad_audience, bad_issuer,\nmissing_claim, alg_not_allowed, unknown_kid, unknown_crit, embedded_key, too_large, bad_key"
    )]
    Verify {
        #[command(flatten)]
        key: KeyArgs,
        /// Allowed algorithm (repeatable; default: the key's alg or its type's)
        #[arg(long)]
        alg: Vec<String>,
        /// Required issuer
        #[arg(long)]
        iss: Option<String>,
        /// Accepted audience (repeatable); needed when the token has `aud`
        #[arg(long)]
        aud: Vec<String>,
        /// Accept any audience
        #[arg(long, conflicts_with = "aud")]
        no_audience_check: bool,
        /// Clock skew allowed for exp, nbf and iat
        #[arg(long, default_value = "60s", value_name = "DURATION")]
        leeway: String,
        /// A claim that must be present (repeatable)
        #[arg(long, value_name = "CLAIM")]
        require: Vec<String>,
        /// The token (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        /// One token per line in, one result per line out, in order
        #[arg(long)]
        batch: bool,
        /// Decrypt a nested JWT (JWE around the JWT) with this key first
        #[arg(long, value_name = "FILE")]
        decrypt_key: Option<PathBuf>,
        #[command(flatten)]
        guard: GuardArgs,
    },
    /// Show a JWT's header and claims WITHOUT verifying it
    #[command(after_help = "Example:\n  cu jose jwt decode --insecure --in token.jwt")]
    Decode {
        /// Acknowledge that nothing is verified
        #[arg(long)]
        insecure: bool,
        /// The token (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
        max_size: usize,
    },
}

#[derive(Debug, Args)]
pub struct JweArgs {
    #[command(subcommand)]
    pub command: JweCommand,
}

#[derive(Debug, Subcommand)]
pub enum JweCommand {
    /// Encrypt a payload as a JWE
    #[command(
        after_help = "Examples:\n  cu jose jwe encrypt --key rsa.pub.pem --alg RSA-OAEP-256 --enc A256GCM --in secret.txt\n  cu jose jwe encrypt --key ec.pub.jwk --alg ECDH-ES+A256KW --json < data\n  cu jose jwe encrypt --password-file pw.txt --alg PBES2-HS512+A256KW --in notes.txt\n  cu jose jwe encrypt --key alice.pub.jwk --key bob.pub.jwk --json --in report.pdf"
    )]
    Encrypt {
        /// Recipient key: JWK, JWKS, PEM or DER (public keys are enough for RSA and ECDH);
        /// repeat, or pass a JWKS, for several recipients (needs --json)
        #[arg(long, value_name = "FILE", required_unless_present = "password_file")]
        key: Vec<PathBuf>,
        /// A password for PBES2, from a file (`-` for stdin)
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        /// Key-management algorithm (default: from the key)
        #[arg(long)]
        alg: Option<String>,
        /// Content encryption
        #[arg(long, default_value = "A256GCM")]
        enc: String,
        /// Content type header (`cty`)
        #[arg(long)]
        cty: Option<String>,
        /// Extra protected header member NAME=VALUE
        #[arg(long, value_name = "NAME=VALUE")]
        header: Vec<String>,
        /// Compress before encrypting (zip: DEF)
        #[arg(long)]
        zip: bool,
        /// PBES2 iteration count
        #[arg(long, default_value_t = crate::jose::jwe::DEFAULT_P2C)]
        p2c: u64,
        /// JSON (flattened) serialization
        #[arg(long)]
        json: bool,
        /// Additional authenticated data from FILE (JSON serialization)
        #[arg(long, value_name = "FILE", requires = "json")]
        aad: Option<PathBuf>,
        /// The plaintext (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        #[command(flatten)]
        out: OutArgs,
    },
    /// Decrypt a JWE and print its plaintext
    #[command(
        after_help = "Examples:\n  cu jose jwe decrypt --key rsa.pem --in secret.jwe\n  cu jose jwe decrypt --password-file pw.txt < notes.jwe"
    )]
    Decrypt {
        /// Private key, oct key or JWKS
        #[arg(long, value_name = "FILE", required_unless_present = "password_file")]
        key: Option<PathBuf>,
        /// A password for PBES2, from a file (`-` for stdin)
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        /// The JWE (`-` for stdin)
        #[arg(long = "in", value_name = "FILE", default_value = "-")]
        input: PathBuf,
        /// Largest PBES2 iteration count accepted
        #[arg(long, default_value_t = 100_000)]
        max_p2c: u64,
        /// Largest plaintext accepted after decompression, in bytes
        #[arg(long, default_value_t = 1 << 20)]
        max_inflated: usize,
        #[command(flatten)]
        guard: GuardArgs,
        #[command(flatten)]
        out: OutArgs,
    },
}
