//! The records of correlation: what the store keeps and the use-cases pass around.

use serde::{Deserialize, Serialize};
/// Keys carried by more object versions than this link nothing, unless the center sets another.
pub const DEFAULT_NOISY_LIMIT: i64 = 1_000;

/// The setting that says how far the versions stored before names met across scripts were
/// given their `translit:` keys: the last storage sequence done, or `done`.
pub const TRANSLITERATED_SETTING: &str = "names_transliterated";

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

impl Correlation {
    /// Linked through names that read alike across scripts, not through one value: a possible
    /// match for a person to confirm, not a fact.
    pub fn possible(&self) -> bool {
        self.key.starts_with(crate::transliteration::PREFIX)
    }
}

/// Each linked object once: through its exact keys when it has any, otherwise through one
/// name that reads alike, so that a name read several ways does not list its match several
/// times.
pub fn one_row_per_link(mut all: Vec<Correlation>) -> Vec<Correlation> {
    let exact: std::collections::HashSet<String> = all
        .iter()
        .filter(|c| !c.possible())
        .map(|c| c.stix_id.clone())
        .collect();
    let mut possible_seen = std::collections::HashSet::new();
    all.retain(|c| {
        !c.possible() || !exact.contains(&c.stix_id) && possible_seen.insert(c.stix_id.clone())
    });
    all
}

/// A key and how many object versions carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyCount {
    pub key: String,
    pub objects: i64,
    pub excluded: bool,
}
