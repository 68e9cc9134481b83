//! What members hear of: the event stream, notifications and webhooks.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Query, State as St};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use axum::{Json, Router};
use domain::Actor;
use domain::service::{Authority, ObjectEvent};
use domain::subscriptions::{EventFilter, ObjectFilter};
use futures_util::Stream;
use tokio::sync::watch;

use super::{Body, list, names, tlps};
use crate::State;
use crate::auth::Authed;
use crate::error::Problem;
use crate::views::exchange::{
    NewWebhookView, NotificationView, NotificationsView, WebhookView, WebhooksView,
};
use crate::views::objects::ObjectEventView;

pub(super) fn routes() -> Router<State> {
    Router::new()
        .route("/api/v1/events", get(events))
        .route("/api/v1/notifications", get(notifications))
        .route("/api/v1/webhooks", get(list_webhooks).post(add_webhook))
        .route(
            "/api/v1/webhooks/{id}",
            axum::routing::delete(remove_webhook),
        )
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct WebhookBody {
    url: String,
    /// What to deliver: `objects` (bool), `types`, `originators` (member names), `tlps`
    /// (`clear`, `green`, `amber`, `amber_strict`, `red`), `words`, `notifications` (bool) and
    /// `kinds`. Left out: everything the member may see.
    #[schema(value_type = Option<Object>)]
    filter: Option<EventFilter>,
}

#[utoipa::path(post, path = "/api/v1/webhooks", tag = "notifications", request_body = WebhookBody, responses((status = 201, description = "The webhook and its signing secret, shown once", body = NewWebhookView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// A liaison officer registers a webhook for its member; the secret is shown once.
pub(super) async fn add_webhook(
    St(state): St<State>,
    Authed(actor): Authed,
    Body(b): Body<WebhookBody>,
) -> Result<(StatusCode, Json<NewWebhookView>), Problem> {
    let (w, secret) = state
        .center
        .add_webhook(
            Authority::Administrator(&actor),
            &actor.member.name,
            &b.url,
            b.filter.unwrap_or_default(),
        )
        .await?;
    let names = names(&state).await?;
    Ok((
        StatusCode::CREATED,
        Json(NewWebhookView {
            webhook: WebhookView::of(&w, &names),
            secret,
        }),
    ))
}

#[utoipa::path(get, path = "/api/v1/webhooks", tag = "notifications", responses((status = 200, description = "The member's webhooks and how delivery stands", body = WebhooksView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn list_webhooks(
    St(state): St<State>,
    Authed(actor): Authed,
) -> Result<Json<WebhooksView>, Problem> {
    let list = state
        .center
        .webhooks(Authority::Administrator(&actor), Some(&actor.member.name))
        .await?;
    let names = names(&state).await?;
    Ok(Json(WebhooksView {
        webhooks: list.iter().map(|w| WebhookView::of(w, &names)).collect(),
    }))
}

