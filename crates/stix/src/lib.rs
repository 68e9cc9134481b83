//! STIX 2.1: identifiers, timestamps, objects, bundles and the patterning language.
//!
//! Pure and free of I/O, so every layer above (and the fuzz targets) can use it directly.

pub mod id;
pub mod markings;
pub mod object;
pub mod pattern;
pub mod timestamp;

pub use object::{BundleError, Category, SpecVersion, StixObject, ValidationError, split_document};
pub use timestamp::{Timestamp, TimestampError};
