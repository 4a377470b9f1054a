//! Keys as cu reads them: JWK, JWKS, PEM (PKCS#8, SPKI, SEC1, PKCS#1, encrypted) and DER.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::keys_input(data));
