//! How the node stands, for the operators who watch it (`/readyz`, `/metrics`): whether the
//! store answers, and the state of the work the node does in the background. Counts only:
//! nothing here names a member, a feed or a webhook.

use crate::service::Center;
use crate::{Error, Result};

/// The background work as it stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Health {
    pub webhooks: u64,
    /// Webhooks whose last delivery failed.
    pub webhooks_failing: u64,
    pub feeds: u64,
    /// Feeds whose last pull failed.
    pub feeds_failing: u64,
    /// Feeds whose next pull is more than five minutes late (no node is pulling them).
    pub feeds_overdue: u64,
    /// Objects every feed has taken and refused since it was registered or reset.
    pub feed_taken: i64,
    pub feed_refused: i64,
    /// When the last audit checkpoint was signed.
    pub last_checkpoint_at: Option<i64>,
}

/// How late a feed's pull may be before it counts as overdue.
const OVERDUE_MICROS: i64 = 5 * 60 * 1_000_000;

impl Center {
    /// Whether the node can serve: the store answers and holds the center (its migrations
    /// ran when it was opened).
    pub async fn ready(&self) -> Result<()> {
        match self.store().center().await? {
            Some(_) => Ok(()),
            None => Err(Error::store("the store holds no center")),
        }
    }

    pub async fn health(&self) -> Result<Health> {
        let store = self.store();
        let now = self.now();
        let mut h = Health::default();
        for w in store.webhooks(None).await? {
            h.webhooks += 1;
            h.webhooks_failing += u64::from(w.failures > 0);
        }
        for f in store.feeds().await? {
            h.feeds += 1;
            h.feeds_failing += u64::from(f.state.failures > 0);
            h.feeds_overdue += u64::from(f.state.next_pull_at + OVERDUE_MICROS < now);
            h.feed_taken += f.state.taken;
            h.feed_refused += f.state.refused;
        }
        h.last_checkpoint_at = store.last_checkpoint_at().await?;
        Ok(h)
    }
}
