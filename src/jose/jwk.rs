//! JSON Web Keys: parse and write PEM/DER/JWK, generate, public parts and RFC 7638 thumbprints.

use openssl::bn::{BigNum, BigNumContext, BigNumRef};
use openssl::ec::{EcGroup, EcKey};
use openssl::nid::Nid;
use openssl::pkey::{Id, PKey, Private, Public};
use openssl::rsa::{Rsa, RsaPrivateKeyBuilder};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{b64, JoseError, JoseResult};

/// A JWK as its JSON members. Kept as a map so unknown members survive a round trip.
pub type Jwk = Map<String, Value>;

/// Members that hold private key material, per key type (RFC 7518 §6, RFC 8037).
const PRIVATE_MEMBERS: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/// Key types `cu` can generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyType {
    Rsa,
    Ec,
    Okp,
    Oct,
}

impl KeyType {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyType::Rsa => "RSA",
            KeyType::Ec => "EC",
            KeyType::Okp => "OKP",
            KeyType::Oct => "oct",
        }
    }
}

/// What to generate; `None` fields take the defaults of the key type or algorithm.
#[derive(Debug, Clone, Default)]
pub struct GenerateSpec {
    pub kty: Option<KeyType>,
    pub bits: Option<u32>,
    pub crv: Option<String>,
    pub alg: Option<String>,
    pub key_use: Option<String>,
    pub kid: Option<String>,
}

/// The key type and curve (or size) an algorithm needs.
fn kty_for_alg(alg: &str) -> Option<(KeyType, Option<&'static str>, Option<u32>)> {
    Some(match alg {
        "HS256" => (KeyType::Oct, None, Some(256)),
        "HS384" => (KeyType::Oct, None, Some(384)),
        "HS512" => (KeyType::Oct, None, Some(512)),
        "RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512" | "RSA-OAEP" | "RSA-OAEP-256" => {
            (KeyType::Rsa, None, None)
        }
        "ES256" => (KeyType::Ec, Some("P-256"), None),
        "ES384" => (KeyType::Ec, Some("P-384"), None),
        "ES512" => (KeyType::Ec, Some("P-521"), None),
        "EdDSA" | "Ed25519" => (KeyType::Okp, Some("Ed25519"), None),
        "ECDH-ES" | "ECDH-ES+A128KW" | "ECDH-ES+A192KW" | "ECDH-ES+A256KW" => {
            (KeyType::Ec, Some("P-256"), None)
        }
        "A128KW" | "A128GCMKW" | "A128GCM" => (KeyType::Oct, None, Some(128)),
        "A192KW" | "A192GCMKW" | "A192GCM" => (KeyType::Oct, None, Some(192)),
        "A256KW" | "A256GCMKW" | "A256GCM" | "A128CBC-HS256" => (KeyType::Oct, None, Some(256)),
        "A192CBC-HS384" => (KeyType::Oct, None, Some(384)),
        "A256CBC-HS512" => (KeyType::Oct, None, Some(512)),
        "dir" => (KeyType::Oct, None, Some(256)),
        _ => return None,
    })
}

fn random_bytes(len: usize) -> JoseResult<Zeroizing<Vec<u8>>> {
    let mut buf = Zeroizing::new(vec![0u8; len]);
    getrandom::fill(&mut buf)
        .map_err(|e| JoseError::bad_key(format!("the system random source failed: {e}")))?;
    Ok(buf)
}

