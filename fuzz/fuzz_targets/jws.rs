//! JWS in compact and JSON serialization (flattened and general), attached and detached.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::jws_input(data));
