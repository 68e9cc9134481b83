//! The records of governance: transitions, votes, applications, presidency terms.

use serde::{Deserialize, Serialize};

use crate::votes::{Choice, Outcome, VotingRule};
use crate::{Actor, Error, MemberId, MemberStatus, Result, Role, UserId};

/// One change of a member's status, with why and on what decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transition {
    pub id: i64,
    pub member: MemberId,
    /// `None` for the first record of a member.
    pub from: Option<MemberStatus>,
    pub to: MemberStatus,
    pub at: i64,
    pub reason: String,
    /// The decision that made it, e.g. `vote 3` or `founding`.
    pub decision: Option<String>,
    pub actor: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTransition {
    pub from: Option<MemberStatus>,
    pub to: MemberStatus,
    pub at: i64,
    pub reason: String,
    pub decision: Option<String>,
    pub actor: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub member: MemberId,
    pub choice: Choice,
    pub user: UserId,
    pub at: i64,
}

/// A vote on an admission or a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    pub id: i64,
    /// `admission:<application id>` or `decision:<...>`.
    pub subject: String,
    pub title: String,
    pub rule: VotingRule,
    /// The members that may vote, fixed when the vote opened.
    pub eligible: Vec<MemberId>,
    pub opened_at: i64,
    pub deadline: i64,
    pub closed_at: Option<i64>,
    pub outcome: Option<Outcome>,
    pub votes: Vec<Vote>,
}

impl Ballot {
    /// Whether `actor` may cast or change its member's vote at `now`: a delegate of a full
    /// member that was eligible when the vote opened, while the vote is open.
    /// [`crate::Center::vote`] enforces this; views ask it to offer the choice.
    pub fn votable_by(&self, actor: &Actor, now: i64) -> Result<()> {
        Self::voter(actor)?;
        if !self.eligible.contains(&actor.member.id) {
            return Err(Error::Forbidden(
                "your member was not among the members eligible when this vote opened".into(),
            ));
        }
        if self.closed_at.is_some() || now >= self.deadline {
            return Err(Error::Conflict("this vote is closed".into()));
        }
        Ok(())
    }

    /// Whether `actor` may vote at all, whichever the vote: a delegate of a full member. Asked
    /// before the vote is read, so that a caller who may not vote learns nothing of which votes
    /// exist.
    pub fn voter(actor: &Actor) -> Result<()> {
        if !actor.has_role(Role::Delegate) {
            return Err(Error::Forbidden(
                "votes are cast by a member's delegate".into(),
            ));
        }
        if actor.member.status != MemberStatus::Member {
            return Err(Error::Forbidden(format!(
                "your member is {} and cannot vote",
                actor.member.status.as_str()
            )));
        }
        Ok(())
    }

    /// The choice `member` made, if it voted.
    pub fn choice_of(&self, member: MemberId) -> Option<Choice> {
        self.votes
            .iter()
            .find(|v| v.member == member)
            .map(|v| v.choice)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBallot {
    pub subject: String,
    pub title: String,
    pub rule: VotingRule,
    pub eligible: Vec<MemberId>,
    pub opened_at: i64,
    pub deadline: i64,
}

/// An organisation's application to join; the organisation is a member in state `applicant`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub id: i64,
    pub member: MemberId,
    pub description: String,
    pub contact: String,
    pub sponsor: Option<MemberId>,
    pub applied_at: i64,
    pub ballot: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApplication {
    pub member: MemberId,
    pub description: String,
    pub contact: String,
    pub sponsor: Option<MemberId>,
    pub applied_at: i64,
    pub ballot: i64,
}

/// A term of the presidency. Terms follow each other without gap or overlap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub id: i64,
    pub member: MemberId,
    pub starts_at: i64,
    pub ends_at: i64,
    /// `founding`, `rotation` or `decision`.
    pub basis: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTerm {
    pub member: MemberId,
    pub starts_at: i64,
    pub ends_at: i64,
    pub basis: String,
    pub note: String,
}

/// How the presidency passes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum PresidencyPolicy {
    /// A fixed order of members, each for `term_months` (six, like the EU Council).
    Rotation {
        order: Vec<MemberId>,
        term_months: u32,
    },
    /// Each term is appointed by a decision; the last one runs on until the next appointment.
    Decision { term_months: u32 },
}

impl Default for PresidencyPolicy {
    fn default() -> Self {
        PresidencyPolicy::Rotation {
            order: vec![],
            term_months: 6,
        }
    }
}