/// Generate a private JWK. The default `kid` is the RFC 7638 thumbprint.
pub fn generate(spec: &GenerateSpec) -> JoseResult<Jwk> {
    let from_alg = spec.alg.as_deref().map(|alg| {
        kty_for_alg(alg).ok_or_else(|| {
            JoseError::unsupported(format!("unknown algorithm `{alg}` for a generated key"))
        })
    });
    let from_alg = from_alg.transpose()?;
    let kty = match (spec.kty, from_alg) {
        (Some(k), Some((ak, _, _))) if k != ak => {
            return Err(JoseError::bad_key(format!(
                "--alg {} needs a {} key, not {}",
                spec.alg.as_deref().unwrap_or_default(),
                ak.as_str(),
                k.as_str()
            )))
        }
        (Some(k), _) => k,
        (None, Some((ak, _, _))) => ak,
        (None, None) => {
            return Err(JoseError::bad_key("no key type given")
                .with_help("pass --kty rsa|ec|okp|oct, or --alg to pick the type from it"))
        }
    };
    // Checked before generating: an RSA key takes long to make only to be thrown away.
    if let Some(crv) = &spec.crv {
        if matches!(kty, KeyType::Rsa | KeyType::Oct) {
            return Err(JoseError::bad_key(format!(
                "--crv {crv} applies to EC and OKP keys only"
            )));
        }
    }
    let alg_crv = from_alg.and_then(|(_, crv, _)| crv);
    let alg_bits = from_alg.and_then(|(_, _, bits)| bits);
    let mut jwk = match kty {
        KeyType::Rsa => {
            let bits = spec.bits.unwrap_or(2048);
            if !(2048..=16384).contains(&bits) || bits % 8 != 0 {
                return Err(JoseError::bad_key(format!(
                    "RSA keys must have 2048 to 16384 bits in whole bytes, not {bits}"
                )));
            }
            let rsa = Rsa::generate(bits).map_err(openssl_err("RSA key generation"))?;
            private_pkey_to_jwk(&PKey::from_rsa(rsa).map_err(openssl_err("RSA"))?)?
        }
        KeyType::Ec => {
            let crv = spec.crv.as_deref().or(alg_crv).unwrap_or("P-256");
            let group = ec_group(crv)?;
            let key = EcKey::generate(&group).map_err(openssl_err("EC key generation"))?;
            private_pkey_to_jwk(&PKey::from_ec_key(key).map_err(openssl_err("EC"))?)?
        }
        KeyType::Okp => {
            let crv = spec.crv.as_deref().or(alg_crv).unwrap_or("Ed25519");
            match crv {
                "Ed25519" => {
                    let seed = random_bytes(32)?;
                    let mut bytes = [0u8; 32];
                    bytes.copy_from_slice(&seed);
                    let signing = ed25519_dalek::SigningKey::from_bytes(&bytes);
                    zeroize::Zeroize::zeroize(&mut bytes);
                    okp_jwk(
                        "Ed25519",
                        signing.verifying_key().as_bytes(),
                        Some(&seed[..]),
                    )
                }
                "X25519" => {
                    let key = PKey::generate_x25519().map_err(openssl_err("X25519 generation"))?;
                    private_pkey_to_jwk(&key)?
                }
                other => {
                    return Err(JoseError::bad_key(format!(
                        "OKP keys use Ed25519 or X25519, not {other}"
                    )))
                }
            }
        }
        KeyType::Oct => {
            let bits = spec.bits.or(alg_bits).unwrap_or(256);
            if bits < 128 || bits % 8 != 0 || bits > 8192 {
                return Err(JoseError::bad_key(format!(
                    "symmetric keys need 128 to 8192 bits in whole bytes, not {bits}"
                )));
            }
            let k = random_bytes(bits as usize / 8)?;
            let mut jwk = Jwk::new();
            jwk.insert("kty".into(), "oct".into());
            jwk.insert("k".into(), b64::encode(&k[..]).into());
            jwk
        }
    };
    if let Some(alg) = &spec.alg {
        jwk.insert("alg".into(), alg.clone().into());
    }
    if let Some(key_use) = &spec.key_use {
        jwk.insert("use".into(), key_use.clone().into());
    }
    let kid = match &spec.kid {
        Some(kid) => kid.clone(),
        None => thumbprint(&jwk)?,
    };
    jwk.insert("kid".into(), kid.into());
    Ok(jwk)
}

fn openssl_err(what: &'static str) -> impl Fn(openssl::error::ErrorStack) -> JoseError {
    move |e| JoseError::bad_key(format!("{what} failed: {e}"))
}

pub fn ec_group(crv: &str) -> JoseResult<EcGroup> {
    let nid = match crv {
        "P-256" => Nid::X9_62_PRIME256V1,
        "P-384" => Nid::SECP384R1,
        "P-521" => Nid::SECP521R1,
        "secp256k1" => Nid::SECP256K1,
        other => {
            return Err(
                JoseError::bad_key(format!("unsupported EC curve `{other}`"))
                    .with_help("use P-256, P-384 or P-521"),
            )
        }
    };
    EcGroup::from_curve_name(nid).map_err(openssl_err("loading the curve"))
}

