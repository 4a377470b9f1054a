//! Certificates, CSRs and CRLs, PEM or DER, as `cu pki inspect` reads them; PEM bundles.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::pki_input(data));
