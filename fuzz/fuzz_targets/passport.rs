//! Passports, compact and envelope: taking them apart, alone and as a batch.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::passport_input(data));