fn crv_of_nid(nid: Option<Nid>) -> JoseResult<&'static str> {
    match nid {
        Some(Nid::X9_62_PRIME256V1) => Ok("P-256"),
        Some(Nid::SECP384R1) => Ok("P-384"),
        Some(Nid::SECP521R1) => Ok("P-521"),
        Some(Nid::SECP256K1) => Ok("secp256k1"),
        _ => Err(
            JoseError::bad_key("the EC key uses a curve JOSE does not name")
                .with_help("use P-256, P-384 or P-521"),
        ),
    }
}

fn b64_bn(n: &BigNumRef) -> Value {
    Value::String(b64::encode(n.to_vec()))
}

fn b64_bn_padded(n: &BigNumRef, len: usize) -> JoseResult<Value> {
    let bytes = n
        .to_vec_padded(len as i32)
        .map_err(openssl_err("encoding a number"))?;
    Ok(Value::String(b64::encode(bytes)))
}

fn rsa_to_jwk<T: openssl::pkey::HasPublic>(rsa: &Rsa<T>) -> Jwk {
    let mut jwk = Jwk::new();
    jwk.insert("kty".into(), "RSA".into());
    jwk.insert("n".into(), b64_bn(rsa.n()));
    jwk.insert("e".into(), b64_bn(rsa.e()));
    jwk
}

fn rsa_private_members(rsa: &Rsa<Private>, jwk: &mut Jwk) {
    jwk.insert("d".into(), b64_bn(rsa.d()));
    let parts = [
        ("p", rsa.p()),
        ("q", rsa.q()),
        ("dp", rsa.dmp1()),
        ("dq", rsa.dmq1()),
        ("qi", rsa.iqmp()),
    ];
    for (name, value) in parts {
        if let Some(value) = value {
            jwk.insert(name.into(), b64_bn(value));
        }
    }
}

fn ec_to_jwk<T: openssl::pkey::HasPublic>(key: &EcKey<T>, crv: &str) -> JoseResult<Jwk> {
    let group = key.group();
    let len = (group.degree() as usize).div_ceil(8);
    let mut ctx = BigNumContext::new().map_err(openssl_err("EC"))?;
    let mut x = BigNum::new().map_err(openssl_err("EC"))?;
    let mut y = BigNum::new().map_err(openssl_err("EC"))?;
    key.public_key()
        .affine_coordinates(group, &mut x, &mut y, &mut ctx)
        .map_err(openssl_err("reading the EC point"))?;
    let mut jwk = Jwk::new();
    jwk.insert("kty".into(), "EC".into());
    jwk.insert("crv".into(), crv.into());
    jwk.insert("x".into(), b64_bn_padded(&x, len)?);
    jwk.insert("y".into(), b64_bn_padded(&y, len)?);
    Ok(jwk)
}

fn okp_jwk(crv: &str, x: &[u8], d: Option<&[u8]>) -> Jwk {
    let mut jwk = Jwk::new();
    jwk.insert("kty".into(), "OKP".into());
    jwk.insert("crv".into(), crv.into());
    jwk.insert("x".into(), b64::encode(x).into());
    if let Some(d) = d {
        jwk.insert("d".into(), b64::encode(d).into());
    }
    jwk
}

/// Convert an OpenSSL key (private or public) to a JWK.
pub fn pkey_to_jwk<T: openssl::pkey::HasPublic>(key: &PKey<T>) -> JoseResult<Jwk> {
    match key.id() {
        Id::RSA => {
            let rsa = key.rsa().map_err(openssl_err("reading the RSA key"))?;
            Ok(rsa_to_jwk(&rsa))
        }
        Id::EC => {
            let ec = key.ec_key().map_err(openssl_err("reading the EC key"))?;
            let crv = crv_of_nid(ec.group().curve_name())?;
            ec_to_jwk(&ec, crv)
        }
        Id::ED25519 | Id::X25519 | Id::ED448 | Id::X448 => {
            let crv = match key.id() {
                Id::ED25519 => "Ed25519",
                Id::X25519 => "X25519",
                Id::ED448 => "Ed448",
                _ => "X448",
            };
            let x = key
                .raw_public_key()
                .map_err(openssl_err("reading the public key"))?;
            Ok(okp_jwk(crv, &x, None))
        }
        _ => Err(JoseError::bad_key(
            "unsupported key type (JOSE knows RSA, EC, OKP and oct keys)",
        )),
    }
}

