//! Joint operations: members that agree to act together against a group, with a lead member,
//! objectives, the intelligence concerned, tasks per member, a timeline and outcomes.

use serde::{Deserialize, Serialize};

use crate::{MemberId, UserId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JointStatus {
    Active,
    Concluded,
}

impl JointStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            JointStatus::Active => "active",
            JointStatus::Concluded => "concluded",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(JointStatus::Active),
            "concluded" => Some(JointStatus::Concluded),
            _ => None,
        }
    }
}

/// Where a member stands in a joint operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Participation {
    Invited,
    Accepted,
    Declined,
}

impl Participation {
    pub fn as_str(self) -> &'static str {
        match self {
            Participation::Invited => "invited",
            Participation::Accepted => "accepted",
            Participation::Declined => "declined",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "invited" => Some(Participation::Invited),
            "accepted" => Some(Participation::Accepted),
            "declined" => Some(Participation::Declined),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JointOperation {
    pub id: i64,
    pub lead: MemberId,
    pub title: String,
    pub objectives: String,
    pub status: JointStatus,
    pub created_at: i64,
    pub concluded_at: Option<i64>,
    /// Every member asked, with where it stands; the lead is accepted from the start.
    pub participants: Vec<(MemberId, Participation)>,
    /// STIX ids of the tracked groups and intelligence concerned; each reader sees only the
    /// ones released to it.
    pub links: Vec<String>,
    /// Outcomes recorded for it (ids of the center's outcomes, which statistics count).
    pub outcomes: Vec<i64>,
}

impl JointOperation {
    pub fn participation(&self, member: MemberId) -> Option<Participation> {
        self.participants
            .iter()
            .find(|(m, _)| *m == member)
            .map(|(_, p)| *p)
    }

    /// Invited and accepted members read it (an invited one, to decide); nobody else does.
    pub fn readable_by(&self, member: MemberId) -> bool {
        matches!(
            self.participation(member),
            Some(Participation::Invited | Participation::Accepted)
        )
    }

    /// Accepted members act in it: tasks, timeline, intelligence, outcomes.
    pub fn acting(&self, member: MemberId) -> bool {
        self.participation(member) == Some(Participation::Accepted)
    }

    pub fn accepted(&self) -> Vec<MemberId> {
        self.participants
            .iter()
            .filter(|(_, p)| *p == Participation::Accepted)
            .map(|(m, _)| *m)
            .collect()
    }
}

#[derive(Debug, Clone)]
pub struct NewJoint {
    pub lead: MemberId,
    pub title: String,
    pub objectives: String,
    pub created_at: i64,
    pub invited: Vec<MemberId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    Open,
    Done,
    Cancelled,
}

impl TaskStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::Open => "open",
            TaskStatus::Done => "done",
            TaskStatus::Cancelled => "cancelled",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "open" => Some(TaskStatus::Open),
            "done" => Some(TaskStatus::Done),
            "cancelled" => Some(TaskStatus::Cancelled),
            _ => None,
        }
    }
}

/// A task of one participating member, with a due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JointTask {
    pub id: i64,
    pub joint: i64,
    pub member: MemberId,
    pub title: String,
    pub due_at: i64,
    pub status: TaskStatus,
    pub created_at: i64,
}

#[derive(Debug, Clone)]
pub struct NewJointTask {
    pub joint: i64,
    pub member: MemberId,
    pub title: String,
    pub due_at: i64,
    pub created_at: i64,
}

/// A line of the joint operation's timeline: what happened, by whom, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JointEntry {
    pub id: i64,
    pub joint: i64,
    pub member: MemberId,
    pub user: UserId,
    pub at: i64,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct NewJointEntry {
    pub joint: i64,
    pub member: MemberId,
    pub user: UserId,
    pub at: i64,
    pub text: String,
}

/// What the presidency sees of a joint operation it takes no part in: that it exists and how
/// it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JointSummary {
    pub id: i64,
    pub status: JointStatus,
    pub created_at: i64,
    pub concluded_at: Option<i64>,
    /// Members that accepted, the lead among them.
    pub participants: usize,
    pub outcomes: usize,
}

impl JointSummary {
    pub fn of(j: &JointOperation) -> Self {
        Self {
            id: j.id,
            status: j.status,
            created_at: j.created_at,
            concluded_at: j.concluded_at,
            participants: j.accepted().len(),
            outcomes: j.outcomes.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invited_members_read_and_only_accepted_ones_act() {
        let j = JointOperation {
            id: 1,
            lead: MemberId(1),
            title: "t".into(),
            objectives: "o".into(),
            status: JointStatus::Active,
            created_at: 0,
            concluded_at: None,
            participants: vec![
                (MemberId(1), Participation::Accepted),
                (MemberId(2), Participation::Invited),
                (MemberId(3), Participation::Declined),
            ],
            links: vec![],
            outcomes: vec![],
        };
        assert!(j.readable_by(MemberId(1)) && j.acting(MemberId(1)));
        assert!(j.readable_by(MemberId(2)) && !j.acting(MemberId(2)));
        assert!(!j.readable_by(MemberId(3)) && !j.readable_by(MemberId(4)));
        assert_eq!(JointSummary::of(&j).participants, 1);
    }
}