#[utoipa::path(delete, path = "/api/v1/webhooks/{id}", tag = "notifications", params(("id" = i64, Path, description = "The webhook")), responses((status = 204, description = "Removed"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
pub(super) async fn remove_webhook(
    St(state): St<State>,
    Authed(actor): Authed,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<StatusCode, Problem> {
    state
        .center
        .remove_webhook(Authority::Administrator(&actor), id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize)]
pub(super) struct NotificationParams {
    after: Option<i64>,
    limit: Option<usize>,
}

#[utoipa::path(get, path = "/api/v1/notifications", tag = "notifications", params(("after" = Option<i64>, Query, description = "After this notification id"), ("limit" = Option<usize>, Query, description = "At most this many")), responses((status = 200, description = "What the caller's member has been told", body = NotificationsView), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// What the caller's member has been told: hits on its intelligence, release requests, answers.
pub(super) async fn notifications(
    St(state): St<State>,
    Authed(actor): Authed,
    Query(p): Query<NotificationParams>,
) -> Result<Json<NotificationsView>, Problem> {
    let list = state
        .center
        .notifications(
            &actor,
            p.after.unwrap_or(0),
            p.limit.unwrap_or(100).clamp(1, 1_000),
            &EventFilter::default(),
        )
        .await?;
    Ok(Json(NotificationsView {
        notifications: list.iter().map(NotificationView::of).collect(),
    }))
}

#[derive(serde::Deserialize)]
pub(super) struct EventsQuery {
    /// Resume after this event id (as `Last-Event-ID` does).
    after: Option<String>,
    /// Comma-separated STIX types.
    #[serde(rename = "type")]
    types: Option<String>,
    /// Comma-separated member names.
    originator: Option<String>,
    /// Comma-separated levels.
    tlp: Option<String>,
    /// Words every new object must hold.
    q: Option<String>,
    /// Comma-separated notification kinds.
    kind: Option<String>,
    /// `false`: no new intelligence, notifications only.
    objects: Option<bool>,
    /// `false`: no notifications, new intelligence only.
    notifications: Option<bool>,
}

impl EventsQuery {
    fn filter(&self) -> Result<EventFilter, Problem> {
        Ok(EventFilter {
            objects: self.objects.unwrap_or(true),
            types: list(&self.types),
            originators: list(&self.originator),
            tlps: tlps(&self.tlp)?,
            words: self.q.clone(),
            notifications: self.notifications.unwrap_or(true),
            kinds: list(&self.kind),
        })
    }
}

/// Where a stream stands: the last object (`date_added`) and the last notification sent. An
/// event id is `<object>.<notification>`; a bare number (older clients) resumes objects only.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    objects: i64,
    notices: Option<i64>,
}

impl Cursor {
    fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        match text.split_once('.') {
            Some((o, n)) => Some(Self {
                objects: o.parse().ok()?,
                notices: Some(n.parse().ok()?),
            }),
            None => Some(Self {
                objects: text.parse().ok()?,
                notices: None,
            }),
        }
    }
    fn id(&self) -> String {
        format!("{}.{}", self.objects, self.notices.unwrap_or(0))
    }
}

/// How many events one read takes.
const EVENT_BATCH: usize = 500;

enum Pending {
    Object(ObjectEvent),
    Notice(domain::exchange::Notification),
}

struct Subscription {
    state: State,
    /// The request that opened the stream: its credential is checked again on every wake, so
    /// a revoked token, an ended session or a revoked certificate ends the stream.
    parts: axum::http::request::Parts,
    actor: Actor,
    filter: EventFilter,
    /// The object part of `filter`, with member names resolved once.
    wanted: ObjectFilter,
    cursor: Cursor,
    changes: watch::Receiver<u64>,
    pending: VecDeque<Pending>,
}

/// What is new for a subscriber: its notifications and object events.
type NewForSubscriber = (Vec<domain::exchange::Notification>, Vec<ObjectEvent>);

impl Subscription {
    /// The subscriber as the center knows it now, then what is new for it: `None` when it may
    /// no longer read anything.
    async fn next_reads(&mut self) -> domain::Result<Option<NewForSubscriber>> {
        let actor = match crate::auth::authenticate(
            &self.state.center,
            &self.parts,
            domain::credentials::Purpose::Read,
            crate::auth::Cookies::OnSafeMethods,
        )
        .await
        {
            Ok(a) => a,
            Err(domain::Error::Busy(m)) => return Err(domain::Error::Busy(m)),
            Err(_) => return Ok(None),
        };
        if !actor.reader().active {
            return Ok(None);
        }
        self.actor = actor;
        let center = &self.state.center;
        let notices = center
            .notifications(
                &self.actor,
                self.cursor.notices.unwrap_or(0),
                EVENT_BATCH,
                &self.filter,
            )
            .await?;
        let batch = center
            .events(&self.actor, self.cursor.objects, EVENT_BATCH, &self.wanted)
            .await?;
        Ok(Some((notices, batch)))
    }
}

/// An event's data: its view as JSON.
fn data(view: &impl serde::Serialize) -> String {
    serde_json::to_string(view).unwrap_or_default()
}

fn notice_sse(n: &domain::exchange::Notification, cursor: &Cursor) -> Event {
    Event::default()
        .event("notification")
        .id(cursor.id())
        .data(data(&NotificationView::of(n)))
}

fn to_sse(e: &ObjectEvent, cursor: &Cursor) -> Event {
    Event::default()
        .event("object")
        .id(cursor.id())
        .data(data(&ObjectEventView::of(e)))
}

