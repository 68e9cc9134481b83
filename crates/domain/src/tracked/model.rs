//! The records of tracked: what the store keeps and the use-cases pass around.

use crate::MemberId;
use serde::{Deserialize, Serialize};
/// Object types whose status a center follows.
pub const TRACKED_TYPES: [&str; 3] = ["threat-actor", "intrusion-set", "campaign"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupState {
    Active,
    Dormant,
    Disrupted,
    Dismantled,
}

impl GroupState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Dormant => "dormant",
            Self::Disrupted => "disrupted",
            Self::Dismantled => "dismantled",
        }
    }
    /// Every value, in order.
    pub const ALL: [Self; 4] = [
        Self::Active,
        Self::Dormant,
        Self::Disrupted,
        Self::Dismantled,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupStatus {
    pub id: i64,
    pub stix_id: String,
    pub state: GroupState,
    pub at: i64,
    pub member: MemberId,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewGroupStatus {
    pub stix_id: String,
    pub state: GroupState,
    pub at: i64,
    pub member: MemberId,
    pub note: String,
}

/// What a piece of intelligence led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    GroupDisrupted,
    GroupDismantled,
    Arrest,
    AttackPrevented,
    PositionConfirmed,
    FalsePositive,
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 6] = [
        Self::GroupDisrupted,
        Self::GroupDismantled,
        Self::Arrest,
        Self::AttackPrevented,
        Self::PositionConfirmed,
        Self::FalsePositive,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::GroupDisrupted => "group_disrupted",
            Self::GroupDismantled => "group_dismantled",
            Self::Arrest => "arrest",
            Self::AttackPrevented => "attack_prevented",
            Self::PositionConfirmed => "position_confirmed",
            Self::FalsePositive => "false_positive",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// An outcome with the intelligence it links to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub id: i64,
    pub kind: OutcomeKind,
    pub description: String,
    pub occurred_at: i64,
    pub recorded_at: i64,
    pub member: MemberId,
    pub user: crate::UserId,
    /// STIX ids; shown to each reader only as far as it may see them.
    pub objects: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOutcome {
    pub kind: OutcomeKind,
    pub description: String,
    pub occurred_at: i64,
    pub recorded_at: i64,
    pub member: MemberId,
    pub user: crate::UserId,
    pub objects: Vec<String>,
}

/// An outcome as one reader sees it: the objects it may see and the members that contributed
/// them; the rest is counted, not shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeView {
    pub outcome: Outcome,
    pub contributors: Vec<MemberId>,
    pub withheld: usize,
}
