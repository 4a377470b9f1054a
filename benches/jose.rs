//! Sign and verify per JWS algorithm, and Ed25519 batch verification per item.
//! Run: cargo bench --bench jose

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use cu::jose::jwk::{self, GenerateSpec, KeyType};
use cu::jose::jws::{Alg, Signer, Verifier};
use cu::jose::{b64, ed25519};

fn key_for(alg: Alg) -> jwk::Jwk {
    let (kty, crv, bits) = match alg {
        Alg::HS256 => (KeyType::Oct, None, Some(256)),
        Alg::RS256 | Alg::PS256 => (KeyType::Rsa, None, Some(2048)),
        Alg::ES256 => (KeyType::Ec, Some("P-256"), None),
        Alg::ES384 => (KeyType::Ec, Some("P-384"), None),
        _ => (KeyType::Okp, Some("Ed25519"), None),
    };
    jwk::generate(&GenerateSpec {
        kty: Some(kty),
        crv: crv.map(str::to_string),
        bits,
        ..Default::default()
    })
    .unwrap()
}

fn sign_verify(c: &mut Criterion) {
    let input = b"eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJiZW5jaCIsImF1ZCI6ImFwaSIsImV4cCI6NDEwMjQ0NDgwMH0";
    let mut group = c.benchmark_group("jws");
    group
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(500));
    for alg in [
        Alg::HS256,
        Alg::RS256,
        Alg::PS256,
        Alg::ES256,
        Alg::ES384,
        Alg::EdDSA,
    ] {
        let key = key_for(alg);
        let signer = Signer::new(&key, Some(alg)).unwrap();
        let public = if alg == Alg::HS256 {
            key.clone()
        } else {
            jwk::public_of(&key).unwrap()
        };
        let verifier = Verifier::new(&public, alg).unwrap();
        let signature = signer.sign(input).unwrap();
        group.bench_function(BenchmarkId::new("sign", alg.as_str()), |b| {
            b.iter(|| signer.sign(black_box(input)).unwrap())
        });
        group.bench_function(BenchmarkId::new("verify", alg.as_str()), |b| {
            b.iter(|| assert!(verifier.verify(black_box(input), black_box(&signature))))
        });
    }
    group.finish();
}

fn ed25519_batch(c: &mut Criterion) {
    let key = key_for(Alg::EdDSA);
    let d = b64::decode(key["d"].as_str().unwrap(), "d").unwrap();
    let x = b64::decode(key["x"].as_str().unwrap(), "x").unwrap();
    let public = ed25519::PublicKey::from_bytes(&x).unwrap();
    let messages: Vec<Vec<u8>> = (0..1024u32)
        .map(|i| format!("message {i}").into_bytes())
        .collect();
    let signatures: Vec<[u8; 64]> = messages
        .iter()
        .map(|m| ed25519::sign(&d, m).unwrap())
        .collect();
    let mut group = c.benchmark_group("ed25519_batch");
    group
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(500));
    for size in [1usize, 64, 512, 1024] {
        let items: Vec<ed25519::Item> = (0..size)
            .map(|i| ed25519::Item {
                key: &public,
                message: &messages[i],
                signature: &signatures[i],
            })
            .collect();
        group.throughput(Throughput::Elements(size as u64));
        group.bench_function(BenchmarkId::from_parameter(size), |b| {
            b.iter(|| assert!(ed25519::verify_all(black_box(&items)).iter().all(|ok| *ok)))
        });
    }
    group.finish();
}

criterion_group!(benches, sign_verify, ed25519_batch);
criterion_main!(benches);
