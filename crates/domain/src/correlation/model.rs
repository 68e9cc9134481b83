//! The records of correlation: what the store keeps and the use-cases pass around.

use serde::{Deserialize, Serialize};
/// Keys carried by more object versions than this link nothing, unless the center sets another.
pub const DEFAULT_NOISY_LIMIT: i64 = 1_000;

/// An object linked to the one asked about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correlation {
    pub key: String,
    pub stix_id: String,
    pub object_type: String,
}

/// A key and how many object versions carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyCount {
    pub key: String,
    pub objects: i64,
    pub excluded: bool,
}
