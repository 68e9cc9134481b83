//! The records of meetings: what the store keeps and the use-cases pass around.

use crate::MemberId;
use crate::votes::{Abstention, Outcome, VotingRule};
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    Regular,
    Extraordinary,
}

impl MeetingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Regular => "regular",
            Self::Extraordinary => "extraordinary",
        }
    }
    /// Every value, in order.
    pub const ALL: [Self; 2] = [Self::Regular, Self::Extraordinary];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub title: String,
    pub kind: MeetingKind,
    pub starts_at: i64,
    pub ends_at: i64,
    /// An IANA name such as `Europe/Brussels`, for people; times are kept in UTC.
    pub time_zone: String,
    pub venue: String,
    pub convened_by: MemberId,
    pub convened_at: i64,
    /// Markdown.
    pub minutes: String,
}

impl Meeting {
    /// Still to come or under way at `now`: what members may still put on its agenda.
    pub fn is_to_come(&self, now: i64) -> bool {
        self.ends_at > now
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    pub title: String,
    pub kind: MeetingKind,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub venue: String,
    pub convened_by: MemberId,
    pub convened_at: i64,
}

/// What an agenda item points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "ref", rename_all = "snake_case")]
pub enum AgendaLink {
    /// A STIX object: shown only to readers who may see it.
    Object(String),
    /// An application to join (its id).
    Application(i64),
    /// A vote (its id).
    Vote(i64),
    /// A request for information (its id): shown only to its asker and recipients.
    Rfi(i64),
    /// The statistics from the founding date to the meeting.
    Statistics,
    /// A published statistics report (its id): every member may read it.
    Report(i64),
    /// A joint operation (its id), proposed by its lead or put by the presidency: named to its
    /// participants; every other member sees only that it exists and how it stands.
    Joint(i64),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: i64,
    pub meeting: i64,
    pub position: i64,
    pub title: String,
    pub notes: String,
    pub link: Option<AgendaLink>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    pub member: MemberId,
    /// The people who attended for the member.
    pub delegates: String,
    pub present: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: i64,
    pub meeting: i64,
    pub agenda_item: Option<i64>,
    pub text: String,
    /// The vote that decides it; `None` for a decision taken without a vote.
    pub ballot: Option<i64>,
    pub recorded_at: i64,
    /// Adopted at once without a vote; with a vote, once it closes.
    pub outcome: Option<Outcome>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    Done,
    Cancelled,
}

impl ActionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
        }
    }
    /// Every value, in order.
    pub const ALL: [Self; 3] = [Self::Open, Self::Done, Self::Cancelled];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: i64,
    pub meeting: i64,
    pub decision: Option<i64>,
    pub title: String,
    pub assignee: MemberId,
    pub due_at: i64,
    pub status: ActionStatus,
    pub closed_at: Option<i64>,
}

impl ActionItem {
    /// Still open after its due date.
    pub fn overdue(&self, now: i64) -> bool {
        self.status == ActionStatus::Open && now > self.due_at
    }

    /// Whether `actor` may close it as the assignee: a user of the assigned member while that
    /// member is active. The presidency and the secretariat may close any.
    pub fn closable_by_assignee(&self, actor: &crate::Actor) -> bool {
        actor.member.id == self.assignee && actor.reader().active
    }

    /// Whether `actor` may close it now: it is open, and the actor is the assignee's or keeps
    /// meetings (`keeps_meetings`, [`crate::Center::keeps_meetings`]). The rule
    /// [`crate::Center::close_action`] enforces; pages ask it to offer the buttons.
    pub fn closable_by(&self, actor: &crate::Actor, keeps_meetings: bool) -> bool {
        self.status == ActionStatus::Open && (keeps_meetings || self.closable_by_assignee(actor))
    }
}

/// A meeting with everything recorded at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRecord {
    pub meeting: Meeting,
    pub agenda: Vec<AgendaItem>,
    pub attendance: Vec<Attendance>,
    pub decisions: Vec<Decision>,
    pub actions: Vec<ActionItem>,
}

/// An agenda item as one reader sees it: a link to intelligence it may not see is withheld.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownItem {
    pub item: AgendaItem,
    /// The linked object's name or type, when the reader may see it.
    pub linked: Option<String>,
    pub withheld: bool,
    /// How a linked joint operation stands, for every reader (its title only in `linked`, for
    /// its participants).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint: Option<crate::joint::model::JointSummary>,
}

/// The default rule for decisions taken by vote: a simple majority of the votes cast, with
/// half of the members taking part.
pub const DECISION_RULE: VotingRule = VotingRule::QualifiedMajority {
    threshold_percent: 51,
    quorum_percent: 50,
    abstention: Abstention::Neutral,
};

/// Whether the IANA time zone database (bundled, so every node agrees) knows this zone.
pub(super) fn is_zone_name(z: &str) -> bool {
    jiff::tz::db().get(z).is_ok()
}

/// A meeting's time as its participants read it in the meeting's zone, such as
/// `2026-12-01 10:00 CET`; `None` if the zone or the time cannot be shown.
pub fn local_time(at: i64, zone: &str) -> Option<String> {
    let tz = jiff::tz::db().get(zone).ok()?;
    let t = jiff::Timestamp::from_microsecond(at).ok()?;
    Some(
        t.to_zoned_datetime(tz)
            .strftime("%Y-%m-%d %H:%M %Z")
            .to_string(),
    )
}
