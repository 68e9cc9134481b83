//! The records of correlation: what the store keeps and the use-cases pass around.

use serde::{Deserialize, Serialize};
/// Keys carried by more object versions than this link nothing, unless the center sets another.
pub const DEFAULT_NOISY_LIMIT: i64 = 1_000;

/// The setting that holds the center's own limit.
pub const NOISY_LIMIT_SETTING: &str = "correlation_limit";

/// The limit a center's setting gives: its own, or the default.
pub fn noisy_limit(setting: Option<&str>) -> i64 {
    setting
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_NOISY_LIMIT)
}

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
