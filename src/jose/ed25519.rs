//! Ed25519 verification without OpenSSL: strict encoding checks and one equation for single
//! and batch verification, so a batch always gives the answers single verification gives.
//!
//! Checks, in both modes: `S` canonical (< L); `A` and `R` canonical encodings, not of small
//! order; `A` torsion-free (checked once per key). The group equation is the cofactored one of
//! RFC 8032 §5.1.7, `[8][S]B = [8]R + [8][k]A`. A batch combines items with random 128-bit
//! weights; when a batch fails it is split in halves until every bad item is found.

use curve25519_dalek::edwards::{CompressedEdwardsY, EdwardsPoint};
use curve25519_dalek::scalar::Scalar;
use curve25519_dalek::traits::{IsIdentity, VartimeMultiscalarMul};
use std::io;

use sha2::{Digest, Sha512};

use super::message::{Bytes, Message};
use super::{JoseError, JoseResult};

/// A verified-usable Ed25519 public key.
#[derive(Debug, Clone)]
pub struct PublicKey {
    bytes: [u8; 32],
    point: EdwardsPoint,
}

impl PublicKey {
    pub fn from_bytes(bytes: &[u8]) -> JoseResult<PublicKey> {
        let bytes: [u8; 32] = bytes
            .try_into()
            .map_err(|_| JoseError::bad_key("an Ed25519 public key is 32 bytes"))?;
        let point = decompress_canonical(&bytes)
            .ok_or_else(|| JoseError::bad_key("the Ed25519 public key is not a valid point"))?;
        if point.is_small_order() || !point.is_torsion_free() {
            return Err(JoseError::bad_key(
                "the Ed25519 public key is a weak key (small-order or mixed-order point)",
            ));
        }
        Ok(PublicKey { bytes, point })
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.bytes
    }
}

/// Decompress a point, refusing non-canonical encodings. An encoding is canonical when its
/// y coordinate is below p = 2^255 - 19; the other non-canonical form, x = 0 with the sign bit
/// set, only encodes small-order points, which every caller refuses anyway.
fn decompress_canonical(bytes: &[u8; 32]) -> Option<EdwardsPoint> {
    if !y_is_canonical(bytes) {
        return None;
    }
    CompressedEdwardsY(*bytes).decompress()
}

fn y_is_canonical(bytes: &[u8; 32]) -> bool {
    // p in little-endian: ed ff … ff 7f. Compare from the most significant byte down.
    let mut y = *bytes;
    y[31] &= 0x7f;
    const P: [u8; 32] = {
        let mut p = [0xffu8; 32];
        p[0] = 0xed;
        p[31] = 0x7f;
        p
    };
    for i in (0..32).rev() {
        if y[i] != P[i] {
            return y[i] < P[i];
        }
    }
    false
}

/// One signature to check.
pub struct Item<'a> {
    pub key: &'a PublicKey,
    pub message: &'a [u8],
    pub signature: &'a [u8],
}

/// An item that passed the cheap checks, with everything the equation needs.
struct Prepared {
    index: usize,
    r: EdwardsPoint,
    s: Scalar,
    k: Scalar,
    a: EdwardsPoint,
    a_bytes: [u8; 32],
}

fn prepare(index: usize, item: &Item<'_>) -> Option<Prepared> {
    let mut message = Bytes(item.message);
    prepare_message(index, item.key, &mut message, item.signature).unwrap_or(None)
}

/// The cheap checks first, then the challenge `k = H(R || A || M)`, hashing the message in
/// pieces. None when the signature is malformed.
fn prepare_message(
    index: usize,
    key: &PublicKey,
    message: &mut dyn Message,
    signature: &[u8],
) -> io::Result<Option<Prepared>> {
    let Ok(signature) = <&[u8; 64]>::try_from(signature) else {
        return Ok(None);
    };
    let mut r_bytes = [0u8; 32];
    r_bytes.copy_from_slice(&signature[..32]);
    let mut s_bytes = [0u8; 32];
    s_bytes.copy_from_slice(&signature[32..]);
    let Some(s) = Option::<Scalar>::from(Scalar::from_canonical_bytes(s_bytes)) else {
        return Ok(None);
    };
    let Some(r) = decompress_canonical(&r_bytes) else {
        return Ok(None);
    };
    if r.is_small_order() {
        return Ok(None);
    }
    let mut hash = Sha512::new().chain_update(r_bytes).chain_update(key.bytes);
    message.feed(&mut |piece| hash.update(piece))?;
    let digest: [u8; 64] = hash.finalize().into();
    let k = Scalar::from_bytes_mod_order_wide(&digest);
    Ok(Some(Prepared {
        index,
        r,
        s,
        k,
        a: key.point,
        a_bytes: key.bytes,
    }))
}

