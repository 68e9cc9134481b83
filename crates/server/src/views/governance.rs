//! Members, the presidency, votes and applications.

use domain::governance::{Application, Ballot, PresidencyPolicy, Term, Transition};
use domain::votes::VotingRule;
use domain::{Actor, Member};
use serde::Serialize;
use utoipa::ToSchema;

use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberView {
    pub name: String,
    pub display_name: String,
    /// The STIX identity that stands for the member.
    pub identity: String,
    /// applicant, member, observer, suspended, withdrawn or refused.
    pub status: &'static str,
    pub founding: bool,
    pub accession: Option<String>,
    pub secretariat: bool,
    /// The language its people read the web pages in unless they choose another (`fa`).
    pub language: Option<&'static str>,
}

impl MemberView {
    pub fn of(m: &Member) -> Self {
        Self {
            name: m.name.clone(),
            display_name: m.display_name.clone(),
            identity: m.identity_id.clone(),
            status: m.status.as_str(),
            founding: m.founding,
            accession: m.accession_at.map(at),
            secretariat: m.is_secretariat,
            language: m.language.map(|l| l.tag()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MembersView {
    pub members: Vec<MemberView>,
}

/// One change of a member's status.
#[derive(Debug, Serialize, ToSchema)]
pub struct TransitionView {
    pub at: String,
    pub from: Option<&'static str>,
    pub to: &'static str,
    pub reason: String,
    /// The decision that made it, e.g. `vote 3` or `founding`.
    pub decision: Option<String>,
    pub actor: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HistoryView {
    pub history: Vec<TransitionView>,
}

impl HistoryView {
    pub fn of(list: &[Transition]) -> Self {
        Self {
            history: list
                .iter()
                .map(|t| TransitionView {
                    at: at(t.at),
                    from: t.from.map(|s| s.as_str()),
                    to: t.to.as_str(),
                    reason: t.reason.clone(),
                    decision: t.decision.clone(),
                    actor: t.actor.clone(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TermView {
    pub member: Option<String>,
    pub starts: String,
    pub ends: String,
    /// founding, rotation or decision.
    pub basis: String,
    pub note: String,
}

impl TermView {
    pub fn of(t: &Term, names: &Names) -> Self {
        Self {
            member: names.get(&t.member),
            starts: at(t.starts_at),
            ends: at(t.ends_at),
            basis: t.basis.clone(),
            note: t.note.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PresidencyView {
    pub current: Option<TermView>,
    /// `{"mode": "rotation", "order": [member ids], "term_months": 6}` or
    /// `{"mode": "decision", "term_months": 6}`.
    #[schema(value_type = Object)]
    pub policy: PresidencyPolicy,
    pub terms: Vec<TermView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BallotVoteView {
    pub member: String,
    /// yes, no or abstain.
    pub choice: &'static str,
    pub at: String,
}

/// A vote on an admission or a decision, as one reader sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct BallotView {
    pub id: i64,
    /// `admission:<application id>` or `decision:<id>`.
    pub subject: String,
    pub title: String,
    #[schema(value_type = Object)]
    pub rule: VotingRule,
    pub eligible: Vec<String>,
    pub opened: String,
    pub deadline: String,
    pub closed: Option<String>,
    /// adopted or rejected, once closed.
    pub outcome: Option<&'static str>,
    pub votes: Vec<BallotVoteView>,
    /// The applicant's display name, when the vote is on an admission (pages title it in the
    /// reader's words).
    pub applicant: Option<String>,
    /// The reader may cast or change its member's vote now.
    pub can_vote: bool,
    /// What the reader's member voted, if it did.
    pub your_vote: Option<&'static str>,
}

impl BallotView {
    pub fn of(b: &Ballot, names: &Names, reader: &Actor, now: i64) -> Self {
        Self {
            id: b.id,
            subject: b.subject.clone(),
            title: b.title.clone(),
            applicant: domain::governance::admission_vote_of(&b.subject, &b.title)
                .map(str::to_string),
            rule: b.rule,
            eligible: b.eligible.iter().map(|m| names.of(m)).collect(),
            opened: at(b.opened_at),
            deadline: at(b.deadline),
            closed: b.closed_at.map(at),
            outcome: b.outcome.map(|o| o.as_str()),
            votes: b
                .votes
                .iter()
                .map(|v| BallotVoteView {
                    member: names.of(&v.member),
                    choice: v.choice.as_str(),
                    at: at(v.at),
                })
                .collect(),
            can_vote: b.votable_by(reader, now).is_ok(),
            your_vote: b.choice_of(reader.member.id).map(|c| c.as_str()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BallotsView {
    pub votes: Vec<BallotView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationView {
    pub id: i64,
    pub organisation: Option<String>,
    pub description: String,
    pub contact: String,
    pub sponsor: Option<String>,
    pub applied: String,
    /// The vote on it.
    pub vote: i64,
}

impl ApplicationView {
    pub fn of(a: &Application, names: &Names) -> Self {
        Self {
            id: a.id,
            organisation: names.get(&a.member),
            description: a.description.clone(),
            contact: a.contact.clone(),
            sponsor: a.sponsor.and_then(|s| names.get(&s)),
            applied: at(a.applied_at),
            vote: a.ballot,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationsView {
    pub applications: Vec<ApplicationView>,
}

/// An application just recorded: the applicant and the vote opened on it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AppliedView {
    pub application: i64,
    pub member: MemberView,
    pub vote: BallotView,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RedeemedView {
    pub username: String,
}
