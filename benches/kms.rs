//! In-process `cu kms` operations against a real SQLite store: encrypt+decrypt of 1 KiB
//! (the unwrapped key cached for the process, as a long-running server would), sign and
//! verify, and the in-memory throughput of the STREAM format.
//! Run: cargo bench --bench kms

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use cu::kms::store::{self, Store, Unseal};
use cu::kms::{ops, stream, KeyType, DEFAULT_TENANT};
use zeroize::Zeroizing;

fn store(dir: &std::path::Path) -> Store {
    let path = dir.join("bench.db");
    let unseal = Unseal::Secret(Zeroizing::new(vec![42u8; 32]));
    store::init(&path, &unseal, 0).unwrap();
    let mut s = Store::open(&path, &unseal, Some(DEFAULT_TENANT), true, 0).unwrap();
    s.create_key("aes", KeyType::Aes256Gcm, None, 0).unwrap();
    s.create_key("ec", KeyType::EcP256, None, 0).unwrap();
    s.create_key("ed", KeyType::Ed25519, None, 0).unwrap();
    s
}

fn operations(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(dir.path());
    let data = vec![7u8; 1024];
    let mut g = c.benchmark_group("kms");
    g.measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Elements(1));
    g.bench_function("encrypt+decrypt 1KiB", |b| {
        b.iter(|| {
            let jwe = ops::encrypt(&mut s, "aes", black_box(&data), None).unwrap();
            black_box(ops::decrypt(&mut s, &jwe, None).unwrap());
        })
    });
    for key in ["ec", "ed"] {
        g.bench_function(format!("sign+verify {key}"), |b| {
            b.iter(|| {
                let (jws, _) = ops::sign(&mut s, key, black_box(&data), false).unwrap();
                black_box(
                    ops::verify_jws(&mut s, key, std::str::from_utf8(&jws).unwrap()).unwrap(),
                );
            })
        });
    }
    g.finish();

    let big = vec![1u8; 16 << 20];
    let mut sealed = Vec::with_capacity(big.len() + 4096);
    stream::encrypt(&mut s, "aes", &mut &big[..], &mut sealed).unwrap();
    let mut g = c.benchmark_group("kms stream 16MiB");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("encrypt", |b| {
        b.iter(|| stream::encrypt(&mut s, "aes", &mut &big[..], &mut std::io::sink()).unwrap())
    });
    g.bench_function("decrypt", |b| {
        b.iter(|| stream::decrypt(&mut s, &mut &sealed[..], &mut std::io::sink()).unwrap())
    });
    g.finish();
}

criterion_group!(benches, operations);
criterion_main!(benches);
