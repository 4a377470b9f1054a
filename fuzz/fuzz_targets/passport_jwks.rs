//! A JWKS that passports are verified against (`cu passport verify --jwks`).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::passport_jwks_input(data));
