//! The records of exchange: what the store keeps and the use-cases pass around.

use crate::{Actor, Error, MemberId, Result, UserId};
use serde::{Deserialize, Serialize};
/// How many hit/no-hit questions one member may ask in an hour, unless the center sets another.
pub const DEFAULT_HITS_PER_HOUR: u32 = 60;
pub(super) const HOUR_MICROS: i64 = 3_600 * 1_000_000;
pub(super) const DAY_MICROS: i64 = 24 * HOUR_MICROS;

/// What the store counts for one question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HitCounts {
    /// Matching objects the asker sees already.
    pub visible: u64,
    /// Members holding matching objects the asker cannot see, with how many each.
    pub hidden: Vec<(MemberId, u64)>,
}

/// The answer to a hit/no-hit question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HitAnswer {
    pub value: String,
    /// Matching objects the asker may already read.
    pub visible: u64,
    pub hits: Vec<Hit>,
}

/// Whom a kept question told: the holders (by short name) notified of it.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct Told {
    #[serde(default)]
    pub told: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    /// The member's short name.
    pub member: String,
    pub items: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHitQuery {
    pub at: i64,
    pub member: MemberId,
    pub user: UserId,
    pub value: String,
    /// The answer given, as JSON.
    pub result: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Pending,
    Approved,
    Refused,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Refused => "refused",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Pending, Self::Approved, Self::Refused]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

/// What a release request asks for: one object, or what the originator holds on a value
/// (after a hit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReleaseRequest {
    pub created_at: i64,
    pub requester_member: MemberId,
    pub requester_user: UserId,
    pub originator: MemberId,
    pub target: MemberId,
    pub object_id: Option<String>,
    pub value: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseRequest {
    pub id: i64,
    pub created_at: i64,
    pub requester_member: MemberId,
    pub requester_user: UserId,
    pub originator: MemberId,
    pub target: MemberId,
    pub object_id: Option<String>,
    pub value: Option<String>,
    pub reason: String,
    pub status: RequestStatus,
    pub decided_at: Option<i64>,
    pub decided_by: Option<UserId>,
    pub answer: Option<String>,
    /// How many objects the approval released.
    pub released: Option<u64>,
}

impl ReleaseRequest {
    /// The originator released it unasked (its liaison officer's own release, filed as a
    /// request it made and approved): not a request another member made.
    pub fn unasked(&self) -> bool {
        self.requester_member == self.originator
    }

    /// Whether `actor` may approve or refuse it now: a liaison officer of the active
    /// originating member, while it is pending. [`crate::Center::decide_release`] enforces this;
    /// views ask it to offer the buttons.
    pub fn decidable_by(&self, actor: &Actor) -> Result<()> {
        active(actor)?;
        if self.originator != actor.member.id || !actor.has_role(crate::Role::LiaisonOfficer) {
            return Err(Error::Forbidden(
                "release requests are decided by a liaison officer of the originating member"
                    .into(),
            ));
        }
        if self.status != RequestStatus::Pending {
            return Err(Error::Conflict(format!(
                "this request was {} already",
                self.status.as_str()
            )));
        }
        Ok(())
    }
}

/// An originator's answer, applied in one transaction with the release it grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseDecision {
    pub request: i64,
    pub status: RequestStatus,
    pub at: i64,
    pub by: UserId,
    pub answer: Option<String>,
    /// For an approval: the originator's AMBER and AMBER+STRICT objects (by id) whose every
    /// version is released to `target` as well.
    pub release: Vec<String>,
    pub originator: MemberId,
    pub target: MemberId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNotification {
    pub member: MemberId,
    pub at: i64,
    pub kind: String,
    pub payload: String,
}

/// Something a member is told. Readable only by that member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub member: MemberId,
    pub at: i64,
    /// `hit`, `release_request`, `release_decision`, `release`.
    pub kind: String,
    pub payload: serde_json::Value,
}

pub(super) fn active(actor: &Actor) -> Result<()> {
    if actor.reader().active {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "your member is suspended or withdrawn; ask the center's secretariat".into(),
        ))
    }
}
