//! Passport verification costs: one strict verify against batch verification at 8, 64, 256 and
//! 1024 items, on one core and spread over all cores; ed25519-dalek's own verify_strict and
//! verify_batch as the reference; and the whole passport pipeline (parse, batch signature
//! check, canonical form, claims) over many passports.
//! Run: cargo bench --bench passport   (criterion reports elements/s; per-item cost = 1/that)

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use cu::jose::ed25519;
use cu::passport::token::{self, IssueRequest, Kid};
use cu::passport::verify::{self, BatchOptions, KeySet, Policy};
use ed25519_dalek::Signer;
use rayon::prelude::*;

const SIZES: [usize; 4] = [8, 64, 256, 1024];
/// Items verified per iteration in the all-cores runs, cut into batches of the given size.
const SPREAD: usize = 8192;

struct Signed {
    key: ed25519_dalek::SigningKey,
    public: ed25519::PublicKey,
    messages: Vec<Vec<u8>>,
    signatures: Vec<[u8; 64]>,
}

/// Messages the size of a passport payload (about 250 bytes), one key: a keyring version.
fn signed(n: usize) -> Signed {
    let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let public = ed25519::PublicKey::from_bytes(key.verifying_key().as_bytes()).unwrap();
    let messages: Vec<Vec<u8>> = (0..n)
        .map(|i| {
            format!(
                "{{\"aud\":[\"api\"],\"sub\":\"user-{i}\",\"pad\":\"{}\"}}",
                "x".repeat(200)
            )
            .into_bytes()
        })
        .collect();
    let signatures = messages.iter().map(|m| key.sign(m).to_bytes()).collect();
    Signed {
        key,
        public,
        messages,
        signatures,
    }
}

fn items(s: &Signed) -> Vec<ed25519::Item<'_>> {
    s.messages
        .iter()
        .zip(&s.signatures)
        .map(|(m, sig)| ed25519::Item {
            key: &s.public,
            message: m,
            signature: sig,
        })
        .collect()
}

fn single(c: &mut Criterion) {
    let s = signed(1);
    let dalek_key = s.key.verifying_key();
    let dalek_sig = ed25519_dalek::Signature::from_bytes(&s.signatures[0]);
    let mut g = c.benchmark_group("ed25519 single");
    g.measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Elements(1));
    g.bench_function("cu strict verify", |b| {
        b.iter(|| {
            assert!(ed25519::verify(
                &s.public,
                black_box(&s.messages[0]),
                &s.signatures[0]
            ))
        })
    });
    g.bench_function("dalek verify_strict", |b| {
        b.iter(|| {
            dalek_key
                .verify_strict(black_box(&s.messages[0]), &dalek_sig)
                .unwrap()
        })
    });
    g.finish();
}

fn batch_one_core(c: &mut Criterion) {
    let mut g = c.benchmark_group("ed25519 batch, 1 core");
    g.measurement_time(Duration::from_secs(3));
    for n in SIZES {
        let s = signed(n);
        let its = items(&s);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("cu verify_all", n), &n, |b, _| {
            b.iter(|| assert!(ed25519::verify_all(black_box(&its)).iter().all(|ok| *ok)))
        });
        let keys = vec![s.key.verifying_key(); n];
        let sigs: Vec<ed25519_dalek::Signature> = s
            .signatures
            .iter()
            .map(ed25519_dalek::Signature::from_bytes)
            .collect();
        let msgs: Vec<&[u8]> = s.messages.iter().map(Vec::as_slice).collect();
        g.bench_with_input(BenchmarkId::new("dalek verify_batch", n), &n, |b, _| {
            b.iter(|| ed25519_dalek::verify_batch(black_box(&msgs), &sigs, &keys).unwrap())
        });
    }
    g.finish();
}

fn batch_all_cores(c: &mut Criterion) {
    let mut g = c.benchmark_group("ed25519 batch, all cores");
    g.measurement_time(Duration::from_secs(4));
    g.throughput(Throughput::Elements(SPREAD as u64));
    let s = signed(SPREAD);
    let its = items(&s);
    for n in SIZES {
        g.bench_with_input(BenchmarkId::new("cu verify_all", n), &n, |b, &n| {
            b.iter(|| {
                let ok: usize = its
                    .par_chunks(n)
                    .map(|chunk| ed25519::verify_all(chunk).iter().filter(|ok| **ok).count())
                    .sum();
                assert_eq!(ok, SPREAD);
            })
        });
    }
    g.bench_function("cu strict verify, one by one", |b| {
        b.iter(|| {
            assert!(its
                .par_iter()
                .all(|i| ed25519::verify(i.key, i.message, i.signature)))
        })
    });
    g.finish();
}

fn passports(c: &mut Criterion) {
    const N: usize = 4096;
    let now = 1_800_000_000;
    let key = ed25519_dalek::SigningKey::from_bytes(&[9; 32]);
    let kid = Kid {
        tenant: "00000000-0000-4000-8000-000000000000".into(),
        keyring: "default".into(),
        version: 1,
    };
    let mut set = KeySet::new();
    set.insert(&kid, key.verifying_key().as_bytes()).unwrap();
    let inputs: Vec<Vec<u8>> = (0..N)
        .map(|i| {
            let request = IssueRequest {
                iss: "cu".into(),
                sub: format!("user-{i}"),
                aud: vec!["api".into()],
                scopes: vec!["read".into(), "write".into()],
                now,
                ttl: 3600,
                max_ttl: 86_400,
                nbf: None,
                nonce: None,
                ctx: serde_json::json!({"n": i}).as_object().unwrap().clone(),
            };
            let payload = token::payload(&request, &kid).unwrap();
            token::sign(&payload, &key).unwrap().compact().into_bytes()
        })
        .collect();
    let refs: Vec<&[u8]> = inputs.iter().map(Vec::as_slice).collect();
    let policy = Policy {
        now,
        skew: 120,
        audiences: Some(vec!["api".into()]),
        required_scopes: vec!["read".into()],
        max_size: token::DEFAULT_MAX_SIZE,
    };
    let mut g = c.benchmark_group("passport verify");
    g.measurement_time(Duration::from_secs(4));
    g.throughput(Throughput::Elements(N as u64));
    for (name, parallel) in [
        ("batch of 256, all cores", true),
        ("batch of 256, 1 core", false),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let results = verify::verify_batch(
                    black_box(&refs),
                    &set,
                    &policy,
                    BatchOptions {
                        chunk: 256,
                        parallel,
                    },
                );
                assert!(results.iter().all(Result::is_ok));
            })
        });
    }
    g.bench_function("one by one, 1 core", |b| {
        b.iter(|| {
            assert!(refs
                .iter()
                .all(|r| verify::verify(r, &set, &policy).is_ok()))
        })
    });
    g.finish();
}

criterion_group!(benches, single, batch_one_core, batch_all_cores, passports);
criterion_main!(benches);
