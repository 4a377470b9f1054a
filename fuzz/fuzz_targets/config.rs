//! Server configs (YAML checked against the JSON Schema) of `cu kms serve` and
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::config_input(data));
