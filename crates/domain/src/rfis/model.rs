//! The records of rfis: what the store keeps and the use-cases pass around.

use crate::{Actor, Error, MemberId, Result, Role, UserId};
use serde::{Deserialize, Serialize};
/// Reminders go to recipients that have not answered this long before the deadline.
pub const REMINDER_MICROS: i64 = 24 * 3_600 * 1_000_000;

/// Ordered from the least pressing to the most, as a list sorted by priority reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::Urgent => "urgent",
        }
    }
    /// Every value, in order.
    pub const ALL: [Self; 4] = [Self::Low, Self::Normal, Self::High, Self::Urgent];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RfiStatus {
    Open,
    Answered,
    Closed,
    Expired,
}

impl RfiStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Answered => "answered",
            Self::Closed => "closed",
            Self::Expired => "expired",
        }
    }
    /// Every value, in order.
    pub const ALL: [Self; 4] = [Self::Open, Self::Answered, Self::Closed, Self::Expired];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rfi {
    pub id: i64,
    pub asker: MemberId,
    pub asked_by: UserId,
    pub question: String,
    pub priority: Priority,
    pub created_at: i64,
    pub deadline: i64,
    pub status: RfiStatus,
    pub closed_at: Option<i64>,
    /// The members asked (every active member but the asker when it was sent to all).
    pub recipients: Vec<MemberId>,
    /// Intelligence the question refers to (STIX ids).
    pub links: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRfi {
    pub asker: MemberId,
    pub asked_by: UserId,
    pub question: String,
    pub priority: Priority,
    pub created_at: i64,
    pub deadline: i64,
    pub recipients: Vec<MemberId>,
    pub links: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub id: i64,
    pub rfi: i64,
    pub member: MemberId,
    pub user: UserId,
    pub text: String,
    pub at: i64,
    /// STIX ids given with the answer; shown to each reader only as far as it may see them.
    pub objects: Vec<String>,
}

/// An RFI as one reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RfiView {
    pub rfi: Rfi,
    pub answers: Vec<Answer>,
    /// Linked and answered objects the reader may not see are left out of `rfi.links` and
    /// the answers; this many were left out.
    pub withheld: usize,
    /// The recipients that have not answered, past the deadline.
    pub overdue: Vec<MemberId>,
    /// Microseconds from the question to each member's first answer.
    pub response_times: Vec<(MemberId, i64)>,
    /// The kind and name (if it has one) of each linked and answered object the reader may
    /// see, by id, so that pages name what they link to.
    #[serde(default)]
    pub titles: crate::model::Titles,
    /// For a recipient: objects of its own, given in its answers, that the asking member
    /// cannot read, so that it releases them (only its own: whether another member's objects
    /// reach the asker is that member's business).
    #[serde(default)]
    pub unseen_by_asker: Vec<String>,
}

impl Rfi {
    /// Whether `actor` may answer it now: a liaison officer of an active recipient member,
    /// while it is neither closed nor expired. [`crate::Center::answer`] enforces the same
    /// rule; pages ask this one to offer the form.
    pub fn answerable_by(&self, actor: &Actor) -> bool {
        liaison(actor).is_ok() && self.recipients.contains(&actor.member.id) && self.takes_answers()
    }

    /// Whether `actor` may close it now: a liaison officer of the member that asked, while it
    /// is open or answered ([`crate::Center::close_rfi`] enforces this; pages ask it to offer
    /// the button).
    pub fn closable_by(&self, actor: &Actor) -> bool {
        liaison(actor).is_ok()
            && self.asker == actor.member.id
            && matches!(self.status, RfiStatus::Open | RfiStatus::Answered)
    }

    /// Neither closed nor expired.
    pub fn takes_answers(&self) -> bool {
        !matches!(self.status, RfiStatus::Closed | RfiStatus::Expired)
    }
}

/// Whether the actor sends and answers RFIs for its member: pages offer the forms by it, and
/// [`liaison`] refuses by it.
pub fn sends_rfis(actor: &Actor) -> bool {
    liaison(actor).is_ok()
}

pub(super) fn liaison(actor: &Actor) -> Result<()> {
    if actor.reader().active && actor.has_role(Role::LiaisonOfficer) {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "requests for information are sent and answered by a member's liaison officer".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Member, MemberStatus, User};

    fn actor(member: i64, roles: Vec<Role>, status: MemberStatus) -> Actor {
        Actor {
            user: User {
                id: UserId(member * 10),
                member_id: MemberId(member),
                username: format!("u{member}"),
                display_name: String::new(),
                roles,
                password_hash: None,
                disabled: false,
                created_at: 0,
                must_change_password: false,
                second_factor: false,
                language: None,
                calendar: None,
                time_zone: None,
            },
            member: Member {
                id: MemberId(member),
                name: format!("m{member}"),
                display_name: String::new(),
                identity_id: String::new(),
                status,
                is_secretariat: false,
                created_at: 0,
                founding: false,
                accession_at: None,
                language: None,
            },
            groups: vec![],
        }
    }

    /// The page offers the answer form exactly when `Center::answer` would take the answer.
    #[test]
    fn only_an_active_recipient_s_liaison_officer_answers_an_open_rfi() {
        let mut rfi = Rfi {
            id: 1,
            asker: MemberId(1),
            asked_by: UserId(10),
            question: "?".into(),
            priority: Priority::Normal,
            created_at: 0,
            deadline: 10,
            status: RfiStatus::Answered,
            closed_at: None,
            recipients: vec![MemberId(2)],
            links: vec![],
        };
        let officer = actor(2, vec![Role::LiaisonOfficer], MemberStatus::Member);
        assert!(rfi.answerable_by(&officer));
        assert!(!rfi.answerable_by(&actor(2, vec![Role::Analyst], MemberStatus::Member)));
        assert!(!rfi.answerable_by(&actor(3, vec![Role::LiaisonOfficer], MemberStatus::Member)));
        assert!(!rfi.answerable_by(&actor(
            2,
            vec![Role::LiaisonOfficer],
            MemberStatus::Suspended
        )));
        rfi.status = RfiStatus::Expired;
        assert!(!rfi.answerable_by(&officer));
    }
}