fn private_pkey_to_jwk(key: &PKey<Private>) -> JoseResult<Jwk> {
    let mut jwk = pkey_to_jwk(key)?;
    match key.id() {
        Id::RSA => {
            let rsa = key.rsa().map_err(openssl_err("reading the RSA key"))?;
            rsa_private_members(&rsa, &mut jwk);
        }
        Id::EC => {
            let ec = key.ec_key().map_err(openssl_err("reading the EC key"))?;
            let len = (ec.group().degree() as usize).div_ceil(8);
            jwk.insert("d".into(), b64_bn_padded(ec.private_key(), len)?);
        }
        _ => {
            let d = Zeroizing::new(
                key.raw_private_key()
                    .map_err(openssl_err("reading the private key"))?,
            );
            jwk.insert("d".into(), b64::encode(&d[..]).into());
        }
    }
    Ok(jwk)
}

/// The key as josekit's JWK type, without the members cu itself checks (`alg`, `use`,
/// `key_ops`, `kid`): josekit's own checks of them would only reword cu's errors.
pub(crate) fn to_josekit(key: &Jwk) -> JoseResult<josekit::jwk::Jwk> {
    let mut map = key.clone();
    for member in ["alg", "use", "key_ops", "kid"] {
        map.remove(member);
    }
    josekit::jwk::Jwk::from_map(map).map_err(|e| JoseError::bad_key(format!("invalid JWK: {e}")))
}

/// Strip private members: the public JWK (metadata such as kid, alg, use is kept).
pub fn public_of(jwk: &Jwk) -> JoseResult<Jwk> {
    if str_member(jwk, "kty")? == "oct" {
        return Err(
            JoseError::bad_key("a symmetric (oct) key has no public part")
                .with_help("share symmetric keys only through a secure channel"),
        );
    }
    let mut public = jwk.clone();
    for member in PRIVATE_MEMBERS {
        public.remove(*member);
    }
    Ok(public)
}

/// Whether the key's `key_ops` (RFC 7517 §4.3), when present, allow one of these operations.
pub fn allows_op(jwk: &Jwk, ops: &[&str]) -> bool {
    match jwk.get("key_ops") {
        None => true,
        Some(Value::Array(list)) => list
            .iter()
            .any(|op| op.as_str().is_some_and(|op| ops.contains(&op))),
        Some(_) => false,
    }
}

pub fn is_private(jwk: &Jwk) -> bool {
    jwk.contains_key("d") || jwk.contains_key("k")
}

pub fn str_member<'a>(jwk: &'a Jwk, name: &str) -> JoseResult<&'a str> {
    match jwk.get(name) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(JoseError::bad_key(format!(
            "JWK member `{name}` must be a string"
        ))),
        None => Err(JoseError::bad_key(format!("JWK lacks the `{name}` member"))),
    }
}

fn bytes_member(jwk: &Jwk, name: &str) -> JoseResult<Zeroizing<Vec<u8>>> {
    let text = str_member(jwk, name)?;
    b64::decode(text, &format!("JWK member `{name}`"))
        .map(Zeroizing::new)
        .map_err(|e| JoseError::bad_key(e.message))
}

fn bn_member(jwk: &Jwk, name: &str) -> JoseResult<BigNum> {
    let bytes = bytes_member(jwk, name)?;
    BigNum::from_slice(&bytes).map_err(openssl_err("reading a number"))
}

/// RFC 7638 thumbprint (SHA-256, base64url): the required members in lexicographic order.
/// For OKP keys (RFC 8037) these are `crv`, `kty`, `x`.
pub fn thumbprint(jwk: &Jwk) -> JoseResult<String> {
    let kty = str_member(jwk, "kty")?;
    let required: &[&str] = match kty {
        "RSA" => &["e", "kty", "n"],
        "EC" => &["crv", "kty", "x", "y"],
        "OKP" => &["crv", "kty", "x"],
        "oct" => &["k", "kty"],
        other => return Err(JoseError::bad_key(format!("unknown key type `{other}`"))),
    };
    // Members are strings, sorted by name; serde_json escapes exactly as RFC 7638 §3 needs.
    let mut canonical = String::from("{");
    for (i, name) in required.iter().enumerate() {
        if i > 0 {
            canonical.push(',');
        }
        let value = str_member(jwk, name)?;
        canonical.push_str(&serde_json::to_string(name).unwrap_or_default());
        canonical.push(':');
        canonical.push_str(&serde_json::to_string(value).unwrap_or_default());
    }
    canonical.push('}');
    Ok(b64::encode(Sha256::digest(canonical.as_bytes())))
}

