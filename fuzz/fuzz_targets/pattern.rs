//! The pattern parser must never panic, and errors must point inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        assert!(stix::fuzz_pattern(text), "error position outside the input");
    }
});