/// `verify` for a message read in pieces: one pass, the same checks and equation.
pub fn verify_message(
    key: &PublicKey,
    message: &mut dyn Message,
    signature: &[u8],
) -> io::Result<bool> {
    Ok(prepare_message(0, key, message, signature)?.is_some_and(|p| holds_single(&p)))
}

/// Sign a message read in pieces, byte for byte the signature `SigningKey::sign` makes.
/// PureEdDSA (RFC 8032) hashes the message twice, once for the nonce and once for the
/// challenge, so the message is read twice. Both readings are also hashed with SHA-256 and
/// must agree, or no signature is returned: a message that changed between the readings
/// would give one nonce two challenges, and two such signatures give away the key.
pub fn sign_message(
    key: &ed25519_dalek::SigningKey,
    message: &mut dyn Message,
) -> io::Result<[u8; 64]> {
    use std::cell::RefCell;
    let secret = zeroize::Zeroizing::new(key.to_bytes());
    let expanded = ed25519_dalek::hazmat::ExpandedSecretKey::from(&*secret);
    let message = RefCell::new(message);
    let readings: RefCell<Vec<[u8; 32]>> = RefCell::new(Vec::with_capacity(2));
    let failure: RefCell<Option<io::Error>> = RefCell::new(None);
    let signature = ed25519_dalek::hazmat::raw_sign_byupdate::<Sha512, _>(
        &expanded,
        |hash| {
            let mut check = sha2::Sha256::new();
            let fed = message.borrow_mut().feed(&mut |piece| {
                hash.update(piece);
                check.update(piece);
            });
            match fed {
                Ok(()) => {
                    readings.borrow_mut().push(check.finalize().into());
                    Ok(())
                }
                Err(e) => {
                    *failure.borrow_mut() = Some(e);
                    Err(ed25519_dalek::SignatureError::new())
                }
            }
        },
        &key.verifying_key(),
    );
    if let Some(e) = failure.into_inner() {
        return Err(e);
    }
    let readings = readings.into_inner();
    if readings.len() != 2 || readings[0] != readings[1] {
        return Err(io::Error::other(
            "the input changed while it was read twice for an Ed25519 signature; no signature was made",
        ));
    }
    signature
        .map(|s| s.to_bytes())
        .map_err(|e| io::Error::other(e.to_string()))
}

/// Verify one signature.
pub fn verify(key: &PublicKey, message: &[u8], signature: &[u8]) -> bool {
    let item = Item {
        key,
        message,
        signature,
    };
    match prepare(0, &item) {
        Some(p) => holds_single(&p),
        None => false,
    }
}

fn holds_single(p: &Prepared) -> bool {
    // [S]B - [k]A - R, times the cofactor, must be the identity.
    let sb_minus_ka = EdwardsPoint::vartime_double_scalar_mul_basepoint(&p.k, &(-p.a), &p.s);
    (sb_minus_ka - p.r).mul_by_cofactor().is_identity()
}

