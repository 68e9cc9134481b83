//! Correlation: objects that share a normalised key ([`crate::keys`]) are linked. The links are
//! read through the index of keys at the moment someone asks, with the reader's visibility on
//! both ends, so no copy of the access rules can go stale and the cost depends on the keys of
//! the object asked about, not on the size of the store. Keys carried by more objects than the
//! center's limit are noisy: they link nothing, and administrators list and exclude keys.

pub mod model;
pub use model::*;

use crate::audit::AuditActor;
use crate::release::visibility;
use crate::service::{Authority, Center};
use crate::{Actor, Error, Result};
use serde_json::json;
impl Center {
    pub async fn noisy_limit(&self) -> Result<i64> {
        let setting = self.store().setting(NOISY_LIMIT_SETTING).await?;
        Ok(noisy_limit(setting.as_deref()))
    }

    pub async fn set_noisy_limit(&self, by: Authority<'_>, limit: i64) -> Result<()> {
        by.check()?;
        if limit < 2 {
            return Err(Error::invalid(
                "a key must be allowed on at least 2 objects to link anything",
            ));
        }
        self.store()
            .set_setting(NOISY_LIMIT_SETTING, &limit.to_string())
            .await?;
        self.record(
            AuditActor::authority(&by),
            "correlation.limit",
            "center",
            json!({"limit": limit}),
        )
        .await
    }

    /// The grid locations are binned on, in degrees.
    pub async fn grid_degrees(&self) -> Result<f64> {
        Ok(self
            .store()
            .setting("grid_degrees")
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(crate::keys::GRID_DEGREES))
    }

    /// Sets the grid for objects submitted from now on; stored objects keep their cells.
    pub async fn set_grid_degrees(&self, by: Authority<'_>, degrees: f64) -> Result<()> {
        by.check()?;
        if !(0.001..=10.0).contains(&degrees) {
            return Err(Error::invalid(
                "a grid cell is between 0.001 and 10 degrees",
            ));
        }
        self.store()
            .set_setting("grid_degrees", &degrees.to_string())
            .await?;
        self.record(
            AuditActor::authority(&by),
            "correlation.grid",
            "center",
            json!({"degrees": degrees}),
        )
        .await
    }

    /// What correlates with an object the actor can see, through keys that are not noisy. An
    /// object the actor cannot see is not found, exactly like a missing one.
    pub async fn correlations(&self, actor: &Actor, stix_id: &str) -> Result<Vec<Correlation>> {
        let stix_id = &stix::id::canonical_id(stix_id);
        let vis = visibility(&actor.reader());
        let limit = self.noisy_limit().await?;
        let collections = self.readable_collections(&actor.member).await?;
        self.store()
            .correlations(stix_id.to_string(), collections, vis, limit)
            .await?
            .map(one_row_per_link)
            .ok_or(Error::NotFound("object"))
    }

    /// Gives the next `batch` stored versions the keys of their names read across scripts,
    /// and notes how far it got, so that a center stored before names met across scripts
    /// links its old intelligence too. Returns how many versions were read: 0 once all are.
    pub async fn key_names_across_scripts(&self, batch: usize) -> Result<usize> {
        self.pass_over_stored(TRANSLITERATED_SETTING, batch, |rows| async move {
            let keys: Vec<(i64, Vec<String>)> = rows
                .into_iter()
                .filter_map(|(seq, body)| {
                    let o = stix::StixObject::parse(&body).ok()?;
                    let keys = crate::keys::names_across_scripts(&o);
                    (!keys.is_empty()).then_some((seq, keys))
                })
                .collect();
            if keys.is_empty() {
                return Ok(());
            }
            self.store().add_keys(keys).await
        })
        .await
    }

    /// The keys over the limit and the excluded ones, most frequent first (administrators).
    pub async fn noisy_keys(&self, by: Authority<'_>) -> Result<Vec<KeyCount>> {
        by.check()?;
        let limit = self.noisy_limit().await?;
        self.store().noisy_keys(limit).await
    }

    /// Excludes a key from correlation (or lets it link again).
    pub async fn exclude_key(&self, by: Authority<'_>, key: &str, excluded: bool) -> Result<()> {
        by.check()?;
        if !key.contains(':') {
            return Err(Error::invalid(
                "a key is written kind:value, as `liaison correlation noisy` lists them",
            ));
        }
        let actor = AuditActor::authority(&by);
        self.store()
            .set_key_excluded(key, excluded, self.now(), &actor.name)
            .await?;
        self.record(
            actor,
            if excluded {
                "correlation.exclude"
            } else {
                "correlation.include"
            },
            key,
            json!({}),
        )
        .await
    }
}