/// Checks that a JWK's members fit its key type, so errors name the member at fault.
pub fn validate(jwk: &Jwk) -> JoseResult<()> {
    let kty = str_member(jwk, "kty")?;
    match kty {
        "RSA" => {
            let n = bytes_member(jwk, "n")?;
            let e = bytes_member(jwk, "e")?;
            if n.len() * 8 < 2040 {
                return Err(JoseError::bad_key(format!(
                    "RSA key of {} bits is too small (2048 at least)",
                    n.len() * 8
                )));
            }
            // e must be odd and at least 3; e = 1 makes "signatures" of any message trivial.
            let e_is_small =
                e.iter().rev().skip(1).all(|b| *b == 0) && e.last().is_some_and(|b| *b < 3);
            if e.last().is_none_or(|b| b % 2 == 0) || e_is_small {
                return Err(JoseError::bad_key(
                    "the RSA public exponent must be odd and at least 3",
                ));
            }
            if roca_fingerprint(&n)? {
                return Err(JoseError::bad_key(
                    "the RSA key was made by a generator with the ROCA flaw (CVE-2017-15361); its private key can be computed",
                )
                .with_help("replace the key; keys from Infineon chips of 2012-2017 are affected"));
            }
        }
        "EC" => {
            let crv = str_member(jwk, "crv")?;
            let group = ec_group(crv)?;
            let len = (group.degree() as usize).div_ceil(8);
            for member in ["x", "y"] {
                if bytes_member(jwk, member)?.len() != len {
                    return Err(JoseError::bad_key(format!(
                        "EC member `{member}` must be {len} bytes for {crv}"
                    )));
                }
            }
            if jwk.contains_key("d") && bytes_member(jwk, "d")?.len() != len {
                return Err(JoseError::bad_key(format!(
                    "EC member `d` must be {len} bytes for {crv}"
                )));
            }
        }
        "OKP" => {
            let crv = str_member(jwk, "crv")?;
            let len = match crv {
                "Ed25519" | "X25519" => 32,
                "Ed448" => 57,
                "X448" => 56,
                other => return Err(JoseError::bad_key(format!("unknown OKP curve `{other}`"))),
            };
            if bytes_member(jwk, "x")?.len() != len
                || (jwk.contains_key("d") && bytes_member(jwk, "d")?.len() != len)
            {
                return Err(JoseError::bad_key(format!(
                    "{crv} keys have {len}-byte `x` and `d` members"
                )));
            }
        }
        "oct" => {
            if bytes_member(jwk, "k")?.is_empty() {
                return Err(JoseError::bad_key("the oct key `k` is empty"));
            }
        }
        other => return Err(JoseError::bad_key(format!("unknown key type `{other}`"))),
    }
    Ok(())
}

