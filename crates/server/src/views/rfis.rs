//! Requests for information and their answers.

use domain::Actor;
use domain::rfis::{Rfi, RfiView};
use serde::Serialize;
use utoipa::ToSchema;

use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct RfiSummary {
    pub id: i64,
    /// The asking member.
    pub from: String,
    pub question: String,
    /// low, normal, high or urgent.
    pub priority: &'static str,
    pub created: String,
    pub deadline: String,
    /// open, answered, closed or expired.
    pub status: &'static str,
    pub closed: Option<String>,
    /// The members asked.
    pub to: Vec<String>,
    /// STIX ids of the intelligence it is about, as far as the reader may see them.
    pub links: Vec<String>,
    /// The reader may answer it now (the rule `answer` enforces).
    pub can_answer: bool,
    /// The reader may close it now (the rule `close_rfi` enforces).
    pub can_close: bool,
}

impl RfiSummary {
    pub fn of(r: &Rfi, names: &Names, reader: &Actor) -> Self {
        Self {
            id: r.id,
            from: names.of(&r.asker),
            question: r.question.clone(),
            priority: r.priority.as_str(),
            created: at(r.created_at),
            deadline: at(r.deadline),
            status: r.status.as_str(),
            closed: r.closed_at.map(at),
            to: r.recipients.iter().map(|m| names.of(m)).collect(),
            links: r.links.clone(),
            can_answer: r.answerable_by(reader),
            can_close: r.closable_by(reader),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RfisView {
    pub rfis: Vec<RfiSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AnswerView {
    pub id: i64,
    pub from: String,
    pub text: String,
    /// STIX ids given with it, as far as the reader may see them.
    pub objects: Vec<String>,
    pub at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseTime {
    pub member: String,
    /// From the question to the member's first answer.
    pub seconds: i64,
}

/// One RFI as the reader may see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct RfiDetail {
    #[serde(flatten)]
    pub rfi: RfiSummary,
    pub answers: Vec<AnswerView>,
    /// Linked and answered objects the reader may not see: counted, not shown.
    pub withheld: usize,
    /// Recipients that have not answered, past the deadline.
    pub overdue: Vec<String>,
    pub response_seconds: Vec<ResponseTime>,
    /// For a recipient: its own objects in its answers that the asking member cannot read
    /// (it may release them); empty for anyone else.
    pub unseen_by_asker: Vec<String>,
}

impl RfiDetail {
    pub fn of(v: &RfiView, names: &Names, reader: &Actor) -> Self {
        Self {
            rfi: RfiSummary::of(&v.rfi, names, reader),
            answers: v
                .answers
                .iter()
                .map(|a| AnswerView {
                    id: a.id,
                    from: names.of(&a.member),
                    text: a.text.clone(),
                    objects: a.objects.clone(),
                    at: at(a.at),
                })
                .collect(),
            withheld: v.withheld,
            overdue: v.overdue.iter().map(|m| names.of(m)).collect(),
            response_seconds: v
                .response_times
                .iter()
                .map(|(m, t)| ResponseTime {
                    member: names.of(m),
                    seconds: t / 1_000_000,
                })
                .collect(),
            unseen_by_asker: v.unseen_by_asker.clone(),
        }
    }
}
