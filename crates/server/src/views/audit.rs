//! The audit log and its signed checkpoints.

use domain::audit::{AuditEntry, Checkpoint, hex};
use serde::Serialize;
use utoipa::ToSchema;

use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntryView {
    /// Its place in the chain.
    pub seq: i64,
    pub at: String,
    /// The user, or `system`.
    pub actor: String,
    /// The member the user acts for.
    pub actor_member: Option<String>,
    pub action: String,
    pub subject: String,
    /// What was done, as recorded (JSON where it was recorded as JSON).
    #[schema(value_type = Object)]
    pub detail: serde_json::Value,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditEntryView {
    pub fn of(e: &AuditEntry, names: &Names) -> Self {
        Self {
            seq: e.seq,
            at: at(e.at),
            actor: e.actor.name.clone(),
            actor_member: e.actor.member.and_then(|m| names.get(&m)),
            action: e.action.clone(),
            subject: e.subject.clone(),
            detail: serde_json::from_str(&e.detail)
                .unwrap_or_else(|_| serde_json::Value::String(e.detail.clone())),
            prev_hash: hex(&e.prev_hash),
            hash: hex(&e.hash),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditPageView {
    pub entries: Vec<AuditEntryView>,
    /// Pass as `after` for the next page; none on the last.
    pub next: Option<i64>,
}

/// The center's signature over the chain's hash at one entry, in the form `liaison audit
/// verify --checkpoints` reads back.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckpointView {
    pub seq: i64,
    /// Microseconds since 1970.
    pub at: i64,
    pub hash: String,
    pub signature: String,
    pub public_key: String,
}

impl CheckpointView {
    pub fn of(c: &Checkpoint) -> Self {
        Self {
            seq: c.seq,
            at: c.at,
            hash: hex(&c.hash),
            signature: hex(&c.signature),
            public_key: hex(&c.public_key),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckpointsView {
    /// The key that verifies every checkpoint.
    pub public_key: String,
    pub checkpoints: Vec<CheckpointView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckpointMade {
    /// None when the head was signed already.
    pub checkpoint: Option<CheckpointView>,
}