/// The ROCA test (Nemec et al., CCS 2017): moduli from the flawed generator are, modulo each
/// of these small primes, in the subgroup generated by 65537. A random modulus passes all of
/// them with negligible probability.
fn roca_fingerprint(n: &[u8]) -> JoseResult<bool> {
    const PRIMES: [u32; 38] = [
        3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89,
        97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167,
    ];
    let n = BigNum::from_slice(n).map_err(openssl_err("reading the modulus"))?;
    for p in PRIMES {
        let residue = n.mod_word(p).map_err(openssl_err("reading the modulus"))? as u32;
        let generator = 65537 % p;
        let mut power = 1u32;
        let mut in_subgroup = false;
        for _ in 0..p {
            if power == residue {
                in_subgroup = true;
                break;
            }
            power = power * generator % p;
        }
        if !in_subgroup {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Build an OpenSSL private key from a private JWK (checks that the parts agree).
pub fn jwk_to_private_pkey(jwk: &Jwk) -> JoseResult<PKey<Private>> {
    validate(jwk)?;
    let kty = str_member(jwk, "kty")?;
    match kty {
        "RSA" => {
            let n = bn_member(jwk, "n")?;
            let e = bn_member(jwk, "e")?;
            let d = bn_member(jwk, "d")?;
            let rsa = if jwk.contains_key("p") {
                Rsa::from_private_components(
                    n,
                    e,
                    d,
                    bn_member(jwk, "p")?,
                    bn_member(jwk, "q")?,
                    bn_member(jwk, "dp")?,
                    bn_member(jwk, "dq")?,
                    bn_member(jwk, "qi")?,
                )
                .map_err(openssl_err("building the RSA key"))?
            } else {
                RsaPrivateKeyBuilder::new(n, e, d)
                    .map_err(openssl_err("building the RSA key"))?
                    .build()
            };
            if jwk.contains_key("p") && !rsa.check_key().unwrap_or(false) {
                return Err(JoseError::bad_key("the RSA key's parts do not agree"));
            }
            PKey::from_rsa(rsa).map_err(openssl_err("building the RSA key"))
        }
        "EC" => {
            let group = ec_group(str_member(jwk, "crv")?)?;
            let public = EcKey::from_public_key_affine_coordinates(
                &group,
                &*bn_member(jwk, "x")?,
                &*bn_member(jwk, "y")?,
            )
            .map_err(|_| JoseError::bad_key("the EC point is not on the curve"))?;
            let key =
                EcKey::from_private_components(&group, &*bn_member(jwk, "d")?, public.public_key())
                    .map_err(openssl_err("building the EC key"))?;
            key.check_key().map_err(|_| {
                JoseError::bad_key("the EC private key does not match its public point")
            })?;
            PKey::from_ec_key(key).map_err(openssl_err("building the EC key"))
        }
        "OKP" => {
            let id = okp_id(str_member(jwk, "crv")?)?;
            let d = bytes_member(jwk, "d")?;
            let key = PKey::private_key_from_raw_bytes(&d, id)
                .map_err(openssl_err("building the key"))?;
            let x = bytes_member(jwk, "x")?;
            if key.raw_public_key().map_err(openssl_err("OKP"))? != x[..] {
                return Err(JoseError::bad_key(
                    "the OKP key's `x` does not match its `d`",
                ));
            }
            Ok(key)
        }
        _ => Err(JoseError::bad_key(
            "symmetric (oct) keys have no PEM or DER form",
        )),
    }
}

fn okp_id(crv: &str) -> JoseResult<Id> {
    match crv {
        "Ed25519" => Ok(Id::ED25519),
        "X25519" => Ok(Id::X25519),
        "Ed448" => Ok(Id::ED448),
        "X448" => Ok(Id::X448),
        other => Err(JoseError::bad_key(format!("unknown OKP curve `{other}`"))),
    }
}

/// Build an OpenSSL public key from a JWK (private members are ignored).
pub fn jwk_to_public_pkey(jwk: &Jwk) -> JoseResult<PKey<Public>> {
    validate(jwk)?;
    match str_member(jwk, "kty")? {
        "RSA" => {
            let rsa = Rsa::from_public_components(bn_member(jwk, "n")?, bn_member(jwk, "e")?)
                .map_err(openssl_err("building the RSA key"))?;
            PKey::from_rsa(rsa).map_err(openssl_err("building the RSA key"))
        }
        "EC" => {
            let group = ec_group(str_member(jwk, "crv")?)?;
            let key = EcKey::from_public_key_affine_coordinates(
                &group,
                &*bn_member(jwk, "x")?,
                &*bn_member(jwk, "y")?,
            )
            .map_err(|_| JoseError::bad_key("the EC point is not on the curve"))?;
            PKey::from_ec_key(key).map_err(openssl_err("building the EC key"))
        }
        "OKP" => {
            let id = okp_id(str_member(jwk, "crv")?)?;
            PKey::public_key_from_raw_bytes(&bytes_member(jwk, "x")?, id)
                .map_err(openssl_err("building the key"))
        }
        _ => Err(JoseError::bad_key(
            "symmetric (oct) keys have no PEM or DER form",
        )),
    }
}

/// Output encodings for `cu jose jwk convert`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyEncoding {
    Pem,
    Der,
}

/// The structure a key is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLayout {
    /// PKCS#8 for private keys, SPKI for public keys: every key type.
    Standard,
    /// PKCS#1 for RSA (private and public), SEC1 for EC private keys: what older tools expect.
    Traditional,
}

/// Encode a JWK as PEM or DER, in the standard (PKCS#8 / SPKI) or traditional
/// (PKCS#1 / SEC1) layout.
pub fn encode_key(
    jwk: &Jwk,
    public: bool,
    encoding: KeyEncoding,
    layout: KeyLayout,
) -> JoseResult<Zeroizing<Vec<u8>>> {
    let pem = encoding == KeyEncoding::Pem;
    let kty = str_member(jwk, "kty")?;
    let no_traditional = |what: &str| {
        JoseError::bad_key(format!(
            "{what} keys have no traditional (PKCS#1/SEC1) form"
        ))
        .with_help("drop --traditional to write PKCS#8 or SPKI")
    };
    let out = if is_private(jwk) && !public {
        let key = jwk_to_private_pkey(jwk)?;
        match (layout, kty) {
            (KeyLayout::Standard, _) if pem => key.private_key_to_pem_pkcs8(),
            (KeyLayout::Standard, _) => key.private_key_to_pkcs8(),
            (KeyLayout::Traditional, "RSA") if pem => {
                key.rsa().and_then(|rsa| rsa.private_key_to_pem())
            }
            (KeyLayout::Traditional, "EC") if pem => {
                key.ec_key().and_then(|ec| ec.private_key_to_pem())
            }
            (KeyLayout::Traditional, "RSA") | (KeyLayout::Traditional, "EC") => {
                key.private_key_to_der()
            }
            (KeyLayout::Traditional, other) => return Err(no_traditional(other)),
        }
    } else {
        let key = jwk_to_public_pkey(jwk)?;
        match (layout, kty) {
            (KeyLayout::Standard, _) if pem => key.public_key_to_pem(),
            (KeyLayout::Standard, _) => key.public_key_to_der(),
            (KeyLayout::Traditional, "RSA") => {
                let rsa = key.rsa().map_err(openssl_err("reading the RSA key"))?;
                if pem {
                    rsa.public_key_to_pem_pkcs1()
                } else {
                    rsa.public_key_to_der_pkcs1()
                }
            }
            (KeyLayout::Traditional, other) => {
                return Err(no_traditional(&format!("public {other}")))
            }
        }
    };
    out.map(Zeroizing::new)
        .map_err(openssl_err("encoding the key"))
}

/// Ed25519 keys are decoded without OpenSSL: it keeps one-shot EdDSA verification fast.
fn ed25519_from_pem(text: &str) -> Option<Jwk> {
    use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey};
    if let Ok(key) = ed25519_dalek::VerifyingKey::from_public_key_pem(text) {
        return Some(okp_jwk("Ed25519", key.as_bytes(), None));
    }
    if let Ok(key) = ed25519_dalek::SigningKey::from_pkcs8_pem(text) {
        let seed = Zeroizing::new(key.to_bytes());
        return Some(okp_jwk(
            "Ed25519",
            key.verifying_key().as_bytes(),
            Some(&seed[..]),
        ));
    }
    None
}

