//! PKCS#12 files as `cu pki p12 import` reads them.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::pkcs12_input(data));
