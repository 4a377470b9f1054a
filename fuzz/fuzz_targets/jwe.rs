//! JWE in compact and JSON serialization, decrypted with fixed keys (A256KW, dir, PBES2).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::jwe_input(data));
