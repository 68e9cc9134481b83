//! Joint operations as a participant reads them, and as the presidency sees them.

use domain::joint::model::{JointEntry, JointOperation};
use domain::joint::{JointSummary, JointTask, JointView};
use serde::Serialize;
use utoipa::ToSchema;

use super::objects::OutcomeEntry;
use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct ParticipantView {
    pub member: String,
    /// invited, accepted or declined.
    pub state: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JointSummaryView {
    pub id: i64,
    pub title: String,
    pub lead: String,
    /// active or concluded.
    pub status: &'static str,
    pub created: String,
    pub participants: Vec<ParticipantView>,
}

impl JointSummaryView {
    pub fn of(j: &JointOperation, names: &Names) -> Self {
        Self {
            id: j.id,
            title: j.title.clone(),
            lead: names.of(&j.lead),
            status: j.status.as_str(),
            created: at(j.created_at),
            participants: j
                .participants
                .iter()
                .map(|(m, p)| ParticipantView {
                    member: names.of(m),
                    state: p.as_str(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JointListView {
    pub joint_operations: Vec<JointSummaryView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JointTaskView {
    pub id: i64,
    pub member: String,
    pub title: String,
    pub due: String,
    /// open, done or cancelled.
    pub status: &'static str,
}

impl JointTaskView {
    pub fn of(t: &JointTask, names: &Names) -> Self {
        Self {
            id: t.id,
            member: names.of(&t.member),
            title: t.title.clone(),
            due: at(t.due_at),
            status: t.status.as_str(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JointEntryView {
    pub id: i64,
    pub member: String,
    pub at: String,
    pub text: String,
}

impl JointEntryView {
    pub fn of(e: &JointEntry, names: &Names) -> Self {
        Self {
            id: e.id,
            member: names.of(&e.member),
            at: at(e.at),
            text: e.text.clone(),
        }
    }
}

/// A joint operation as one participant reads it: intelligence and outcomes only as far as
/// they are released to it.
#[derive(Debug, Serialize, ToSchema)]
pub struct JointDetailView {
    #[serde(flatten)]
    pub summary: JointSummaryView,
    pub objectives: String,
    pub concluded: Option<String>,
    /// STIX ids of the groups and intelligence concerned that the reader may see.
    pub links: Vec<String>,
    /// Linked objects not released to the reader, counted.
    pub withheld_links: usize,
    pub tasks: Vec<JointTaskView>,
    pub timeline: Vec<JointEntryView>,
    pub outcomes: Vec<OutcomeEntry>,
}

impl JointDetailView {
    pub fn of(v: &JointView, names: &Names) -> Self {
        Self {
            summary: JointSummaryView::of(&v.joint, names),
            objectives: v.joint.objectives.clone(),
            concluded: v.joint.concluded_at.map(at),
            links: v.links.clone(),
            withheld_links: v.withheld_links,
            tasks: v
                .tasks
                .iter()
                .map(|t| JointTaskView::of(t, names))
                .collect(),
            timeline: v
                .timeline
                .iter()
                .map(|e| JointEntryView::of(e, names))
                .collect(),
            outcomes: v
                .outcomes
                .iter()
                .map(|o| OutcomeEntry::of(o, names))
                .collect(),
        }
    }
}

/// What the presidency sees of a joint operation: that it exists and how it stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct JointOverviewEntry {
    pub id: i64,
    /// active or concluded.
    pub status: &'static str,
    pub created: String,
    pub concluded: Option<String>,
    /// Members taking part, the lead among them.
    pub participants: usize,
    pub outcomes: usize,
}

impl JointOverviewEntry {
    pub fn of(s: &JointSummary) -> Self {
        Self {
            id: s.id,
            status: s.status.as_str(),
            created: at(s.created_at),
            concluded: s.concluded_at.map(at),
            participants: s.participants,
            outcomes: s.outcomes,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JointOverviewView {
    pub joint_operations: Vec<JointOverviewEntry>,
}