/// Verify many signatures; the answer for each item equals `verify` on it alone.
pub fn verify_all(items: &[Item<'_>]) -> Vec<bool> {
    verify_with(items, settle)
}

/// As `verify_all`, but a batch whose equation fails is decided item by item rather than
/// by halves: never more than one equation over single checks, whatever the mix.
pub fn verify_all_or_each(items: &[Item<'_>]) -> Vec<bool> {
    verify_with(items, |group, results| {
        let holds =
            group.len() > 1 && !group.iter().any(|(_, z)| *z == Scalar::ZERO) && holds_batch(group);
        for (p, _) in group {
            results[p.index] = holds || holds_single(p);
        }
    })
}

/// The cheap checks and challenges of every item, random weights, then `decide`.
fn verify_with(
    items: &[Item<'_>],
    decide: impl FnOnce(&[(&Prepared, Scalar)], &mut [bool]),
) -> Vec<bool> {
    let mut results = vec![false; items.len()];
    let prepared: Vec<Prepared> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| prepare(i, item))
        .collect();
    if prepared.is_empty() {
        return results;
    }
    let weights = random_weights(prepared.len());
    let group: Vec<(&Prepared, Scalar)> = prepared.iter().zip(weights).collect();
    decide(&group, &mut results);
    results
}

fn random_weights(n: usize) -> Vec<Scalar> {
    let mut bytes = vec![0u8; n * 16];
    if getrandom::fill(&mut bytes).is_err() {
        // Without randomness a batch proves nothing; weight 0 makes every batch check fall
        // through to single verification below.
        return vec![Scalar::ZERO; n];
    }
    bytes
        .chunks_exact(16)
        .map(|chunk| {
            let mut wide = [0u8; 32];
            wide[..16].copy_from_slice(chunk);
            Scalar::from_bytes_mod_order(wide)
        })
        .collect()
}

/// Decide a group of items: one batch equation when it holds, halves when it does not.
fn settle(group: &[(&Prepared, Scalar)], results: &mut [bool]) {
    match group {
        [] => {}
        [(p, _)] => results[p.index] = holds_single(p),
        _ if group.iter().any(|(_, z)| *z == Scalar::ZERO) => {
            for (p, _) in group {
                results[p.index] = holds_single(p);
            }
        }
        _ => {
            if holds_batch(group) {
                for (p, _) in group {
                    results[p.index] = true;
                }
            } else {
                let (left, right) = group.split_at(group.len() / 2);
                settle(left, results);
                settle(right, results);
            }
        }
    }
}

fn holds_batch(group: &[(&Prepared, Scalar)]) -> bool {
    // [8]( -(Σ z·s)B + Σ z·R + Σ_A (Σ z·k)A ) = identity. Items signed by the same key share
    // one A term, so a batch under one key is a multiscalar multiplication of n + 2 points
    // instead of 2n + 1. Callers sort items by key, which makes equal keys adjacent.
    let b_coefficient: Scalar = group.iter().map(|(p, z)| z * p.s).sum();
    let mut key_terms: Vec<([u8; 32], Scalar, EdwardsPoint)> = Vec::new();
    for (p, z) in group {
        match key_terms.last_mut() {
            Some((bytes, coefficient, _)) if *bytes == p.a_bytes => *coefficient += z * p.k,
            _ => key_terms.push((p.a_bytes, z * p.k, p.a)),
        }
    }
    let scalars = std::iter::once(-b_coefficient)
        .chain(group.iter().map(|(_, z)| *z))
        .chain(key_terms.iter().map(|(_, c, _)| *c));
    let points = std::iter::once(curve25519_dalek::constants::ED25519_BASEPOINT_POINT)
        .chain(group.iter().map(|(p, _)| p.r))
        .chain(key_terms.iter().map(|(_, _, a)| *a));
    EdwardsPoint::vartime_multiscalar_mul(scalars, points)
        .mul_by_cofactor()
        .is_identity()
}

/// The signing key for a 32-byte seed (RFC 8032); build once, sign many times.
pub fn signing_key(seed: &[u8]) -> JoseResult<ed25519_dalek::SigningKey> {
    let mut bytes: [u8; 32] = seed
        .try_into()
        .map_err(|_| JoseError::bad_key("an Ed25519 private key is 32 bytes"))?;
    let key = ed25519_dalek::SigningKey::from_bytes(&bytes);
    zeroize::Zeroize::zeroize(&mut bytes);
    Ok(key)
}

/// Sign with a 32-byte seed (RFC 8032).
pub fn sign(seed: &[u8], message: &[u8]) -> JoseResult<[u8; 64]> {
    use ed25519_dalek::Signer;
    Ok(signing_key(seed)?.sign(message).to_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keypair(seed: u8) -> (ed25519_dalek::SigningKey, PublicKey) {
        let signing = ed25519_dalek::SigningKey::from_bytes(&[seed; 32]);
        let public = PublicKey::from_bytes(signing.verifying_key().as_bytes()).unwrap();
        (signing, public)
    }

    /// A message in pieces whose second reading can differ from the first.
    struct Shifty {
        data: Vec<u8>,
        readings: usize,
        change_second: bool,
    }

    impl Message for Shifty {
        fn feed(&mut self, sink: &mut dyn FnMut(&[u8])) -> io::Result<()> {
            self.readings += 1;
            if self.change_second && self.readings == 2 {
                self.data[0] ^= 1;
            }
            for piece in self.data.chunks(1000) {
                sink(piece);
            }
            Ok(())
        }
    }

    #[test]
    fn streamed_signature_is_the_one_shot_signature() {
        use ed25519_dalek::Signer;
        let (sk, pk) = keypair(7);
        let data: Vec<u8> = (0..100_000u32).map(|i| (i * 31) as u8).collect();
        let mut message = Shifty {
            data: data.clone(),
            readings: 0,
            change_second: false,
        };
        let streamed = sign_message(&sk, &mut message).unwrap();
        assert_eq!(streamed, sk.sign(&data).to_bytes());
        assert_eq!(message.readings, 2);
        assert!(verify_message(&pk, &mut Bytes(&data), &streamed).unwrap());
        let mut changed = data.clone();
        changed[99_999] ^= 1;
        assert!(!verify_message(&pk, &mut Bytes(&changed), &streamed).unwrap());
    }

    #[test]
    fn a_message_that_changes_between_readings_gets_no_signature() {
        let (sk, _) = keypair(8);
        let mut message = Shifty {
            data: vec![5; 10_000],
            readings: 0,
            change_second: true,
        };
        assert!(sign_message(&sk, &mut message).is_err());
    }

    #[test]
    fn batch_finds_exactly_the_bad_items() {
        use ed25519_dalek::Signer;
        let (sk1, pk1) = keypair(1);
        let (sk2, pk2) = keypair(2);
        let messages: Vec<Vec<u8>> = (0..40u8).map(|i| vec![i; (i as usize) + 1]).collect();
        let mut signatures: Vec<[u8; 64]> = messages
            .iter()
            .enumerate()
            .map(|(i, m)| if i % 3 == 0 { sk2.sign(m) } else { sk1.sign(m) }.to_bytes())
            .collect();
        signatures[5][3] ^= 1; // tampered R
        signatures[17][40] ^= 1; // tampered S
        let items: Vec<Item> = messages
            .iter()
            .enumerate()
            .map(|(i, m)| Item {
                // item 22 uses the wrong key
                key: if (i % 3 == 0) ^ (i == 22) { &pk2 } else { &pk1 },
                message: m,
                signature: &signatures[i],
            })
            .collect();
        let batch = verify_all(&items);
        for (i, item) in items.iter().enumerate() {
            assert_eq!(
                batch[i],
                verify(item.key, item.message, item.signature),
                "item {i}"
            );
            assert_eq!(batch[i], ![5, 17, 22].contains(&i), "item {i}");
        }
        assert_eq!(verify_all_or_each(&items), batch);
        // One key, all good: the one equation holds.
        let good: Vec<Item> = items
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 0 && ![5, 17, 22].contains(i))
            .map(|(_, it)| Item {
                key: it.key,
                message: it.message,
                signature: it.signature,
            })
            .collect();
        assert!(good.len() > 10);
        assert!(verify_all_or_each(&good).iter().all(|ok| *ok));
        assert!(verify_all_or_each(&[]).is_empty());
    }

    #[test]
    fn canonical_y_boundary() {
        let mut p = [0xffu8; 32];
        p[0] = 0xed;
        p[31] = 0x7f;
        assert!(!y_is_canonical(&p));
        let mut below = p;
        below[0] = 0xec;
        assert!(y_is_canonical(&below));
        let mut signed_below = below;
        signed_below[31] |= 0x80;
        assert!(y_is_canonical(&signed_below));
        assert!(!y_is_canonical(&[0xff; 32]));
    }

    #[test]
    fn rfc8032_test_1() {
        let public = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        let sig = hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        let key = PublicKey::from_bytes(&public).unwrap();
        assert!(verify(&key, b"", &sig));
        assert!(!verify(&key, b"x", &sig));
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }
}
