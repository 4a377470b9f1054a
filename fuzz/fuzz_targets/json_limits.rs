//! The nesting and size guards in front of every JSON and YAML parser (bodies of both
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cu::fuzz::json_limits_input(data));
