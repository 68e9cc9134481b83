//! STIX 2.1: identifiers, timestamps, objects, bundles and the patterning language.
//!
//! Pure and free of I/O, so every layer above (and the fuzz targets) can use it directly.

pub mod id;
pub mod markings;
pub mod object;
pub mod pattern;
pub mod timestamp;

pub use object::{
    BundleError, Category, SpecVersion, StixObject, ValidationError, language_tag, split_document,
    split_envelope,
};
pub use timestamp::{Timestamp, TimestampError};

/// Fuzzing entry point: split a document and validate every object in it.
pub fn fuzz_document(text: &str) -> usize {
    match split_document(text) {
        Ok(parts) => parts
            .into_iter()
            .filter(|p| StixObject::parse(p).is_ok())
            .count(),
        Err(_) => 0,
    }
}

/// Fuzzing entry point: parse a pattern. Returns false only if an error's position lies
/// outside the input, which the fuzz target treats as a bug.
pub fn fuzz_pattern(text: &str) -> bool {
    match pattern::parse(text) {
        Ok(p) => {
            let _ = pattern::check_hashes(&p);
            true
        }
        Err(e) => e.position <= text.len(),
    }
}
