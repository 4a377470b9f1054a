//! Compact JWTs: parse, verify against fixed keys (HS256, EdDSA), and the claim checks.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::jwt_input(data));
