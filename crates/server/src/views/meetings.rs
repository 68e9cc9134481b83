//! Meetings, their agendas, decisions and action items.

use domain::meetings::{ActionItem, AgendaLink, Decision, Meeting, MeetingRecord, ShownItem};
use serde::Serialize;
use utoipa::ToSchema;

use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingSummary {
    pub id: i64,
    pub title: String,
    /// regular or extraordinary.
    pub kind: &'static str,
    pub starts: String,
    pub ends: String,
    /// The IANA zone its participants read its times in.
    pub time_zone: String,
    /// The start as its participants read it in its zone, e.g. `2026-12-01 10:00 CET`; none
    /// for a meeting held in UTC.
    pub local_start: Option<String>,
    pub venue: String,
    pub convened_by: Option<String>,
}

impl MeetingSummary {
    pub fn of(m: &Meeting, names: &Names) -> Self {
        Self {
            id: m.id,
            title: m.title.clone(),
            kind: m.kind.as_str(),
            starts: at(m.starts_at),
            ends: at(m.ends_at),
            time_zone: m.time_zone.clone(),
            local_start: (m.time_zone != "UTC")
                .then(|| domain::meetings::local_time(m.starts_at, &m.time_zone))
                .flatten(),
            venue: m.venue.clone(),
            convened_by: names.get(&m.convened_by),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingsView {
    pub meetings: Vec<MeetingSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConvenedView {
    pub id: i64,
    pub title: String,
}

/// An agenda item as the reader sees it: a link to intelligence it may not see is withheld.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaItemView {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub notes: String,
    /// `{"kind": "object", "ref": "<STIX id>"}`, `{"kind": "application", "ref": 3}`,
    /// `{"kind": "vote", "ref": 4}`, `{"kind": "rfi", "ref": 2}`, `{"kind": "report", "ref":
    /// 1}`, `{"kind": "joint", "ref": 5}` or `{"kind": "statistics"}`.
    #[schema(value_type = Option<Object>)]
    pub link: Option<AgendaLink>,
    /// The linked object's name or type, when the reader may see it (a joint operation's
    /// title, for its participants).
    pub linked: Option<String>,
    pub withheld: bool,
    /// How a linked joint operation stands, for every reader.
    pub joint: Option<crate::views::joint::JointOverviewEntry>,
}

impl AgendaItemView {
    pub fn of(s: &ShownItem) -> Self {
        Self {
            id: s.item.id,
            position: s.item.position,
            title: s.item.title.clone(),
            notes: s.item.notes.clone(),
            link: s.item.link.clone(),
            linked: s.linked.clone(),
            withheld: s.withheld,
            joint: s
                .joint
                .as_ref()
                .map(crate::views::joint::JointOverviewEntry::of),
        }
    }
}

impl AgendaItemView {
    /// Where the item's link leads in the web app, if anywhere.
    pub fn href(&self) -> Option<String> {
        match &self.link {
            Some(AgendaLink::Object(o)) if !self.withheld => Some(format!("/objects/{o}")),
            Some(AgendaLink::Rfi(n)) if !self.withheld => Some(format!("/rfis/{n}")),
            Some(AgendaLink::Report(n)) => Some(format!("/statistics/reports/{n}")),
            Some(AgendaLink::Statistics) => Some("/statistics".into()),
            Some(AgendaLink::Vote(n)) => Some(format!("/governance#vote-{n}")),
            // Only a participant, who is told the title, may open it.
            Some(AgendaLink::Joint(n)) if self.linked.is_some() => {
                Some(format!("/joint-operations/{n}"))
            }
            _ => None,
        }
    }

    /// What the link is called: the object's name when the reader may see it.
    pub fn label(&self) -> Option<String> {
        self.linked
            .clone()
            .or_else(|| self.href().map(|_| "linked".into()))
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaAdded {
    pub id: i64,
    pub position: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttendanceView {
    pub member: Option<String>,
    pub present: bool,
    /// The people who attended for the member.
    pub delegates: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionView {
    pub id: i64,
    pub text: String,
    pub agenda_item: Option<i64>,
    /// The vote that decides it, if it was put to one.
    pub vote: Option<i64>,
    /// adopted or rejected; none while its vote is open.
    pub outcome: Option<&'static str>,
}

impl DecisionView {
    pub fn of(d: &Decision) -> Self {
        Self {
            id: d.id,
            text: d.text.clone(),
            agenda_item: d.agenda_item,
            vote: d.ballot,
            outcome: d.outcome.map(|o| o.as_str()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionView {
    pub id: i64,
    pub meeting: i64,
    pub decision: Option<i64>,
    pub title: String,
    pub assignee: Option<String>,
    pub due: String,
    /// open, done or cancelled.
    pub status: &'static str,
    /// Still open after its due date.
    pub overdue: bool,
}

impl ActionView {
    pub fn of(a: &ActionItem, names: &Names, now: i64) -> Self {
        Self {
            id: a.id,
            meeting: a.meeting,
            decision: a.decision,
            title: a.title.clone(),
            assignee: names.get(&a.assignee),
            due: at(a.due_at),
            status: a.status.as_str(),
            overdue: a.overdue(now),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionsView {
    pub actions: Vec<ActionView>,
}

/// A meeting with what was recorded at it, as the reader may see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingView {
    #[serde(flatten)]
    pub meeting: MeetingSummary,
    pub agenda: Vec<AgendaItemView>,
    pub attendance: Vec<AttendanceView>,
    /// Markdown.
    pub minutes: String,
    pub decisions: Vec<DecisionView>,
    pub actions: Vec<ActionView>,
}

impl MeetingView {
    pub fn of(r: &MeetingRecord, agenda: &[ShownItem], names: &Names, now: i64) -> Self {
        Self {
            meeting: MeetingSummary::of(&r.meeting, names),
            agenda: agenda.iter().map(AgendaItemView::of).collect(),
            attendance: r
                .attendance
                .iter()
                .map(|a| AttendanceView {
                    member: names.get(&a.member),
                    present: a.present,
                    delegates: a.delegates.clone(),
                })
                .collect(),
            minutes: r.meeting.minutes.clone(),
            decisions: r.decisions.iter().map(DecisionView::of).collect(),
            actions: r
                .actions
                .iter()
                .map(|a| ActionView::of(a, names, now))
                .collect(),
        }
    }
}