/// Decode one PEM block (PKCS#8, PKCS#1, SEC1, SPKI, encrypted PKCS#8, or a certificate's key).
pub fn from_pem(block: &str, password: Option<&[u8]>) -> JoseResult<Jwk> {
    let label = block
        .lines()
        .find_map(|l| {
            l.strip_prefix("-----BEGIN ")
                .and_then(|r| r.strip_suffix("-----"))
        })
        .unwrap_or("");
    if matches!(label, "PUBLIC KEY" | "PRIVATE KEY") {
        if let Some(jwk) = ed25519_from_pem(block) {
            return Ok(jwk);
        }
    }
    let bytes = block.as_bytes();
    match label {
        "PRIVATE KEY" | "RSA PRIVATE KEY" | "EC PRIVATE KEY" => {
            let key = PKey::private_key_from_pem(bytes)
                .map_err(|e| JoseError::bad_key(format!("cannot read the {label} PEM: {e}")))?;
            private_pkey_to_jwk(&key)
        }
        "ENCRYPTED PRIVATE KEY" => {
            let password = password.ok_or_else(|| {
                JoseError::bad_key("the private key is encrypted")
                    .with_help("pass its password with --password-file FILE")
            })?;
            let key = PKey::private_key_from_pem_passphrase(bytes, password).map_err(|_| {
                JoseError::bad_key("cannot decrypt the private key: wrong password or damaged file")
            })?;
            private_pkey_to_jwk(&key)
        }
        "PUBLIC KEY" => {
            let key = PKey::public_key_from_pem(bytes)
                .map_err(|e| JoseError::bad_key(format!("cannot read the PUBLIC KEY PEM: {e}")))?;
            pkey_to_jwk(&key)
        }
        "RSA PUBLIC KEY" => {
            let rsa = Rsa::public_key_from_pem_pkcs1(bytes).map_err(|e| {
                JoseError::bad_key(format!("cannot read the RSA PUBLIC KEY PEM: {e}"))
            })?;
            Ok(rsa_to_jwk(&rsa))
        }
        "CERTIFICATE" => {
            let cert = openssl::x509::X509::from_pem(bytes)
                .map_err(|e| JoseError::bad_key(format!("cannot read the certificate: {e}")))?;
            let key = cert.public_key().map_err(|e| {
                JoseError::bad_key(format!("cannot read the certificate's key: {e}"))
            })?;
            pkey_to_jwk(&key)
        }
        "" => Err(JoseError::bad_key("no PEM block found")),
        other => Err(
            JoseError::bad_key(format!("PEM block `{other}` does not hold a key"))
                .with_help("pass a PRIVATE KEY, PUBLIC KEY, RSA/EC PRIVATE KEY or CERTIFICATE PEM"),
        ),
    }
}