#[utoipa::path(get, path = "/api/v1/events", tag = "notifications", params(("after" = Option<String>, Query, description = "Resume after this event id, as Last-Event-ID does"), ("type" = Option<String>, Query, description = "Only new objects of these comma-separated STIX types"), ("originator" = Option<String>, Query, description = "Only new objects of these comma-separated members"), ("tlp" = Option<String>, Query, description = "Only new objects at these comma-separated levels"), ("q" = Option<String>, Query, description = "Only new objects holding every one of these words"), ("kind" = Option<String>, Query, description = "Only notifications of these comma-separated kinds: rfi, rfi_answer, rfi_reminder, release_request, release_decision, release, hit, meeting, action_item, statistics"), ("objects" = Option<bool>, Query, description = "false: notifications only"), ("notifications" = Option<bool>, Query, description = "false: new objects only")), responses((status = 200, description = "A stream of server-sent events: `object` (an ObjectEventView) and `notification` (a NotificationView)", body = ObjectEventView, content_type = "text/event-stream"), (status = "default", description = "An RFC 9457 problem detail with a stable `code`", body = crate::error::ProblemBody, content_type = "application/problem+json")))]
/// Server-sent events: one `object` event per new object version the caller may see, and one
/// `notification` event per notification to the caller's member, from `Last-Event-ID` (or
/// `?after=`) on, or from now. Each wake-up re-reads through the caller's visibility, and the
/// caller is re-checked, so a suspension ends the flow of events.
pub(super) async fn events(
    St(state): St<State>,
    parts: axum::http::request::Parts,
    Authed(actor): Authed,
    headers: HeaderMap,
    Query(q): Query<EventsQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, Problem> {
    let filter = q.filter()?;
    let wanted = state.center.object_filter(&filter).await?;
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or(q.after)
        .map(|v| {
            Cursor::parse(&v).ok_or_else(|| {
                Problem::bad_request(
                    "bad-last-event-id",
                    "Last-Event-ID must be the id of an event this stream sent",
                )
            })
        })
        .transpose()?;
    let cursor = match resume {
        Some(Cursor {
            objects,
            notices: Some(n),
        }) => Cursor {
            objects,
            notices: Some(n),
        },
        Some(Cursor { objects, .. }) => Cursor {
            objects,
            notices: Some(state.center.notification_cursor().await?),
        },
        None => Cursor {
            objects: state.center.event_cursor().await?,
            notices: Some(state.center.notification_cursor().await?),
        },
    };
    let mut changes = state.center.changes();
    changes.mark_unchanged();
    let sub = Subscription {
        state,
        parts,
        actor,
        filter,
        wanted,
        cursor,
        changes,
        pending: VecDeque::new(),
    };
    let stream = futures_util::stream::unfold(sub, |mut sub| async move {
        loop {
            if let Some(p) = sub.pending.pop_front() {
                let ev = match &p {
                    Pending::Object(e) => {
                        sub.cursor.objects = e.object.date_added;
                        to_sse(e, &sub.cursor)
                    }
                    Pending::Notice(n) => {
                        sub.cursor.notices = Some(n.id);
                        notice_sse(n, &sub.cursor)
                    }
                };
                return Some((Ok(ev), sub));
            }
            // Re-check the subscriber, then read what is new through its visibility.
            let (notices, batch) = match sub.next_reads().await {
                Ok(Some(read)) => read,
                // Suspended, withdrawn or disabled, or its credential no longer stands: the
                // stream ends here.
                Ok(None) => return None,
                // The center is at capacity: the stream waits and reads again, from where it
                // was; nothing is skipped.
                Err(domain::Error::Busy(_)) => {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
                Err(_) => return None,
            };
            if !notices.is_empty() || !batch.is_empty() {
                sub.pending.extend(notices.into_iter().map(Pending::Notice));
                sub.pending.extend(batch.into_iter().map(Pending::Object));
                continue;
            }
            // Nothing new: wait for a write on any node (or look again now and then).
            let _ = tokio::time::timeout(Duration::from_secs(30), sub.changes.changed()).await;
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}
