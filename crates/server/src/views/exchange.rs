//! Hit/no-hit, release requests, notifications, webhooks and sharing groups.

use domain::exchange::{HitAnswer, Notification, ReleaseRequest};
use domain::subscriptions::EventFilter;
use domain::webhooks::Webhook;
use domain::{Actor, SharingGroup};
use serde::Serialize;
use utoipa::ToSchema;

use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct HitView {
    /// The member's short name.
    pub member: String,
    /// How many matching items it holds that the caller cannot see.
    pub items: u64,
}

/// Which members hold intelligence on a value that the caller cannot see; never its content.
#[derive(Debug, Serialize, ToSchema)]
pub struct HitsView {
    pub value: String,
    /// Matching objects the caller may already read.
    pub visible: u64,
    pub hits: Vec<HitView>,
}

impl HitsView {
    pub fn of(a: HitAnswer) -> Self {
        Self {
            value: a.value,
            visible: a.visible,
            hits: a
                .hits
                .into_iter()
                .map(|h| HitView {
                    member: h.member,
                    items: h.items,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReleaseRequestView {
    pub id: i64,
    pub created: String,
    pub requester: String,
    pub originator: String,
    /// The member the release is for.
    pub target: String,
    pub object_id: Option<String>,
    pub value: Option<String>,
    pub reason: String,
    /// pending, approved or refused.
    pub status: &'static str,
    pub decided: Option<String>,
    pub answer: Option<String>,
    /// How many objects the approval released.
    pub released: Option<u64>,
    /// The reader may approve or refuse it now.
    pub can_decide: bool,
}

impl ReleaseRequestView {
    pub fn of(r: &ReleaseRequest, names: &Names, reader: &Actor) -> Self {
        Self {
            id: r.id,
            created: at(r.created_at),
            requester: names.of(&r.requester_member),
            originator: names.of(&r.originator),
            target: names.of(&r.target),
            object_id: r.object_id.clone(),
            value: r.value.clone(),
            reason: r.reason.clone(),
            status: r.status.as_str(),
            decided: r.decided_at.map(at),
            answer: r.answer.clone(),
            released: r.released,
            can_decide: r.decidable_by(reader).is_ok(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReleaseRequestsView {
    pub requests: Vec<ReleaseRequestView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationView {
    pub id: i64,
    pub at: String,
    /// hit, release_request, release_decision, release, rfi, rfi_answer, rfi_reminder, meeting,
    /// action_item, statistics or deconfliction.
    pub kind: String,
    /// What the notice is about; its fields depend on the kind.
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
}

impl NotificationView {
    pub fn of(n: &Notification) -> Self {
        Self {
            id: n.id,
            at: at(n.at),
            kind: n.kind.clone(),
            payload: n.payload.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationsView {
    pub notifications: Vec<NotificationView>,
}

/// A webhook of the caller's member and how delivery to it stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookView {
    pub id: i64,
    pub member: String,
    pub url: String,
    pub created: String,
    /// The last object delivered (its `date_added`, microseconds) and notification.
    pub cursor_objects: i64,
    pub cursor_notices: i64,
    /// The HTTP status or error of the last attempt.
    pub last_status: Option<String>,
    pub last_attempt: Option<String>,
    /// Failed attempts in a row; delivery backs off with them.
    pub failures: i64,
    /// What is delivered: `objects`, `types`, `originators`, `tlps`, `words`,
    /// `notifications`, `kinds`.
    #[schema(value_type = Object)]
    pub filter: EventFilter,
}

impl WebhookView {
    pub fn of(w: &Webhook, names: &Names) -> Self {
        Self {
            id: w.id,
            member: names.of(&w.member),
            url: w.url.clone(),
            created: at(w.created_at),
            cursor_objects: w.cursor_objects,
            cursor_notices: w.cursor_notices,
            last_status: w.last_status.clone(),
            last_attempt: w.last_attempt.map(at),
            failures: w.failures,
            filter: w.filter.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhooksView {
    pub webhooks: Vec<WebhookView>,
}

/// A webhook just registered, with the secret that signs its deliveries: shown this once.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewWebhookView {
    pub webhook: WebhookView,
    pub secret: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SharingGroupView {
    pub id: i64,
    pub name: String,
    pub description: Option<String>,
    /// Whether the members of the group may see who else is in it.
    pub members_visible: bool,
    /// Member names; empty where the group's members are not shown to the caller.
    pub members: Vec<String>,
    pub created: String,
}

impl SharingGroupView {
    pub fn of(g: &SharingGroup, names: &Names) -> Self {
        Self {
            id: g.id.0,
            name: g.name.clone(),
            description: g.description.clone(),
            members_visible: g.members_visible,
            members: g.members.iter().map(|m| names.of(m)).collect(),
            created: at(g.created_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SharingGroupsView {
    pub groups: Vec<SharingGroupView>,
}