/// Decode a DER key: PKCS#8 or traditional private, SPKI or PKCS#1 public, or a certificate.
pub fn from_der(der: &[u8]) -> JoseResult<Jwk> {
    {
        use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey};
        if let Ok(key) = ed25519_dalek::VerifyingKey::from_public_key_der(der) {
            return Ok(okp_jwk("Ed25519", key.as_bytes(), None));
        }
        if let Ok(key) = ed25519_dalek::SigningKey::from_pkcs8_der(der) {
            let seed = Zeroizing::new(key.to_bytes());
            return Ok(okp_jwk(
                "Ed25519",
                key.verifying_key().as_bytes(),
                Some(&seed[..]),
            ));
        }
    }
    if let Ok(key) = PKey::private_key_from_der(der) {
        return private_pkey_to_jwk(&key);
    }
    if let Ok(key) = PKey::public_key_from_der(der) {
        return pkey_to_jwk(&key);
    }
    if let Ok(rsa) = Rsa::public_key_from_der_pkcs1(der) {
        return Ok(rsa_to_jwk(&rsa));
    }
    if let Ok(cert) = openssl::x509::X509::from_der(der) {
        if let Ok(key) = cert.public_key() {
            return pkey_to_jwk(&key);
        }
    }
    Err(JoseError::bad_key(
        "the input is not a JWK, PEM or DER key (tried PKCS#8, PKCS#1, SEC1, SPKI, X.509)",
    ))
}

/// An oct JWK from raw secret bytes (`--secret-file`).
pub fn oct_from_secret(secret: &[u8]) -> JoseResult<Jwk> {
    if secret.is_empty() {
        return Err(JoseError::bad_key("the secret is empty"));
    }
    let mut jwk = Jwk::new();
    jwk.insert("kty".into(), "oct".into());
    jwk.insert("k".into(), b64::encode(secret).into());
    Ok(jwk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc7638_example_thumbprint() {
        let jwk: Jwk = serde_json::from_str(r#"{"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"}"#).unwrap();
        assert_eq!(
            thumbprint(&jwk).unwrap(),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }

    #[test]
    fn rfc8037_ed25519_thumbprint() {
        let jwk: Jwk = serde_json::from_str(
            r#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#,
        )
        .unwrap();
        assert_eq!(
            thumbprint(&jwk).unwrap(),
            "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
        );
    }

    #[test]
    fn public_of_strips_private_members() {
        let jwk = generate(&GenerateSpec {
            kty: Some(KeyType::Okp),
            ..Default::default()
        })
        .unwrap();
        let public = public_of(&jwk).unwrap();
        assert!(!public.contains_key("d"));
        assert_eq!(public["x"], jwk["x"]);
    }
}
